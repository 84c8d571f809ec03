// SPDX-License-Identifier: MIT
// The library search panel and Find and Replace in the body, in the window:
// results with their matched words, filters, opening a result, following
// another desk's save; finding, counting and replacing through the story's
// one undo history.
#include "bodyeditor.h"
#include "documentcontroller.h"
#include "findbar.h"
#include "searchpanel.h"
#include "searchresultsmodel.h"
#include "story/storydocument.h"
#include "storyeditor.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "support/testing.h"
#include "support/testlibrary.h"
#include "testwindow.h"

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

QStringList headlines(const SearchResultsModel *model)
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list.append(model->index(row).data().toString());
    return list;
}

} // namespace

class TestSearchUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// Types into the panel's box and waits for the search it starts.
    static bool searchFor(SearchPanel *panel, const QString &text)
    {
        QSignalSpy searched(panel, &SearchPanel::searched);
        panel->queryEdit()->clear();
        QTest::keyClicks(panel->queryEdit(), text);
        return searched.wait(5000) || !searched.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void theSearchPanelFindsOpensAndFollows()
    {
        const auto where = TestLibrary::location(m_dir.filePath(u"search.sqlite"_s));
        QVERIFY2(where, qPrintable(why(where)));
        Story floods;
        {
            auto opened = Library::open(*where);
            QVERIFY2(opened, qPrintable(why(opened)));
            Story story = Story::create();
            story.setHeadline(u"Floods close the valley road"_s);
            story.setByline(u"Anna Petrova"_s);
            story.setBody(u"Rescue teams reached the village by boat on Sunday.\n"_s);
            floods = opened->store->saveStory(story).value();
            Story hostile = Story::create();
            hostile.setHeadline(u"<script>alert(1)</script> boat show opens"_s);
            hostile.setBody(u"The <b>boat</b> show drew crowds.\n"_s);
            QVERIFY(opened->store->saveStory(hostile));
            Story other = Story::create();
            other.setHeadline(u"Markets rally"_s);
            other.setBody(u"Shares rose.\n"_s);
            QVERIFY(opened->store->saveStory(other));
        }
        auto window = openTestWindow(*where);
        QVERIFY(window);
        SearchPanel *panel = window->searchPanel();
        new QAbstractItemModelTester(panel->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, panel);

        // Ctrl+Shift+F shows the panel with the box focused.
        QVERIFY(!panel->isVisible());
        window->action(u"find.library"_s)->trigger();
        QVERIFY(panel->isVisible());
        QTRY_VERIFY(panel->queryEdit()->hasFocus());

        QVERIFY(searchFor(panel, u"boat"_s));
        QCOMPARE(panel->model()->rowCount(), 2);
        QCOMPARE(panel->summary(), u"2 stories found."_s);
        // The matched word in bold; what a story holds is shown as text, never as markup.
        for (int row = 0; row < 2; ++row) {
            const QString rich =
                    panel->model()->index(row).data(SearchResultsModel::RichTextRole).toString();
            QVERIFY2(rich.contains(u"<b>boat</b>"_s), qPrintable(rich));
            QVERIFY2(!rich.contains(u"<script>"_s), qPrintable(rich));
        }

        // Filters narrow the same words.
        QSignalSpy searched(panel, &SearchPanel::searched);
        QTest::keyClicks(panel->bylineEdit(), u"petrova"_s);
        QVERIFY(searched.wait(5000));
        QCOMPARE(headlines(panel->model()), QStringList{u"Floods close the valley road"_s});
        panel->bylineEdit()->clear();
        QVERIFY(searched.wait(5000));
        panel->statusBox()->setCurrentIndex(panel->statusBox()->findText(u"Published"_s));
        QTRY_COMPARE(panel->model()->rowCount(), 0);
        QVERIFY(panel->summary().startsWith(u"No story matches"_s));
        panel->statusBox()->setCurrentIndex(0);
        QTRY_COMPARE(panel->model()->rowCount(), 2);

        // Enter in the results opens the story.
        const int row = panel->model()->rowOf(floods.id());
        QVERIFY(row >= 0);
        panel->resultsView()->setFocus();
        panel->resultsView()->setCurrentIndex(panel->model()->index(row));
        QTest::keyClick(panel->resultsView(), Qt::Key_Return);
        QTRY_VERIFY(window->document());
        QTRY_COMPARE(window->document()->id(), floods.id());

        // Another desk saves a story with the words: it joins the results
        // within the watcher's second, and the opened one stays chosen.
        {
            auto other = Library::open(*where);
            QVERIFY2(other, qPrintable(why(other)));
            Story story = Story::create();
            story.setHeadline(u"Boat race postponed"_s);
            story.setBody(u"Wind.\n"_s);
            QVERIFY(other->store->saveStory(story));
        }
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 3, 5000);
        QCOMPARE(panel->resultsView()->currentIndex().data(SearchResultsModel::IdRole).toUuid(),
                 floods.id());

        // Nothing to look for: an empty list and a word about it, no error.
        QVERIFY(searchFor(panel, u"***"_s));
        QCOMPARE(panel->model()->rowCount(), 0);
        QVERIFY(panel->summary().contains(u"no word"_s));
    }

    void aCommonWordSaysOnlyTheNewestAreRanked()
    {
        const auto where = TestLibrary::location(m_dir.filePath(u"archive.sqlite"_s));
        QVERIFY2(where, qPrintable(why(where)));
        const int stories = SearchQuery{}.rankNewest + 1;
        {
            auto opened = Library::open(*where);
            QVERIFY2(opened, qPrintable(why(opened)));
            QList<Story> archive;
            for (int n = 1; n <= stories; ++n) {
                Story story = Story::create();
                story.setHeadline(u"Harbour report %1"_s.arg(n));
                story.setBody(u"Ships came and went in the harbour.\n"_s);
                archive.append(story);
            }
            const auto saved = opened->store->saveStories(archive, {});
            QVERIFY2(saved, qPrintable(why(saved)));
        }
        auto window = openTestWindow(*where);
        QVERIFY(window);
        SearchPanel *panel = window->searchPanel();
        window->action(u"find.library"_s)->trigger();
        QVERIFY(searchFor(panel, u"harbour"_s));
        QCOMPARE(panel->model()->rowCount(), SearchQuery{}.limit);
        QVERIFY2(panel->summary().startsWith(u"More than %1 stories match"_s.arg(
                         QLocale().toString(SearchQuery{}.rankNewest))),
                 qPrintable(panel->summary()));
        // A rarer word among them is ranked over every story that holds it.
        QVERIFY(searchFor(panel, u"harbour \"report 7\""_s));
        QCOMPARE(panel->model()->rowCount(), 1);
        QVERIFY2(!panel->summary().startsWith(u"More than"_s), qPrintable(panel->summary()));
    }

    void findAndReplaceInTheBody()
    {
        auto window = openTestWindow(m_dir.filePath(u"find.sqlite"_s), WithSample::Yes);
        QVERIFY(window);
        QVERIFY(window->document());
        BodyEditor *body = window->editor()->bodyEditor();
        FindBar *bar = window->editor()->findBar();
        body->setPlainText(u"The port reopened. Ports across the island stayed shut; the PORT "
                           u"authority said the port would stay open.\n"_s);
        window->document()->undoStack()->clear();
        const QString original = body->toPlainText();
        body->setFocus();

        // Ctrl+F shows the bar under the body, focused; Enter finds and selects.
        QVERIFY(!bar->isVisible());
        window->action(u"find"_s)->trigger();
        QVERIFY(bar->isVisible());
        QTRY_VERIFY(bar->findEdit()->hasFocus());
        QVERIFY(!bar->replaceEdit()->isVisible());
        QTest::keyClicks(bar->findEdit(), u"port"_s);
        QCOMPARE(body->textCursor().selectedText(), u"port"_s);
        QTRY_COMPARE(bar->countText(), u"1 of 4"_s);
        QTest::keyClick(bar->findEdit(), Qt::Key_Return);
        QCOMPARE(body->textCursor().selectedText(), u"Port"_s);
        QTRY_COMPARE(bar->countText(), u"2 of 4"_s);
        QTest::keyClick(bar->findEdit(), Qt::Key_Return, Qt::ShiftModifier);
        QTRY_COMPARE(bar->countText(), u"1 of 4"_s);

        // Whole words and case narrow it; the search wraps round.
        bar->wholeWordsBox()->setChecked(true);
        QTRY_COMPARE(bar->countText(), u"1 of 3"_s);
        bar->matchCaseBox()->setChecked(true);
        QTRY_COMPARE(bar->countText(), u"1 of 2"_s);
        QVERIFY(bar->findNext());
        QVERIFY(bar->findNext()); // round the end, back to the first
        QCOMPARE(body->textCursor().selectionStart(), 4);
        bar->matchCaseBox()->setChecked(false);

        // Ctrl+H: replace one, then all; Undo takes all of them back in one step.
        window->action(u"replace"_s)->trigger();
        QVERIFY(bar->replaceEdit()->isVisible());
        bar->replaceEdit()->setText(u"harbour"_s);
        QVERIFY(bar->replaceCurrent());
        QVERIFY(body->toPlainText().startsWith(u"The harbour reopened."_s));
        QCOMPARE(bar->replaceAll(), 2);
        QVERIFY2(body->toPlainText().contains(u"the harbour authority said the harbour would"_s,
                                              Qt::CaseInsensitive),
                 qPrintable(body->toPlainText()));
        QVERIFY(body->toPlainText().contains(u"Ports across"_s)); // whole words only
        QVERIFY(window->document()->isModified());
        body->setFocus();
        window->action(u"undo"_s)->trigger();
        QVERIFY(body->toPlainText().startsWith(u"The harbour reopened."_s));
        QVERIFY(body->toPlainText().contains(u"PORT authority"_s));
        window->action(u"undo"_s)->trigger();
        QCOMPARE(body->toPlainText(), original);

        // A word that is not there says so, and Esc gives the body the focus back.
        bar->findEdit()->setFocus();
        bar->findEdit()->setText(u"volcano"_s);
        QVERIFY(!bar->findNext());
        QTRY_COMPARE(bar->countText(), u"No matches"_s);
        QCOMPARE(bar->replaceAll(), 0);
        QCOMPARE(body->toPlainText(), original);
        QTest::keyClick(bar->findEdit(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QTRY_VERIFY(body->hasFocus());

        // A read-only body is found in, never replaced in.
        body->setReadOnly(true);
        window->action(u"replace"_s)->trigger();
        bar->findEdit()->setText(u"port"_s);
        bar->replaceEdit()->setText(u"quay"_s);
        QVERIFY(bar->findNext());
        QVERIFY(!bar->replaceCurrent());
        QCOMPARE(bar->replaceAll(), 0);
        QCOMPARE(body->toPlainText(), original);
        body->setReadOnly(false);
    }
};

QTEST_MAIN(TestSearchUi)
#include "tst_searchui.moc"
