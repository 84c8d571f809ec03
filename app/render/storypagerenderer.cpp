// SPDX-License-Identifier: MIT
#include "render/storypagerenderer.h"

#include "core/logging.h"
#include "render/htmlescape.h"
#include "render/markdownrenderer.h"
#include "render/relativetime.h"

#include <QFile>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

struct Placeholder
{
    QStringView name;
    QString value;
};

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcRender) << "Cannot read" << path << file.errorString();
        return {};
    }
    QString text = QString::fromUtf8(file.readAll());
    // The licence line is the template's, not the story's: published pages
    // must not claim the story is under it.
    const qsizetype firstLineEnd = text.indexOf(u'\n');
    if (firstLineEnd >= 0 && text.first(firstLineEnd).contains(u"SPDX-License-Identifier"))
        text.remove(0, firstLineEnd + 1);
    return text;
}

QString loadPageTemplate();

/// The page's style sheet, read once: a function-local static is made once, safely across threads.
const QString &pageStyle()
{
    static const QString style = readResource(u":/copydesk/page/story-page.css"_s);
    return style;
}

const QString &pageTemplate()
{
    static const QString page = loadPageTemplate();
    return page;
}

QString loadPageTemplate()
{
    QString page = readResource(u":/copydesk/page/story-page.html"_s);
    if (page.isEmpty()) {
        // Without the resource (an executable that forgot to link it) the
        // words must still show, if plainly.
        page = u"<!DOCTYPE html>\n<html{{language}}>\n<head>\n<meta charset=\"utf-8\">\n"
               "<title>{{title}}</title>\n{{head}}\n</head>\n<body>\n{{site}}\n"
               "<h1>{{headline}}</h1>\n{{byline}}\n{{filed}}\n"
               "{{photo}}\n{{meta}}\n{{notices}}\n{{highlights}}\n{{body}}\n{{updates}}\n"
               "</body>\n</html>\n"_s;
    }
    return page;
}

/**
 * One pass over the template: text that came from a placeholder is never
 * looked at again, so a headline that reads "{{body}}" stays just that. A
 * placeholder alone on its line takes the line with it when empty.
 */
QString fillTemplate(QStringView page, const QList<Placeholder> &placeholders)
{
    qsizetype size = page.size();
    for (const Placeholder &placeholder : placeholders)
        size += placeholder.value.size();
    QString out;
    out.reserve(size);

    qsizetype from = 0;
    while (from < page.size()) {
        const qsizetype open = page.indexOf(u"{{", from);
        const qsizetype close = open < 0 ? -1 : page.indexOf(u"}}", open + 2);
        if (close < 0) {
            out += page.sliced(from);
            break;
        }
        out += page.sliced(from, open - from);
        const QStringView name = page.sliced(open + 2, close - open - 2);
        from = close + 2;
        const auto found = std::find_if(placeholders.cbegin(), placeholders.cend(),
                                        [name](const Placeholder &p) { return p.name == name; });
        if (found == placeholders.cend()) {
            qCWarning(lcRender) << "Story page template has an unknown placeholder" << name;
            out += page.sliced(open, from - open);
            continue;
        }
        out += found->value;
        const bool aloneOnLine = (open == 0 || page.at(open - 1) == u'\n') && from < page.size() &&
                page.at(from) == u'\n';
        if (found->value.isEmpty() && aloneOnLine)
            ++from;
    }
    return out;
}

QString bylineHtml(const Story &story)
{
    const QString byline = story.byline().trimmed();
    if (byline.isEmpty())
        return {};
    return u"<p class=\"byline\">"_s + escapeHtml(byline) + u"</p>"_s;
}

/// The section (a link on the site) and the tags, under the byline.
QString filedHtml(const Story &story, const PageOptions &options)
{
    const QString section = story.section().trimmed();
    const QStringList tags = story.tags();
    QStringList parts;
    if (!section.isEmpty()) {
        const QString name = escapeHtml(section);
        const QString url = options.site ? options.site->sectionUrl : QString();
        if (url.isEmpty())
            parts.append(u"<span class=\"section\">"_s + name + u"</span>"_s);
        else
            parts.append(u"<a class=\"section\" href=\""_s + escapeHtml(url) + u"\">"_s + name +
                         u"</a>"_s);
    }
    if (!tags.isEmpty()) {
        // Spans, not a list: the preview's rich text cannot lay a list out in a line.
        QStringList items;
        for (const QString &tag : tags)
            items.append(u"<span class=\"tag\">"_s + escapeHtml(tag) + u"</span>"_s);
        parts.append(items.join(u", "_s));
    }
    if (parts.isEmpty())
        return {};
    return u"<p class=\"filed\">"_s + parts.join(u" · "_s) + u"</p>"_s;
}

