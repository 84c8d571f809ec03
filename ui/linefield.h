// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>
#include <QTextBlock>

namespace Copydesk {

class SpellChecker;
class SpellUnderliner;

/**
 * A one-paragraph field that wraps and grows with its text, for the
 * headline, a highlight, a caption or alt text: a two-sentence caption
 * stays in sight instead of scrolling out of a one-line box. It grows to
 * maximumLines and scrolls beyond. Enter does not break the paragraph (it
 * emits returnPressed); a pasted or dropped text with line breaks comes in
 * as one paragraph. A paste that would make it longer than a field may be
 * (maxLineFieldLength) never enters it: textEdited carries the would-be
 * text, for the receiver to refuse with its message (refuseOverLongEdit).
 *
 * It speaks like a QLineEdit (text, setText, textEdited, cursorPosition,
 * setSelection), and underlines spelling mistakes once given a checker.
 */
class LineField : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit LineField(QWidget *parent = nullptr);

    QString text() const;
    /// Shows text without reporting it as an edit; the cursor goes to the end, as in a QLineEdit.
    void setText(const QString &text);
    int cursorPosition() const;
    void setCursorPosition(int position);
    void setSelection(int start, int length);
    QString selectedText() const;

    /// How many lines it grows to before it scrolls.
    void setMaximumLines(int lines);
    int maximumLines() const { return m_maximumLines; }
    /// Lines the text takes at the present width.
    int lineCount() const;

    SpellUnderliner *spelling() const { return m_spelling; }
    /// The checker for its underlines (owned elsewhere; null: no checking).
    void setSpellChecker(SpellChecker *checker);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The user changed the text (typing, paste, cut, a suggestion taken); not setText.
    void textEdited(const QString &text);
    /// Enter or Return was pressed; the text is unchanged.
    void returnPressed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    void resizeEvent(QResizeEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void fitHeight();
    int heightForLines(int lines) const;

    SpellUnderliner *m_spelling;
    int m_maximumLines = 4;
    bool m_loading = false;
    QString m_last;
};

/**
 * Lets each paragraph of document take the direction of its own script
 * (its first strong letter): an Arabic paragraph runs from the right and
 * stands on the right, an English one from the left, whichever way the
 * window itself is laid out.
 */
void followScriptDirection(QTextDocument *document);

/**
 * Stands the right-to-left paragraphs among count blocks from first on the
 * right: a plain-text layout aligns every paragraph alike, so the editors
 * call this for the blocks on screen before they paint.
 */
void alignRightToLeftParagraphs(QTextBlock first, int count);

/// Line breaks (and the paragraph separators Qt puts in their place) become single spaces.
QString joinLines(const QString &text);

} // namespace Copydesk
