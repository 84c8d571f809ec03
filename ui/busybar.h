// SPDX-License-Identifier: MIT
#pragma once

#include <QProgressBar>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Copydesk {

/**
 * A moving bar for work on a slow server: shown only once the work has
 * taken delayMs, so a quick answer never flickers one, and gone as soon as
 * the work ends.
 */
class BusyBar : public QProgressBar
{
    Q_OBJECT

public:
    static constexpr int delayMs = 250;

    explicit BusyBar(QWidget *parent = nullptr);

    /// Work began (the bar shows after delayMs) or ended (it goes at once).
    void setBusy(bool busy);

private:
    QTimer *m_delay;
    bool m_busy = false;
};

} // namespace Copydesk
