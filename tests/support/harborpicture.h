// SPDX-License-Identifier: MIT
// A picture with some detail for the publishing tests to attach.
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QImageWriter>
#include <QPainter>

namespace Copydesk::Testing {

/// A 1600×1000 JPEG with some detail, standing in for the picture the wire only describes.
inline QByteArray harborPicture()
{
    QImage image(1600, 1000, QImage::Format_RGB32);
    image.fill(QColor(0x2b, 0x4a, 0x6f));
    QPainter painter(&image);
    for (int i = 0; i < 16; ++i)
        painter.fillRect(QRect(i * 100, 600 - i * 20, 60, 400 + i * 20),
                         QColor::fromHsv(i * 22, 160, 200));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(90);
    return writer.write(image) ? bytes : QByteArray();
}

} // namespace Copydesk::Testing
