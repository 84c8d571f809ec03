// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "feeds/site.h"
#include "store/storystore.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Copydesk {

/// A file to be written, by its path relative to the destination folder.
struct PublishedFile
{
    QString path;
    QByteArray bytes;
};

/// What a publication did to the destination folder.
struct PublishReport
{
    Story story;           ///< as stored after publishing
    QStringList written;   ///< relative paths whose bytes changed
    QStringList unchanged; ///< relative paths left as they were
    QStringList removed;   ///< relative paths deleted (the ninjs of an earlier slug)
};

/**
 * The embedded default destination: a folder a web server serves (Site
 * describes the layout and address). Every file is written through
 * QSaveFile, so a reader sees the old file or the new one, never half of
 * one; a file whose bytes would not change is not touched at all, so
 * publishing an unchanged story again changes nothing on disk.
 */
class FolderPublisher
{
public:
    FolderPublisher(StoryStore &store, QString folder, Site site);

    /**
     * Publishes a saved story: status becomes published and the first
     * publication time is set once, moving an older "Updated" stamp up to
     * it (saved to the library only when any of these changes), then its page, ninjs file, photo
     * files (original and renditions) and both feeds are written. The caller checks house style
     * first. now: when it happens (UTC); invalid means now.
     *
     * Every picture is read and checked before anything is saved or
     * written, so a broken photo leaves the library and the folder as they
     * were. When the story was published to this folder under an earlier
     * slug, the old page becomes a pointer to the new one (links to it keep
     * working) and the old ninjs file is removed (one document per uri).
     */
    Result<PublishReport> publish(const QUuid &id, const QDateTime &now = QDateTime());

    /**
     * Writes feed.atom and feed.json from the site.feedEntries published
     * stories first published most recently (withdrawn, scheduled and draft
     * stories are left out). Returns the paths whose bytes changed.
     */
    Result<QStringList> regenerateFeeds();

    /**
     * The stories the feeds list, newest first publication first: an update
     * does not move an old story to the top, it changes its entry's
     * "updated" date. Ties go by id, so the same stories give the same bytes.
     */
    Result<QList<Story>> feedStories();

    QString folder() const { return m_folder; }
    const Site &site() const { return m_site; }

private:
    /// Writes a saved story's picture files, ninjs, page and the feeds, in that order.
    Result<void> writeStoryFiles(const Story &story, const QList<PublishedFile> &photos,
                                 PublishReport &report);
    /// Renders both feeds and writes them, recording each path in report.
    Result<void> writeFeeds(PublishReport &report);
    /// Turns pages this story left under earlier slugs into pointers to its page.
    Result<void> retireEarlierSlugs(const Story &story, PublishReport &report);

    StoryStore &m_store;
    QString m_folder;
    Site m_site;
};

} // namespace Copydesk
