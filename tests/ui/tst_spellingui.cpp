// SPDX-License-Identifier: MIT
// Spelling in the window: underlines over the body, the headline, highlights,
// captions and alt text, F7 through them all, suggestions in the context menu
// with undo, and the newsroom dictionary shared by two windows.
#include "bodyeditor.h"
#include "documentcontroller.h"
#include "highlightseditor.h"
#include "mainwindow.h"
#include "photopanel.h"
#include "spellingcontroller.h"
#include "spellunderliner.h"
#include "story/storydocument.h"
#include "storyeditor.h"
#include "support/testing.h"
#include "ui/testwindow.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString mistaken = u"Teh goverment said the the plan is on track."_s;

/// Replaces the body as one edit, the way select-all and typing would.
void setBody(MainWindow &window, const QString &text)
{
    QTextCursor cursor(window.document()->bodyDocument());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
}

QStringList underlined(BodyEditor *body)
{
    QStringList words;
    for (const Misspelling &mistake : body->visibleMistakes())
        words.append(mistake.word);
    return words;
}

QStringList underlined(QPlainTextEdit *field)
{
    QStringList words;
    if (SpellUnderliner *spelling = SpellUnderliner::of(field)) {
        for (const Misspelling &mistake : spelling->visibleMistakes())
            words.append(mistake.word);
    }
    return words;
}

} // namespace

class TestSpellingUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void underlinesSuggestionsAndF7()
    {
        auto window = openTestWindow(m_dir.filePath(u"spelling.sqlite"_s), WithSample::Yes);
        QVERIFY(window);
        COPYDESK_REQUIRE(window->spelling()->checker(),
                         "hunspell-en-us is not installed (no en_US dictionary)");
        BodyEditor *body = window->editor()->bodyEditor();
        setBody(*window, mistaken);
        QTRY_COMPARE(underlined(body), (QStringList{u"Teh"_s, u"goverment"_s, u"the"_s}));
        // Drawn as extra selections: the highlighter's formats stay as they are.
        const QList<QTextEdit::ExtraSelection> selections = body->extraSelections();
        QCOMPARE(selections.size(), 3);
        for (const QTextEdit::ExtraSelection &selection : selections)
            QCOMPARE(selection.format.underlineStyle(), QTextCharFormat::SpellCheckUnderline);
        QCOMPARE(selections.at(1).cursor.selectedText(), u"goverment"_s);

        // F7 steps through them and wraps round.
        QAction *next = window->action(u"spelling.next"_s);
        QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F7));
        QTextCursor start(body->document());
        body->setTextCursor(start);
        next->trigger();
        QCOMPARE(body->textCursor().selectedText(), u"Teh"_s);
        next->trigger();
        QCOMPARE(body->textCursor().selectedText(), u"goverment"_s);
        next->trigger();
        QCOMPARE(body->textCursor().selectedText(), u"the"_s);
        QCOMPARE(body->textCursor().selectionStart(), int(mistaken.indexOf(u"the the"_s) + 4));
        next->trigger();
        QCOMPARE(body->textCursor().selectedText(), u"Teh"_s);

        // The context menu offers the right word; taking it is one undo step.
        QTextCursor at(body->document());
        at.setPosition(int(mistaken.indexOf(u"goverment"_s)) + 2);
        const QPoint point = body->cursorRect(at).center();
        QMenu menu;
        menu.addAction(u"Copy"_s);
        body->addSpellingActions(&menu, point);
        QAction *government = nullptr;
        QStringList offered;
        for (QAction *action : menu.actions()) {
            offered.append(action->text());
            if (action->text() == u"government"_s)
                government = action;
        }
        QVERIFY2(government, qPrintable(offered.join(u" | "_s)));
        QVERIFY(offered.join(u'|').contains(u"Newsroom Dictionary"_s));
        government->trigger();
        QCOMPARE(window->document()->story().body(),
                 u"Teh government said the the plan is on track."_s);
        QTRY_COMPARE(underlined(body), (QStringList{u"Teh"_s, u"the"_s}));
        window->action(u"undo"_s)->trigger();
        QCOMPARE(window->document()->story().body(), mistaken);

        // A repeated word is offered for deletion, with the space before it.
        at.setPosition(int(mistaken.indexOf(u"the the"_s)) + 5);
        QMenu repeated;
        repeated.addAction(u"Copy"_s);
        body->addSpellingActions(&repeated, body->cursorRect(at).center());
        QVERIFY(repeated.actions().first()->text().contains(u"Repeated"_s));
        repeated.actions().first()->trigger();
        QCOMPARE(window->document()->story().body(), u"Teh goverment said the plan is on track."_s);
        QTRY_COMPARE(underlined(body), (QStringList{u"Teh"_s, u"goverment"_s}));

        // Another story in the editor: the underlines went with the old body, none stale.
        window->document()->undoStack()->setClean();
        window->newStory();
        QTRY_VERIFY(underlined(body).isEmpty());
        QVERIFY(body->extraSelections().isEmpty());
        setBody(*window, u"A new story with a mistaek."_s);
        QTRY_COMPARE(underlined(body), QStringList{u"mistaek"_s});
        window->document()->undoStack()->setClean();
    }

    void everyProseFieldIsChecked()
    {
        auto window = openTestWindow(m_dir.filePath(u"fields.sqlite"_s), WithSample::Yes);
        QVERIFY(window);
        COPYDESK_REQUIRE(window->spelling()->checker(),
                         "hunspell-en-us is not installed (no en_US dictionary)");
        window->newStory();
        StoryDocument *document = window->document();
        StoryEditor *editor = window->editor();
        document->setText(StoryDocument::TextField::Headline, u"Storm closes teh port"_s);
        document->insertHighlight(0, u"The goverment shut the harbor"_s);
        setBody(*window, u"Ships waited outside the the harbor."_s);
        Photo photo;
        photo.caption = u"A tanker waits in teh rain"_s;
        photo.altText = u"A red tankr at anchor"_s;
        document->insertPhoto(0, photo);
        // The slug, dateline and byline are names and codes: not checked.
        document->setText(StoryDocument::TextField::Byline, u"Jnae Doe"_s);

        LineField *headline = editor->headlineEdit();
        LineField *highlight = editor->highlightsEditor()->lineEdit(0);
        LineField *caption = editor->photoPanel()->captionEdit(0);
        LineField *alt = editor->photoPanel()->altTextEdit(0);
        QVERIFY(highlight && caption && alt);
        QTRY_COMPARE(underlined(headline), QStringList{u"teh"_s});
        QTRY_COMPARE(underlined(highlight), QStringList{u"goverment"_s});
        QTRY_COMPARE(underlined(editor->bodyEditor()), QStringList{u"the"_s});
        QTRY_COMPARE(underlined(caption), QStringList{u"teh"_s});
        QTRY_COMPARE(underlined(alt), QStringList{u"tankr"_s});
        QCOMPARE(headline->extraSelections().value(0).format.underlineStyle(),
                 QTextCharFormat::SpellCheckUnderline);

        // F7 goes down the fields in the order they stand, and round.
        QAction *next = window->action(u"spelling.next"_s);
        headline->setFocus();
        headline->setCursorPosition(0);
        const QList<std::pair<QPlainTextEdit *, QString>> expected{
                {headline, u"teh"_s}, {highlight, u"goverment"_s}, {editor->bodyEditor(), u"the"_s},
                {caption, u"teh"_s},  {alt, u"tankr"_s},           {headline, u"teh"_s},
        };
        for (const auto &[field, word] : expected) {
            next->trigger();
            QVERIFY2(field->hasFocus(), qPrintable(word));
            QCOMPARE(field->textCursor().selectedText(), word);
        }

        // A suggestion taken in a one-line field is an edit of the story, one undo step.
        QTextCursor at(caption->document());
        at.setPosition(int(photo.caption.indexOf(u"teh"_s)) + 1);
        QMenu menu;
        menu.addAction(u"Copy"_s);
        SpellUnderliner::of(caption)->addSpellingActions(&menu, caption->cursorRect(at).center());
        QAction *the = nullptr;
        for (QAction *action : menu.actions()) {
            if (action->text() == u"the"_s)
                the = action;
        }
        QVERIFY(the);
        the->trigger();
        QCOMPARE(document->photos().value(0).caption, u"A tanker waits in the rain"_s);
        QTRY_VERIFY(underlined(caption).isEmpty());
        window->action(u"undo"_s)->trigger();
        QCOMPARE(document->photos().value(0).caption, photo.caption);
        QCOMPARE(caption->text(), photo.caption);

        // Ignore in one field takes the word in every field.
        document->setText(StoryDocument::TextField::Headline, u"Storm closes Qorvath port"_s);
        setBody(*window, u"Qorvath waited."_s);
        QTRY_COMPARE(underlined(editor->bodyEditor()), QStringList{u"Qorvath"_s});
        QTRY_COMPARE(underlined(headline), QStringList{u"Qorvath"_s});
        at = QTextCursor(headline->document());
        at.setPosition(15);
        QMenu ignoreMenu;
        ignoreMenu.addAction(u"Copy"_s);
        SpellUnderliner::of(headline)->addSpellingActions(&ignoreMenu,
                                                          headline->cursorRect(at).center());
        QAction *ignore = nullptr;
        for (QAction *action : ignoreMenu.actions()) {
            if (action->text().startsWith(u"&Ignore"_s))
                ignore = action;
        }
        QVERIFY(ignore);
        ignore->trigger();
        QTRY_VERIFY(underlined(headline).isEmpty());
        QTRY_VERIFY(underlined(editor->bodyEditor()).isEmpty());
        document->undoStack()->setClean();
    }

    void theNewsroomDictionaryReachesTheOtherWindow()
    {
        const QString library = m_dir.filePath(u"shared.sqlite"_s);
        auto first = openTestWindow(library, WithSample::Yes);
        QVERIFY(first);
        COPYDESK_REQUIRE(first->spelling()->checker(),
                         "hunspell-en-us is not installed (no en_US dictionary)");
        auto second = openTestWindow(library);
        QVERIFY(second);
        // The other desk writes a story of its own: the first one's is open for editing there.
        second->documents()->newStory();
        QVERIFY(!second->editor()->isReadOnly());
        setBody(*first, u"Zelenskyy met the press."_s);
        setBody(*second, u"Zelenskyy met the press again."_s);
        QTRY_COMPARE(underlined(first->editor()->bodyEditor()), QStringList{u"Zelenskyy"_s});
        QTRY_COMPARE(underlined(second->editor()->bodyEditor()), QStringList{u"Zelenskyy"_s});

        QVERIFY(first->spelling()->addToDictionary(u"Zelenskyy"_s));
        QTRY_VERIFY(underlined(first->editor()->bodyEditor()).isEmpty());
        // The other window sees the library change and takes the word too.
        QTRY_VERIFY_WITH_TIMEOUT(underlined(second->editor()->bodyEditor()).isEmpty(), 10000);
        first->document()->undoStack()->setClean();
        second->document()->undoStack()->setClean();
    }

    void theContextMenuOffersSuggestions()
    {
        auto window = openTestWindow(m_dir.filePath(u"spelling-menu.sqlite"_s), WithSample::Yes);
        QVERIFY(window);
        COPYDESK_REQUIRE(window->spelling()->checker(),
                         "hunspell-en-us is not installed (no en_US dictionary)");
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        BodyEditor *body = window->editor()->bodyEditor();
        const QString before = window->document()->story().body();
        setBody(*window, mistaken + u"\n\n"_s + before);
        QTRY_VERIFY(underlined(body).contains(u"goverment"_s));

        // A right click on the word, as a user makes it: the real menu, not a copy.
        QTextCursor at(body->document());
        at.setPosition(int(mistaken.indexOf(u"goverment"_s)) + 3);
        const QPoint point = body->cursorRect(at).center();
        QContextMenuEvent click(QContextMenuEvent::Mouse, point,
                                body->viewport()->mapToGlobal(point));
        QApplication::sendEvent(body->viewport(), &click);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QStringList offered;
        for (const QAction *action : menu->actions())
            offered.append(action->text());
        QVERIFY2(offered.contains(u"government"_s), qPrintable(offered.join(u" | "_s)));
        QVERIFY(offered.join(u'|').contains(u"Newsroom Dictionary"_s));
        QVERIFY(offered.join(u'|').contains(u"Undo"_s));

        // packaging/screenshot.sh asks for the picture of it.
        if (const QString folder = qEnvironmentVariable("COPYDESK_SCREENSHOT_DIR");
            !folder.isEmpty()) {
            QTest::qWait(300);
            const QRect frame = window->frameGeometry();
            const QPixmap screen = window->screen()->grabWindow(0);
            QPixmap picture = screen.copy(frame);
            if (picture.isNull() || screen.isNull())
                picture = window->grab();
            QVERIFY(picture.save(folder + u"/spelling-suggestions.png"_s));
        }
        menu->close();
    }
};

QTEST_MAIN(TestSpellingUi)
#include "tst_spellingui.moc"
