// SPDX-License-Identifier: MIT
#pragma once

#include "feeds/site.h"
#include "render/storypagerenderer.h"

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

/// The relative path a published page uses for a photo; empty when it has no picture file.
QString publishedPhotoPath(const Site &site, const Photo &photo);

} // namespace Copydesk
