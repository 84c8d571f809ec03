// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "feeds/site.h"
#include "store/storystore.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Copydesk {

/// What a publication did to the destination folder.
struct PublishReport
{
    Story story;           ///< as stored after publishing
    QStringList written;   ///< relative paths whose bytes changed
    QStringList unchanged; ///< relative paths left as they were
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
     * publication time is set once (saved to the library only when either
     * changes), then its page, ninjs file, photo files (original and
     * renditions) and both feeds are written. The caller checks house
     * style first. now: when it happens (UTC); invalid means now.
     */
    Result<PublishReport> publish(const QUuid &id, const QDateTime &now = QDateTime());

    /// Writes feed.atom and feed.json from the newest published stories.
    Result<QStringList> regenerateFeeds();

    QString folder() const { return m_folder; }
    const Site &site() const { return m_site; }

private:
    StoryStore &m_store;
    QString m_folder;
    Site m_site;
};

} // namespace Copydesk
