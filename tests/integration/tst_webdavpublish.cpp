// SPDX-License-Identifier: MIT
// Publishing to a web server over HTTPS with WebDAV: a real nginx on
// loopback with its DAV module, a certificate from a CA the test makes
// with openssl, and basic authentication. The site is then read back from
// the same server as readers would.
#include "publish/destinationset.h"
#include "publish/publishservice.h"
#include "publish/webdavdestination.h"
#include "store/library.h"
#include "story/photofile.h"
#include "support/harborpicture.h"
#include "support/nginxserver.h"
#include "support/testing.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString openssl = u"/usr/bin/openssl"_s;
const QString password = u"dav-password-4c1e"_s;

/// Runs openssl with arguments in dir; its output on failure.
Result<QByteArray> runOpenssl(const QString &dir, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(openssl, arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000) ||
        process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error{
                ErrorKind::Permanent,
                u"openssl %1 failed: %2"_s.arg(arguments.join(u' '),
                                               QString::fromUtf8(process.readAllStandardError()))};
    return process.readAllStandardOutput();
}

/// A CA named name in dir: <name>-ca.key, <name>-ca.pem.
Result<void> makeCa(const QString &dir, const QString &name)
{
    auto made = runOpenssl(dir,
                           {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                            u"-keyout"_s, name + u"-ca.key"_s, u"-out"_s, name + u"-ca.pem"_s,
                            u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=%1 newsroom CA"_s.arg(name)});
    return made ? Result<void>() : made.error();
}

/// server.key and server.pem for 127.0.0.1 and localhost, signed by the CA name.
Result<void> makeServerCertificate(const QString &dir, const QString &name)
{
    if (!writeFile(dir + u"/san.ext"_s, "subjectAltName=IP:127.0.0.1,DNS:localhost\n"))
        return Error{ErrorKind::Io, u"cannot write san.ext"_s};
    auto request = runOpenssl(dir,
                              {u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                               u"server.key"_s, u"-out"_s, u"server.csr"_s, u"-subj"_s,
                               u"/CN=127.0.0.1"_s});
    if (!request)
        return request.error();
    auto signedCert = runOpenssl(dir,
                                 {u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s,
                                  name + u"-ca.pem"_s, u"-CAkey"_s, name + u"-ca.key"_s,
                                  u"-CAcreateserial"_s, u"-out"_s, u"server.pem"_s, u"-days"_s,
                                  u"2"_s, u"-extfile"_s, u"san.ext"_s});
    return signedCert ? Result<void>() : signedCert.error();
}

QString davConfiguration(const QString &dir, const QString &root, quint16 port)
{
    // GET and HEAD are open to readers; writing needs the desk's password.
    // No create_full_put_path: the client makes the folders (MKCOL).
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
    default_type application/octet-stream;
    access_log %1/access.log;
    client_body_temp_path %1/client_body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    server {
        listen 127.0.0.1:%2 ssl;
        server_name localhost;
        ssl_certificate %1/server.pem;
        ssl_certificate_key %1/server.key;
        root %3;
        client_max_body_size 64m;
        location / {
            dav_methods PUT DELETE MKCOL;
            dav_access user:rw group:r all:r;
            limit_except GET HEAD {
                auth_basic "Copydesk desk";
                auth_basic_user_file %1/htpasswd;
            }
        }
        location = /feed.json {
            dav_methods PUT DELETE;
            limit_except GET HEAD {
                auth_basic "Copydesk desk";
                auth_basic_user_file %1/htpasswd;
            }
            types { }
            default_type application/feed+json;
        }
    }
}
)"_s.arg(dir, QString::number(port), root);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

struct Fetched
{
    int status = 0;
    QByteArray body;
    QString error;
};

} // namespace

