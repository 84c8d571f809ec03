// SPDX-License-Identifier: MIT
// Our ninjs against the IPTC's own schema, judged by python3-jsonschema:
// code nobody here wrote decides whether the documents conform.
#include "feeds/ninjs.h"
#include "support/feedstories.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/testing.h"

using namespace Copydesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Copydesk::Story)
Q_DECLARE_METATYPE(Copydesk::Site)

namespace {

const QString python = u"/usr/bin/python3"_s;
constexpr int skipExitCode = 77; // the script's "cannot check here"

QString scriptPath()
{
    return QDir::cleanPath(QStringLiteral(COPYDESK_TEST_DATA_DIR) +
                           u"/../conformance/validate_schema.py"_s);
}

QString schemaPath()
{
    const QString shared = qEnvironmentVariable("COPYDESK_SHARED_DIR");
    if (shared.isEmpty())
        return {};
    return QDir(shared).filePath(u"conformance/ninjs-schema_2.2.json"_s);
}

struct Validation
{
    int exitCode = -1;
    QString output;
};

Validation validate(const QStringList &files)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(python, QStringList{scriptPath(), schemaPath()} + files);
    Validation result;
    if (!process.waitForFinished(120000)) {
        result.output = u"validator did not finish: "_s + process.errorString();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

Photo picture(const QString &fileId, const QString &mimeType, int width, int height)
{
    Photo photo;
    photo.fileId = fileId;
    photo.mimeType = mimeType;
    photo.width = width;
    photo.height = height;
    return photo;
}

} // namespace

/// ninjs for many kinds of story validates against ninjs-schema_2.2.json; broken ninjs does not.
class TestNinjsSchema : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name + u".json"_s);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return file.commit() ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        COPYDESK_REQUIRE(QFileInfo::exists(python),
                         "/usr/bin/python3 is missing: install python3 and python3-jsonschema to "
                         "run the ninjs schema conformance test");
        COPYDESK_REQUIRE(!schemaPath().isEmpty(),
                         "COPYDESK_SHARED_DIR is not set: run under ctest, or point it at the "
                         "shared folder holding conformance/ninjs-schema_2.2.json");
        COPYDESK_REQUIRE(QFileInfo::exists(schemaPath()),
                         u"The ninjs schema is missing at "_s + schemaPath());
        QVERIFY2(QFileInfo::exists(scriptPath()), qPrintable(scriptPath()));
        QProcess probe;
        probe.start(python, {u"-c"_s, u"import jsonschema"_s});
        COPYDESK_REQUIRE(probe.waitForFinished(60000) && probe.exitCode() == 0,
                         "python3-jsonschema is not installed (apt install python3-jsonschema)");
    }

    void valid_data()
    {
        QTest::addColumn<Story>("story");
        QTest::addColumn<Site>("site");
        const Site site = TestStories::site();
        for (const auto &[name, story] : TestStories::all())
            QTest::newRow(qPrintable(name)) << story << site;

        Story bare;
        bare.setId(QUuid::fromString(u"00112233-4455-4677-8899-aabbccddeeff"_s));
        QTest::newRow("nothing but an id") << bare << site;
        QTest::newRow("default story") << Story() << Site();

        Story pictures = TestStories::noPhoto();
        Photo noSize = picture(u"aa11"_s, u"image/webp"_s, 0, 0);
        Photo small = picture(u"bb22"_s, u"image/gif"_s, 120, 80);
        Photo wordsOnly;
        wordsOnly.caption = u"Only a caption"_s;
        Photo nothing;
        QList<Photo> photos = {noSize, small, wordsOnly, nothing};
        for (int i = 0; i < 8; ++i)
            photos.append(picture(u"cc%1"_s.arg(i), u"image/jpeg"_s, 2400 + i, 1600));
        pictures.setPhotos(photos);
        QTest::newRow("twelve photos of every kind") << pictures << site;

        Site folder = Site().withBaseUrl(QUrl(u"file:///srv/www/desk"_s));
        QTest::newRow("file site") << TestStories::full() << folder;
        Site unicode = Site().withBaseUrl(
                QUrl(u"https://n\u00E9ws.example/\u043D\u0430\u0448 \u0441\u0430\u0439\u0442/"_s));
        unicode.language = u"pt-BR"_s;
        QTest::newRow("non-ASCII site address") << TestStories::full() << unicode;
        Site bare2 = site;
        bare2.shortUrlBase.clear();
        bare2.language.clear();
        QTest::newRow("no short URL, no language") << TestStories::full() << bare2;

        Story unsaved = TestStories::full();
        unsaved.setVersion(0);
        unsaved.setSavedAt(QDateTime());
        unsaved.setCreatedAt(QDateTime());
        unsaved.setStatus(StoryStatus::Draft);
        QTest::newRow("never saved") << unsaved << site;

        Story rich = TestStories::full();
        rich.setBody(u"# Title\n\n```\ncode <b>\n```\n\n1. one\n2. two\n\n- [x] done\n\n---\n\n"
                     "Line  \nbreak, https://auto.example and <mail@example.org>.\n\n"
                     "![img](http://evil.example/x.png)\n"_s);
        QTest::newRow("every kind of body markup") << rich << site;

        Story killed = TestStories::withdrawn();
        killed.setEmbargoUntil(TestStories::at(20, 0, 0));
        QTest::newRow("withdrawn with embargo") << killed << site;
    }

    void valid()
    {
        QFETCH(Story, story);
        QFETCH(Site, site);
        const QString file = write(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'),
                                   ninjsDocument(story, site));
        QVERIFY(!file.isEmpty());
        const Validation result = validate({file});
        COPYDESK_REQUIRE(result.exitCode != skipExitCode, result.output.trimmed());
        QVERIFY2(result.exitCode == 0, qPrintable(u"\n"_s + result.output));
    }

    // The validator must be able to say no, or the test above proves nothing.
    void rejected_data()
    {
        QTest::addColumn<QJsonObject>("document");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");

        const QJsonObject good = ninjsObject(TestStories::full(), TestStories::site());

        QJsonObject unknownRoot = good;
        unknownRoot.insert(u"shorturl"_s, u"https://cpdk.example/s/x"_s);
        QTest::newRow("unknown root property") << unknownRoot << u"$"_s << u"'shorturl'"_s;

        QJsonObject creditLine = good;
        QJsonArray associations = creditLine.value(u"associations"_s).toArray();
        QJsonObject photo = associations.at(0).toObject();
        photo.insert(u"creditline"_s, u"Reuters"_s);
        associations.replace(0, photo);
        creditLine.insert(u"associations"_s, associations);
        QTest::newRow("unknown association property")
                << creditLine << u"$.associations[0]"_s << u"'creditline'"_s;

        QJsonObject noUri = good;
        associations = noUri.value(u"associations"_s).toArray();
        photo = associations.at(1).toObject();
        photo.remove(u"uri"_s);
        associations.replace(1, photo);
        noUri.insert(u"associations"_s, associations);
        QTest::newRow("association without uri")
                << noUri << u"$.associations[1]"_s << u"'uri' is a required property"_s;

        QJsonObject numberVersion = good;
        numberVersion.insert(u"version"_s, 7);
        QTest::newRow("version as a number")
                << numberVersion << u"$.version"_s << u"is not of type 'string'"_s;

        QJsonObject badDate = good;
        badDate.insert(u"firstcreated"_s, u"2026-11-18 12:00"_s);
        QTest::newRow("date-time without T and seconds")
                << badDate << u"$.firstcreated"_s << u"is not a 'date-time'"_s;

        QJsonObject badUri = good;
        badUri.insert(u"uri"_s, u"story 6f1c2a0e"_s);
        QTest::newRow("uri that is not a URI") << badUri << u"$.uri"_s << u"is not a 'uri'"_s;

        QJsonObject badStatus = good;
        badStatus.insert(u"pubstatus"_s, u"published"_s);
        QTest::newRow("pubstatus outside the enum")
                << badStatus << u"$.pubstatus"_s << u"is not one of"_s;

        QJsonObject noValue = good;
        noValue.insert(u"headlines"_s, QJsonArray{QJsonObject{{u"role"_s, u"main"_s}}});
        QTest::newRow("headline without value")
                << noValue << u"$.headlines[0]"_s << u"'value' is a required property"_s;

        QJsonObject noUriAtAll = good;
        noUriAtAll.remove(u"uri"_s);
        QTest::newRow("no uri") << noUriAtAll << u"$"_s << u"'uri' is a required property"_s;
    }

    void rejected()
    {
        QFETCH(QJsonObject, document);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const QString name =
                u"broken-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        const QString file = write(name, QJsonDocument(document).toJson());
        QVERIFY(!file.isEmpty());
        const Validation result = validate({file});
        COPYDESK_REQUIRE(result.exitCode != skipExitCode, result.output.trimmed());
        QVERIFY2(result.exitCode == 1, qPrintable(u"\naccepted:\n"_s + result.output));
        // Each error names the file and the JSON path of what is wrong.
        bool found = false;
        for (const QString &line : result.output.split(u'\n')) {
            if (line.startsWith(file + u": "_s + path + u": "_s) && line.contains(message))
                found = true;
        }
        QVERIFY2(found,
                 qPrintable(u"\nexpected \""_s + file + u": "_s + path + u": …"_s + message +
                            u"\" in:\n"_s + result.output));
    }

    void everyFileInOneRun()
    {
        QStringList files;
        for (const auto &[name, story] : TestStories::all())
            files.append(write(u"batch-"_s + name, ninjsDocument(story, TestStories::site())));
        QJsonObject broken = ninjsObject(TestStories::full(), TestStories::site());
        broken.insert(u"credit"_s, u"x"_s);
        const QString brokenFile = write(u"batch-broken"_s, QJsonDocument(broken).toJson());
        files.append(brokenFile);
        const Validation result = validate(files);
        COPYDESK_REQUIRE(result.exitCode != skipExitCode, result.output.trimmed());
        QCOMPARE(result.exitCode, 1);
        // Only the broken file is reported, and the count says so.
        for (const QString &line : result.output.split(u'\n', Qt::SkipEmptyParts)) {
            if (line.contains(u".json: "_s))
                QVERIFY2(line.startsWith(brokenFile), qPrintable(line));
        }
        QVERIFY2(result.output.contains(
                         u"%1 of %2 files valid"_s.arg(files.size() - 1).arg(files.size())),
                 qPrintable(result.output));
    }
};

QTEST_GUILESS_MAIN(TestNinjsSchema)
#include "tst_ninjsschema.moc"
