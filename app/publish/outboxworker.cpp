// SPDX-License-Identifier: MIT
#include "publish/outboxworker.h"

#include "core/logging.h"
#include "store/library.h"

#include <QDeadlineTimer>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// A row due but not handed to this worker (another one sends its story there): look again then.
constexpr int busyRowWaitMs = 1'000;
/// After the library could not be read: look again then.
constexpr int troubleWaitMs = 5'000;

/// Everything of the library's destinations that making them depends on, to notice a change.
QString fingerprint(const QList<DestinationConfig> &configs)
{
    QStringList parts;
    for (const DestinationConfig &config : configs)
        parts.append(QStringList{config.name, config.key(), config.user, config.baseUrl.toString(),
                                 config.assetsUrl.toString(), config.hubUrl.toString(),
                                 config.caFile, config.secretEnv,
                                 QString::number(config.timeoutSeconds),
                                 config.enabled ? u"enabled"_s : u"disabled"_s}
                             .join(QChar(0x1f)));
    return parts.join(QChar(0x1e));
}

} // namespace

/**
 * The worker's half on its own thread: the library connection, the
 * destinations and the outbox live and die here, since a database
 * connection and a network client belong to the thread that made them.
 */
class OutboxRunner : public QObject
{
    Q_OBJECT

public:
    OutboxRunner(QString library, PublishSettings settings, SecretLookup secrets,
                 OutboxPolicy policy, std::shared_ptr<std::atomic<bool>> stopping,
                 std::shared_ptr<std::atomic<bool>> attempting)
        : m_library(std::move(library))
        , m_settings(std::move(settings))
        , m_secrets(std::move(secrets))
        , m_policy(policy)
        , m_stopping(std::move(stopping))
        , m_attempting(std::move(attempting))
        , m_timer(new QTimer(this))
    {
        m_timer->setSingleShot(true);
        // A coarse timer may fire a little early, before the row is due, and spin.
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &OutboxRunner::drain);
    }

    /// Delivers the oldest due row, then goes on (posted, so other requests get their turn) or
    /// sleeps.
    void drain()
    {
        // Called again from inside an attempt (an HTTP wait runs this
        // thread's events): the attempt's end looks again anyway.
        if (m_attempting->load())
            return;
        m_timer->stop();
        if (stopping())
            return;
        if (!load()) {
            m_timer->start(troubleWaitMs);
            return;
        }
        m_attempting->store(true);
        const auto delivered = m_outbox->deliverNext();
        m_attempting->store(false);
        if (stopping())
            return;
        if (!delivered) {
            trouble(delivered.errorMessage());
            m_timer->start(troubleWaitMs);
            return;
        }
        m_trouble.clear();
        if (!*delivered) {
            sleepUntilDue();
            return;
        }
        const Delivery &row = (*delivered)->delivery;
        Q_EMIT deliveryFinished(row);
        if (row.state == DeliveryState::Failed)
            Q_EMIT failedForGood(row, row.message);
        Q_EMIT queueChanged();
        QMetaObject::invokeMethod(this, &OutboxRunner::drain, Qt::QueuedConnection);
    }

    void reload()
    {
        m_reloadWanted = true;
        drain();
    }

    void setSettings(const PublishSettings &settings)
    {
        m_settings = settings;
        reload();
    }

    void setPolicy(const OutboxPolicy &policy)
    {
        m_policy = policy;
        reload();
    }

Q_SIGNALS:
    void deliveryFinished(const Copydesk::Delivery &delivery);
    void failedForGood(const Copydesk::Delivery &delivery, const QString &message);
    void queueChanged();
    void secretsMissing(const QStringList &destinations);
    void troubled(const QString &message);

