// SPDX-License-Identifier: MIT
#include "feeds/ninjs.h"

#include "feeds/feedtext.h"
#include "render/storypagerenderer.h"
#include "story/mediatopics.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

QJsonObject roleValue(const QString &role, const QString &value)
{
    return QJsonObject{{u"role"_s, role}, {u"value"_s, value}};
}

void insertDate(QJsonObject &object, const QString &key, const QDateTime &at)
{
    const QString text = FeedText::rfc3339(at);
    if (!text.isEmpty())
        object.insert(key, text);
}

void insertText(QJsonObject &object, const QString &key, const QString &text)
{
    if (!text.isEmpty())
        object.insert(key, text);
}

QJsonArray renditionsArray(const Site &site, const Photo &photo)
{
    QJsonArray array;
    for (const Rendition &rendition : site.renditions(photo)) {
        QJsonObject object{{u"name"_s, rendition.name},
                           {u"href"_s, FeedText::urlText(site.url(rendition.path))},
                           {u"contenttype"_s, rendition.contentType}};
        if (rendition.width > 0 && rendition.height > 0) {
            object.insert(u"width"_s, rendition.width);
            object.insert(u"height"_s, rendition.height);
        }
        array.append(object);
    }
    return array;
}

/**
 * A photo as a ninjs 2.x association: an array item with the name and uri
 * the schema requires. A picture file gets a uri of its own (the same file
 * is the same picture in every story); a caption without a file is the
 * story's, so its uri hangs off the story's.
 */
QJsonObject association(const Story &story, const Site &site, const Photo &photo, int number)
{
    const QString name = u"photo"_s + QString::number(number);
    const QString uri = photo.fileId.isEmpty() ? QString(storyUrn(story) + u':' + name)
                                               : QString(u"urn:copydesk:picture:"_s + photo.fileId);
    QJsonObject object{{u"name"_s, name}, {u"type"_s, u"picture"_s}, {u"uri"_s, uri}};

    QJsonArray descriptions;
    const QString caption = photo.caption.trimmed();
    if (!caption.isEmpty())
        descriptions.append(roleValue(u"caption"_s, caption));
    const QString alt = photo.altText.trimmed();
    if (!alt.isEmpty())
        descriptions.append(roleValue(u"alt"_s, alt));
    if (!descriptions.isEmpty())
        object.insert(u"descriptions"_s, descriptions);

    // ninjs has no credit line: the whole credit is the statement about who
    // made the picture (by), its agency part the copyright holder.
    insertText(object, u"by"_s, FeedText::credit(photo));
    insertText(object, u"copyrightholder"_s, FeedText::copyrightHolder(photo));

    const QJsonArray renditions = renditionsArray(site, photo);
    if (!renditions.isEmpty())
        object.insert(u"renditions"_s, renditions);
    return object;
}

} // namespace

QString ninjsPubStatus(StoryStatus status)
{
    switch (status) {
    case StoryStatus::Published:
        return u"usable"_s;
    case StoryStatus::Draft:
    case StoryStatus::Scheduled:
        return u"withheld"_s;
    case StoryStatus::Withdrawn:
        return u"canceled"_s;
    }
    return u"withheld"_s;
}

QStringList ninjsRootProperties()
{
    // The properties of $defs/ninjsType in ninjs-schema_2.2.json, in the
    // schema's order; its root has unevaluatedProperties: false.
    return {u"uri"_s,
            u"type"_s,
            u"representationtype"_s,
            u"profile"_s,
            u"version"_s,
            u"firstcreated"_s,
            u"versioncreated"_s,
            u"contentcreated"_s,
            u"embargoed"_s,
            u"pubstatus"_s,
            u"urgency"_s,
            u"copyrightholder"_s,
            u"copyrightnotice"_s,
            u"usageterms"_s,
            u"ednote"_s,
            u"language"_s,
            u"descriptions"_s,
            u"bodies"_s,
            u"headlines"_s,
            u"people"_s,
            u"organisations"_s,
            u"places"_s,
            u"subjects"_s,
            u"events"_s,
            u"objects"_s,
            u"infosources"_s,
            u"title"_s,
            u"by"_s,
            u"slugline"_s,
            u"located"_s,
            u"renditions"_s,
            u"associations"_s,
            u"altids"_s,
            u"trustindicators"_s,
            u"standard"_s,
            u"genres"_s,
            u"expires"_s,
            u"rightsinfo"_s,
            u"digitalsourcetype"_s};
}

