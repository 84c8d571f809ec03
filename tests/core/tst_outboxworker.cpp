// SPDX-License-Identifier: MIT
// The window's outbox worker on its own thread, against real destinations:
// a folder, and loopback endpoints made with QTcpServer on the test's thread
// (one refusing with 400, one that never answers).
#include "publish/destinationset.h"
#include "publish/outboxworker.h"
#include "publish/publishservice.h"
#include "store/library.h"
#include "support/testing.h"
#include "support/testlibrary.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

/// Answers every request with a fixed HTTP response, then closes.
class FixedEndpoint : public QTcpServer
{
public:
    explicit FixedEndpoint(QByteArray response)
        : m_response(std::move(response))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    // The whole request is in once its body, as long as it says, has come.
                    const qsizetype end = m_received.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = m_received.left(end).toLower();
                    const qsizetype length = head.indexOf("content-length:");
                    const qsizetype wanted = length < 0
                            ? 0
                            : head.mid(length + 15, head.indexOf('\r', length) - length - 15)
                                      .trimmed()
                                      .toLongLong();
                    if (m_received.size() - end - 4 < wanted)
                        return;
                    m_received.clear();
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    QByteArray m_response;
    QByteArray m_received;
};

DestinationConfig pushTo(const QString &name, quint16 port, const QString &secretEnv = {})
{
    DestinationConfig config;
    config.name = name;
    config.kind = DestinationKind::Push;
    config.target = u"http://127.0.0.1:%1/push"_s.arg(port);
    config.secretEnv = secretEnv;
    config.timeoutSeconds = 600;
    return config;
}

} // namespace

