// SPDX-License-Identifier: MIT
// Ten desks, each a process of its own, saving, scheduling and publishing
// forty shared stories on one PostgreSQL library: 10,000 saves in all.
// Every save appends its own line to the text it read, so the history
// shows any overwrite: each version must hold the one before it. Every
// refused save must be a conflict whose text is still there to settle,
// every saved line must be in the story exactly once, every due story
// published once and every delivery made once.
#include "publish/folderdestination.h"
#include "publish/publishservice.h"
#include "store/editconflict.h"
#include "store/library.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <random>

#include "support/testing.h"
#include "support/testlibrary.h"

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int desks = 10;
constexpr int savesPerDesk = 1000;
constexpr int stories = 40;

/**
 * One desk's work, in a child process: savesPerDesk saves of stories
 * chosen at random, each appending "desk-n:i" to the body it loaded; the
 * last two desks also schedule a story every 25th save (its time already
 * come) and run the scheduler every 10th. One line per event on stdout.
 */
int runDesk(const QString &library, const QString &folder, int desk)
{
    auto opened = Library::open(library);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    StoryStore &store = *opened->store;
    StoryListQuery all;
    all.limit = stories;
    const QList<StorySummary> list = store.listStories(all).value();
    FolderDestination destination(folder, Site().withBaseUrl(QUrl(u"https://news.example/"_s)));
    PublishService service(store, HouseStyle::defaultStyle(), {&destination});
    service.setDeliverNow(true);
    std::mt19937 rng(quint32(desk) * 7919u + 1u);
    QTextStream out(stdout);
    for (int i = 0; i < savesPerDesk; ++i) {
        const QUuid id = list.at(qsizetype(rng() % quint32(list.size()))).id;
        auto story = store.loadStory(id);
        if (!story) {
            std::fprintf(stderr, "load: %s\n", qPrintable(story.errorMessage()));
            return 1;
        }
        const QString marker = u"desk-%1:%2"_s.arg(desk).arg(i);
        Story edited = *story;
        edited.setBody(edited.body() + marker + u'\n');
        const bool schedule =
                desk >= desks - 2 && i % 25 == 0 && edited.status() == StoryStatus::Draft;
        if (schedule) {
            edited.setStatus(StoryStatus::Scheduled);
            edited.setScheduledFor(QDateTime::currentDateTimeUtc().addSecs(-60));
        }
        const auto saved = store.saveStory(edited);
        if (saved) {
            out << u"saved "_s << id.toString(QUuid::WithoutBraces) << u' ' << saved->version()
                << u' ' << marker << (schedule ? u" scheduled"_s : QString()) << Qt::endl;
        } else if (saved.errorKind() == ErrorKind::Conflict) {
            // Both texts are there to settle: the library's newer one and this desk's.
            const auto conflict = readEditConflict(store, edited);
            if (!conflict || !conflict->theirs || conflict->theirs->version() <= edited.version() ||
                !conflict->mine.body().endsWith(marker + u'\n')) {
                std::fprintf(stderr, "conflict without both texts: %s\n",
                             qPrintable(conflict ? u"?"_s : conflict.errorMessage()));
                return 1;
            }
            out << u"conflict "_s << id.toString(QUuid::WithoutBraces) << u' ' << marker
                << Qt::endl;
        } else {
            std::fprintf(stderr, "save: %s\n", qPrintable(saved.errorMessage()));
            return 1;
        }
        if (desk >= desks - 2 && i % 10 == 5) {
            const auto due = service.publishDue();
            if (!due) {
                std::fprintf(stderr, "publish-due: %s\n", qPrintable(due.errorMessage()));
                return 1;
            }
            for (const DueOutcome &outcome : *due) {
                if (outcome.publication)
                    out << u"published "_s
                        << outcome.publication->story.id().toString(QUuid::WithoutBraces) << u' '
                        << outcome.publication->story.version() << Qt::endl;
            }
        }
    }
    return 0;
}

} // namespace

