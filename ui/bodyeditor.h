// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

namespace Copydesk {

class DocumentHighlighter;

/**
 * The plain-text Markdown editor for a story body, highlighted with
 * KSyntaxHighlighting's Markdown definition in a theme that follows the
 * light or dark palette.
 */
class BodyEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit BodyEditor(QWidget *parent = nullptr);

    /// Shows and edits this document (owned elsewhere, by the StoryDocument).
    void setBodyDocument(QTextDocument *document);
    DocumentHighlighter *highlighter() const { return m_highlighter; }

    /// Selects the character at offset in the body and shows it.
    void showPosition(int offset);

Q_SIGNALS:
    /// A paste or drop was refused; message says why.
    void editRefused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void applyTheme();

    DocumentHighlighter *m_highlighter;
    QTextDocument *m_emptyDocument = nullptr;
};

} // namespace Copydesk