class TestOutboxWorker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_libraries = 0;
    QString m_library;
    std::unique_ptr<StoryStore> m_store;
    PublishSettings m_settings;

    /// A new library with these destinations and one story ready to publish.
    QUuid prepare(const QList<DestinationConfig> &destinations)
    {
        m_store.reset();
        const auto where =
                TestLibrary::location(m_dir.filePath(u"outbox%1.sqlite"_s.arg(++m_libraries)));
        if (!where) {
            qWarning("%s", qPrintable(why(where)));
            return {};
        }
        m_library = *where;
        auto opened = Library::open(m_library);
        if (!opened)
            return {};
        m_store = std::move(opened->store);
        for (const DestinationConfig &config : destinations) {
            if (!m_store->saveDestination(config))
                return {};
        }
        Story story = Story::create(QDateTime::currentDateTimeUtc().addDays(-1));
        story.setHeadline(u"Harbor reopens two berths"_s);
        story.setHighlights({u"Repairs finished nine days early"_s, u"Ships return Monday"_s});
        story.setDateline(u"VALLETTA"_s);
        story.setBody(u"The harbor authority reopened two berths.\n"_s);
        const auto saved = m_store->saveStory(story);
        return saved ? saved->id() : QUuid();
    }

    /// Records a publication as the window does: rows for the worker, nothing delivered.
    Result<Publication> publish(const QUuid &id, const SecretLookup &secrets)
    {
        auto destinations = DestinationSet::load(*m_store, m_settings, secrets);
        if (!destinations)
            return destinations.error();
        PublishService service(*m_store, HouseStyle::defaultStyle(), destinations->active(), {},
                               QTimeZone::utc());
        service.setDeliverNow(false);
        return service.publish(PublishRequest{id, PublicationKind::First, {}, 0, {}});
    }

    static SecretLookup fixedSecret(const QString &secret)
    {
        return [secret](const DestinationConfig &) -> Result<QString> { return secret; };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_settings.folder = m_dir.filePath(u"settings-site"_s);
        m_settings.baseUrl = u"https://news.example/"_s;
    }

    void deliversWhatIsPublishedAndSaysSo()
    {
        DestinationConfig folder;
        folder.name = u"website"_s;
        folder.kind = DestinationKind::Folder;
        folder.target = m_dir.filePath(u"site"_s);
        const QUuid id = prepare({folder});
        QVERIFY(!id.isNull());
        OutboxWorker worker(m_library, m_settings, fixedSecret({}));
        QSignalSpy finished(&worker, &OutboxWorker::deliveryFinished);
        QSignalSpy changed(&worker, &OutboxWorker::queueChanged);
        worker.start();
        QVERIFY(worker.isRunning());

        const auto publication = publish(id, fixedSecret({}));
        QVERIFY2(publication.ok(), qPrintable(why(publication)));
        QCOMPARE(publication->outcomes.size(), 1);
        QCOMPARE(publication->outcomes.constFirst().delivery.state, DeliveryState::Pending);
        worker.wake();
        QVERIFY(finished.wait(10000));
        const auto delivery = finished.constFirst().constFirst().value<Delivery>();
        QCOMPARE(delivery.state, DeliveryState::Delivered);
        QCOMPARE(delivery.storyId, id);
        // Emitted just after deliveryFinished, from the worker's thread.
        QTRY_VERIFY(changed.size() >= 1);
        QVERIFY(QFileInfo::exists(folder.target + u'/' + publication->story.effectiveSlug() +
                                  u".html"_s));
        QCOMPARE(m_store->delivery(delivery.id)->state, DeliveryState::Delivered);
        worker.stop();
        QVERIFY(!worker.isRunning());
    }

    void aRefusalFailsForGood()
    {
        FixedEndpoint endpoint("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\n"
                               "Content-Length: 14\r\nConnection: close\r\n\r\nNo such story.");
        QVERIFY(endpoint.listen(QHostAddress::LocalHost, 0));
        const QUuid id = prepare({pushTo(u"partner"_s, endpoint.serverPort())});
        QVERIFY(!id.isNull());
        OutboxWorker worker(m_library, m_settings, fixedSecret(u"s3cret"_s));
        QSignalSpy failed(&worker, &OutboxWorker::failedForGood);
        worker.start();
        QVERIFY(publish(id, fixedSecret(u"s3cret"_s)).ok());
        worker.wake();
        QVERIFY(failed.wait(10000));
        const auto delivery = failed.constFirst().at(0).value<Delivery>();
        const QString message = failed.constFirst().at(1).toString();
        QCOMPARE(delivery.state, DeliveryState::Failed);
        QVERIFY2(message.contains(u"400"_s), qPrintable(message));
        QCOMPARE(m_store->delivery(delivery.id)->state, DeliveryState::Failed);
    }

    void aMissingSecretKeepsRowsWaiting()
    {
        FixedEndpoint endpoint("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n"
                               "Connection: close\r\n\r\n");
        QVERIFY(endpoint.listen(QHostAddress::LocalHost, 0));
        const QUuid id = prepare({pushTo(u"partner"_s, endpoint.serverPort())});
        QVERIFY(!id.isNull());
        // Nobody has given the secret yet: the publication is recorded all
        // the same, and its row waits for the secret.
        const auto publication = publish(id, fixedSecret({}));
        QVERIFY2(publication.ok(), qPrintable(why(publication)));
        const qint64 row = publication->outcomes.constFirst().delivery.id;
        auto known = std::make_shared<std::atomic<bool>>(false);
        const SecretLookup lookup = [known](const DestinationConfig &config) -> Result<QString> {
            if (known->load())
                return u"s3cret"_s;
            return Error{ErrorKind::NotFound, u"No secret for %1."_s.arg(config.name)};
        };
        OutboxWorker worker(m_library, m_settings, lookup);
        QSignalSpy missing(&worker, &OutboxWorker::secretsMissing);
        QSignalSpy finished(&worker, &OutboxWorker::deliveryFinished);
        worker.start();
        QVERIFY(missing.wait(10000));
        QCOMPARE(missing.constFirst().constFirst().toStringList(), QStringList{u"partner"_s});
        worker.wake();
        QTest::qWait(300);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(m_store->delivery(row)->state, DeliveryState::Pending);

        known->store(true);
        worker.reloadDestinations();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().value<Delivery>().state,
                 DeliveryState::Delivered);
    }

    void stoppingCutsAHangingAttemptShort()
    {
        // Takes the connection and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const QUuid id = prepare({pushTo(u"slow"_s, silent.serverPort())});
        QVERIFY(!id.isNull());
        const auto publication = publish(id, fixedSecret(u"s3cret"_s));
        QVERIFY(publication.ok());
        const qint64 row = publication->outcomes.constFirst().delivery.id;
        auto worker =
                std::make_unique<OutboxWorker>(m_library, m_settings, fixedSecret(u"s3cret"_s));
        worker->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_store->delivery(row)->state, DeliveryState::Sending, 10000);

        QElapsedTimer clock;
        clock.start();
        worker->stop();
        QVERIFY(!worker->isRunning());
        QVERIFY2(clock.elapsed() < OutboxWorker::stopGraceMs + 3000,
                 qPrintable(QString::number(clock.elapsed())));
        const auto after = m_store->delivery(row);
        QCOMPARE(after->state, DeliveryState::Retrying);
        QVERIFY2(after->message.contains(u"cut short"_s), qPrintable(after->message));
        QVERIFY(after->claimedBy.isEmpty());
    }
};

QTEST_MAIN(TestOutboxWorker)
#include "tst_outboxworker.moc"
