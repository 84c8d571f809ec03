// SPDX-License-Identifier: MIT
// Publishing to a real WordPress (Debian's, on PHP's web server and a
// MariaDB of its own, started by ctest's "wordpress" fixture) through its
// REST API with an application password, and reading everything back the
// way a reader and a web editor would.
#include "feeds/feedtext.h"
#include "publish/destinationset.h"
#include "publish/publishservice.h"
#include "publish/secrets.h"
#include "publish/wordpressdestination.h"
#include "publish/wordpressimport.h"
#include "render/htmlescape.h"
#include "render/htmltomarkdown.h"
#include "render/storypagerenderer.h"
#include "store/library.h"
#include "story/photofile.h"
#include "support/harborpicture.h"
#include "support/testing.h"
#include "support/wordpresssite.h"
#include "wire/wireimport.h"

#include <QBuffer>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString secretVariable = u"COPYDESK_TEST_WORDPRESS_SECRET"_s;

/// What WordPress answered a test's own request.
struct Reply
{
    int status = 0;
    QJsonValue json;
    QByteArray body;
};

/// Quotes and dashes as WordPress's typography leaves them, for comparing words.
QString plainWords(QString text)
{
    text = FeedText::plainText(text);
    text.replace(u'’', u'\'').replace(u'‘', u'\'').replace(u'“', u'"').replace(u'”', u'"');
    text.replace(u'–', u'-').replace(u'—', u'-').replace(u'\u00a0', u' ');
    return text.simplified();
}

/// A JPEG of a plain colour, for a second photo.
QByteArray plainPicture(const QColor &colour)
{
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

} // namespace

class TestWordPress : public QObject
{
    Q_OBJECT

    /// Sends a request to the site as the test's own client; authenticated unless anonymous.
    Reply request(const QByteArray &method, const QString &route, const QUrlQuery &query = {},
                  const QByteArray &body = {}, const QByteArray &contentType = "application/json",
                  bool anonymous = false)
    {
        // ?rest_route= answers whatever the permalinks are.
        QUrl url = m_site.url(u"/"_s);
        QUrlQuery items = query;
        items.addQueryItem(u"rest_route"_s, route);
        url.setQuery(items);
        return fetch(method, url, body, contentType, anonymous);
    }

    Reply fetch(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                const QByteArray &contentType = "application/json", bool anonymous = true)
    {
        QNetworkRequest request(url);
        if (!anonymous)
            request.setRawHeader("Authorization", m_site.authorization());
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Reply answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        const QJsonDocument document = QJsonDocument::fromJson(answer.body);
        answer.json =
                document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        reply->deleteLater();
        return answer;
    }

    QJsonObject post(qint64 id)
    {
        QUrlQuery query;
        query.addQueryItem(u"context"_s, u"edit"_s);
        const Reply reply = request("GET", u"/wp/v2/posts/%1"_s.arg(id), query);
        if (reply.status != 200)
            qWarning("GET post %lld: HTTP %d %s", id, reply.status, reply.body.constData());
        return reply.json.toObject();
    }

    /// Every post (of any status) carrying the story: there must be one.
    QList<qint64> postsOf(const QUuid &story)
    {
        QUrlQuery query;
        query.addQueryItem(u"context"_s, u"edit"_s);
        query.addQueryItem(u"search"_s, story.toString(QUuid::WithoutBraces));
        query.addQueryItem(u"status"_s, u"publish,future,draft,pending,private,trash"_s);
        query.addQueryItem(u"per_page"_s, u"100"_s);
        QList<qint64> ids;
        for (const QJsonValue &value : request("GET", u"/wp/v2/posts"_s, query).json.toArray())
            ids.append(value.toObject().value(u"id"_s).toInteger());
        return ids;
    }

    qint64 postIdOf(const QUuid &story)
    {
        const auto last = m_store->lastDelivery(story, m_config.key());
        if (!last || !*last)
            return 0;
        return WordPressDestination::postIn((*last)->written);
    }

    QString termName(const QString &taxonomy, qint64 id)
    {
        return FeedText::plainText(request("GET", u"/wp/v2/%1/%2"_s.arg(taxonomy).arg(id))
                                           .json.toObject()
                                           .value(u"name"_s)
                                           .toString());
    }

    std::unique_ptr<PublishService> service(const QList<Destination *> &destinations)
    {
        return std::make_unique<PublishService>(*m_store, HouseStyle(), destinations);
    }

