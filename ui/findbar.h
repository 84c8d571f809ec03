// SPDX-License-Identifier: MIT
#pragma once

#include <QRegularExpression>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;
QT_END_NAMESPACE

namespace Copydesk {

/**
 * Find and Replace inside the open story's body, as a bar under it (Ctrl+F,
 * Ctrl+H), apart from the library search. Finding moves the selection,
 * wrapping round; replacing goes through the body's own undo history, and
 * Replace All is one step of it. The bar counts the matches (up to a
 * limit, so that a pasted book does not hold up the keys).
 */
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    /// The editor searched; the bar follows its document as stories are opened.
    void setEditor(QPlainTextEdit *editor);

    /// Shows the bar with the selection (or the last text) to find, the find box focused.
    void startFind();
    /// The same with the replace row shown.
    void startReplace();
    /// Hides the bar and gives the focus back to the body.
    void close();

    /// Selects the next match after the cursor (wrapping round); false when there is none.
    bool findNext();
    bool findPrevious();
    /// Replaces the selected match, then selects the next; false when nothing was replaced.
    bool replaceCurrent();
    /// Replaces every match in one undoable step; returns how many.
    int replaceAll();

    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }
    QCheckBox *matchCaseBox() const { return m_matchCase; }
    QCheckBox *wholeWordsBox() const { return m_wholeWords; }
    /// "3 of 12", "No matches" …: what the bar says about the matches.
    QString countText() const;

    /// How many matches the bar counts at most before it says "more than".
    static constexpr int countLimit = 1000;

Q_SIGNALS:
    /// Something worth a line in the status bar: replacements made, text not found.
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void show(bool replace);
    QRegularExpression pattern() const;
    bool find(bool backward);
    /// Whether the selection is a whole match of the pattern.
    bool selectionMatches() const;
    void updateCount();
    void updateButtons();

    QPlainTextEdit *m_editor = nullptr;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_matchCase;
    QCheckBox *m_wholeWords;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_count;
    QLabel *m_replaceLabel;
    QPushButton *m_replaceOne;
    QPushButton *m_replaceEvery;
    QToolButton *m_close;
    QTimer *m_countDelay;
};

} // namespace Copydesk
