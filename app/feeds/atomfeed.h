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
/// One story as an Atom Entry Document (RFC 4287 §4.1.2), as a feed entry would read.
QByteArray atomEntry(const Story &story, const Site &site);
/// The same with the body already rendered by renderStoryBody().
QByteArray atomEntry(const Story &story, const Site &site, const QString &bodyHtml);

} // namespace Copydesk
