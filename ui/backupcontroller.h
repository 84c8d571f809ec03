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

    /// Makes today's backup now unless one runs already.
    void backUpNow();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    /// A backup finished: the path of today's copy, or why there is none.
    void finished(const Copydesk::Result<QString> &result);

private:
    Desk &m_desk;
    QTimer *m_timer;
    QFutureWatcher<Result<QString>> m_watcher;
};

} // namespace Copydesk