/// The caption and its (Credit), marked up; empty when the photo has neither.
QString captionText(const Photo &photo)
{
    const QString caption = photo.caption.trimmed();
    QString credit = photo.credit.trimmed();
    if (!credit.isEmpty() && !(credit.startsWith(u'(') && credit.endsWith(u')')))
        credit = u'(' + credit + u')';
    QString html = escapeHtml(caption);
    if (!credit.isEmpty()) {
        if (!caption.isEmpty())
            html += u' ';
        html += u"<span class=\"credit\">"_s + escapeHtml(credit) + u"</span>"_s;
    }
    return html;
}

QString captionHtml(const Photo &photo)
{
    const QString text = captionText(photo);
    if (text.isEmpty())
        return {};
    return u"<p class=\"caption\">"_s + text + u"</p>\n"_s;
}

QString photoHtml(const Story &story, const PageOptions &options)
{
    const std::optional<Photo> photo = story.leadPhoto();
    if (!photo)
        return {};
    if (!options.photoUrl)
        return {};
    const QString url = options.photoUrl(*photo);
    if (url.isEmpty())
        return {};

    QString size;
    if (photo->width > 0) {
        const int width = std::min(photo->width, options.photoWidth);
        size = u" width=\""_s + QString::number(width) + u'"';
        // Both dimensions let a browser keep the space before the file
        // arrives; the height follows the width Qt is told to use.
        if (photo->height > 0) {
            const qint64 height = (qint64(photo->height) * width + photo->width / 2) / photo->width;
            size += u" height=\""_s + QString::number(height) + u'"';
        }
    } else if (options.photoWidth > 0) {
        size = u" width=\""_s + QString::number(options.photoWidth) + u'"';
    }

    // Browsers pick the smallest rendition that fills the column at the
    // screen's density; Qt's rich text reads src and ignores the rest.
    QString sources;
    if (options.photoSrcset) {
        const QString srcset = options.photoSrcset(*photo);
        if (!srcset.isEmpty())
            sources = u" srcset=\""_s + escapeHtml(srcset) + u"\" sizes=\"(max-width: "_s +
                    QString::number(options.photoWidth) + u"px) 100vw, "_s +
                    QString::number(options.photoWidth) + u"px\""_s;
    }
    return u"<div class=\"photo\">\n<img class=\"lead-photo\" src=\""_s + escapeHtml(url) + u'"' +
            sources + u" alt=\""_s + escapeHtml(photo->altText.trimmed()) + u'"' + size + u">\n"_s +
            captionHtml(*photo) + u"</div>"_s;
}

QString metaTag(const QString &attribute, const QString &name, const QString &content)
{
    if (content.trimmed().isEmpty())
        return {};
    return u"<meta %1=\"%2\" content=\"%3\">\n"_s.arg(attribute, name,
                                                      escapeHtml(content.trimmed()));
}

QString linkTag(const QString &rel, const QString &href, const QString &type = {},
                const QString &title = {})
{
    if (href.isEmpty())
        return {};
    QString tag = u"<link rel=\""_s + rel + u'"';
    if (!type.isEmpty())
        tag += u" type=\""_s + type + u'"';
    if (!title.isEmpty())
        tag += u" title=\""_s + escapeHtml(title) + u'"';
    return tag + u" href=\""_s + escapeHtml(href) + u"\">\n"_s;
}

