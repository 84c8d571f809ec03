// SPDX-License-Identifier: MIT
// A published folder served by a real nginx on the loopback interface, read
// back over HTTP and by the feed and ninjs validators readers' tools use.
#include "feeds/site.h"
#include "publish/folderdestination.h"
#include "publish/publishservice.h"
#include "render/htmlescape.h"
#include "store/library.h"
#include "story/photofile.h"
#include "support/harborpicture.h"
#include "support/nginxserver.h"
#include "support/testing.h"
#include "wire/wireimport.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPainter>
#include <QProcess>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString python = u"/usr/bin/python3"_s;
/// read_feed.py and validate_schema.py exit with this when their module is missing.
constexpr int skipExitCode = 77;

/// The server's configuration: %1 its own folder, %2 the port, %3 the folder it serves.
QString nginxConfiguration(const QString &dir, const QString &root, quint16 port)
{
    // feed.json gets the JSON Feed type, which mime.types does not know.
    return uR"(daemon off;
master_process off;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log warn;
events {
    worker_connections 64;
}
http {
    include /etc/nginx/mime.types;
    types {
        application/atom+xml atom;
    }
    default_type application/octet-stream;
    access_log %1/access.log;
    client_body_temp_path %1/client_body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    server {
        listen 127.0.0.1:%2;
        server_name localhost;
        root %3;
        location = /feed.json {
            types { }
            default_type application/feed+json;
        }
    }
}
)"_s.arg(dir, QString::number(port), root);
}

/// One HTTP response, as a test checks it.
struct Response
{
    int status = 0;
    QString contentType;
    QByteArray body;
    QString error;
    QString location; ///< where a redirect points
};

} // namespace

