// SPDX-License-Identifier: MIT
#include "publish/wordpressimport.h"

#include "feeds/feedtext.h"
#include "render/htmltomarkdown.h"
#include "store/keptpicture.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::WordPressImport)
};

/// A time WordPress gives in UTC ("2026-12-03T10:00:00", no zone).
QDateTime gmtTime(const QJsonValue &value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!at.isValid())
        return {};
    at.setTimeZone(QTimeZone::utc());
    return at;
}

QString rawOrRendered(const QJsonObject &post, const QString &field)
{
    const QJsonObject object = post.value(field).toObject();
    const QString raw = object.value(u"raw"_s).toString();
    return raw.isEmpty() ? object.value(u"rendered"_s).toString() : raw;
}

Error failureError(const WordPressFailure &failure)
{
    return failure.error;
}

} // namespace

WordPressImport::WordPressImport(StoryStore &store, WordPressDestination &destination)
    : m_store(store)
    , m_destination(destination)
{
}

std::pair<QString, QString> WordPressImport::splitCredit(const QString &caption)
{
    static const QRegularExpression credit(u"^(.*?)\\s*\\(([^()]{1,80})\\)\\s*$"_s,
                                           QRegularExpression::DotMatchesEverythingOption);
    const QString text = caption.trimmed();
    const auto match = credit.match(text);
    if (!match.hasMatch())
        return {text, QString()};
    return {match.captured(1).trimmed(), match.captured(2).trimmed()};
}

std::pair<QString, QString> WordPressImport::splitDateline(const QString &markdown)
{
    // "**MOSCOW:** …" as Copydesk and many desks write it, or "MOSCOW: …" in capitals.
    static const QRegularExpression bold(u"^\\*\\*([^*\\n]{1,60}?):\\*\\*[ \\t]*"_s);
    static const QRegularExpression capitals(
            u"^(\\p{Lu}[\\p{Lu}\\p{Mn} .,'’\\-]{1,59}?):[ \\t]+(?=\\S)"_s);
    for (const QRegularExpression *pattern : {&bold, &capitals}) {
        const auto match = pattern->match(markdown);
        if (match.hasMatch())
            return {match.captured(1).trimmed() + u':', markdown.mid(match.capturedEnd(0))};
    }
    return {QString(), markdown};
}

Result<WordPressPostPage> WordPressImport::posts(const QStringList &statuses, int page, int perPage)
{
    WordPressClient &client = m_destination.client();
    QUrlQuery query;
    query.addQueryItem(u"context"_s, u"edit"_s);
    query.addQueryItem(u"status"_s, statuses.join(u','));
    query.addQueryItem(u"orderby"_s, u"modified"_s);
    query.addQueryItem(u"order"_s, u"desc"_s);
    query.addQueryItem(u"per_page"_s, QString::number(qBound(1, perPage, 100)));
    query.addQueryItem(u"page"_s, QString::number(qMax(1, page)));
    query.addQueryItem(u"_fields"_s, u"id,title,status,modified_gmt,date_gmt,link"_s);
    std::optional<WordPressFailure> failure;
    const auto answer =
            client.call("GET", u"/wp/v2/posts"_s, query, {},
                        Text::tr("listing the posts of %1").arg(client.site().toString()), failure);
    if (!answer)
        return failureError(*failure);
    WordPressPostPage result;
    result.totalPages = qMax(1, answer->headers.value("x-wp-totalpages").toInt());
    result.total = answer->headers.value("x-wp-total").toInt();
    for (const QJsonValue &value : answer->json.toArray()) {
        const QJsonObject object = value.toObject();
        WordPressPost post;
        post.id = object.value(u"id"_s).toInteger();
        post.title = FeedText::plainText(rawOrRendered(object, u"title"_s)).trimmed();
        post.status = object.value(u"status"_s).toString();
        post.modified = gmtTime(object.value(u"modified_gmt"_s));
        post.date = gmtTime(object.value(u"date_gmt"_s));
        post.link = object.value(u"link"_s).toString();
        result.posts.append(post);
    }
    // Which of them the library holds already, in one read of the deliveries record.
    QStringList records;
    for (const WordPressPost &post : std::as_const(result.posts))
        records.append(WordPressDestination::postRecord(client.site(), post.id));
    const auto linked = m_store.storiesDeliveredAs(m_destination.key(), records);
    if (!linked)
        return linked.error();
    for (qsizetype i = 0; i < result.posts.size(); ++i) {
        if (const auto story = linked->constFind(records.at(i)); story != linked->cend())
            result.posts[i].story = *story;
    }
    return result;
}

