// SPDX-License-Identifier: MIT
#pragma once

#include <QCache>
#include <QImage>
#include <QPixmap>
#include <QSet>
#include <QString>

namespace Copydesk {

class StoryStore;

/**
 * Decoded library photos for the preview and the thumbnails, so that
 * typing in a caption does not decode the picture again on every render.
 */
class PhotoCache
{
public:
    explicit PhotoCache(StoryStore *store);

    /// The picture scaled to at most maxWidth pixels wide; null if it cannot be read.
    QImage image(const QString &fileId, int maxWidth = 1200);
    /// A square-fitted thumbnail of size logical pixels, sharp at the screen's pixel ratio.
    QPixmap thumbnail(const QString &fileId, int size, qreal devicePixelRatio = 1.0);

private:
    StoryStore *m_store;
    QCache<QString, QImage> m_images;
    QCache<QString, QPixmap> m_thumbnails;
    QSet<QString> m_missing; ///< ids the library could not give, asked once
};

} // namespace Copydesk
