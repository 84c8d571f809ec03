// SPDX-License-Identifier: MIT
#pragma once

#include "story/story.h"

#include <QList>
#include <QString>
#include <QTimeZone>

namespace Copydesk {

/// A run of text that is in both versions, or only in the older, or only in the newer.
struct TextChange
{
    enum class Kind { Same, Deleted, Inserted };
    Kind kind = Kind::Same;
    QString text;

    bool operator==(const TextChange &) const = default;
};

/**
 * The changes that turn before into after, word by word: words, runs of
 * blanks and single punctuation marks are the units, so a changed comma
 * shows as a comma. Same, Deleted and Inserted runs concatenate back to
 * the texts (the Same and Deleted runs give before, Same and Inserted
 * after). Computed with dtl (the Diff Template Library).
 */
QList<TextChange> diffWords(const QString &before, const QString &after);

/// One field of two versions side by side.
struct FieldDiff
{
    QString key;   ///< "headline", "body", "photos[0].caption" …
    QString label; ///< for people: "Headline", "Photo 1 caption" …
    QString before;
    QString after;
    /// Word by word, for every field.
    QList<TextChange> changes;

    bool changed() const { return before != after; }
};

/**
 * Every field of two versions of a story, in the order the editor shows
 * them: headline, slug, highlights, dateline, byline, body, each photo's
 * caption, credit and alt text and picture, then status, times (in zone),
 * update notes and the withdrawal reason.
 */
QList<FieldDiff> diffStories(const Story &before, const Story &after,
                             const QTimeZone &zone = QTimeZone::utc());

/**
 * The changed fields as text for a terminal: each field's name, then its
 * text with deletions as [-…-] and insertions as {+…+}, as git's word diff
 * writes them. Empty when nothing changed.
 */
QString diffAsText(const QList<FieldDiff> &fields);

} // namespace Copydesk
