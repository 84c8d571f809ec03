// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace Copydesk {

/// An image file checked and ready to keep in the library.
struct PhotoFile
{
    QByteArray bytes;
    QString mimeType;
    QString fileName;
    QSize size;
};

/// Pictures larger than this are refused rather than copied into the library.
constexpr qint64 maxPhotoBytes = 64LL * 1024 * 1024;

/**
 * How much memory decoding one picture may take. A JPEG is decoded scaled
 * down by its decoder wherever a smaller copy is wanted (checking a file,
 * renditions, thumbnails), so a 100-megapixel camera picture needs a small
 * part of this; only a picture wanted whole at full size must fit in it.
 */
constexpr int pictureMemoryBudgetMiB = 512;

/**
 * Decodes a picture upright, as its EXIF orientation says. With a
 * shortSide, scaled (by the decoder itself where it can) so that its
 * shorter side is at least that, never enlarged; without, whole. A picture
 * that would not fit in pictureMemoryBudgetMiB is refused with its size
 * named as over a limit. fullSize, when given, receives the picture's
 * whole size as readers see it, however it was decoded.
 */
Result<QImage> decodePicture(const QByteArray &bytes, int shortSide = 0, QSize *fullSize = nullptr);

/**
 * Reads and decodes an image fully, so that a truncated or mislabelled file
 * is refused with a clear message instead of appearing broken on the page.
 */
Result<PhotoFile> readPhotoFile(const QString &path);
Result<PhotoFile> photoFileFromBytes(const QByteArray &bytes, const QString &fileName);

} // namespace Copydesk