/// What the page says about itself in its head: a description always; for
/// a published page its canonical address, Open Graph and Twitter cards,
/// and where its feeds are.
QString headHtml(const Story &story, const PageOptions &options)
{
    const bool withdrawn = story.status() == StoryStatus::Withdrawn;
    const QString description = withdrawn ? QString() : story.highlights().value(0).trimmed();
    QString head = metaTag(u"name"_s, u"description"_s, description);
    if (!options.site)
        return head.trimmed();
    const PageSite &site = *options.site;
    const QString title = story.headline().trimmed();
    head += linkTag(u"canonical"_s, site.pageUrl);
    head += linkTag(u"alternate"_s, site.atomFeedUrl, u"application/atom+xml"_s, site.name);
    head += linkTag(u"alternate"_s, site.jsonFeedUrl, u"application/feed+json"_s, site.name);
    if (withdrawn)
        return QString(head + metaTag(u"name"_s, u"robots"_s, u"noindex"_s)).trimmed();
    const std::optional<Photo> photo = story.leadPhoto();
    const bool image = photo && !site.imageUrl.isEmpty();
    head += metaTag(u"property"_s, u"og:type"_s, u"article"_s);
    head += metaTag(u"property"_s, u"og:title"_s, title);
    head += metaTag(u"property"_s, u"og:description"_s, description);
    head += metaTag(u"property"_s, u"og:url"_s, site.pageUrl);
    head += metaTag(u"property"_s, u"og:site_name"_s, site.name);
    if (story.firstPublishedAt().isValid())
        head += metaTag(u"property"_s, u"article:published_time"_s,
                        story.firstPublishedAt().toUTC().toString(Qt::ISODate));
    if (story.updatedAt().isValid())
        head += metaTag(u"property"_s, u"article:modified_time"_s,
                        story.updatedAt().toUTC().toString(Qt::ISODate));
    if (image) {
        head += metaTag(u"property"_s, u"og:image"_s, site.imageUrl);
        head += metaTag(u"property"_s, u"og:image:alt"_s, photo->altText);
    }
    head += metaTag(u"name"_s, u"twitter:card"_s, image ? u"summary_large_image"_s : u"summary"_s);
    head += metaTag(u"name"_s, u"twitter:title"_s, title);
    head += metaTag(u"name"_s, u"twitter:description"_s, description);
    if (image) {
        head += metaTag(u"name"_s, u"twitter:image"_s, site.imageUrl);
        head += metaTag(u"name"_s, u"twitter:image:alt"_s, photo->altText);
    }
    return head.trimmed();
}

/// The site's name above the headline, linking to its front page; none in the preview.
QString siteHtml(const PageOptions &options)
{
    if (!options.site || options.site->name.trimmed().isEmpty())
        return {};
    const QString name = escapeHtml(options.site->name.trimmed());
    if (options.site->homeUrl.isEmpty())
        return u"<p class=\"site-name\">"_s + name + u"</p>"_s;
    return u"<p class=\"site-name\"><a href=\""_s + escapeHtml(options.site->homeUrl) + u"\">"_s +
            name + u"</a></p>"_s;
}

QString metaHtml(const Story &story, const PageOptions &options)
{
    QString shortUrl;
    const QString url = Copydesk::shortUrl(options.shortUrlBase.trimmed(), story.id());
    if (!url.isEmpty()) {
        const QString text = escapeHtml(url);
        if (const std::optional<QString> href = safeUrlAttribute(url, UrlPolicy::Web))
            shortUrl = u"<a class=\"short-url\" href=\""_s + *href + u"\">"_s + text + u"</a>"_s;
        else
            shortUrl = u"<span class=\"short-url\">"_s + text + u"</span>"_s;
    }

    QString updated;
    const QString stamp =
            updatedStamp(story.updatedAt(), options.now, options.timeZone, options.locale);
    if (!stamp.isEmpty()) {
        updated = u"<span class=\"updated\">Updated <time datetime=\""_s +
                story.updatedAt().toUTC().toString(Qt::ISODate) + u"\">"_s + escapeHtml(stamp) +
                u"</time></span>"_s;
    }

    if (shortUrl.isEmpty() && updated.isEmpty())
        return {};
    QString html = u"<p class=\"meta\">"_s + shortUrl;
    if (!shortUrl.isEmpty() && !updated.isEmpty())
        html += u"<span class=\"separator\"> · </span>"_s;
    return html + updated + u"</p>"_s;
}

