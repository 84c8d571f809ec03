// SPDX-License-Identifier: MIT
#pragma once

#include "spell/spellchecker.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

QT_BEGIN_NAMESPACE
class QMenu;
class QPlainTextEdit;
class QPoint;
class QTextBlock;
class QTextDocument;
class QTimer;
QT_END_NAMESPACE

namespace Copydesk {

/**
 * Spelling for one plain-text editor (the body, a headline, a caption):
 * wavy underlines under the words the checker does not know and under a
 * word said twice, drawn as the editor's extra selections so they leave any
 * highlighting as it is. Only the paragraphs on screen are checked, after a
 * short pause in typing or scrolling; a paragraph's result is remembered by
 * its text. The context menu gets suggestions, Ignore and Add to Dictionary.
 *
 * A child of the editor: the editor's context menu finds it there.
 */
class SpellUnderliner : public QObject
{
    Q_OBJECT

public:
    explicit SpellUnderliner(QPlainTextEdit *editor);
    /// The editor's underliner, if it has one.
    static SpellUnderliner *of(const QObject *editor);

    /// The checker (owned elsewhere; null: no checking) and the underlines it gives.
    void setChecker(SpellChecker *checker);
    SpellChecker *checker() const { return m_spell; }
    /**
     * The document underlined while the editor shows it; underlines never
     * outlive it (Qt reads the old selections' cursors when they are replaced).
     */
    void setDocument(QTextDocument *document);
    /// Checks the visible paragraphs again: the dictionary took words, or the text changed.
    void recheck();
    /// Takes every underline away.
    void clear();

    /// The mistakes underlined now, positions in the document.
    QList<Misspelling> visibleMistakes() const { return m_visible; }
    /// The mistake at position in the document, if any.
    std::optional<Misspelling> mistakeAt(int position);
    /// The mistake under the cursor or at the start of the selection.
    std::optional<Misspelling> mistakeAtCursor();
    /// Selects the first mistake at or after position (no wrapping); false when none.
    bool selectMistakeFrom(int position);
    /// Selects the next mistake after the cursor, wrapping round; false when none.
    bool selectNextMistake();
    /// Puts the spelling actions for the mistake at viewport position pos at the top of menu.
    void addSpellingActions(QMenu *menu, const QPoint &pos);

Q_SIGNALS:
    /// "Add to Dictionary": the word goes to the newsroom dictionary.
    void addToDictionaryRequested(const QString &word);
    /// "Ignore": the checker took the word; other editors sharing it check again.
    void wordIgnored(const QString &word);

private:
    bool active() const;
    QList<Misspelling> mistakesIn(const QTextBlock &block);
    void replaceMistake(const Misspelling &mistake, const QString &with);

    QPlainTextEdit *m_editor;
    SpellChecker *m_spell = nullptr;
    QPointer<QTextDocument> m_document;
    QTimer *m_timer;
    QHash<QString, QList<Misspelling>> m_cache;
    QList<Misspelling> m_visible;
};

} // namespace Copydesk
