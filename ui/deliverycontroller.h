// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "publish/destinationset.h"
#include "store/delivery.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

QT_BEGIN_NAMESPACE
class QSystemTrayIcon;
QT_END_NAMESPACE

namespace Copydesk {

class Desk;
class OutboxWorker;
class PublishQueuePanel;
class SecretCache;

/**
 * Delivering from the window: the outbox worker on its own thread, the
 * Publish Queue panel with Retry Now and Cancel, Publishing →
 * Destinations…, the destinations' secrets for the session, and word of
 * deliveries in the status bar; one that fails for good is also a
 * desktop notification where the desktop has a tray.
 */
class DeliveryController : public QObject
{
    Q_OBJECT

public:
    /// Makes the destinations, focus.queue, queue.retry and queue.cancel actions.
    DeliveryController(Desk &desk, PublishQueuePanel *panel, QObject *parent = nullptr);
    ~DeliveryController() override;

    OutboxWorker *worker() const { return m_worker; }
    SecretCache *secrets() const { return m_secrets; }
    /// What publications on other threads ask for destinations' secrets.
    SecretLookup secretLookup() const;

    /// Reads the secrets of the library's enabled destinations, asking (once a session) for missing
    /// ones.
    void fillSecrets();
    /**
     * Before a publication: asks for the web address of each enabled
     * destination whose site has none (its links would be file:// paths)
     * and keeps the answer with the destination, or in the publishing
     * settings for their folder. False when the person cancelled.
     */
    bool askForSiteAddresses();
    /// Where a publication goes, one line each, for the publish dialog.
    QStringList destinationsText() const;
    /// Publications recorded rows: the worker looks now.
    void wake();
    /**
     * "Deliver Again": every delivery still waiting made due now, on the
     * library's worker where there is one; done hears how many.
     */
    void deliverAgain(std::function<void(Result<int>)> done);
    /// Makes a delivery due now, on the library's worker where there is one.
    void retryDelivery(qint64 id);
    /// Cancels a delivery, on the library's worker where there is one.
    void cancelDelivery(qint64 id);
    void editDestinations();
    /// Stops the worker as the window closes; an attempt cut short is made again next time.
    void stop();

Q_SIGNALS:
    /// A delivery failed for good and the desk was told so.
    void failureReported(const QString &message);

private:
    void start();
    void askForSecretsWhenFree();
    void reportDelivery(const Delivery &delivery);
    void reportFailure(const Delivery &delivery, const QString &message);
    void notify(const QString &title, const QString &message);
    QList<DestinationConfig> configs() const;
    QString nameOf(const QString &key) const;

    Desk &m_desk;
    PublishQueuePanel *m_panel;
    SecretCache *m_secrets;
    OutboxWorker *m_worker;
    QPointer<QSystemTrayIcon> m_tray;
    /// The publication the status bar last reported deliveries of, and where it arrived.
    QString m_delivering;
    QStringList m_deliveredTo;
};

} // namespace Copydesk
