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
 * newest entry's (so an unchanged set of stories gives identical bytes).
 */
QByteArray atomFeed(const QList<Story> &stories, const Site &site);
/// One story as an Atom Entry Document (RFC 4287 §4.1.2), as a feed entry would read.
QByteArray atomEntry(const Story &story, const Site &site);

} // namespace Copydesk
