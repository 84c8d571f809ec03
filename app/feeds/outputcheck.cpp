// SPDX-License-Identifier: MIT
#include "feeds/outputcheck.h"

#include "feeds/atomfeed.h"
#include "feeds/feedtext.h"
#include "feeds/jsonfeed.h"
#include "feeds/ninjs.h"
#include "render/storypagerenderer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <utility>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

using Severity = OutputFinding::Severity;

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::OutputCheck)
};

/// Collects the findings of one output format.
class Findings
{
public:
    Findings(QList<OutputFinding> &all, OutputFormat format)
        : m_all(all)
        , m_format(format)
    {
    }

    void error(const QString &message) { m_all.append({m_format, Severity::Error, message}); }
    void warning(const QString &message) { m_all.append({m_format, Severity::Warning, message}); }

private:
    QList<OutputFinding> &m_all;
    OutputFormat m_format;
};

/// An absolute URI a consumer can resolve on its own, as the schema's "uri" format asks.
bool isAbsoluteUri(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty() && !text.contains(u' ');
}

/// The dates a story carries, named as the editor names them.
QList<std::pair<QString, QDateTime>> storyDates(const Story &story)
{
    return {{Text::tr("created"), story.createdAt()},
            {Text::tr("first published"), story.firstPublishedAt()},
            {Text::tr("updated"), story.updatedAt()},
            {Text::tr("embargo"), story.embargoUntil()},
            {Text::tr("last saved"), story.savedAt()}};
}

void checkDates(const Story &story, Findings &findings)
{
    for (const auto &[name, at] : storyDates(story)) {
        if (at.isValid() && FeedText::rfc3339(at).isEmpty()) {
            findings.error(
                    Text::tr("The %1 date (year %2) cannot be written as an RFC 3339 date and "
                             "is left out; set a date between the years 0 and 9999.")
                            .arg(name)
                            .arg(at.toUTC().date().year()));
        }
    }
}

enum class JsonKind { String, Number, Array, Object };

bool hasKind(const QJsonValue &value, JsonKind kind)
{
    switch (kind) {
    case JsonKind::String:
        return value.isString();
    case JsonKind::Number:
        return value.isDouble();
    case JsonKind::Array:
        return value.isArray();
    case JsonKind::Object:
        return value.isObject();
    }
    return false;
}

/// The type the ninjs 2.2 schema gives each root property.
JsonKind ninjsKind(const QString &key)
{
    static const QStringList arrays = {u"descriptions"_s, u"bodies"_s,          u"headlines"_s,
                                       u"people"_s,       u"organisations"_s,   u"places"_s,
                                       u"subjects"_s,     u"events"_s,          u"objects"_s,
                                       u"infosources"_s,  u"renditions"_s,      u"associations"_s,
                                       u"altids"_s,       u"trustindicators"_s, u"genres"_s};
    static const QStringList objects = {u"standard"_s, u"rightsinfo"_s, u"digitalsourcetype"_s};
    if (arrays.contains(key))
        return JsonKind::Array;
    if (objects.contains(key))
        return JsonKind::Object;
    if (key == u"urgency")
        return JsonKind::Number;
    return JsonKind::String;
}

// A ninjs object's properties against the schema's names and types, and
// the date-time and uri formats the schema declares. Used for the root and
// for each association, which may use every root property plus a name.
/// A host that only stands in for a real one (RFC 2606, RFC 6761).
bool isPlaceholderHost(const QString &host)
{
    const QString name = host.toLower();
    return name.endsWith(u".example"_s) || name.endsWith(u".invalid"_s) || name == u"example.com" ||
            name == u"example.org" || name == u"example.net" || name.endsWith(u".example.com"_s) ||
            name.endsWith(u".example.org"_s) || name.endsWith(u".example.net"_s);
}

/// Every link in every output starts with the site's address.
void checkSiteAddress(const Site &site, Findings &findings)
{
    if (const auto problem = siteAddressProblem(site.baseUrl))
        findings.warning(*problem);
}