QJsonObject ninjsObject(const Story &story, const Site &site)
{
    return ninjsObject(story, site, renderStoryBody(story, site.timeZone));
}

QJsonObject ninjsObject(const Story &story, const Site &site, const QString &bodyHtml)
{
    QJsonObject object{
            {u"uri"_s, storyUrn(story)},
            {u"type"_s, u"text"_s},
            {u"pubstatus"_s, ninjsPubStatus(story.status())},
    };
    // The schema types version as a string; a story never saved has none.
    if (story.version() > 0)
        object.insert(u"version"_s, QString::number(story.version()));

    const QString headline = FeedText::headline(story);
    if (!headline.isEmpty())
        object.insert(u"headlines"_s, QJsonArray{roleValue(u"main"_s, headline)});

    QJsonArray descriptions;
    for (const QString &highlight : FeedText::highlights(story))
        descriptions.append(roleValue(u"highlight"_s, highlight));
    if (!descriptions.isEmpty())
        object.insert(u"descriptions"_s, descriptions);

    if (!bodyHtml.isEmpty()) {
        const QString text = FeedText::plainText(bodyHtml);
        object.insert(u"bodies"_s,
                      QJsonArray{QJsonObject{{u"role"_s, u"main"_s},
                                             {u"contenttype"_s, u"text/html"_s},
                                             {u"value"_s, bodyHtml},
                                             {u"charcount"_s, FeedText::characterCount(text)},
                                             {u"wordcount"_s, wordCount(text)}}});
    }

    insertText(object, u"located"_s, FeedText::located(story));
    insertText(object, u"by"_s, story.byline().trimmed());
    insertText(object, u"slugline"_s, story.effectiveSlug());
    insertText(object, u"language"_s, story.languageOr(site.language));

    insertDate(object, u"firstcreated"_s, story.createdAt());
    insertDate(object, u"versioncreated"_s,
               story.savedAt().isValid() ? story.savedAt() : story.updatedAt());
    insertDate(object, u"embargoed"_s, story.embargoUntil());

    // Media Topics by their IPTC URIs, the section by its folder on the
    // site, tags as the words they are.
    QJsonArray subjects;
    for (const QString &code : FeedText::subjects(story)) {
        subjects.append(QJsonObject{{u"name"_s, MediaTopics::englishName(code)},
                                    {u"uri"_s, MediaTopics::uri(code)},
                                    {u"rel"_s, u"about"_s}});
    }
    const QString section = FeedText::section(story);
    if (!section.isEmpty()) {
        subjects.append(
                QJsonObject{{u"name"_s, section},
                            {u"uri"_s, FeedText::urlText(site.url(Site::sectionPath(section)))},
                            {u"rel"_s, u"section"_s}});
    }
    for (const QString &tag : FeedText::tags(story)) {
        subjects.append(QJsonObject{{u"name"_s, tag}, {u"literal"_s, tag}, {u"rel"_s, u"tag"_s}});
    }
    if (!subjects.isEmpty())
        object.insert(u"subjects"_s, subjects);

    const QString shortUrl = site.shortUrl(story);
    if (!shortUrl.isEmpty())
        object.insert(u"altids"_s, QJsonArray{roleValue(u"shorturl"_s, shortUrl)});

    QJsonArray associations;
    const QList<Photo> photos = FeedText::photos(story);
    for (qsizetype i = 0; i < photos.size(); ++i)
        associations.append(association(story, site, photos.at(i), int(i) + 1));
    if (!associations.isEmpty())
        object.insert(u"associations"_s, associations);
    return object;
}

QByteArray ninjsDocument(const Story &story, const Site &site)
{
    return ninjsDocument(story, site, renderStoryBody(story, site.timeZone));
}

QByteArray ninjsDocument(const Story &story, const Site &site, const QString &bodyHtml)
{
    // QJsonDocument writes keys sorted and ends indented output with a
    // line break: the same story gives the same bytes.
    return QJsonDocument(ninjsObject(story, site, bodyHtml)).toJson(QJsonDocument::Indented);
}

} // namespace Copydesk
