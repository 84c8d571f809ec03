// SPDX-License-Identifier: MIT
// Drives the whole window offscreen as an editor would: keys, clicks, menus.
#include "bodyeditor.h"
#include "conflictdialog.h"
#include "findingslist.h"
#include "highlight/documenthighlighter.h"
#include "highlightseditor.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "photopanel.h"
#include "previewpane.h"
#include "store/library.h"
#include "store/samplestory.h"
#include "story/storydocument.h"
#include "storyeditor.h"
#include "storylistmodel.h"
#include "support/metadatapicture.h"
#include "ui/modaldialogs.h"
#include "ui/testwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QDockWidget>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

QString writePicture(const QTemporaryDir &dir, const QString &name, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0x30, 0x70, 0x90));
    const QString path = dir.filePath(name);
    image.save(path);
    return path;
}

QString previewText(MainWindow &window)
{
    return window.preview()->browser()->document()->toPlainText();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString libraryPath() const { return m_dir.filePath(u"desk.sqlite"_s); }

    std::unique_ptr<MainWindow> openWindow() { return Testing::openTestWindow(libraryPath()); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Settings of this run's own, cleared as a first start needs without touching others'.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(u"settings"_s));
        QVERIFY(m_dir.isValid());
    }

    void writeAStoryAndFindItAgain()
    {
        auto window = openWindow();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        new QAbstractItemModelTester(window->library()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     window.get());

        // An empty library opens on a new story.
        QVERIFY(window->document());
        QVERIFY(window->document()->isNew());
        StoryEditor *editor = window->editor();

        QTest::keyClicks(editor->headlineEdit(), u"Harbor reopens after storm"_s);
        QCOMPARE(window->document()->text(StoryDocument::TextField::Headline),
                 u"Harbor reopens after storm"_s);
        QCOMPARE(editor->headlineCount()->text(), u"26/70"_s);
        QVERIFY(window->isWindowModified());

        HighlightsEditor *highlights = editor->highlightsEditor();
        window->action(u"highlight.add"_s)->trigger();
        QTRY_COMPARE(highlights->count(), 1);
        QTest::keyClicks(highlights->lineEdit(0), u"Repairs finished early"_s);
        // Enter in the last bullet starts the next one.
        QTest::keyClick(highlights->lineEdit(0), Qt::Key_Return);
        QTRY_COMPARE(highlights->count(), 2);
        QTest::keyClicks(highlights->lineEdit(1), u"Ships return Monday"_s);
        QCOMPARE(window->document()->highlights(),
                 (QStringList{u"Repairs finished early"_s, u"Ships return Monday"_s}));

        QTest::keyClicks(editor->datelineEdit(), u"VALLETTA"_s);
        QTest::keyClicks(editor->bylineEdit(), u"Lena Abela"_s);

        BodyEditor *body = editor->bodyEditor();
        body->setFocus();
        QTest::keyClicks(body, u"The harbor reopened on Wednesday."_s);
        QTest::keyClick(body, Qt::Key_Return);
        QTest::keyClick(body, Qt::Key_Return);
        body->insertPlainText(u"“We are back,” the director said."_s);

        const QString picture = writePicture(m_dir, u"quay.png"_s, {640, 400});
        QVERIFY(window->addPhotoFromFile(picture));
        PhotoPanel *photos = editor->photoPanel();
        QTRY_COMPARE(photos->count(), 1);
        QVERIFY(photos->thumbnailLabel(0)->pixmap().width() > 0);
        QTest::keyClicks(photos->captionEdit(0), u"Cranes stand idle at the quay."_s);
        QTest::keyClicks(photos->creditEdit(0), u"Reuters"_s);
        QTest::keyClicks(photos->altTextEdit(0), u"Two cranes at a quay"_s);

        // The preview follows, made by the publishing renderer.
        window->flushPendingChanges();
        QTRY_VERIFY(previewText(*window).contains(u"Harbor reopens after storm"_s));
        QTRY_VERIFY(previewText(*window).contains(u"(Reuters)"_s));
        const QString shown = previewText(*window);
        QVERIFY(shown.contains(u"Repairs finished early"_s));
        QVERIFY(shown.contains(u"Ships return Monday"_s));
        QVERIFY(shown.contains(u"Cranes stand idle at the quay."_s));
        QVERIFY(shown.contains(u"VALLETTA: The harbor reopened on Wednesday."_s));
        QVERIFY(shown.contains(u"“We are back,” the director said."_s));
        const QString html = window->preview()->html();
        QVERIFY(html.contains(u"<strong class=\"dateline\">VALLETTA:</strong>"_s));
        // The lead photo is drawn from the library, nothing else is loaded.
        const QString fileId = window->document()->photos().first().fileId;
        const QUrl photoUrl(u"copydesk-photo:"_s + fileId);
        QTRY_VERIFY(window->preview()->browser()->requestedResources().contains(photoUrl));
        QVERIFY(!window->preview()
                         ->browser()
                         ->document()
                         ->resource(QTextDocument::ImageResource, photoUrl)
                         .value<QImage>()
                         .isNull());

        // No finding is left for this clean story.
        QTRY_COMPARE(window->findingsList()->findings().size(), 0);

        // Undo walks back the last edits, field by field, and redo restores them.
        QUndoStack *stack = window->document()->undoStack();
        const int steps = stack->index();
        photos->altTextEdit(0)->setFocus();
        QTest::keyClick(photos->altTextEdit(0), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(photos->altTextEdit(0)->text(), QString());
        QCOMPARE(stack->index(), steps - 1);
        window->action(u"undo"_s)->trigger();
        QTRY_COMPARE(photos->creditEdit(0)->text(), QString());
        QTest::keyClick(photos->altTextEdit(0), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        window->action(u"redo"_s)->trigger();
        QTRY_COMPARE(photos->creditEdit(0)->text(), u"Reuters"_s);
        QCOMPARE(photos->altTextEdit(0)->text(), u"Two cranes at a quay"_s);
        QCOMPARE(stack->index(), steps);

        // Undo in the body takes back body typing through the same history.
        body->setFocus();
        QTest::keyClicks(body, u" Extra words"_s);
        QVERIFY(body->toPlainText().endsWith(u"Extra words"_s));
        QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(!body->toPlainText().contains(u"Extra words"_s));
        QVERIFY(body->toPlainText().endsWith(u"the director said."_s));
        QCOMPARE(window->document()->photos().first().altText, u"Two cranes at a quay"_s);

        // Save, and the library lists it.
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!window->isWindowModified());
        QCOMPARE(window->document()->story().version(), 1);
        QCOMPARE(window->library()->model()->rowCount(), 1);
        QCOMPARE(window->library()->model()->stories().first().headline,
                 u"Harbor reopens after storm"_s);
        QCOMPARE(window->library()->model()->stories().first().slug,
                 u"harbor-reopens-after-storm"_s);
        QCOMPARE(window->editor()->slugEdit()->placeholderText(), u"harbor-reopens-after-storm"_s);

        const Story saved = window->document()->story();
        window.reset();

        // Reopen the library: everything is as it was typed.
        auto reopened = openWindow();
        QVERIFY(reopened);
        QVERIFY(reopened->document());
        const Story loaded = reopened->document()->story();
        QCOMPARE(loaded.id(), saved.id());
        QCOMPARE(loaded.headline(), u"Harbor reopens after storm"_s);
        QCOMPARE(loaded.highlights(), saved.highlights());
        QCOMPARE(loaded.dateline(), u"VALLETTA"_s);
        QCOMPARE(loaded.byline(), u"Lena Abela"_s);
        QCOMPARE(loaded.body(),
                 u"The harbor reopened on Wednesday.\n\n“We are back,” the director said."_s);
        QCOMPARE(loaded.photos(), saved.photos());
        QCOMPARE(loaded.photos().first().width, 640);
        QVERIFY(!reopened->isWindowModified());
        QCOMPARE(reopened->editor()->headlineEdit()->text(), loaded.headline());
        QCOMPARE(reopened->editor()->bodyEditor()->toPlainText(), loaded.body());
        const auto bytes = reopened->store()->photoFile(loaded.photos().first().fileId);
        QVERIFY(bytes.ok());
        QCOMPARE(QImage::fromData(*bytes).size(), QSize(640, 400));
    }

    void injectionsStayInert()
    {
        auto window = openWindow();
        QVERIFY(window);
        StoryDocument *document = window->document();
        document->setText(StoryDocument::TextField::Headline, u"<b>Bold</b> & <i>sneaky</i>"_s);
        Photo photo;
        photo.fileId = u"0000"_s;
        photo.caption = u"<script>alert('caption')</script>"_s;
        photo.credit = u"<img src=\"http://evil.example/c.png\">"_s;
        document->insertPhoto(0, photo);
        QTextCursor cursor(document->bodyDocument());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(
                u"\n\n<script>alert(1)</script>\n\n<img src=\"http://evil.example/x.png\">\n\n"
                u"[click](javascript:alert(2)) and ![pic](http://evil.example/y.png)\n"_s);
        window->flushPendingChanges();
        QTRY_VERIFY(previewText(*window).contains(u"<b>Bold</b> & <i>sneaky</i>"_s));
        QTRY_VERIFY(previewText(*window).contains(u"<script>alert(1)</script>"_s));
        const QString html = window->preview()->html();
        QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"javascript:"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"src=\"http"_s, Qt::CaseInsensitive));
        QVERIFY(previewText(*window).contains(u"<script>alert('caption')</script>"_s));
        for (const QUrl &url : window->preview()->browser()->requestedResources())
            QCOMPARE(url.scheme(), u"copydesk-photo"_s);
        // Discard without asking: the test moves on.
        document->undoStack()->setClean();
    }

    void highlightsReorderAndRemove()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->newStory();
        HighlightsEditor *highlights = window->editor()->highlightsEditor();
        window->action(u"highlight.add"_s)->trigger();
        QTest::keyClicks(highlights->lineEdit(0), u"alpha"_s);
        window->action(u"highlight.add"_s)->trigger();
        QTest::keyClicks(highlights->lineEdit(1), u"beta"_s);
        QTRY_COMPARE(highlights->count(), 2);
        highlights->lineEdit(1)->setFocus();
        QTest::keyClick(highlights->lineEdit(1), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(window->document()->highlights(), (QStringList{u"beta"_s, u"alpha"_s}));
        QTRY_COMPARE(highlights->lineEdit(0)->text(), u"beta"_s);
        window->action(u"undo"_s)->trigger();
        QTRY_COMPARE(highlights->lineEdit(0)->text(), u"alpha"_s);
        auto *remove =
                highlights->lineEdit(0)->parentWidget()->findChildren<QToolButton *>().last();
        remove->click();
        QTRY_COMPARE(highlights->count(), 1);
        QCOMPARE(window->document()->highlights(), QStringList{u"beta"_s});
        window->flushPendingChanges();
        QTRY_VERIFY(!window->findingsList()->findings().isEmpty());
        bool countFinding = false;
        for (const Finding &finding : window->findingsList()->findings())
            countFinding = countFinding || finding.ruleId == u"highlight-count";
        QVERIFY(countFinding);
        window->document()->undoStack()->setClean();
    }

    void findingsGoToTheirField()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->newStory();
        QTest::keyClicks(window->editor()->datelineEdit(), u"Lisbon"_s);
        window->flushPendingChanges();
        FindingsList *list = window->findingsList();
        int row = -1;
        for (int i = 0; i < list->findings().size(); ++i) {
            if (list->findings().at(i).ruleId == u"dateline-capitals")
                row = i;
        }
        QVERIFY(row >= 0);
        window->editor()->headlineEdit()->setFocus();
        list->setCurrentRow(row);
        Q_EMIT list->itemActivated(list->item(row));
        QTRY_COMPARE(QApplication::focusWidget(), window->editor()->datelineEdit());
        // The hint under the field says what to change.
        const auto hints = window->editor()->findChildren<QLabel *>();
        bool shown = false;
        for (QLabel *label : hints)
            shown = shown || (label->isVisible() && label->text().contains(u"capitals"_s));
        QVERIFY(shown);

        // A leftover TK is selected whole, in a one-line field and in the body.
        auto *headline = window->editor()->headlineEdit();
        headline->setFocus();
        QTest::keyClicks(headline, u"Port costs TK million"_s);
        QTextCursor end(window->document()->bodyDocument());
        end.movePosition(QTextCursor::End);
        end.insertText(u"The wall cost TK euros."_s);
        window->flushPendingChanges();
        const auto activate = [list](FieldRef::Field field) {
            for (int i = 0; i < list->findings().size(); ++i) {
                if (list->findings().at(i).field.field == field &&
                    list->findings().at(i).message.contains(u"TK"_s)) {
                    list->setCurrentRow(i);
                    Q_EMIT list->itemActivated(list->item(i));
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY(activate(FieldRef::Headline));
        QTRY_COMPARE(headline->selectedText(), u"TK"_s);
        QVERIFY(activate(FieldRef::Body));
        QTRY_COMPARE(window->editor()->bodyEditor()->textCursor().selectedText(), u"TK"_s);
        window->document()->undoStack()->setClean();
    }

    void ownHouseStyleReplacesTheBundledOne()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->newStory();
        QTest::keyClicks(window->editor()->headlineEdit(), u"A headline of thirty-odd chars"_s);
        const QByteArray rules = R"({"rules": [{"id": "tight-headline", "kind": "length",
                                   "field": "headline", "warnAbove": 20, "errorAbove": 25}]})";
        const auto style = HouseStyle::fromJson(QJsonDocument::fromJson(rules).object());
        QVERIFY(style.ok());
        window->setHouseStyle(*style);
        QCOMPARE(window->findingsList()->findings().size(), 1);
        QCOMPARE(window->findingsList()->findings().first().ruleId, u"tight-headline"_s);
        QCOMPARE(window->editor()->headlineCount()->text(), u"30/20"_s);

        // A rules file that does not load is reported, and the rules in force stay.
        QFile broken(m_dir.filePath(u"broken-style.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();
        QString told;
        answerNextMessageBox(QMessageBox::Ok, &told);
        QVERIFY(!window->loadHouseStyle(broken.fileName()));
        QVERIFY2(told.contains(u"broken-style.json"_s), qPrintable(told));
        QCOMPARE(window->findingsList()->findings().first().ruleId, u"tight-headline"_s);
        window->document()->undoStack()->setClean();
    }

    void bigPasteIsKeptAndPreviewedInPart()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->newStory();
        QTest::keyClicks(window->editor()->headlineEdit(), u"Long read"_s);
        QString paragraph = u"A paragraph of wire copy that keeps on going. "_s.repeated(20);
        QString big;
        while (big.size() < 3 * PreviewPane::previewBodyLimit)
            big += paragraph + u"\n\n"_s;
        window->editor()->bodyEditor()->setFocus();
        window->editor()->bodyEditor()->insertPlainText(big);
        window->flushPendingChanges();
        QTRY_VERIFY(window->preview()->notice()->isVisible());
        QVERIFY(window->preview()->notice()->text().contains(QLocale().toString(big.size())));
        QTRY_VERIFY(previewText(*window).contains(u"A paragraph of wire copy"_s));
        QVERIFY(window->preview()->html().size() < 2 * PreviewPane::previewBodyLimit);
        // Nothing typed is lost: the whole body is saved and comes back.
        QVERIFY(window->saveStory());
        const auto stored = window->store()->loadStory(window->document()->id());
        QVERIFY(stored.ok());
        QCOMPARE(stored->body().size(), big.size());
        QCOMPARE(window->editor()->bodyEditor()->document()->characterCount(), big.size() + 1);
    }

    void aStoryIsFiledFromTheEditor()
    {
        QUuid id;
        {
            auto opened = Library::open(libraryPath());
            QVERIFY(opened.ok());
            QVERIFY(opened->store->saveLibrarySettings(
                    {{u"newsroom/sections"_s, u"World\nBusiness"_s}}, u"desk"_s));
            Story older = Story::create();
            older.setHeadline(u"An older story"_s);
            older.setTags({u"Election"_s});
            QVERIFY(opened->store->saveStory(older).ok());
            Story story = Story::create();
            story.setHeadline(u"Summit opens"_s);
            id = story.id();
            QVERIFY(opened->store->saveStory(story).ok());
        }
        auto window = openWindow();
        QVERIFY(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QVERIFY(window->openStory(id));
        StoryEditor *editor = window->editor();

        // The section from the library's list, by keyboard.
        QComboBox *section = editor->sectionBox();
        QCOMPARE(section->count(), 3);
        QCOMPARE(section->itemText(1), u"World"_s);
        section->setFocus();
        QTest::keyClick(section, Qt::Key_Down);
        QCOMPARE(window->document()->story().section(), u"World"_s);

        // Tags, the last completed from the tags in use.
        QLineEdit *tags = editor->tagsEdit();
        QTRY_COMPARE(tags->completer()->model()->rowCount(), 1);
        tags->setFocus();
        QTest::keyClicks(tags, u"Russia, ele"_s);
        QTRY_VERIFY(tags->completer()->popup()->isVisible());
        QTest::keyClick(tags->completer()->popup(), Qt::Key_Down);
        QTest::keyClick(tags->completer()->popup(), Qt::Key_Return);
        QTRY_COMPARE(tags->text(), u"Russia, Election"_s);
        QCOMPARE(window->document()->story().tags(), (QStringList{u"Russia"_s, u"Election"_s}));
        // A separator typed toward the next tag stays in the field.
        QTest::keyClicks(tags, u", "_s);
        QCOMPARE(tags->text(), u"Russia, Election, "_s);

        // Subjects from the menu of Media Topics.
        QToolButton *subjects = editor->subjectsButton();
        QCOMPARE(subjects->text(), u"None"_s);
        const QList<QAction *> topics = subjects->menu()->actions();
        QCOMPARE(topics.size(), 17);
        topics.at(10)->trigger();
        QCOMPARE(window->document()->subjects(), QStringList{u"medtop:11000000"_s});
        QCOMPARE(subjects->text(), u"politics"_s);
        window->document()->undoStack()->undo();
        QCOMPARE(subjects->text(), u"None"_s);
        QVERIFY(!topics.at(10)->isChecked());
        window->document()->undoStack()->redo();
        QVERIFY(topics.at(10)->isChecked());
        if (const QString folder = qEnvironmentVariable("COPYDESK_SCREENSHOT_DIR");
            !folder.isEmpty())
            QVERIFY(window->grab().save(folder + u"/filed-story.png"_s));

        QVERIFY(window->saveStory());

        // The library lists one section's stories alone, or those under none.
        QComboBox *filter = window->library()->sectionFilter();
        QCOMPARE(filter->count(), 4); // all, World, Business, none
        const auto listed = [&window] {
            QStringList headlines;
            const StoryListModel *model = window->library()->model();
            for (int row = 0; row < model->rowCount(); ++row)
                headlines.append(model->index(row, 0).data().toString());
            return headlines;
        };
        const int every = window->library()->model()->rowCount();
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Down);
        QTRY_COMPARE(listed(), QStringList{u"Summit opens"_s});
        QTest::keyClick(filter, Qt::Key_End);
        QTRY_VERIFY(listed().contains(u"An older story"_s));
        QVERIFY(!listed().contains(u"Summit opens"_s));
        QCOMPARE(listed().size(), every - 1);
        QTest::keyClick(filter, Qt::Key_Home);
        QTRY_COMPARE(window->library()->model()->rowCount(), every);

        auto reopened = Library::open(libraryPath());
        QVERIFY(reopened.ok());
        const auto stored = reopened->store->loadStory(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->section(), u"World"_s);
        QCOMPARE(stored->tags(), (QStringList{u"Russia"_s, u"Election"_s}));
        QCOMPARE(stored->subjects(), QStringList{u"medtop:11000000"_s});
        QVERIFY(window->deleteStory(false));
    }

    void longFieldsOpenWhole()
    {
        const QString headline = QString(40000, u'h');
        const QString caption = QString(40000, u'c');
        {
            auto opened = Library::open(libraryPath());
            QVERIFY(opened.ok());
            Story story = Story::create();
            story.setHeadline(headline);
            story.setHighlights({QString(35000, u'b')});
            Photo photo;
            photo.fileId = u"missing"_s;
            photo.caption = caption;
            story.setPhotos({photo});
            QVERIFY(opened->store->saveStory(story).ok());
        }
        auto window = openWindow();
        QVERIFY(window);
        QCOMPARE(window->document()->text(StoryDocument::TextField::Headline), headline);
        QVERIFY(!window->isWindowModified());
        QCOMPARE(window->document()->undoStack()->count(), 0);
        QCOMPARE(window->editor()->headlineEdit()->text().size(), 40000);
        QCOMPARE(window->editor()->highlightsEditor()->lineEdit(0)->text().size(), 35000);
        QCOMPARE(window->editor()->photoPanel()->captionEdit(0)->text(), caption);
        QVERIFY(window->deleteStory(false));
    }

    void overLongPastesAreRefusedWithAMessage()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->newStory();
        StoryEditor *editor = window->editor();
        auto *headline = editor->headlineEdit();
        QTest::keyClicks(headline, u"Storm closes port"_s);
        QUndoStack *stack = window->document()->undoStack();
        const int steps = stack->count();

        // A whole page pasted into the headline is refused, and the window says why.
        QApplication::clipboard()->setText(QString(5000, u'p'));
        headline->setFocus();
        QTest::keyClick(headline, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(headline->text(), u"Storm closes port"_s);
        QCOMPARE(window->document()->text(StoryDocument::TextField::Headline),
                 u"Storm closes port"_s);
        QCOMPARE(stack->count(), steps);
        QVERIFY2(window->statusBar()->currentMessage().contains(u"at most 2,000 characters"_s),
                 qPrintable(window->statusBar()->currentMessage()));
        // A paste that fits still goes in.
        QApplication::clipboard()->setText(u" again"_s);
        QTest::keyClick(headline, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(window->document()->text(StoryDocument::TextField::Headline),
                 u"Storm closes port again"_s);

        // The same for a highlight and a caption.
        QApplication::clipboard()->setText(QString(2001, u'h'));
        if (editor->highlightsEditor()->count() == 0)
            editor->highlightsEditor()->addHighlight();
        auto *highlight = editor->highlightsEditor()->lineEdit(0);
        highlight->setFocus();
        QTest::keyClick(highlight, Qt::Key_V, Qt::ControlModifier);
        QVERIFY(highlight->text().isEmpty());
        QVERIFY(window->document()->highlights().value(0).isEmpty());
        QVERIFY(window->statusBar()->currentMessage().contains(u"A highlight takes"_s));
        QVERIFY(window->addPhotoFromFile(writePicture(m_dir, u"limit.png"_s, {320, 200})));
        auto *caption = editor->photoPanel()->captionEdit(0);
        caption->setFocus();
        QTest::keyClick(caption, Qt::Key_V, Qt::ControlModifier);
        QVERIFY(caption->text().isEmpty());
        QVERIFY(window->statusBar()->currentMessage().contains(u"A caption takes"_s));

        // A body over ten million characters is refused whole; the body is as it was.
        BodyEditor *body = editor->bodyEditor();
        body->setFocus();
        QTest::keyClicks(body, u"The port closed."_s);
        QApplication::clipboard()->setText(QString(maxBodyLength, u'b'));
        QTest::keyClick(body, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(body->toPlainText(), u"The port closed."_s);
        QVERIFY(window->statusBar()->currentMessage().contains(u"A body takes at most"_s));
        QApplication::clipboard()->clear();

        // A field stored longer than the limit opens whole and can be shortened.
        window->document()->setText(StoryDocument::TextField::Headline, QString(3000, u'x'));
        headline->setFocus();
        headline->moveCursor(QTextCursor::End);
        QTest::keyClick(headline, Qt::Key_Backspace);
        QCOMPARE(window->document()->text(StoryDocument::TextField::Headline).size(), 2999);
        window->document()->undoStack()->setClean();
    }

    void filteringTheLibraryOpensNothing()
    {
        auto window = openWindow();
        QVERIFY(window);
        for (const QString &headline : {u"Alpha story"_s, u"Beta story"_s, u"Gamma story"_s}) {
            window->newStory();
            QTest::keyClicks(window->editor()->headlineEdit(), headline);
            QVERIFY(window->saveStory());
        }
        const QUuid open = window->document()->id();
        QTest::keyClicks(window->editor()->headlineEdit(), u" edited"_s);
        QVERIFY(window->isWindowModified());
        QLineEdit *filter = window->library()->filterEdit();
        QTest::keyClicks(filter, u"Beta"_s);
        QCOMPARE(window->document()->id(), open);
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(window->document()->id(), open);
        filter->clear();
        // The library filters after a short pause in typing.
        QTRY_COMPARE(
                window->library()->view()->currentIndex().data(StoryListModel::IdRole).toUuid(),
                open);
        QVERIFY(window->isWindowModified());
        window->document()->undoStack()->setClean();
    }

    void switchingStoriesAsksAboutUnsavedChanges()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->newStory();
        QTest::keyClicks(window->editor()->headlineEdit(), u"First draft"_s);
        QVERIFY(window->saveStory());
        const QUuid first = window->document()->id();
        window->newStory();
        QTest::keyClicks(window->editor()->headlineEdit(), u"Second draft"_s);
        QVERIFY(window->saveStory());
        const QUuid second = window->document()->id();
        QTest::keyClicks(window->editor()->bylineEdit(), u"Ana"_s);

        // Cancel: nothing changes, the edit stays, the list points at the open story.
        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!window->openStory(first));
        QCOMPARE(window->document()->id(), second);
        QCOMPARE(window->document()->text(StoryDocument::TextField::Byline), u"Ana"_s);

        // Save: the edit is stored, then the other story opens.
        answerNextMessageBox(QMessageBox::Save);
        QVERIFY(window->openStory(first));
        QCOMPARE(window->document()->id(), first);
        QCOMPARE(window->store()->loadStory(second)->byline(), u"Ana"_s);

        // Discard: the edit is dropped on purpose.
        QTest::keyClicks(window->editor()->bylineEdit(), u"Bo"_s);
        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(window->openStory(second));
        QVERIFY(window->store()->loadStory(first)->byline().isEmpty());
    }

    void failedSaveKeepsTheEdits()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->newStory();
        QTest::keyClicks(window->editor()->headlineEdit(), u"Contested story"_s);
        QVERIFY(window->saveStory());
        // Another desk saves the same story first.
        Story elsewhere = *window->store()->loadStory(window->document()->id());
        elsewhere.setByline(u"Other desk"_s);
        QVERIFY(window->store()->saveStory(elsewhere).ok());

        QTest::keyClicks(window->editor()->bylineEdit(), u"Our desk"_s);
        // The conflict shows both sides; cancelling it saves nothing and keeps ours.
        bool asked = false;
        answerNextDialog<ConflictDialog>([](ConflictDialog *dialog) { dialog->reject(); }, &asked);
        QVERIFY(!window->saveStory());
        QVERIFY(asked);
        QVERIFY(window->isWindowModified());
        QCOMPARE(window->document()->text(StoryDocument::TextField::Byline), u"Our desk"_s);
        QCOMPARE(window->store()->loadStory(window->document()->id())->byline(), u"Other desk"_s);
        window->document()->undoStack()->setClean();
    }

    void closeAsksAboutUnsavedChanges()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString before = window->document()->text(StoryDocument::TextField::Headline);
        QTest::keyClick(window->editor()->headlineEdit(), Qt::Key_End);
        QTest::keyClicks(window->editor()->headlineEdit(), u" (corrected)"_s);
        QVERIFY(window->isWindowModified());
        QString asked;
        answerNextMessageBox(QMessageBox::Cancel, &asked);
        QVERIFY(!window->close());
        QVERIFY(asked.contains(u"not saved"_s));
        QVERIFY(window->isVisible());
        QCOMPARE(window->document()->text(StoryDocument::TextField::Headline),
                 before + u" (corrected)"_s);
        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(window->close());
        window.reset();
        auto again = openWindow();
        QCOMPARE(again->document()->text(StoryDocument::TextField::Headline), before);
    }

    void deleteAsksFirst()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->newStory();
        QTest::keyClicks(window->editor()->headlineEdit(), u"Story to delete"_s);
        QVERIFY(window->saveStory());
        const int stories = window->library()->model()->rowCount();
        answerNextMessageBox(QMessageBox::Cancel);
        window->action(u"delete"_s)->trigger();
        QCOMPARE(window->library()->model()->rowCount(), stories);
        QString asked;
        answerNextMessageBox(QMessageBox::Yes, &asked);
        window->action(u"delete"_s)->trigger();
        QVERIFY(asked.contains(u"Story to delete"_s));
        QCOMPARE(window->library()->model()->rowCount(), stories - 1);
        QVERIFY(window->document());
        QVERIFY(window->document()->story().headline() != u"Story to delete"_s);
    }

    void aPicturesOwnCaptionFillsTheEmptyFields()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->newStory();
        QFile file(m_dir.filePath(u"agency.jpg"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(withMetadata({
                .iptc = {{"Iptc.Application2.Caption", "Cranes stand idle at the quay."},
                         {"Iptc.Application2.Credit", "Reuters"},
                         {"Iptc.Application2.Byline", "Ana Lopes"}},
        }));
        file.close();
        QVERIFY(window->addPhotoFromFile(file.fileName()));
        PhotoPanel *photos = window->editor()->photoPanel();
        QTRY_COMPARE(photos->count(), 1);
        QCOMPARE(photos->captionEdit(0)->text(), u"Cranes stand idle at the quay."_s);
        QCOMPARE(photos->creditEdit(0)->text(), u"Ana Lopes/Reuters"_s);
        QVERIFY(photos->altTextEdit(0)->text().isEmpty());
        const QString said = window->statusBar()->currentMessage();
        QVERIFY2(said.contains(u"caption"_s) && said.contains(u"credit"_s) &&
                         said.contains(u"metadata"_s),
                 qPrintable(said));
        // One undo step takes the photo and what was filled away together.
        window->action(u"undo"_s)->trigger();
        QCOMPARE(window->document()->photos().size(), 0);

        // A wire caption that waits for its picture keeps its own words.
        Photo wire;
        wire.caption = u"The wire's caption"_s;
        window->document()->insertPhoto(0, wire);
        QVERIFY(window->attachPictureFromFile(0, file.fileName()));
        const Photo attached = window->document()->photos().value(0);
        QCOMPARE(attached.caption, u"The wire's caption"_s);
        QCOMPARE(attached.credit, u"Ana Lopes/Reuters"_s);
        QCOMPARE(attached.byline, u"Ana Lopes"_s);
        window->document()->undoStack()->setClean();
    }

    void brokenPictureIsRefusedClearly()
    {
        auto window = openWindow();
        QVERIFY(window);
        QFile broken(m_dir.filePath(u"broken.jpg"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        QFile good(writePicture(m_dir, u"good.jpg"_s, {300, 200}));
        QVERIFY(good.open(QIODevice::ReadOnly));
        broken.write(good.readAll().left(200)); // a JPEG cut short
        broken.close();
        const int photos = int(window->document()->photos().size());
        QString told;
        answerNextMessageBox(QMessageBox::Ok, &told);
        QVERIFY(!window->addPhotoFromFile(broken.fileName()));
        QVERIFY2(told.contains(u"broken.jpg"_s), qPrintable(told));
        QCOMPARE(window->document()->photos().size(), photos);
    }

    void aPictureWhoseFolderIsGoneIsNamed()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->newStory();
        // A folder on a card or a share that went away between choosing and adding.
        QTemporaryDir card;
        const QString picture = writePicture(m_dir, u"gone.jpg"_s, {300, 200});
        const QString path = card.filePath(u"DCIM/gone.jpg"_s);
        QVERIFY(QDir().mkpath(card.filePath(u"DCIM"_s)));
        QVERIFY(QFile::copy(picture, path));
        QVERIFY(card.remove());
        QString told;
        answerNextMessageBox(QMessageBox::Ok, &told);
        QVERIFY(!window->addPhotoFromFile(path));
        QVERIFY2(told.contains(u"gone.jpg"_s) && told.contains(u"DCIM is gone"_s),
                 qPrintable(told));
        QVERIFY(window->document()->photos().isEmpty());
        QVERIFY(!window->isWindowModified());
    }

    void previewHidesAndDetaches()
    {
        auto window = openWindow();
        QVERIFY(window);
        QAction *show = window->action(u"preview.show"_s);
        show->setChecked(false);
        QVERIFY(!window->preview()->isVisible());
        show->setChecked(true);
        QVERIFY(window->preview()->isVisible());
        window->action(u"preview.detach"_s)->setChecked(true);
        QWidget *detached = window->preview()->window();
        QVERIFY(detached != window.get());
        QVERIFY(detached->isVisible());
        detached->close();
        QTRY_COMPARE(window->preview()->window(), window.get());
        QVERIFY(!window->action(u"preview.detach"_s)->isChecked());
    }

    void darkPaletteChangesTheHighlighting()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->newStory();
        BodyEditor *body = window->editor()->bodyEditor();
        // Typed as an editor would, so the story's history stays whole.
        body->setFocus();
        body->insertPlainText(u"## Subhead\n\nText"_s);
        DocumentHighlighter *highlighter = body->highlighter();
        QTRY_VERIFY(highlighter->isIdle());
        auto headingColour = [body] {
            const auto formats = body->document()->firstBlock().layout()->formats();
            return formats.isEmpty() ? QColor() : formats.first().format.foreground().color();
        };
        QTRY_VERIFY(headingColour().isValid());
        const QColor light = headingColour();
        window->setColourScheme(MainWindow::ColourScheme::Dark);
        QTRY_VERIFY(headingColour() != light);
        window->setColourScheme(MainWindow::ColourScheme::Light);
        QTRY_COMPARE(headingColour(), light);
        window->document()->undoStack()->setClean();
    }

    void sampleStoryOnFirstRun()
    {
        QTemporaryDir dir;
        auto opened = Library::open(dir.filePath(u"first.sqlite"_s));
        QVERIFY(opened.ok());
        QVERIFY(opened->created);
        QVERIFY(installSampleStory(*opened->store).ok());
        MainWindow window(std::move(opened->store));
        window.show();
        window.openNewestStory();
        QVERIFY(!window.document()->isNew());
        QCOMPARE(window.document()->photos().size(), 1);
        QTRY_VERIFY(previewText(window).contains(u"VALLETTA:"_s));
        QTRY_VERIFY(previewText(window).contains(u"(Copydesk Photo/Lena Abela)"_s));
        QVERIFY(previewText(window).contains(u"Updated"_s));
        QTRY_COMPARE(window.findingsList()->findings().size(), 0);
    }

    void findingsSumUpInOneLine()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->newStory();
        QTest::keyClicks(window->editor()->datelineEdit(), u"Lisbon"_s);
        window->flushPendingChanges();
        QToolButton *summary = window->findingsSummary();
        QVERIFY(summary->isVisible());
        QVERIFY2(summary->text().startsWith(u"House style: "_s), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(u"warning"_s), qPrintable(summary->text()));

        // A click opens the list and the next one closes it; Ctrl+4 goes there as often as asked.
        auto *dock = window->findChild<QDockWidget *>(u"findingsDock"_s);
        QVERIFY(dock);
        dock->hide();
        summary->click();
        QVERIFY(dock->isVisible());
        summary->click();
        QVERIFY(!dock->isVisible());
        for (int i = 0; i < 3; ++i)
            window->action(u"focus.findings"_s)->trigger();
        QVERIFY(dock->isVisible());
        QCOMPARE(window->statusBar()->findChildren<QToolButton *>(u"findingsSummary"_s).size(), 1);
        summary->click();
        QVERIFY(!dock->isVisible());
    }

    void aFirstStartFitsALaptop()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // No settings yet: the layout is made for the screen.
        QSettings().clear();
        auto opened = Library::open(dir.filePath(u"laptop.sqlite"_s));
        QVERIFY(opened.ok());
        QVERIFY(installSampleStory(*opened->store).ok());
        MainWindow window(std::move(opened->store));
        window.show();
        window.openNewestStory();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect screen = window.screen()->availableGeometry();
        // All of the screen, its frame aside.
        QTRY_VERIFY(window.width() >= screen.width() - 16 &&
                    window.height() >= screen.height() - 16);
        // The editor column is the widest; on a screen under 900 pixels the panels start closed.
        auto *columns = window.findChild<QSplitter *>(u"mainSplitter"_s);
        const QList<int> widths = columns->sizes();
        QVERIFY2(widths.at(1) >= widths.at(0) && widths.at(1) >= widths.at(2),
                 qPrintable(QString::number(widths.at(1))));
        if (screen.height() < 900)
            QVERIFY(!window.findChild<QDockWidget *>(u"findingsDock"_s)->isVisible());
        // Every field above the body is in sight without scrolling, unless a narrow column
        // wraps them past the share they may take (45%); the body gets the most.
        QSplitter *editor = window.editor()->splitter();
        QTRY_VERIFY(editor->sizes().at(1) > 0);
        const auto *fields = qobject_cast<QScrollArea *>(editor->widget(0));
        QVERIFY(fields);
        QTRY_VERIFY2(!fields->verticalScrollBar()->isVisible() ||
                             editor->sizes().at(0) >= editor->height() * 44 / 100,
                     qPrintable(u"%1 of %2; fields want %3"_s.arg(editor->sizes().at(0))
                                        .arg(editor->height())
                                        .arg(fields->widget()->minimumSizeHint().height())));
        QVERIFY(window.editor()->keepsFieldsFitted());
        // A new highlight makes room for itself.
        const int before = editor->sizes().at(0);
        window.editor()->highlightsEditor()->addHighlight();
        QTRY_VERIFY(editor->sizes().at(0) > before || before >= editor->height() * 44 / 100);
        QVERIFY(editor->sizes().at(1) > editor->sizes().at(2));
        QSettings().clear();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
