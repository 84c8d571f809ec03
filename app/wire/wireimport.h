// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "store/storystore.h"
#include "wire/wireimporter.h"

#include <QList>

#include <optional>
#include <QString>

namespace Copydesk {

/// A wire story the library already holds: same headline, dateline and first paragraph.
struct WireDuplicate
{
    Story incoming;        ///< as read from the page, not stored
    StorySummary existing; ///< the story in the library
};

/// What an import does with a story the library already holds.
enum class DuplicatePolicy {
    Skip,   ///< leave the library's story as it is (the default)
    Update, ///< save the wire text as the next version of the library's story
};

/// How one file of a batch went.
struct WireFileOutcome
{
    QString path;
    QList<Story> imported;           ///< new stories, as stored; empty when refused
    QList<Story> updated;            ///< stories held already, saved with the wire text (Update)
    QList<WireDuplicate> duplicates; ///< stories held already and left alone (Skip)
    QList<WireProblem> problems;     ///< why nothing was imported from it
    bool ok() const { return problems.isEmpty(); }
};

/**
 * The story the library already holds for a wire story, if any: one with
 * the same headline (looked up by index), dateline and first paragraph,
 * the spacing and case of the paragraph aside.
 */
Result<std::optional<StorySummary>> findWireDuplicate(StoryStore &store, const Story &incoming);

/**
 * Saves each duplicate's wire text (headline, highlights, dateline, byline,
 * body, captions) as the next version of the story the library holds, in
 * one transaction; its status, slug and pictures stay. Stories whose text
 * is the same already are left out of the result.
 */
Result<QList<Story>> updateFromWire(StoryStore &store, const QList<WireDuplicate> &duplicates,
                                    const QString &sourceName);

/**
 * Reads a wire page file and stores all its stories in one transaction
 * (StoryStore::saveStories): either every story of the file is in the
 * library afterwards, or none is and the problems say why. A file over
 * maxWirePageBytes is refused without being read whole.
 */
WireFileOutcome importWireFile(StoryStore &store, const QString &path, WireOptions options,
                               DuplicatePolicy duplicates = DuplicatePolicy::Skip);

/// The same for text that did not come from a file (a paste, a drop of text).
WireFileOutcome importWireText(StoryStore &store, const QByteArray &bytes,
                               const WireOptions &options,
                               DuplicatePolicy duplicates = DuplicatePolicy::Skip);

} // namespace Copydesk