    Story photographed(Story story, const QByteArray &jpeg, const QString &fileName,
                       const QString &caption, const QString &credit, const QString &alt)
    {
        const auto checked = photoFileFromBytes(jpeg, fileName);
        if (!checked)
            qFatal("%s", qPrintable(checked.errorMessage()));
        const auto fileId = m_store->addPhotoFile(jpeg, checked->mimeType);
        if (!fileId)
            qFatal("%s", qPrintable(fileId.errorMessage()));
        Photo photo;
        photo.fileId = *fileId;
        photo.fileName = fileName;
        photo.mimeType = checked->mimeType;
        photo.width = checked->size.width();
        photo.height = checked->size.height();
        photo.caption = caption;
        photo.credit = credit;
        photo.altText = alt;
        QList<Photo> photos = story.photos();
        // A wire caption without a picture is filled in; else the photo is added.
        if (!photos.isEmpty() && photos.first().fileId.isEmpty())
            photos.first() = photo;
        else
            photos.append(photo);
        story.setPhotos(photos);
        return story;
    }

    Story draft(const QString &headline)
    {
        Story story = Story::create();
        story.setHeadline(headline);
        story.setDateline(u"BEIRUT:"_s);
        story.setByline(u"By Test Desk"_s);
        story.setHighlights({u"First point of the story"_s, u"Second point of the story"_s});
        story.setBody(u"The first paragraph says what happened.\n\nThe second one says more.\n"_s);
        story.setSection(u"World"_s);
        auto saved = m_store->saveStory(story);
        if (!saved)
            qFatal("%s", qPrintable(saved.errorMessage()));
        return *saved;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        COPYDESK_REQUIRE(m_site.isReady(), m_site.whyNot());
        const QString shared = qEnvironmentVariable("COPYDESK_SHARED_DIR");
        m_sample = shared + u"/samples/wire-page-sample.txt"_s;
        COPYDESK_REQUIRE(!shared.isEmpty() && QFileInfo::exists(m_sample),
                         "The shared wire sample is missing: set COPYDESK_SHARED_DIR to the folder "
                         "holding samples/wire-page-sample.txt (ctest does this).");
        qputenv(secretVariable.toLocal8Bit().constData(), m_site.appPassword.toUtf8());

        auto opened = Library::open(m_dir.filePath(u"library.sqlite"_s));
        QVERIFY2(opened, qPrintable(why(opened)));
        m_store = std::move(opened->store);
        // Added as a desk would, from the command line.
        const QString cli = qEnvironmentVariable("COPYDESK_CLI");
        COPYDESK_REQUIRE(!cli.isEmpty(), u"COPYDESK_CLI names no copydesk-cli"_s);
        QProcess add;
        add.start(cli,
                  {u"--library"_s, m_dir.filePath(u"library.sqlite"_s), u"destination"_s, u"add"_s,
                   u"site"_s, u"--wordpress"_s, m_site.address.toString(), u"--user"_s, m_site.user,
                   u"--secret-from-env"_s, secretVariable, u"--timeout"_s, u"10"_s});
        QVERIFY(add.waitForFinished(60'000));
        QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());
        const auto configs = m_store->destinations();
        QVERIFY(configs && configs->size() == 1);
        m_config = configs->first();
        QCOMPARE(m_config.kind, DestinationKind::WordPress);
        QCOMPARE(m_config.user, m_site.user);
        m_settings.folder = m_dir.filePath(u"unused-folder"_s);
        auto set = DestinationSet::load(*m_store, m_settings, &Secrets::read);
        QVERIFY2(set, qPrintable(why(set)));
        m_set = std::move(*set);
        QCOMPARE(m_set.active().size(), 1);
        QVERIFY(m_set.active().first()->takesPosts());
    }

    void theTestRequestSignsIn()
    {
        auto destination = DestinationSet::make(m_config, m_settings, m_site.appPassword);
        const auto answered = destination->sendTestRequest();
        QVERIFY2(answered, qPrintable(why(answered)));
        QVERIFY2(answered->contains(m_site.user), qPrintable(*answered));
        QVERIFY2(answered->contains(u"wp-json"_s), qPrintable(*answered));
    }

    void thePasswordGoesOnlyToTheHostTheDeskNamed()
    {
        // WordPress announces its API under its own address (127.0.0.1); the desk
        // named localhost: the API is looked for there, never at the announced host.
        DestinationConfig other = m_config;
        QUrl named = m_site.address;
        named.setHost(u"localhost"_s);
        other.target = named.toString();
        auto destination = DestinationSet::make(other, m_settings, m_site.appPassword);
        const auto answered = destination->sendTestRequest();
        QVERIFY2(answered, qPrintable(why(answered)));
        QVERIFY2(answered->contains(u"its REST API is at http://localhost:"_s),
                 qPrintable(*answered));
    }

    void theSamplesStoriesBecomePostsWithSectionsTagsAndPictures()
    {
        WireOptions options;
        options.timeZone = QTimeZone::utc();
        const WireFileOutcome imported = importWireFile(*m_store, m_sample, options);
        QVERIFY2(imported.ok(),
                 imported.problems.isEmpty() ? "no stories"
                                             : qPrintable(imported.problems.first().text()));
        QCOMPARE(imported.imported.size(), 3);

        const QStringList sections{u"World"_s, u"Arts & Culture"_s, u"World"_s};
        const QList<QStringList> tags{
                {u"Russia"_s, u"Protest"_s}, {u"Museums"_s, u"Russia"_s}, {u"Weather"_s}};
        auto publisher = service(m_set.active());
        for (qsizetype i = 0; i < imported.imported.size(); ++i) {
            Story story = imported.imported.at(i);
            story.setSection(sections.at(i));
            story.setTags(tags.at(i));
            if (i == 0) {
                story = photographed(story, harborPicture(), u"harbor.jpg"_s,
                                     u"Boats <b>moored</b> in the harbor at dawn."_s, u"Reuters"_s,
                                     u"Fishing boats in a calm harbor"_s);
                story = photographed(story, plainPicture(Qt::darkBlue), u"second.jpg"_s,
                                     u"A second view of the harbor."_s, u"Copydesk Photo"_s,
                                     u"A dark blue sky"_s);
            }
            auto saved = m_store->saveStory(story);
            QVERIFY2(saved, qPrintable(why(saved)));
            const auto out = publisher->publish({saved->id(), PublicationKind::First, {}, 0, {}});
            QVERIFY2(out, qPrintable(why(out)));
            QVERIFY2(out->delivered(), qPrintable(out->failures().join(u'\n')));
            m_published.append(out->story);
        }

        for (qsizetype i = 0; i < m_published.size(); ++i) {
            const Story &story = m_published.at(i);
            const qint64 id = postIdOf(story.id());
            QVERIFY2(id > 0, "the deliveries record keeps the post id");
            QCOMPARE(postsOf(story.id()), QList<qint64>{id});
            const QJsonObject post = this->post(id);
            QCOMPARE(post.value(u"status"_s).toString(), u"publish"_s);
            QCOMPARE(FeedText::plainText(
                             post.value(u"title"_s).toObject().value(u"raw"_s).toString()),
                     story.headline());
            const QString excerpt = plainWords(htmlToPlainText(
                    post.value(u"excerpt"_s).toObject().value(u"raw"_s).toString()));
            for (const QString &highlight : story.highlights())
                QVERIFY2(excerpt.contains(plainWords(highlight)), qPrintable(excerpt));
            const QString content = post.value(u"content"_s).toObject().value(u"raw"_s).toString();
            QVERIFY2(content.contains(renderStoryBody(story).trimmed()), qPrintable(content));
            QVERIFY(content.contains(u"<strong class=\"dateline\">"_s));
            const QString text = plainWords(htmlToPlainText(content));
            for (const QString &paragraph : story.body().split(u"\n\n"_s, Qt::SkipEmptyParts))
                QVERIFY2(text.contains(plainWords(htmlToPlainText(
                                 renderStoryBody(Story(story)).section(u"</p>"_s, 0, 0)))) &&
                                 text.contains(plainWords(paragraph).left(40)),
                         qPrintable(paragraph));

            const QJsonArray categories = post.value(u"categories"_s).toArray();
            QCOMPARE(categories.size(), 1);
            QCOMPARE(termName(u"categories"_s, categories.first().toInteger()), sections.at(i));
            QStringList postTags;
            for (const QJsonValue &tag : post.value(u"tags"_s).toArray())
                postTags.append(termName(u"tags"_s, tag.toInteger()));
            postTags.sort();
            QStringList wanted = tags.at(i);
            wanted.sort();
            QCOMPARE(postTags, wanted);

            // The rendered page, as a reader fetches it.
            const Reply page = fetch("GET", QUrl(post.value(u"link"_s).toString()));
            QCOMPARE(page.status, 200);
            QVERIFY2(
                    plainWords(QString::fromUtf8(page.body)).contains(plainWords(story.headline())),
                    qPrintable(post.value(u"link"_s).toString()));
        }

        // The lead photo is the featured image, with caption, credit and alt text; the
        // second is placed in the content.
        const QJsonObject first = post(postIdOf(m_published.first().id()));
        const qint64 featured = first.value(u"featured_media"_s).toInteger();
        QVERIFY(featured > 0);
        QUrlQuery edit;
        edit.addQueryItem(u"context"_s, u"edit"_s);
        const QJsonObject media =
                request("GET", u"/wp/v2/media/%1"_s.arg(featured), edit).json.toObject();
        QCOMPARE(media.value(u"alt_text"_s).toString(), u"Fishing boats in a calm harbor"_s);
        const QString caption = FeedText::plainText(
                media.value(u"caption"_s).toObject().value(u"raw"_s).toString());
        QCOMPARE(caption, u"Boats <b>moored</b> in the harbor at dawn. (Reuters)"_s);
        QVERIFY2(!media.value(u"caption"_s)
                          .toObject()
                          .value(u"rendered"_s)
                          .toString()
                          .contains(u"<b>"_s),
                 "markup typed in a caption stays text");
        const QString firstContent =
                first.value(u"content"_s).toObject().value(u"raw"_s).toString();
        static const QRegularExpression image(u"<img src=\"([^\"]+)\" alt=\"A dark blue sky\""_s);
        const auto placed = image.match(firstContent);
        QVERIFY2(placed.hasMatch(), qPrintable(firstContent));
        QVERIFY(placed.captured(1) != media.value(u"source_url"_s).toString());
        const Reply second = fetch("GET", QUrl(placed.captured(1)));
        QCOMPARE(second.status, 200);
        QVERIFY(second.body.startsWith("\xff\xd8"));
        QVERIFY(firstContent.contains(
                u"A second view of the harbor. <span class=\"credit\">(Copydesk Photo)</span>"_s));
        const Reply picture = fetch("GET", QUrl(media.value(u"source_url"_s).toString()));
        QCOMPARE(picture.status, 200);
        QVERIFY(picture.body.startsWith("\xff\xd8"));
    }

    void updatesCorrectionsSchedulesAndWithdrawalsKeepOnePost()
    {
        QVERIFY(!m_published.isEmpty());
        auto publisher = service(m_set.active());
        const Story &story = m_published.first();
        const qint64 id = postIdOf(story.id());
        const int mediaBefore =
                int(request("GET", u"/wp/v2/media"_s, QUrlQuery{{u"per_page"_s, u"100"_s}})
                            .json.toArray()
                            .size());

        // A major update: its note listed, the same post, the pictures not sent again.
        auto current = m_store->loadStory(story.id());
        QVERIFY(current);
        Story edited = *current;
        edited.setBody(edited.body() + u"\nCourts will hear the cases on Monday.\n"_s);
        QVERIFY(m_store->saveStory(edited));
        auto out = publisher->publish(
                {story.id(), PublicationKind::Major, u"Adds the court date"_s, 0, {}});
        QVERIFY2(out && out->delivered(), qPrintable(out ? out->failures().join(u' ') : why(out)));
        QCOMPARE(postIdOf(story.id()), id);
        QString content = post(id).value(u"content"_s).toObject().value(u"raw"_s).toString();
        QVERIFY(content.contains(u"Courts will hear the cases on Monday."_s));
        QVERIFY(content.contains(u"Update: Adds the court date"_s));
        QCOMPARE(int(request("GET", u"/wp/v2/media"_s, QUrlQuery{{u"per_page"_s, u"100"_s}})
                             .json.toArray()
                             .size()),
                 mediaBefore);

        // A correction: noted above the story and in the list.
        out = publisher->publish({story.id(),
                                  PublicationKind::Correction,
                                  u"An earlier version gave the wrong day"_s,
                                  0,
                                  {}});
        QVERIFY2(out && out->delivered(), qPrintable(out ? out->failures().join(u' ') : why(out)));
        content = post(id).value(u"content"_s).toObject().value(u"raw"_s).toString();
        QVERIFY(content.contains(u"<strong>Correction</strong>"_s));
        QVERIFY(content.contains(u"An earlier version gave the wrong day"_s));
        QCOMPARE(postsOf(story.id()), QList<qint64>{id});

        // A scheduled story goes out as "future" at its time, and a reschedule moves it.
        const Story later = draft(u"Ministers meet on the port plan next week"_s);
        const QDateTime at = QDateTime::currentDateTimeUtc().addDays(2).addSecs(
                -QDateTime::currentDateTimeUtc().time().second());
        auto scheduled = publisher->schedule(later.id(), at);
        QVERIFY2(scheduled, qPrintable(why(scheduled)));
        const qint64 future = postIdOf(later.id());
        QVERIFY2(future > 0, "a scheduled story is sent at once");
        QJsonObject sent = post(future);
        QCOMPARE(sent.value(u"status"_s).toString(), u"future"_s);
        QCOMPARE(sent.value(u"date_gmt"_s).toString(), at.toString(u"yyyy-MM-ddTHH:mm:ss"_s));
        const QDateTime moved = at.addDays(1);
        scheduled = publisher->schedule(later.id(), moved);
        QVERIFY2(scheduled, qPrintable(why(scheduled)));
        sent = post(future);
        QCOMPARE(sent.value(u"status"_s).toString(), u"future"_s);
        QCOMPARE(sent.value(u"date_gmt"_s).toString(), moved.toString(u"yyyy-MM-ddTHH:mm:ss"_s));
        QCOMPARE(postsOf(later.id()), QList<qint64>{future});
        // An edit saved while it waits (by the editor, which knows nothing of
        // destinations) follows at the scheduler's next turn.
        auto waiting = m_store->loadStory(later.id());
        QVERIFY(waiting);
        Story revised = *waiting;
        revised.setBody(revised.body() + u"\nThe plan was revised on Tuesday.\n"_s);
        QVERIFY(m_store->saveStory(revised));
        const auto turn = publisher->publishDue();
        QVERIFY2(turn, qPrintable(why(turn)));
        QVERIFY(turn->isEmpty());
        sent = post(future);
        QCOMPARE(sent.value(u"status"_s).toString(), u"future"_s);
        QVERIFY(sent.value(u"content"_s)
                        .toObject()
                        .value(u"raw"_s)
                        .toString()
                        .contains(u"The plan was revised on Tuesday."_s));
        QCOMPARE(postsOf(later.id()), QList<qint64>{future});
        // Back among the drafts: the post too.
        QVERIFY(publisher->unschedule(later.id()));
        QCOMPARE(post(future).value(u"status"_s).toString(), u"draft"_s);

        // An embargo sends nothing early, scheduled or not.
        const Story embargoed = draft(u"Central bank rate decision under embargo"_s);
        QVERIFY(publisher->setEmbargo(embargoed.id(), at.addSecs(-3600)));
        QVERIFY(publisher->schedule(embargoed.id(), at));
        QCOMPARE(postIdOf(embargoed.id()), qint64(0));
        QVERIFY(postsOf(embargoed.id()).isEmpty());

        // A withdrawal: back to a draft, never deleted; the reason stays in the library.
        const Story &second = m_published.at(1);
        const qint64 secondPost = postIdOf(second.id());
        out = publisher->publish({second.id(),
                                  PublicationKind::Withdraw,
                                  u"The museum asked us to hold the story"_s,
                                  0,
                                  {}});
        QVERIFY2(out && out->delivered(), qPrintable(out ? out->failures().join(u' ') : why(out)));
        QCOMPARE(post(secondPost).value(u"status"_s).toString(), u"draft"_s);
        QCOMPARE(postsOf(second.id()), QList<qint64>{secondPost});
        auto withdrawn = m_store->loadStory(second.id());
        QVERIFY(withdrawn);
        QCOMPARE(withdrawn->withdrawalReason(), u"The museum asked us to hold the story"_s);
    }

    void aWrongPasswordFailsAtOnceAndAStoppedServerIsRetried()
    {
        DestinationConfig wrong = m_config;
        wrong.name = u"wrong-password"_s;
        wrong.secretEnv.clear();
        DestinationSet wrongSet = DestinationSet::of(wrong, m_settings, u"abcd efgh ijkl mnop"_s);
        const Story refused = draft(u"A story for a site that refuses the password"_s);
        auto out = service(wrongSet.active())
                           ->publish({refused.id(), PublicationKind::First, {}, 0, {}});
        QVERIFY2(out, qPrintable(why(out)));
        QVERIFY(!out->delivered());
        const DestinationOutcome &failed = out->outcomes.constFirst();
        QCOMPARE(failed.delivery.state, DeliveryState::Failed);
        QCOMPARE(failed.delivery.attempts, 1);
        QVERIFY2(failed.report.error->message.contains(u"application password"_s),
                 qPrintable(failed.report.error->message));
        QVERIFY(!m_store->lastDelivery(refused.id(), wrong.key())->has_value());
        QVERIFY(postsOf(refused.id()).isEmpty());

        // The server stops: the delivery waits to be retried, nothing is marked delivered.
        const Story waiting = draft(u"A story published while the site is down"_s);
        QVERIFY2(m_site.pauseServer(), "the site's web server stops");
        auto publisher = service(m_set.active());
        out = publisher->publish({waiting.id(), PublicationKind::First, {}, 0, {}});
        QVERIFY2(m_site.resumeServer(), "the site's web server starts again");
        QVERIFY2(out, qPrintable(why(out)));
        QVERIFY(!out->delivered());
        const DestinationOutcome &retrying = out->outcomes.constFirst();
        QCOMPARE(retrying.delivery.state, DeliveryState::Retrying);
        QVERIFY2(retrying.report.error->message.contains(u"refused the connection"_s),
                 qPrintable(retrying.report.error->message));
        QVERIFY(!m_store->lastDelivery(waiting.id(), m_config.key())->has_value());

        const auto again = publisher->deliverUnfinished();
        QVERIFY2(again, qPrintable(why(again)));
        QVERIFY(std::any_of(again->cbegin(), again->cend(), [&](const DestinationOutcome &o) {
            return o.delivery.storyId == waiting.id() && o.ok() &&
                    o.delivery.state == DeliveryState::Delivered;
        }));
        const qint64 id = postIdOf(waiting.id());
        QVERIFY(id > 0);
        QCOMPARE(postsOf(waiting.id()), QList<qint64>{id});
    }

    void aServerErrorIsShownInWordPressWordsAndRetried()
    {
        // A plugin answering 503 while the site is "in maintenance", as a busy host may.
        const QString plugins = m_site.stateDir + u"/site/wp-content/mu-plugins"_s;
        QVERIFY(QDir().mkpath(plugins));
        QVERIFY(writeFile(plugins + u"/copydesk-test-outage.php"_s,
                          "<?php\nadd_filter('rest_pre_dispatch', function ($result) {\n"
                          "    if (!get_option('copydesk_test_outage')) return $result;\n"
                          "    return new WP_Error('maintenance', 'Down for maintenance', "
                          "['status' => 503]);\n});\n"));
        const auto removePlugin =
                qScopeGuard([&] { QFile::remove(plugins + u"/copydesk-test-outage.php"_s); });
        QVERIFY(m_site.runPhp(u"update_option('copydesk_test_outage', 1);"_s));

        const Story story = draft(u"A story published while the site is in maintenance"_s);
        // A destination of its own: it signs in afresh, as a new worker would.
        auto destination = DestinationSet::make(m_config, m_settings, m_site.appPassword);
        auto publisher = service({destination.get()});
        auto out = publisher->publish({story.id(), PublicationKind::First, {}, 0, {}});
        QVERIFY(m_site.runPhp(u"update_option('copydesk_test_outage', 0);"_s));
        QVERIFY2(out, qPrintable(why(out)));
        QVERIFY(!out->delivered());
        const DestinationOutcome &waiting = out->outcomes.constFirst();
        QCOMPARE(waiting.delivery.state, DeliveryState::Retrying);
        QVERIFY2(waiting.report.error->message.contains(u"(HTTP 503)"_s) &&
                         waiting.report.error->message.contains(
                                 u"“Down for maintenance” (maintenance)"_s),
                 qPrintable(waiting.report.error->message));
        QVERIFY(postsOf(story.id()).isEmpty());

        const auto again = publisher->deliverUnfinished();
        QVERIFY2(again, qPrintable(why(again)));
        const qint64 id = postIdOf(story.id());
        QVERIFY(id > 0);
        QCOMPARE(postsOf(story.id()), QList<qint64>{id});
    }

    void aLostRecordFindsThePostAgainByTheStorysMark()
    {
        // What a crash between WordPress's answer and the record leaves: the post is
        // there, the library does not know it. Another library with the same story
        // shows it: its first delivery must update that post, not make a second.
        QVERIFY(!m_published.isEmpty());
        const Story &story = m_published.last();
        const qint64 id = postIdOf(story.id());
        QVERIFY(id > 0);
        QTemporaryDir other;
        auto opened = Library::open(other.filePath(u"library.sqlite"_s));
        QVERIFY2(opened, qPrintable(why(opened)));
        auto loaded = m_store->loadStory(story.id());
        QVERIFY(loaded);
        Story copy = *loaded;
        copy.setVersion(0);
        copy.setStatus(StoryStatus::Draft);
        copy.setHeadline(copy.headline() + u" (again)"_s);
        QVERIFY(opened->store->saveStory(copy));
        auto destination = DestinationSet::make(m_config, m_settings, m_site.appPassword);
        PublishService publisher(*opened->store, HouseStyle(), {destination.get()});
        const auto out = publisher.publish({story.id(), PublicationKind::First, {}, 0, {}});
        QVERIFY2(out && out->delivered(), qPrintable(out ? out->failures().join(u' ') : why(out)));
        QCOMPARE(postsOf(story.id()), QList<qint64>{id});
        QVERIFY(FeedText::plainText(
                        post(id).value(u"title"_s).toObject().value(u"raw"_s).toString())
                        .endsWith(u"(again)"_s));
    }

    void aDraftFromTheWebEditorIsImportedAndPublishingUpdatesIt()
    {
        // Written in WordPress's editor: a category, tags, a featured image.
        const QByteArray jpeg = plainPicture(Qt::darkGreen);
        QUrlQuery details;
        details.addQueryItem(u"caption"_s, u"Fishermen mend nets on the quay (AFP/Rami Haddad)"_s);
        details.addQueryItem(u"alt_text"_s, u"Two men with green nets"_s);
        QUrl upload = m_site.url(u"/wp-json/wp/v2/media"_s);
        upload.setQuery(details);
        QNetworkRequest mediaRequest(upload);
        mediaRequest.setRawHeader("Authorization", m_site.authorization());
        mediaRequest.setRawHeader("Content-Type", "image/jpeg");
        mediaRequest.setRawHeader("Content-Disposition", "attachment; filename=\"nets.jpg\"");
        QNetworkReply *uploading = m_network.post(mediaRequest, jpeg);
        QEventLoop loop;
        connect(uploading, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const qint64 media =
                QJsonDocument::fromJson(uploading->readAll()).object().value(u"id"_s).toInteger();
        uploading->deleteLater();
        QVERIFY(media > 0);
        const auto term = [this](const QString &taxonomy, const QString &name) {
            const QJsonObject made = request("POST", u"/wp/v2/"_s + taxonomy, {},
                                             QJsonDocument(QJsonObject{{u"name"_s, name}}).toJson())
                                             .json.toObject();
            // Made by an earlier run against the same site: WordPress names it.
            return made.value(u"id"_s).toInteger(
                    made.value(u"data"_s).toObject().value(u"term_id"_s).toInteger());
        };
        const qint64 category = term(u"categories"_s, u"Business"_s);
        const qint64 tag = term(u"tags"_s, u"Fishing"_s);
        QVERIFY(category > 0 && tag > 0);
        // Its own title, should the site have posts of an earlier run.
        const QString title = u"Fishermen count the cost of the storm in %1"_s.arg(
                QUuid::createUuid().toString(QUuid::Id128).left(8));
        const QJsonObject written{
                {u"title"_s, title},
                {u"excerpt"_s, u"Boats were lost in the night\nThe port reopens on Friday"_s},
                {u"content"_s,
                 u"<!-- wp:paragraph -->\n<p><strong>SIDON:</strong> The storm sank <em>nine</em> "
                 u"boats, the harbour master said.</p>\n<!-- /wp:paragraph -->\n\n"
                 u"<!-- wp:heading -->\n<h2>What comes next</h2>\n<!-- /wp:heading -->\n\n"
                 u"<!-- wp:list -->\n<ul><li>Repairs</li><li>Insurance claims</li></ul>\n"
                 u"<!-- /wp:list -->\n\n<!-- wp:paragraph -->\n<p>See <a "
                 u"href=\"https://example.org/port\">the port's notice</a>.</p>\n"
                 u"<!-- /wp:paragraph -->"_s},
                {u"status"_s, u"draft"_s},
                {u"categories"_s, QJsonArray{category}},
                {u"tags"_s, QJsonArray{tag}},
                {u"featured_media"_s, media},
        };
        const Reply created =
                request("POST", u"/wp/v2/posts"_s, {}, QJsonDocument(written).toJson());
        QCOMPARE(created.status, 201);
        const qint64 postId = created.json.toObject().value(u"id"_s).toInteger();

        // copydesk-cli import-wordpress, as a desk would run it.
        const QString cli = qEnvironmentVariable("COPYDESK_CLI");
        COPYDESK_REQUIRE(!cli.isEmpty(), u"COPYDESK_CLI names no copydesk-cli"_s);
        QProcess process;
        process.start(cli,
                      {u"--library"_s, m_dir.filePath(u"library.sqlite"_s), u"import-wordpress"_s,
                       u"site"_s, u"--status"_s, u"draft"_s, u"--json"_s});
        QVERIFY(process.waitForFinished(60'000));
        const QByteArray output = process.readAllStandardOutput();
        QVERIFY2(process.exitCode() == 0,
                 qPrintable(QString::fromUtf8(output + process.readAllStandardError())));
        QUuid storyId;
        for (const QJsonValue &value : QJsonDocument::fromJson(output).array()) {
            if (value.toObject().value(u"post"_s).toInteger() == postId)
                storyId = QUuid::fromString(value.toObject().value(u"story"_s).toString());
        }
        QVERIFY2(!storyId.isNull(), output.constData());
        auto story = m_store->loadStory(storyId);
        QVERIFY2(story, qPrintable(why(story)));
        QCOMPARE(story->headline(), title);
        QCOMPARE(story->highlights(),
                 QStringList({u"Boats were lost in the night"_s, u"The port reopens on Friday"_s}));
        QCOMPARE(story->dateline(), u"SIDON:"_s);
        QCOMPARE(story->status(), StoryStatus::Draft);
        QVERIFY2(story->body().startsWith(u"The storm sank *nine* boats"_s),
                 qPrintable(story->body()));
        QVERIFY2(story->body().contains(u"## What comes next\n\n- Repairs\n- Insurance claims"_s),
                 qPrintable(story->body()));
        QVERIFY2(story->body().contains(u"[the port's notice](https://example.org/port)"_s) ||
                         story->body().contains(u"[the port’s notice](https://example.org/port)"_s),
                 qPrintable(story->body()));
        QCOMPARE(story->section(), u"Business"_s);
        QCOMPARE(story->tags(), QStringList{u"Fishing"_s});
        QCOMPARE(story->byline(), u"editor"_s);
        const auto lead = story->leadPhoto();
        QVERIFY(lead);
        QCOMPARE(lead->caption, u"Fishermen mend nets on the quay"_s);
        QCOMPARE(lead->credit, u"AFP/Rami Haddad"_s);
        QCOMPARE(lead->altText, u"Two men with green nets"_s);
        QCOMPARE(lead->width, 320);

        // The listing knows which posts the library holds.
        auto listed = DestinationSet::make(m_config, m_settings, m_site.appPassword);
        auto *site = dynamic_cast<WordPressDestination *>(listed.get());
        QVERIFY(site);
        WordPressImport lister(*m_store, *site);
        const auto drafts = lister.posts({u"draft"_s});
        QVERIFY2(drafts, qPrintable(why(drafts)));
        const auto ours = std::find_if(drafts->posts.cbegin(), drafts->posts.cend(),
                                       [postId](const WordPressPost &p) { return p.id == postId; });
        QVERIFY(ours != drafts->posts.cend());
        QCOMPARE(ours->story, std::optional<QUuid>(storyId));

        // Importing again finds the story; it is not brought in twice.
        process.start(cli,
                      {u"--library"_s, m_dir.filePath(u"library.sqlite"_s), u"import-wordpress"_s,
                       u"site"_s, u"--status"_s, u"draft"_s});
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitCode(), 0);
        const QString again = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(again.contains(u"post %1 (draft) is in the library already"_s.arg(postId)) &&
                         again.contains(u"Imported 0 posts from site."_s),
                 qPrintable(again));

        // Publishing it updates that post: one post, now published, the picture not sent again.
        auto publisher = service(m_set.active());
        const auto out = publisher->publish({storyId, PublicationKind::First, {}, 0, {}});
        QVERIFY2(out && out->delivered(), qPrintable(out ? out->failures().join(u' ') : why(out)));
        QCOMPARE(postIdOf(storyId), postId);
        const QJsonObject published = post(postId);
        QCOMPARE(published.value(u"status"_s).toString(), u"publish"_s);
        QCOMPARE(published.value(u"featured_media"_s).toInteger(), media);
        QVERIFY(published.value(u"content"_s)
                        .toObject()
                        .value(u"raw"_s)
                        .toString()
                        .contains(u"<strong class=\"dateline\">SIDON:</strong> The storm sank"_s));
        QCOMPARE(postsOf(storyId), QList<qint64>{postId});
        const Reply search =
                request("GET", u"/wp/v2/posts"_s,
                        QUrlQuery{{u"search"_s, title}, {u"status"_s, u"publish,draft"_s}});
        QCOMPARE(search.json.toArray().size(), 1);
    }

    void renderingTheSiteAgainLeavesThePostsAlone()
    {
        // WordPress shows its posts in its own theme: a template change is nothing to it.
        QVERIFY(!m_published.isEmpty());
        const QString before =
                post(postIdOf(m_published.last().id())).value(u"modified_gmt"_s).toString();
        const auto report = service(m_set.active())->republishAll();
        QVERIFY2(report, qPrintable(why(report)));
        QVERIFY2(report->failures.isEmpty(), qPrintable(report->failures.join(u'\n')));
        QCOMPARE(report->written, 0);
        QCOMPARE(post(postIdOf(m_published.last().id())).value(u"modified_gmt"_s).toString(),
                 before);
    }

    void aSiteWithPlainPermalinksIsReachedThroughRestRoute()
    {
        const auto plain = m_site.runPhp(u"update_option('permalink_structure', ''); echo 'ok';"_s);
        QVERIFY2(plain, qPrintable(why(plain)));
        const auto restore = qScopeGuard([this] {
            const auto pretty =
                    m_site.runPhp(u"update_option('permalink_structure', '/%postname%/');"_s);
            if (!pretty)
                qWarning("%s", qPrintable(pretty.errorMessage()));
        });
        // WordPress announces the API at ?rest_route= now.
        QNetworkRequest head(m_site.address);
        QNetworkReply *reply = m_network.head(head);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY2(reply->rawHeader("Link").contains("rest_route"),
                 reply->rawHeader("Link").constData());
        reply->deleteLater();

        auto destination = DestinationSet::make(m_config, m_settings, m_site.appPassword);
        const auto answered = destination->sendTestRequest();
        QVERIFY2(answered, qPrintable(why(answered)));
        QVERIFY2(answered->contains(u"rest_route"_s), qPrintable(*answered));
        const Story story = draft(u"A story for a site with plain permalinks"_s);
        auto out = service({destination.get()})
                           ->publish({story.id(), PublicationKind::First, {}, 0, {}});
        QVERIFY2(out && out->delivered(), qPrintable(out ? out->failures().join(u' ') : why(out)));
        const qint64 id = postIdOf(story.id());
        QVERIFY(id > 0);
        QCOMPARE(post(id).value(u"status"_s).toString(), u"publish"_s);
    }

private:
    QTemporaryDir m_dir;
    WordPressSite m_site;
    QString m_sample;
    std::unique_ptr<StoryStore> m_store;
    DestinationConfig m_config;
    PublishSettings m_settings;
    DestinationSet m_set;
    QList<Story> m_published;
    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(TestWordPress)
#include "tst_wordpress.moc"
