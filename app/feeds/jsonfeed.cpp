// SPDX-License-Identifier: MIT
#include "feeds/jsonfeed.h"

#include "feeds/feedtext.h"
#include "render/storypagerenderer.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

void insertText(QJsonObject &object, const QString &key, const QString &text)
{
    if (!text.isEmpty())
        object.insert(key, text);
}

} // namespace

QJsonObject jsonFeedItem(const Story &story, const Site &site)
{
    return jsonFeedItem(story, site, renderStoryBody(story, site.timeZone));
}

QJsonObject jsonFeedItem(const Story &story, const Site &site, const QString &bodyHtml)
{
    QJsonObject item{
            {u"id"_s, storyUrn(story)},
            {u"url"_s, FeedText::urlText(site.storyUrl(story))},
            // JSON Feed wants content_html or content_text; an empty body
            // still says which one it is.
            {u"content_html"_s, bodyHtml},
    };
    insertText(item, u"title"_s, FeedText::headline(story));
    insertText(item, u"summary"_s, FeedText::summary(story));
    if (const std::optional<Photo> photo = FeedText::leadPhoto(story)) {
        if (const std::optional<Rendition> picture = FeedText::largestRendition(site, *photo))
            item.insert(u"image"_s, FeedText::urlText(site.url(picture->path)));
    }
    insertText(item, u"date_published"_s, FeedText::rfc3339(story.firstPublishedAt()));
    insertText(item, u"date_modified"_s, FeedText::rfc3339(FeedText::entryUpdated(story)));
    const QString author = FeedText::authorName(story);
    if (!author.isEmpty())
        item.insert(u"authors"_s, QJsonArray{QJsonObject{{u"name"_s, author}}});
    insertText(item, u"language"_s, story.languageOr(site.language));
    // JSON Feed has one list of words for what an item is about: the section first.
    QStringList tags = FeedText::tags(story);
    const QString section = FeedText::section(story);
    if (!section.isEmpty() && !tags.contains(section, Qt::CaseInsensitive))
        tags.prepend(section);
    if (!tags.isEmpty())
        item.insert(u"tags"_s, QJsonArray::fromStringList(tags));
    return item;
}

QByteArray jsonFeedItemDocument(const Story &story, const Site &site)
{
    return QJsonDocument(jsonFeedItem(story, site)).toJson(QJsonDocument::Indented);
}

QByteArray jsonFeed(const QList<Story> &stories, const Site &site)
{
    QJsonArray items;
    for (const Story &story : stories)
        items.append(jsonFeedItem(story, site));
    QJsonObject feed{
            {u"version"_s, u"https://jsonfeed.org/version/1.1"_s},
            {u"title"_s, site.title},
            {u"home_page_url"_s, FeedText::urlText(site.baseUrl)},
            {u"feed_url"_s, FeedText::urlText(site.url(QLatin1StringView(Site::jsonFeedPath)))},
            {u"items"_s, items},
    };
    insertText(feed, u"language"_s, site.language.trimmed());
    // Keys come out sorted and nothing reads the clock: the same stories
    // give the same bytes, so an unchanged feed is not rewritten.
    return QJsonDocument(feed).toJson(QJsonDocument::Indented);
}

} // namespace Copydesk
