// SPDX-License-Identifier: MIT
#include "bodyeditor.h"

#include "fieldlimit.h"
#include "highlight/documenthighlighter.h"
#include "story/story.h"

#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Copydesk {

BodyEditor::BodyEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new DocumentHighlighter(this))
    , m_spellTimer(new QTimer(this))
{
    // Underlines follow typing and scrolling after a short pause, on screen only.
    m_spellTimer->setSingleShot(true);
    m_spellTimer->setInterval(150);
    connect(m_spellTimer, &QTimer::timeout, this, &BodyEditor::recheckSpelling);
    connect(this, &QPlainTextEdit::textChanged, m_spellTimer, qOverload<>(&QTimer::start));
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &, int dy) {
        if (dy != 0)
            m_spellTimer->start();
    });
    setObjectName(u"bodyEditor"_s);
    setAccessibleName(tr("Body"));
    setToolTip(tr("The story body in Markdown: blank lines between paragraphs, ## for a "
                  "subhead, > for a quote, [text](https://…) for a link."));
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // A long URL, or a paste with no spaces at all, wraps instead of making one
    // line of a hundred thousand characters (Qt lays such a line out in seconds).
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setPlaceholderText(tr("Write the story. The dateline is added before the first paragraph."));
    m_highlighter->setDefinition(u"Markdown"_s);
    applyTheme();
}

void BodyEditor::dropUnderlines()
{
    m_spellTimer->stop();
    m_visible.clear();
    m_spellCache.clear();
    if (!extraSelections().isEmpty())
        setExtraSelections({});
}

void BodyEditor::setBodyDocument(QTextDocument *document)
{
    // The underlines hold cursors into the document shown so far: they go
    // while it is still there (Qt reads them when they are replaced).
    dropUnderlines();
    if (m_shown)
        disconnect(m_shown, &QObject::destroyed, this, nullptr);
    m_shown = document;
    if (document)
        connect(document, &QObject::destroyed, this, &BodyEditor::dropUnderlines);
    if (!document) {
        m_highlighter->setDocument(nullptr);
        if (!m_emptyDocument) {
            m_emptyDocument = new QTextDocument(this);
            m_emptyDocument->setDocumentLayout(new QPlainTextDocumentLayout(m_emptyDocument));
        }
        setDocument(m_emptyDocument);
        setReadOnly(true);
        return;
    }
    setReadOnly(false);
    // The core keeps the body free of widget classes; the editor adds its layout.
    if (!qobject_cast<QPlainTextDocumentLayout *>(document->documentLayout()))
        document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    setDocument(document);
    m_highlighter->setDocument(document);
}

void BodyEditor::showPosition(int offset, int length)
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(offset, 0, document()->characterCount() - 1));
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, std::max(length, 1));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

void BodyEditor::insertFromMimeData(const QMimeData *source)
{
    if (source->hasText()) {
        const qsizetype length = document()->characterCount() - 1 -
                textCursor().selectedText().size() + source->text().size();
        if (length > maxBodyLength) {
            const QString message = bodyTooLongMessage(length);
            QToolTip::showText(viewport()->mapToGlobal(QPoint(0, 0)), message, this);
            Q_EMIT editRefused(message);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void BodyEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QPlainTextEdit::changeEvent(event);
}

void BodyEditor::applyTheme()
{
    m_highlighter->setTheme(DocumentHighlighter::themeForPalette(palette()));
}

void BodyEditor::setSpellChecker(SpellChecker *checker)
{
    m_spell = checker;
    m_spellTimer->stop();
    m_spellCache.clear();
    m_visible.clear();
    // Without a checker nothing is looked at: the window may be closing and
    // the story's document gone already.
    if (checker)
        recheckSpelling();
}

QList<Misspelling> BodyEditor::mistakesIn(const QTextBlock &block)
{
    if (!m_spell)
        return {};
    const QString text = block.text();
    const auto cached = m_spellCache.constFind(text);
    if (cached != m_spellCache.cend())
        return *cached;
    // Paragraphs seen in this session, however many edits came and went; bounded.
    if (m_spellCache.size() > 4000)
        m_spellCache.clear();
    const QList<Misspelling> found = m_spell->check(text);
    m_spellCache.insert(text, found);
    return found;
}

void BodyEditor::recheckSpelling()
{
    m_spellCache.clear();
    m_visible.clear();
    QList<QTextEdit::ExtraSelection> selections;
    if (m_spell && !isReadOnly() && m_shown && document() == m_shown) {
        const QColor unknown(0xd0, 0x20, 0x20);
        const QColor repeated(0xd0, 0x80, 0x00);
        const int bottom = viewport()->height();
        for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
            if (blockBoundingGeometry(block).translated(contentOffset()).top() > bottom)
                break;
            for (Misspelling mistake : mistakesIn(block)) {
                mistake.start += block.position();
                m_visible.append(mistake);
                QTextEdit::ExtraSelection selection;
                selection.cursor = QTextCursor(document());
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
    setExtraSelections(selections);
}

std::optional<Misspelling> BodyEditor::mistakeAt(int position)
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return std::nullopt;
    for (Misspelling mistake : mistakesIn(block)) {
        mistake.start += block.position();
        if (position >= mistake.start && position <= mistake.start + mistake.length)
            return mistake;
    }
    return std::nullopt;
}

std::optional<Misspelling> BodyEditor::mistakeAtCursor() const
{
    return const_cast<BodyEditor *>(this)->mistakeAt(textCursor().selectionStart());
}

bool BodyEditor::selectNextMistake()
{
    if (!m_spell)
        return false;
    const int from = textCursor().selectionEnd();
    const QTextBlock start = document()->findBlock(from);
    // From the cursor to the end, then from the top round to where it began.
    for (int pass = 0; pass < 2; ++pass) {
        QTextBlock block = pass == 0 ? start : document()->firstBlock();
        for (; block.isValid(); block = block.next()) {
            for (const Misspelling &mistake : mistakesIn(block)) {
                const int at = block.position() + int(mistake.start);
                if (pass == 0 && at < from)
                    continue;
                if (pass == 1 && at >= from)
                    return false;
                QTextCursor cursor(document());
                cursor.setPosition(at);
                cursor.setPosition(at + int(mistake.length), QTextCursor::KeepAnchor);
                setTextCursor(cursor);
                ensureCursorVisible();
                return true;
            }
            if (pass == 1 && block == start)
                return false;
        }
    }
    return false;
}

void BodyEditor::replaceMistake(const Misspelling &mistake, const QString &with)
{
    QTextCursor cursor(document());
    cursor.setPosition(int(mistake.start));
    cursor.setPosition(int(mistake.start + mistake.length), QTextCursor::KeepAnchor);
    if (cursor.selectedText() != mistake.word)
        return; // the text moved on since the menu opened
    if (mistake.kind == Misspelling::Kind::Repeated) {
        // The second word goes, with the spaces before it.
        int begin = int(mistake.start);
        while (begin > 0 && document()->characterAt(begin - 1).isSpace())
            --begin;
        cursor.setPosition(begin);
        cursor.setPosition(int(mistake.start + mistake.length), QTextCursor::KeepAnchor);
    }
    cursor.insertText(with);
}

void BodyEditor::addSpellingActions(QMenu *menu, const QPoint &pos)
{
    if (!m_spell || isReadOnly())
        return;
    const auto found = mistakeAt(cursorForPosition(pos).position());
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
            m_spell->acceptWords({mistake.word});
            recheckSpelling();
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
