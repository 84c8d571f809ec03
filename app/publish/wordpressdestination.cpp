// SPDX-License-Identifier: MIT
#include "publish/wordpressdestination.h"

#include "feeds/feedtext.h"
#include "render/htmlescape.h"
#include "render/storypagerenderer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::WordPressDestination)
};

/// The statuses a post of ours may have on the site, for finding it again.
const QString anyStatus = u"publish,future,draft,pending,private"_s;

/// WordPress's form of a time in UTC, for date_gmt.
QString gmtText(const QDateTime &at)
{
    return at.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

/// The caption as WordPress shows it under the picture: the caption with its (Credit).
QString captionWithCredit(const Photo &photo)
{
    const QString caption = photo.caption.trimmed();
    const QString credit = FeedText::credit(photo);
    if (credit.isEmpty())
        return caption;
    return (caption.isEmpty() ? QString() : caption + u' ') + u'(' + credit + u')';
}

/// The picture's title on the site: the caption's start, else the file's name.
QString mediaTitle(const Photo &photo)
{
    const QString caption = photo.caption.trimmed();
    if (caption.isEmpty())
        return photo.fileName.isEmpty() ? photo.fileId
                                        : QFileInfo(photo.fileName).completeBaseName();
    return caption.size() > 80 ? caption.first(79) + u'…' : caption;
}

} // namespace

WordPressDestination::WordPressDestination(DestinationConfig config, Site site, QString secret,
                                           HttpOptions options)
    : RemoteDestination(config, std::move(site), secret, options)
    , m_wordpress(QUrl(config.target), [&] {
        HttpOptions http = options;
        http.user = config.user;
        http.password = secret;
        return http;
    }())
{
}

QString WordPressDestination::displayName() const
{
    return named(Text::tr("the WordPress site %1").arg(m_config.target));
}

QString WordPressDestination::postRecord(const QUrl &site, qint64 id)
{
    QUrl address = site;
    if (!address.path().endsWith(u'/'))
        address.setPath(address.path() + u'/');
    address.setQuery(u"p="_s + QString::number(id));
    return address.toString();
}

qint64 WordPressDestination::postIn(const QStringList &written)
{
    for (const QString &entry : written) {
        const QUrl url(entry);
        const QString id = QUrlQuery(url).queryItemValue(u"p"_s);
        if (!id.isEmpty() && url.fragment().isEmpty())
            return id.toLongLong();
    }
    return 0;
}

QString WordPressDestination::storyMark(const QUuid &id)
{
    return u"<!-- copydesk:story "_s + id.toString(QUuid::WithoutBraces) + u" -->"_s;
}

