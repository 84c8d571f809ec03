// SPDX-License-Identifier: MIT
// A picture's own IPTC, XMP and EXIF caption, credit, photographer and date,
// read with Exiv2 and filled into a photo's empty fields only. The pictures
// are written here with Exiv2, as agency software writes them.
#include "story/photometadata.h"
#include "support/metadatapicture.h"

#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

class TestPhotoMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsIptcFirst()
    {
        const QByteArray bytes = withMetadata({
                .iptc = {{"Iptc.Envelope.CharacterSet", "\x1b%G"},
                         {"Iptc.Application2.Caption",
                          "A ferry leaves the port of Piräus,\nGreece, on November 30, 2026."},
                         {"Iptc.Application2.Credit", "Reuters"},
                         {"Iptc.Application2.Byline", "Ana Lopes"},
                         {"Iptc.Application2.DateCreated", "2026-11-30"},
                         {"Iptc.Application2.TimeCreated", "14:15:00+01:00"}},
                .xmp = {{"Xmp.dc.description", "lang=\"x-default\" Not this one"},
                        {"Xmp.iptc.AltTextAccessibility",
                         "lang=\"x-default\" A white ferry pulls away from a stone quay"}},
        });
        const PhotoMetadata metadata = readPhotoMetadata(bytes);
        QCOMPARE(metadata.caption,
                 u"A ferry leaves the port of Piräus, Greece, on November 30, 2026."_s);
        QCOMPARE(metadata.credit, u"Reuters"_s);
        QCOMPARE(metadata.byline, u"Ana Lopes"_s);
        QCOMPARE(metadata.altText, u"A white ferry pulls away from a stone quay"_s);
        QCOMPARE(metadata.taken, QDateTime(QDate(2026, 11, 30), QTime(13, 15), QTimeZone::utc()));
    }

    void fallsBackToXmpThenExif()
    {
        const PhotoMetadata xmp = readPhotoMetadata(withMetadata({
                .xmp = {{"Xmp.dc.description", "lang=\"x-default\" Cranes stand idle"},
                        {"Xmp.photoshop.Credit", "AFP"},
                        {"Xmp.dc.creator", "Jean Martin"},
                        {"Xmp.photoshop.DateCreated", "2026-11-29T08:00:00Z"}},
        }));
        QCOMPARE(xmp.caption, u"Cranes stand idle"_s);
        QCOMPARE(xmp.credit, u"AFP"_s);
        QCOMPARE(xmp.byline, u"Jean Martin"_s);
        QCOMPARE(xmp.taken, QDateTime(QDate(2026, 11, 29), QTime(8, 0), QTimeZone::utc()));

        const PhotoMetadata exif = readPhotoMetadata(withMetadata({
                .exif = {{"Exif.Image.ImageDescription", "Harbour at dusk"},
                         {"Exif.Image.Artist", "K. Tanaka"},
                         {"Exif.Photo.DateTimeOriginal", "2026:11:28 17:45:10"}},
        }));
        QCOMPARE(exif.caption, u"Harbour at dusk"_s);
        QCOMPARE(exif.byline, u"K. Tanaka"_s);
        QVERIFY(exif.credit.isEmpty());
        QCOMPARE(exif.taken, QDateTime(QDate(2026, 11, 28), QTime(17, 45, 10), QTimeZone::utc()));
    }

    void nothingFromAPictureWithoutMetadataOrABrokenOne()
    {
        QVERIFY(readPhotoMetadata(plainJpeg()).isEmpty());
        QVERIFY(readPhotoMetadata({}).isEmpty());
        QVERIFY(readPhotoMetadata("not a picture at all"_ba).isEmpty());
        QByteArray cut = withMetadata({.iptc = {{"Iptc.Application2.Caption", "Cut short"}}});
        cut.truncate(40);
        readPhotoMetadata(cut); // must not throw or crash; what it gives is whatever survived
    }

    void fillsOnlyEmptyFieldsAndSaysWhich()
    {
        PhotoMetadata metadata;
        metadata.caption = u"Cranes stand idle"_s;
        metadata.credit = u"Reuters"_s;
        metadata.byline = u"Ana Lopes"_s;
        metadata.altText = u"Two cranes"_s;
        metadata.taken = QDateTime(QDate(2026, 11, 30), QTime(9, 0), QTimeZone::utc());

        Photo empty;
        QCOMPARE(fillFromMetadata(empty, metadata),
                 (QStringList{u"caption"_s, u"credit"_s, u"alt text"_s}));
        QCOMPARE(empty.caption, metadata.caption);
        QCOMPARE(empty.credit, u"Ana Lopes/Reuters"_s);
        QCOMPARE(empty.altText, metadata.altText);
        QCOMPARE(empty.byline, metadata.byline);
        QCOMPARE(empty.taken, metadata.taken);

        // Typed text is never overwritten: a wire caption keeps its words.
        Photo typed;
        typed.caption = u"The wire's own caption"_s;
        typed.credit = u"AP"_s;
        QCOMPARE(fillFromMetadata(typed, metadata), QStringList{u"alt text"_s});
        QCOMPARE(typed.caption, u"The wire's own caption"_s);
        QCOMPARE(typed.credit, u"AP"_s);

        // Only a photographer: the credit is their name.
        PhotoMetadata byline;
        byline.byline = u"Jean Martin"_s;
        Photo photo;
        QCOMPARE(fillFromMetadata(photo, byline), QStringList{u"credit"_s});
        QCOMPARE(photo.credit, u"Jean Martin"_s);
        QVERIFY(fillFromMetadata(photo, PhotoMetadata()).isEmpty());
    }
};

QTEST_MAIN(TestPhotoMetadata)
#include "tst_photometadata.moc"
