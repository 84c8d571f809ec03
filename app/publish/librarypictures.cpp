// SPDX-License-Identifier: MIT
#include "publish/librarypictures.h"

#include "story/photofile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageWriter>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::LibraryPictures)
};

Result<QByteArray> encodeRendition(const QImage &image, const Rendition &rendition, int quality)
{
    QImage scaled = image.scaled(rendition.width, rendition.height, Qt::IgnoreAspectRatio,
                                 Qt::SmoothTransformation);
    if (scaled.hasAlphaChannel()) {
        // JPEG has no transparency; on white it looks as it did on the page.
        QImage flat(scaled.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, scaled);
        painter.end();
        scaled = std::move(flat);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    if (!writer.write(scaled))
        return Error{ErrorKind::Permanent, writer.errorString()};
    return bytes;
}

} // namespace

LibraryPictures::LibraryPictures(StoryStore &store)
    : m_store(store)
{
}

Result<QByteArray> LibraryPictures::original(const EditionPicture &picture)
{
    auto bytes = m_store.photoFile(picture.fileId);
    if (!bytes)
        return bytes.error().reworded(Text::tr("The picture of the photo “%1” is missing from the "
                                               "library (%2). Remove the "
                                               "photo or add its picture again.")
                                              .arg(picture.photoName, bytes.errorMessage()));
    if (bytes->isEmpty())
        return Error{
                ErrorKind::Permanent,
                Text::tr("The picture of the photo “%1” is empty in the library. Add its picture "
                         "again.")
                        .arg(picture.photoName)};
    return bytes;
}

Result<QByteArray> LibraryPictures::bytes(const EditionPicture &picture)
{
    auto bytes = original(picture);
    if (!bytes)
        return bytes;
    if (picture.rendition.name == u"original")
        return bytes;

    // Every rendition is made from a copy decoded to the same size, whatever
    // order they are asked in, so the same picture always gives the same bytes.
    const int needed =
            qMax(renditionSourceSide, qMax(picture.rendition.width, picture.rendition.height));
    if (m_decodedId != picture.fileId || m_decodedFor != needed) {
        // Checked in full first, so a cut-short file is named as such.
        if (auto checked = photoFileFromBytes(*bytes, picture.photoName); !checked)
            return Error{ErrorKind::Permanent,
                         Text::tr("The photo “%1” cannot be published: %2 Replace the picture and "
                                  "publish again.")
                                 .arg(picture.photoName, checked.errorMessage())};
        // Upright as the EXIF orientation says (browsers show the original
        // that way); a camera's 100 megapixels are decoded scaled.
        auto image = decodePicture(*bytes, needed);
        if (!image)
            return Error{ErrorKind::Permanent,
                         Text::tr("The photo “%1” cannot be published: the picture does not decode "
                                  "(%2).")
                                 .arg(picture.photoName, image.errorMessage())};
        m_decodedId = picture.fileId;
        m_decoded = *std::move(image);
        m_decodedFor = needed;
    }
    auto encoded = encodeRendition(m_decoded, picture.rendition, renditionQuality);
    if (!encoded)
        return encoded.error().reworded(
                Text::tr("Cannot make the %1 copy of the photo “%2”: %3")
                        .arg(picture.rendition.name, picture.photoName, encoded.errorMessage()));
    return encoded;
}

} // namespace Copydesk
