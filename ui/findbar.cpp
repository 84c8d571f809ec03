// SPDX-License-Identifier: MIT
#include "findbar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Copydesk {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match &case"), this))
    , m_wholeWords(new QCheckBox(tr("&Whole words"), this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_replaceLabel(new QLabel(tr("Re&place with:"), this))
    , m_replaceOne(new QPushButton(tr("&Replace"), this))
    , m_replaceEvery(new QPushButton(tr("Replace &All"), this))
    , m_close(new QToolButton(this))
    , m_countDelay(new QTimer(this))
{
    setObjectName(u"findBar"_s);
    m_find->setObjectName(u"findText"_s);
    m_find->setClearButtonEnabled(true);
    m_find->setPlaceholderText(tr("Find in the body"));
    m_find->setToolTip(tr("Enter finds the next match, Shift+Enter the one before"));
    m_replace->setObjectName(u"replaceText"_s);
    m_replace->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setToolTip(tr("Enter replaces the selected match and finds the next"));
    m_matchCase->setToolTip(tr("Find only text with the same capital and small letters"));
    m_wholeWords->setToolTip(tr("Find only whole words, not parts of longer ones"));

    m_previous->setIcon(QIcon::fromTheme(u"go-up"_s, style()->standardIcon(QStyle::SP_ArrowUp)));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setShortcut(QKeySequence::FindPrevious);
    m_previous->setAutoRaise(true);
    m_next->setIcon(QIcon::fromTheme(u"go-down"_s, style()->standardIcon(QStyle::SP_ArrowDown)));
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setShortcut(QKeySequence::FindNext);
    m_next->setAutoRaise(true);
    m_close->setIcon(QIcon::fromTheme(u"window-close"_s,
                                      style()->standardIcon(QStyle::SP_TitleBarCloseButton)));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    m_close->setAutoRaise(true);
    m_count->setObjectName(u"findCount"_s);
    m_replaceOne->setToolTip(tr("Replace the selected match and find the next"));
    m_replaceEvery->setToolTip(tr("Replace every match in the body, as one step Undo takes back"));

    auto *findLabel = new QLabel(tr("F&ind:"), this);
    findLabel->setBuddy(m_find);
    m_replaceLabel->setBuddy(m_replace);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 2, 0, 2);
    grid->addWidget(findLabel, 0, 0);
    grid->addWidget(m_find, 0, 1);
    auto *findButtons = new QHBoxLayout;
    findButtons->addWidget(m_previous);
    findButtons->addWidget(m_next);
    findButtons->addWidget(m_matchCase);
    findButtons->addWidget(m_wholeWords);
    findButtons->addWidget(m_count, 1);
    findButtons->addWidget(m_close);
    grid->addLayout(findButtons, 0, 2);
    grid->addWidget(m_replaceLabel, 1, 0);
    grid->addWidget(m_replace, 1, 1);
    auto *replaceButtons = new QHBoxLayout;
    replaceButtons->addWidget(m_replaceOne);
    replaceButtons->addWidget(m_replaceEvery);
    replaceButtons->addStretch();
    grid->addLayout(replaceButtons, 1, 2);
    grid->setColumnStretch(1, 1);

    m_countDelay->setSingleShot(true);
    m_countDelay->setInterval(150);
    connect(m_countDelay, &QTimer::timeout, this, &FindBar::updateCount);

    connect(m_find, &QLineEdit::textEdited, this, [this] {
        // As the text grows, the match grows where it is rather than jumping on.
        if (m_editor) {
            QTextCursor cursor = m_editor->textCursor();
            cursor.setPosition(cursor.selectionStart());
            m_editor->setTextCursor(cursor);
        }
        if (!m_find->text().isEmpty())
            find(false);
        m_countDelay->start();
        updateButtons();
    });
    for (QCheckBox *box : {m_matchCase, m_wholeWords})
        connect(box, &QCheckBox::toggled, m_countDelay, qOverload<>(&QTimer::start));
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_replaceOne, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(m_replaceEvery, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);

    setFocusProxy(m_find);
    updateButtons();
    hide();
}

void FindBar::setEditor(QPlainTextEdit *editor)
{
    m_editor = editor;
    // Whichever story the editor shows now, the count follows its text.
    connect(editor, &QPlainTextEdit::textChanged, this, [this] {
        if (isVisible())
            m_countDelay->start();
    });
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (isVisible())
            m_countDelay->start();
    });
}

void FindBar::startFind()
{
    show(false);
}

void FindBar::startReplace()
{
    show(true);
}

void FindBar::show(bool replace)
{
    if (m_editor) {
        // A selection within one line is what to look for.
        const QString selected = m_editor->textCursor().selectedText();
        if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator) &&
            selected.size() <= 200)
            m_find->setText(selected);
    }
    for (QWidget *row :
         {static_cast<QWidget *>(m_replaceLabel), static_cast<QWidget *>(m_replace),
          static_cast<QWidget *>(m_replaceOne), static_cast<QWidget *>(m_replaceEvery)})
        row->setVisible(replace);
    QWidget::show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
    updateButtons();
    updateCount();
}

