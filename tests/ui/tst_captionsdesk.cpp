// SPDX-License-Identifier: MIT
// The captions desk: the day's photos in one table, a caption edited there
// saved as the story's next version (the open story follows), undone and
// redone as versions too, filters, and no edit that overwrites unseen text.
#include "captionsdesk.h"
#include "captionsmodel.h"
#include "desk.h"
#include "mainwindow.h"
#include "story/storydocument.h"
#include "support/testing.h"
#include "ui/testwindow.h"

#include <QAbstractItemModel>
#include <QFileInfo>
#include <QLineEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

class TestCaptionsDesk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void anEditIsANewVersionAndUndoes()
    {
        auto window = openTestWindow(m_dir.filePath(u"captions.sqlite"_s), WithSample::Yes);
        QVERIFY(window);
        QCOMPARE(window->action(u"captions.desk"_s)->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_8));
        window->action(u"captions.desk"_s)->trigger();
        CaptionsDesk *desk = window->captionsDesk();
        QVERIFY(desk && desk->isVisible());
        QVERIFY2(desk->model()->rowCount() >= 1, "the sample story's photo, saved today");

        const PhotoRow first = desk->model()->row(0);
        QCOMPARE(first.storyId, window->document()->id());
        const int version = first.version;
        const QString oldCaption = first.photo.caption;
        StoryStore &store = *window->store();

        // Typed into the table: the delegate sets the new text.
        QAbstractItemModel *shown = desk->view()->model();
        const QModelIndex caption = shown->index(0, CaptionsModel::Caption);
        QVERIFY(shown->flags(caption) & Qt::ItemIsEditable);
        shown->setData(caption, u"Cranes stand idle at the northern quay"_s);
        auto stored = store.loadStory(first.storyId);
        QVERIFY2(stored, qPrintable(why(stored)));
        QCOMPARE(stored->version(), version + 1);
        QCOMPARE(stored->photos().at(first.index).caption,
                 u"Cranes stand idle at the northern quay"_s);
        QCOMPARE(desk->model()->row(0).photo.caption, u"Cranes stand idle at the northern quay"_s);
        QCOMPARE(desk->model()->row(0).version, version + 1);
        // The story open in the editor, unedited, shows the new version.
        QCOMPARE(window->document()->story().photos().at(first.index).caption,
                 u"Cranes stand idle at the northern quay"_s);
        QVERIFY(!window->document()->isModified());

        // Undo saves the text before as the next version; redo the new one again.
        QCOMPARE(desk->undoStack()->count(), 1);
        desk->undoStack()->undo();
        stored = store.loadStory(first.storyId);
        QCOMPARE(stored->version(), version + 2);
        QCOMPARE(stored->photos().at(first.index).caption, oldCaption);
        QCOMPARE(desk->model()->row(0).photo.caption, oldCaption);
        desk->undoStack()->redo();
        stored = store.loadStory(first.storyId);
        QCOMPARE(stored->version(), version + 3);
        QCOMPARE(stored->photos().at(first.index).caption,
                 u"Cranes stand idle at the northern quay"_s);
        const auto history = store.revisions(first.storyId);
        QVERIFY(history && history->size() >= 4);

        // With the keyboard: F2 on the credit, type, Enter.
        QTableView *view = desk->view();
        view->setFocus();
        view->setCurrentIndex(shown->index(0, CaptionsModel::Credit));
        QTest::keyClick(view, Qt::Key_F2);
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = view->viewport()->findChild<QLineEdit *>()));
        editor->selectAll();
        QTest::keyClicks(editor, u"AFP/Ana Ruiz"_s);
        // Another save meanwhile does not take the typing away; the list is read after.
        Q_EMIT window->desk()->libraryChanged();
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->text(), u"AFP/Ana Ruiz"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(store.loadStory(first.storyId)->photos().at(first.index).credit,
                     u"AFP/Ana Ruiz"_s);
        QCOMPARE(store.loadStory(first.storyId)->version(), version + 4);
    }

    void nothingUnseenIsOverwritten()
    {
        auto window = openTestWindow(m_dir.filePath(u"captions-guard.sqlite"_s), WithSample::Yes);
        QVERIFY(window);
        CaptionsDesk *desk = window->showCaptionsDesk();
        QVERIFY(desk->model()->rowCount() >= 1);
        const PhotoRow first = desk->model()->row(0);
        StoryStore &store = *window->store();

        // Changed elsewhere since the list was read: refused, nothing saved.
        const auto stale = desk->saveField(first.storyId, first.index, CaptionsModel::Caption,
                                           u"not what it says"_s, u"Mine"_s);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, ErrorKind::Conflict);
        QCOMPARE(store.loadStory(first.storyId)->version(), first.version);

        // A page pasted into a caption is refused with the editor's message; lines are joined.
        const int row = desk->model()->rowOf(first.storyId, first.index);
        QVERIFY(!desk->editRow(row, CaptionsModel::Caption, QString(50'000, u'x')));
        QVERIFY2(desk->statusBar()->currentMessage().contains(u"at most"_s),
                 qPrintable(desk->statusBar()->currentMessage()));
        QCOMPARE(store.loadStory(first.storyId)->version(), first.version);
        QVERIFY(desk->editRow(row, CaptionsModel::Caption, u"Cranes at the quay,\nat dawn"_s));
        QCOMPARE(store.loadStory(first.storyId)->photos().at(first.index).caption,
                 u"Cranes at the quay, at dawn"_s);
        desk->undoStack()->undo();
        QCOMPARE(store.loadStory(first.storyId)->photos().at(first.index).caption,
                 first.photo.caption);
        const int version = store.loadStory(first.storyId)->version();

        // Open in the editor with unsaved edits: edit it there.
        window->document()->setText(StoryDocument::TextField::Byline, u"Lena Abela"_s);
        const auto open = desk->saveField(first.storyId, first.index, CaptionsModel::AltText,
                                          first.photo.altText, u"Cranes"_s);
        QVERIFY(!open);
        QVERIFY2(open.errorMessage().contains(u"unsaved"_s), qPrintable(open.errorMessage()));
        QCOMPARE(store.loadStory(first.storyId)->version(), version);
    }

    void filtersAndSearch()
    {
        auto window = openTestWindow(m_dir.filePath(u"captions-filter.sqlite"_s), WithSample::Yes);
        QVERIFY(window);
        CaptionsDesk *desk = window->showCaptionsDesk();
        const int all = desk->model()->rowCount();
        QVERIFY(all >= 1);
        desk->setMissing(PhotoQuery::Missing::AltText);
        for (const PhotoRow &row : desk->model()->rows())
            QVERIFY(row.photo.altText.trimmed().isEmpty());
        desk->setMissing(PhotoQuery::Missing::Nothing);
        QCOMPARE(desk->model()->rowCount(), all);

        desk->searchField()->setText(u"no such words anywhere"_s);
        desk->reload();
        QCOMPARE(desk->model()->rowCount(), 0);
        desk->searchField()->clear();
        desk->setPeriod(CaptionsDesk::Period::Yesterday);
        QCOMPARE(desk->model()->rowCount(), 0); // the sample was saved today
        desk->setPeriod(CaptionsDesk::Period::LastWeek);
        QCOMPARE(desk->model()->rowCount(), all);
    }

    void theDayAtTheDesk()
    {
        const QString shared = qEnvironmentVariable("COPYDESK_SHARED_DIR");
        const QString sample = shared + u"/samples/wire-page-sample.txt"_s;
        COPYDESK_REQUIRE(!shared.isEmpty() && QFileInfo::exists(sample),
                         "COPYDESK_SHARED_DIR does not hold samples/wire-page-sample.txt");
        auto window = openTestWindow(m_dir.filePath(u"captions-day.sqlite"_s), WithSample::Yes);
        QVERIFY(window);
        window->importWireFiles({sample});
        CaptionsDesk *desk = window->showCaptionsDesk();
        // The sample story's photo, and the comet's caption that came without a picture
        // (the harbour story is the sample's own and is not imported twice).
        QTRY_VERIFY2(desk->model()->rowCount() >= 2,
                     qPrintable(QString::number(desk->model()->rowCount()) + u" rows; "_s +
                                window->statusBar()->currentMessage()));
        desk->setMissing(PhotoQuery::Missing::Picture);
        QVERIFY(desk->model()->rowCount() >= 1);
        for (const PhotoRow &row : desk->model()->rows()) {
            QVERIFY(row.photo.fileId.isEmpty());
            QVERIFY(!row.photo.caption.isEmpty());
        }
        desk->setMissing(PhotoQuery::Missing::Nothing);
        desk->searchField()->setText(u"comet"_s);
        desk->reload();
        QCOMPARE(desk->model()->rowCount(), 1);
        QCOMPARE(desk->model()
                         ->data(desk->model()->index(0, CaptionsModel::Picture), Qt::DisplayRole)
                         .toString(),
                 u"No picture yet"_s);
        desk->searchField()->clear();
        desk->reload();

        // packaging/screenshot.sh asks for the picture of it.
        if (const QString folder = qEnvironmentVariable("COPYDESK_SCREENSHOT_DIR");
            !folder.isEmpty()) {
            desk->resize(1280, 400);
            QVERIFY(QTest::qWaitForWindowExposed(desk));
            QTest::qWait(300);
            QVERIFY(desk->grab().save(folder + u"/captions-desk.png"_s));
        }
    }
};

QTEST_MAIN(TestCaptionsDesk)
#include "tst_captionsdesk.moc"