QString highlightsHtml(const Story &story)
{
    QString items;
    for (const QString &highlight : story.highlights()) {
        const QString text = highlight.trimmed();
        if (!text.isEmpty())
            items += u"<li>"_s + escapeHtml(text) + u"</li>\n"_s;
    }
    if (items.isEmpty())
        return {};
    return u"<ul class=\"highlights\">\n"_s + items + u"</ul>"_s;
}

/// Corrections, dated, above the story: readers see what was wrong before they read on.
QString noticesHtml(const Story &story, const PageOptions &options)
{
    QString html;
    const QList<UpdateNote> notes = story.updateNotes();
    for (auto note = notes.crbegin(); note != notes.crend(); ++note) {
        if (note->kind != UpdateKind::Correction || note->text.trimmed().isEmpty())
            continue;
        if (!html.isEmpty())
            html += u'\n';
        html += u"<p class=\"notice correction\"><strong>Correction</strong> <time datetime=\""_s +
                note->at.toUTC().toString(Qt::ISODate) + u"\">"_s +
                escapeHtml(noticeStamp(note->at, options.timeZone, options.locale)) +
                u"</time>: "_s + escapeHtml(note->text.trimmed()) + u"</p>"_s;
    }
    return html;
}

/// Every update and correction with its date, newest first, under the story.
QString updatesHtml(const Story &story, const PageOptions &options)
{
    QString items;
    const QList<UpdateNote> notes = story.updateNotes();
    for (auto note = notes.crbegin(); note != notes.crend(); ++note) {
        if (note->text.trimmed().isEmpty())
            continue;
        const bool correction = note->kind == UpdateKind::Correction;
        items += u"<li class=\""_s + (correction ? u"correction"_s : u"update"_s) +
                u"\"><time datetime=\""_s + note->at.toUTC().toString(Qt::ISODate) + u"\">"_s +
                escapeHtml(noticeStamp(note->at, options.timeZone, options.locale)) +
                u"</time> "_s + (correction ? u"Correction"_s : u"Update"_s) + u": "_s +
                escapeHtml(note->text.trimmed()) + u"</li>\n"_s;
    }
    if (items.isEmpty())
        return {};
    return u"<div class=\"updates\">\n<p class=\"updates-title\">Updates to this story</p>\n"
           u"<ul>\n"_s +
            items + u"</ul>\n</div>"_s;
}

/// What readers find where a withdrawn story was: the headline, when and why.
QString withdrawalHtml(const Story &story, const QTimeZone &zone, const QLocale &locale)
{
    QString html =
            u"<p class=\"notice withdrawal\"><strong>This story has been withdrawn</strong>"_s;
    if (story.withdrawnAt().isValid()) {
        html += u" <time datetime=\""_s + story.withdrawnAt().toUTC().toString(Qt::ISODate) +
                u"\">"_s + escapeHtml(noticeStamp(story.withdrawnAt(), zone, locale)) +
                u"</time>"_s;
    }
    html += u".</p>"_s;
    const QString reason = story.withdrawalReason().trimmed();
    if (!reason.isEmpty())
        html += u"\n<p class=\"withdrawal-reason\">"_s + escapeHtml(reason) + u"</p>"_s;
    return html;
}

} // namespace

QString renderStoryBody(const Story &story, const QTimeZone &zone)
{
    if (story.status() == StoryStatus::Withdrawn)
        return withdrawalHtml(story, zone, QLocale(QLocale::English)) + u'\n';
    MarkdownOptions markdown;
    markdown.headingLevelShift = 1; // the headline is the page's only <h1>
    QString html = renderMarkdown(story.body(), markdown);

    QString dateline = story.dateline().trimmed();
    if (dateline.endsWith(u':'))
        dateline.chop(1);
    if (dateline.isEmpty())
        return html;
    const QString strong =
            u"<strong class=\"dateline\">"_s + escapeHtml(dateline) + u":</strong>"_s;
    static constexpr QStringView paragraph = u"<p>";
    if (html.startsWith(paragraph)) {
        html.insert(paragraph.size(), strong + u' ');
        return html;
    }
    return u"<p>"_s + strong + u"</p>\n"_s + html;
}

const QString &storyPageStyle()
{
    return pageStyle();
}

