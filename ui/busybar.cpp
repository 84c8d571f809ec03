// SPDX-License-Identifier: MIT
#include "busybar.h"

#include <QTimer>

namespace Copydesk {

BusyBar::BusyBar(QWidget *parent)
    : QProgressBar(parent)
    , m_delay(new QTimer(this))
{
    setRange(0, 0);
    setTextVisible(false);
    hide();
    m_delay->setSingleShot(true);
    m_delay->setInterval(delayMs);
    connect(m_delay, &QTimer::timeout, this, [this] { setVisible(m_busy); });
}

void BusyBar::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        if (!isVisible() && !m_delay->isActive())
            m_delay->start();
        return;
    }
    m_delay->stop();
    hide();
}

} // namespace Copydesk
