// SPDX-License-Identifier: MIT
#include "photofile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Copydesk::PhotoFile", text);
}
} // namespace

Result<PhotoFile> readPhotoFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Io, tr("Cannot open the picture %1: %2").arg(path, file.errorString())};
    if (file.size() > maxPhotoBytes)
        return Error{ErrorKind::InvalidInput, tr("The picture %1 is %2 MB; pictures up to %3 MB can be added.")
                             .arg(name)
                             .arg(file.size() / (1024 * 1024))
                             .arg(maxPhotoBytes / (1024 * 1024))};
    return photoFileFromBytes(file.readAll(), name);
}

Result<PhotoFile> photoFileFromBytes(const QByteArray &bytes, const QString &fileName)
{
    static const QList<std::pair<QByteArray, QString>> accepted = {
            {"jpeg", u"image/jpeg"_s},
            {"png", u"image/png"_s},
            {"gif", u"image/gif"_s},
            {"webp", u"image/webp"_s},
    };
    if (bytes.isEmpty())
        return Error{ErrorKind::InvalidInput, tr("The picture %1 is empty.").arg(fileName)};
    if (bytes.size() > maxPhotoBytes)
        return Error{ErrorKind::InvalidInput, tr("The picture %1 is too large to add.").arg(fileName)};

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format().toLower();
    const auto it = std::find_if(accepted.cbegin(), accepted.cend(),
                                 [&](const auto &entry) { return entry.first == format; });
    if (it == accepted.cend())
        return Error{ErrorKind::InvalidInput, tr("%1 is not a JPEG, PNG, GIF or WebP picture.").arg(fileName)};
    // Qt's JPEG and GIF readers paint a cut-short file grey and call it
    // fine, so the end markers are checked by hand.
    const QByteArray tail = bytes.right(64);
    const bool complete = format == "jpeg" ? tail.contains("\xff\xd9")
            : format == "gif"              ? tail.trimmed().endsWith(';')
                                           : true;
    if (!complete)
        return Error{ErrorKind::InvalidInput, tr("The picture %1 is cut short (the file ends before the picture "
                        "does) and cannot be used.")
                             .arg(fileName)};
    // Decoding the whole picture is the only sure test that it is not cut
    // short. Its size is the one readers see: turned as the camera's EXIF
    // orientation says, as browsers and the renditions show it.
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return Error{ErrorKind::InvalidInput, tr("The picture %1 is damaged and cannot be shown: %2")
                             .arg(fileName, reader.errorString())};
    return PhotoFile{bytes, it->second, fileName, image.size()};
}

} // namespace Copydesk