void checkNinjsProperties(const QJsonObject &object, const QString &where, Findings &findings)
{
    static const QStringList known = ninjsRootProperties();
    static const QStringList dates = {u"firstcreated"_s, u"versioncreated"_s, u"contentcreated"_s,
                                      u"embargoed"_s, u"expires"_s};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (!known.contains(key)) {
            findings.error(
                    Text::tr("%1 has the property \"%2\", which the ninjs 2.2 schema does not "
                             "define, so consumers reject the document. This is a fault in "
                             "Copydesk: please report it.")
                            .arg(where, key));
            continue;
        }
        if (!hasKind(it.value(), ninjsKind(key))) {
            findings.error(Text::tr("%1 has \"%2\" of the wrong JSON type. This is a fault in "
                                    "Copydesk: please report it.")
                                   .arg(where, key));
            continue;
        }
        if (dates.contains(key) && !FeedText::isRfc3339(it.value().toString())) {
            findings.error(Text::tr("%1 has \"%2\" = \"%3\", which is not an RFC 3339 date-time.")
                                   .arg(where, key, it.value().toString()));
        }
    }
    if (object.contains(u"uri"_s) && !isAbsoluteUri(object.value(u"uri"_s).toString())) {
        findings.error(Text::tr("%1 has the uri \"%2\", which is not an absolute URI.")
                               .arg(where, object.value(u"uri"_s).toString()));
    }
}

