// SPDX-License-Identifier: MIT
#include "linefield.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QTextLayout>

#include "spellunderliner.h"
#include "story/story.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QMimeData>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

QString joinLines(const QString &text)
{
    static const QRegularExpression breaks(u"[ \\t]*[\\r\\n\\x{2028}\\x{2029}]+[ \\t]*"_s);
    QString joined = text;
    joined.replace(breaks, u" "_s);
    return joined;
}

LineField::LineField(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_spelling(new SpellUnderliner(this))
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // The story's history is the one undo history; the field keeps none of its own.
    setUndoRedoEnabled(false);
    document()->setDocumentMargin(2);
    followScriptDirection(document());
    m_spelling->setDocument(document());

    connect(document(), &QTextDocument::contentsChanged, this, [this] {
        fitHeight();
        if (m_loading)
            return;
        const QString now = text();
        if (now == m_last)
            return; // a format change, not the text
        m_last = now;
        Q_EMIT textEdited(now);
    });
    fitHeight();
}

QString LineField::text() const
{
    QString raw = document()->toRawText();
    raw.replace(QChar::ParagraphSeparator, u'\n');
    raw.replace(QChar::LineSeparator, u'\n');
    return raw;
}

void LineField::setText(const QString &text)
{
    m_loading = true;
    // Replacing the text through a cursor keeps the document, its layout and
    // the spelling underliner's hold on it.
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    m_loading = false;
    m_last = this->text();
    moveCursor(QTextCursor::End);
    fitHeight();
}

int LineField::cursorPosition() const
{
    return textCursor().position();
}

void LineField::setCursorPosition(int position)
{
    QTextCursor cursor = textCursor();
    cursor.setPosition(std::clamp(position, 0, document()->characterCount() - 1));
    setTextCursor(cursor);
}

void LineField::setSelection(int start, int length)
{
    const int last = document()->characterCount() - 1;
    QTextCursor cursor = textCursor();
    cursor.setPosition(std::clamp(start, 0, last));
    cursor.setPosition(std::clamp(start + length, 0, last), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

QString LineField::selectedText() const
{
    return textCursor().selectedText();
}

void LineField::setMaximumLines(int lines)
{
    m_maximumLines = std::max(lines, 1);
    fitHeight();
}

void LineField::setSpellChecker(SpellChecker *checker)
{
    m_spelling->setChecker(checker);
}

int LineField::lineCount() const
{
    int lines = 0;
    for (QTextBlock block = document()->firstBlock(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        lines += layout && layout->lineCount() > 0 ? layout->lineCount() : 1;
    }
    return std::max(lines, 1);
}

int LineField::heightForLines(int lines) const
{
    const QMargins margins = contentsMargins();
    const int text = lines * fontMetrics().lineSpacing();
    return text + int(2 * document()->documentMargin()) + margins.top() + margins.bottom() +
            2 * frameWidth();
}

QSize LineField::sizeHint() const
{
    const QSize base = QPlainTextEdit::sizeHint();
    return {base.width(), heightForLines(std::min(lineCount(), m_maximumLines))};
}

QSize LineField::minimumSizeHint() const
{
    // Never so narrow that a word breaks every few letters.
    const QSize base = QPlainTextEdit::minimumSizeHint();
    const int words = fontMetrics().averageCharWidth() * 14 + 2 * frameWidth() +
            verticalScrollBar()->sizeHint().width();
    return {std::max(base.width(), words), heightForLines(1)};
}

void LineField::fitHeight()
{
    // The layout knows its lines once the widget has a width.
    const int lines = std::min(lineCount(), m_maximumLines);
    const int height = heightForLines(lines);
    if (height != this->height() || minimumHeight() != height) {
        setFixedHeight(height);
        updateGeometry();
    }
    // While it fits, the text never scrolls away from its first line.
    if (lineCount() <= m_maximumLines && verticalScrollBar()->value() != 0)
        verticalScrollBar()->setValue(0);
}

void LineField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        Q_EMIT returnPressed();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void LineField::insertFromMimeData(const QMimeData *source)
{
    if (!source->hasText())
        return;
    const QString pasted = joinLines(source->text());
    const QTextCursor cursor = textCursor();
    const qsizetype length = document()->characterCount() - 1 -
            (cursor.selectionEnd() - cursor.selectionStart()) + pasted.size();
    if (length > maxLineFieldLength) {
        // Laid out, a page of text in one line holds the window for seconds:
        // the would-be text goes to the receiver, which refuses it, and the
        // field never takes it.
        QString wouldBe = text();
        wouldBe.replace(cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart(),
                        pasted);
        Q_EMIT textEdited(wouldBe);
        return;
    }
    insertPlainText(pasted);
}

void LineField::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    fitHeight();
}

void LineField::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    // Left, a field that scrolled shows its start again, as a line edit does.
    if (lineCount() > m_maximumLines && event->reason() != Qt::PopupFocusReason)
        verticalScrollBar()->setValue(0);
}

void LineField::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitHeight();
    if (event->type() == QEvent::LayoutDirectionChange)
        followScriptDirection(document());
}

void LineField::paintEvent(QPaintEvent *event)
{
    alignRightToLeftParagraphs(document()->firstBlock(), 1);
    QPlainTextEdit::paintEvent(event);
}

void alignRightToLeftParagraphs(QTextBlock first, int count)
{
    for (QTextBlock block = first; block.isValid() && count > 0; block = block.next(), --count) {
        if (block.textDirection() != Qt::RightToLeft)
            continue;
        // Laid out first, as painting would: laying out sets the document's alignment again.
        block.document()->documentLayout()->blockBoundingRect(block);
        QTextLayout *layout = block.layout();
        if (!layout)
            continue;
        QTextOption option = layout->textOption();
        if (option.alignment() & Qt::AlignRight)
            continue;
        // Read as lines are drawn and hit: no new layout is needed.
        option.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
        layout->setTextOption(option);
    }
}

void followScriptDirection(QTextDocument *document)
{
    QTextOption option = document->defaultTextOption();
    if (option.textDirection() == Qt::LayoutDirectionAuto)
        return;
    option.setTextDirection(Qt::LayoutDirectionAuto);
    document->setDefaultTextOption(option);
}

} // namespace Copydesk
