// SPDX-License-Identifier: MIT
// A window on a newsroom's server never waits for the library list: while
// the server holds the stories table (another session's lock, as a slow or
// busy server would), a reload returns at once, the window keeps taking
// keys, a busy bar shows after a moment, and the rows come in with the open
// story still selected once the server answers; pages read as the list
// scrolls come the same way. Opening and saving a story are read and written
// there too: the editor stays live while the server holds the table, and
// what is typed during a save stays unsaved and journalled on the new
// version. The story's history, wire imports and the scheduler's
// half-minute look for due stories go to the window's worker too, and a
// restore waits for it with the window still painting. Runs only as
// postgresql/ui/serverlistui.
#include "bodyeditor.h"
#include "deliverycontroller.h"
#include "desk.h"
#include "documentcontroller.h"
#include "historycontroller.h"
#include "historypanel.h"
#include "importsummarydialog.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "publish/publishsettings.h"
#include "schedulecontroller.h"
#include "store/editjournal.h"
#include "store/journalwriter.h"
#include "store/library.h"
#include "story/storydocument.h"
#include "storyeditor.h"
#include "storylistmodel.h"
#include "support/rawdatabase.h"
#include "support/testing.h"
#include "support/testlibrary.h"
#include "ui/testwindow.h"

#include <atomic>

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressBar>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

class TestServerListUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    QUuid m_oldest;

    /// Another session's transaction holding table as a slow or busy server would: empty, or why
    /// not.
    static QString holdTable(const RawDatabase &holder, const QString &table)
    {
        const QString begun = holder.exec(u"BEGIN"_s);
        return begun.isEmpty() ? holder.exec(u"LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE"_s.arg(table))
                               : begun;
    }

    /**
     * Another session holds table for ms from a thread of its own, from when
     * this returns; the result says whether it held it and let it go.
     */
    QFuture<bool> holdTableFor(const QString &table, int ms) const
    {
        auto holding = std::make_shared<std::atomic<bool>>(false);
        auto holder =
                QtConcurrent::run([where = m_dir.filePath(u"list.sqlite"_s), table, ms, holding] {
                    RawDatabase raw(where);
                    if (!raw.isOpen() || !holdTable(raw, table).isEmpty())
                        return false;
                    *holding = true;
                    QThread::msleep(ms);
                    return raw.exec(u"ROLLBACK"_s).isEmpty();
                });
        if (!QTest::qWaitFor([&] { return holding->load() || holder.isFinished(); }, 10'000))
            qWarning() << "The other session did not get hold of" << table;
        return holder;
    }

    /// How often a 50 ms timer fired while act ran: the window's event loop went on.
    int ticksDuring(const std::function<void()> &act)
    {
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(50);
        act();
        return ticks;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(TestLibrary::onServer(), "COPYDESK_TEST_ENGINE=postgresql is not set");
        const auto where = TestLibrary::location(m_dir.filePath(u"list.sqlite"_s));
        QVERIFY2(where, qPrintable(why(where)));
        m_library = *where;
        QVERIFY(m_library.startsWith(u"postgresql://"_s));
        auto opened = Library::open(m_library);
        QVERIFY2(opened, qPrintable(why(opened)));
        // More than the first page and one more page hold.
        QList<Story> stories;
        for (int i = 0; i < StoryListModel::firstPageSize + StoryListModel::pageSize + 10; ++i) {
            Story story = Story::create();
            story.setHeadline(u"Harbour notice %1"_s.arg(i, 3, 10, QChar(u'0')));
            story.setBody(u"A paragraph."_s);
            stories.append(story);
        }
        const auto saved = opened->store->saveStories(stories, {});
        QVERIFY2(saved, qPrintable(why(saved)));
        m_oldest = saved->constFirst().id();
    }

    void theWindowNeverWaitsForTheList()
    {
        auto window = openTestWindow(m_library);
        QVERIFY(window);
        StoryListModel *model = window->library()->model();
        QTRY_VERIFY(!model->isBusy());
        QTRY_VERIFY(model->rowCount() >= StoryListModel::firstPageSize);
        const QUuid open = window->document()->id();
        QTRY_COMPARE(
                window->library()->view()->currentIndex().data(StoryListModel::IdRole).toUuid(),
                open);

        // Another session holds the stories table: every read of it waits.
        {
            RawDatabase holder(m_dir.filePath(u"list.sqlite"_s));
            QVERIFY(holder.isOpen());
            QCOMPARE(holdTable(holder, u"stories"_s), QString());

            QElapsedTimer asked;
            asked.start();
            // Returns while the table is still held: the read waits on the worker, not here.
            window->library()->reload();
            QVERIFY(model->isBusy());
            // The rows shown stay, and the window takes keys meanwhile.
            const int shown = model->rowCount();
            QVERIFY(shown >= StoryListModel::firstPageSize);
            BodyEditor *body = window->editor()->bodyEditor();
            body->setFocus();
            body->moveCursor(QTextCursor::End);
            QTest::keyClicks(body, u" Typed while the server was busy."_s);
            QVERIFY(body->toPlainText().endsWith(u"Typed while the server was busy."_s));
            // A moment later the list says it is reading.
            QTRY_VERIFY_WITH_TIMEOUT(window->library()->busyBar()->isVisible(), 2000);
            QVERIFY(asked.elapsed() >= LibraryPanel::busyDelayMs);
            QTest::qWait(300);
            QVERIFY(model->isBusy());
            QCOMPARE(model->rowCount(), shown);

            QCOMPARE(holder.exec(u"ROLLBACK"_s), QString());
        }

        // The server answers: the rows are in, the bar gone, the open story selected.
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 10'000);
        QVERIFY(!window->library()->busyBar()->isVisible());
        QVERIFY(model->rowCount() >= StoryListModel::firstPageSize);
        QCOMPARE(window->library()->view()->currentIndex().data(StoryListModel::IdRole).toUuid(),
                 open);

        // The next pages come as the list asks for them, from the worker too: one at a
        // time, each answered before the next is asked for.
        QElapsedTimer paging;
        paging.start();
        while (model->rowOf(m_oldest) < 0 && paging.elapsed() < 10'000) {
            if (model->canFetchMore({})) {
                const int before = model->rowCount();
                model->fetchMore({});
                QVERIFY(!model->canFetchMore({}));
                QCOMPARE(model->rowCount(), before);
            }
            QTest::qWait(20);
        }
        QCOMPARE(model->rowCount(), StoryListModel::firstPageSize + StoryListModel::pageSize + 10);
        QCOMPARE(model->rowOf(m_oldest), model->rowCount() - 1);
        QVERIFY(!model->canFetchMore({}));
        window->document()->undoStack()->setClean();
    }

    void openingAndSavingAStoryNeverWait()
    {
        auto window = openTestWindow(m_library);
        QVERIFY(window);
        DocumentController *documents = window->documents();
        QVERIFY(!documents->isBusy());
        const QUuid first = window->document()->id();
        StoryListModel *model = window->library()->model();
        QTRY_VERIFY(!model->isBusy() && model->rowCount() > 1);
        // Another story of the list's first page.
        const QUuid other = model->index(1, 0).data(StoryListModel::IdRole).toUuid();
        QVERIFY(!other.isNull() && other != first);
        auto *busyBar = window->findChild<QProgressBar *>(u"storyBusy"_s);
        QVERIFY(busyBar);
        BodyEditor *body = window->editor()->bodyEditor();
        const auto type = [body](const QString &text) {
            body->setFocus();
            body->moveCursor(QTextCursor::End);
            QTest::keyClicks(body, text);
        };
        RawDatabase holder(m_dir.filePath(u"list.sqlite"_s));
        QVERIFY(holder.isOpen());

        // Opening: asked while the server holds the table, the open story stays live.
        QCOMPARE(holdTable(holder, u"stories"_s), QString());
        QVERIFY(documents->openStory(other));
        QVERIFY(documents->isBusy());
        QCOMPARE(window->document()->id(), first);
        QTRY_VERIFY_WITH_TIMEOUT(busyBar->isVisible(), 2000);
        QTest::qWait(200);
        QCOMPARE(window->document()->id(), first);
        QCOMPARE(holder.exec(u"ROLLBACK"_s), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!documents->isBusy(), 10'000);
        QCOMPARE(window->document()->id(), other);
        QVERIFY(!busyBar->isVisible());
        QTRY_COMPARE(
                window->library()->view()->currentIndex().data(StoryListModel::IdRole).toUuid(),
                other);

        // Saving: the command returns at once, and typing goes on meanwhile.
        const int version = window->document()->version();
        type(u" Sent."_s);
        QCOMPARE(holdTable(holder, u"stories"_s), QString());
        window->action(u"save"_s)->trigger();
        QVERIFY(documents->isBusy());
        type(u" Typed during the save."_s);
        QTRY_VERIFY_WITH_TIMEOUT(busyBar->isVisible(), 2000);
        QCOMPARE(window->document()->version(), version);
        QCOMPARE(holder.exec(u"ROLLBACK"_s), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!documents->isBusy(), 10'000);
        QCOMPARE(window->document()->version(), version + 1);
        // The saved story moves to the top of the list when the worker's rows come: it
        // stays the open and the selected one, no neighbour taken for a choice.
        QTRY_COMPARE_WITH_TIMEOUT(model->rowOf(other), 0, 10'000);
        QTRY_VERIFY(!model->isBusy());
        QTest::qWait(100);
        QCOMPARE(window->document()->id(), other);
        QCOMPARE(window->library()->view()->currentIndex().data(StoryListModel::IdRole).toUuid(),
                 other);
        // What was sent is the new version; what came after stays unsaved, and is kept.
        const QString stored = window->store()->loadStory(other)->body();
        QVERIFY(stored.endsWith(u" Sent."_s));
        QVERIFY(window->document()->isModified());
        QVERIFY(body->toPlainText().endsWith(u" Sent. Typed during the save."_s));
        window->desk()->journal().flush(5000);
        const auto entries =
                EditJournal::entries(EditJournal::directoryFor(window->store()->location()));
        QVERIFY2(entries, qPrintable(why(entries)));
        bool kept = false;
        for (const JournalEntry &entry : *entries)
            kept = kept ||
                    (entry.story.id() == other && entry.story.version() == version + 1 &&
                     entry.story.body().endsWith(u"Typed during the save."_s));
        QVERIFY(kept);

        // The next save takes the rest, and the story is clean again.
        window->action(u"save"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!documents->isBusy(), 10'000);
        QCOMPARE(window->document()->version(), version + 2);
        QVERIFY(!window->document()->isModified());
        QVERIFY(window->store()->loadStory(other)->body().endsWith(u"Typed during the save."_s));
        // Nothing is left to recover once everything is saved.
        window->desk()->journal().flush(5000);
        const auto after =
                EditJournal::entries(EditJournal::directoryFor(window->store()->location()));
        QVERIFY2(after, qPrintable(why(after)));
        for (const JournalEntry &entry : *after)
            QVERIFY(entry.story.id() != other);
    }

    void theHistoryNeverWaitsForTheServer()
    {
        auto window = openTestWindow(m_library);
        QVERIFY(window);
        HistoryPanel *history = window->historyPanel();
        QTRY_VERIFY_WITH_TIMEOUT(history->list()->topLevelItemCount() > 0, 10'000);
        RawDatabase holder(m_dir.filePath(u"list.sqlite"_s));
        QVERIFY(holder.isOpen());
        QCOMPARE(holdTable(holder, u"story_revisions"_s), QString());
        QElapsedTimer asked;
        asked.start();
        history->refresh();
        QVERIFY2(asked.elapsed() < 1000, qPrintable(QString::number(asked.elapsed())));
        // The versions shown stay until the server answers.
        QVERIFY(history->list()->topLevelItemCount() > 0);
        QCOMPARE(holder.exec(u"ROLLBACK"_s), QString());
        QTRY_VERIFY_WITH_TIMEOUT(history->list()->topLevelItemCount() > 0, 10'000);
    }

    void importingWireTextNeverWaits()
    {
        auto window = openTestWindow(m_library);
        QVERIFY(window);
        const QString page = m_dir.filePath(u"page.txt"_s);
        {
            QFile file(page);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Port strike ends after two days\n\nUpdated 18 November 2026\nFollow\n\n"
                       "Port strike ends after two days\n\n"
                       "  \xe2\x80\xa2 Dockers voted to accept the offer\n"
                       "  \xe2\x80\xa2 Ships waiting offshore begin to dock\n\n"
                       "VALLETTA: Dock workers ended a two-day strike on Thursday.\n");
        }
        RawDatabase holder(m_dir.filePath(u"list.sqlite"_s));
        QVERIFY(holder.isOpen());
        QCOMPARE(holdTable(holder, u"stories"_s), QString());
        QElapsedTimer asked;
        asked.start();
        window->importWireFiles({page});
        QVERIFY2(asked.elapsed() < 1000, qPrintable(QString::number(asked.elapsed())));
        QTest::qWait(300);
        QVERIFY(!window->importSummary());
        QCOMPARE(holder.exec(u"ROLLBACK"_s), QString());
        // Once the server answers: the summary, and the story in the library.
        QTRY_VERIFY_WITH_TIMEOUT(window->importSummary(), 10'000);
        QCOMPARE(window->importSummary()->summary(), u"Imported 1 story from 1 file."_s);
        StoryListQuery query;
        query.text = u"Port strike ends"_s;
        QCOMPARE(window->store()->listStories(query)->size(), 1);

        // Stop in the progress dialog: the file being written goes in whole,
        // the ones after it are not read.
        QStringList pages;
        for (const char *headline : {"Ferry timetable changes for winter", "Bridge reopens",
                                     "Market hall repairs begin"}) {
            const QString path = m_dir.filePath(QString::fromLatin1(headline) + u".txt"_s);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QByteArray title(headline);
            file.write(title + "\n\nUpdated 18 November 2026\nFollow\n\n" + title +
                       "\n\n  \xe2\x80\xa2 A first highlight\n  \xe2\x80\xa2 A second "
                       "highlight\n\nVALLETTA: A paragraph.\n");
            pages.append(path);
        }
        window->importSummary()->close();
        QCOMPARE(holdTable(holder, u"stories"_s), QString());
        window->importWireFiles(pages);
        QProgressDialog *progress = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
                (progress = window->findChild<QProgressDialog *>(u"importProgress"_s)) &&
                        progress->isVisible(),
                5000);
        progress->cancel();
        QCOMPARE(holder.exec(u"ROLLBACK"_s), QString());
        QTRY_VERIFY_WITH_TIMEOUT(window->importSummary() && window->importSummary()->isVisible(),
                                 10'000);
        QVERIFY2(window->importSummary()->summary().startsWith(
                         u"Imported 1 story from 1 file. The import was stopped before the last "
                         u"2 files"_s),
                 qPrintable(window->importSummary()->summary()));
    }

    void restoringAVersionWaitsWithoutFreezing()
    {
        auto window = openTestWindow(m_library);
        QVERIFY(window);
        const QUuid id = window->document()->id();
        const int before = window->document()->version();
        // A newer version to restore the open one over.
        Story newer = window->store()->loadStory(id).value();
        newer.setBody(newer.body() + u" A line added elsewhere."_s);
        QVERIFY(window->store()->saveStory(newer));
        QTRY_COMPARE_WITH_TIMEOUT(window->document()->version(), before + 1, 10'000);

        auto holder = holdTableFor(u"stories"_s, 1500);
        QVERIFY(!holder.isFinished());
        // The window goes on painting and hearing timers while it waits for the server.
        bool restored = false;
        const int ticks =
                ticksDuring([&] { restored = window->history()->restore(before, false); });
        QVERIFY(restored);
        QVERIFY2(ticks > 10, qPrintable(QString::number(ticks)));
        holder.waitForFinished();
        QVERIFY(holder.result());
        QCOMPARE(window->document()->version(), before + 2);
        QVERIFY(!window->document()->story().body().endsWith(u" A line added elsewhere."_s));
    }

    void aWindowClosedWhileTakingTheStoryLetsItGo()
    {
        // The window goes while the server still holds its take of a story's lease.
        {
            auto window = openTestWindow(m_library);
            QVERIFY(window);
            auto holder = holdTableFor(u"story_leases"_s, 1500);
            QVERIFY(!holder.isFinished());
            QVERIFY(window->documents()->openStory(m_oldest));
            QTRY_VERIFY_WITH_TIMEOUT(!window->documents()->isBusy(), 10'000);
            QCOMPARE(window->document()->id(), m_oldest);
            QVERIFY(window->leases()->isBusy());
            QVERIFY(!holder.isFinished());
        }
        RawDatabase raw(m_dir.filePath(u"list.sqlite"_s));
        QCOMPARE(raw.value(u"SELECT COUNT(*) FROM story_leases"_s).toInt(), 0);
    }

    void savingBeforeMovingOnWaitsWithoutFreezing()
    {
        // Opening another story, closing or publishing saves the open one first, and waits.
        auto window = openTestWindow(m_library);
        QVERIFY(window);
        BodyEditor *body = window->editor()->bodyEditor();
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, u" Saved before moving on."_s);
        QVERIFY(window->document()->isModified());
        const int before = window->document()->version();

        auto holder = holdTableFor(u"stories"_s, 1500);
        QVERIFY(!holder.isFinished());
        bool saved = false;
        const int ticks = ticksDuring([&] { saved = window->documents()->saveStory(); });
        QVERIFY(saved);
        QVERIFY2(ticks > 10, qPrintable(QString::number(ticks)));
        holder.waitForFinished();
        QVERIFY(holder.result());
        QVERIFY(!window->document()->isModified());
        QCOMPARE(window->document()->version(), before + 1);
    }

    void theQueueNeverWaitsForTheServer()
    {
        auto window = openTestWindow(m_library);
        QVERIFY(window);
        auto holder = holdTableFor(u"deliveries"_s, 1500);
        QVERIFY(!holder.isFinished());
        // Retry Now and Cancel are answered when the server answers; the window goes on.
        QElapsedTimer clicked;
        clicked.start();
        window->deliveries()->retryDelivery(987654);
        window->deliveries()->cancelDelivery(987655);
        QVERIFY2(clicked.elapsed() < 500, qPrintable(QString::number(clicked.elapsed())));
        QVERIFY(!holder.isFinished());
        QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().contains(u"987655"_s),
                                 10'000);
        QVERIFY(holder.isFinished());
        QVERIFY(holder.result());
    }

    void theSchedulerNeverWaitsForTheServer()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(u"settings"_s));
        auto window = openTestWindow(m_library);
        QVERIFY(window);
        PublishSettings settings = PublishSettings::load(QSettings());
        settings.folder = m_dir.filePath(u"site"_s);
        settings.baseUrl = u"https://news.example/"_s;
        window->setPublishSettings(settings);
        // A story due a minute ago.
        Story due = window->store()->loadStory(m_oldest).value();
        due.setHeadline(u"Harbour notice due now"_s);
        due.setStatus(StoryStatus::Scheduled);
        due.setScheduledFor(QDateTime::currentDateTimeUtc().addSecs(-60));
        QVERIFY(window->store()->saveStory(due));

        // Another session holds the stories table for four seconds, from a thread of its own.
        auto holder = holdTableFor(u"stories"_s, 4000);
        QVERIFY(!holder.isFinished());

        // The scheduler starts again (its first look comes two seconds later), and the
        // window's event loop keeps running while the server holds the table.
        ScheduleController *scheduling = window->scheduling();
        scheduling->setSchedulerRunning(false);
        scheduling->setSchedulerRunning(true);
        QElapsedTimer waited;
        waited.start();
        const int ticks = ticksDuring([] { QTest::qWait(3000); });
        QVERIFY2(waited.elapsed() < 3500, qPrintable(QString::number(waited.elapsed())));
        QVERIFY2(ticks > 40, qPrintable(QString::number(ticks)));
        QVERIFY(!holder.isFinished());
        holder.waitForFinished();
        QVERIFY(holder.result());
        // Once the server answers, the story is published.
        QTRY_COMPARE_WITH_TIMEOUT(window->store()->loadStory(m_oldest)->status(),
                                  StoryStatus::Published, 15'000);
    }
};

QTEST_MAIN(TestServerListUi)
#include "tst_serverlistui.moc"
