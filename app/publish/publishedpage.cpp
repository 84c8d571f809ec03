// SPDX-License-Identifier: MIT
#include "publish/publishedpage.h"

namespace Copydesk {

QString publishedPhotoPath(const Site &site, const Photo &photo)
{
    const QList<Rendition> files = site.renditions(photo);
    if (files.isEmpty())
        return {};
    // The narrowest resized copy that still fills the page's photo column,
    // so readers do not download the original; renditions come largest
    // first after it. Without one that wide, the original.
    const int column = PageOptions().photoWidth;
    const Rendition *best = &files.first();
    for (qsizetype i = 1; i < files.size(); ++i) {
        if (files.at(i).width >= column)
            best = &files.at(i);
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
