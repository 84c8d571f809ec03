// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "store/storystore.h"
#include "story/storymerge.h"

#include <optional>

namespace Copydesk {

/// A save refused because the story was saved elsewhere first: the three texts to settle it.
struct EditConflict
{
    /// The version my edits began from; absent when it cannot be read.
    std::optional<Story> base;
    Story mine;
    /// What the library holds now; absent when the story was deleted elsewhere.
    std::optional<Story> theirs;
    QList<FieldEdit> edits;
};

/**
 * Reads what an edit conflict needs after a save of mine was refused:
 * the stored version and the one mine began from.
 */
Result<EditConflict> readEditConflict(StoryStore &store, const Story &mine);

/**
 * Saves the settlement of an edit conflict: theirs with fromMine's fields
 * taken from mine, as the next version (theirs stays in the history). If
 * that leaves out any field I changed, my text (theirs with all my edits)
 * is saved first as a version of its own, so both texts stay in the
 * history whatever was chosen. Both in one transaction; Conflict again when
 * yet another save came first. A story deleted elsewhere is saved anew
 * from mine.
 */
Result<Story> saveResolution(StoryStore &store, const EditConflict &conflict,
                             const QSet<EditableField> &fromMine);

} // namespace Copydesk
