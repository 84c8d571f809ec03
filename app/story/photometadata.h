// SPDX-License-Identifier: MIT
#pragma once

#include "story/story.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Copydesk {

/**
 * What a picture file says of itself in its IPTC, XMP and EXIF metadata,
 * the way agencies and photo desks fill it in: the caption (IPTC
 * Caption-Abstract, XMP dc:description), the credit line (IPTC Credit,
 * XMP photoshop:Credit), the photographer (IPTC By-line, XMP dc:creator,
 * EXIF Artist), alt text (IPTC Alt Text (Accessibility)) and when it was
 * taken. IPTC is preferred, then XMP, then EXIF.
 */
struct PhotoMetadata
{
    QString caption;
    QString credit;
    QString byline;
    QString altText;
    QDateTime taken; ///< UTC where the file gives an offset; invalid when it says nothing

    bool isEmpty() const;
};

/// Reads the metadata of a picture's bytes; a file with none, or one Exiv2 cannot read, gives an
/// empty one.
PhotoMetadata readPhotoMetadata(const QByteArray &bytes);

/**
 * Fills photo's empty caption, credit and alt text from metadata, never
 * overwriting text already there, and its photographer and date. The
 * credit takes "Photographer/Agency" when both are known, the way wire
 * credits read. Returns what it filled, in words for the status bar
 * ("caption", "credit"), empty when nothing.
 */
QStringList fillFromMetadata(Photo &photo, const PhotoMetadata &metadata);

} // namespace Copydesk
