// SPDX-License-Identifier: MIT
#include "story/photofile.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {
QByteArray encoded(const char *format, QSize size = {320, 200})
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}
/// A photo-like JPEG: every block has detail, so damage anywhere shows in the decoder.
QByteArray textured()
{
    QImage image(640, 400, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb((x * 7 + y * 3) % 256, (x * y) % 256, (x ^ y) % 256));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", 90);
    return bytes;
}

/// Bits flipped in the middle of the picture's data, as a bad disk or transfer does.
QByteArray flipped(QByteArray bytes)
{
    for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 64; i += 4)
        bytes[i] = char(bytes.at(i) ^ 0x24);
    return bytes;
}

} // namespace

class TestPhotoFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsPictures_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mimeType");
        QTest::newRow("jpeg") << encoded("JPG") << u"image/jpeg"_s;
        QTest::newRow("png") << encoded("PNG") << u"image/png"_s;
    }

    void acceptsPictures()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mimeType);
        const auto photo = photoFileFromBytes(bytes, u"quay.img"_s);
        QVERIFY2(photo.ok(), qPrintable(photo.errorMessage()));
        QCOMPARE(photo->mimeType, mimeType);
        QCOMPARE(photo->size, QSize(320, 200));
        QCOMPARE(photo->bytes, bytes);
    }

    void acceptsWhatCamerasMake_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("45 megapixels") << QSize(8256, 5504);
        QTest::newRow("61 megapixels") << QSize(9504, 6336);
        QTest::newRow("102 megapixels") << QSize(11648, 8736);
    }

    void acceptsWhatCamerasMake()
    {
        QFETCH(QSize, size);
        const QByteArray bytes = encoded("JPG", size);
        const auto photo = photoFileFromBytes(bytes, u"camera.jpg"_s);
        QVERIFY2(photo.ok(), qPrintable(photo.errorMessage()));
        QCOMPARE(photo->size, size);
        // A smaller copy is decoded scaled, not whole: within the budget.
        const auto small = decodePicture(bytes, 1200);
        QVERIFY2(small, qPrintable(small.errorMessage()));
        QVERIFY(qMin(small->width(), small->height()) >= 1200);
        QVERIFY(small->width() < size.width());
    }

    void overTheLimitIsWordedAsALimit()
    {
        // 144 megapixels: checked and made into renditions scaled, but not
        // opened whole within the budget.
        const QByteArray bytes = encoded("JPG", QSize(12000, 12000));
        QVERIFY(photoFileFromBytes(bytes, u"scan.jpg"_s));
        const auto whole = decodePicture(bytes);
        QVERIFY(!whole);
        QCOMPARE(whole.errorKind(), ErrorKind::InvalidInput);
        QVERIFY2(whole.errorMessage().contains(u"144 megapixels"_s) &&
                         whole.errorMessage().contains(u"limit of 134 megapixels"_s),
                 qPrintable(whole.errorMessage()));
    }

    void sizeIsAsTheCameraHeldIt()
    {
        // A phone photo: landscape pixels with an EXIF orientation that turns
        // them upright. Browsers show it upright, so the library keeps that size.
        QImage image(QSize(320, 200), QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setTransformation(QImageIOHandler::TransformationRotate90);
        QVERIFY(writer.write(image));
        const auto photo = photoFileFromBytes(bytes, u"phone.jpg"_s);
        QVERIFY2(photo.ok(), qPrintable(photo.errorMessage()));
        QCOMPARE(photo->size, QSize(200, 320));
    }

    void refusesWhatIsNotAPicture_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("text") << QByteArray("MOSCOW: not a picture at all\n") << u"not a JPEG"_s;
        QTest::newRow("jpeg cut in its header") << encoded("JPG").left(300) << u"odd.jpg"_s;
        QTest::newRow("jpeg cut at half")
                << encoded("JPG").chopped(encoded("JPG").size() / 2) << u"cut short"_s;
        QTest::newRow("jpeg cut near the end") << encoded("JPG").chopped(20) << u"cut short"_s;
        QTest::newRow("jpeg cut at half, end marker added")
                << QByteArray(textured().left(textured().size() / 2) + "\xff\xd9") << u"damaged"_s;
        QTest::newRow("jpeg with bits flipped in the middle")
                << flipped(textured()) << u"damaged"_s;
        QTest::newRow("png cut near the end") << encoded("PNG").chopped(20) << u"damaged"_s;
        QTest::newRow("cut-short png") << encoded("PNG").left(60) << u"damaged"_s;
        QTest::newRow("svg with script")
                << QByteArray("<svg "
                              "xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>")
                << u"not a JPEG"_s;
    }

    void refusesWhatIsNotAPicture()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const auto photo = photoFileFromBytes(bytes, u"odd.jpg"_s);
        QVERIFY(!photo.ok());
        QVERIFY2(photo.errorMessage().contains(expected), qPrintable(photo.errorMessage()));
        QVERIFY(photo.errorMessage().contains(u"odd.jpg"_s));
    }

    void readsFromDiskWithClearErrors()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"missing.jpg"_s);
        const auto absent = readPhotoFile(missing);
        QVERIFY(!absent.ok());
        QVERIFY(absent.errorMessage().contains(missing));

        QFile file(dir.filePath(u"ok.png"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(encoded("PNG", {64, 48}));
        file.close();
        const auto read = readPhotoFile(file.fileName());
        QVERIFY(read.ok());
        QCOMPARE(read->fileName, u"ok.png"_s);
        QCOMPARE(read->size, QSize(64, 48));

        QFile huge(dir.filePath(u"huge.jpg"_s));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(maxPhotoBytes + 1));
        huge.close();
        const auto tooBig = readPhotoFile(huge.fileName());
        QVERIFY(!tooBig.ok());
        QVERIFY2(tooBig.errorMessage().contains(u"MB"_s), qPrintable(tooBig.errorMessage()));
    }
};

QTEST_MAIN(TestPhotoFile)
#include "tst_photofile.moc"
