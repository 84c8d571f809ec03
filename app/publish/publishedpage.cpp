// SPDX-License-Identifier: MIT
#include "publish/publishedpage.h"

namespace Copydesk {

QString publishedPhotoPath(const Site &site, const Photo &photo)
{
    const QList<Rendition> files = site.renditions(photo);
    if (files.isEmpty())
        return {};
    // The narrowest rendition that still fills the column on a 2× screen;
    // renditions come largest first after the original.
    const int wanted = PageOptions().photoWidth * 2;
    const Rendition *best = &files.first();
    for (const Rendition &rendition : files) {
        if (rendition.name != QLatin1StringView("original") && rendition.width >= wanted)
            best = &rendition;
    }
    return best->path;
}

PageOptions publishedPageOptions(const Site &site)
{
    PageOptions options;
    options.timeZone = site.timeZone;
    options.shortUrlBase = site.shortUrlBase;
    options.photoUrl = [site](const Photo &photo) -> QString {
        return publishedPhotoPath(site, photo);
    };
    return options;
}

} // namespace Copydesk
