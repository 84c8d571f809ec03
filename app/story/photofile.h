// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QByteArray>
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
 * Reads and decodes an image fully, so that a truncated or mislabelled file
 * is refused with a clear message instead of appearing broken on the page.
 */
Result<PhotoFile> readPhotoFile(const QString &path);
Result<PhotoFile> photoFileFromBytes(const QByteArray &bytes, const QString &fileName);

} // namespace Copydesk
