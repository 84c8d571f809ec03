// SPDX-License-Identifier: MIT
// The outbox against a partner's endpoint that fails on purpose (a small
// Python server on loopback): 500s, hangs past the timeout, connections cut
// mid-body, 429 with Retry-After, a 400 for one story. Thirty stories and
// their updates go through it while the worker (copydesk-cli deliver) is
// killed with SIGKILL ten times at random moments; on a file library and,
// as postgresql/integration/pushoutbox, on the server, where a killed
// worker's claims are taken back past those other workers hold.
#include "publish/destinationset.h"
#include "publish/publishservice.h"
#include "publish/pushdestination.h"
#include "publish/secrets.h"
#include "store/library.h"
#include "support/testing.h"
#include "support/testlibrary.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString python = u"/usr/bin/python3"_s;
const QString secretVariable = u"COPYDESK_TEST_PUSH_SECRET"_s;
const QString secret = u"push-secret-7f3a9c2e51d8"_s;
constexpr double retryAfterSeconds = 3.0;
/// A worker killed this soon after an answer may not have recorded it.
constexpr double killWindowSeconds = 0.5;

QString endpointScript()
{
    return QStringLiteral(COPYDESK_TEST_DATA_DIR) + u"/../support/push_endpoint.py"_s;
}

double wallClock()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

} // namespace

class TestPushOutbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_endpoint;
    quint16 m_port = 0;
    std::unique_ptr<StoryStore> m_store;
    QString m_library;
    QList<double> m_kills;
    QByteArray m_workerOutput;

    QString logPath() const { return m_dir.filePath(u"endpoint.jsonl"_s); }

    QList<QJsonObject> logEntries() const
    {
        QList<QJsonObject> entries;
        const QList<QByteArray> lines = fileBytes(logPath()).split('\n');
        for (const QByteArray &line : lines) {
            if (!line.trimmed().isEmpty())
                entries.append(QJsonDocument::fromJson(line).object());
        }
        return entries;
    }

    bool killedSoonAfter(double at) const
    {
        return std::any_of(m_kills.cbegin(), m_kills.cend(), [at](double kill) {
            return kill >= at && kill - at < killWindowSeconds;
        });
    }

    QProcessEnvironment workerEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(secretVariable, secret);
        environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        return environment;
    }

    void startWorker(QProcess &worker, int maxSeconds)
    {
        worker.setProgram(qEnvironmentVariable("COPYDESK_CLI"));
        worker.setArguments({u"--library"_s, m_library, u"deliver"_s, u"--until-idle"_s,
                             u"--max-seconds"_s, QString::number(maxSeconds)});
        worker.setProcessEnvironment(workerEnvironment());
        worker.setProcessChannelMode(QProcess::MergedChannels);
        worker.start();
    }

    Story addStory(int number, const QString &headline)
    {
        Story story = Story::create(QDateTime::currentDateTimeUtc().addDays(-1));
        story.setHeadline(headline);
        story.setHighlights(
                {u"Point one of story %1"_s.arg(number), u"Point two of story %1"_s.arg(number)});
        story.setDateline(u"VALLETTA"_s);
        story.setBody(u"Paragraph one of story %1.\n"_s.arg(number));
        auto saved = m_store->saveStory(story);
        return saved ? *saved : Story();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        COPYDESK_REQUIRE(QFile::exists(python), u"/usr/bin/python3 is not installed"_s);
        COPYDESK_REQUIRE(!qEnvironmentVariableIsEmpty("COPYDESK_CLI"),
                         u"COPYDESK_CLI names no copydesk-cli"_s);
        qputenv(secretVariable.toLocal8Bit().constData(), secret.toUtf8());

        const QString portFile = m_dir.filePath(u"port"_s);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(secretVariable, secret);
        m_endpoint.setProcessEnvironment(environment);
        m_endpoint.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_endpoint.start(python,
                         {endpointScript(), u"--port-file"_s, portFile, u"--log"_s, logPath(),
                          u"--secret-env"_s, secretVariable, u"--faulty"_s, u"60"_s, u"--reject"_s,
                          u"Rejected"_s, u"--hang-seconds"_s, u"4"_s, u"--retry-after"_s, u"3"_s});
        QVERIFY2(m_endpoint.waitForStarted(5000), qPrintable(m_endpoint.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(portFile), 10000);
        m_port = quint16(fileBytes(portFile).toUInt());
        QVERIFY(m_port != 0);

        // A file, or on the server run the database testlibrary.h gives it.
        const auto where = TestLibrary::location(m_dir.filePath(u"library.sqlite"_s));
        QVERIFY2(where, qPrintable(why(where)));
        m_library = *where;
        auto opened = Library::open(m_library);
        QVERIFY2(opened, qPrintable(why(opened)));
        m_store = std::move(opened->store);
        DestinationConfig partner;
        partner.name = u"partner"_s;
        partner.kind = DestinationKind::Push;
        partner.target = u"http://127.0.0.1:%1/push"_s.arg(m_port);
        partner.assetsUrl = QUrl(u"http://127.0.0.1:%1/assets/"_s.arg(m_port));
        partner.baseUrl = QUrl(u"https://news.example/"_s);
        partner.secretEnv = secretVariable;
        partner.timeoutSeconds = 2;
        QVERIFY(m_store->saveDestination(partner));
    }

    void cleanupTestCase()
    {
        m_endpoint.kill();
        m_endpoint.waitForFinished(5000);
    }

    void signatureIsAnHmacOfTheExactBody()
    {
        // RFC 4231 test case 2.
        QCOMPARE(
                PushDestination::signature("what do ya want for nothing?", u"Jefe"_s),
                QByteArray(
                        "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void everyVersionArrivesOnceThroughFaultsAndKills()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("Random seed: %u", seed);
        QRandomGenerator random(seed);

        PublishSettings settings;
        settings.folder = m_dir.filePath(u"unused-folder"_s);
        auto set = DestinationSet::load(*m_store, settings, &Secrets::read);
        QVERIFY2(set, qPrintable(why(set)));
        PublishService service(*m_store, HouseStyle::defaultStyle(), set->active());
        // The window's way: the publication is recorded, a worker delivers it.
        service.setDeliverNow(false);

        QList<Story> stories;
        QUuid rejected;
        for (int i = 0; i < 30; ++i) {
            const QString headline = i == 7 ? u"Rejected story the partner will not take"_s
                                            : u"Harbor story number %1 for the partner"_s.arg(i);
            const Story story = addStory(i, headline);
            QVERIFY(!story.id().isNull());
            const auto out = service.publish({story.id(), PublicationKind::First, {}, 0, {}});
            QVERIFY2(out, qPrintable(why(out)));
            QVERIFY(out->outcomes.size() == 1 && out->outcomes.constFirst().queued());
            stories.append(out->story);
            if (i == 7)
                rejected = story.id();
        }

        const auto update = [&](int round) {
            int index = int(random.bounded(30));
            if (stories.at(index).id() == rejected)
                index = (index + 1) % 30;
            auto current = m_store->loadStory(stories.at(index).id());
            QVERIFY(current);
            Story edited = *current;
            edited.setBody(edited.body() + u"Update %1.\n"_s.arg(round));
            auto saved = m_store->saveStory(edited);
            QVERIFY(saved);
            const auto out = service.publish(
                    {saved->id(), PublicationKind::Major, u"Update %1"_s.arg(round), 0, {}});
            QVERIFY2(out, qPrintable(why(out)));
            stories[index] = out->story;
        };

        for (int round = 0; round < 10; ++round) {
            QProcess worker;
            startWorker(worker, 300);
            QVERIFY(worker.waitForStarted(5000));
            const int lifetime = 200 + int(random.bounded(2300));
            QDeadlineTimer alive(lifetime);
            int updates = 0;
            while (!alive.hasExpired() && worker.state() == QProcess::Running) {
                if (updates < 2 && random.bounded(4) == 0) {
                    update(round * 10 + updates);
                    ++updates;
                }
                worker.waitForFinished(int(qMin<qint64>(100, alive.remainingTime())));
            }
            m_kills.append(wallClock());
            worker.kill(); // SIGKILL
            QVERIFY(worker.waitForFinished(5000));
            m_workerOutput += worker.readAll();
        }
        update(1000);

        QProcess last;
        startWorker(last, 240);
        QVERIFY(last.waitForStarted(5000));
        QVERIFY2(last.waitForFinished(280'000), "the last worker did not become idle");
        m_workerOutput += last.readAll();
        QCOMPARE(last.exitStatus(), QProcess::NormalExit);

        // The library: nothing left to do, every story's newest version delivered.
        const auto queue = m_store->deliveryQueue({true, 1000});
        QVERIFY(queue);
        QSet<QUuid> failedStories;
        for (const Delivery &row : *queue) {
            QVERIFY2(!isUnfinished(row.state),
                     qPrintable(u"delivery %1 is still %2"_s.arg(row.id).arg(
                             deliveryStateKey(row.state))));
            failedStories.insert(row.storyId);
        }
        QCOMPARE(failedStories, QSet<QUuid>{rejected});

        // The endpoint's view.
        const QList<QJsonObject> entries = logEntries();
        QHash<QString, QString> acceptedDigest;
        QHash<QString, int> accepted;
        int rejections = 0;
        int rejectionsCutShort = 0;
        int faults = 0;
        for (const QJsonObject &entry : entries) {
            if (entry.value(u"method"_s).toString() != u"POST")
                continue;
            const QString key = entry.value(u"key"_s).toString();
            const QString outcome = entry.value(u"outcome"_s).toString();
            QVERIFY2(outcome != u"bad-signature", qPrintable(key));
            QVERIFY2(outcome != u"conflict", qPrintable(u"two bodies under "_s + key));
            if (entry.contains(u"signed"_s))
                QVERIFY2(entry.value(u"signed"_s).toBool(), qPrintable(key));
            if (outcome == u"accepted" || outcome == u"replayed") {
                const QString digest = entry.value(u"digest"_s).toString();
                QVERIFY2(acceptedDigest.value(key, digest) == digest, qPrintable(key));
                acceptedDigest.insert(key, digest);
                accepted[key] += outcome == u"accepted" ? 1 : 0;
            }
            if (outcome == u"400") {
                ++rejections;
                if (killedSoonAfter(entry.value(u"t"_s).toDouble()))
                    ++rejectionsCutShort;
            }
            if (outcome == u"500" || outcome == u"hung" || outcome == u"dropped" ||
                outcome == u"429")
                ++faults;
        }
        int replays = 0;
        for (const QJsonObject &entry : entries)
            replays += entry.value(u"outcome"_s).toString() == u"replayed" ? 1 : 0;
        qInfo("%d requests, %d faults, %d replays, %d keys accepted", int(entries.size()), faults,
              replays, int(accepted.size()));
        // A story taken but answered too late comes again, and is taken as the same one.
        QVERIFY(replays >= 1);
        QVERIFY2(faults >= 12, qPrintable(u"only %1 faults were served"_s.arg(faults)));
        for (auto it = accepted.cbegin(); it != accepted.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        for (const Story &story : std::as_const(stories)) {
            if (story.id() == rejected)
                continue;
            const QString key = story.id().toString(QUuid::WithoutBraces) + u':' +
                    QString::number(story.version());
            QVERIFY2(accepted.value(key) == 1, qPrintable(u"never accepted: "_s + key));
        }
        // A 400 is not retried (unless the worker died before it could record it).
        QVERIFY(rejections >= 1);
        QVERIFY2(rejections - rejectionsCutShort <= 1,
                 qPrintable(
                         u"%1 rejections, %2 cut short"_s.arg(rejections).arg(rejectionsCutShort)));
        const auto rejectedRows = m_store->deliveries(rejected);
        QVERIFY(rejectedRows && !rejectedRows->isEmpty());
        QCOMPARE(rejectedRows->constFirst().state, DeliveryState::Failed);
        QVERIFY2(rejectedRows->constFirst().message.contains(u"takes no stories"_s),
                 qPrintable(rejectedRows->constFirst().message));

        // No request before a Retry-After ran out, once the worker lived to read it.
        for (const QJsonObject &entry : entries) {
            if (entry.value(u"outcome"_s).toString() != u"429")
                continue;
            const double at = entry.value(u"t"_s).toDouble();
            if (killedSoonAfter(at))
                continue;
            for (const QJsonObject &later : entries) {
                const double t = later.value(u"t"_s).toDouble();
                if (later.value(u"method"_s).toString() == u"POST" && t > at &&
                    t < at + retryAfterSeconds)
                    QFAIL(qPrintable(u"POST %1 came %2 s after a 429 asking for 3 s"_s
                                             .arg(later.value(u"n"_s).toInt())
                                             .arg(t - at)));
            }
        }
    }

    void theSecretIsNeverWritten()
    {
        QVERIFY(!m_workerOutput.isEmpty());
        QVERIFY2(!m_workerOutput.contains(secret.toUtf8()), "the secret is in the worker's output");
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            if (path == logPath())
                continue;
            QVERIFY2(!fileBytes(path).contains(secret.toUtf8()),
                     qPrintable(u"the secret is in "_s + path));
        }
        const auto kept = m_store->destinations();
        QVERIFY(kept && kept->size() == 1);
        QCOMPARE(kept->constFirst().secretEnv, secretVariable);
    }
};

QTEST_GUILESS_MAIN(TestPushOutbox)
#include "tst_pushoutbox.moc"
