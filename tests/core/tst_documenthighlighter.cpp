// SPDX-License-Identifier: MIT
#include "highlight/documenthighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractTextDocumentLayout>
#include <QColor>
#include <QFont>
#include <QPalette>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <functional>

#include "support/plainlayout.h"

using namespace Qt::StringLiterals;
using Copydesk::DocumentHighlighter;

namespace {

/// One step of a scenario; returns the cursor position after it, -1 when there is none.
using Edit = std::function<int(QTextDocument &, DocumentHighlighter &)>;

constexpr int WaitMs = 120'000;

const QString Story = u"Harbour reopens after storm\n"
                      "\n"
                      "The harbour *reopened* on Tuesday after **three days** of repairs.\n"
                      "\n"
                      "## What changed\n"
                      "- new [breakwater](https://example.com/breakwater)\n"
                      "- wider `slipway`\n"
                      "\n"
                      "> Quote from the harbourmaster.\n"
                      "\n"
                      "Closing paragraph with _emphasis_ and ~~strike~~.\n"_s;

const QString Fenced = u"Intro line\n"
                       "```\n"
                       "int main() { return 0; }\n"
                       "# not a heading\n"
                       "```\n"
                       "\n"
                       "## After the code\n"
                       "Text with *emphasis* and `code`.\n"_s;

QString manyLines(int count)
{
    QString text;
    for (int line = 0; line < count; ++line) {
        if (line % 50 == 0)
            text += u"## Section "_s + QString::number(line) + u'\n';
        else
            text += u"Line "_s + QString::number(line) +
                    u" with *emphasis*, a [link](https://example.com/"_s + QString::number(line) +
                    u") and `code`.\n"_s;
    }
    return text;
}

QString describeBlock(const QTextBlock &block)
{
    QString ranges;
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        const QTextCharFormat &format = range.format;
        ranges += u" ["_s + QString::number(range.start) + u'+' + QString::number(range.length);
        if (format.hasProperty(QTextFormat::ForegroundBrush))
            ranges += u" fg"_s + format.foreground().color().name(QColor::HexArgb);
        if (format.hasProperty(QTextFormat::BackgroundBrush))
            ranges += u" bg"_s + format.background().color().name(QColor::HexArgb);
        if (format.fontWeight() >= QFont::Bold)
            ranges += u" bold"_s;
        if (format.fontItalic())
            ranges += u" italic"_s;
        if (format.fontUnderline())
            ranges += u" underline"_s;
        if (format.fontStrikeOut())
            ranges += u" strike"_s;
        ranges += u']';
    }
    return QString::number(block.blockNumber()) + u" \""_s + block.text() + u"\":"_s + ranges;
}

QStringList describeDocument(const QTextDocument &document)
{
    QStringList blocks;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        blocks.append(describeBlock(block));
    return blocks;
}

bool waitIdle(DocumentHighlighter &highlighter)
{
    // Nothing runs between the check and the spy's creation, so no signal is missed.
    if (highlighter.isIdle())
        return true;
    QSignalSpy finished(&highlighter, &DocumentHighlighter::highlightingFinished);
    return finished.wait(WaitMs) && highlighter.isIdle();
}

/// What a fresh highlighter makes of text in a fresh document: the expected formats.
QStringList freshFormats(const QString &text, const DocumentHighlighter &like)
{
    QTextDocument document;
    document.setDocumentLayout(new PlainLayout(&document));
    document.setPlainText(text);
    DocumentHighlighter highlighter;
    highlighter.setDefinition(like.definition());
    highlighter.setTheme(like.theme());
    highlighter.setDocument(&document);
    if (!waitIdle(highlighter))
        return {u"fresh highlighter never became idle"_s};
    return describeDocument(document);
}

void compareWithFresh(const QTextDocument &document, const DocumentHighlighter &highlighter)
{
    const QStringList actual = describeDocument(document);
    const QStringList expected = freshFormats(document.toPlainText(), highlighter);
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i)
        QCOMPARE(actual.at(i), expected.at(i));
}

QTextCursor cursorAt(QTextDocument &document, int line, int column)
{
    QTextCursor cursor(&document);
    cursor.setPosition(document.findBlockByNumber(line).position() + column);
    return cursor;
}