Result<WordPressImported> WordPressImport::importPost(qint64 id, const QDateTime &now)
{
    WordPressClient &client = m_destination.client();
    const QString record = WordPressDestination::postRecord(client.site(), id);
    WordPressImported imported;
    imported.post = id;
    if (const auto linked = m_store.storiesDeliveredAs(m_destination.key(), {record}); !linked) {
        return linked.error();
    } else if (linked->contains(record)) {
        auto story = m_store.loadStory(linked->value(record));
        if (!story)
            return story.error();
        imported.story = *story;
        imported.existing = true;
        return imported;
    }

    std::optional<WordPressFailure> failure;
    QUrlQuery edit;
    edit.addQueryItem(u"context"_s, u"edit"_s);
    const auto answer = client.call("GET", u"/wp/v2/posts/"_s + QString::number(id), edit, {},
                                    Text::tr("reading the post %1").arg(id), failure);
    if (!answer)
        return failureError(*failure);
    const QJsonObject post = answer->json.toObject();

    Story story = Story::create(now);
    story.setHeadline(FeedText::plainText(rawOrRendered(post, u"title"_s)).simplified());
    QStringList highlights;
    for (const QString &line :
         htmlToPlainText(rawOrRendered(post, u"excerpt"_s).replace(u'\n', u"<br>"_s))
                 .split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            highlights.append(line.simplified());
    }
    story.setHighlights(highlights);
    // The rendered content: paragraphs made, shortcodes run, as readers see it.
    const QString html = post.value(u"content"_s).toObject().value(u"rendered"_s).toString();
    auto [dateline, body] = splitDateline(htmlToMarkdown(html));
    story.setDateline(dateline);
    story.setBody(body.trimmed() + u'\n');
    const QString slug = post.value(u"slug"_s).toString();
    if (!slug.isEmpty())
        story.setSlug(QUrl::fromPercentEncoding(slug.toUtf8()));

    // The author as byline, when this user may read them.
    if (const qint64 author = post.value(u"author"_s).toInteger(); author > 0) {
        std::optional<WordPressFailure> unread;
        const auto user =
                client.call("GET", u"/wp/v2/users/"_s + QString::number(author), edit, {},
                            Text::tr("reading the post's author"), unread, {401, 403, 404});
        if (user && user->status == 200)
            story.setByline(FeedText::plainText(user->json.toObject().value(u"name"_s).toString()));
    }

    // The first category as the section (not the site's default one), the tags as tags.
    if (!m_defaultCategory) {
        std::optional<WordPressFailure> unread;
        const auto settings =
                client.call("GET", u"/wp/v2/settings"_s, {}, {},
                            Text::tr("reading the site's settings"), unread, {401, 403, 404});
        m_defaultCategory = settings && settings->status == 200
                ? settings->json.toObject().value(u"default_category"_s).toInteger()
                : qint64(1);
    }
    for (const QJsonValue &category : post.value(u"categories"_s).toArray()) {
        if (category.toInteger() == *m_defaultCategory)
            continue;
        const auto name = client.termName(u"categories"_s, category.toInteger(), failure);
        if (!name)
            return failureError(*failure);
        story.setSection(*name);
        break;
    }
    QStringList tags;
    for (const QJsonValue &tag : post.value(u"tags"_s).toArray()) {
        const auto name = client.termName(u"tags"_s, tag.toInteger(), failure);
        if (!name)
            return failureError(*failure);
        tags.append(*name);
    }
    story.setTags(tags);

    // The featured image as the lead photo, kept in the library.
    QStringList written{record};
    if (const qint64 media = post.value(u"featured_media"_s).toInteger(); media > 0) {
        const auto found = client.call("GET", u"/wp/v2/media/"_s + QString::number(media), edit, {},
                                       Text::tr("reading the featured image"), failure, {404});
        if (!found)
            return failureError(*failure);
        if (found->status == 404) {
            imported.notes.append(
                    Text::tr("The featured image (media %1) is gone from the site.").arg(media));
        } else {
            const QJsonObject object = found->json.toObject();
            const QUrl source(object.value(u"source_url"_s).toString());
            const auto bytes = client.download(
                    source, Text::tr("downloading the featured image %1").arg(source.toString()),
                    failure);
            if (!bytes)
                return failureError(*failure);
            const QString fileName = QFileInfo(source.path()).fileName();
            const auto picture = keepPicture(m_store, *bytes, fileName);
            if (!picture) {
                if (picture.error().kind != ErrorKind::InvalidInput)
                    return picture.error();
                imported.notes.append(Text::tr("The featured image %1 was left out: %2")
                                              .arg(fileName, picture.errorMessage()));
            } else {
                Photo photo = picture->photo;
                const auto [caption, credit] = splitCredit(htmlToPlainText(
                        object.value(u"caption"_s).toObject().value(u"raw"_s).toString()));
                photo.caption = caption;
                photo.credit = credit;
                photo.altText = object.value(u"alt_text"_s).toString().trimmed();
                story.setPhotos({photo});
                written.append(WordPressDestination::mediaRecord(
                        client.site(), media, photo.fileId,
                        WordPressDestination::fingerprint(photo)));
            }
        }
    }

    const QString status = post.value(u"status"_s).toString();
    const QDateTime date = gmtTime(post.value(u"date_gmt"_s));
    const bool published = status == u"publish"_s || status == u"private"_s;
    if (published) {
        story.setStatus(StoryStatus::Published);
        story.setFirstPublishedAt(date.isValid() ? date : now);
        const QDateTime modified = gmtTime(post.value(u"modified_gmt"_s));
        story.setUpdatedAt(modified.isValid() ? modified : now);
    } else if (status == u"future"_s && date.isValid() && date > now) {
        story.setStatus(StoryStatus::Scheduled);
        story.setScheduledFor(date);
    }

    const QString note = Text::tr("From the WordPress post %1 at %2 (%3)")
                                 .arg(id)
                                 .arg(client.site().toString(), status);
    auto done = m_store.writeTransaction([&]() -> Result<void> {
        auto saved = m_store.saveStory(story, RevisionStamp{RevisionKind::Import, {}, note});
        if (!saved)
            return saved.error();
        imported.story = *saved;
        if (published) {
            if (auto marked = m_store.setPublishedVersion(saved->id(), saved->version()); !marked)
                return marked;
        }
        // The link to the post: as if this version had been delivered there.
        Delivery link;
        link.storyId = saved->id();
        link.version = saved->version();
        link.destination = m_destination.key();
        link.kind = PublicationKind::First;
        link.slug = saved->effectiveSlug();
        link.state = DeliveryState::Delivered;
        link.createdAt = now;
        link.finishedAt = now;
        link.written = written;
        link.url = post.value(u"link"_s).toString();
        link.message = note;
        if (auto added = m_store.addDelivery(link); !added)
            return added.error();
        return {};
    });
    if (!done)
        return done.error();
    return imported;
}

} // namespace Copydesk
