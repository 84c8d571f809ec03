// SPDX-License-Identifier: MIT
#pragma once

// Pictures with IPTC, XMP and EXIF metadata, written with Exiv2 in memory as
// agency software writes them. A test that includes this links PkgConfig::Exiv2.

#include <QBuffer>
#include <QByteArray>
#include <QImage>

#include <exiv2/exiv2.hpp>

#include <string>
#include <utility>
#include <vector>

namespace Copydesk::Testing {

inline QByteArray plainJpeg()
{
    QImage image(160, 100, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", 85);
    return bytes;
}

struct Written
{
    std::vector<std::pair<std::string, std::string>> iptc = {};
    std::vector<std::pair<std::string, std::string>> xmp = {};
    std::vector<std::pair<std::string, std::string>> exif = {};
};

inline QByteArray writeMetadata(const Written &entries)
{
    Exiv2::XmpParser::initialize();
    const QByteArray jpeg = plainJpeg();
    auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(jpeg.constData()),
                                           static_cast<long>(jpeg.size()));
    image->readMetadata();
    Exiv2::IptcData iptc;
    for (const auto &[key, value] : entries.iptc)
        iptc[key] = value;
    Exiv2::XmpData xmp;
    for (const auto &[key, value] : entries.xmp)
        xmp[key] = value;
    Exiv2::ExifData exif;
    for (const auto &[key, value] : entries.exif)
        exif[key] = value;
    image->setIptcData(iptc);
    image->setXmpData(xmp);
    image->setExifData(exif);
    image->writeMetadata();
    Exiv2::BasicIo &io = image->io();
    io.seek(0, Exiv2::BasicIo::beg);
    const Exiv2::DataBuf data = io.read(static_cast<long>(io.size()));
    return QByteArray(reinterpret_cast<const char *>(data.pData_), data.size_);
}

/// A JPEG with these metadata entries, written by Exiv2 in memory.
inline QByteArray withMetadata(const Written &entries)
{
    try {
        return writeMetadata(entries);
    } catch (const std::exception &error) {
        qFatal("Exiv2 could not write the test picture: %s", error.what());
    }
}

} // namespace Copydesk::Testing
