// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "feeds/site.h"
#include "story/story.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Copydesk {

/// One file of an edition, by its path relative to the site.
struct EditionFile
{
    QString path;
    QString contentType;
    QByteArray bytes;
};

/**
 * A picture file an edition links to. Its bytes are made only when a
 * destination lacks the file (see PictureSource): re-encoding every
 * rendition on each minor update would cost seconds for nothing.
 */
struct EditionPicture
{
    Rendition rendition;
    QString fileId;
    /// How the photo is named in messages: the file it was added from, else its caption.
    QString photoName;
};

/**
 * One story as it goes out to one site, every file rendered for that
 * site's addresses: what a destination delivers. Made from the library's
 * published version of the story (never a later save), inside the
 * destination's lock, so the last delivery always carries the newest
 * version and the newest feeds.
 */
struct Edition
{
    /// The story as published; none for an edition that only refreshes the feeds.
    std::optional<Story> story;
    /// Originals first, then their renditions: everything the page and ninjs link to.
    QList<EditionPicture> pictures;
    /// The ninjs document, then the page (or the withdrawal notice), which links to the rest.
    QList<EditionFile> storyFiles;
    /// Pages under the story's earlier slugs, each pointing readers at its page now.
    QList<EditionFile> pointers;
    /// Files of earlier slugs to remove: one ninjs document per story.
    QStringList retired;
    /// Both feeds and the front page, then the feed and page of each section
    /// the story was or is filed under; empty leaves the destination's as they are.
    QList<EditionFile> feeds;
    /// Where readers find the story at this site.
    QUrl url;
    /**
     * What the newest delivery of the story to this destination recorded
     * it wrote there (for a CMS: its post and media); empty when none
     * reached it yet.
     */
    QStringList delivered;
    /// For a destination taking posts: the story is under an embargo now, nothing of it goes.
    bool embargoed = false;
};

/// Gives destinations the bytes of the pictures an edition links to.
class PictureSource
{
public:
    virtual ~PictureSource() = default;
    /// The original as kept in the library, or a rendition made from it.
    virtual Result<QByteArray> bytes(const EditionPicture &picture) = 0;

protected:
    PictureSource() = default;
    Q_DISABLE_COPY_MOVE(PictureSource)
};

} // namespace Copydesk