/// Publish the shared wire sample, serve it with nginx, read it back as readers' tools would.
class TestNginxPublish : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<StoryStore> m_store;
    QList<Story> m_stories; ///< as published
    Photo m_photo;
    Site m_site;
    quint16 m_port = 0;
    NginxServer m_nginx;
    QNetworkAccessManager m_network;

    QString siteFolder() const { return m_dir.filePath(u"site"_s); }
    QString conformanceScript(const QString &name) const
    {
        return QStringLiteral(COPYDESK_TEST_DATA_DIR) + u"/../conformance/"_s + name;
    }

    /// Publishes every story for a server on port; the addresses in feeds and ninjs name it.
    Result<void> publishAll(quint16 port)
    {
        m_site = Site().withBaseUrl(QUrl(u"http://127.0.0.1:%1/"_s.arg(port)));
        m_site.title = u"Copydesk integration"_s;
        m_site.timeZone = QTimeZone::utc();
        m_site.shortUrlBase = u"http://127.0.0.1:%1/s/"_s.arg(port);
        FolderDestination folder(siteFolder(), m_site);
        QList<Story> published;
        QDateTime at(QDate(2026, 11, 21), QTime(12, 0), QTimeZone::utc());
        for (const Story &story : std::as_const(m_stories)) {
            PublishService service(
                    *m_store, HouseStyle::defaultStyle(), {&folder}, [at] { return at; },
                    QTimeZone::utc());
            auto publication =
                    service.publish(PublishRequest{story.id(), PublicationKind::First, {}, 0, {}});
            if (!publication)
                return publication.error();
            if (!publication->delivered())
                return Error{ErrorKind::Io, publication->failures().join(u'\n')};
            published.append(publication->story);
            at = at.addSecs(600);
        }
        m_stories = published;
        return {};
    }

    Response fetch(const QString &relativePath)
    {
        const QUrl url = m_site.url(relativePath);
        Response response;
        // Never anywhere but the server this test started.
        if (url.host() != u"127.0.0.1"_s || url.port() != m_port) {
            response.error = u"refusing to fetch "_s + url.toString();
            return response;
        }
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);
        std::unique_ptr<QNetworkReply> reply(m_network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000)) {
            response.error = u"no answer from "_s + url.toString();
            return response;
        }
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        response.body = reply->readAll();
        response.location = QString::fromUtf8(reply->rawHeader("Location"));
        if (reply->error() != QNetworkReply::NoError &&
            reply->error() != QNetworkReply::ContentNotFoundError)
            response.error = reply->errorString();
        return response;
    }

    /// Runs a tests/conformance script; skips the test when it or its module is missing.
    std::optional<std::pair<int, QByteArray>> runScript(const QString &script,
                                                        const QStringList &arguments)
    {
        QProcess process;
        process.setProgram(python);
        process.setArguments(QStringList{script} + arguments);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start();
        if (!process.waitForStarted(10000) || !process.waitForFinished(120000)) {
            qWarning().noquote() << script << "did not run:" << process.errorString();
            return std::nullopt;
        }
        return std::pair{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                         process.readAll()};
    }

    const Story *storyWithPhoto() const
    {
        for (const Story &story : m_stories) {
            if (!story.photos().isEmpty() && !story.photos().first().fileId.isEmpty())
                return &story;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString shared = qEnvironmentVariable("COPYDESK_SHARED_DIR");
        const QString sample = shared + u"/samples/wire-page-sample.txt"_s;
        COPYDESK_REQUIRE(!(shared.isEmpty() || !QFileInfo::exists(sample)),
                         "The shared wire sample is missing: set COPYDESK_SHARED_DIR to the folder "
                         "holding samples/wire-page-sample.txt (ctest does this).");
        COPYDESK_REQUIRE(
                QFileInfo(nginxBinary).isExecutable(),
                "/usr/sbin/nginx is not installed (apt install nginx-light); the test starts "
                "its own server on 127.0.0.1 and needs no running service.");

        auto opened = Library::open(m_dir.filePath(u"library.sqlite"_s));
        QVERIFY2(opened, qPrintable(why(opened)));
        m_store = std::move(opened->store);

        WireOptions options;
        options.referenceTime = QDateTime(QDate(2026, 11, 21), QTime(11, 0), QTimeZone::utc());
        options.timeZone = QTimeZone::utc();
        const WireFileOutcome imported = importWireFile(*m_store, sample, options);
        QVERIFY2(imported.ok(),
                 imported.problems.isEmpty() ? "no stories"
                                             : qPrintable(imported.problems.first().text()));
        QCOMPARE(imported.imported.size(), 3);
        m_stories = imported.imported;

        // The wire describes the harbor picture; the desk attaches the file.
        const QByteArray jpeg = harborPicture();
        const auto checked = photoFileFromBytes(jpeg, u"harbor.jpg"_s);
        QVERIFY2(checked, qPrintable(why(checked)));
        const auto fileId = m_store->addPhotoFile(jpeg, checked->mimeType);
        QVERIFY2(fileId, qPrintable(why(fileId)));
        Story &harbor = m_stories.first();
        QList<Photo> photos = harbor.photos();
        QVERIFY2(!photos.isEmpty(), "the first sample story has a photo caption");
        photos.first().fileId = *fileId;
        photos.first().fileName = u"harbor.jpg"_s;
        photos.first().mimeType = checked->mimeType;
        photos.first().width = checked->size.width();
        photos.first().height = checked->size.height();
        photos.first().altText = u"Cranes at an empty quay"_s;
        harbor.setPhotos(photos);
        auto saved = m_store->saveStory(harbor);
        QVERIFY2(saved, qPrintable(why(saved)));
        harbor = *saved;
        m_photo = photos.first();

        m_network.setProxy(QNetworkProxy::NoProxy);
        m_network.setAutoDeleteReplies(false);
        // Another program may take the free port before nginx binds it: try again.
        QString failure;
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = freeLoopbackPort();
            QVERIFY(m_port != 0);
            const auto published = publishAll(m_port);
            QVERIFY2(published, qPrintable(why(published)));
            const QString work = m_dir.filePath(u"nginx"_s);
            const auto started =
                    m_nginx.start(work, nginxConfiguration(work, siteFolder(), m_port), m_port);
            if (started)
                return;
            failure = started.errorMessage();
            if (!m_nginx.portWasTaken())
                break;
        }
        QFAIL(qPrintable(u"nginx did not serve the folder: "_s + failure));
    }

    void cleanupTestCase() { m_nginx.stop(); }

    void feedsAreServedWithTheirTypes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("contentType");
        QTest::newRow("atom") << u"feed.atom"_s << u"application/atom+xml"_s;
        QTest::newRow("json feed") << u"feed.json"_s << u"application/feed+json"_s;
    }

    void feedsAreServedWithTheirTypes()
    {
        QFETCH(QString, path);
        QFETCH(QString, contentType);
        const Response response = fetch(path);
        QVERIFY2(response.error.isEmpty(), qPrintable(response.error));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.contentType.section(u';', 0, 0).trimmed(), contentType);
        QCOMPARE(response.body, fileBytes(QDir(siteFolder()).filePath(path)));
        for (const Story &story : std::as_const(m_stories))
            QVERIFY2(response.body.contains(storyUrn(story).toUtf8()),
                     qPrintable(story.headline()));
    }

    void storyPagesAreServed()
    {
        for (const Story &story : std::as_const(m_stories)) {
            const Response response = fetch(Site::storyPagePath(story));
            QVERIFY2(response.error.isEmpty(), qPrintable(response.error));
            QCOMPARE(response.status, 200);
            QCOMPARE(response.contentType.section(u';', 0, 0).trimmed(), u"text/html"_s);
            QVERIFY2(response.body.contains(escapeHtml(story.headline()).toUtf8()),
                     qPrintable(story.headline()));
            QCOMPARE(response.body,
                     fileBytes(QDir(siteFolder()).filePath(Site::storyPagePath(story))));
        }
        // The page shows the rendition it names, and the server has it.
        const Story *withPhoto = storyWithPhoto();
        QVERIFY(withPhoto);
        const Response page = fetch(Site::storyPagePath(*withPhoto));
        const QString w1200 = u"photos/"_s + m_photo.fileId + u"-w1200.jpg"_s;
        QVERIFY2(page.body.contains(w1200.toUtf8()), page.body.left(4000).constData());
    }

    void ninjsIsServedAsJson()
    {
        for (const Story &story : std::as_const(m_stories)) {
            const Response response = fetch(Site::ninjsPath(story));
            QVERIFY2(response.error.isEmpty(), qPrintable(response.error));
            QCOMPARE(response.status, 200);
            QCOMPARE(response.contentType.section(u';', 0, 0).trimmed(), u"application/json"_s);
            const QJsonObject ninjs = QJsonDocument::fromJson(response.body).object();
            QCOMPARE(ninjs.value(u"uri"_s).toString(), storyUrn(story));
        }
    }

    void photosAreServed_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QSize>("size");
        QTest::newRow("original") << u".jpg"_s << QSize(1600, 1000);
        QTest::newRow("w1200") << u"-w1200.jpg"_s << QSize(1200, 750);
        QTest::newRow("w400") << u"-w400.jpg"_s << QSize(400, 250);
    }

    void photosAreServed()
    {
        QFETCH(QString, suffix);
        QFETCH(QSize, size);
        const Response response = fetch(u"photos/"_s + m_photo.fileId + suffix);
        QVERIFY2(response.error.isEmpty(), qPrintable(response.error));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.contentType, u"image/jpeg"_s);
        QCOMPARE(QImage::fromData(response.body, "jpeg").size(), size);
    }

    void shortUrlsLeadToTheStory()
    {
        // What a reader who types the short URL gets: nginx sends /s/<code>
        // on to the folder, whose page sends the browser to the story.
        for (const Story &story : std::as_const(m_stories)) {
            const QString code = shortCode(story.id());
            const QString shortUrl = m_site.shortUrl(story);
            QCOMPARE(shortUrl, u"http://127.0.0.1:%1/s/"_s.arg(m_port) + code);
            const Response bare = fetch(u"s/"_s + code);
            QVERIFY2(bare.error.isEmpty(), qPrintable(bare.error));
            QCOMPARE(bare.status, 301);
            QVERIFY2(bare.location.endsWith(u"/s/"_s + code + u'/'), qPrintable(bare.location));
            const Response page = fetch(u"s/"_s + code + u'/');
            QCOMPARE(page.status, 200);
            const QByteArray target = m_site.storyUrl(story).toString().toUtf8();
            const QByteArray refresh =
                    QByteArray("http-equiv=\"refresh\" content=\"0; url=") + target;
            const QByteArray canonical = QByteArray("rel=\"canonical\" href=\"") + target;
            QVERIFY2(page.body.contains(refresh), page.body.constData());
            QVERIFY(page.body.contains(canonical));
            QCOMPARE(fetch(m_site.storyUrl(story).path().mid(1)).status, 200);
        }
    }

    void frontPageListsTheStories()
    {
        const Response front = fetch(u"index.html"_s);
        QCOMPARE(front.status, 200);
        for (const Story &story : std::as_const(m_stories)) {
            QVERIFY2(front.body.contains(story.headline().toHtmlEscaped().toUtf8()),
                     qPrintable(story.headline()));
            QVERIFY(front.body.contains(
                    (u"href=\""_s + Site::storyPagePath(story) + u'"').toUtf8()));
        }
        QVERIFY(front.body.contains("application/atom+xml"));
    }

    void missingPathIsNotFound()
    {
        const Response response = fetch(u"no-such-story.html"_s);
        QCOMPARE(response.status, 404);
        QVERIFY2(response.error.isEmpty(), qPrintable(response.error));
    }

    void feedsReadInFeedparser_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("path");
        QTest::newRow("atom") << u"atom"_s << u"feed.atom"_s;
    }

    void feedsReadInFeedparser()
    {
        QFETCH(QString, kind);
        QFETCH(QString, path);
        const QString script = conformanceScript(u"read_feed.py"_s);
        COPYDESK_REQUIRE(
                QFileInfo::exists(script),
                "tests/conformance/read_feed.py is missing; it reads feeds with feedparser.");
        COPYDESK_REQUIRE(QFileInfo(python).isExecutable(),
                         "/usr/bin/python3 is missing; it runs feedparser.");

        const Response response = fetch(path);
        QCOMPARE(response.status, 200);
        const QString fetched = m_dir.filePath(u"fetched-"_s + path);
        QVERIFY(writeFile(fetched, response.body));
        const auto ran = runScript(script, {kind, fetched});
        QVERIFY(ran);
        QVERIFY2(ran->first == 0, ran->second.constData());

        const QJsonObject parsed = QJsonDocument::fromJson(ran->second).object();
        QVERIFY2(!parsed.isEmpty(), ran->second.constData());
        QVERIFY2(!parsed.value(u"bozo"_s).toBool(),
                 qPrintable(parsed.value(u"bozo_exception"_s).toString()));
        const QJsonArray entries = parsed.value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), m_stories.size());
        for (const Story &story : std::as_const(m_stories)) {
            const auto entry = std::find_if(entries.begin(), entries.end(), [&](const auto &e) {
                return e.toObject().value(u"title"_s).toString() == story.headline();
            });
            QVERIFY2(entry != entries.end(), qPrintable(u"no entry titled "_s + story.headline()));
            const QJsonObject item = entry->toObject();
            QCOMPARE(item.value(u"link"_s).toString(),
                     u"http://127.0.0.1:%1/%2.html"_s.arg(m_port).arg(story.effectiveSlug()));
            QVERIFY2(!item.value(u"summary"_s).toString().isEmpty(), qPrintable(story.headline()));
            QCOMPARE(item.value(u"published"_s).toString(),
                     story.firstPublishedAt().toString(Qt::ISODate));
            QCOMPARE(item.value(u"updated"_s).toString(), story.updatedAt().toString(Qt::ISODate));
        }
    }

    // Debian 12's feedparser cannot read JSON Feed: the served feed is held
    // to the JSON Feed 1.1 schema, and what a reader needs from each item is
    // checked here.
    void jsonFeedItemsPointAtThePages()
    {
        const Response response = fetch(u"feed.json"_s);
        QCOMPARE(response.status, 200);
        const QString fetched = m_dir.filePath(u"fetched-feed.json"_s);
        QVERIFY(writeFile(fetched, response.body));
        const auto ran = runScript(conformanceScript(u"validate_schema.py"_s),
                                   {conformanceScript(u"jsonfeed-1.1.schema.json"_s), fetched});
        QVERIFY(ran);
        COPYDESK_REQUIRE(ran->first != skipExitCode, QString::fromUtf8(ran->second).trimmed());
        QVERIFY2(ran->first == 0, ran->second.constData());
        QJsonParseError error;
        const QJsonObject feed = QJsonDocument::fromJson(response.body, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(feed.value(u"version"_s).toString(), u"https://jsonfeed.org/version/1.1"_s);
        QCOMPARE(feed.value(u"feed_url"_s).toString(),
                 u"http://127.0.0.1:%1/feed.json"_s.arg(m_port));
        const QJsonArray items = feed.value(u"items"_s).toArray();
        QCOMPARE(items.size(), m_stories.size());
        // Newest first publication first: the stories were published in order.
        for (qsizetype i = 0; i < items.size(); ++i) {
            const Story &story = m_stories.at(m_stories.size() - 1 - i);
            const QJsonObject item = items.at(i).toObject();
            QCOMPARE(item.value(u"id"_s).toString(), storyUrn(story));
            QCOMPARE(item.value(u"title"_s).toString(), story.headline());
            QCOMPARE(item.value(u"url"_s).toString(),
                     u"http://127.0.0.1:%1/%2.html"_s.arg(m_port).arg(story.effectiveSlug()));
            QCOMPARE(QDateTime::fromString(item.value(u"date_published"_s).toString(), Qt::ISODate),
                     story.firstPublishedAt());
            QCOMPARE(QDateTime::fromString(item.value(u"date_modified"_s).toString(), Qt::ISODate),
                     story.updatedAt());
        }
    }

    void ninjsValidatesAgainstTheSchema()
    {
        const QString script = conformanceScript(u"validate_schema.py"_s);
        const QString schema = qEnvironmentVariable("COPYDESK_SHARED_DIR") +
                u"/conformance/ninjs-schema_2.2.json"_s;
        COPYDESK_REQUIRE(QFileInfo::exists(script),
                         "tests/conformance/validate_schema.py is missing; it runs jsonschema.");
        COPYDESK_REQUIRE(QFileInfo::exists(schema),
                         "The ninjs 2.2 schema is missing from COPYDESK_SHARED_DIR/conformance.");
        COPYDESK_REQUIRE(QFileInfo(python).isExecutable(),
                         "/usr/bin/python3 is missing; it runs jsonschema.");

        QStringList files;
        for (const Story &story : std::as_const(m_stories)) {
            const Response response = fetch(Site::ninjsPath(story));
            QCOMPARE(response.status, 200);
            const QString fetched = m_dir.filePath(u"fetched-"_s + Site::ninjsPath(story));
            QVERIFY(writeFile(fetched, response.body));
            files.append(fetched);
        }
        const auto ran = runScript(script, QStringList{schema} + files);
        QVERIFY(ran);
        COPYDESK_REQUIRE(ran->first != skipExitCode, QString::fromUtf8(ran->second).trimmed());
        QVERIFY2(ran->first == 0, ran->second.constData());
    }
};

QTEST_GUILESS_MAIN(TestNginxPublish)
#include "tst_nginxpublish.moc"
