// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "publish/edition.h"
#include "store/storystore.h"

#include <QStringList>
#include <QUuid>

namespace Copydesk {

/**
 * Renders editions from the library: the page (or the withdrawal notice),
 * the ninjs document, the picture files the photos need, pointer pages for
 * the slugs the story was delivered under before, and the feeds. Reads the
 * story, its deliveries to the destination and the newest feed entries:
 * never the whole library.
 */
class EditionMaker
{
public:
    explicit EditionMaker(StoryStore &store);

    /// The published version of a story for site, with the feeds when withFeeds.
    Result<Edition> storyEdition(const QUuid &id, const Site &site, const QString &destination,
                                 bool withFeeds);
    /// The same for a published version already read.
    Result<Edition> storyEdition(const Story &published, const Site &site,
                                 const QString &destination, bool withFeeds);
    /**
     * The same for an edition whose files are rendered already (by
     * renderedEdition(), perhaps on another thread): adds what needs the
     * library, the pointers under earlier slugs and the feeds.
     */
    Result<Edition> completeEdition(Edition edition, const Site &site, const QString &destination,
                                    bool withFeeds);
    /**
     * The story as a destination taking posts gets it (see
     * Destination::takesPosts): the version saved last while it is
     * scheduled or a draft never published, else the published version;
     * its original pictures, and what the last delivery there recorded.
     */
    Result<Edition> postEdition(const QUuid &id, const Site &site, const QString &destination,
                                const QDateTime &now);
    /// An edition that only brings the feeds up to date, the site's and these sections'.
    Result<Edition> feedsEdition(const Site &site, const QStringList &sections = {});

    /**
     * Both feeds of site and its front page: its newest feedEntries
     * published stories; with a destination, only those whose pages
     * reached it, and including.
     */
    Result<QList<EditionFile>> feeds(const Site &site, const QString &destination = {},
                                     const QUuid &including = {});
    /**
     * One section's Atom feed and page (Site::sectionFeedPath() and
     * sectionPagePath()): its newest feedEntries published stories, read
     * through the section's index; destination and including as for feeds().
     */
    Result<QList<EditionFile>> sectionFeeds(const Site &site, const QString &section,
                                            const QString &destination = {},
                                            const QUuid &including = {});

private:
    /**
     * The sections whose feeds a delivery of published changes: its own
     * (a withdrawn story leaves it) and, when it moved, the one of the
     * version the destination had before, which loses it.
     */
    Result<QStringList> sectionsTouched(const Story &published, const QString &destination);

    StoryStore &m_store;
};

/**
 * Whether a destination taking posts gets the story as saved last rather
 * than its published version: it is scheduled, or a draft never published.
 */
bool goesAsSaved(const Story &story);

/// The small page left under an earlier slug, sending readers on to the story's page.
QByteArray pointerPage(const Story &story, const Site &site);

/**
 * The files of a published version rendered for site: its pictures, its
 * ninjs document and its page (or withdrawal notice). Pure and reentrant:
 * a whole site can be rendered on several threads.
 */
Edition renderedEdition(const Story &published, const Site &site);

} // namespace Copydesk