class TestTenDesks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tenThousandSavesAndNoOverwrite()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto where = TestLibrary::location(dir.filePath(u"newsroom.sqlite"_s));
        QVERIFY2(where, qPrintable(why(where)));
        const QString folder = dir.filePath(u"site"_s);
        {
            auto opened = Library::open(*where);
            QVERIFY2(opened, qPrintable(why(opened)));
            for (int n = 0; n < stories; ++n) {
                Story story = Story::create();
                story.setHeadline(u"Shared story number %1"_s.arg(n));
                story.setHighlights({u"Ten desks edit it"_s, u"Nobody overwrites anybody"_s});
                story.setDateline(u"LISBON"_s);
                story.setBody(u"The story as it began.\n"_s);
                QVERIFY(opened->store->saveStory(story));
            }
        }

        std::vector<std::unique_ptr<QProcess>> processes;
        for (int desk = 0; desk < desks; ++desk) {
            auto process = std::make_unique<QProcess>();
            process->setProgram(QCoreApplication::applicationFilePath());
            process->setArguments({u"--desk"_s, QString::number(desk), *where, folder});
            process->start();
            QVERIFY(process->waitForStarted());
            processes.push_back(std::move(process));
        }
        QMap<QUuid, QStringList> savedLines;
        QSet<QString> conflicts;
        QSet<QString> published;
        int saves = 0;
        for (int desk = 0; desk < desks; ++desk) {
            QProcess &process = *processes[size_t(desk)];
            QVERIFY(process.waitForFinished(600'000));
            const QString errors = QString::fromLocal8Bit(process.readAllStandardError());
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                     qPrintable(u"desk %1: %2"_s.arg(desk).arg(errors)));
            const QStringList lines =
                    QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
            for (const QString &line : lines) {
                const QStringList parts = line.split(u' ');
                if (parts.value(0) == u"saved") {
                    ++saves;
                    savedLines[QUuid::fromString(parts.at(1))].append(parts.at(3));
                } else if (parts.value(0) == u"conflict") {
                    ++saves;
                    conflicts.insert(parts.at(2));
                } else if (parts.value(0) == u"published") {
                    // Published once: no two desks report the same version.
                    QVERIFY2(!published.contains(parts.at(1) + u' ' + parts.at(2)),
                             qPrintable(line));
                    published.insert(parts.at(1) + u' ' + parts.at(2));
                }
            }
        }
        QCOMPARE(saves, desks * savesPerDesk);
        QVERIFY2(conflicts.size() > 0, "ten desks on forty stories must have clashed");
        QVERIFY2(published.size() > 0, "the scheduled stories must have gone out");
        qInfo("%lld saved, %lld refused as conflicts, %lld published",
              qlonglong(saves - conflicts.size()), qlonglong(conflicts.size()),
              qlonglong(published.size()));

        auto opened = Library::open(*where);
        QVERIFY2(opened, qPrintable(why(opened)));
        StoryStore &store = *opened->store;
        // Whatever was still due when the desks stopped.
        FolderDestination destination(folder, Site().withBaseUrl(QUrl(u"https://news.example/"_s)));
        PublishService service(store, HouseStyle::defaultStyle(), {&destination});
        service.setDeliverNow(true);
        QVERIFY(service.publishDue());
        StoryListQuery all;
        all.limit = stories;
        const QList<StorySummary> list = store.listStories(all).value();
        QCOMPARE(list.size(), stories);
        for (const StorySummary &summary : list) {
            // Every saved line is in the story once, in the order saved; no refused one is.
            const Story story = store.loadStory(summary.id).value();
            QStringList lines = story.body().split(u'\n', Qt::SkipEmptyParts);
            QCOMPARE(lines.takeFirst(), u"The story as it began."_s);
            QStringList expected = savedLines.value(summary.id);
            QCOMPARE(QSet<QString>(lines.cbegin(), lines.cend()).size(), lines.size());
            QStringList sortedLines = lines;
            sortedLines.sort();
            expected.sort();
            QCOMPARE(sortedLines, expected);
            for (const QString &line : std::as_const(lines))
                QVERIFY2(!conflicts.contains(line), qPrintable(line));
            // Each version holds the one before it: nothing was written over.
            const QList<RevisionInfo> revisions = store.revisions(summary.id).value();
            QString later;
            for (const RevisionInfo &info : revisions) { // newest first
                const QString body = store.loadRevision(summary.id, info.version)->body();
                if (!later.isNull())
                    QVERIFY2(
                            later.startsWith(body),
                            qPrintable(
                                    u"version %1 of %2"_s.arg(info.version).arg(summary.headline)));
                later = body;
            }
            // Every due story went out, and each delivery was made once.
            QVERIFY(summary.status != StoryStatus::Scheduled);
            const QList<Delivery> deliveries = store.deliveries(summary.id, 1000).value();
            QSet<int> delivered;
            for (const Delivery &delivery : deliveries) {
                if (delivery.state != DeliveryState::Delivered)
                    continue;
                QVERIFY2(!delivered.contains(delivery.version),
                         qPrintable(u"%1 version %2 delivered twice"_s.arg(summary.headline)
                                            .arg(delivery.version)));
                delivered.insert(delivery.version);
            }
        }
    }
};

int main(int argc, char *argv[])
{
    if (argc == 5 && QByteArrayView(argv[1]) == "--desk") {
        QCoreApplication app(argc, argv);
        QStandardPaths::setTestModeEnabled(true);
        return runDesk(QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4]),
                       QByteArray(argv[2]).toInt());
    }
    QCoreApplication app(argc, argv);
    TestTenDesks test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tendesks.moc"
