// SPDX-License-Identifier: MIT
#include "documentsplice.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

#include <vector>

namespace Copydesk {

namespace {

/// The character that ends a block: a paragraph separator, or the mark
/// where a frame or table cell begins or ends.
QChar separatorOf(const QTextBlock &block)
{
    return block.document()->characterAt(block.position() + block.length() - 1);
}

bool sameBlock(const QTextBlock &a, const QTextBlock &b)
{
    if (a.length() != b.length() || a.text() != b.text() || a.blockFormat() != b.blockFormat() ||
        a.charFormat() != b.charFormat() || separatorOf(a) != separatorOf(b))
        return false;
    QTextBlock::iterator i = a.begin();
    QTextBlock::iterator j = b.begin();
    for (; !i.atEnd() && !j.atEnd(); ++i, ++j) {
        const QTextFragment x = i.fragment();
        const QTextFragment y = j.fragment();
        if (x.length() != y.length() || x.charFormat() != y.charFormat())
            return false;
    }
    return i.atEnd() && j.atEnd();
}

/// A block that can be rewritten in place: a plain paragraph of one frame.
bool plainParagraph(const QTextBlock &block)
{
    if (block.textList() || separatorOf(block) != QChar::ParagraphSeparator)
        return false;
    return QTextCursor(block).currentTable() == nullptr;
}

std::vector<QTextBlock> blocksOf(const QTextDocument &document)
{
    std::vector<QTextBlock> blocks;
    blocks.reserve(size_t(document.blockCount()));
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        blocks.push_back(block);
    return blocks;
}

} // namespace

std::optional<SplicePlan> planSplice(const QTextDocument &before, const QTextDocument &after)
{
    const std::vector<QTextBlock> old = blocksOf(before);
    const std::vector<QTextBlock> fresh = blocksOf(after);
    if (old.empty() || fresh.empty())
        return std::nullopt;
    const size_t shorter = std::min(old.size(), fresh.size());
    size_t first = 0;
    while (first < shorter && sameBlock(old[first], fresh[first]))
        ++first;
    if (first == old.size() && first == fresh.size())
        return SplicePlan{int(first), int(first), int(first)};
    size_t tail = 0;
    while (tail < shorter - first &&
           sameBlock(old[old.size() - 1 - tail], fresh[fresh.size() - 1 - tail]))
        ++tail;
    size_t oldEnd = old.size() - tail;
    size_t freshEnd = fresh.size() - tail;
    // Paragraphs only added or only removed: take in a neighbour, so both
    // sides have a paragraph to rewrite and no separator is removed alone.
    if (first == oldEnd || first == freshEnd) {
        if (first > 0 && plainParagraph(old[first - 1])) {
            --first;
        } else if (tail > 0 && plainParagraph(old[oldEnd])) {
            ++oldEnd;
            ++freshEnd;
        } else {
            return std::nullopt;
        }
    }
    int changed = 0;
    for (size_t k = first; k < oldEnd; ++k) {
        if (!plainParagraph(old[k]))
            return std::nullopt;
        changed += old[k].length();
    }
    for (size_t k = first; k < freshEnd; ++k) {
        if (!plainParagraph(fresh[k]))
            return std::nullopt;
        changed += fresh[k].length();
    }
    // A change that large is laid out whole either way.
    if (changed > before.characterCount() / 2)
        return std::nullopt;
    return SplicePlan{int(first), int(oldEnd), int(freshEnd)};
}

void applySplice(QTextDocument &target, const QTextDocument &after, const SplicePlan &plan)
{
    // The page's <title> (the headline) is kept apart from its paragraphs.
    const QString title = after.metaInformation(QTextDocument::DocumentTitle);
    if (target.metaInformation(QTextDocument::DocumentTitle) != title)
        target.setMetaInformation(QTextDocument::DocumentTitle, title);
    if (plan.first == plan.oldEnd && plan.first == plan.freshEnd)
        return;
    const QTextBlock begin = target.findBlockByNumber(plan.first);
    const QTextBlock last = target.findBlockByNumber(plan.oldEnd - 1);
    QTextCursor cursor(&target);
    cursor.beginEditBlock();
    cursor.setPosition(begin.position());
    cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    QTextBlock block = after.findBlockByNumber(plan.first);
    for (int k = plan.first; k < plan.freshEnd; ++k, block = block.next()) {
        if (k == plan.first) {
            cursor.setBlockFormat(block.blockFormat());
            cursor.setBlockCharFormat(block.charFormat());
        } else {
            cursor.insertBlock(block.blockFormat(), block.charFormat());
        }
        for (QTextBlock::iterator run = block.begin(); !run.atEnd(); ++run)
            cursor.insertText(run.fragment().text(), run.fragment().charFormat());
    }
    cursor.endEditBlock();
}

} // namespace Copydesk
