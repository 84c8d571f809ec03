// SPDX-License-Identifier: MIT
#include "spellunderliner.h"

#include <QAction>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Copydesk {

SpellUnderliner::SpellUnderliner(QPlainTextEdit *editor)
    : QObject(editor)
    , m_editor(editor)
    , m_timer(new QTimer(this))
{
    setObjectName(u"spelling"_s);
    // Underlines follow typing and scrolling after a short pause, on screen only.
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &SpellUnderliner::recheck);
    connect(editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_spell)
            m_timer->start();
    });
    connect(editor, &QPlainTextEdit::updateRequest, this, [this](const QRect &, int dy) {
        if (dy != 0 && m_spell)
            m_timer->start();
    });
}

SpellUnderliner *SpellUnderliner::of(const QObject *editor)
{
    return editor ? editor->findChild<SpellUnderliner *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

bool SpellUnderliner::active() const
{
    return m_spell && !m_editor->isReadOnly() && m_document && m_editor->document() == m_document;
}

void SpellUnderliner::setChecker(SpellChecker *checker)
{
    m_spell = checker;
    m_timer->stop();
    m_cache.clear();
    m_visible.clear();
    // Without a checker nothing is looked at: the window may be closing and
    // the document gone already.
    if (checker)
        recheck();
    else
        clear();
}

void SpellUnderliner::setDocument(QTextDocument *document)
{
    clear();
    if (m_document)
        disconnect(m_document, &QObject::destroyed, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &QObject::destroyed, this, &SpellUnderliner::clear);
}

void SpellUnderliner::clear()
{
    m_timer->stop();
    m_visible.clear();
    m_cache.clear();
    if (!m_editor->extraSelections().isEmpty())
        m_editor->setExtraSelections({});
}

QList<Misspelling> SpellUnderliner::mistakesIn(const QTextBlock &block)
{
    if (!m_spell)
        return {};
    const QString text = block.text();
    const auto cached = m_cache.constFind(text);
    if (cached != m_cache.cend())
        return *cached;
    // Paragraphs seen in this session, however many edits came and went; bounded.
    if (m_cache.size() > 4000)
        m_cache.clear();
    const QList<Misspelling> found = m_spell->check(text);
    m_cache.insert(text, found);
    return found;
}

void SpellUnderliner::recheck()
{
    m_cache.clear();
    m_visible.clear();
    QList<QTextEdit::ExtraSelection> selections;
    if (active()) {
        const QColor unknown(0xd0, 0x20, 0x20);
        const QColor repeated(0xd0, 0x80, 0x00);
        const int bottom = m_editor->viewport()->height();
        QTextBlock block = m_editor->cursorForPosition(QPoint(0, 0)).block();
        for (; block.isValid(); block = block.next()) {
            if (m_editor->cursorRect(QTextCursor(block)).top() > bottom)
                break;
            for (Misspelling mistake : mistakesIn(block)) {
                mistake.start += block.position();
                m_visible.append(mistake);
                QTextEdit::ExtraSelection selection;
                selection.cursor = QTextCursor(m_document);
                selection.cursor.setPosition(int(mistake.start));
                selection.cursor.setPosition(int(mistake.start + mistake.length),
                                             QTextCursor::KeepAnchor);
                selection.format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
                selection.format.setUnderlineColor(
                        mistake.kind == Misspelling::Kind::Repeated ? repeated : unknown);
                selection.format.setToolTip(
                        mistake.kind == Misspelling::Kind::Repeated
                                ? tr("“%1” twice").arg(mistake.word)
                                : tr("Not in the dictionary: “%1”").arg(mistake.word));
                selections.append(selection);
            }
        }
    }
    if (!selections.isEmpty() || !m_editor->extraSelections().isEmpty())
        m_editor->setExtraSelections(selections);
}

std::optional<Misspelling> SpellUnderliner::mistakeAt(int position)
{
    if (!active())
        return std::nullopt;
    const QTextBlock block = m_document->findBlock(position);
    if (!block.isValid())
        return std::nullopt;
    for (Misspelling mistake : mistakesIn(block)) {
        mistake.start += block.position();
        if (position >= mistake.start && position <= mistake.start + mistake.length)
            return mistake;
    }
    return std::nullopt;
}

std::optional<Misspelling> SpellUnderliner::mistakeAtCursor()
{
    return mistakeAt(m_editor->textCursor().selectionStart());
}

bool SpellUnderliner::selectMistakeFrom(int position)
{
    if (!active())
        return false;
    for (QTextBlock block = m_document->findBlock(position); block.isValid();
         block = block.next()) {
        for (const Misspelling &mistake : mistakesIn(block)) {
            const int at = block.position() + int(mistake.start);
            if (at < position)
                continue;
            QTextCursor cursor(m_document);
            cursor.setPosition(at);
            cursor.setPosition(at + int(mistake.length), QTextCursor::KeepAnchor);
            m_editor->setTextCursor(cursor);
            m_editor->ensureCursorVisible();
            return true;
        }
    }
    return false;
}

bool SpellUnderliner::selectNextMistake()
{
    const int from = m_editor->textCursor().selectionEnd();
    if (selectMistakeFrom(from))
        return true;
    // Round from the top: nothing at or after from, so what it finds lies before.
    return from > 0 && selectMistakeFrom(0);
}

void SpellUnderliner::replaceMistake(const Misspelling &mistake, const QString &with)
{
    if (!active())
        return;
    QTextCursor cursor(m_document);
    cursor.setPosition(int(mistake.start));
    cursor.setPosition(int(mistake.start + mistake.length), QTextCursor::KeepAnchor);
    if (cursor.selectedText() != mistake.word)
        return; // the text moved on since the menu opened
    if (mistake.kind == Misspelling::Kind::Repeated) {
        // The second word goes, with the spaces before it.
        int begin = int(mistake.start);
        while (begin > 0 && m_document->characterAt(begin - 1).isSpace())
            --begin;
        cursor.setPosition(begin);
        cursor.setPosition(int(mistake.start + mistake.length), QTextCursor::KeepAnchor);
    }
    // Through the editor's cursor, as typing would be: the field reports it as an edit.
    m_editor->setTextCursor(cursor);
    m_editor->insertPlainText(with);
}

void SpellUnderliner::addSpellingActions(QMenu *menu, const QPoint &pos)
{
    if (!active())
        return;
    const auto found = mistakeAt(m_editor->cursorForPosition(pos).position());
    if (!found)
        return;
    const Misspelling mistake = *found;
    QAction *first = menu->actions().value(0);
    QList<QAction *> added;
    if (mistake.kind == Misspelling::Kind::Repeated) {
        auto *remove = new QAction(tr("Delete the Repeated “%1”").arg(mistake.word), menu);
        connect(remove, &QAction::triggered, this,
                [this, mistake] { replaceMistake(mistake, QString()); });
        added.append(remove);
    } else {
        const QStringList suggestions = m_spell->suggestions(mistake.word, 6);
        for (const QString &suggestion : suggestions) {
            auto *use = new QAction(suggestion, menu);
            QFont bold = use->font();
            bold.setBold(true);
            use->setFont(bold);
            connect(use, &QAction::triggered, this,
                    [this, mistake, suggestion] { replaceMistake(mistake, suggestion); });
            added.append(use);
        }
        if (suggestions.isEmpty()) {
            auto *none = new QAction(tr("No Suggestions"), menu);
            none->setEnabled(false);
            added.append(none);
        }
        auto *ignore = new QAction(tr("&Ignore “%1”").arg(mistake.word), menu);
        ignore->setToolTip(tr("Take the word as right until Copydesk closes"));
        connect(ignore, &QAction::triggered, this, [this, mistake] {
            if (!m_spell)
                return;
            m_spell->acceptWords({mistake.word});
            recheck();
            Q_EMIT wordIgnored(mistake.word);
        });
        added.append(ignore);
        auto *add = new QAction(tr("&Add “%1” to the Newsroom Dictionary").arg(mistake.word), menu);
        add->setToolTip(tr("Every desk sharing this library takes the word as right"));
        connect(add, &QAction::triggered, this,
                [this, mistake] { Q_EMIT addToDictionaryRequested(mistake.word); });
        added.append(add);
    }
    for (QAction *action : std::as_const(added)) {
        action->setObjectName(u"spelling"_s);
        menu->insertAction(first, action);
    }
    menu->insertSeparator(first);
}

} // namespace Copydesk
