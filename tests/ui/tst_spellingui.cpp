// SPDX-License-Identifier: MIT
// Spelling in the window: underlines over the body, F7, suggestions in the
// context menu with undo, and the newsroom dictionary shared by two windows.
#include "bodyeditor.h"
#include "mainwindow.h"
#include "spellingcontroller.h"
#include "story/storydocument.h"
#include "storyeditor.h"
#include "support/testing.h"
#include "ui/testwindow.h"

#include <QAction>
#include <QMenu>
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

    void theNewsroomDictionaryReachesTheOtherWindow()
    {
        const QString library = m_dir.filePath(u"shared.sqlite"_s);
        auto first = openTestWindow(library, WithSample::Yes);
        QVERIFY(first);
        COPYDESK_REQUIRE(first->spelling()->checker(),
                         "hunspell-en-us is not installed (no en_US dictionary)");
        auto second = openTestWindow(library);
        QVERIFY(second);
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
};

QTEST_MAIN(TestSpellingUi)
#include "tst_spellingui.moc"
