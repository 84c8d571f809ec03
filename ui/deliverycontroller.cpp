// SPDX-License-Identifier: MIT
#include "deliverycontroller.h"

#include "actionregistry.h"
#include "desk.h"
#include "destinationsdialog.h"
#include "feeds/outputcheck.h"
#include "libraryworker.h"
#include "publish/destinationset.h"
#include "publish/outboxworker.h"
#include "publishqueuepanel.h"
#include "secretcache.h"
#include "siteaddressdialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// While a dialog is open the password prompt waits this long before looking again.
constexpr int askAgainMs = 500;

} // namespace

DeliveryController::DeliveryController(Desk &desk, PublishQueuePanel *panel, QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_panel(panel)
    , m_secrets(new SecretCache(desk.window(), this))
    , m_worker(new OutboxWorker(desk.libraryConnection(), desk.publishSettings(),
                                m_secrets->lookup(), this))
{
    ActionRegistry &actions = desk.actions();
    QAction *a = actions.add(u"destinations"_s, tr("&Destinations…"),
                             tr("Choose where stories are published: folders, WebDAV servers, "
                                "partners' push endpoints and WordPress sites, with their "
                                "passwords"),
                             u"network-server"_s);
    connect(a, &QAction::triggered, this, &DeliveryController::editDestinations);
    QAction *retry = actions.add(u"queue.retry"_s, tr("&Retry Delivery Now"),
                                 tr("Try the delivery selected in the Publish Queue again now"),
                                 u"view-refresh"_s);
    connect(retry, &QAction::triggered, panel->retryButton(), &QPushButton::click);
    QAction *cancel = actions.add(u"queue.cancel"_s, tr("&Cancel Delivery"),
                                  tr("Give up the delivery selected in the Publish Queue"),
                                  u"dialog-cancel"_s);
    connect(cancel, &QAction::triggered, panel->cancelButton(), &QPushButton::click);
    const auto updateActions = [this, retry, cancel] {
        retry->setEnabled(m_panel->retryButton()->isEnabled());
        cancel->setEnabled(m_panel->cancelButton()->isEnabled());
    };
    connect(panel, &PublishQueuePanel::choicesChanged, this, updateActions);
    panel->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    panel->view()->addActions({retry, cancel});
    updateActions();

    panel->setStore(&desk.store());
    panel->setTimeZone(desk.newsroomZone());
    connect(panel, &PublishQueuePanel::retryRequested, this, &DeliveryController::retryDelivery);
    connect(panel, &PublishQueuePanel::cancelRequested, this, &DeliveryController::cancelDelivery);
    connect(&desk, &Desk::storyChanged, panel, &PublishQueuePanel::refreshSoon);
    connect(&desk, &Desk::libraryChanged, panel, &PublishQueuePanel::refreshSoon);
    connect(&desk, &Desk::publishSettingsChanged, this, [this] {
        m_panel->setTimeZone(m_desk.newsroomZone());
        m_worker->setPublishSettings(m_desk.publishSettings());
    });

    connect(m_worker, &OutboxWorker::queueChanged, panel, &PublishQueuePanel::refreshSoon);
    connect(m_worker, &OutboxWorker::deliveryFinished, this, &DeliveryController::reportDelivery);
    connect(m_worker, &OutboxWorker::failedForGood, this, &DeliveryController::reportFailure);
    connect(m_worker, &OutboxWorker::secretsMissing, this,
            &DeliveryController::askForSecretsWhenFree);
    connect(m_worker, &OutboxWorker::troubled, this,
            [this](const QString &message) { m_desk.showStatus(message, 10'000); });

    // Once the window is up: a password prompt belongs above it, not before it.
    QTimer::singleShot(0, this, &DeliveryController::start);
}

DeliveryController::~DeliveryController()
{
    stop();
}

SecretLookup DeliveryController::secretLookup() const
{
    return m_secrets->lookup();
}

QList<DestinationConfig> DeliveryController::configs() const
{
    const auto configs = m_desk.store().destinations();
    return configs ? *configs : QList<DestinationConfig>();
}

void DeliveryController::start()
{
    // What the environment or the secret service holds is there before the
    // worker's first look; what has to be asked for follows, and the worker
    // takes it up then (until then those destinations' rows wait).
    m_secrets->fill(configs(), false);
    m_worker->start();
    askForSecretsWhenFree();
}

void DeliveryController::askForSecretsWhenFree()
{
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(askAgainMs, this, &DeliveryController::askForSecretsWhenFree);
        return;
    }
    fillSecrets();
}

void DeliveryController::fillSecrets()
{
    if (m_secrets->fill(configs(), true))
        m_worker->reloadDestinations();
}

bool DeliveryController::askForSiteAddresses()
{
    PublishSettings settings = m_desk.publishSettings();
    const QList<DestinationConfig> all = configs();
    if (all.isEmpty()) {
        if (!settings.site().baseUrl.isLocalFile())
            return true;
        SiteAddressDialog dialog(tr("the folder %1").arg(QDir::toNativeSeparators(settings.folder)),
                                 {}, m_desk.window());
        if (dialog.exec() != QDialog::Accepted)
            return false;
        settings.baseUrl = dialog.address().toString();
        if (!m_desk.setPublishSettings(settings))
            return false;
        m_desk.showStatus(tr("Links now start with %1.").arg(settings.baseUrl), 10'000);
        return true;
    }
    bool saved = false;
    bool answered = true;
    for (DestinationConfig config : all) {
        if (!config.enabled || !DestinationSet::siteFor(config, settings).baseUrl.isLocalFile())
            continue;
        SiteAddressDialog dialog(tr("“%1” (%2)").arg(config.name, config.where()), {},
                                 m_desk.window());
        if (dialog.exec() != QDialog::Accepted) {
            answered = false;
            break;
        }
        config.baseUrl = dialog.address();
        if (auto kept = m_desk.store().saveDestination(config); !kept) {
            QMessageBox::critical(m_desk.window(), tr("Address Not Saved"), kept.errorMessage());
            answered = false;
            break;
        }
        saved = true;
    }
    if (saved)
        m_worker->reloadDestinations();
    return answered;
}

QStringList DeliveryController::destinationsText() const
{
    const QList<DestinationConfig> all = configs();
    const PublishSettings settings = m_desk.publishSettings();
    // The dialog flags an address readers could not follow before anything goes there.
    const auto flagged = [](const QString &line, const Site &site) {
        const auto problem = siteAddressProblem(site.baseUrl);
        return problem ? tr("%1\n  ⚠ %2").arg(line, *problem) : line;
    };
    if (all.isEmpty())
        return {flagged(QDir::toNativeSeparators(settings.folder), settings.site())};
    QStringList lines;
    for (const DestinationConfig &config : all) {
        if (config.enabled)
            lines.append(flagged(tr("%1 (%2)").arg(config.name, config.where()),
                                 DestinationSet::siteFor(config, settings)));
    }
    if (lines.isEmpty())
        lines.append(tr("Nowhere: every destination is disabled (Publishing → Destinations…)."));
    return lines;
}

void DeliveryController::wake()
{
    m_worker->wake();
    m_panel->refreshSoon();
}

namespace {

/// Every delivery still waiting made due now; how many.
Result<int> makeWaitingDue(StoryStore &store)
{
    DeliveryQuery query;
    query.needingAttention = true;
    query.limit = 1000;
    const auto rows = store.deliveryQueue(query);
    if (!rows)
        return rows.error();
    int due = 0;
    for (const Delivery &row : *rows) {
        if (row.state != DeliveryState::Pending && row.state != DeliveryState::Retrying)
            continue;
        if (auto made = store.retryDeliveryNow(row.id); !made) {
            // Taken by a worker meanwhile: it is being sent, which is what was asked.
            if (made.errorKind() == ErrorKind::InvalidInput)
                continue;
            return made.error();
        }
        ++due;
    }
    return due;
}

} // namespace

void DeliveryController::deliverAgain(std::function<void(Result<int>)> done)
{
    LibraryWorker::runOrNow<int>(m_desk.worker(), m_desk.store(), this, &makeWaitingDue,
                                 [this, done = std::move(done)](Result<int> due) {
                                     if (due)
                                         wake();
                                     done(std::move(due));
                                 });
}

void DeliveryController::retryDelivery(qint64 id)
{
    // On a server the row may be held by a worker sending it: the window never waits for that.
    LibraryWorker::runOrNow<void>(
            m_desk.worker(), m_desk.store(), this,
            [id](StoryStore &store) { return store.retryDeliveryNow(id); },
            [this, id](const Result<void> &made) {
                if (!made) {
                    m_desk.showStatus(made.errorMessage(), 10'000);
                } else {
                    m_desk.showStatus(tr("Delivery %1 is due now.").arg(id));
                    m_worker->wake();
                }
                m_panel->refresh();
            });
}

void DeliveryController::cancelDelivery(qint64 id)
{
    LibraryWorker::runOrNow<void>(
            m_desk.worker(), m_desk.store(), this,
            [id](StoryStore &store) { return store.cancelDelivery(id); },
            [this, id](const Result<void> &cancelled) {
                m_desk.showStatus(cancelled ? tr("Delivery %1 is cancelled.").arg(id)
                                            : cancelled.errorMessage(),
                                  cancelled ? 5'000 : 10'000);
                m_panel->refresh();
            });
}

void DeliveryController::editDestinations()
{
    DestinationsDialog dialog(m_desk.store(), m_desk.publishSettings(), *m_secrets,
                              m_desk.window());
    connect(&dialog, &DestinationsDialog::destinationsChanged, this, [this] {
        m_worker->reloadDestinations();
        m_panel->refreshSoon();
    });
    dialog.exec();
}

void DeliveryController::stop()
{
    m_worker->stop();
    if (m_tray)
        m_tray->hide();
}

QString DeliveryController::nameOf(const QString &key) const
{
    for (const DestinationConfig &config : configs()) {
        if (config.key() == key)
            return config.name;
    }
    // The publishing settings' folder, when the library records no destination.
    if (key.startsWith(u"folder:"_s))
        return tr("the folder %1").arg(QDir::toNativeSeparators(key.mid(7)));
    return key;
}

void DeliveryController::reportDelivery(const Delivery &delivery)
{
    const QString name = nameOf(delivery.destination);
    if (delivery.state == DeliveryState::Delivered) {
        // One line for a publication however many destinations it reached.
        const QString publication =
                delivery.storyId.toString() + u':' + QString::number(delivery.version);
        if (publication != m_delivering) {
            m_delivering = publication;
            m_deliveredTo.clear();
        }
        if (!m_deliveredTo.contains(name))
            m_deliveredTo.append(name);
        m_desk.showStatus(tr("Delivered version %1 of “%2” to %3.")
                                  .arg(delivery.version)
                                  .arg(delivery.slug, m_deliveredTo.join(u", "_s)),
                          10'000);
        return;
    }
    // Later retries are the queue's to show; the first says what is going on.
    if (delivery.state == DeliveryState::Retrying && delivery.attempts == 1)
        m_desk.showStatus(tr("Not delivered to %1 yet; trying again at %2: %3")
                                  .arg(name,
                                       delivery.nextAttemptAt.toTimeZone(m_desk.newsroomZone())
                                               .toString(u"HH:mm:ss"_s),
                                       delivery.message),
                          10'000);
}

void DeliveryController::reportFailure(const Delivery &delivery, const QString &message)
{
    const QString text = tr("Version %1 of “%2” was not delivered to %3: %4")
                                 .arg(delivery.version)
                                 .arg(delivery.slug, nameOf(delivery.destination), message);
    m_desk.showStatus(text, 0);
    notify(tr("Delivery Failed"), text);
    Q_EMIT failureReported(text);
}

void DeliveryController::notify(const QString &title, const QString &message)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_desk.window()->windowIcon(), this);
        m_tray->setToolTip(tr("Copydesk: a delivery failed"));
        const auto showQueue = [this] {
            if (m_desk.window()->isMinimized())
                m_desk.window()->showNormal();
            m_desk.window()->raise();
            m_desk.window()->activateWindow();
            if (QAction *focus = m_desk.actions().action(u"focus.queue"_s))
                focus->trigger();
        };
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, showQueue);
        connect(m_tray, &QSystemTrayIcon::activated, this, showQueue);
        m_tray->show();
    }
    m_tray->showMessage(title, message, QSystemTrayIcon::Warning, 15'000);
}

} // namespace Copydesk
