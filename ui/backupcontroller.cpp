// SPDX-License-Identifier: MIT
#include "backupcontroller.h"

#include "core/logging.h"
#include "desk.h"
#include "store/backup.h"

#include <QDate>
#include <QDir>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Copydesk {

BackupController::BackupController(Desk &desk, QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(false);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_timer->setInterval(intervalMs);
        backUpNow();
    });
    m_timer->start(firstDelayMs);
    connect(&m_watcher, &QFutureWatcher<Result<QString>>::finished, this, [this] {
        const Result<QString> result = m_watcher.result();
        if (!result) {
            qCWarning(lcUi) << "Daily backup:" << result.errorMessage();
            m_desk.showStatus(
                    tr("Today's backup of the library failed: %1").arg(result.errorMessage()), 0);
        }
    });
}

BackupController::~BackupController()
{
    m_watcher.waitForFinished();
}

void BackupController::backUpNow()
{
    if (m_watcher.isRunning())
        return;
    const QString library = m_desk.store().location();
    m_watcher.setFuture(QtConcurrent::run(
            [library] { return Backup::makeDaily(library, QDate::currentDate()); }));
}

} // namespace Copydesk
