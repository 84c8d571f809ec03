// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "publish/wordpressdestination.h"
#include "store/storystore.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Copydesk {

/// A post on a WordPress site, as Open from WordPress lists it.
struct WordPressPost
{
    qint64 id = 0;
    QString title;
    /// "draft", "future", "publish", "pending" or "private".
    QString status;
    /// When it was last changed, and (for a scheduled post) when it comes out; UTC.
    QDateTime modified;
    QDateTime date;
    QString link;
    /// The story it is linked to in this library already, if any.
    std::optional<QUuid> story;
};

/// One page of a site's posts.
struct WordPressPostPage
{
    QList<WordPressPost> posts;
    int totalPages = 1;
    int total = 0;
};

/// What importing one post did.
struct WordPressImported
{
    Story story;
    qint64 post = 0;
    /// The post was linked to a story already, which is returned as it is.
    bool existing = false;
    /// What was left out or could not come along (a picture too large …), for the person.
    QStringList notes;
};

/**
 * Brings posts written in WordPress's own editor into the library as
 * stories: the title as headline, the excerpt's lines as highlights, the
 * content as Markdown (an opening "PLACE:" becomes the dateline), the
 * first category as section, the tags, the author as byline, the featured
 * image with its caption, credit and alt text as the lead photo; a draft
 * stays a draft, a scheduled post is scheduled for its time, a published
 * one is recorded as published. Each story is linked to its post (a
 * delivered row in the deliveries record), so publishing it updates that
 * post and importing it again finds the story.
 */
class WordPressImport
{
public:
    /// store and destination are not owned; destination must be the library's record of the site.
    WordPressImport(StoryStore &store, WordPressDestination &destination);

    /// The posts of these statuses, the most lately changed first; page counts from 1.
    Result<WordPressPostPage> posts(const QStringList &statuses, int page = 1, int perPage = 50);
    /// Brings the post in (or finds the story it is linked to already).
    Result<WordPressImported> importPost(qint64 id,
                                         const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// Splits "Caption text (Reuters)" into the caption and its credit.
    static std::pair<QString, QString> splitCredit(const QString &caption);
    /// Takes an opening "MOSCOW:" or "**MOSCOW:**" off Markdown: the dateline, and the rest.
    static std::pair<QString, QString> splitDateline(const QString &markdown);

private:
    StoryStore &m_store;
    WordPressDestination &m_destination;
    std::optional<qint64> m_defaultCategory;
};

} // namespace Copydesk