void checkNinjs(const Story &story, const Site &site, const QString &bodyHtml,
                QList<OutputFinding> &all)
{
    Findings findings(all, OutputFormat::Ninjs);
    const QJsonObject ninjs = ninjsObject(story, site, bodyHtml);
    checkNinjsProperties(ninjs, Text::tr("The ninjs document"), findings);

    if (story.id().isNull()) {
        findings.error(Text::tr("The story has no id, so its ninjs uri is the same as every other "
                                "such story's. Save the story to give it one."));
    }
    if (!ninjs.contains(u"headlines"_s))
        findings.error(Text::tr("The headline is empty. Write one: ninjs consumers list the story "
                                "under its headline."));
    if (story.body().trimmed().isEmpty())
        findings.error(Text::tr("The body is empty, so the ninjs document carries no article. "
                                "Write the body before publishing."));
    checkDates(story, findings);
    if (!ninjs.contains(u"versioncreated"_s))
        findings.warning(Text::tr("The story has no saved or updated time, so ninjs has no "
                                  "versioncreated. Save the story."));
    if (!ninjs.contains(u"firstcreated"_s) && !story.createdAt().isValid())
        findings.warning(Text::tr("The story has no creation time, so ninjs has no firstcreated. "
                                  "Save the story."));

    const QString language = site.language.trimmed();
    if (!language.isEmpty() && !isLanguageTag(language))
        findings.warning(Text::tr("The site language \"%1\" is not a BCP 47 language tag such as "
                                  "\"en\" or \"pt-BR\". Correct it in the publishing settings.")
                                 .arg(language));
    const QString own = story.language().trimmed();
    if (!own.isEmpty() && !isLanguageTag(own))
        findings.warning(
                Text::tr("The story's language \"%1\" is not a BCP 47 language tag such as "
                         "\"en\" or \"ar\". Correct it in the Language field.")
                        .arg(own));

    checkSiteAddress(site, findings);
    const QString shortUrlBase = site.shortUrlPrefix();
    if (!shortUrlBase.isEmpty()) {
        const QUrl url(site.shortUrl(story), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
            findings.warning(
                    Text::tr("The short URL base \"%1\" does not make a web address, so the "
                             "ninjs short URL is of no use to readers. Set a full http(s) "
                             "address in the publishing settings.")
                            .arg(shortUrlBase));
    }

    bool relativeRenditions = false;
    const QJsonArray associations = ninjs.value(u"associations"_s).toArray();
    const QList<Photo> photos = story.photos();
    for (qsizetype i = 0; i < associations.size(); ++i) {
        const QJsonObject association = associations.at(i).toObject();
        QJsonObject properties = association;
        properties.remove(u"name"_s); // an association's own addition to the root's list
        const QString where = Text::tr("Photo %1 in ninjs").arg(i + 1);
        checkNinjsProperties(properties, where, findings);
        if (association.value(u"name"_s).toString().isEmpty() || !association.contains(u"uri"_s))
            findings.error(Text::tr("%1 lacks the name or uri the schema requires. This is a fault "
                                    "in Copydesk: please report it.")
                                   .arg(where));
        const QJsonArray renditions = association.value(u"renditions"_s).toArray();
        if (renditions.isEmpty() && i < photos.size()) {
            findings.warning(
                    Text::tr("Photo %1 has no picture file: ninjs carries its caption and "
                             "credit without a picture. Add the picture in the photo panel "
                             "if you have it.")
                            .arg(i + 1));
        }
        for (const QJsonValue &rendition : renditions) {
            if (!isAbsoluteUri(rendition.toObject().value(u"href"_s).toString()))
                relativeRenditions = true;
        }
    }
    if (relativeRenditions)
        findings.error(Text::tr("Picture links in ninjs are not absolute addresses. Set the site's "
                                "address in the publishing settings to a full http(s) address."));
}

/// Text from the story that XML cannot carry at all.
void checkXmlCharacters(const Story &story, Findings &findings)
{
    QStringList fields;
    const auto check = [&fields](const QString &name, const QString &text) {
        if (FeedText::xmlSafe(text) != text && !fields.contains(name))
            fields.append(name);
    };
    check(Text::tr("headline"), story.headline());
    for (const QString &highlight : story.highlights())
        check(Text::tr("highlights"), highlight);
    check(Text::tr("byline"), story.byline());
    check(Text::tr("dateline"), story.dateline());
    check(Text::tr("body"), story.body());
    if (!fields.isEmpty())
        findings.warning(
                Text::tr("Control characters that XML cannot carry are in the %1; the Atom "
                         "feed leaves them out. Delete them from the story.")
                        .arg(fields.join(u", "_s)));
}

void checkAtom(const Story &story, const Site &site, const QString &bodyHtml,
               QList<OutputFinding> &all)
{
    Findings findings(all, OutputFormat::Atom);
    checkSiteAddress(site, findings);
    checkXmlCharacters(story, findings);

    const QString atom = u"http://www.w3.org/2005/Atom"_s;
    QXmlStreamReader xml(atomEntry(story, site, bodyHtml));
    QString id;
    QString title;
    QString updated;
    QString published;
    QString authorName;
    QString alternate;
    bool hasTitle = false;
    bool hasContent = false;
    bool rootSeen = false;
    QStringList path;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (!rootSeen && (xml.name() != u"entry" || xml.namespaceUri() != atom)) {
                findings.error(
                        Text::tr("The Atom document is not an Atom entry. This is a fault in "
                                 "Copydesk: please report it."));
                return;
            }
            rootSeen = true;
            path.append(xml.name().toString());
            const QString where = path.join(u'/');
            if (where == u"entry/link" && xml.attributes().value(u"rel"_s) == u"alternate")
                alternate = xml.attributes().value(u"href"_s).toString();
            else if (where == u"entry/id")
                id = xml.readElementText();
            else if (where == u"entry/title") {
                hasTitle = true;
                title = xml.readElementText();
            } else if (where == u"entry/updated")
                updated = xml.readElementText();
            else if (where == u"entry/published")
                published = xml.readElementText();
            else if (where == u"entry/author/name")
                authorName = xml.readElementText();
            else if (where == u"entry/content")
                hasContent = true;
            // readElementText() consumed the end element.
            if (xml.isEndElement())
                path.removeLast();
        } else if (xml.isEndElement()) {
            path.removeLast();
        }
    }
    if (xml.hasError()) {
        findings.error(Text::tr("The Atom entry is not well-formed XML (line %1, column %2: %3). "
                                "This is a fault in Copydesk: please report it.")
                               .arg(xml.lineNumber())
                               .arg(xml.columnNumber())
                               .arg(xml.errorString()));
        return;
    }
    if (id.trimmed().isEmpty() || !isAbsoluteUri(id.trimmed()))
        findings.error(Text::tr("The Atom entry has no usable id. Save the story to give it one."));
    if (!hasTitle)
        findings.error(Text::tr("The Atom entry has no title. This is a fault in Copydesk: please "
                                "report it."));
    else if (title.trimmed().isEmpty())
        findings.warning(
                Text::tr("The Atom entry's title is empty, so feed readers list it without "
                         "a name. Write a headline."));
    if (updated.isEmpty())
        findings.error(Text::tr("The Atom entry has no updated date, which RFC 4287 requires: the "
                                "story has no valid time. Save the story."));
    else if (!FeedText::isRfc3339(updated))
        findings.error(Text::tr("The Atom entry's updated date \"%1\" is not an RFC 3339 date.")
                               .arg(updated));
    if (!published.isEmpty() && !FeedText::isRfc3339(published))
        findings.error(Text::tr("The Atom entry's published date \"%1\" is not an RFC 3339 date.")
                               .arg(published));
    if (authorName.trimmed().isEmpty())
        findings.error(
                Text::tr("The Atom entry has no author name, which RFC 4287 requires. Write a "
                         "byline, or give the site a title in the publishing settings."));
    if (!isAbsoluteUri(alternate))
        findings.error(Text::tr("The Atom entry's link is not an absolute address. Set the site's "
                                "address in the publishing settings to a full http(s) address."));
    if (!hasContent || story.body().trimmed().isEmpty())
        findings.warning(
                Text::tr("The Atom entry has no article text: the body is empty. Write the "
                         "body before publishing."));
}

