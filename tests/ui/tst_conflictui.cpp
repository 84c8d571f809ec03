// SPDX-License-Identifier: MIT
#include "bodyeditor.h"
#include "conflictdialog.h"
#include "desk.h"
#include "documentcontroller.h"
#include "librarypanel.h"
#include "librarywatcher.h"
#include "store/editjournal.h"
#include "store/journalwriter.h"
#include "storycomparison.h"
#include "storyeditor.h"
#include "storylistmodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include "modaldialogs.h"
#include "support/testing.h"
#include "support/testlibrary.h"
#include "testwindow.h"

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

/// The window on a library with one saved story open, and another desk's connection to it.
struct Desks
{
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<StoryStore> other;
    Story saved;

    bool open()
    {
        // A file, or on the postgresql/ run a database of the test server.
        const auto where = TestLibrary::location(dir.filePath(u"library.sqlite"_s));
        if (!where)
            return false;
        const QString library = *where;
        auto opened = Library::open(library);
        if (!opened)
            return false;
        Story story = Story::create();
        story.setHeadline(u"Harbour reopens"_s);
        story.setHighlights({u"Ferries resume"_s, u"Repairs done"_s});
        story.setDateline(u"VALLETTA"_s);
        story.setBody(u"The harbour reopened on Tuesday."_s);
        auto stored = opened->store->saveStory(story);
        if (!stored)
            return false;
        saved = *stored;
        other = std::move(opened->store);
        window = openTestWindow(library);
        return window && window->document() && window->document()->id() == saved.id();
    }

    /// Types at the end of the body, as a person would.
    void type(const QString &text) const
    {
        BodyEditor *body = window->editor()->bodyEditor();
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, text);
    }

    /// Another desk saves the story with a change.
    bool saveElsewhere(const std::function<void(Story &)> &change) const
    {
        auto theirs = other->loadStory(saved.id());
        if (!theirs)
            return false;
        change(*theirs);
        return bool(other->saveStory(*theirs));
    }

    QList<JournalEntry> journal() const
    {
        window->desk()->journal().flush(5000);
        return *EditJournal::entries(EditJournal::directoryFor(window->store()->location()));
    }
};

QStringList listedFields(ConflictDialog *dialog)
{
    QStringList fields;
    for (int i = 0; i < dialog->fieldList()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = dialog->fieldList()->topLevelItem(i);
        fields.append(row->text(0) + u':' + row->text(1) + u':' + row->text(2));
    }
    return fields;
}

} // namespace

class TestConflictUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anotherDesksNewStoryJoinsTheListInPlace()
    {
        Desks desks;
        QVERIFY(desks.open());
        QTreeView *view = desks.window->library()->view();
        const auto selected = [view] {
            return view->currentIndex().data(StoryListModel::IdRole).toUuid();
        };
        // On a server the list is read on the window's worker and comes a moment later.
        QTRY_COMPARE(selected(), desks.saved.id());
        const int before = desks.window->library()->model()->rowCount();
        Story story = Story::create();
        story.setHeadline(u"Filed at the sports desk"_s);
        story.setBody(u"The match went to extra time."_s);
        QVERIFY(desks.other->saveStory(story));
        // Within the watcher's second: listed, and this desk's selection kept.
        QTRY_COMPARE_WITH_TIMEOUT(desks.window->library()->model()->rowCount(), before + 1, 3000);
        QCOMPARE(selected(), desks.saved.id());
        QCOMPARE(desks.window->document()->id(), desks.saved.id());
    }

    void theWindowNoticesAndKeepMineKeepsBoth()
    {
        Desks desks;
        QVERIFY(desks.open());
        desks.type(u" Mine, typed here."_s);
        QVERIFY(desks.saveElsewhere([](Story &s) { s.setHeadline(u"Harbour reopens early"_s); }));
        QVERIFY(desks.window->editor()->notice()->isHidden());
        // Within the watcher's second, before the next keystroke.
        QTRY_VERIFY_WITH_TIMEOUT(desks.window->editor()->notice()->isVisible(), 3000);
        QVERIFY(desks.window->editor()->notice()->text().contains(u"version 2"_s));
        QVERIFY(desks.window->document()->isModified()); // nothing taken from the editor

        QStringList fields;
        answerNextDialog<ConflictDialog>([&fields](ConflictDialog *dialog) {
            fields = listedFields(dialog);
            dialog->keepMineButton()->click();
        });
        QVERIFY(desks.window->saveStory());
        QCOMPARE(fields, QStringList({u"Headline::changed"_s, u"Body:changed:"_s}));
        const auto head = desks.other->loadStory(desks.saved.id());
        QCOMPARE(head->version(), 3);
        QCOMPARE(head->body(), u"The harbour reopened on Tuesday. Mine, typed here."_s);
        QCOMPARE(head->headline(), u"Harbour reopens early"_s); // their edit stays
        QCOMPARE(desks.other->loadRevision(desks.saved.id(), 2)->body(), desks.saved.body());
        QCOMPARE(desks.window->document()->version(), 3);
        QVERIFY(!desks.window->document()->isModified());
        QVERIFY(desks.window->editor()->notice()->isHidden());
        QVERIFY(desks.journal().isEmpty());
    }

    void takeTheirsKeepsMineInTheHistory()
    {
        Desks desks;
        QVERIFY(desks.open());
        desks.type(u" My ending."_s);
        QVERIFY(desks.saveElsewhere([](Story &s) { s.setBody(u"Their whole new body."_s); }));
        answerNextDialog<ConflictDialog>(
                [](ConflictDialog *dialog) { dialog->takeTheirsButton()->click(); });
        QVERIFY(desks.window->saveStory());
        const auto head = desks.other->loadStory(desks.saved.id());
        QCOMPARE(head->version(), 4);
        QCOMPARE(head->body(), u"Their whole new body."_s);
        QCOMPARE(desks.other->loadRevision(desks.saved.id(), 3)->body(),
                 u"The harbour reopened on Tuesday. My ending."_s);
        QCOMPARE(desks.window->document()->story().body(), u"Their whole new body."_s);
    }

    void mergeFieldByField()
    {
        Desks desks;
        QVERIFY(desks.open());
        desks.window->editor()->headlineEdit()->setFocus();
        desks.window->editor()->headlineEdit()->selectAll();
        QTest::keyClicks(desks.window->editor()->headlineEdit(), u"My headline"_s);
        desks.type(u" My body."_s);
        QVERIFY(desks.saveElsewhere([](Story &s) {
            s.setHeadline(u"Their headline"_s);
            s.setBody(u"Their body."_s);
            s.setByline(u"Their byline"_s);
        }));
        QStringList fields;
        bool ready = false;
        answerNextDialog<ConflictDialog>([&](ConflictDialog *dialog) {
            fields = listedFields(dialog);
            QTRY_VERIFY(dialog->comparison()->isReady());
            ready = true;
            QVERIFY(dialog->setChoice(EditableField::Headline, true));
            QVERIFY(dialog->setChoice(EditableField::Body, false));
            dialog->mergeButton()->click();
        });
        QVERIFY(desks.window->saveStory());
        QVERIFY(ready);
        QCOMPARE(fields,
                 QStringList({u"Headline:changed:changed"_s, u"Byline::changed"_s,
                              u"Body:changed:changed"_s}));
        const auto head = desks.other->loadStory(desks.saved.id());
        QCOMPARE(head->headline(), u"My headline"_s);
        QCOMPARE(head->body(), u"Their body."_s);
        QCOMPARE(head->byline(), u"Their byline"_s);
        // My body, left out of the merge, is a version of its own.
        const auto mine = desks.other->loadRevision(desks.saved.id(), head->version() - 1);
        QCOMPARE(mine->body(), u"The harbour reopened on Tuesday. My body."_s);
    }

    void cancelKeepsTheEditsAndQuitStillWorks()
    {
        Desks desks;
        QVERIFY(desks.open());
        desks.type(u" Not lost."_s);
        QVERIFY(desks.saveElsewhere([](Story &s) { s.setDateline(u"MDINA"_s); }));
        answerNextDialog<ConflictDialog>([](ConflictDialog *dialog) { dialog->reject(); });
        QVERIFY(!desks.window->saveStory());
        QVERIFY(desks.window->document()->isModified());
        QVERIFY(desks.window->document()->story().body().endsWith(u"Not lost."_s));
        // Still in the journal until it is settled.
        QTRY_VERIFY(!desks.journal().isEmpty());
        QVERIFY(desks.journal().constFirst().story.body().endsWith(u"Not lost."_s));

        // Quitting asks once and does not loop: Save brings the dialog back, Cancel it, then
        // Discard.
        answerNextMessageBox(QMessageBox::Save);
        answerNextDialog<ConflictDialog>([](ConflictDialog *dialog) { dialog->reject(); });
        QVERIFY(!desks.window->close());
        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(desks.window->close());
        QVERIFY(desks.journal().isEmpty());
    }

    void aStoryPublishedElsewhereIsFollowedWhenUnedited()
    {
        Desks desks;
        QVERIFY(desks.open());
        QVERIFY(desks.saveElsewhere([](Story &s) {
            s.setStatus(StoryStatus::Withdrawn);
            s.setWithdrawalReason(u"Legal"_s);
        }));
        // On a server the check reads on the window's worker: its answer comes a moment later.
        desks.window->watcher()->check();
        QTRY_COMPARE(desks.window->document()->version(), 2);
        QCOMPARE(desks.window->document()->story().status(), StoryStatus::Withdrawn);
        QVERIFY(desks.window->editor()->notice()->isHidden());
    }

    void aStoryDeletedElsewhereIsSavedAgain()
    {
        Desks desks;
        QVERIFY(desks.open());
        desks.type(u" Typed over a deletion."_s);
        QVERIFY(desks.other->deleteStory(desks.saved.id()));
        desks.window->watcher()->check();
        QTRY_VERIFY(desks.window->editor()->notice()->text().contains(u"deleted"_s));
        answerNextMessageBox(QMessageBox::Save);
        QVERIFY(desks.window->saveStory());
        const auto back = desks.other->loadStory(desks.saved.id());
        QVERIFY2(back, qPrintable(why(back)));
        QVERIFY(back->body().endsWith(u"Typed over a deletion."_s));
        QCOMPARE(back->status(), StoryStatus::Draft);
    }
};

QTEST_MAIN(TestConflictUi)
#include "tst_conflictui.moc"
