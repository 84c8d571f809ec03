// SPDX-License-Identifier: MIT
#include "photofile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageIOHandler>
#include <QImageReader>
#include <QLoggingCategory>
#include <QtMath>

#include <mutex>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {
/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::PhotoFile)
};

} // namespace

Result<PhotoFile> readPhotoFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        const QDir folder = QFileInfo(path).absoluteDir();
        if (!folder.exists())
            return Error{ErrorKind::Io,
                         Text::tr("Cannot open the picture %1: its folder %2 is gone (a card or a "
                                  "network folder taken away?). Nothing was added.")
                                 .arg(path, QDir::toNativeSeparators(folder.path()))};
        return Error{ErrorKind::Io,
                     Text::tr("Cannot open the picture %1: %2").arg(path, file.errorString())};
    }
    if (file.size() > maxPhotoBytes)
        return Error{ErrorKind::InvalidInput,
                     Text::tr("The picture %1 is %2 MB; pictures up to %3 MB can be added.")
                             .arg(name)
                             .arg(file.size() / (1024 * 1024))
                             .arg(maxPhotoBytes / (1024 * 1024))};
    return photoFileFromBytes(file.readAll(), name);
}

namespace {

// Qt's JPEG reader hands back a picture even when libjpeg warned that the
// data is corrupt (bits flipped, a file cut and given a new end marker);
// the warnings come only as log messages. They are watched for, on the
// decoding thread alone, and such a file is refused.
constexpr char jpegCategory[] = "qt.gui.imageio.jpeg";
thread_local bool t_watchingDecoder = false;
thread_local QString t_corruption;
QtMessageHandler g_previousHandler = nullptr;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void keepJpegWarnings(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    // Logging rules that silence Qt's categories must not hide corruption.
    if (qstrcmp(category->categoryName(), jpegCategory) == 0)
        category->setEnabled(QtWarningMsg, true);
}

void watchDecoderWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (t_watchingDecoder && context.category && qstrcmp(context.category, jpegCategory) == 0 &&
        (message.startsWith(u"Corrupt JPEG data"_s) ||
         message.startsWith(u"Premature end of JPEG file"_s))) {
        if (t_corruption.isEmpty())
            t_corruption = message;
        return; // reported as the refusal instead
    }
    g_previousHandler(type, context, message);
}

/// Decodes with the decoder's corruption warnings caught; the first, if any, in corruption.
QImage readWatched(QImageReader &reader, QString &corruption)
{
    static std::once_flag installed;
    std::call_once(installed, [] {
        g_previousFilter = QLoggingCategory::installFilter(keepJpegWarnings);
        g_previousHandler = qInstallMessageHandler(watchDecoderWarnings);
    });
    t_corruption.clear();
    t_watchingDecoder = true;
    QImage image = reader.read();
    t_watchingDecoder = false;
    corruption = t_corruption;
    return image;
}

/// A copy this small still makes the decoder read every part of the file.
constexpr int checkedShortSide = 256;

} // namespace

Result<PhotoFile> photoFileFromBytes(const QByteArray &bytes, const QString &fileName)
{
    static const QList<std::pair<QByteArray, QString>> accepted = {
            {"jpeg", u"image/jpeg"_s},
            {"png", u"image/png"_s},
            {"gif", u"image/gif"_s},
            {"webp", u"image/webp"_s},
    };
    if (bytes.isEmpty())
        return Error{ErrorKind::InvalidInput, Text::tr("The picture %1 is empty.").arg(fileName)};
    if (bytes.size() > maxPhotoBytes)
        return Error{ErrorKind::InvalidInput,
                     Text::tr("The picture %1 is too large to add.").arg(fileName)};

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format().toLower();
    const auto it = std::find_if(accepted.cbegin(), accepted.cend(),
                                 [&](const auto &entry) { return entry.first == format; });
    if (it == accepted.cend())
        return Error{ErrorKind::InvalidInput,
                     Text::tr("%1 is not a JPEG, PNG, GIF or WebP picture.").arg(fileName)};
    // Qt's JPEG and GIF readers paint a cut-short file grey and call it
    // fine, so the end markers are checked by hand.
    const QByteArray tail = bytes.right(64);
    const bool complete = format == "jpeg" ? tail.contains("\xff\xd9")
            : format == "gif"              ? tail.trimmed().endsWith(';')
                                           : true;
    if (!complete)
        return Error{ErrorKind::InvalidInput,
                     Text::tr("The picture %1 is cut short (the file ends before the picture "
                              "does) and cannot be used.")
                             .arg(fileName)};
    // Decoding the whole picture is the only sure test that it is not cut
    // short; scaled, the decoder still reads every part of the file. Its
    // size is the one readers see: turned as the camera's EXIF orientation
    // says, as browsers and the renditions show it.
    QSize size;
    const auto decoded = decodePicture(bytes, checkedShortSide, &size);
    if (!decoded)
        return Error{ErrorKind::InvalidInput,
                     decoded.errorKind() == ErrorKind::InvalidInput
                             ? Text::tr("The picture %1 cannot be used: %2")
                                       .arg(fileName, decoded.errorMessage())
                             : Text::tr("The picture %1 is damaged and cannot be shown: %2")
                                       .arg(fileName, decoded.errorMessage())};
    return PhotoFile{bytes, it->second, fileName, size};
}

Result<QImage> decodePicture(const QByteArray &bytes, int shortSide, QSize *fullSize)
{
    // Qt's own limit is process-wide; this one is the library's, stated above.
    QImageReader::setAllocationLimit(pictureMemoryBudgetMiB);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QSize raw = reader.size();
    if (fullSize) {
        // As readers see it: turned as its EXIF orientation says.
        *fullSize = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90)
                ? raw.transposed()
                : raw;
    }
    const bool smaller =
            raw.isValid() && shortSide > 0 && qMin(raw.width(), raw.height()) > shortSide;
    // JPEG's and PNG's readers scale as they decode; others make the whole picture first.
    const bool scalesWhileDecoding = reader.supportsOption(QImageIOHandler::ScaledSize);
    if (raw.isValid() && !(smaller && scalesWhileDecoding)) {
        const double mebibytes = double(raw.width()) * raw.height() * 4 / (1024.0 * 1024.0);
        if (mebibytes > pictureMemoryBudgetMiB)
            return Error{
                    ErrorKind::InvalidInput,
                    Text::tr("at %1 × %2 pixels (%3 megapixels) it is over Copydesk's limit of "
                             "%4 megapixels for a picture opened whole")
                            .arg(raw.width())
                            .arg(raw.height())
                            .arg(qRound(double(raw.width()) * raw.height() / 1e6))
                            .arg(pictureMemoryBudgetMiB * 1024 / 4 * 1024 / 1'000'000)};
    }
    if (smaller) {
        const double factor = double(shortSide) / qMin(raw.width(), raw.height());
        reader.setScaledSize(
                QSize(qMax(1, qCeil(raw.width() * factor)), qMax(1, qCeil(raw.height() * factor))));
    }
    QString corruption;
    QImage image = readWatched(reader, corruption);
    if (image.isNull())
        return Error{ErrorKind::Permanent, reader.errorString()};
    if (!corruption.isEmpty())
        return Error{ErrorKind::Permanent, corruption};
    return image;
}

} // namespace Copydesk
