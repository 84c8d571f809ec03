// SPDX-License-Identifier: MIT
#pragma once

#include "publish/edition.h"
#include "store/storystore.h"

#include <QImage>

namespace Copydesk {

/**
 * Pictures from the library: the original bytes as kept, renditions made
 * from them as upright JPEGs (EXIF orientation applied, never enlarged,
 * transparency on white). The last decoded picture is kept, so a photo's
 * renditions decode it once. The same picture always gives the same bytes.
 */
class LibraryPictures final : public PictureSource
{
public:
    explicit LibraryPictures(StoryStore &store);

    Result<QByteArray> bytes(const EditionPicture &picture) override;

    /// The JPEG quality renditions are encoded at.
    static constexpr int renditionQuality = 85;
    /// The shorter side of the copy renditions are scaled from: twice the
    /// widest default rendition, so the scaling is smooth.
    static constexpr int renditionSourceSide = 2400;

private:
    Result<QByteArray> original(const EditionPicture &picture);

    StoryStore &m_store;
    QString m_decodedId;
    QImage m_decoded;
    /// The shorter side m_decoded was decoded to cover.
    int m_decodedFor = 0;
};

} // namespace Copydesk