QString htmlLanguageAttributes(const QString &language)
{
    const QString tag = language.trimmed().isEmpty() ? u"en"_s : language.trimmed();
    return u" lang=\""_s + escapeHtml(tag) + u"\" dir=\""_s +
            (isRightToLeftLanguage(tag) ? u"rtl"_s : u"ltr"_s) + u"\""_s;
}

QString renderStoryPage(const Story &story, const PageOptions &options)
{
    return renderStoryPage(story, options,
                           story.status() == StoryStatus::Withdrawn ? QString()
                                                                    : renderStoryBody(story));
}

QString renderStoryPage(const Story &story, const PageOptions &options, const QString &bodyHtml)
{
    const QString headline = escapeHtml(story.headline().trimmed());
    if (story.status() == StoryStatus::Withdrawn) {
        // Old links keep working and say what happened; nothing of the story is left.
        const QList<Placeholder> placeholders = {
                {u"language", htmlLanguageAttributes(story.languageOr(options.language))},
                {u"title", headline.isEmpty() ? u"Withdrawn story"_s : headline},
                {u"head", headHtml(story, options)},
                {u"site", siteHtml(options)},
                {u"style", pageStyle()},
                {u"headline", headline},
                {u"byline", QString()},
                {u"filed", QString()},
                {u"photo", QString()},
                {u"meta", QString()},
                {u"notices", withdrawalHtml(story, options.timeZone, options.locale)},
                {u"highlights", QString()},
                {u"body", QString()},
                {u"updates", QString()},
        };
        return fillTemplate(pageTemplate(), placeholders);
    }
    const QList<Placeholder> placeholders = {
            {u"language", htmlLanguageAttributes(story.languageOr(options.language))},
            {u"title", headline.isEmpty() ? u"Untitled story"_s : headline},
            {u"head", headHtml(story, options)},
            {u"site", siteHtml(options)},
            {u"style", pageStyle()},
            {u"headline", headline},
            {u"byline", bylineHtml(story)},
            {u"filed", filedHtml(story, options)},
            {u"photo", photoHtml(story, options)},
            {u"meta", metaHtml(story, options)},
            {u"notices", noticesHtml(story, options)},
            {u"highlights", highlightsHtml(story)},
            {u"body", u"<div class=\"body\">\n"_s + bodyHtml + u"</div>"_s},
            {u"updates", updatesHtml(story, options)},
    };
    return fillTemplate(pageTemplate(), placeholders);
}

QString renderStoryArticle(const Story &story, const ArticleOptions &options)
{
    PageOptions page;
    page.timeZone = options.timeZone;
    page.locale = options.locale;
    if (story.status() == StoryStatus::Withdrawn)
        return withdrawalHtml(story, options.timeZone, options.locale) + u'\n';
    QStringList parts;
    if (const QString notices = noticesHtml(story, page); !notices.isEmpty())
        parts.append(notices);
    if (options.byline) {
        if (const QString byline = bylineHtml(story); !byline.isEmpty())
            parts.append(byline);
    }
    parts.append(renderStoryBody(story, options.timeZone).trimmed());
    const QList<Photo> photos = story.picturedPhotos();
    for (qsizetype i = 1; i < photos.size() && options.photoUrl; ++i) {
        const Photo &photo = photos.at(i);
        const QString url = options.photoUrl(photo);
        if (url.isEmpty())
            continue;
        QString size;
        if (photo.width > 0 && photo.height > 0)
            size = u" width=\""_s + QString::number(photo.width) + u"\" height=\""_s +
                    QString::number(photo.height) + u'"';
        QString caption = captionText(photo);
        if (!caption.isEmpty())
            caption = u"\n<figcaption>"_s + caption + u"</figcaption>"_s;
        parts.append(u"<figure class=\"photo\">\n<img src=\""_s + escapeHtml(url) + u"\" alt=\""_s +
                     escapeHtml(photo.altText.trimmed()) + u'"' + size + u">"_s + caption +
                     u"\n</figure>"_s);
    }
    if (const QString updates = updatesHtml(story, page); !updates.isEmpty())
        parts.append(updates);
    return parts.join(u'\n') + u'\n';
}

} // namespace Copydesk
