// SPDX-License-Identifier: MIT
#pragma once

#include "feeds/site.h"
#include "story/story.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace Copydesk {

/**
 * The story as an IPTC ninjs 2.2 document (DESIGN.md, Outputs): uri
 * urn:copydesk:story:<id>, headlines, highlight descriptions, the body as
 * HTML with char and word counts, located, by, times, pubstatus, version,
 * slugline, the short URL as an altid and the photos as associations with
 * their renditions. Only properties the schema defines; deterministic for
 * a given story and site (no clock is read).
 */
QJsonObject ninjsObject(const Story &story, const Site &site);
/// The same with the body already rendered by renderStoryBody(), for
/// callers that write several outputs of one (possibly long) story.
QJsonObject ninjsObject(const Story &story, const Site &site, const QString &bodyHtml);
/// ninjsObject as indented UTF-8 JSON ending in a newline.
QByteArray ninjsDocument(const Story &story, const Site &site);
/// The same with the body already rendered by renderStoryBody().
QByteArray ninjsDocument(const Story &story, const Site &site, const QString &bodyHtml);

/// Every root property the ninjs 2.2 schema defines; it rejects any other.
QStringList ninjsRootProperties();
/// The ninjs pubstatus of a story: "usable", "withheld" or "canceled".
QString ninjsPubStatus(StoryStatus status);

} // namespace Copydesk
