// SPDX-License-Identifier: MIT
#pragma once

#include "publish/destinationset.h"
#include "publish/outbox.h"
#include "publish/publishsettings.h"
#include "store/delivery.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace Copydesk {

class OutboxRunner;

/**
 * The window's outbox worker: a thread of its own, with its own connection
 * to the library and its own destinations, that delivers each row as soon
 * as it is due and sleeps until the next one is (looking again at least
 * every longestSleepMs, since other processes add rows too). The window's
 * thread only posts to it and hears back through queued signals, so it
 * never waits on a destination.
 *
 * A destination whose secret cannot be had is left out until
 * reloadDestinations() finds it: its rows wait instead of failing.
 */
class OutboxWorker : public QObject
{
    Q_OBJECT

public:
    /// The longest sleep between looks at the outbox.
    static constexpr int longestSleepMs = 30'000;
    /// How long stop() lets an attempt under way finish before cutting it short.
    static constexpr int stopGraceMs = 3'000;

    /**
     * library: what Library::open() takes; settings: the publishing
     * settings' folder and site (the destination when the library records
     * none); secrets: asked on the worker's thread, so it must be safe there.
     */
    OutboxWorker(QString library, PublishSettings settings, SecretLookup secrets,
                 QObject *parent = nullptr);
    /// Stops the thread as stop() does.
    ~OutboxWorker() override;

    /// Starts the thread; it delivers what is due at once. Does nothing when it runs already.
    void start();
    bool isRunning() const;

    /// How retries are spaced from now on (tests space them far apart).
    void setPolicy(const OutboxPolicy &policy);
    /// The publishing settings changed: the destinations are made again with them.
    void setPublishSettings(const PublishSettings &settings);

public Q_SLOTS:
    /// Looks at the outbox now: after a publication, or a row made due by hand.
    void wake();
    /// The library's destinations or their secrets changed: made again before the next row.
    void reloadDestinations();
    /**
     * Ends the thread, waiting at most a few seconds: an attempt under way
     * gets stopGraceMs to finish and is then cut short (recorded to be
     * tried again); a row it could not record is taken back by the next
     * worker once this process is gone.
     */
    void stop();

Q_SIGNALS:
    /// An attempt ended; delivery is the row as recorded after it.
    void deliveryFinished(const Copydesk::Delivery &delivery);
    /// A delivery failed for good (refused, or too many attempts); message says why.
    void failedForGood(const Copydesk::Delivery &delivery, const QString &message);
    /// Rows changed state: the Publish Queue reads them again.
    void queueChanged();
    /// These destinations (their names) have no secret; their rows wait for one.
    void secretsMissing(const QStringList &destinations);
    /// The library could not be read or changed; the worker tries again shortly.
    void troubled(const QString &message);

private:
    QString m_library;
    PublishSettings m_settings;
    SecretLookup m_secrets;
    OutboxPolicy m_policy;
    QThread *m_thread = nullptr;
    /// Lives on m_thread; posted to, never called directly.
    OutboxRunner *m_runner = nullptr;
    /// Shared with the runner, which may outlive this object when it has to be abandoned.
    std::shared_ptr<std::atomic<bool>> m_stopping;
    std::shared_ptr<std::atomic<bool>> m_attempting;
};

} // namespace Copydesk
