// SPDX-License-Identifier: MIT
// The growing one-paragraph field of the headline, highlights, captions and
// alt text: it wraps and grows to its line limit, Enter never breaks it, a
// paste with line breaks comes in as one paragraph, and only the user's
// edits are reported.
#include "linefield.h"

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class TestLineField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void growsWithItsTextUpToItsLimit()
    {
        LineField field;
        field.setMaximumLines(3);
        field.resize(220, field.height());
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        const int oneLine = field.height();
        QCOMPARE(field.lineCount(), 1);

        field.setText(u"Storm closes the port as ships wait outside"_s);
        QTRY_VERIFY(field.lineCount() >= 2);
        QTRY_VERIFY(field.height() > oneLine);
        const int twoOrMore = field.height();

        field.setText(u"word "_s.repeated(60)); // far more than three lines
        QTRY_VERIFY(field.lineCount() > 3);
        // It stops at three lines and scrolls beyond.
        QTRY_VERIFY(field.height() >= twoOrMore);
        const int atLimit = field.height();
        field.setText(u"word "_s.repeated(200));
        QTest::qWait(20);
        QCOMPARE(field.height(), atLimit);
        QVERIFY(field.height() < oneLine * 4);

        // Shorter again, it shrinks back to one line.
        field.setText(u"Short"_s);
        QTRY_COMPARE(field.height(), oneLine);

        // Wider, a wrapped text takes fewer lines.
        field.setText(u"Storm closes the port as ships wait outside"_s);
        QTRY_VERIFY(field.lineCount() >= 2);
        field.resize(900, field.height());
        QTRY_COMPARE(field.lineCount(), 1);
        QTRY_COMPARE(field.height(), oneLine);
    }

    void enterNeverBreaksTheParagraph()
    {
        LineField field;
        QSignalSpy returns(&field, &LineField::returnPressed);
        QSignalSpy edits(&field, &LineField::textEdited);
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        QTest::keyClicks(&field, u"Port shut"_s);
        QTest::keyClick(&field, Qt::Key_Return);
        QTest::keyClick(&field, Qt::Key_Enter);
        QTest::keyClick(&field, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(field.text(), u"Port shut"_s);
        QCOMPARE(returns.count(), 3);
        QCOMPARE(edits.count(), 9);
        QCOMPARE(edits.last().at(0).toString(), u"Port shut"_s);
    }

    void aPasteComesInAsOneParagraph()
    {
        LineField field;
        QSignalSpy edits(&field, &LineField::textEdited);
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        QApplication::clipboard()->setText(
                u"A tanker waits\r\nin the rain.\n\n  Ships\u2029queue."_s);
        QTest::keyClick(&field, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(field.text(), u"A tanker waits in the rain. Ships queue."_s);
        QCOMPARE(field.document()->blockCount(), 1);
        QCOMPARE(edits.count(), 1);

        // A paste longer than a field may be never enters: the would-be text
        // goes to the receiver, which refuses it.
        edits.clear();
        QApplication::clipboard()->setText(QString(2500, u'x'));
        QTest::keyClick(&field, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(field.text(), u"A tanker waits in the rain. Ships queue."_s);
        QCOMPARE(edits.count(), 1);
        QCOMPARE(edits.at(0).at(0).toString().size(), 2500 + 40);
        QApplication::clipboard()->clear();
    }

    void loadingIsNotAnEditAndKeepsEveryCharacter()
    {
        LineField field;
        QSignalSpy edits(&field, &LineField::textEdited);
        const QString text = u"Price\u00A0cut: 5\u00A0% “today”"_s;
        field.setText(text);
        QCOMPARE(field.text(), text); // a no-break space stays one
        QCOMPARE(edits.count(), 0);
        QCOMPARE(field.cursorPosition(), int(text.size()));
        field.setSelection(6, 3);
        QCOMPARE(field.selectedText(), u"cut"_s);
        field.setCursorPosition(1000);
        QCOMPARE(field.cursorPosition(), int(text.size()));
        // Its own undo history is off: the window's one covers the story.
        QVERIFY(!field.isUndoRedoEnabled());
    }
};

QTEST_MAIN(TestLineField)
#include "tst_linefield.moc"