private:
    /// True, and the thread told to end, once the worker is stopping.
    bool stopping()
    {
        if (!m_stopping->load())
            return false;
        QThread::currentThread()->quit();
        return true;
    }

    /**
     * Opens the library the first time; makes the destinations again when
     * the library's records of them, the settings or the policy changed.
     */
    bool load()
    {
        if (!m_store) {
            auto opened = Library::open(m_library);
            if (!opened) {
                trouble(opened.errorMessage());
                return false;
            }
            m_store = std::move(opened->store);
        }
        const auto configs = m_store->destinations();
        if (!configs) {
            trouble(configs.errorMessage());
            return false;
        }
        const QString print = fingerprint(*configs);
        if (m_outbox && !m_reloadWanted && print == m_fingerprint)
            return true;

        QStringList missingNames;
        QSet<QString> missingKeys;
        const SecretLookup lookup = [this, &missingNames,
                                     &missingKeys](const DestinationConfig &config) {
            Result<QString> found = m_secrets
                    ? m_secrets(config)
                    : Result<QString>(Error{ErrorKind::NotFound,
                                            tr("No secret was given for the destination “%1”.")
                                                    .arg(config.name)});
            if (!found) {
                missingNames.append(config.name);
                missingKeys.insert(config.key());
            }
            return found;
        };
        auto set = DestinationSet::load(*m_store, m_settings, lookup);
        if (!set) {
            trouble(set.errorMessage());
            return false;
        }
        m_outbox.reset();
        m_destinations = std::move(*set);
        QList<Destination *> usable;
        for (Destination *destination : m_destinations.active()) {
            // Without its secret it would fail each row for good; they wait for it instead.
            if (!missingKeys.contains(destination->key()))
                usable.append(destination);
        }
        m_outbox = std::make_unique<Outbox>(*m_store, usable, Outbox::Clock(), m_policy);
        m_fingerprint = print;
        m_reloadWanted = false;
        if (missingNames != m_missing) {
            m_missing = missingNames;
            if (!m_missing.isEmpty())
                Q_EMIT secretsMissing(m_missing);
        }
        return true;
    }

    void sleepUntilDue()
    {
        const auto due = m_outbox->nextDue();
        qint64 wait = OutboxWorker::longestSleepMs;
        if (!due) {
            trouble(due.errorMessage());
            wait = troubleWaitMs;
        } else if (*due) {
            const qint64 until = QDateTime::currentDateTimeUtc().msecsTo(**due);
            wait = until <= 0 ? busyRowWaitMs : qMin(until, wait);
        }
        m_timer->start(int(wait));
    }

    /// Says once what keeps the worker from the library, until it works again.
    void trouble(const QString &message)
    {
        if (message == m_trouble)
            return;
        m_trouble = message;
        qCWarning(lcPublish).noquote() << message;
        Q_EMIT troubled(message);
    }

    QString m_library;
    PublishSettings m_settings;
    SecretLookup m_secrets;
    OutboxPolicy m_policy;
    std::shared_ptr<std::atomic<bool>> m_stopping;
    std::shared_ptr<std::atomic<bool>> m_attempting;
    QTimer *m_timer;
    std::unique_ptr<StoryStore> m_store;
    /// Declared before the outbox, which points into it, so it goes after it.
    DestinationSet m_destinations;
    std::unique_ptr<Outbox> m_outbox;
    QString m_fingerprint;
    QStringList m_missing;
    QString m_trouble;
    bool m_reloadWanted = false;
};

OutboxWorker::OutboxWorker(QString library, PublishSettings settings, SecretLookup secrets,
                           QObject *parent)
    : QObject(parent)
    , m_library(std::move(library))
    , m_settings(std::move(settings))
    , m_secrets(std::move(secrets))
    , m_stopping(std::make_shared<std::atomic<bool>>(false))
    , m_attempting(std::make_shared<std::atomic<bool>>(false))
{
}

OutboxWorker::~OutboxWorker()
{
    stop();
}

void OutboxWorker::start()
{
    if (m_thread)
        return;
    m_stopping->store(false);
    m_thread = new QThread(this);
    m_thread->setObjectName(u"Copydesk outbox"_s);
    m_runner =
            new OutboxRunner(m_library, m_settings, m_secrets, m_policy, m_stopping, m_attempting);
    m_runner->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_runner, &OutboxRunner::drain);
    // Deleted on its own thread as that ends, with the connection it holds.
    connect(m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    connect(m_runner, &OutboxRunner::deliveryFinished, this, &OutboxWorker::deliveryFinished);
    connect(m_runner, &OutboxRunner::failedForGood, this, &OutboxWorker::failedForGood);
    connect(m_runner, &OutboxRunner::queueChanged, this, &OutboxWorker::queueChanged);
    connect(m_runner, &OutboxRunner::secretsMissing, this, &OutboxWorker::secretsMissing);
    connect(m_runner, &OutboxRunner::troubled, this, &OutboxWorker::troubled);
    m_thread->start();
}

bool OutboxWorker::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void OutboxWorker::setPolicy(const OutboxPolicy &policy)
{
    m_policy = policy;
    if (m_runner)
        QMetaObject::invokeMethod(
                m_runner, [runner = m_runner, policy] { runner->setPolicy(policy); },
                Qt::QueuedConnection);
}

void OutboxWorker::setPublishSettings(const PublishSettings &settings)
{
    m_settings = settings;
    if (m_runner)
        QMetaObject::invokeMethod(
                m_runner, [runner = m_runner, settings] { runner->setSettings(settings); },
                Qt::QueuedConnection);
}

void OutboxWorker::wake()
{
    if (m_runner)
        QMetaObject::invokeMethod(m_runner, &OutboxRunner::drain, Qt::QueuedConnection);
}

void OutboxWorker::reloadDestinations()
{
    if (m_runner)
        QMetaObject::invokeMethod(m_runner, &OutboxRunner::reload, Qt::QueuedConnection);
}

void OutboxWorker::stop()
{
    QThread *thread = std::exchange(m_thread, nullptr);
    m_runner = nullptr;
    if (!thread)
        return;
    m_stopping->store(true);
    // Asleep or between rows: it ends at once. Mid-attempt: the runner ends
    // the thread itself once the row is recorded.
    if (!m_attempting->load())
        thread->quit();
    if (!thread->wait(QDeadlineTimer(stopGraceMs))) {
        // Ending the thread's event loops ends its wait for the server too.
        thread->quit();
        if (!thread->wait(QDeadlineTimer(stopGraceMs))) {
            qCWarning(lcPublish) << "The outbox worker did not stop in time; it ends with Copydesk";
            // Deleting a running thread would abort the program.
            thread->setParent(nullptr);
            return;
        }
    }
    delete thread;
}

} // namespace Copydesk

#include "outboxworker.moc"
