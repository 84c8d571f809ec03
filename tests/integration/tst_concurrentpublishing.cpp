// SPDX-License-Identifier: MIT
#include "publish/folderdestination.h"
#include "publish/publishservice.h"
#include "store/library.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/testing.h"
#include "support/testlibrary.h"
#include "support/unprivileged.h"

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int dueStories = 50;
constexpr int rounds = 20;

} // namespace

/**
 * Two copydesk-cli publish-due processes and a third publishing by hand,
 * started together against one library with 50 due stories, round after
 * round: every story must be published exactly once, every process must
 * end without an error, and the feeds must end up listing the newest.
 */
class TestConcurrentPublishing : public QObject
{
    Q_OBJECT

private:
    QString m_cli;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cli = qEnvironmentVariable("COPYDESK_CLI");
        COPYDESK_REQUIRE(QFileInfo(m_cli).isExecutable(),
                         "COPYDESK_CLI does not name copydesk-cli (ctest sets it)");
    }

    void eachDueStoryIsPublishedOnce_data()
    {
        QTest::addColumn<int>("round");
        for (int round = 1; round <= rounds; ++round)
            QTest::addRow("round %d", round) << round;
    }

    void eachDueStoryIsPublishedOnce()
    {
        QFETCH(int, round);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A file, or on the postgresql/ run a database of the test server.
        const auto where = TestLibrary::location(dir.filePath(u"desk.sqlite"_s));
        QVERIFY2(where, qPrintable(why(where)));
        const QString library = *where;
        const QString folder = dir.filePath(u"site"_s);
        const QDateTime scheduledAt = utc(2026, 12, 1, 6, 0).addSecs(round * 60);
        QList<QUuid> due;
        QUuid manual;
        {
            auto opened = Library::open(library);
            QVERIFY2(opened, qPrintable(why(opened)));
            StoryStore &store = *opened->store;
            FolderDestination destination(folder, Site());
            const QDateTime before = scheduledAt.addSecs(-3600);
            PublishService service(
                    store, HouseStyle::defaultStyle(), {&destination}, [before] { return before; },
                    QTimeZone::utc());
            for (int i = 0; i <= dueStories; ++i) {
                Story story = Story::create(before);
                story.setHeadline(u"Round %1 story %2"_s.arg(round).arg(i));
                story.setHighlights({u"First point"_s, u"Second point"_s});
                story.setDateline(u"VALLETTA"_s);
                story.setBody(u"Story %1 of round %2.\n"_s.arg(i).arg(round));
                auto saved = store.saveStory(story);
                QVERIFY2(saved, qPrintable(why(saved)));
                if (i == dueStories) {
                    manual = saved->id();
                    continue;
                }
                auto scheduled = service.schedule(saved->id(), scheduledAt);
                QVERIFY2(scheduled, qPrintable(why(scheduled)));
                due.append(saved->id());
            }
        }

        // Settings, data and the destination's lock in this round's folder,
        // for every process alike.
        const QString home = dir.filePath(u"home"_s);
        QVERIFY(QDir().mkpath(home + u"/tmp"_s));
        const QProcessEnvironment environment = Unprivileged::environmentIn(home);
        const QStringList common{u"--folder"_s,    folder,
                                 u"--base-url"_s,  u"https://news.example/"_s,
                                 u"--time-zone"_s, u"UTC"_s};
        const QString now = scheduledAt.addSecs(90).toString(Qt::ISODate);
        QList<QStringList> commands{
                QStringList{u"--library"_s, library, u"publish-due"_s, u"--now"_s, now} + common,
                QStringList{u"--library"_s, library, u"publish-due"_s, u"--now"_s, now} + common,
                QStringList{u"--library"_s, library, u"publish"_s,
                            manual.toString(QUuid::WithoutBraces)} +
                        common,
        };
        std::vector<std::unique_ptr<QProcess>> processes;
        for (const QStringList &arguments : std::as_const(commands)) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(environment);
            process->start(m_cli, arguments);
            processes.push_back(std::move(process));
        }
        QString published;
        for (std::size_t i = 0; i < processes.size(); ++i) {
            QProcess &process = *processes[i];
            QVERIFY2(process.waitForFinished(120000), qPrintable(process.errorString()));
            const QString out = QString::fromUtf8(process.readAllStandardOutput());
            const QString err = QString::fromUtf8(process.readAllStandardError());
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                     qPrintable(u"process %1 ended with %2:\n%3\n%4"_s.arg(i)
                                        .arg(process.exitCode())
                                        .arg(out, err)));
            QVERIFY2(err.isEmpty(), qPrintable(err));
            if (i < 2)
                published += out;
        }

        // Each due story exactly once, by one of the two publish-due runs.
        for (int i = 0; i < dueStories; ++i) {
            const QString headline = u"“Round %1 story %2”"_s.arg(round).arg(i);
            QCOMPARE(published.count(headline), 1);
        }
        auto opened = Library::open(library);
        QVERIFY2(opened, qPrintable(why(opened)));
        StoryStore &store = *opened->store;
        for (const QUuid &id : due + QList<QUuid>{manual}) {
            const auto summary = store.storySummary(id);
            QVERIFY2(summary, qPrintable(why(summary)));
            QCOMPARE(summary->status, StoryStatus::Published);
            const auto history = store.revisions(id);
            QVERIFY2(history, qPrintable(why(history)));
            const auto publications =
                    std::count_if(history->cbegin(), history->cend(), [](const RevisionInfo &r) {
                        return r.kind == RevisionKind::Publish;
                    });
            QCOMPARE(publications, 1);
            const auto deliveries = store.deliveries(id);
            QVERIFY2(deliveries, qPrintable(why(deliveries)));
            QCOMPARE(deliveries->size(), 1);
            QCOMPARE(deliveries->constFirst().state, DeliveryState::Delivered);
            QVERIFY(QFileInfo::exists(folder + u'/' + summary->slug + u".html"_s));
        }

        // The last delivery made the feeds from everything committed before it.
        const auto newest = store.newestPublished(Site().feedEntries);
        QVERIFY2(newest, qPrintable(why(newest)));
        QStringList expected;
        for (const Story &story : *newest)
            expected.append(storyUrn(story));
        QStringList listed;
        const QJsonArray items = QJsonDocument::fromJson(fileBytes(folder + u"/feed.json"_s))
                                         .object()
                                         .value(u"items"_s)
                                         .toArray();
        for (const QJsonValue &item : items)
            listed.append(item.toObject().value(u"id"_s).toString());
        QCOMPARE(listed, expected);
        QVERIFY(store.unfinishedDeliveries(FolderDestination::keyFor(folder), 10)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConcurrentPublishing)
#include "tst_concurrentpublishing.moc"