QString WordPressDestination::fingerprint(const Photo &photo)
{
    const QString said =
            photo.caption + u'\n' + photo.credit + u'\n' + photo.altText + u'\n' + photo.fileName;
    return QString::fromLatin1(
            QCryptographicHash::hash(said.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

QString WordPressDestination::mediaRecord(const QUrl &site, qint64 id, const QString &fileId,
                                          const QString &print)
{
    QUrl address = site;
    address.setQuery(u"attachment_id="_s + QString::number(id));
    address.setFragment(fileId + u'.' + print);
    return address.toString();
}

QHash<QString, WordPressDestination::Media>
WordPressDestination::mediaIn(const QStringList &written)
{
    QHash<QString, Media> media;
    for (const QString &entry : written) {
        const QUrl url(entry);
        const qint64 id = QUrlQuery(url).queryItemValue(u"attachment_id"_s).toLongLong();
        const QString fragment = url.fragment();
        const qsizetype dot = fragment.lastIndexOf(u'.');
        if (id > 0 && dot > 0)
            media.insert(fragment.left(dot), Media{id, fragment.mid(dot + 1)});
    }
    return media;
}

Result<QString> WordPressDestination::sendTestRequest()
{
    if (auto usable = check(); !usable)
        return usable.error();
    std::optional<WordPressFailure> failure;
    QUrlQuery query;
    query.addQueryItem(u"context"_s, u"edit"_s);
    const auto me = m_wordpress.call("GET", u"/wp/v2/users/me"_s, query, {},
                                     Text::tr("signing in as %1").arg(m_config.user), failure);
    if (!me)
        return failure->error;
    const QJsonObject user = me->json.toObject();
    QStringList roles;
    for (const QJsonValue &role : user.value(u"roles"_s).toArray())
        roles.append(role.toString());
    return Text::tr("Signed in to %1 as %2 (%3); its REST API is at %4.")
            .arg(m_config.target, FeedText::plainText(user.value(u"name"_s).toString()),
                 roles.isEmpty() ? Text::tr("no role") : roles.join(u", "_s),
                 m_wordpress.apiRoot().toString());
}

DeliveryReport WordPressDestination::deliver(const std::function<Result<Edition>()> &makeEdition,
                                             PictureSource &pictures,
                                             const DeliveryProgress &progress)
{
    DeliveryReport report;
    const auto made = checkedEdition(makeEdition, report);
    if (!made)
        return report;
    const Edition &edition = *made;
    if (!edition.story)
        return report; // only feeds changed: WordPress makes its own
    const Story &story = *edition.story;
    std::optional<WordPressFailure> failure;
    const auto failed = [&]() -> DeliveryReport & {
        report.error = failure->error;
        report.retryAfterMs = failure->retryAfterMs;
        return report;
    };
    const QString headline = story.headline().trimmed();
    qint64 post = postIn(edition.delivered);
    QUrlQuery edit;
    edit.addQueryItem(u"context"_s, u"edit"_s);

    if (post == 0) {
        // The record may have been lost after WordPress made the post (a
        // crash before it was written): the story's mark finds that post.
        QUrlQuery search = edit;
        search.addQueryItem(u"search"_s, story.id().toString(QUuid::WithoutBraces));
        search.addQueryItem(u"status"_s, anyStatus);
        search.addQueryItem(u"per_page"_s, u"20"_s);
        const auto found =
                m_wordpress.call("GET", u"/wp/v2/posts"_s, search, {},
                                 Text::tr("looking for the post of “%1”").arg(headline), failure);
        if (!found)
            return failed();
        const QString mark = storyMark(story.id());
        for (const QJsonValue &value : found->json.toArray()) {
            const QJsonObject candidate = value.toObject();
            if (candidate.value(u"content"_s)
                        .toObject()
                        .value(u"raw"_s)
                        .toString()
                        .contains(mark)) {
                post = candidate.value(u"id"_s).toInteger();
                break;
            }
        }
    }

    const bool takeBack = edition.embargoed || story.status() == StoryStatus::Withdrawn ||
            story.status() == StoryStatus::Draft;
    if (takeBack) {
        // Back among the drafts, never deleted: the site's editors still find it there.
        if (post == 0)
            return report; // nothing of it is on the site
        if (progress)
            progress(0, 1, headline);
        const QString route = u"/wp/v2/posts/"_s + QString::number(post);
        const auto answer = m_wordpress.call(
                "POST", route, edit, QJsonObject{{u"status"_s, u"draft"_s}},
                Text::tr("turning the post of “%1” back to a draft").arg(headline), failure, {404});
        if (!answer)
            return failed();
        if (answer->status != 404) {
            report.written = edition.delivered;
            if (!report.written.contains(postRecord(m_wordpress.site(), post)))
                report.written.prepend(postRecord(m_wordpress.site(), post));
            report.url = answer->json.toObject().value(u"link"_s).toString();
        }
        if (progress)
            progress(1, 1, headline);
        return report;
    }

    const int total = int(edition.pictures.size()) + 2;
    int done = 0;
    if (progress)
        progress(done, total, headline);

    // The section as a category, the tags as tags: found by name, or made.
    QJsonArray categories;
    if (const QString section = story.section().trimmed(); !section.isEmpty()) {
        const auto id = m_wordpress.termId(u"categories"_s, section, failure);
        if (!id)
            return failed();
        categories.append(*id);
    }
    QJsonArray tags;
    for (const QString &tag : story.tags()) {
        const auto id = m_wordpress.termId(u"tags"_s, tag, failure);
        if (!id)
            return failed();
        tags.append(*id);
    }
    ++done;

    // Pictures: each uploaded once; its details sent again when they change.
    QHash<QString, Media> sent = mediaIn(edition.delivered);
    QHash<QString, QString> addresses; // file id → where the site serves it
    QStringList mediaRecords;
    const QList<Photo> photos = story.picturedPhotos();
    for (const EditionPicture &picture : edition.pictures) {
        const auto photo = std::find_if(photos.cbegin(), photos.cend(),
                                        [&](const Photo &p) { return p.fileId == picture.fileId; });
        if (photo == photos.cend())
            continue;
        if (progress)
            progress(done, total, picture.photoName);
        const QString print = fingerprint(*photo);
        const QJsonObject details{
                {u"caption"_s, escapeHtml(captionWithCredit(*photo))},
                {u"alt_text"_s, photo->altText.trimmed()},
                {u"title"_s, mediaTitle(*photo)},
        };
        std::optional<WordPressClient::Answer> answer;
        const Media known = sent.value(picture.fileId);
        if (known.id > 0) {
            const QString route = u"/wp/v2/media/"_s + QString::number(known.id);
            const QString doing = Text::tr("updating the picture %1").arg(picture.photoName);
            answer = known.fingerprint == print
                    ? m_wordpress.call("GET", route, edit, {}, doing, failure, {404})
                    : m_wordpress.call("POST", route, edit, details, doing, failure, {404});
            if (!answer)
                return failed();
            if (answer->status == 404)
                answer.reset(); // deleted on the site: sent again below
        }
        if (!answer) {
            const auto bytes = pictures.bytes(picture);
            if (!bytes) {
                report.error = bytes.error();
                return report;
            }
            QUrlQuery query;
            for (auto field = details.begin(); field != details.end(); ++field)
                query.addQueryItem(field.key(), field.value().toString());
            const QString file = QFileInfo(picture.rendition.path).fileName();
            answer = m_wordpress.upload(
                    u"/wp/v2/media"_s, query, *bytes,
                    {{"Content-Type", picture.rendition.contentType.toUtf8()},
                     {"Content-Disposition", "attachment; filename=\"" + file.toUtf8() + '"'}},
                    Text::tr("uploading the picture %1").arg(picture.photoName), failure);
            if (!answer)
                return failed();
        }
        const QJsonObject media = answer->json.toObject();
        const qint64 id = media.value(u"id"_s).toInteger();
        sent.insert(picture.fileId, Media{id, print});
        addresses.insert(picture.fileId, media.value(u"source_url"_s).toString());
        mediaRecords.append(mediaRecord(m_wordpress.site(), id, picture.fileId, print));
        ++done;
    }

    ArticleOptions article;
    article.timeZone = site().timeZone;
    article.photoUrl = [&addresses](const Photo &photo) -> QString {
        return addresses.value(photo.fileId);
    };
    const QString content = renderStoryArticle(story, article) + storyMark(story.id()) + u'\n';
    QStringList highlights;
    for (const QString &highlight : story.highlights()) {
        if (!highlight.trimmed().isEmpty())
            highlights.append(escapeHtml(highlight.trimmed()));
    }
    QJsonObject body{
            {u"title"_s, escapeHtml(headline)},
            {u"content"_s, content},
            {u"excerpt"_s, highlights.join(u'\n')},
            {u"slug"_s, story.effectiveSlug()},
            {u"categories"_s, categories},
            {u"tags"_s, tags},
            {u"featured_media"_s,
             photos.isEmpty() ? qint64(0) : sent.value(photos.constFirst().fileId).id},
    };
    if (story.status() == StoryStatus::Scheduled && story.scheduledFor().isValid()) {
        body.insert(u"status"_s, u"future"_s);
        body.insert(u"date_gmt"_s, gmtText(story.scheduledFor()));
    } else {
        body.insert(u"status"_s, u"publish"_s);
        if (story.firstPublishedAt().isValid())
            body.insert(u"date_gmt"_s, gmtText(story.firstPublishedAt()));
    }

    if (progress)
        progress(done, total, headline);
    std::optional<WordPressClient::Answer> answer;
    if (post > 0) {
        answer = m_wordpress.call("POST", u"/wp/v2/posts/"_s + QString::number(post), edit, body,
                                  Text::tr("updating the post of “%1”").arg(headline), failure,
                                  {404});
        if (!answer)
            return failed();
        if (answer->status == 404)
            answer.reset(); // deleted on the site for good: made again
    }
    if (!answer) {
        answer = m_wordpress.call("POST", u"/wp/v2/posts"_s, edit, body,
                                  Text::tr("creating the post of “%1”").arg(headline), failure);
        if (!answer)
            return failed();
    }
    const QJsonObject saved = answer->json.toObject();
    post = saved.value(u"id"_s).toInteger();
    if (post <= 0) {
        report.error = Error{ErrorKind::Permanent,
                             Text::tr("WordPress gave no post id for “%1”.").arg(headline)};
        return report;
    }
    report.written = QStringList{postRecord(m_wordpress.site(), post)} + mediaRecords;
    report.url = saved.value(u"link"_s).toString();
    if (progress)
        progress(total, total, headline);
    return report;
}

} // namespace Copydesk
