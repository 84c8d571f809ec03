// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "story/story.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace Copydesk {

/// One row of the library list: enough to show and sort, without bodies.
struct StorySummary
{
    QUuid id;
    QString slug;
    QString headline;
    StoryStatus status = StoryStatus::Draft;
    QDateTime updatedAt; ///< the reader-facing "Updated" time
    QDateTime savedAt;   ///< last save of any kind; the library sorts on it
    int version = 0;

    bool operator==(const StorySummary &) const = default;
};

/// An earlier saved version of a story, as the revision history lists it.
struct RevisionInfo
{
    int version = 0;
    QDateTime savedAt;
    QString headline;
};

/**
 * The library: every story, its revisions and its photo files. Callers
 * never see SQL; the SQLite and PostgreSQL dialects live behind this.
 */
class StoryStore
{
public:
    virtual ~StoryStore() = default;

    /// Where the library lives, for titles and messages.
    virtual QString location() const = 0;

    /// Every story, newest save first.
    virtual Result<QList<StorySummary>> listStories() = 0;
    virtual Result<Story> loadStory(const QUuid &id) = 0;
    /**
     * Saves in one transaction: the version goes up by one, the new
     * version is kept as a revision row (so the revisions hold every saved
     * version), and savedAt becomes now, in whole seconds. The
     * story's version() must match the stored one (0 for a new story),
     * otherwise someone else saved first and nothing is written.
     * Returns the story as stored: new version and savedAt, and an
     * effectiveSlug() no other story in the library has (slug() is set
     * only when the library had to change the one asked for).
     */
    virtual Result<Story> saveStory(const Story &story) = 0;
    /**
     * Saves several stories in one transaction, each as saveStory would:
     * either all of them are stored or, on the first failure, none is.
     * Returns them as stored, in the same order.
     */
    virtual Result<QList<Story>> saveStories(const QList<Story> &stories) = 0;
    virtual Result<void> deleteStory(const QUuid &id) = 0;

    /// Every saved version, newest first; empty for a story the library does not hold.
    virtual Result<QList<RevisionInfo>> revisions(const QUuid &id) = 0;
    virtual Result<Story> loadRevision(const QUuid &id, int version) = 0;

    /// Keeps an image's bytes in the library; returns its file id (SHA-256, hex).
    virtual Result<QString> addPhotoFile(const QByteArray &bytes, const QString &mimeType) = 0;
    virtual Result<QByteArray> photoFile(const QString &fileId) = 0;

protected:
    StoryStore() = default;
    Q_DISABLE_COPY_MOVE(StoryStore)
};

} // namespace Copydesk
