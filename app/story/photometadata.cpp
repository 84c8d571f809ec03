// SPDX-License-Identifier: MIT
#include "photometadata.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <exiv2/exiv2.hpp>

#include <mutex>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::PhotoMetadata)
};

QString fromStd(const std::string &text)
{
    // Agencies write UTF-8; IPTC's own default, Latin-1, shows as
    // replacement characters and is read as Latin-1 instead.
    QString decoded = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (decoded.contains(QChar::ReplacementCharacter))
        decoded = QString::fromLatin1(text.data(), qsizetype(text.size()));
    // One paragraph, as the fields take it.
    static const QRegularExpression breaks(u"\\s*[\\r\\n]+\\s*"_s);
    return decoded.replace(breaks, u" "_s).trimmed();
}

QString iptc(const Exiv2::IptcData &data, const char *key)
{
    const auto found = data.findKey(Exiv2::IptcKey(key));
    return found == data.end() ? QString() : fromStd(found->toString());
}

QString xmp(const Exiv2::XmpData &data, const char *key)
{
    const auto found = data.findKey(Exiv2::XmpKey(key));
    if (found == data.end())
        return {};
    QString text = fromStd(found->toString());
    // A language alternative reads `lang="x-default" Caption text`.
    static const QRegularExpression language(uR"(^lang="[^"]*"\s*)"_s);
    text.remove(language);
    return text;
}

QString exif(const Exiv2::ExifData &data, const char *key)
{
    const auto found = data.findKey(Exiv2::ExifKey(key));
    return found == data.end() ? QString() : fromStd(found->toString());
}

QString firstOf(std::initializer_list<QString> texts)
{
    for (const QString &text : texts) {
        if (!text.isEmpty())
            return text;
    }
    return {};
}

/// "2026-11-30", "20261130" with "141500+0100", or ISO 8601 with or without an offset.
QDateTime parseTaken(const QString &date, const QString &time)
{
    if (date.isEmpty())
        return {};
    QString iso = date;
    if (QRegularExpression(u"^\\d{8}$"_s).match(date).hasMatch())
        iso = date.left(4) + u'-' + date.mid(4, 2) + u'-' + date.mid(6, 2);
    iso.replace(QRegularExpression(u"^(\\d{4}):(\\d{2}):(\\d{2})"_s), u"\\1-\\2-\\3"_s);
    iso.replace(u' ', u'T');
    if (!time.isEmpty() && !iso.contains(u'T')) {
        QString t = time;
        static const QRegularExpression compact(
                u"^(\\d{2}):?(\\d{2}):?(\\d{2})([+-]\\d{2}):?(\\d{2})?"_s);
        const auto m = compact.match(t);
        if (m.hasMatch())
            t = m.captured(1) + u':' + m.captured(2) + u':' + m.captured(3) +
                    (m.captured(4).isEmpty() ? QString() : m.captured(4) + u':' + m.captured(5));
        iso += u'T' + t;
    }
    QDateTime taken = QDateTime::fromString(iso, Qt::ISODate);
    if (!taken.isValid())
        taken = QDateTime(QDate::fromString(iso.left(10), Qt::ISODate), QTime(0, 0),
                          QTimeZone::utc());
    if (!taken.isValid())
        return {};
    // A time without an offset is taken as written, as UTC.
    if (taken.timeSpec() == Qt::LocalTime)
        taken.setTimeZone(QTimeZone::utc());
    return taken.toUTC();
}

} // namespace

bool PhotoMetadata::isEmpty() const
{
    return caption.isEmpty() && credit.isEmpty() && byline.isEmpty() && altText.isEmpty() &&
            !taken.isValid();
}

PhotoMetadata readPhotoMetadata(const QByteArray &bytes)
{
    static std::once_flag once;
    std::call_once(once, [] {
        Exiv2::XmpParser::initialize();
        // A picture's broken metadata is not the user's business: nothing on standard error.
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
    });
    PhotoMetadata metadata;
    if (bytes.isEmpty())
        return metadata;
    try {
        auto image =
                Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()),
                                          static_cast<long>(bytes.size()));
        if (!image.get())
            return metadata;
        image->readMetadata();
        const Exiv2::IptcData &i = image->iptcData();
        const Exiv2::XmpData &x = image->xmpData();
        const Exiv2::ExifData &e = image->exifData();
        metadata.caption =
                firstOf({iptc(i, "Iptc.Application2.Caption"), xmp(x, "Xmp.dc.description"),
                         exif(e, "Exif.Image.ImageDescription")});
        metadata.credit =
                firstOf({iptc(i, "Iptc.Application2.Credit"), xmp(x, "Xmp.photoshop.Credit")});
        metadata.byline = firstOf({iptc(i, "Iptc.Application2.Byline"), xmp(x, "Xmp.dc.creator"),
                                   exif(e, "Exif.Image.Artist")});
        metadata.altText = xmp(x, "Xmp.iptc.AltTextAccessibility");
        metadata.taken = parseTaken(iptc(i, "Iptc.Application2.DateCreated"),
                                    iptc(i, "Iptc.Application2.TimeCreated"));
        if (!metadata.taken.isValid())
            metadata.taken = parseTaken(xmp(x, "Xmp.photoshop.DateCreated"), {});
        if (!metadata.taken.isValid())
            metadata.taken = parseTaken(exif(e, "Exif.Photo.DateTimeOriginal"), {});
    } catch (const std::exception &) {
        // Unreadable metadata leaves the fields as they are; the picture itself was checked apart.
        return PhotoMetadata();
    }
    return metadata;
}

QStringList fillFromMetadata(Photo &photo, const PhotoMetadata &metadata)
{
    QStringList filled;
    if (photo.caption.trimmed().isEmpty() && !metadata.caption.isEmpty()) {
        photo.caption = metadata.caption;
        filled.append(Text::tr("caption"));
    }
    if (photo.credit.trimmed().isEmpty()) {
        QString credit = metadata.credit;
        if (!metadata.byline.isEmpty() && metadata.byline != metadata.credit)
            credit = credit.isEmpty() ? metadata.byline : metadata.byline + u'/' + credit;
        if (!credit.isEmpty()) {
            photo.credit = credit;
            filled.append(Text::tr("credit"));
        }
    }
    if (photo.altText.trimmed().isEmpty() && !metadata.altText.isEmpty()) {
        photo.altText = metadata.altText;
        filled.append(Text::tr("alt text"));
    }
    if (photo.byline.isEmpty() && !metadata.byline.isEmpty())
        photo.byline = metadata.byline;
    if (!photo.taken.isValid() && metadata.taken.isValid())
        photo.taken = metadata.taken;
    return filled;
}

} // namespace Copydesk
