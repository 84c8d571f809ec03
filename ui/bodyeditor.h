// SPDX-License-Identifier: MIT
#pragma once

#include "spell/spellchecker.h"

#include <QPlainTextEdit>

QT_BEGIN_NAMESPACE
class QMenu;
QT_END_NAMESPACE

namespace Copydesk {

class DocumentHighlighter;
class SpellUnderliner;

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

    /// Selects length characters (at least one) at offset in the body and shows them.
    void showPosition(int offset, int length = 1);

    /**
     * Checks the spelling of the paragraphs on screen with checker (owned
     * elsewhere; null: no checking): wavy underlines drawn over the text as
     * extra selections, which leave the Markdown highlighting as it is.
     */
    void setSpellChecker(SpellChecker *checker);
    /// Checks again: the dictionary took words, or the checker changed.
    void recheckSpelling();
    /// Selects the next mistake after the cursor (wrapping round); false when there is none.
    bool selectNextMistake();
    /// The mistake under the cursor or the selection, if any.
    std::optional<Misspelling> mistakeAtCursor() const;
    /// The mistakes underlined now, positions in the document.
    QList<Misspelling> visibleMistakes() const;
    /**
     * Puts the spelling actions for the mistake at viewport position pos
     * (suggestions, Ignore, Add to Dictionary) at the top of menu.
     */
    void addSpellingActions(QMenu *menu, const QPoint &pos);

Q_SIGNALS:
    /// A paste or drop was refused; message says why.
    void editRefused(const QString &message);
    /// "Add to Dictionary": the word goes to the newsroom dictionary.
    void addToDictionaryRequested(const QString &word);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void applyTheme();

    DocumentHighlighter *m_highlighter;
    QTextDocument *m_emptyDocument = nullptr;
    SpellUnderliner *m_spelling;
};

} // namespace Copydesk
