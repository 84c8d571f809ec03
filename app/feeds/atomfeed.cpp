// SPDX-License-Identifier: MIT
#include "feeds/atomfeed.h"

#include "feeds/feedtext.h"
#include "render/storypagerenderer.h"
#include "story/mediatopics.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

QString atomNamespace()
{
    return u"http://www.w3.org/2005/Atom"_s;
}

void writeText(QXmlStreamWriter &xml, const QString &name, const QString &text)
{
    xml.writeTextElement(name, FeedText::xmlSafe(text));
}

void writeLink(QXmlStreamWriter &xml, const QString &rel, const QString &type, const QUrl &href)
{
    xml.writeEmptyElement(u"link"_s);
    xml.writeAttribute(u"rel"_s, rel);
    xml.writeAttribute(u"type"_s, type);
    xml.writeAttribute(u"href"_s, FeedText::urlText(href));
}

void writeAuthor(QXmlStreamWriter &xml, const QString &name)
{
    xml.writeStartElement(u"author"_s);
    writeText(xml, u"name"_s, name);
    xml.writeEndElement();
}

void writeLanguage(QXmlStreamWriter &xml, const QString &language)
{
    if (!language.isEmpty())
        xml.writeAttribute(u"xml:lang"_s, FeedText::xmlSafe(language));
}

/// An entry in another language than the feed's says so.
void writeEntryLanguage(QXmlStreamWriter &xml, const Story &story, const Site &site)
{
    const QString own = story.languageOr(site.language);
    if (own != site.language.trimmed())
        writeLanguage(xml, own);
}

/// The children of an atom:entry, the same in a feed and in an Entry Document.
void writeEntryContent(QXmlStreamWriter &xml, const Story &story, const Site &site,
                       const QString &bodyHtml)
{
    writeText(xml, u"id"_s, storyUrn(story));
    xml.writeStartElement(u"title"_s);
    xml.writeAttribute(u"type"_s, u"text"_s);
    xml.writeCharacters(FeedText::xmlSafe(FeedText::headline(story)));
    xml.writeEndElement();
    writeLink(xml, u"alternate"_s, u"text/html"_s, site.storyUrl(story));
    if (const std::optional<Photo> photo = FeedText::leadPhoto(story)) {
        if (const std::optional<Rendition> picture = FeedText::largestRendition(site, *photo))
            writeLink(xml, u"enclosure"_s, picture->contentType, site.url(picture->path));
    }

    const QString published = FeedText::rfc3339(story.firstPublishedAt());
    if (!published.isEmpty())
        writeText(xml, u"published"_s, published);
    // Required by RFC 4287; a story without any valid time has none to give,
    // and checkOutputs() says so rather than the feed inventing one.
    const QString updated = FeedText::rfc3339(FeedText::entryUpdated(story));
    if (!updated.isEmpty())
        writeText(xml, u"updated"_s, updated);

    // RFC 4287 wants an author on every entry of a feed that has none of
    // its own; an unsigned story is the site's.
    const QString author = FeedText::authorName(story);
    writeAuthor(xml, author.isEmpty() ? site.title : author);

    // The section and tags under the site's own schemes, Media Topics under IPTC's.
    const auto category = [&xml](const QString &term, const QString &scheme, const QString &label) {
        xml.writeStartElement(u"category"_s);
        xml.writeAttribute(u"term"_s, FeedText::xmlSafe(term));
        xml.writeAttribute(u"scheme"_s, scheme);
        if (!label.isEmpty())
            xml.writeAttribute(u"label"_s, FeedText::xmlSafe(label));
        xml.writeEndElement();
    };
    const QString section = FeedText::section(story);
    if (!section.isEmpty())
        category(section, site.sectionScheme(), QString());
    for (const QString &tag : FeedText::tags(story))
        category(tag, site.tagScheme(), QString());
    for (const QString &code : FeedText::subjects(story)) {
        category(code, u"http://cv.iptc.org/newscodes/mediatopic/"_s,
                 MediaTopics::englishName(code));
    }

    const QString summary = FeedText::summary(story);
    if (!summary.isEmpty()) {
        xml.writeStartElement(u"summary"_s);
        xml.writeAttribute(u"type"_s, u"text"_s);
        xml.writeCharacters(FeedText::xmlSafe(summary));
        xml.writeEndElement();
    }

    xml.writeStartElement(u"content"_s);
    xml.writeAttribute(u"type"_s, u"html"_s);
    xml.writeCharacters(FeedText::xmlSafe(bodyHtml));
    xml.writeEndElement();
}

} // namespace

QString sectionTitle(const Site &site, const QString &section)
{
    return site.title + u" — "_s + section.simplified();
}

QByteArray atomFeed(const QList<Story> &stories, const Site &site)
{
    return atomFeed(stories, site, QString());
}

QByteArray atomFeed(const QList<Story> &stories, const Site &site, const QString &section)
{
    const bool ofSection = !section.simplified().isEmpty();
    const QUrl self = site.url(ofSection ? Site::sectionFeedPath(section)
                                         : QString::fromLatin1(Site::atomFeedPath));
    const QUrl page = ofSection ? site.url(Site::sectionPath(section)) : site.baseUrl;
    const QString title = ofSection ? sectionTitle(site, section) : site.title;

    QDateTime newest;
    for (const Story &story : stories) {
        const QDateTime updated = FeedText::entryUpdated(story);
        if (updated.isValid() && (!newest.isValid() || updated > newest))
            newest = updated;
    }
    const QString updated =
            newest.isValid() ? FeedText::rfc3339(newest) : u"1970-01-01T00:00:00Z"_s;

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(u"feed"_s);
    xml.writeDefaultNamespace(atomNamespace());
    writeLanguage(xml, site.language.trimmed());
    writeText(xml, u"id"_s, FeedText::urlText(self));
    xml.writeStartElement(u"title"_s);
    xml.writeAttribute(u"type"_s, u"text"_s);
    xml.writeCharacters(FeedText::xmlSafe(title));
    xml.writeEndElement();
    writeText(xml, u"updated"_s, updated);
    writeLink(xml, u"self"_s, u"application/atom+xml"_s, self);
    writeLink(xml, u"alternate"_s, u"text/html"_s, page);
    // A feed with no entries still needs an author (RFC 4287 §4.1.1).
    writeAuthor(xml, site.title);
    writeText(xml, u"generator"_s, u"Copydesk"_s);

    for (const Story &story : stories) {
        xml.writeStartElement(u"entry"_s);
        writeEntryLanguage(xml, story, site);
        writeEntryContent(xml, story, site, renderStoryBody(story, site.timeZone));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray atomEntry(const Story &story, const Site &site)
{
    return atomEntry(story, site, renderStoryBody(story, site.timeZone));
}

QByteArray atomEntry(const Story &story, const Site &site, const QString &bodyHtml)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(u"entry"_s);
    xml.writeDefaultNamespace(atomNamespace());
    writeLanguage(xml, story.languageOr(site.language));
    writeEntryContent(xml, story, site, bodyHtml);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace Copydesk
