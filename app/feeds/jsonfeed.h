// SPDX-License-Identifier: MIT
#pragma once

#include "feeds/site.h"
#include "story/story.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace Copydesk {

/**
 * A JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of stories, newest
 * first, already cut to site.feedEntries. Item id is the story's urn,
 * date_published its first publication, date_modified its last major update.
 */
QByteArray jsonFeed(const QList<Story> &stories, const Site &site);
QJsonObject jsonFeedItem(const Story &story, const Site &site);
/// The same with the body already rendered by renderStoryBody().
QJsonObject jsonFeedItem(const Story &story, const Site &site, const QString &bodyHtml);
/// jsonFeedItem as indented UTF-8 JSON, for the output view.
QByteArray jsonFeedItemDocument(const Story &story, const Site &site);

} // namespace Copydesk
