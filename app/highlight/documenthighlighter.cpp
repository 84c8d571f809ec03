// SPDX-License-Identifier: MIT
#include "documenthighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

#include <QElapsedTimer>
#include <QFont>
#include <QPalette>
#include <QScopedValueRollback>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

Q_LOGGING_CATEGORY(lcHighlight, "copydesk.highlight", QtInfoMsg)

namespace Copydesk {

namespace {

// How long one slice may hold the event loop before yielding. The check runs after each
// block, so a slice ends within one block and one layout update of this.
constexpr qint64 SliceBudgetNs = 6'000'000;

/// The KSyntaxHighlighting state at the end of a block: the state the next block starts in.
class BlockState final : public QTextBlockUserData
{
public:
    explicit BlockState(const KSyntaxHighlighting::State &endState)
        : state(endState)
    {
    }

    KSyntaxHighlighting::State state;
};

BlockState *blockState(const QTextBlock &block)
{
    return dynamic_cast<BlockState *>(block.userData());
}

} // namespace

DocumentHighlighter::DocumentHighlighter(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &DocumentHighlighter::onTimeout);
    AbstractHighlighter::setTheme(
            repository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
}

DocumentHighlighter::~DocumentHighlighter() = default;

QTextDocument *DocumentHighlighter::document() const
{
    return m_document;
}

void DocumentHighlighter::setDocument(QTextDocument *document)
{
    if (document == m_document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_timer.stop();
    m_workLeft = false;
    m_dirtyStart = m_dirtyEnd = -1;
    m_document = document;
    if (!document)
        return;

    // QTextDocument emits contentsChange only once it has a layout.
    document->documentLayout();
    connect(document, &QTextDocument::contentsChange, this, &DocumentHighlighter::onContentsChange);
    connect(document, &QObject::destroyed, this, &DocumentHighlighter::onDocumentDestroyed);
    rehighlight();
}

void DocumentHighlighter::setDefinition(const QString &name)
{
    const KSyntaxHighlighting::Definition found = repository().definitionForName(name);
    if (!found.isValid())
        qCWarning(lcHighlight) << "No syntax definition named" << name << "- highlighting is off";
    setDefinition(found);
}

void DocumentHighlighter::setDefinition(const KSyntaxHighlighting::Definition &newDefinition)
{
    if (newDefinition == definition())
        return;
    AbstractHighlighter::setDefinition(newDefinition);
    m_charFormats.clear();
    rehighlight();
}

void DocumentHighlighter::setTheme(const KSyntaxHighlighting::Theme &newTheme)
{
    // Editors pass the theme again on every palette change; most of those keep the theme.
    const KSyntaxHighlighting::Theme current = theme();
    if (current.isValid() && newTheme.name() == current.name() &&
        newTheme.filePath() == current.filePath())
        return;
    AbstractHighlighter::setTheme(newTheme);
    m_charFormats.clear();
    rehighlight();
}

void DocumentHighlighter::rehighlight()
{
    if (!m_document)
        return;
    schedule(0, m_document->characterCount());
    m_timer.start();
}

bool DocumentHighlighter::isIdle() const
{
    return !m_workLeft && !m_timer.isActive();
}

KSyntaxHighlighting::Repository &DocumentHighlighter::repository()
{
    static KSyntaxHighlighting::Repository shared;
    return shared;
}

KSyntaxHighlighting::Theme DocumentHighlighter::themeForPalette(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                          : KSyntaxHighlighting::Repository::LightTheme);
}

void DocumentHighlighter::applyFormat(int offset, int length,
                                      const KSyntaxHighlighting::Format &format)
{
    if (length <= 0 || !format.isValid())
        return;
    const QTextCharFormat charFormat = this->charFormat(format);
    // Text in the theme's normal style keeps the editor's own palette colours.
    if (charFormat.isEmpty())
        return;
    if (!m_ranges.isEmpty()) {
        QTextLayout::FormatRange &last = m_ranges.last();
        if (last.start + last.length == offset && last.format == charFormat) {
            last.length += length;
            return;
        }
    }
    m_ranges.append({offset, length, charFormat});
}

void DocumentHighlighter::onContentsChange(int position, int removed, int added)
{
    if (m_markingDirty)
        return;
    if (m_workLeft) {
        // Carry the pending pass's positions across the edit. The pass must still reach the
        // block it had got to: the blocks from there on are not yet consistent.
        const auto moved = [position, removed, added](int at, int inside) {
            if (at < position)
                return at;
            return at >= position + removed ? at - removed + added : inside;
        };
        m_from = moved(m_from, position);
        m_until = std::max(moved(m_until, position + added), m_from);
    }
    // A pass still working its way down to the edit reaches it in its own time, but the
    // edited lines are highlighted before the edit returns either way, so they are never
    // painted with formats meant for the text they had before.
    const bool passIsAbove = m_workLeft && m_from < position;
    schedule(position, position + added);
    if (passIsAbove)
        highlightEditedBlocks(position, added);
    else
        runSlice();
    m_timer.start();
}

void DocumentHighlighter::highlightEditedBlocks(int position, int added)
{
    QTextBlock block = m_document->findBlock(position);
    if (!block.isValid())
        return;
    const QTextBlock previous = block.previous();
    const BlockState *known = previous.isValid() ? blockState(previous) : nullptr;
    // Nothing to start from where the pass has not been yet at all.
    if (previous.isValid() && !known)
        return;
    KSyntaxHighlighting::State state = known ? known->state : KSyntaxHighlighting::State();
    const QTextBlock last = m_document->findBlock(position + added);

    QElapsedTimer clock;
    clock.start();
    // These blocks lie inside the pending range, so the pass redoes them from the right
    // state; until then they show what the state above them last was.
    for (;;) {
        (void)highlightBlock(block, state);
        if (block == last || clock.nsecsElapsed() >= SliceBudgetNs)
            break;
        block = block.next();
        if (!block.isValid())
            break;
    }
    flushDirty();
}

void DocumentHighlighter::onDocumentDestroyed()
{
    m_timer.stop();
    m_workLeft = false;
    m_dirtyStart = m_dirtyEnd = -1;
}

void DocumentHighlighter::onTimeout()
{
    runSlice();
    if (m_workLeft) {
        m_timer.start();
        return;
    }
    Q_EMIT highlightingFinished();
}

void DocumentHighlighter::schedule(int from, int until)
{
    if (m_workLeft) {
        m_from = std::min(m_from, from);
        m_until = std::max(m_until, until);
    } else {
        m_from = from;
        m_until = until;
        m_workLeft = true;
    }
}

void DocumentHighlighter::runSlice()
{
    if (!m_workLeft)
        return;
    if (!m_document) {
        m_workLeft = false;
        return;
    }
    QElapsedTimer clock;
    clock.start();

    QTextDocument *document = m_document;
    QTextBlock block = document->findBlock(m_from);
    if (!block.isValid())
        block = document->lastBlock();
    // Resume after the nearest block whose end state is known: normally the one just
    // above, unless something else replaced that block's user data.
    QTextBlock previous = block.previous();
    while (previous.isValid() && !blockState(previous)) {
        block = previous;
        previous = block.previous();
    }
    KSyntaxHighlighting::State state =
            previous.isValid() ? blockState(previous)->state : KSyntaxHighlighting::State();

    QTextBlock untilBlock = document->findBlock(m_until);
    if (!untilBlock.isValid())
        untilBlock = document->lastBlock();
    const int untilNumber = untilBlock.blockNumber();

    int number = block.blockNumber();
    bool finished = false;
    for (;;) {
        const bool sameEndState = highlightBlock(block, state);
        // Past the edited blocks, the next block was highlighted from this block's previous
        // end state: if that has not changed, neither has anything below.
        if (number > untilNumber && sameEndState) {
            finished = true;
            break;
        }
        block = block.next();
        ++number;
        if (!block.isValid()) {
            finished = true;
            break;
        }
        if (clock.nsecsElapsed() >= SliceBudgetNs)
            break;
    }
    flushDirty();

    if (finished)
        m_workLeft = false;
    else
        m_from = block.position();
}

bool DocumentHighlighter::highlightBlock(QTextBlock block, KSyntaxHighlighting::State &state)
{
    m_ranges.clear();
    const QString text = block.text();
    state = highlightLine(QStringView(text), state);

    QTextLayout *layout = block.layout();
    const QList<QTextLayout::FormatRange> current = layout->formats();
    // An input method's preedit text sits inside the layout's text but not the block's:
    // move the ranges over it and keep the input method's own formats, as
    // QSyntaxHighlighter does.
    const int preeditStart = layout->preeditAreaPosition();
    const int preeditLength = int(layout->preeditAreaText().size());
    if (preeditLength > 0) {
        for (QTextLayout::FormatRange &range : m_ranges) {
            if (range.start >= preeditStart)
                range.start += preeditLength;
            else if (range.start + range.length >= preeditStart)
                range.length += preeditLength;
        }
        for (const QTextLayout::FormatRange &range : current) {
            if (range.start >= preeditStart &&
                range.start + range.length <= preeditStart + preeditLength)
                m_ranges.append(range);
        }
    }
    if (current != m_ranges) {
        layout->setFormats(m_ranges);
        markDirty(block.position(), block.length());
    }

    BlockState *stored = blockState(block);
    if (!stored) {
        block.setUserData(new BlockState(state));
        return false;
    }
    const bool same = stored->state == state;
    stored->state = state;
    return same;
}

void DocumentHighlighter::markDirty(int position, int length)
{
    // One relayout request per slice, spanning every block whose formats changed: a
    // QTextDocumentLayout walks the whole document on each request, whatever its length.
    if (m_dirtyStart < 0)
        m_dirtyStart = position;
    m_dirtyEnd = position + length;
}

void DocumentHighlighter::flushDirty()
{
    if (m_dirtyStart >= 0 && m_document) {
        // markContentsDirty may report the range back through contentsChange.
        const QScopedValueRollback guard(m_markingDirty, true);
        m_document->markContentsDirty(m_dirtyStart, m_dirtyEnd - m_dirtyStart);
    }
    m_dirtyStart = m_dirtyEnd = -1;
}

QTextCharFormat DocumentHighlighter::charFormat(const KSyntaxHighlighting::Format &format)
{
    const auto found = m_charFormats.constFind(format.id());
    if (found != m_charFormats.cend())
        return *found;

    const KSyntaxHighlighting::Theme theme = this->theme();
    QTextCharFormat result;
    if (!format.isDefaultTextStyle(theme)) {
        if (format.hasTextColor(theme))
            result.setForeground(format.textColor(theme));
        if (format.hasBackgroundColor(theme))
            result.setBackground(format.backgroundColor(theme));
        if (format.isBold(theme))
            result.setFontWeight(QFont::Bold);
        if (format.isItalic(theme))
            result.setFontItalic(true);
        if (format.isUnderline(theme))
            result.setFontUnderline(true);
        if (format.isStrikeThrough(theme))
            result.setFontStrikeOut(true);
    }
    m_charFormats.insert(format.id(), result);
    return result;
}

} // namespace Copydesk
