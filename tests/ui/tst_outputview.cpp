// SPDX-License-Identifier: MIT
// The output tabs beside the editor: ninjs, Atom and JSON Feed as they would go out.
#include "feeds/atomfeed.h"
#include "feeds/jsonfeed.h"
#include "feeds/ninjs.h"
#include "highlight/documenthighlighter.h"
#include "mainwindow.h"
#include "outputpane.h"
#include "outputview.h"
#include "previewpane.h"
#include "store/library.h"
#include "store/samplestory.h"
#include "story/storydocument.h"
#include "storyeditor.h"
#include "ui/testwindow.h"

#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QUndoStack>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

QString shownText(OutputView *view)
{
    return view->textView()->toPlainText();
}

QStringList findingTexts(OutputView *view)
{
    QStringList texts;
    for (int i = 0; i < view->findingsView()->count(); ++i)
        texts.append(view->findingsView()->item(i)->text());
    return texts;
}

/// True once some block of the view carries highlighting formats.
bool highlighted(OutputView *view)
{
    for (QTextBlock block = view->textView()->document()->begin(); block.isValid();
         block = block.next()) {
        if (block.layout() && !block.layout()->formats().isEmpty())
            return true;
    }
    return false;
}

} // namespace

class TestOutputView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_libraries = 0;

    std::unique_ptr<MainWindow> openWindow(bool withSample = false)
    {
        return Testing::openTestWindow(m_dir.filePath(u"desk%1.sqlite"_s.arg(++m_libraries)),
                                       withSample ? Testing::WithSample::Yes
                                                  : Testing::WithSample::No);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(u"settings"_s));
        // This computer's settings, which a library that keeps none of its own reads.
        QSettings stored;
        stored.setValue(u"publishing/folder"_s, m_dir.filePath(u"site"_s));
        stored.setValue(u"publishing/baseUrl"_s, u"https://www.harbour-daily.mt/desk/"_s);
    }

    void tabsBesideThePage()
    {
        auto window = openWindow();
        QVERIFY(window);
        OutputPane *outputs = window->outputs();
        QCOMPARE(outputs->count(), 4);
        QCOMPARE(outputs->tabText(0), u"Page"_s);
        QCOMPARE(outputs->tabText(1), u"ninjs"_s);
        QCOMPARE(outputs->tabText(2), u"Atom"_s);
        QCOMPARE(outputs->tabText(3), u"JSON Feed"_s);
        QCOMPARE(outputs->widget(0), static_cast<QWidget *>(window->preview()));
        for (OutputFormat format :
             {OutputFormat::Ninjs, OutputFormat::Atom, OutputFormat::JsonFeed})
            QVERIFY(outputs->view(format)->textView()->isReadOnly());

        // Ctrl+PgDown and Ctrl+PgUp walk the tabs, wrapping around.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QCOMPARE(outputs->currentIndex(), int(OutputPane::PageTab));
        QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(outputs->currentIndex(), int(OutputPane::NinjsTab));
        QTest::keyClick(window.get(), Qt::Key_PageUp, Qt::ControlModifier);
        QTest::keyClick(window.get(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(outputs->currentIndex(), int(OutputPane::JsonFeedTab));
        outputs->setCurrentIndex(OutputPane::PageTab);

        // F9 hides the whole pane, and Ctrl+PgDown brings it back.
        window->action(u"preview.show"_s)->setChecked(false);
        QVERIFY(!outputs->isVisible());
        window->action(u"output.next"_s)->trigger();
        QVERIFY(outputs->isVisible());
        QCOMPARE(outputs->currentIndex(), int(OutputPane::NinjsTab));
        outputs->setCurrentIndex(OutputPane::PageTab);
    }

    void ninjsFollowsTyping()
    {
        auto window = openWindow();
        QVERIFY(window);
        OutputPane *outputs = window->outputs();
        OutputView *ninjs = outputs->view(OutputFormat::Ninjs);
        outputs->setCurrentIndex(OutputPane::NinjsTab);

        auto *headline = window->editor()->headlineEdit();
        headline->setFocus();
        QTest::keyClicks(headline, u"Ferry service resumes"_s);
        // After the typing pause, without anyone asking.
        QTRY_VERIFY_WITH_TIMEOUT(shownText(ninjs).contains(u"Ferry service resumes"_s), 5000);

        // Exactly the bytes ninjsDocument makes for the story as edited, with the site's address.
        const Story story = window->document()->story();
        const Site site = window->outputs()->site();
        QCOMPARE(site.baseUrl, QUrl(u"https://www.harbour-daily.mt/desk/"_s));
        QCOMPARE(ninjs->bytes(), ninjsDocument(story, site));
        QCOMPARE(shownText(ninjs), QString::fromUtf8(ninjsDocument(story, site)));
        QVERIFY(QJsonDocument::fromJson(ninjs->bytes()).isObject());

        // Highlighted as JSON.
        QTRY_VERIFY(highlighted(ninjs));
        QTRY_VERIFY(ninjs->highlighter()->isIdle());

        // Typing more keeps the view in step.
        QTest::keyClicks(headline, u" on Monday"_s);
        QTRY_VERIFY_WITH_TIMEOUT(shownText(ninjs).contains(u"Ferry service resumes on Monday"_s),
                                 5000);
        window->document()->undoStack()->setClean();
    }

    void onlyTheVisibleTabIsMade()
    {
        auto window = openWindow(true);
        QVERIFY(window);
        OutputPane *outputs = window->outputs();
        outputs->setCurrentIndex(OutputPane::PageTab);
        window->flushPendingChanges();
        QTRY_VERIFY(!window->preview()->html().isEmpty());
        QVERIFY(outputs->view(OutputFormat::Atom)->bytes().isEmpty());

        QSignalSpy shown(outputs, &OutputPane::outputShown);
        outputs->setCurrentIndex(OutputPane::AtomTab);
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).at(0).value<OutputFormat>(), OutputFormat::Atom);
        OutputView *atom = outputs->view(OutputFormat::Atom);
        const Story story = window->document()->story();
        QCOMPARE(atom->bytes(), atomEntry(story, outputs->site()));
        QVERIFY(shownText(atom).startsWith(u"<?xml"_s));
        QTRY_VERIFY(highlighted(atom));
        QVERIFY(outputs->view(OutputFormat::JsonFeed)->bytes().isEmpty());

        outputs->setCurrentIndex(OutputPane::JsonFeedTab);
        OutputView *feed = outputs->view(OutputFormat::JsonFeed);
        QTRY_COMPARE(feed->bytes(), jsonFeedItemDocument(story, outputs->site()));
        // The sample story is clean: the list says so.
        QCOMPARE(findingTexts(feed), QStringList{u"No problems found"_s});
    }

    void findingsForAnEmptyHeadline()
    {
        auto window = openWindow(true);
        QVERIFY(window);
        OutputPane *outputs = window->outputs();
        window->document()->setText(StoryDocument::TextField::Headline, QString());
        window->flushPendingChanges();
        const Story story = window->document()->story();
        const QList<OutputFinding> expected = checkOutputs(story, outputs->site());
        QVERIFY2(!expected.isEmpty(), "checkOutputs says nothing about an empty headline");

        for (OutputFormat format :
             {OutputFormat::Ninjs, OutputFormat::Atom, OutputFormat::JsonFeed}) {
            OutputView *view = outputs->view(format);
            outputs->setCurrentWidget(view);
            QTRY_VERIFY(!view->bytes().isEmpty());
            QStringList messages;
            for (const OutputFinding &finding : expected) {
                if (finding.format == format)
                    messages.append(finding.message);
            }
            QTRY_COMPARE(view->findings().size(), messages.size());
            if (messages.isEmpty()) {
                QCOMPARE(findingTexts(view), QStringList{u"No problems found"_s});
            } else {
                QCOMPARE(findingTexts(view), messages);
            }
        }
        window->document()->undoStack()->setClean();
    }

    void noStoryNoOutput()
    {
        auto window = openWindow(true);
        QVERIFY(window);
        OutputPane *outputs = window->outputs();
        outputs->setCurrentIndex(OutputPane::NinjsTab);
        QTRY_VERIFY(!outputs->view(OutputFormat::Ninjs)->bytes().isEmpty());
        QVERIFY(window->deleteStory(false));
        // The library is empty now: a new story is open, with its own output.
        QTRY_VERIFY(shownText(outputs->view(OutputFormat::Ninjs))
                            .contains(window->document()->id().toString(QUuid::WithoutBraces)));
        outputs->setCurrentIndex(OutputPane::PageTab);
    }

    void darkPaletteRecoloursTheOutput()
    {
        auto window = openWindow(true);
        QVERIFY(window);
        OutputPane *outputs = window->outputs();
        outputs->setCurrentIndex(OutputPane::NinjsTab);
        OutputView *ninjs = outputs->view(OutputFormat::Ninjs);
        QTRY_VERIFY(highlighted(ninjs));
        QTRY_VERIFY(ninjs->highlighter()->isIdle());
        auto firstColour = [ninjs]() -> QColor {
            for (QTextBlock block = ninjs->textView()->document()->begin(); block.isValid();
                 block = block.next()) {
                const auto formats = block.layout()->formats();
                for (const QTextLayout::FormatRange &range : formats) {
                    if (range.format.hasProperty(QTextFormat::ForegroundBrush))
                        return range.format.foreground().color();
                }
            }
            return {};
        };
        const QColor light = firstColour();
        QVERIFY(light.isValid());
        window->setColourScheme(MainWindow::ColourScheme::Dark);
        QTRY_VERIFY(firstColour() != light);
        window->setColourScheme(MainWindow::ColourScheme::Light);
        QTRY_COMPARE(firstColour(), light);
        outputs->setCurrentIndex(OutputPane::PageTab);
    }
};

QTEST_MAIN(TestOutputView)
#include "tst_outputview.moc"