void checkJsonFeed(const Story &story, const Site &site, const QString &bodyHtml,
                   QList<OutputFinding> &all)
{
    Findings findings(all, OutputFormat::JsonFeed);
    checkSiteAddress(site, findings);
    const QJsonObject item = jsonFeedItem(story, site, bodyHtml);

    if (!item.value(u"id"_s).isString() || item.value(u"id"_s).toString().isEmpty())
        findings.error(Text::tr("The JSON Feed item has no id, which JSON Feed 1.1 requires. Save "
                                "the story to give it one."));
    if (!item.value(u"content_html"_s).isString() && !item.value(u"content_text"_s).isString())
        findings.error(
                Text::tr("The JSON Feed item has neither content_html nor content_text, one of "
                         "which JSON Feed 1.1 requires. This is a fault in Copydesk: please "
                         "report it."));
    else if (story.body().trimmed().isEmpty())
        findings.warning(Text::tr("The JSON Feed item's content is empty. Write the body before "
                                  "publishing."));
    if (!item.contains(u"title"_s))
        findings.warning(
                Text::tr("The JSON Feed item has no title, so feed readers list it without a "
                         "name. Write a headline."));
    for (const QString &key : {u"url"_s, u"image"_s}) {
        if (item.contains(key) && !isAbsoluteUri(item.value(key).toString()))
            findings.error(Text::tr("The JSON Feed item's %1 is not an absolute address. Set the "
                                    "site's address in the publishing settings to a full http(s) "
                                    "address.")
                                   .arg(key));
    }
    for (const QString &key : {u"date_published"_s, u"date_modified"_s}) {
        if (item.contains(key) && !FeedText::isRfc3339(item.value(key).toString()))
            findings.error(Text::tr("The JSON Feed item's %1 \"%2\" is not an RFC 3339 date.")
                                   .arg(key, item.value(key).toString()));
    }
    for (const QJsonValue &author : item.value(u"authors"_s).toArray()) {
        if (author.toObject().value(u"name"_s).toString().isEmpty())
            findings.error(Text::tr("A JSON Feed author has no name. This is a fault in Copydesk: "
                                    "please report it."));
    }
}

} // namespace

std::optional<QString> siteAddressProblem(const QUrl &address)
{
    if (address.isLocalFile())
        return Text::
                tr("Links point at a folder on this computer (%1), which readers cannot open. Set "
                   "the site's web address in the publishing settings or the destination.")
                        .arg(address.toString());
    if (isPlaceholderHost(address.host()))
        return Text::tr("The site address %1 is a placeholder. Set the address readers use in the "
                        "publishing settings or the destination.")
                .arg(address.toString());
    return std::nullopt;
}

QList<OutputFinding> checkOutputs(const Story &story, const Site &site)
{
    // One rendering of the body serves all three outputs: a long body is
    // the expensive part.
    const QString bodyHtml = renderStoryBody(story, site.timeZone);
    QList<OutputFinding> findings;
    checkNinjs(story, site, bodyHtml, findings);
    checkAtom(story, site, bodyHtml, findings);
    checkJsonFeed(story, site, bodyHtml, findings);
    return findings;
}

} // namespace Copydesk
