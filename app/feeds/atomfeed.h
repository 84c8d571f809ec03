// SPDX-License-Identifier: MIT
#pragma once

#include "feeds/site.h"
#include "story/story.h"

#include <QByteArray>
#include <QList>

namespace Copydesk {

/**
 * An Atom 1.0 feed (RFC 4287) of stories, given newest first and already
 * cut to site.feedEntries. Entry id is the story's urn, published its first
 * publication, updated its last major update; the feed's updated is the
 * newest entry's (so an unchanged set of stories gives identical bytes);
 * a feed without entries says 1970-01-01T00:00:00Z, a fixed time rather
 * than the clock, for the same reason.
 */
QByteArray atomFeed(const QList<Story> &stories, const Site &site);
/**
 * The same for one section's stories: titled "<site title> — <section>",
 * with the section's feed (Site::sectionFeedPath()) as its id and self link
 * and the section's page as its alternate.
 */
QByteArray atomFeed(const QList<Story> &stories, const Site &site, const QString &section);
/// The title a section's feed and page go by: "<site title> — <section>".
QString sectionTitle(const Site &site, const QString &section);
/// One story as an Atom Entry Document (RFC 4287 §4.1.2), as a feed entry would read.
QByteArray atomEntry(const Story &story, const Site &site);
/// The same with the body already rendered by renderStoryBody().
QByteArray atomEntry(const Story &story, const Site &site, const QString &bodyHtml);

} // namespace Copydesk
