// SPDX-License-Identifier: MIT
#pragma once

#include "feeds/site.h"
#include "render/storypagerenderer.h"

#include <QByteArray>
#include <QList>

namespace Copydesk {

/**
 * Page options for a story page that is written to a file and served
 * later: no "now" (the "Updated" line shows the absolute date, which does
 * not go stale), the site's time zone and short-URL base, and the lead
 * photo taken from the picture files publishing writes beside the page
 * (the narrowest rendition at least PageOptions::photoWidth wide, else
 * the original).
 */
PageOptions publishedPageOptions(const Site &site);
/**
 * The same for one story's page: its canonical address, social cards
 * with the lead photo's largest rendition, the site's name and feeds,
 * and a srcset over the renditions.
 */
PageOptions publishedPageOptions(const Site &site, const Story &story);

/// The page a short URL (s/<code>/) answers with: straight on to the story's page.
QByteArray shortUrlPage(const Story &story, const Site &site);

/// The site's front page: its newest stories, newest first, each with its first highlight.
QByteArray frontPage(const QList<Story> &stories, const Site &site);
/**
 * A section's page (Site::sectionPagePath()): the section's newest stories
 * as the front page lists them, under the section's name, with a link back
 * to the front page and the section's own feed.
 */
QByteArray sectionPage(const QList<Story> &stories, const Site &site, const QString &section);

/// The relative path a published page uses for a photo; empty when it has no picture file.
QString publishedPhotoPath(const Site &site, const Photo &photo);

} // namespace Copydesk