/// Types text one character at a time, as a keyboard does.
Edit typeAt(int line, int column, const QString &text)
{
    return [=](QTextDocument &document, DocumentHighlighter &) {
        QTextCursor cursor = cursorAt(document, line, column);
        for (const QChar character : text)
            cursor.insertText(QString(character));
        return cursor.position();
    };
}

Edit enterAt(int line, int column)
{
    return [=](QTextDocument &document, DocumentHighlighter &) {
        QTextCursor cursor = cursorAt(document, line, column);
        cursor.insertBlock();
        return cursor.position();
    };
}

Edit backspaceAt(int line, int column)
{
    return [=](QTextDocument &document, DocumentHighlighter &) {
        QTextCursor cursor = cursorAt(document, line, column);
        cursor.deletePreviousChar();
        return cursor.position();
    };
}

Edit pasteAt(int line, int column, const QString &text)
{
    return [=](QTextDocument &document, DocumentHighlighter &) {
        QTextCursor cursor = cursorAt(document, line, column);
        cursor.insertText(text);
        return cursor.position();
    };
}

Edit removeBetween(int fromLine, int fromColumn, int toLine, int toColumn)
{
    return [=](QTextDocument &document, DocumentHighlighter &) {
        QTextCursor cursor = cursorAt(document, fromLine, fromColumn);
        cursor.setPosition(document.findBlockByNumber(toLine).position() + toColumn,
                           QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        return cursor.position();
    };
}

Edit replaceAll(const QString &text)
{
    return [=](QTextDocument &document, DocumentHighlighter &) {
        document.setPlainText(text);
        return 0;
    };
}

Edit followPalette(const QColor &base)
{
    return [=](QTextDocument &, DocumentHighlighter &highlighter) {
        QPalette palette;
        palette.setColor(QPalette::Base, base);
        highlighter.setTheme(DocumentHighlighter::themeForPalette(palette));
        return -1;
    };
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestDocumentHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void edits_data()
    {
        QTest::addColumn<QString>("initial");
        QTest::addColumn<QList<Edit>>("edits");
        QTest::addColumn<bool>("undoable");

        QTest::newRow("fence and Enter typed at the top")
                << Story << QList<Edit>{typeAt(0, 0, u"```"_s), enterAt(0, 3)} << true;
        QTest::newRow("fence opened at the top, then closed further down")
                << Story
                << QList<Edit>{typeAt(0, 0, u"```"_s), enterAt(0, 3), typeAt(6, 0, u"```"_s),
                               enterAt(6, 3)}
                << true;
        QTest::newRow("opening fence removed")
                << Fenced << QList<Edit>{removeBetween(1, 0, 1, 3)} << true;
        QTest::newRow("Enter splits a line inside a fenced block")
                << Fenced << QList<Edit>{enterAt(2, 10)} << true;
        QTest::newRow("Backspace joins a fence to the line above")
                << Fenced << QList<Edit>{backspaceAt(1, 0)} << true;
        QTest::newRow("Backspace joins two lines inside a fenced block")
                << Fenced << QList<Edit>{backspaceAt(3, 0)} << true;
        QTest::newRow("paste of lines with a fence in the middle")
                << Story << QList<Edit>{pasteAt(2, 0, u"Pasted paragraph\n```\npasted code\n"_s)}
                << true;
        QTest::newRow("selection spanning a fence deleted")
                << Fenced << QList<Edit>{removeBetween(0, 5, 2, 4)} << true;
        QTest::newRow("heading typed at a line start")
                << Story << QList<Edit>{typeAt(2, 0, u"# "_s)} << true;
        QTest::newRow("setPlainText") << Story << QList<Edit>{replaceAll(Fenced)} << false;
        QTest::newRow("theme light to dark")
                << Fenced << QList<Edit>{followPalette(QColor(0x20, 0x20, 0x20))} << false;
        QTest::newRow("3000 lines, fence at the top reaches the end")
                << manyLines(3000) << QList<Edit>{typeAt(0, 0, u"```"_s), enterAt(0, 3)} << true;
    }

    void edits()
    {
        QFETCH(QString, initial);
        QFETCH(QList<Edit>, edits);
        QFETCH(bool, undoable);

        QTextDocument document;
        document.setPlainText(initial);
        DocumentHighlighter highlighter;
        highlighter.setDefinition(u"Markdown"_s);
        highlighter.setDocument(&document);
        QVERIFY(waitIdle(highlighter));
        compareWithFresh(document, highlighter);
        if (QTest::currentTestFailed())
            return;

        for (const Edit &edit : std::as_const(edits)) {
            const QStringList before = describeDocument(document);
            const int position = edit(document, highlighter);
            // The edited line is coloured before the edit returns, not a slice later.
            const QTextBlock edited = document.findBlock(std::max(position, 0));
            const QString immediately = describeBlock(edited);
            QVERIFY(waitIdle(highlighter));
            const QStringList expected = freshFormats(document.toPlainText(), highlighter);
            if (position >= 0)
                QCOMPARE(immediately, expected.at(edited.blockNumber()));
            compareWithFresh(document, highlighter);
            if (QTest::currentTestFailed())
                return;
            // Every scenario changes how something looks, so a stale highlight would show.
            QVERIFY(describeDocument(document) != before);
        }
        const QString edited = document.toPlainText();

        if (!undoable)
            return;
        QVERIFY(document.isUndoAvailable());
        while (document.isUndoAvailable()) {
            document.undo();
            QVERIFY(waitIdle(highlighter));
            compareWithFresh(document, highlighter);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(document.toPlainText(), initial);
        while (document.isRedoAvailable()) {
            document.redo();
            QVERIFY(waitIdle(highlighter));
            compareWithFresh(document, highlighter);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(document.toPlainText(), edited);
    }

    void staleFormatsAreDetected()
    {
        // The comparison above must be able to fail: a highlighter that misses an edit is caught.
        QTextDocument document;
        document.setPlainText(Fenced);
        DocumentHighlighter highlighter;
        highlighter.setDefinition(u"Markdown"_s);
        highlighter.setDocument(&document);
        QVERIFY(waitIdle(highlighter));
        highlighter.setDocument(nullptr);
        cursorAt(document, 1, 0).deleteChar();
        QVERIFY(describeDocument(document) != freshFormats(document.toPlainText(), highlighter));
    }

    void themeFollowsPalette()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
        const KSyntaxHighlighting::Theme lightTheme = DocumentHighlighter::themeForPalette(light);
        const KSyntaxHighlighting::Theme darkTheme = DocumentHighlighter::themeForPalette(dark);
        QVERIFY(lightTheme.isValid());
        QVERIFY(darkTheme.isValid());
        QVERIFY(lightTheme.name() != darkTheme.name());

        QTextDocument document;
        document.setPlainText(Story);
        DocumentHighlighter highlighter;
        highlighter.setDefinition(u"Markdown"_s);
        highlighter.setTheme(lightTheme);
        highlighter.setDocument(&document);
        QVERIFY(waitIdle(highlighter));
        const QString headingInLight = describeBlock(document.findBlockByNumber(4));
        highlighter.setTheme(darkTheme);
        QVERIFY(waitIdle(highlighter));
        const QString headingInDark = describeBlock(document.findBlockByNumber(4));
        QVERIFY(headingInLight.contains(u" fg"_s));
        QVERIFY2(headingInLight != headingInDark, qPrintable(headingInDark));
        compareWithFresh(document, highlighter);
    }

    void formatsStayOutOfUndo()
    {
        QTextDocument document;
        document.setPlainText(Story);
        document.setModified(false);
        QSignalSpy undoCommands(&document, &QTextDocument::undoCommandAdded);
        QSignalSpy modification(&document, &QTextDocument::modificationChanged);
        DocumentHighlighter highlighter;
        highlighter.setDefinition(u"Markdown"_s);
        highlighter.setDocument(&document);
        QVERIFY(waitIdle(highlighter));
        QVERIFY(describeDocument(document).join(QString()).contains(u" fg"_s));
        QCOMPARE(document.availableUndoSteps(), 0);
        QVERIFY(!document.isModified());
        QCOMPARE(undoCommands.size(), 0);
        QCOMPARE(modification.size(), 0);

        typeAt(0, 0, u"```"_s)(document, highlighter);
        QVERIFY(waitIdle(highlighter));
        const int steps = document.availableUndoSteps();
        QCOMPARE(steps, 1);
        document.setModified(false);
        undoCommands.clear();
        modification.clear();

        highlighter.setTheme(DocumentHighlighter::repository().defaultTheme(
                KSyntaxHighlighting::Repository::DarkTheme));
        QVERIFY(waitIdle(highlighter));
        highlighter.rehighlight();
        QVERIFY(waitIdle(highlighter));
        QCOMPARE(document.availableUndoSteps(), steps);
        QVERIFY(!document.isModified());
        QVERIFY(!document.isRedoAvailable());
        QCOMPARE(undoCommands.size(), 0);
        QCOMPARE(modification.size(), 0);
    }

    void unknownDefinitionHighlightsNothing()
    {
        QTextDocument document;
        document.setPlainText(Story);
        DocumentHighlighter highlighter;
        highlighter.setDefinition(u"Markdown"_s);
        highlighter.setDocument(&document);
        QVERIFY(waitIdle(highlighter));
        QVERIFY(!document.findBlockByNumber(4).layout()->formats().isEmpty());

        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"No syntax definition named.*No Such Syntax"_s));
        highlighter.setDefinition(u"No Such Syntax"_s);
        QVERIFY(!highlighter.definition().isValid());
        QVERIFY(waitIdle(highlighter));
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
            QVERIFY2(block.layout()->formats().isEmpty(), qPrintable(describeBlock(block)));

        typeAt(0, 0, u"```"_s)(document, highlighter);
        QVERIFY(waitIdle(highlighter));
        QVERIFY(document.begin().layout()->formats().isEmpty());
    }

    void otherDefinitions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        QTest::newRow("JSON")
                << u"JSON"_s
                << u"{\n  \"slug\": \"harbour\",\n  \"open\": true,\n  \"berths\": [1, 2, null]\n}\n"_s;
        QTest::newRow("XML")
                << u"XML"_s
                << u"<?xml version=\"1.0\"?>\n<story id=\"7\">\n  <!-- note -->\n  <p>Text &amp; more</p>\n</story>\n"_s;
    }

    void otherDefinitions()
    {
        QFETCH(QString, name);
        QFETCH(QString, text);
        QTextDocument document;
        document.setPlainText(text);
        DocumentHighlighter highlighter;
        highlighter.setDefinition(name);
        QVERIFY(highlighter.definition().isValid());
        QCOMPARE(highlighter.definition().name(), name);
        highlighter.setDocument(&document);
        QVERIFY(waitIdle(highlighter));
        const QString all = describeDocument(document).join(u'\n');
        QVERIFY2(all.count(u" fg"_s) >= 3, qPrintable(all));
        compareWithFresh(document, highlighter);
    }

    void switchingDocuments()
    {
        QTextDocument first;
        first.setPlainText(Fenced);
        QTextDocument second;
        second.setPlainText(Story);
        DocumentHighlighter highlighter;
        highlighter.setDefinition(u"Markdown"_s);

        highlighter.setDocument(&first);
        QVERIFY(waitIdle(highlighter));
        compareWithFresh(first, highlighter);
        highlighter.setDocument(&second);
        QCOMPARE(highlighter.document(), &second);
        QVERIFY(waitIdle(highlighter));
        compareWithFresh(second, highlighter);

        // Edits to a detached document are not followed; attaching it again catches up.
        removeBetween(1, 0, 1, 3)(first, highlighter);
        QVERIFY(highlighter.isIdle());
        highlighter.setDocument(nullptr);
        QCOMPARE(highlighter.document(), nullptr);
        QVERIFY(highlighter.isIdle());
        typeAt(0, 0, u"```"_s)(second, highlighter);
        QVERIFY(highlighter.isIdle());
        highlighter.rehighlight();
        QVERIFY(highlighter.isIdle());

        highlighter.setDocument(&first);
        QVERIFY(waitIdle(highlighter));
        compareWithFresh(first, highlighter);
    }

    void documentDestroyedFirst()
    {
        DocumentHighlighter highlighter;
        highlighter.setDefinition(u"Markdown"_s);
        QSignalSpy finished(&highlighter, &DocumentHighlighter::highlightingFinished);
        auto *document = new QTextDocument;
        document->setPlainText(manyLines(20'000));
        highlighter.setDocument(document);
        typeAt(0, 0, u"```"_s)(*document, highlighter);
        QVERIFY(!highlighter.isIdle());
        delete document;
        QCOMPARE(highlighter.document(), nullptr);
        QVERIFY(highlighter.isIdle());
        QTest::qWait(0);
        QCOMPARE(finished.size(), 0);
        highlighter.rehighlight();
        QVERIFY(highlighter.isIdle());

        // A highlighter owned by its document goes with it.
        auto *owner = new QTextDocument;
        owner->setPlainText(Story);
        QPointer<DocumentHighlighter> child = new DocumentHighlighter(owner);
        child->setDefinition(u"Markdown"_s);
        child->setDocument(owner);
        delete owner;
        QVERIFY(child.isNull());
    }

    void editAboveAPassInProgress()
    {
        // The pass below must still run to the end, although the new edit alone would let
        // it stop at once.
        QTextDocument document;
        document.setDocumentLayout(new PlainLayout(&document));
        document.setPlainText(manyLines(20'000));
        DocumentHighlighter highlighter;
        highlighter.setDefinition(u"Markdown"_s);
        highlighter.setDocument(&document);
        QVERIFY(waitIdle(highlighter));

        QTextCursor cursor(&document);
        cursor.insertText(u"```"_s);
        cursor.insertBlock();
        QVERIFY(!highlighter.isIdle());
        typeAt(3, 0, u"x"_s)(document, highlighter);
        QVERIFY(waitIdle(highlighter));
        compareWithFresh(document, highlighter);
    }

    void largeDocumentIsHighlightedInSlices()
    {
        QString text;
        while (text.size() < 5 * 1024 * 1024)
            text += manyLines(1000);
        QTextDocument document;
        document.setDocumentLayout(new PlainLayout(&document));
        document.setPlainText(text);
        DocumentHighlighter highlighter;
        highlighter.setDefinition(u"Markdown"_s);
        QSignalSpy finished(&highlighter, &DocumentHighlighter::highlightingFinished);
        highlighter.setDocument(&document);
        QVERIFY(finished.wait(WaitMs));

        // The trailing block is empty; the one before it is the last line of text.
        const auto lastLineFormats = [&document] {
            return document.lastBlock().previous().layout()->formats();
        };
        const QList<QTextLayout::FormatRange> lastBefore = lastLineFormats();
        QTextCursor cursor(&document);
        cursor.insertText(u"```"_s);
        cursor.insertBlock();
        // The edit returned after one slice: the top is already right, the end still waits.
        const QString firstRightAfter = describeBlock(document.findBlockByNumber(0));
        const QString secondRightAfter = describeBlock(document.findBlockByNumber(1));
        QVERIFY(lastLineFormats() == lastBefore);
        QVERIFY(!highlighter.isIdle());

        // An edit below the pass is coloured at once, from the state the line above last
        // had (outside any fence), and put right when the pass gets there.
        QTextCursor nearEnd(document.lastBlock().previous());
        nearEnd.insertText(u"# "_s);
        const QList<QTextLayout::FormatRange> headingAtOnce = lastLineFormats();
        QTextDocument tail;
        tail.setPlainText(document.lastBlock().previous().previous().text() + u'\n' +
                          document.lastBlock().previous().text());
        DocumentHighlighter tailHighlighter;
        tailHighlighter.setDefinition(u"Markdown"_s);
        tailHighlighter.setDocument(&tail);
        QVERIFY(waitIdle(tailHighlighter));
        QVERIFY(headingAtOnce == tail.lastBlock().layout()->formats());

        QVERIFY(waitIdle(highlighter));
        QVERIFY(highlighter.isIdle());
        QVERIFY(lastLineFormats() != lastBefore);
        QVERIFY(lastLineFormats() != headingAtOnce);
        // Highlighting runs top down, so the first lines alone give the expected top.
        QTextDocument top;
        top.setPlainText(u"```\n"_s + manyLines(100));
        DocumentHighlighter topHighlighter;
        topHighlighter.setDefinition(u"Markdown"_s);
        topHighlighter.setDocument(&top);
        QVERIFY(waitIdle(topHighlighter));
        QCOMPARE(firstRightAfter, describeBlock(top.findBlockByNumber(0)));
        QCOMPARE(secondRightAfter, describeBlock(top.findBlockByNumber(1)));
        for (int line = 0; line < 100; ++line)
            QCOMPARE(describeBlock(document.findBlockByNumber(line)),
                     describeBlock(top.findBlockByNumber(line)));
        compareWithFresh(document, highlighter);
    }
};

QTEST_MAIN(TestDocumentHighlighter)
#include "tst_documenthighlighter.moc"