class TestWebDavPublish : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<StoryStore> m_store;
    NginxServer m_nginx;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
    QList<QSslCertificate> m_ca;
    Photo m_photo;

    QString work() const { return m_dir.filePath(u"nginx"_s); }
    QString root() const { return m_dir.filePath(u"www"_s); }
    QString baseUrl() const { return u"https://127.0.0.1:%1/"_s.arg(m_port); }

    DestinationConfig config(const QString &caFile) const
    {
        DestinationConfig dav;
        dav.name = u"website"_s;
        dav.kind = DestinationKind::WebDav;
        dav.target = baseUrl();
        dav.user = u"desk"_s;
        dav.caFile = caFile;
        dav.timeoutSeconds = 10;
        return dav;
    }

    Fetched fetch(const QString &path)
    {
        QNetworkRequest request(QUrl(baseUrl() + path));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_ca);
        request.setSslConfiguration(tls);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);
        std::unique_ptr<QNetworkReply> reply(m_network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        Fetched fetched;
        if (!reply->isFinished() && !finished.wait(10000)) {
            fetched.error = u"no answer"_s;
            return fetched;
        }
        fetched.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        fetched.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError &&
            reply->error() != QNetworkReply::ContentNotFoundError)
            fetched.error = reply->errorString();
        return fetched;
    }

    Story addStory(const QString &headline, bool withPhoto)
    {
        Story story = Story::create(QDateTime::currentDateTimeUtc().addDays(-1));
        story.setHeadline(headline);
        story.setHighlights({u"Repairs finished nine days early"_s, u"Ships return Monday"_s});
        story.setDateline(u"VALLETTA"_s);
        story.setByline(u"Desk reporter"_s);
        story.setBody(u"The harbor authority reopened two berths.\n"_s);
        if (withPhoto)
            story.setPhotos({m_photo});
        auto saved = m_store->saveStory(story);
        return saved ? *saved : Story();
    }

    Result<Publication> publishTo(Destination &destination, const QUuid &id, PublicationKind kind,
                                  const QString &note = {})
    {
        PublishService service(*m_store, HouseStyle::defaultStyle(), {&destination});
        return service.publish({id, kind, note, 0, {}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        COPYDESK_REQUIRE(QFileInfo(nginxBinary).isExecutable(),
                         "/usr/sbin/nginx is not installed (apt install nginx-light).");
        COPYDESK_REQUIRE(QFileInfo(openssl).isExecutable(),
                         "/usr/bin/openssl is not installed (apt install openssl).");
        QVERIFY(QDir().mkpath(work()));
        QVERIFY(QDir().mkpath(root()));
        QVERIFY2(makeCa(work(), u"desk"_s), "making the CA failed");
        QVERIFY2(makeCa(work(), u"other"_s), "making the other CA failed");
        const auto server = makeServerCertificate(work(), u"desk"_s);
        QVERIFY2(server, qPrintable(why(server)));
        const auto hash = runOpenssl(work(), {u"passwd"_s, u"-apr1"_s, password});
        QVERIFY2(hash, qPrintable(why(hash)));
        QVERIFY(writeFile(work() + u"/htpasswd"_s, "desk:" + hash->trimmed() + '\n'));
        m_ca = QSslCertificate::fromPath(work() + u"/desk-ca.pem"_s);
        QCOMPARE(m_ca.size(), 1);

        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = freeLoopbackPort();
            QVERIFY(m_port != 0);
            const auto started =
                    m_nginx.start(work(), davConfiguration(work(), root(), m_port), m_port);
            if (started)
                break;
            QVERIFY2(m_nginx.portWasTaken(), qPrintable(why(started)));
        }

        auto opened = Library::open(m_dir.filePath(u"library.sqlite"_s));
        QVERIFY2(opened, qPrintable(why(opened)));
        m_store = std::move(opened->store);
        const QByteArray jpeg = harborPicture();
        const auto checked = photoFileFromBytes(jpeg, u"harbor.jpg"_s);
        QVERIFY2(checked, qPrintable(why(checked)));
        const auto fileId = m_store->addPhotoFile(jpeg, checked->mimeType);
        QVERIFY2(fileId, qPrintable(why(fileId)));
        m_photo.fileId = *fileId;
        m_photo.fileName = u"harbor.jpg"_s;
        m_photo.mimeType = checked->mimeType;
        m_photo.width = 1600;
        m_photo.height = 1000;
        m_photo.caption = u"Cranes at the reopened berths"_s;
        m_photo.credit = u"Desk photographer"_s;
        m_photo.altText = u"Two cranes over an empty quay"_s;
    }

    void cleanupTestCase() { m_nginx.stop(); }

    void publishUpdateAndWithdrawOverHttps()
    {
        const auto dav = DestinationSet::make(config(work() + u"/desk-ca.pem"_s), PublishSettings(),
                                              password);
        const auto test = dav->sendTestRequest();
        QVERIFY2(test, qPrintable(why(test)));

        const Story story = addStory(u"Harbor reopens two berths after repairs"_s, true);
        const auto first = publishTo(*dav, story.id(), PublicationKind::First);
        QVERIFY2(first, qPrintable(why(first)));
        QVERIFY2(first->delivered(),
                 qPrintable(first->failures().join(u'\n') + u"\nnginx: "_s + m_nginx.output()));
        const QString slug = first->story.effectiveSlug();
        const DeliveryReport &report = first->outcomes.constFirst().report;
        // The feeds and the front page went last.
        QVERIFY(report.written.size() >= 8);
        QCOMPARE(report.written.mid(report.written.size() - 3),
                 (QStringList{u"feed.atom"_s, u"feed.json"_s, u"index.html"_s}));

        // Read back as readers do.
        const Fetched page = fetch(slug + u".html"_s);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("Harbor reopens two berths after repairs"));
        // The short URL answers on the site, made with MKCOL like any folder.
        const Fetched shortPage = fetch(u"s/"_s + shortCode(story.id()) + u'/');
        QCOMPARE(shortPage.status, 200);
        QVERIFY(shortPage.body.contains((baseUrl() + slug + u".html"_s).toUtf8()));
        QVERIFY(fetch(u"index.html"_s).body.contains("Harbor reopens two berths after repairs"));
        const Fetched ninjs = fetch(slug + u".json"_s);
        QCOMPARE(ninjs.status, 200);
        const QJsonObject document = QJsonDocument::fromJson(ninjs.body).object();
        QCOMPARE(document.value(u"pubstatus"_s).toString(), u"usable"_s);
        for (const QString &suffix : {u".jpg"_s, u"-w1200.jpg"_s, u"-w400.jpg"_s}) {
            const Fetched photo = fetch(u"photos/"_s + m_photo.fileId + suffix);
            QCOMPARE(photo.status, 200);
            QVERIFY(!QImage::fromData(photo.body, "jpeg").isNull());
        }
        const Fetched atom = fetch(u"feed.atom"_s);
        QCOMPARE(atom.status, 200);
        QVERIFY(atom.body.contains((baseUrl() + slug + u".html"_s).toUtf8()));
        const Fetched json = fetch(u"feed.json"_s);
        QCOMPARE(json.status, 200);
        const QJsonArray items =
                QJsonDocument::fromJson(json.body).object().value(u"items"_s).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(u"url"_s).toString(), baseUrl() + slug + u".html"_s);

        // An update: the page carries the note; the pictures are not sent again.
        auto current = m_store->loadStory(story.id());
        QVERIFY(current);
        Story edited = *current;
        edited.setBody(edited.body() + u"A third berth opens next week.\n"_s);
        QVERIFY(m_store->saveStory(edited));
        const auto update =
                publishTo(*dav, story.id(), PublicationKind::Major, u"Adds the third berth"_s);
        QVERIFY2(update && update->delivered(),
                 qPrintable(update ? update->failures().join(u'\n') : why(update)));
        QVERIFY(update->outcomes.constFirst().report.unchanged.size() >= 3);
        QVERIFY(fetch(slug + u".html"_s).body.contains("Adds the third berth"));

        // A withdrawal: the notice replaces the page, the ninjs is canceled, the feeds drop it.
        const auto withdrawn = publishTo(*dav, story.id(), PublicationKind::Withdraw,
                                         u"The berths stay closed after all"_s);
        QVERIFY2(withdrawn && withdrawn->delivered(),
                 qPrintable(withdrawn ? withdrawn->failures().join(u'\n') : why(withdrawn)));
        QVERIFY(fetch(slug + u".html"_s).body.contains("The berths stay closed after all"));
        QCOMPARE(QJsonDocument::fromJson(fetch(slug + u".json"_s).body)
                         .object()
                         .value(u"pubstatus"_s)
                         .toString(),
                 u"canceled"_s);
        QVERIFY(!fetch(u"feed.atom"_s).body.contains((slug + u".html"_s).toUtf8()));
        const auto deliveries = m_store->deliveries(story.id());
        QVERIFY(deliveries);
        for (const Delivery &delivery : *deliveries)
            QCOMPARE(delivery.state, DeliveryState::Delivered);
    }

    void sectionFeedsFollowTheirStories()
    {
        const auto dav = DestinationSet::make(config(work() + u"/desk-ca.pem"_s), PublishSettings(),
                                              password);
        const auto filed = [this](const QString &headline, const QString &section) {
            Story story = addStory(headline, false);
            story.setSection(section);
            const auto saved = m_store->saveStory(story);
            return saved ? *saved : Story();
        };
        const auto out = [&](const QUuid &id, PublicationKind kind, const QString &note = {}) {
            const auto publication = publishTo(*dav, id, kind, note);
            return publication && publication->delivered();
        };
        // The Atom ids of a section's feed as readers fetch it, sorted: the
        // stories go out within a second, so their order is the ids'.
        const auto feedIds = [this](const QString &section) {
            const Fetched feed = fetch(u"section/"_s + section + u"/feed.atom"_s);
            if (feed.status != 200)
                return QStringList{u"HTTP %1"_s.arg(feed.status)};
            QStringList ids;
            static const QRegularExpression id(u"<entry>\\s*<id>([^<]+)</id>"_s);
            for (const QRegularExpressionMatch &match :
                 id.globalMatch(QString::fromUtf8(feed.body)))
                ids.append(match.captured(1));
            ids.sort();
            return ids;
        };
        const Story ferry = filed(u"Ferry strike ends after two days"_s, u"Transport"_s);
        const Story bridge = filed(u"Bridge closes for repairs"_s, u"Transport"_s);
        const Story budget = filed(u"Council passes the budget"_s, u"Politics"_s);
        for (const Story &story : {ferry, bridge, budget})
            QVERIFY2(out(story.id(), PublicationKind::First), qPrintable(m_nginx.output()));
        const QString ferryUrn = storyUrn(ferry);
        const QString bridgeUrn = storyUrn(bridge);
        const QString budgetUrn = storyUrn(budget);
        QCOMPARE(feedIds(u"transport"_s), sorted({bridgeUrn, ferryUrn}));
        QCOMPARE(feedIds(u"politics"_s), QStringList{budgetUrn});
        const Fetched page = fetch(u"section/transport/"_s);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains(
                QByteArray("href=\"../../" + bridge.effectiveSlug().toUtf8() + ".html\"")));
        QVERIFY(!page.body.contains(budget.effectiveSlug().toUtf8()));
        // The story's page links to its section's page.
        QVERIFY(fetch(budget.effectiveSlug() + u".html"_s)
                        .body.contains(QByteArray("href=\"" + baseUrl().toUtf8() +
                                                  "section/politics/\"")));

        // Moved to another section: both feeds are written again.
        auto current = m_store->loadStory(ferry.id());
        QVERIFY(current);
        current->setSection(u"Politics"_s);
        QVERIFY(m_store->saveStory(*current));
        QVERIFY(out(ferry.id(), PublicationKind::Minor));
        QCOMPARE(feedIds(u"transport"_s), QStringList{bridgeUrn});
        QCOMPARE(feedIds(u"politics"_s), sorted({budgetUrn, ferryUrn}));

        // Withdrawn: it leaves its section's feed as it leaves the site's.
        QVERIFY(out(budget.id(), PublicationKind::Withdraw, u"The vote is on Friday"_s));
        QCOMPARE(feedIds(u"politics"_s), QStringList{ferryUrn});
        QVERIFY(!fetch(u"section/politics/"_s).body.contains(budget.effectiveSlug().toUtf8()));
        QVERIFY(!fetch(u"feed.atom"_s).body.contains(budgetUrn.toUtf8()));
    }

    void anOwnScriptSlugTravelsPercentEncoded()
    {
        setSlugScript(SlugScript::Own);
        const auto restore = qScopeGuard([] { setSlugScript(SlugScript::Latin); });
        const auto dav = DestinationSet::make(config(work() + u"/desk-ca.pem"_s), PublishSettings(),
                                              password);
        Story story = addStory(u"الميناء يعيد فتح رصيفين"_s, false);
        story.setLanguage(u"ar"_s);
        QVERIFY(m_store->saveStory(story));
        const auto out = publishTo(*dav, story.id(), PublicationKind::First);
        QVERIFY2(out && out->delivered(),
                 qPrintable((out ? out->failures().join(u'\n') : why(out)) + u"\nnginx: "_s +
                            m_nginx.output()));
        const QString slug = out->story.effectiveSlug();
        QCOMPARE(slug, u"الميناء-يعيد-فتح-رصيفين"_s);
        // On the server the file has the slug's own letters; readers ask for it encoded.
        QVERIFY(QFileInfo::exists(root() + u'/' + slug + u".html"_s));
        const QByteArray encoded = QUrl::toPercentEncoding(slug);
        const Fetched page = fetch(slug + u".html"_s);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("dir=\"rtl\""));
        const QByteArray address = baseUrl().toUtf8() + encoded + ".html";
        QVERIFY(page.body.contains(QByteArray("href=\"" + address + '"')));
        const Fetched atom = fetch(u"feed.atom"_s);
        QVERIFY(atom.body.contains(address));
        const Fetched front = fetch(u"index.html"_s);
        QVERIFY(front.body.contains(QByteArray("href=\"" + encoded + ".html\"")));
    }

    void wrongCaFailsClearly()
    {
        const auto dav = DestinationSet::make(config(work() + u"/other-ca.pem"_s),
                                              PublishSettings(), password);
        const auto test = dav->sendTestRequest();
        QVERIFY(!test);
        QVERIFY2(test.errorMessage().contains(u"certificate"_s), qPrintable(why(test)));

        const Story story = addStory(u"Night buses run all winter"_s, false);
        const auto out = publishTo(*dav, story.id(), PublicationKind::First);
        QVERIFY2(out, qPrintable(why(out)));
        QVERIFY(!out->delivered());
        const QString message = out->failures().join(u'\n');
        QVERIFY2(message.contains(u"certificate of 127.0.0.1"_s), qPrintable(message));
        const auto deliveries = m_store->deliveries(story.id());
        QVERIFY(deliveries && deliveries->size() == 1);
        QCOMPARE(deliveries->constFirst().state, DeliveryState::Failed);
        QCOMPARE(fetch(story.effectiveSlug() + u".html"_s).status, 404);
    }

    void wrongPasswordFailsClearly()
    {
        const auto dav = DestinationSet::make(config(work() + u"/desk-ca.pem"_s), PublishSettings(),
                                              u"not-the-password"_s);
        const auto test = dav->sendTestRequest();
        QVERIFY(!test);
        QVERIFY2(test.errorMessage().contains(u"user name or password"_s), qPrintable(why(test)));

        const Story story = addStory(u"Observatory spots a comet"_s, false);
        const auto out = publishTo(*dav, story.id(), PublicationKind::First);
        QVERIFY2(out, qPrintable(why(out)));
        QVERIFY(!out->delivered());
        const QString message = out->failures().join(u'\n');
        QVERIFY2(message.contains(u"user name or password"_s), qPrintable(message));
        QVERIFY2(message.contains(u"401"_s), qPrintable(message));
        const auto deliveries = m_store->deliveries(story.id());
        QVERIFY(deliveries && deliveries->size() == 1);
        QCOMPARE(deliveries->constFirst().state, DeliveryState::Failed);
        QCOMPARE(fetch(story.effectiveSlug() + u".html"_s).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestWebDavPublish)
#include "tst_webdavpublish.moc"
