// SPDX-License-Identifier: MIT
#include "bodyeditor.h"
#include "desk.h"
#include "documentcontroller.h"
#include "journalcontroller.h"
#include "recoverydialog.h"
#include "store/editjournal.h"
#include "store/journalwriter.h"
#include "storycomparison.h"
#include "storyeditor.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include "modaldialogs.h"
#include "support/loopdisk.h"
#include "support/testing.h"
#include "testwindow.h"

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

Story savedStory(StoryStore &store, const QString &headline)
{
    Story story = Story::create();
    story.setHeadline(headline);
    story.setHighlights({u"One"_s, u"Two"_s});
    story.setDateline(u"MOSCOW"_s);
    story.setBody(u"The saved body."_s);
    auto saved = store.saveStory(story);
    return saved ? *saved : Story();
}

/// Edits as a session that then crashed leaves them: in the journal, no live lock.
void leaveInJournal(const QString &library, const Story &edited, const QDateTime &at)
{
    EditJournal journal(EditJournal::directoryFor(library));
    QVERIFY(journal.record(edited, at));
}

QList<JournalEntry> journalOf(MainWindow &window)
{
    auto entries = EditJournal::entries(EditJournal::directoryFor(window.store()->location()));
    return entries ? *entries : QList<JournalEntry>();
}

} // namespace

class TestRecoveryUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void typingReachesTheJournalAndSaveClearsIt()
    {
        QTemporaryDir dir;
        auto window = openTestWindow(dir.filePath(u"library.sqlite"_s));
        QVERIFY(window);
        window->newStory();
        QTest::keyClicks(window->editor()->headlineEdit(), u"Typed headline"_s);
        window->editor()->bodyEditor()->setFocus();
        QTest::keyClicks(window->editor()->bodyEditor(), u"A paragraph typed and not saved."_s);
        // Well within a second of the last key, and without saving.
        QTRY_VERIFY_WITH_TIMEOUT(
                !journalOf(*window).isEmpty() &&
                        journalOf(*window).constFirst().story.body().endsWith(u"not saved."_s),
                1000);
        QCOMPARE(journalOf(*window).constFirst().story.headline(), u"Typed headline"_s);
        QVERIFY(journalOf(*window).constFirst().inUse);
        QVERIFY(window->store()->listStories()->isEmpty()); // the journal is not a save

        QVERIFY(window->saveStory());
        QVERIFY(window->journal());
        QVERIFY(window->desk()->journal().flush(5000));
        QVERIFY(journalOf(*window).isEmpty());

        // Undoing back to the saved text lets the journal go as well.
        QTest::keyClicks(window->editor()->bodyEditor(), u" More."_s);
        QTRY_VERIFY_WITH_TIMEOUT(!journalOf(*window).isEmpty(), 1000);
        while (window->document()->isModified())
            window->document()->undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(journalOf(*window).isEmpty(), 2000);
    }

    void aDiskThatFailsUnderTheWindowKeepsTheText()
    {
        LoopDisk disk(16);
        COPYDESK_REQUIRE(disk.isReady(), disk.whyNot());
        auto window = openTestWindow(disk.filePath(u"library.sqlite"_s));
        QVERIFY(window);
        window->newStory();
        QTest::keyClicks(window->editor()->headlineEdit(), u"Typed headline"_s);
        window->editor()->bodyEditor()->setFocus();
        QTest::keyClicks(window->editor()->bodyEditor(), u"Typed before the disk failed."_s);
        QTRY_VERIFY_WITH_TIMEOUT(
                !journalOf(*window).isEmpty() &&
                        journalOf(*window).constFirst().story.body().endsWith(u"failed."_s),
                2000);

        QVERIFY2(disk.turnReadOnly(), qPrintable(disk.whyNot()));
        QTest::keyClicks(window->editor()->bodyEditor(), u" And after."_s);
        QString message;
        answerNextMessageBox(QMessageBox::Ok, &message);
        QVERIFY(!window->saveStory());
        QVERIFY2(message.contains(u"read-only"_s) &&
                         message.contains(u"still open in the editor"_s),
                 qPrintable(message));
        // Everything typed is still in the window, which still counts it unsaved.
        QCOMPARE(window->editor()->bodyEditor()->toPlainText(),
                 u"Typed before the disk failed. And after."_s);
        QVERIFY(window->isWindowModified());
        // The journal kept what it could before the disk failed, and it is whole.
        const auto entries =
                EditJournal::entries(EditJournal::directoryFor(window->store()->location()));
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QVERIFY(entries->constFirst().story.body().startsWith(u"Typed before the disk failed."_s));
        window->document()->undoStack()->setClean();
    }

    void closingTheWindowKeepsTheLastEdits()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library.sqlite"_s);
        {
            auto window = openTestWindow(library);
            QVERIFY(window);
            window->newStory();
            QTest::keyClicks(window->editor()->headlineEdit(), u"Closed at once"_s);
            // Destroyed before the timer ran, as when the session ends.
        }
        const auto entries = EditJournal::entries(EditJournal::directoryFor(library));
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->constFirst().story.headline(), u"Closed at once"_s);
        QVERIFY(!entries->constFirst().inUse);
    }

    void recoveryOffersRestoreOnTopOfTheSavedVersion()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library.sqlite"_s);
        auto window = openTestWindow(library);
        QVERIFY(window);
        const Story saved = savedStory(*window->store(), u"Saved headline"_s);
        Story edited = saved;
        edited.setHeadline(u"Edited headline"_s);
        edited.setBody(u"The saved body, and a paragraph that was never saved."_s);
        leaveInJournal(library, edited, utc(2026, 11, 30, 9, 15));

        QCOMPARE(window->offerRecovery(), 1);
        RecoveryDialog *dialog = window->journal()->recoveryDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY(dialog->comparison()->isReady());
        QStringList changed;
        for (const FieldDiff &field : dialog->comparison()->fields()) {
            if (field.changed())
                changed.append(field.key);
        }
        // The slug follows the headline.
        QCOMPARE(changed, QStringList({u"headline"_s, u"slug"_s, u"body"_s}));
        QVERIFY(dialog->comparison()->browser()->toPlainText().contains(u"never saved"_s));

        dialog->restoreButton()->click();
        QTRY_VERIFY(!window->journal()->recoveryDialog());
        StoryDocument *document = window->document();
        QCOMPARE(document->id(), saved.id());
        QVERIFY(document->isModified());
        QCOMPARE(document->story().body(), edited.body());
        QCOMPARE(document->text(StoryDocument::TextField::Headline), u"Edited headline"_s);
        QCOMPARE(document->story().version(), saved.version());
        // Still unsaved, and kept by this session's journal now.
        QCOMPARE(window->store()->loadStory(saved.id())->headline(), u"Saved headline"_s);
        const auto entries = journalOf(*window);
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.constFirst().inUse);
        // One undo step takes the recovery back.
        document->undoStack()->undo();
        QCOMPARE(document->story().body(), saved.body());
        QCOMPARE(document->text(StoryDocument::TextField::Headline), u"Saved headline"_s);
        document->undoStack()->redo();
        QVERIFY(window->saveStory());
        QCOMPARE(window->store()->loadStory(saved.id())->body(), edited.body());
    }

    void keepBothSavesANewDraftAndDiscardAsks()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library.sqlite"_s);
        auto window = openTestWindow(library);
        QVERIFY(window);
        const Story saved = savedStory(*window->store(), u"Kept apart"_s);
        Story edited = saved;
        edited.setBody(u"Another text entirely."_s);
        leaveInJournal(library, edited, utc(2026, 11, 30, 9, 15));
        Story neverSaved = Story::create();
        neverSaved.setHeadline(u"Never saved"_s);
        neverSaved.setBody(u"All there is."_s);
        leaveInJournal(library, neverSaved, utc(2026, 11, 30, 9, 20));

        QCOMPARE(window->offerRecovery(), 2);
        RecoveryDialog *dialog = window->journal()->recoveryDialog();
        QCOMPARE(dialog->items().constFirst().entry.story.headline(), u"Never saved"_s);
        QVERIFY(!dialog->items().constFirst().saved);

        // Discard asks first; Cancel keeps it.
        answerNextMessageBox(QMessageBox::Cancel);
        dialog->discardButton()->click();
        QCOMPARE(dialog->items().size(), 2);
        answerNextMessageBox(QMessageBox::Discard);
        dialog->discardButton()->click();
        QCOMPARE(dialog->items().size(), 1);

        dialog->keepBothButton()->click();
        QTRY_VERIFY(!window->journal()->recoveryDialog());
        const auto stories = window->store()->listStories();
        QCOMPARE(stories->size(), 2);
        QCOMPARE(window->store()->loadStory(saved.id())->body(), saved.body());
        const StorySummary &copy = stories->at(stories->at(0).id == saved.id() ? 1 : 0);
        const auto copyStory = window->store()->loadStory(copy.id);
        QCOMPARE(copyStory->body(), edited.body());
        QCOMPARE(copyStory->status(), StoryStatus::Draft);
        QVERIFY(journalOf(*window).isEmpty());
        // Nothing left: no dialog at the next start.
        QCOMPARE(window->offerRecovery(), 0);
    }

    void editsOfAnOlderVersionSaySo()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library.sqlite"_s);
        auto window = openTestWindow(library);
        QVERIFY(window);
        const Story first = savedStory(*window->store(), u"Moving on"_s);
        Story edited = first;
        edited.setBody(u"Typed on version 1."_s);
        Story second = first;
        second.setHeadline(u"Moved on elsewhere"_s);
        QVERIFY(window->store()->saveStory(second));
        leaveInJournal(library, edited, utc(2026, 11, 30, 9, 15));

        QCOMPARE(window->offerRecovery(), 1);
        RecoveryDialog *dialog = window->journal()->recoveryDialog();
        QVERIFY(dialog->items().constFirst().saved);
        QCOMPARE(dialog->items().constFirst().saved->version(), 2);
        QCOMPARE(dialog->findChild<QLabel *>(u"recoveryNote"_s)->isVisible(), true);
        QVERIFY(dialog->findChild<QLabel *>(u"recoveryNote"_s)->text().contains(u"version 2"_s));
        dialog->reject();
        // Decided later: still there at the next start.
        QCOMPARE(window->offerRecovery(), 1);
    }

    void theSameTextSavedIsNotOffered()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library.sqlite"_s);
        auto window = openTestWindow(library);
        QVERIFY(window);
        const Story saved = savedStory(*window->store(), u"Saved after all"_s);
        leaveInJournal(library, saved, utc(2026, 11, 30, 9, 15));
        QCOMPARE(window->offerRecovery(), 0);
        QVERIFY(journalOf(*window).isEmpty());
    }
};

QTEST_MAIN(TestRecoveryUi)
#include "tst_recoveryui.moc"
