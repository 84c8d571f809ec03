// SPDX-License-Identifier: MIT
#include "cli/cli.h"
#include "store/editjournal.h"
#include "store/library.h"
#include "story/story.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "support/harborpicture.h"
#include "support/testing.h"
#include <QTextStream>
#include <QXmlStreamReader>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;
    Story m_story;

    Run run(const QStringList &arguments)
    {
        Run result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.code = runCli(QStringList{u"copydesk-cli"_s} + arguments, out, err);
        out.flush();
        err.flush();
        return result;
    }

    /// A library of its own at path holding a copy of the test's story under headline.
    Result<Story> libraryWithStory(const QString &path, const QString &headline)
    {
        auto opened = Library::open(path);
        if (!opened)
            return opened.error();
        Story story = m_story;
        story.setVersion(0);
        story.setId(QUuid::createUuid());
        story.setHeadline(headline);
        return opened->store->saveStory(story);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"cli.sqlite"_s);
        auto opened = Library::open(m_library);
        QVERIFY(opened.ok());
        Story story = Story::create();
        story.setHeadline(u"Council extends night buses"_s);
        story.setHighlights({u"Three routes"_s, u"Until March"_s});
        story.setDateline(u"LISBON"_s);
        story.setBody(u"The council voted on Tuesday.\n\n<script>x</script>"_s);
        Photo photo;
        photo.fileId = u"abc"_s;
        photo.caption = u"A night bus."_s;
        photo.credit = u"Reuters"_s;
        story.setPhotos({photo});
        const auto saved = opened->store->saveStory(story);
        QVERIFY(saved.ok());
        m_story = *saved;
    }

    void listJsonHasTheDesignFields()
    {
        const Run result = run({u"--library"_s, m_library, u"list"_s, u"--json"_s});
        QCOMPARE(result.code, 0);
        QVERIFY(result.err.isEmpty());
        const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject story = array.first().toObject();
        for (const char *key : {"id", "slug", "headline", "highlights", "dateline", "byline",
                                "body", "status", "updated", "photos"})
            QVERIFY2(story.contains(QLatin1StringView(key)), key);
        QCOMPARE(story.value(u"headline"_s).toString(), u"Council extends night buses"_s);
        QCOMPARE(story.value(u"slug"_s).toString(), u"council-extends-night-buses"_s);
        QCOMPARE(story.value(u"photos"_s).toArray().first().toObject().value(u"credit"_s),
                 u"Reuters"_s);
    }

    void listPlain()
    {
        const Run result = run({u"--library="_s + m_library, u"list"_s});
        QCOMPARE(result.code, 0);
        QVERIFY(result.out.contains(u"Council extends night buses"_s));
        QVERIFY(result.out.contains(u"draft"_s));
    }

    void searchFindsWordsWithTheirContext()
    {
        const Run plain = run({u"--library"_s, m_library, u"search"_s, u"voted"_s, u"council"_s});
        QCOMPARE(plain.code, 0);
        QVERIFY2(plain.out.contains(u"Council extends night buses"_s), qPrintable(plain.out));
        QVERIFY2(plain.out.contains(u"**voted**"_s), qPrintable(plain.out));
        QVERIFY(plain.out.startsWith(m_story.id().toString(QUuid::WithoutBraces).left(8)));

        const Run json = run({u"--library"_s, m_library, u"search"_s, u"reuters"_s, u"--json"_s,
                              u"--status"_s, u"draft"_s, u"--since"_s, u"2020-01-01"_s});
        QCOMPARE(json.code, 0);
        const QJsonArray hits = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        const QJsonObject hit = hits.first().toObject();
        QCOMPARE(hit.value(u"id"_s).toString(), m_story.id().toString(QUuid::WithoutBraces));
        QCOMPARE(hit.value(u"slug"_s).toString(), u"council-extends-night-buses"_s);
        QCOMPARE(hit.value(u"status"_s).toString(), u"draft"_s);
        QCOMPARE(hit.value(u"matches"_s).toArray(), QJsonArray{u"Reuters"_s});
        QVERIFY(hit.value(u"context"_s).toString().contains(u"A night bus."_s));

        // Filters that leave nothing out, and nothing found: an empty array, success.
        for (const QStringList &filter : {QStringList{u"--status"_s, u"published"_s},
                                          {u"--since"_s, u"2099-01-01"_s},
                                          {u"--until"_s, u"2020-01-01T00:00:00Z"_s},
                                          {u"--byline"_s, u"nobody"_s}}) {
            const Run none = run(
                    QStringList{u"--library"_s, m_library, u"search"_s, u"council"_s, u"--json"_s} +
                    filter);
            QCOMPARE(none.code, 0);
            QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8()).array().size(), 0);
        }
        const Run nothing = run({u"--library"_s, m_library, u"search"_s, u"volcano"_s});
        QCOMPARE(nothing.code, 0);
        QVERIFY(nothing.out.isEmpty());
        QVERIFY(nothing.err.contains(u"No story matches"_s));

        // What cannot be a search is a usage error, said as such.
        for (const QStringList &wrong : {QStringList{u"search"_s},
                                         {u"search"_s, u"***"_s},
                                         {u"search"_s, u"council"_s, u"--status"_s, u"lost"_s},
                                         {u"search"_s, u"council"_s, u"--since"_s, u"yesterday"_s},
                                         {u"search"_s, u"council"_s, u"--limit"_s, u"0"_s}}) {
            const Run refused = run(QStringList{u"--library"_s, m_library} + wrong);
            QCOMPARE(refused.code, 2);
            QVERIFY(!refused.err.isEmpty());
            QVERIFY(refused.out.isEmpty());
        }
    }

    void exportHtmlBySlugAndIdPrefix_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("slug") << u"council-extends-night-buses"_s;
        QTest::newRow("id prefix") << m_story.id().toString(QUuid::WithoutBraces).left(8);
        QTest::newRow("full id") << m_story.id().toString();
    }

    void exportHtmlBySlugAndIdPrefix()
    {
        QFETCH(QString, key);
        const Run result =
                run({u"--library"_s, m_library, u"export"_s, key, u"--format"_s, u"html"_s});
        QCOMPARE(result.code, 0);
        QVERIFY(result.out.contains(u"Council extends night buses"_s));
        QVERIFY(result.out.contains(u"<strong class=\"dateline\">LISBON:</strong>"_s));
        QVERIFY(!result.out.contains(u"<script>"_s));
    }

    void errorsGoToStderrWithACode_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << 2 << u"Usage"_s;
        QTest::newRow("unknown command")
                << QStringList{u"frobnicate"_s} << 2 << u"“frobnicate”.\n\nUsage"_s;
        QTest::newRow("unknown option") << QStringList{u"--nope"_s, u"list"_s} << 2 << u"--nope"_s;
        QTest::newRow("unknown story")
                << QStringList{u"export"_s, u"no-such-story"_s, u"--format"_s, u"html"_s} << 1
                << u"no-such-story"_s;
        QTest::newRow("unknown format")
                << QStringList{u"export"_s, u"council-extends-night-buses"_s, u"--format"_s,
                               u"pdf"_s}
                << 2 << u"pdf"_s;
        QTest::newRow("missing id")
                << QStringList{u"export"_s, u"--format"_s, u"html"_s} << 2 << u"ID"_s;
    }

    void errorsGoToStderrWithACode()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const bool hasLibrary = arguments.isEmpty() || arguments.first() != u"--nope";
        const Run result =
                run(hasLibrary ? QStringList{u"--library"_s, m_library} + arguments : arguments);
        QCOMPARE(result.code, code);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void missingLibraryIsNotCreated()
    {
        const QString path = m_dir.filePath(u"typo/desk.sqlite"_s);
        const Run result = run({u"--library"_s, path, u"list"_s});
        QCOMPARE(result.code, 1);
        QCOMPARE(result.err, u"There is no library at %1.\n"_s.arg(path));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"typo"_s)));
        const Run bare = run({u"--library"_s});
        QCOMPARE(bare.code, 2);
        QCOMPARE(bare.err, u"--library needs a path.\n"_s);
    }

    void brokenLibraryIsAClearError()
    {
        const QString path = m_dir.filePath(u"broken.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x5a'));
        file.close();
        const Run result = run({u"--library"_s, path, u"list"_s});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(path), qPrintable(result.err));
    }

    void importWireCreatesTheLibraryAndImportsEveryStory()
    {
        const QString sample =
                qEnvironmentVariable("COPYDESK_SHARED_DIR") + u"/samples/wire-page-sample.txt"_s;
        COPYDESK_REQUIRE(
                QFileInfo::exists(sample),
                "The shared sample wire page is not beside the checkout (COPYDESK_SHARED_DIR).");
        const QString library = m_dir.filePath(u"wire.sqlite"_s);
        const Run result = run({u"--library"_s, library, u"import-wire"_s, sample, u"--now"_s,
                                u"2026-11-24T09:30:00Z"_s, u"--time-zone"_s, u"Europe/Malta"_s});
        QCOMPARE(result.code, 0);
        QVERIFY2(result.err.contains(u"Created a new library"_s), qPrintable(result.err));
        QVERIFY2(result.out.contains(u"imported 3 stories"_s), qPrintable(result.out));
        const Run listed = run({u"--library"_s, library, u"list"_s, u"--json"_s});
        const QJsonArray stories = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(stories.size(), 3);
        QStringList headlines;
        for (const QJsonValue &story : stories)
            headlines << story.toObject().value(u"headline"_s).toString();
        QVERIFY(headlines.contains(
                u"City council votes to extend night bus routes through winter"_s));
        // "Updated 2 min ago" against --now.
        for (const QJsonValue &story : stories) {
            const QJsonObject object = story.toObject();
            if (object.value(u"dateline"_s).toString() == u"LISBON"_s)
                QCOMPARE(object.value(u"updated"_s).toString(), u"2026-11-24T09:28:00Z"_s);
        }
        // The same page again makes no duplicates and says so.
        const Run again = run({u"--library"_s, library, u"import-wire"_s, sample});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(u"skipped 3 stories already in the library"_s),
                 qPrintable(again.out));
        QCOMPARE(QJsonDocument::fromJson(
                         run({u"--library"_s, library, u"list"_s, u"--json"_s}).out.toUtf8())
                         .array()
                         .size(),
                 3);
        const Run update =
                run({u"--library"_s, library, u"import-wire"_s, sample, u"--update-existing"_s});
        QCOMPARE(update.code, 0);
        QVERIFY2(!update.out.contains(u"skipped"_s), qPrintable(update.out));
    }

    void importWireRefusesABadFileWhole()
    {
        const QString library = m_dir.filePath(u"refused.sqlite"_s);
        const QString file = m_dir.filePath(u"bad-wire.txt"_s);
        QFile bad(file);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("Good headline\n\nUpdated 18 November 2026\n\nGood headline\n\n"
                  "  \xe2\x80\xa2 One\n  \xe2\x80\xa2 Two\nVALLETTA: Body text.\n\n\n"
                  "Second headline\n\nUpdated 18 November 2026\n\nA different headline\n\n"
                  "  \xe2\x80\xa2 One\nLISBON: Body.\n");
        bad.close();
        const Run result = run({u"--library"_s, library, u"import-wire"_s, file});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(u"nothing imported"_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"line "_s), qPrintable(result.err));
        const Run listed = run({u"--library"_s, library, u"list"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 0);
        const Run missing = run({u"--library"_s, library, u"import-wire"_s});
        QCOMPARE(missing.code, 2);
    }

    void exportEveryFormat()
    {
        const QStringList base{u"--library"_s,  m_library,
                               u"export"_s,     u"council-extends-night-buses"_s,
                               u"--base-url"_s, u"https://news.example/desk/"_s,
                               u"--format"_s};
        const Run ninjs = run(base + QStringList{u"ninjs"_s});
        QCOMPARE(ninjs.code, 0);
        const QJsonObject object = QJsonDocument::fromJson(ninjs.out.toUtf8()).object();
        QCOMPARE(object.value(u"uri"_s).toString(),
                 u"urn:copydesk:story:"_s + m_story.id().toString(QUuid::WithoutBraces));
        QVERIFY(!ninjs.out.contains(u"<script>"_s));

        const Run atom = run(base + QStringList{u"atom"_s});
        QCOMPARE(atom.code, 0);
        QXmlStreamReader xml(atom.out);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(atom.out.contains(u"https://news.example/desk/council-extends-night-buses.html"_s));

        const Run feed = run(base + QStringList{u"jsonfeed"_s});
        QCOMPARE(feed.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(feed.out.toUtf8()).object();
        QCOMPARE(json.value(u"version"_s).toString(), u"https://jsonfeed.org/version/1.1"_s);
        QCOMPARE(json.value(u"items"_s).toArray().size(), 1);

        const Run badUrl =
                run({u"--library"_s, m_library, u"export"_s, u"council-extends-night-buses"_s,
                     u"--format"_s, u"ninjs"_s, u"--base-url"_s, u"relative/path"_s});
        QCOMPARE(badUrl.code, 2);
        QVERIFY(badUrl.err.contains(u"--base-url"_s));
    }

    void publishWritesTheFolderOnceAndRefusesHouseStyleErrors()
    {
        const QString library = m_dir.filePath(u"publish.sqlite"_s);
        {
            auto opened = Library::open(library);
            QVERIFY(opened.ok());
            Story good = m_story;
            good.setPhotos({});
            good.setVersion(0);
            good.setId(QUuid::createUuid());
            QVERIFY(opened->store->saveStory(good).ok());
            Story empty = Story::create();
            empty.setHeadline(u"No body yet"_s);
            QVERIFY(opened->store->saveStory(empty).ok());
        }

        const QString folder = m_dir.filePath(u"site"_s);
        const Run first =
                run({u"--library"_s, library, u"publish"_s, u"council-extends-night-buses"_s,
                     u"--folder"_s, folder, u"--base-url"_s, u"http://127.0.0.1:8080/"_s});
        QCOMPARE(first.code, 0);
        QVERIFY2(first.out.contains(u"http://127.0.0.1:8080/council-extends-night-buses.html"_s),
                 qPrintable(first.out));
        for (const char *file : {"council-extends-night-buses.html",
                                 "council-extends-night-buses.json", "feed.atom", "feed.json"})
            QVERIFY2(QFileInfo::exists(QDir(folder).filePath(QLatin1StringView(file))), file);
        // A story already out is not published again without saying how.
        const Run unsaid =
                run({u"--library"_s, library, u"publish"_s, u"council-extends-night-buses"_s,
                     u"--folder"_s, folder, u"--base-url"_s, u"http://127.0.0.1:8080/"_s});
        QCOMPARE(unsaid.code, 2);
        QVERIFY2(unsaid.err.contains(u"--minor"_s), qPrintable(unsaid.err));
        const Run again = run({u"--library"_s, library, u"publish"_s,
                               u"council-extends-night-buses"_s, u"--minor"_s, u"--folder"_s,
                               folder, u"--base-url"_s, u"http://127.0.0.1:8080/"_s});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(u"0 files written"_s), qPrintable(again.out));

        const Run refused =
                run({u"--library"_s, library, u"publish"_s, u"no-body-yet"_s, u"--folder"_s, folder,
                     u"--base-url"_s, u"http://127.0.0.1:8080/"_s});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(u"error: "_s), qPrintable(refused.err));
        // Without the site's web address every link would be a file:// path: refused.
        const QString elsewhere = m_dir.filePath(u"unaddressed"_s);
        const Run unaddressed =
                run({u"--library"_s, library, u"publish"_s, u"council-extends-night-buses"_s,
                     u"--minor"_s, u"--folder"_s, elsewhere});
        QCOMPARE(unaddressed.code, 1);
        QVERIFY2(unaddressed.err.contains(u"no web address"_s), qPrintable(unaddressed.err));
        QVERIFY(!QFileInfo::exists(elsewhere));
        QVERIFY(!QFileInfo::exists(QDir(folder).filePath(u"no-body-yet.html"_s)));
        const Run listed = run({u"--library"_s, library, u"list"_s});
        QVERIFY(listed.out.contains(u"published"_s));
    }

    void storyLifeFromTheCommandLine()
    {
        const QString library = m_dir.filePath(u"life.sqlite"_s);
        QUuid id;
        {
            auto opened = Library::open(library);
            QVERIFY(opened.ok());
            Story story = m_story;
            story.setPhotos({});
            story.setVersion(0);
            story.setId(QUuid::createUuid());
            story.setHeadline(u"Ferry service resumes"_s);
            story.setSlug(QString());
            const auto saved = opened->store->saveStory(story);
            QVERIFY(saved.ok());
            id = saved->id();
        }
        const QString folder = m_dir.filePath(u"life-site"_s);
        const QStringList site{u"--folder"_s,    folder,
                               u"--base-url"_s,  u"https://news.example/"_s,
                               u"--time-zone"_s, u"Europe/London"_s};
        const auto cli = [&](QStringList arguments) {
            return run(QStringList{u"--library"_s, library} + arguments);
        };

        // Schedule in the newsroom's zone: a doubled local time is refused with the choices.
        const Run doubled = cli(QStringList{u"schedule"_s, u"ferry-service-resumes"_s, u"--at"_s,
                                            u"2027-10-31 01:30"_s} +
                                site);
        QCOMPARE(doubled.code, 2);
        QVERIFY2(doubled.err.contains(u"happens twice"_s), qPrintable(doubled.err));
        const Run scheduled =
                cli(QStringList{u"schedule"_s, u"ferry-service-resumes"_s, u"--at"_s,
                                u"2027-07-01 06:00"_s, u"--embargo"_s, u"2027-07-01T05:00Z"_s} +
                    site);
        QCOMPARE(scheduled.code, 0);
        QVERIFY2(scheduled.out.contains(u"Thu 1 Jul 2027 06:00 BST (05:00 UTC)"_s),
                 qPrintable(scheduled.out));
        // Under embargo nothing publishes it, whoever asks.
        const Run early = cli(QStringList{u"publish"_s, u"ferry-service-resumes"_s} + site);
        QCOMPARE(early.code, 1);
        QVERIFY2(early.err.contains(u"under embargo until Thu 1 Jul 2027 06:00 BST"_s),
                 qPrintable(early.err));
        const Run notYet =
                cli(QStringList{u"publish-due"_s, u"--now"_s, u"2027-07-01T04:59Z"_s} + site);
        QCOMPARE(notYet.code, 0);
        QVERIFY2(notYet.out.contains(u"Nothing is due"_s), qPrintable(notYet.out));
        const Run due =
                cli(QStringList{u"publish-due"_s, u"--now"_s, u"2027-07-01T05:00Z"_s} + site);
        QCOMPARE(due.code, 0);
        QVERIFY2(due.out.contains(u"First publication of “Ferry service resumes”"_s),
                 qPrintable(due.out));
        const QString page = QDir(folder).filePath(u"ferry-service-resumes.html"_s);
        QVERIFY(QFileInfo::exists(page));

        // Updates need their kind, and a note where readers see one.
        const Run noNote = cli(
                QStringList{u"publish"_s, u"ferry-service-resumes"_s, u"--major"_s, u""_s} + site);
        QCOMPARE(noNote.code, 1);
        QVERIFY2(noNote.err.contains(u"needs a note"_s), qPrintable(noNote.err));
        const Run major = cli(QStringList{u"publish"_s, u"ferry-service-resumes"_s, u"--major"_s,
                                          u"Adds Wednesday's timetable."_s} +
                              site);
        QCOMPARE(major.code, 0);
        QVERIFY(QString::fromUtf8(fileBytes(page)).contains(u"Wednesday&#39;s timetable"_s));
        const Run correction = cli(QStringList{u"publish"_s, u"ferry-service-resumes"_s,
                                               u"--correction"_s, u"The storm lasted two days."_s} +
                                   site);
        QCOMPARE(correction.code, 0);
        QVERIFY(fileBytes(page).contains("notice correction"));

        // Withdraw needs a reason; the page becomes the notice.
        QCOMPARE(cli(QStringList{u"withdraw"_s, u"ferry-service-resumes"_s} + site).code, 2);
        const Run withdrawn = cli(QStringList{u"withdraw"_s, u"ferry-service-resumes"_s,
                                              u"--reason"_s, u"Legal advice."_s} +
                                  site);
        QCOMPARE(withdrawn.code, 0);
        QVERIFY(fileBytes(page).contains("This story has been withdrawn"));
        const Run notAgain = cli(QStringList{u"publish"_s, u"ferry-service-resumes"_s} + site);
        QCOMPARE(notAgain.code, 2);
        QVERIFY2(notAgain.err.contains(u"republish"_s), qPrintable(notAgain.err));
        const Run back = cli(QStringList{u"republish"_s, u"ferry-service-resumes"_s} + site);
        QCOMPARE(back.code, 0);
        QVERIFY(!fileBytes(page).contains("This story has been withdrawn"));

        // History: every version with its kind and who did it.
        const Run history = cli({u"history"_s, u"ferry-service-resumes"_s, u"--json"_s});
        QCOMPARE(history.code, 0);
        const QJsonArray versions = QJsonDocument::fromJson(history.out.toUtf8()).array();
        QStringList kinds;
        for (const QJsonValue &version : versions)
            kinds.prepend(version.toObject().value(u"kind"_s).toString());
        QCOMPARE(kinds,
                 (QStringList{u"save"_s, u"schedule"_s, u"publish"_s, u"major"_s, u"correction"_s,
                              u"withdraw"_s, u"republish"_s}));
        QVERIFY(versions.first().toObject().value(u"published"_s).toBool());
        QCOMPARE(versions.first().toObject().value(u"deliveries"_s).toArray().size(), 1);
        QVERIFY(!versions.first().toObject().value(u"author"_s).toString().isEmpty());
        const Run plain = cli({u"history"_s, u"ferry-service-resumes"_s});
        QCOMPARE(plain.code, 0);
        QVERIFY2(plain.out.contains(u"Legal advice."_s), qPrintable(plain.out));

        // Diff and restore.
        {
            auto opened = Library::open(library);
            QVERIFY(opened.ok());
            auto story = opened->store->loadStory(id);
            QVERIFY(story.ok());
            story->setBody(u"The council voted on Wednesday.\n"_s);
            QVERIFY(opened->store->saveStory(*story).ok());
        }
        const Run diff = cli({u"diff"_s, u"ferry-service-resumes"_s, u"published"_s, u"current"_s});
        QCOMPARE(diff.code, 0);
        QVERIFY2(diff.out.contains(u"[-Tuesday-]{+Wednesday+}"_s), qPrintable(diff.out));
        QCOMPARE(cli({u"diff"_s, u"ferry-service-resumes"_s, u"1"_s, u"x"_s}).code, 2);
        const Run restore = cli({u"restore"_s, u"ferry-service-resumes"_s, u"1"_s});
        QCOMPARE(restore.code, 0);
        QVERIFY2(restore.out.contains(u"as version 9"_s), qPrintable(restore.out));
        const Run same = cli({u"diff"_s, u"ferry-service-resumes"_s, u"1"_s, u"current"_s});
        QVERIFY2(same.out.contains(u"Status"_s) && !same.out.contains(u"Body"_s),
                 qPrintable(same.out));

        // Re-render everything: nothing changed, nothing written.
        const Run all = cli(QStringList{u"republish"_s, u"--all"_s} + site);
        QCOMPARE(all.code, 0);
        QVERIFY2(all.out.contains(u"Re-rendered 1 story and the feeds: 0 files written"_s),
                 qPrintable(all.out));
        const Run nothing = cli(QStringList{u"deliver"_s} + site);
        QCOMPARE(nothing.code, 0);
        QVERIFY2(nothing.out.contains(u"Nothing is waiting to be delivered."_s),
                 qPrintable(nothing.out));
        const Run unschedule = cli(QStringList{u"unschedule"_s, u"ferry-service-resumes"_s} + site);
        QCOMPARE(unschedule.code, 1);
        QVERIFY2(unschedule.err.contains(u"not scheduled"_s), qPrintable(unschedule.err));
    }

    void destinationsAndTheQueueFromTheCommandLine()
    {
        const QString library = m_dir.filePath(u"destinations.sqlite"_s);
        {
            auto opened = Library::open(library);
            QVERIFY(opened.ok());
            Story story = m_story;
            story.setVersion(0);
            story.setId(QUuid::createUuid());
            story.setPhotos({});
            QVERIFY(opened->store->saveStory(story).ok());
        }
        const auto cli = [&](QStringList arguments) {
            return run(QStringList{u"--library"_s, library} + arguments);
        };
        const QString secret = u"cli-push-secret-9f86d081"_s;
        const QByteArray variable = "COPYDESK_TEST_CLI_PUSH_SECRET";
        qputenv(variable.constData(), secret.toUtf8());
        quint16 port = 0;
        {
            // A loopback port where nothing listens: the partner is down.
            QTcpServer server;
            QVERIFY(server.listen(QHostAddress::LocalHost, 0));
            port = server.serverPort();
        }
        const QString site = m_dir.filePath(u"destination-site"_s);
        const QString endpoint = u"http://127.0.0.1:%1/push"_s.arg(port);

        const Run website = cli({u"destination"_s, u"add"_s, u"website"_s, u"--folder"_s, site,
                                 u"--base-url"_s, u"https://news.example/"_s});
        QCOMPARE(website.code, 0);
        QVERIFY2(website.out.contains(u"Added the destination “website”"_s),
                 qPrintable(website.out));
        // A secret never crosses the network in plain http, but to this machine.
        const Run plain = cli({u"destination"_s, u"add"_s, u"partner"_s, u"--push"_s,
                               u"http://partner.example/push"_s, u"--secret-from-env"_s,
                               QString::fromLatin1(variable)});
        QCOMPARE(plain.code, 2);
        QVERIFY2(plain.err.contains(u"https://"_s), qPrintable(plain.err));
        const Run noUser = cli({u"destination"_s, u"add"_s, u"dav"_s, u"--webdav"_s,
                                u"https://dav.example/site/"_s});
        QCOMPARE(noUser.code, 2);
        QVERIFY2(noUser.err.contains(u"user name"_s), qPrintable(noUser.err));
        const Run twice = cli({u"destination"_s, u"add"_s, u"website"_s, u"--folder"_s,
                               m_dir.filePath(u"other"_s)});
        QVERIFY(twice.code != 0);
        QVERIFY2(twice.err.contains(u"already"_s), qPrintable(twice.err));
        const Run badEnv = cli({u"destination"_s, u"add"_s, u"partner"_s, u"--push"_s, endpoint,
                                u"--secret-from-env"_s, u"1NOT-A-NAME"_s});
        QCOMPARE(badEnv.code, 2);
        const Run partner =
                cli({u"destination"_s, u"add"_s, u"partner"_s, u"--push"_s, endpoint,
                     u"--secret-from-env"_s, QString::fromLatin1(variable), u"--base-url"_s,
                     u"https://news.example/"_s, u"--timeout"_s, u"5"_s});
        QCOMPARE(partner.code, 0);

        const Run listed = cli({u"destination"_s, u"list"_s, u"--json"_s});
        QCOMPARE(listed.code, 0);
        const QJsonArray destinations = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(destinations.size(), 2);
        QStringList names;
        for (const QJsonValue &value : destinations)
            names.append(value.toObject().value(u"name"_s).toString());
        names.sort();
        QCOMPARE(names, (QStringList{u"partner"_s, u"website"_s}));
        QVERIFY(listed.out.contains(QString::fromLatin1(variable)));
        QVERIFY(!listed.out.contains(secret));

        // A WordPress site: its user is needed; kept (disabled here) like the others.
        const Run blogWithoutUser = cli({u"destination"_s, u"add"_s, u"blog"_s, u"--wordpress"_s,
                                         u"https://blog.example/"_s});
        QCOMPARE(blogWithoutUser.code, 2);
        QVERIFY2(blogWithoutUser.err.contains(u"user name"_s), qPrintable(blogWithoutUser.err));
        const Run blog =
                cli({u"destination"_s, u"add"_s, u"blog"_s, u"--wordpress"_s,
                     u"https://blog.example/"_s, u"--user"_s, u"desk"_s, u"--secret-from-env"_s,
                     QString::fromLatin1(variable), u"--disabled"_s});
        QCOMPARE(blog.code, 0);
        const Run withBlog = cli({u"destination"_s, u"list"_s, u"--json"_s});
        const QJsonArray all = QJsonDocument::fromJson(withBlog.out.toUtf8()).array();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).toObject().value(u"kind"_s).toString(), u"wordpress"_s);
        QCOMPARE(all.at(0).toObject().value(u"user"_s).toString(), u"desk"_s);
        QCOMPARE(cli({u"destination"_s, u"remove"_s, u"blog"_s}).code, 0);
        const Run notWordPress = cli({u"import-wordpress"_s, u"website"_s});
        QCOMPARE(notWordPress.code, 2);
        QVERIFY2(notWordPress.err.contains(u"not a WordPress site"_s),
                 qPrintable(notWordPress.err));

        QCOMPARE(cli({u"destination"_s, u"test"_s, u"website"_s}).code, 0);
        const Run down = cli({u"destination"_s, u"test"_s, u"partner"_s});
        QVERIFY(down.code != 0);
        QVERIFY2(!down.err.isEmpty(), "a test of a partner that is down says why");

        // Publishing without --folder goes to the library's destinations.
        const Run published = cli({u"publish"_s, u"council-extends-night-buses"_s});
        QVERIFY2(published.out.contains(u"website"_s), qPrintable(published.out + published.err));
        QVERIFY2(published.err.contains(u"partner"_s), qPrintable(published.err));
        QVERIFY(QFileInfo::exists(site + u"/council-extends-night-buses.html"_s));

        const Run queued = cli({u"queue"_s, u"--json"_s});
        QCOMPARE(queued.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(queued.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject waiting = rows.first().toObject();
        QCOMPARE(waiting.value(u"state"_s).toString(), u"retrying"_s);
        QCOMPARE(waiting.value(u"attempts"_s).toInt(), 1);
        QVERIFY(waiting.contains(u"nextAttemptAt"_s));
        QVERIFY(!waiting.value(u"message"_s).toString().isEmpty());
        const QString id = QString::number(waiting.value(u"id"_s).toInteger());
        const Run everything = cli({u"queue"_s, u"--all"_s});
        QVERIFY2(everything.out.contains(u"delivered"_s) && everything.out.contains(u"retrying"_s),
                 qPrintable(everything.out));

        const Run retry = cli({u"queue"_s, u"retry"_s, id});
        QCOMPARE(retry.code, 0);
        QVERIFY2(retry.out.contains(u"due now"_s), qPrintable(retry.out));
        const Run cancel = cli({u"queue"_s, u"cancel"_s, id});
        QCOMPARE(cancel.code, 0);
        QCOMPARE(cli({u"queue"_s, u"cancel"_s, u"x"_s}).code, 2);
        const Run idle = cli({u"queue"_s});
        QVERIFY2(idle.out.contains(u"Nothing is waiting or failed."_s), qPrintable(idle.out));
        const Run nothing = cli({u"deliver"_s, u"--until-idle"_s, u"--max-seconds"_s, u"5"_s});
        QCOMPARE(nothing.code, 0);
        QVERIFY2(nothing.out.contains(u"Nothing is waiting to be delivered."_s),
                 qPrintable(nothing.out));

        QCOMPARE(cli({u"destination"_s, u"disable"_s, u"partner"_s}).code, 0);
        const Run withoutPartner = cli(
                {u"publish"_s, u"council-extends-night-buses"_s, u"--major"_s, u"Routes added."_s});
        QCOMPARE(withoutPartner.code, 0);
        QVERIFY2(!withoutPartner.err.contains(u"partner"_s), qPrintable(withoutPartner.err));
        QCOMPARE(cli({u"destination"_s, u"enable"_s, u"partner"_s}).code, 0);
        QCOMPARE(cli({u"destination"_s, u"remove"_s, u"partner"_s}).code, 0);
        QCOMPARE(cli({u"destination"_s, u"remove"_s, u"partner"_s}).code, 1);
        const Run left = cli({u"destination"_s, u"list"_s});
        QVERIFY2(left.out.contains(u"website"_s) && !left.out.contains(u"partner"_s),
                 qPrintable(left.out));

        // The secret was read from the environment, never written down.
        QFile file(library);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(secret.toUtf8()));
        qunsetenv(variable.constData());
    }

    void settingsAreTheLibrarys()
    {
        const QString library = m_dir.filePath(u"settings.sqlite"_s);
        const auto saved = libraryWithStory(library, m_story.headline());
        QVERIFY2(saved, qPrintable(why(saved)));
        const QString key = saved->id().toString(QUuid::WithoutBraces);
        const auto restore = qScopeGuard([] { setSlugScript(SlugScript::Latin); });
        const auto cli = [&](QStringList arguments) {
            return run(QStringList{u"--library"_s, library} + arguments);
        };
        const auto shown = [&](const QString &at) {
            const Run result = run({u"--library"_s, at, u"settings"_s, u"--json"_s});
            return QJsonDocument::fromJson(result.out.toUtf8()).object();
        };
        QCOMPARE(shown(library).value(u"siteTitle"_s).toString(), u"Copydesk"_s);

        const Run set = cli({u"settings"_s, u"--site-title"_s, u"Harbour Times"_s, u"--time-zone"_s,
                             u"Europe/Malta"_s, u"--feed-entries"_s, u"12"_s, u"--slugs"_s,
                             u"own"_s, u"--base-url"_s, u"https://harbour.example/"_s});
        QCOMPARE(set.code, 0);
        QVERIFY2(set.out.contains(u"Harbour Times"_s), qPrintable(set.out));
        QVERIFY2(set.out.contains(u"Shared by every desk on the library"_s), qPrintable(set.out));
        const QJsonObject settings = shown(library);
        QCOMPARE(settings.value(u"siteTitle"_s).toString(), u"Harbour Times"_s);
        QCOMPARE(settings.value(u"timeZone"_s).toString(), u"Europe/Malta"_s);
        QCOMPARE(settings.value(u"feedEntries"_s).toInt(), 12);
        QCOMPARE(settings.value(u"slugs"_s).toString(), u"own"_s);

        // Kept in the library itself: another library on this machine has its own.
        {
            auto opened = Library::open(library);
            QVERIFY(opened.ok());
            const auto kept = opened->store->librarySettings();
            QVERIFY(kept.ok());
            QCOMPARE(kept->value(u"publishing/siteTitle"_s), u"Harbour Times"_s);
        }
        QCOMPARE(shown(m_library).value(u"siteTitle"_s).toString(), u"Copydesk"_s);

        // Every command of the library reads them: the feed is titled as the desk says.
        const Run feed = cli({u"export"_s, key, u"--format"_s, u"jsonfeed"_s});
        QCOMPARE(feed.code, 0);
        const QJsonObject document = QJsonDocument::fromJson(feed.out.toUtf8()).object();
        QCOMPARE(document.value(u"title"_s).toString(), u"Harbour Times"_s);
        QVERIFY2(document.value(u"home_page_url"_s)
                         .toString()
                         .startsWith(u"https://harbour.example/"_s),
                 qPrintable(feed.out));

        // Nonsense is refused whole, with the reason, and nothing changes.
        for (const QStringList &bad :
             {QStringList{u"--base-url"_s, u"ftp://harbour.example/"_s},
              QStringList{u"--time-zone"_s, u"Mars/Olympus_Mons"_s},
              QStringList{u"--slugs"_s, u"cyrillic"_s}, QStringList{u"--feed-entries"_s, u"many"_s},
              QStringList{u"--feed-entries"_s, u"900"_s},
              QStringList{u"--language"_s, u"Maltese!"_s}}) {
            const Run refused =
                    cli(QStringList{u"settings"_s, u"--site-title"_s, u"Changed"_s} + bad);
            QCOMPARE(refused.code, 2);
            QVERIFY2(!refused.err.isEmpty(), qPrintable(bad.join(u' ')));
        }
        QCOMPARE(shown(library).value(u"siteTitle"_s).toString(), u"Harbour Times"_s);
        QCOMPARE(cli({u"settings"_s, u"stray"_s}).code, 2);
    }

    void setChangesTheSlugAndTheLanguage()
    {
        const QString library = m_dir.filePath(u"set.sqlite"_s);
        QUuid id;
        {
            const auto saved = libraryWithStory(library, u"موسكو تستضيف القمة"_s);
            QVERIFY2(saved, qPrintable(why(saved)));
            QCOMPARE(saved->effectiveSlug(), u"mwskw-tstdyf-alqmt"_s);
            id = saved->id();
        }
        const QString key = id.toString(QUuid::WithoutBraces);
        const auto cli = [&](QStringList arguments) {
            return run(QStringList{u"--library"_s, library} + arguments);
        };
        const Run set =
                cli({u"set"_s, key, u"--slug"_s, u"Moscow Summit"_s, u"--language"_s, u"ar"_s});
        QCOMPARE(set.code, 0);
        QVERIFY2(set.out.contains(u"slug moscow-summit, language ar"_s), qPrintable(set.out));
        QCOMPARE(cli({u"set"_s, key, u"--language"_s, u"Arabic!"_s}).code, 2);
        QCOMPARE(cli({u"set"_s, key, u"--slug"_s, u"…"_s}).code, 2);
        QCOMPARE(cli({u"set"_s, key}).code, 2);
        const Run listed = cli({u"list"_s, u"--json"_s});
        const QJsonObject story =
                QJsonDocument::fromJson(listed.out.toUtf8()).array().first().toObject();
        QCOMPARE(story.value(u"slug"_s).toString(), u"moscow-summit"_s);
        QCOMPARE(story.value(u"language"_s).toString(), u"ar"_s);
        // Empty: the slug follows the headline again, the language is the site's.
        const Run back =
                cli({u"set"_s, u"moscow-summit"_s, u"--slug"_s, u""_s, u"--language"_s, u""_s});
        QCOMPARE(back.code, 0);
        QVERIFY2(back.out.contains(u"slug mwskw-tstdyf-alqmt, language the site's"_s),
                 qPrintable(back.out));
    }

    void setFilesTheStoryUnderASectionWithTagsAndSubjects()
    {
        const QString library = m_dir.filePath(u"filed.sqlite"_s);
        QUuid id;
        {
            const auto saved = libraryWithStory(library, u"Summit opens in Moscow"_s);
            QVERIFY2(saved, qPrintable(why(saved)));
            id = saved->id();
        }
        const QString key = id.toString(QUuid::WithoutBraces);
        const auto cli = [&](QStringList arguments) {
            return run(QStringList{u"--library"_s, library} + arguments);
        };
        // Sections come from the library's list.
        const Run noList = cli({u"set"_s, key, u"--section"_s, u"World"_s});
        QCOMPARE(noList.code, 2);
        QVERIFY2(noList.err.contains(u"settings --add-section"_s), qPrintable(noList.err));
        const Run added = cli({u"settings"_s, u"--add-section"_s, u"World"_s, u"--add-section"_s,
                               u"Business"_s, u"--json"_s});
        QCOMPARE(added.code, 0);
        QCOMPARE(QJsonDocument::fromJson(added.out.toUtf8()).object().value(u"sections"_s),
                 QJsonValue(QJsonArray{u"World"_s, u"Business"_s}));
        const Run unknown = cli({u"set"_s, key, u"--section"_s, u"Sport"_s});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains(u"World, Business"_s), qPrintable(unknown.err));
        QCOMPARE(cli({u"set"_s, key, u"--subject"_s, u"gardening"_s}).code, 2);

        const Run set = cli({u"set"_s, key, u"--section"_s, u"world"_s, u"--tag"_s, u"Russia"_s,
                             u"--tag"_s, u" summit "_s, u"--tag"_s, u"russia"_s, u"--subject"_s,
                             u"politics"_s, u"--subject"_s, u"16000000"_s});
        QCOMPARE(set.code, 0);
        QVERIFY2(set.out.contains(u"Section: World; tags: Russia, summit; subjects: politics, "
                                  u"conflict, war and peace."_s),
                 qPrintable(set.out));
        const Run ninjs = cli({u"export"_s, key, u"--format"_s, u"ninjs"_s, u"--base-url"_s,
                               u"https://news.example/"_s});
        QCOMPARE(ninjs.code, 0);
        const QJsonArray subjects =
                QJsonDocument::fromJson(ninjs.out.toUtf8()).object().value(u"subjects"_s).toArray();
        QCOMPARE(subjects.size(), 5);
        QCOMPARE(subjects.at(0).toObject().value(u"uri"_s).toString(),
                 u"http://cv.iptc.org/newscodes/mediatopic/11000000"_s);
        QCOMPARE(subjects.at(2).toObject().value(u"uri"_s).toString(),
                 u"https://news.example/section/world/"_s);
        QCOMPARE(subjects.at(4).toObject().value(u"literal"_s).toString(), u"summit"_s);

        // The list of one section, in either form.
        const Run world = cli({u"list"_s, u"--section"_s, u"WORLD"_s});
        QCOMPARE(world.code, 0);
        QVERIFY2(world.out.contains(u"Summit opens in Moscow"_s), qPrintable(world.out));
        QVERIFY(cli({u"list"_s, u"--section"_s, u"Business"_s}).out.trimmed().isEmpty());
        QVERIFY(cli({u"list"_s, u"--section"_s, u""_s}).out.trimmed().isEmpty());
        const Run worldJson = cli({u"list"_s, u"--json"_s, u"--section"_s, u"World"_s});
        QCOMPARE(QJsonDocument::fromJson(worldJson.out.toUtf8()).array().size(), 1);
        QCOMPARE(QJsonDocument::fromJson(
                         cli({u"list"_s, u"--json"_s, u"--section"_s, u"Business"_s}).out.toUtf8())
                         .array()
                         .size(),
                 0);

        // Empty values clear them; the section leaves the list, its story keeps it.
        QCOMPARE(cli({u"set"_s, key, u"--tag"_s, u""_s, u"--subject"_s, u""_s}).code, 0);
        QCOMPARE(cli({u"settings"_s, u"--remove-section"_s, u"WORLD"_s}).code, 0);
        const Run listed = cli({u"list"_s, u"--json"_s});
        const QJsonObject story =
                QJsonDocument::fromJson(listed.out.toUtf8()).array().first().toObject();
        QCOMPARE(story.value(u"section"_s).toString(), u"World"_s);
        QVERIFY(!story.contains(u"tags"_s));
        QVERIFY(!story.contains(u"subjects"_s));
        QCOMPARE(cli({u"settings"_s, u"--remove-section"_s, u"World"_s}).code, 2);
    }

    void attachAddsAPictureAsTheEditorDoes()
    {
        const QString library = m_dir.filePath(u"attach.sqlite"_s);
        QUuid id;
        {
            auto opened = Library::open(library);
            QVERIFY2(opened, qPrintable(why(opened)));
            Story story = Story::create();
            story.setHeadline(u"Harbour reopens after the storm"_s);
            story.setHighlights({u"Two berths open again"_s, u"Ferries from Monday"_s});
            story.setDateline(u"VALLETTA"_s);
            story.setBody(u"The harbour authority reopened two berths.\n"_s);
            const auto saved = opened->store->saveStory(story);
            QVERIFY2(saved, qPrintable(why(saved)));
            id = saved->id();
        }
        const QString key = id.toString(QUuid::WithoutBraces);
        const auto cli = [&](QStringList arguments) {
            return run(QStringList{u"--library"_s, library} + arguments);
        };
        const auto stored = [&]() {
            auto opened = Library::open(library);
            return opened ? opened->store->loadStory(id) : Result<Story>(opened.error());
        };
        const QByteArray jpeg = harborPicture();
        QVERIFY(!jpeg.isEmpty());
        const QString picture = m_dir.filePath(u"cranes.jpg"_s);
        QVERIFY(writeFile(picture, jpeg));

        const Run attached = cli({u"attach"_s, key.left(8), picture, u"--caption"_s,
                                  u"Cranes stand over the reopened berths"_s, u"--credit"_s,
                                  u"Harbour Times/Lena Abela"_s, u"--alt"_s,
                                  u"Two cranes over an empty quay"_s});
        QCOMPARE(attached.code, 0);
        QVERIFY2(attached.err.isEmpty(), qPrintable(attached.err));
        QVERIFY2(attached.out.contains(u"Saved “Harbour reopens after the storm” as version 2 with "
                                       u"the photo cranes.jpg (1600 × 1000)."_s),
                 qPrintable(attached.out));
        QVERIFY2(attached.out.contains(u"It leads the story."_s), qPrintable(attached.out));

        // The picture is there in the ninjs with its caption, credit and alt text.
        const Run ninjs = cli({u"export"_s, key, u"--format"_s, u"ninjs"_s, u"--base-url"_s,
                               u"https://news.example/"_s});
        QCOMPARE(ninjs.code, 0);
        const QJsonArray associations = QJsonDocument::fromJson(ninjs.out.toUtf8())
                                                .object()
                                                .value(u"associations"_s)
                                                .toArray();
        QCOMPARE(associations.size(), 1);
        const QJsonObject photo = associations.first().toObject();
        QCOMPARE(photo.value(u"type"_s).toString(), u"picture"_s);
        const QString fileId = QString::fromLatin1(
                QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex());
        QCOMPARE(photo.value(u"uri"_s).toString(), u"urn:copydesk:picture:"_s + fileId);
        QCOMPARE(photo.value(u"descriptions"_s).toArray(),
                 (QJsonArray{QJsonObject{{u"role"_s, u"caption"_s},
                                         {u"value"_s, u"Cranes stand over the reopened berths"_s}},
                             QJsonObject{{u"role"_s, u"alt"_s},
                                         {u"value"_s, u"Two cranes over an empty quay"_s}}}));
        QCOMPARE(photo.value(u"by"_s).toString(), u"Harbour Times/Lena Abela"_s);
        QCOMPARE(photo.value(u"copyrightholder"_s).toString(), u"Harbour Times"_s);
        const QJsonObject original = photo.value(u"renditions"_s).toArray().first().toObject();
        QCOMPARE(original.value(u"name"_s).toString(), u"original"_s);
        QCOMPARE(original.value(u"href"_s).toString(),
                 u"https://news.example/photos/"_s + fileId + u".jpg"_s);
        QCOMPARE(original.value(u"width"_s).toInt(), 1600);
        QCOMPARE(original.value(u"height"_s).toInt(), 1000);
        // The page leads with it.
        const Run html = cli({u"export"_s, key, u"--format"_s, u"html"_s});
        QVERIFY(html.out.contains(u"Cranes stand over the reopened berths"_s));
        QVERIFY(html.out.contains(u"(Harbour Times/Lena Abela)"_s));

        // A second picture goes after the first, which still leads.
        const QString second = m_dir.filePath(u"quay.png"_s);
        QImage small(300, 200, QImage::Format_RGB32);
        small.fill(Qt::darkCyan);
        QVERIFY(small.save(second, "PNG"));
        const Run more = cli({u"attach"_s, key, second});
        QCOMPARE(more.code, 0);
        QVERIFY2(more.out.contains(u"Caption: (none); credit: (none); alt text: (none)."_s),
                 qPrintable(more.out));
        QVERIFY(!more.out.contains(u"It leads the story."_s));
        const auto afterTwo = stored();
        QVERIFY2(afterTwo, qPrintable(why(afterTwo)));
        QCOMPARE(afterTwo->version(), 3);
        QCOMPARE(afterTwo->photos().size(), 2);
        QCOMPARE(afterTwo->leadPhoto()->fileId, fileId);
        QCOMPARE(afterTwo->photos().at(1).mimeType, u"image/png"_s);
        QCOMPARE(afterTwo->photos().at(1).width, 300);

        // A broken or unreadable picture is refused with the reason; the story stays as it was.
        const QString cut = m_dir.filePath(u"cut-short.jpg"_s);
        QVERIFY(writeFile(cut, jpeg.left(jpeg.size() / 2)));
        const QString text = m_dir.filePath(u"notes.jpg"_s);
        QVERIFY(writeFile(text, "not a picture at all\n"));
        for (const auto &[file, reason] :
             {std::pair{cut, u"cut short"_s}, std::pair{text, u"is not a JPEG"_s},
              std::pair{m_dir.filePath(u"missing.jpg"_s), u"Cannot open the picture"_s}}) {
            const Run refused = cli({u"attach"_s, key, file, u"--caption"_s, u"Never saved"_s});
            QCOMPARE(refused.code, 1);
            QVERIFY2(refused.err.contains(reason), qPrintable(refused.err));
            QVERIFY(refused.out.isEmpty());
        }
        const auto after = stored();
        QVERIFY2(after, qPrintable(why(after)));
        QCOMPARE(*after, *afterTwo);

        // A wrong command line is a usage error.
        QCOMPARE(cli({u"attach"_s, key}).code, 2);
        QCOMPARE(cli({u"attach"_s, key, picture, u"--caption"_s, QString(2001, u'x')}).code, 2);
        QCOMPARE(cli({u"attach"_s, u"no-such-story"_s, picture}).code, 1);
        QCOMPARE(stored()->version(), 3);
    }

    void recoverListsAndPrintsWhatTheJournalHolds()
    {
        const QString journalDir = EditJournal::directoryFor(m_library);
        const Run empty = run({u"--library"_s, m_library, u"recover"_s, u"--list"_s});
        QCOMPARE(empty.code, 0);
        QVERIFY2(empty.out.contains(u"no unsaved edits"_s), qPrintable(empty.out));

        Story edited = m_story;
        edited.setBody(u"Typed after the last save, then the window died."_s);
        Story fresh = Story::create();
        fresh.setHeadline(u"Never saved at all"_s);
        {
            EditJournal journal(journalDir);
            QVERIFY(journal.record(edited, utc(2026, 11, 30, 9, 15)));
            QVERIFY(journal.record(fresh, utc(2026, 11, 30, 9, 20)));
        }
        const Run list = run(
                {u"--library"_s, m_library, u"recover"_s, u"--list"_s, u"--time-zone"_s, u"UTC"_s});
        QCOMPARE(list.code, 0);
        QVERIFY2(list.out.contains(m_story.id().toString(QUuid::WithoutBraces)),
                 qPrintable(list.out));
        QVERIFY2(list.out.contains(u"never saved"_s), qPrintable(list.out));
        QVERIFY(list.out.indexOf(u"Never saved at all"_s) < list.out.indexOf(m_story.headline()));

        const Run json = run({u"--library"_s, m_library, u"recover"_s, u"--list"_s, u"--json"_s});
        QCOMPARE(json.code, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(array.size(), 2);
        const QJsonObject mine = array.at(1).toObject();
        QCOMPARE(mine.value(u"id"_s).toString(), m_story.id().toString(QUuid::WithoutBraces));
        QCOMPARE(mine.value(u"baseVersion"_s).toInt(), m_story.version());
        QCOMPARE(mine.value(u"savedVersion"_s).toInt(), m_story.version());
        QCOMPARE(mine.value(u"editedAt"_s).toString(), u"2026-11-30T09:15:00Z"_s);
        QVERIFY(array.at(0).toObject().value(u"savedVersion"_s).isNull());

        const Run print = run({u"--library"_s, m_library, u"recover"_s,
                               m_story.id().toString(QUuid::WithoutBraces).left(8), u"--print"_s});
        QCOMPARE(print.code, 0);
        const QJsonObject story = QJsonDocument::fromJson(print.out.toUtf8()).object();
        QCOMPARE(story.value(u"body"_s).toString(), edited.body());
        QCOMPARE(story.value(u"headline"_s).toString(), m_story.headline());

        // A library that will not open still gives the text back.
        const QString broken = m_dir.filePath(u"broken.sqlite"_s);
        QVERIFY(writeFile(broken, QByteArray(8192, 'x')));
        QVERIFY(QDir().rename(journalDir, EditJournal::directoryFor(broken)));
        const Run rescue = run({u"--library"_s, broken, u"recover"_s,
                                m_story.id().toString(QUuid::WithoutBraces), u"--print"_s});
        QCOMPARE(rescue.code, 0);
        QVERIFY2(rescue.err.contains(u"cannot be opened"_s), qPrintable(rescue.err));
        QVERIFY(rescue.out.contains(u"then the window died"_s));

        QCOMPARE(run({u"--library"_s, m_library, u"recover"_s, u"--print"_s}).code, 2);
        QCOMPARE(run({u"--library"_s, broken, u"recover"_s, u"zzzz"_s, u"--print"_s}).code, 1);
    }

    void helpNeedsNoLibrary()
    {
        const Run overall = run({u"--help"_s});
        QCOMPARE(overall.code, 0);
        QVERIFY(overall.out.contains(u"export ID --format FORMAT"_s));
        for (const char *command :
             {"import-wire FILE...", "publish ID [--minor | --major NOTE | --correction NOTE]",
              "list [--json]", "schedule ID --at TIME [--embargo TIME]", "publish-due [--now TIME]",
              "withdraw ID --reason TEXT", "history ID [--json]", "diff ID V1 V2",
              "restore ID VERSION", "republish ID | republish --all", "unschedule ID",
              "search WORDS... [--status S] [--since T] [--json]",
              "attach ID PICTURE [--caption C] [--credit C] [--alt A]"})
            QVERIFY2(overall.out.contains(QLatin1StringView(command)), command);
        for (const char *command :
             {"import-wire", "export", "publish", "schedule", "unschedule", "publish-due",
              "withdraw", "republish", "history", "diff", "restore", "deliver", "embargo",
              "recover", "search", "attach"}) {
            const Run help = run({QLatin1StringView(command), u"--help"_s});
            QCOMPARE(help.code, 0);
            QVERIFY2(help.out.contains(u"Options:"_s), command);
        }
        const Run list = run(
                {u"--library"_s, m_dir.filePath(u"absent/none.sqlite"_s), u"list"_s, u"--help"_s});
        QCOMPARE(list.code, 0);
        QCOMPARE(list.out,
                 u"Usage: copydesk-cli [--library PATH] list [--json] [--status S] [--section "
                 u"NAME]\n\n"
                 u"List the stories of the library, newest save first.\n\n"
                 u"Options:\n"
                 u"  --json              Print a JSON array of the stories with every field.\n"
                 u"  --status STATUS     Only draft, scheduled, published or withdrawn stories.\n"
                 u"  --section NAME      Only the stories filed under this section (empty: under "
                 u"none).\n"_s);
        QVERIFY(!QFile::exists(m_dir.filePath(u"absent/none.sqlite"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
