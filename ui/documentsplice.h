// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

class QTextDocument;

namespace Copydesk {

/// Which paragraphs to replace, by block number: blocks [first, oldEnd)
/// of the document on screen become blocks [first, freshEnd) of the new one.
struct SplicePlan
{
    int first = 0;
    int oldEnd = 0;
    int freshEnd = 0;
};

/**
 * What to replace in a document that reads like before so it reads like
 * after, changing only the paragraphs that differ, so a long page on screen
 * is laid out again around the edit instead of from the top. A typed key
 * changes one paragraph of the preview; a fresh document would be laid out
 * whole on the UI thread (Qt lays out a new document in growing steps, the
 * last ones tens of milliseconds long on a 20,000-word page).
 *
 * Reads both documents only, so it can run on a worker while the copy on
 * screen is painted. nullopt when the difference is not a run of plain
 * paragraphs in one frame (lists, tables, frames added or removed) or is
 * most of the page: swap the document then.
 */
[[nodiscard]] std::optional<SplicePlan> planSplice(const QTextDocument &before,
                                                   const QTextDocument &after);

/// Carries out plan on target, a document that reads like the plan's before.
void applySplice(QTextDocument &target, const QTextDocument &after, const SplicePlan &plan);

} // namespace Copydesk