void FindBar::close()
{
    hide();
    if (m_editor)
        m_editor->setFocus(Qt::OtherFocusReason);
}

QRegularExpression FindBar::pattern() const
{
    QString text = QRegularExpression::escape(m_find->text());
    if (m_wholeWords->isChecked())
        text = u"(?<!\\w)"_s + text + u"(?!\\w)"_s;
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!m_matchCase->isChecked())
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(text, options);
}

bool FindBar::findNext()
{
    return find(false);
}

bool FindBar::findPrevious()
{
    return find(true);
}

bool FindBar::find(bool backward)
{
    if (!m_editor || m_find->text().isEmpty())
        return false;
    QTextDocument *document = m_editor->document();
    const QRegularExpression expression = pattern();
    // The document sets the expression's case option from the flags, whatever it was.
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_matchCase->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    const QTextCursor from = m_editor->textCursor();
    QTextCursor found = document->find(expression, from, flags);
    if (found.isNull()) {
        // Round the end (or the start) and on from the other side.
        QTextCursor edge(document);
        edge.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        found = document->find(expression, edge, flags);
    }
    if (found.isNull()) {
        Q_EMIT message(tr("“%1” is not in the body.").arg(m_find->text()));
        updateCount();
        return false;
    }
    m_editor->setTextCursor(found);
    m_editor->ensureCursorVisible();
    updateCount();
    return true;
}

bool FindBar::selectionMatches() const
{
    if (!m_editor || m_find->text().isEmpty())
        return false;
    const QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection())
        return false;
    // The match is judged where it stands, so that whole words see its neighbours.
    const QTextBlock block = cursor.block();
    const int start = cursor.selectionStart() - block.position();
    const QRegularExpressionMatch match =
            pattern().match(block.text(), start, QRegularExpression::NormalMatch,
                            QRegularExpression::AnchorAtOffsetMatchOption);
    return match.hasMatch() && match.capturedStart() == start &&
            match.capturedLength() == cursor.selectionEnd() - cursor.selectionStart();
}

bool FindBar::replaceCurrent()
{
    if (!m_editor || m_editor->isReadOnly())
        return false;
    if (!selectionMatches()) {
        findNext();
        return false;
    }
    QTextCursor cursor = m_editor->textCursor();
    cursor.insertText(m_replace->text());
    m_editor->setTextCursor(cursor);
    findNext();
    return true;
}

int FindBar::replaceAll()
{
    if (!m_editor || m_editor->isReadOnly() || m_find->text().isEmpty())
        return 0;
    const QString text = m_editor->document()->toPlainText();
    QList<std::pair<qsizetype, qsizetype>> matches;
    auto iterator = pattern().globalMatch(text);
    while (iterator.hasNext()) {
        const QRegularExpressionMatch match = iterator.next();
        if (match.capturedLength() > 0)
            matches.append({match.capturedStart(), match.capturedLength()});
    }
    if (matches.isEmpty()) {
        Q_EMIT message(tr("“%1” is not in the body; nothing was replaced.").arg(m_find->text()));
        return 0;
    }
    // From the end back, so that the earlier positions still hold; one edit block, one undo.
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    for (auto match = matches.crbegin(); match != matches.crend(); ++match) {
        cursor.setPosition(int(match->first));
        cursor.setPosition(int(match->first + match->second), QTextCursor::KeepAnchor);
        cursor.insertText(m_replace->text());
    }
    cursor.endEditBlock();
    const int count = int(matches.size());
    Q_EMIT message(tr("Replaced %n matches of “%1”; Undo takes them all back.", nullptr, count)
                           .arg(m_find->text()));
    updateCount();
    return count;
}

QString FindBar::countText() const
{
    return m_count->text();
}

void FindBar::updateCount()
{
    m_countDelay->stop();
    if (!m_editor || m_find->text().isEmpty()) {
        m_count->clear();
        return;
    }
    const QString text = m_editor->document()->toPlainText();
    const int selected = selectionMatches() ? m_editor->textCursor().selectionStart() : -1;
    int count = 0;
    int current = 0;
    auto iterator = pattern().globalMatch(text);
    while (iterator.hasNext() && count <= countLimit) {
        const QRegularExpressionMatch match = iterator.next();
        ++count;
        if (match.capturedStart() == selected)
            current = count;
    }
    if (count == 0)
        m_count->setText(tr("No matches"));
    else if (count > countLimit)
        m_count->setText(current ? tr("%1 of more than %2").arg(current).arg(countLimit)
                                 : tr("More than %1 matches").arg(countLimit));
    else if (current)
        m_count->setText(tr("%1 of %2").arg(current).arg(count));
    else
        m_count->setText(tr("%n matches", nullptr, count));
}

void FindBar::updateButtons()
{
    const bool text = !m_find->text().isEmpty();
    const bool writable = m_editor && !m_editor->isReadOnly();
    m_previous->setEnabled(text);
    m_next->setEnabled(text);
    m_replaceOne->setEnabled(text && writable);
    m_replaceEvery->setEnabled(text && writable);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_replace)
                replaceCurrent();
            else if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Copydesk
