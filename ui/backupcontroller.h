// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QFutureWatcher>
#include <QObject>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Copydesk {

class Desk;

/**
 * The daily backup of the library while the window is open: a little
 * after the start and then every hour it makes today's copy if there is
 * none yet (Backup::makeDaily, the last 7 kept), on a worker thread.
 */
class BackupController : public QObject
{
    Q_OBJECT

public:
    static constexpr int firstDelayMs = 60'000;
    static constexpr int intervalMs = 3'600'000;

    explicit BackupController(Desk &desk, QObject *parent = nullptr);
    /// Waits for a backup still running: the window does not go while it writes.
    ~BackupController() override;

private:
    /// Makes today's backup unless one runs already.
    void backUpNow();

    Desk &m_desk;
    QTimer *m_timer;
    QFutureWatcher<Result<QString>> m_watcher;
};

} // namespace Copydesk
