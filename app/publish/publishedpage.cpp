// SPDX-License-Identifier: MIT
#include "publish/publishedpage.h"

#include "feeds/atomfeed.h"
#include "feeds/feedtext.h"
#include "render/htmlescape.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Copydesk {

QString publishedPhotoPath(const Site &site, const Photo &photo)
{
    const QList<Rendition> files = site.renditions(photo);
    if (files.isEmpty())
        return {};
    // The narrowest resized copy that still fills the page's photo column,
    // so readers do not download the original; renditions come largest
    // first after it. Without one that wide, the original.
    const int column = PageOptions().photoWidth;
    const Rendition *best = &files.first();
    for (qsizetype i = 1; i < files.size(); ++i) {
        if (files.at(i).width >= column)
            best = &files.at(i);
    }
    return best->path;
}

PageOptions publishedPageOptions(const Site &site)
{
    PageOptions options;
    options.timeZone = site.timeZone;
    options.language = site.language;
    options.shortUrlBase = site.shortUrlPrefix();
    options.photoUrl = [site](const Photo &photo) -> QString {
        return publishedPhotoPath(site, photo);
    };
    return options;
}

PageOptions publishedPageOptions(const Site &site, const Story &story)
{
    PageOptions options = publishedPageOptions(site);
    options.photoSrcset = [site](const Photo &photo) -> QString {
        QStringList sources;
        const QList<Rendition> files = site.renditions(photo);
        // Narrowest first, as browsers read them best.
        for (auto it = files.crbegin(); it != files.crend(); ++it) {
            if (it->width > 0)
                sources.append(it->path + u' ' + QString::number(it->width) + u'w');
        }
        return sources.size() > 1 ? sources.join(u", "_s) : QString();
    };
    PageSite page;
    page.name = site.title;
    page.pageUrl = FeedText::urlText(site.storyUrl(story));
    page.homeUrl = QString::fromLatin1(Site::frontPagePath);
    page.atomFeedUrl = FeedText::urlText(site.url(QString::fromLatin1(Site::atomFeedPath)));
    page.jsonFeedUrl = FeedText::urlText(site.url(QString::fromLatin1(Site::jsonFeedPath)));
    // The section's page, which every delivery of a story filed there writes.
    const QString section = FeedText::section(story);
    if (!section.isEmpty())
        page.sectionUrl = FeedText::urlText(site.url(Site::sectionPath(section)));
    if (const std::optional<Photo> photo = story.leadPhoto()) {
        const QList<Rendition> files = site.renditions(*photo);
        // Social cards want a large picture: the widest rendition, else the original.
        const Rendition *largest = nullptr;
        for (const Rendition &file : files) {
            if (file.name != u"original" && (!largest || file.width > largest->width))
                largest = &file;
        }
        if (!largest && !files.isEmpty())
            largest = &files.constFirst();
        if (largest)
            page.imageUrl = FeedText::urlText(site.url(largest->path));
    }
    options.site = page;
    return options;
}

QByteArray shortUrlPage(const Story &story, const Site &site)
{
    const QString headline = escapeHtml(story.headline());
    const QString url = escapeHtml(FeedText::urlText(site.storyUrl(story)));
    const QString page = u"<!DOCTYPE html>\n<html"_s +
            htmlLanguageAttributes(story.languageOr(site.language)) +
            u">\n<head>\n<meta charset=\"utf-8\">\n<title>"_s + headline +
            u"</title>\n<link rel=\"canonical\" href=\""_s + url +
            u"\">\n<meta name=\"robots\" content=\"noindex\">\n"
            u"<meta http-equiv=\"refresh\" content=\"0; url="_s +
            url + u"\">\n</head>\n<body>\n<p><a href=\""_s + url + u"\">"_s + headline +
            u"</a></p>\n</body>\n</html>\n"_s;
    return page.toUtf8();
}

namespace {

/// A feed a listing page names in its head.
struct PageFeed
{
    QString type;
    QString url;
};

/**
 * A page listing stories newest first, each with its first highlight and
 * when it was first published: the front page and each section's. toRoot
 * leads from the page's folder back to the site's (story links are
 * relative, so the site works wherever it is served); above, when given,
 * is the line above the heading.
 */
QByteArray listingPage(const QList<Story> &stories, const Site &site, const QString &pageTitle,
                       const QString &heading, const QUrl &canonical, const QList<PageFeed> &feeds,
                       const QString &toRoot, const QString &above)
{
    const QString title = escapeHtml(pageTitle);
    const QLocale locale(QLocale::English);
    QString items;
    for (const Story &story : stories) {
        items += u"<li><a class=\"story-link\" href=\""_s +
                escapeHtml(QString(toRoot + FeedText::urlText(QUrl(Site::storyPagePath(story))))) +
                u"\">"_s + escapeHtml(story.headline().trimmed()) + u"</a>"_s;
        const QString highlight = story.highlights().value(0).trimmed();
        if (!highlight.isEmpty())
            items += u"\n<p>"_s + escapeHtml(highlight) + u"</p>"_s;
        const QDateTime when = story.firstPublishedAt().toTimeZone(site.timeZone);
        if (when.isValid())
            items += u"\n<p class=\"meta\">"_s +
                    escapeHtml(locale.toString(when, u"d MMMM yyyy, HH:mm"_s)) + u"</p>"_s;
        items += u"</li>\n"_s;
    }
    QString links;
    for (const PageFeed &feed : feeds)
        links += u"<link rel=\"alternate\" type=\""_s + feed.type + u"\" title=\""_s + title +
                u"\" href=\""_s + escapeHtml(feed.url) + u"\">\n"_s;
    const QString page = u"<!DOCTYPE html>\n<html"_s + htmlLanguageAttributes(site.language) +
            u">\n<head>\n<meta charset=\"utf-8\">\n"
            u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_s +
            title + u"</title>\n<link rel=\"canonical\" href=\""_s +
            escapeHtml(FeedText::urlText(canonical)) + u"\">\n"_s + links +
            u"<meta property=\"og:type\" content=\"website\">\n"
            u"<meta property=\"og:site_name\" content=\""_s +
            escapeHtml(site.title) + u"\">\n<style>\n"_s + storyPageStyle() +
            u"</style>\n</head>\n<body>\n<div class=\"story\">\n"_s + above +
            u"<h1 class=\"headline\">"_s + escapeHtml(heading) +
            u"</h1>\n<ul class=\"front\">\n"_s + items + u"</ul>\n</div>\n</body>\n</html>\n"_s;
    return page.toUtf8();
}

} // namespace

QByteArray frontPage(const QList<Story> &stories, const Site &site)
{
    const QList<PageFeed> feeds{
            {u"application/atom+xml"_s,
             FeedText::urlText(site.url(QString::fromLatin1(Site::atomFeedPath)))},
            {u"application/feed+json"_s,
             FeedText::urlText(site.url(QString::fromLatin1(Site::jsonFeedPath)))},
    };
    return listingPage(stories, site, site.title, site.title,
                       site.url(QString::fromLatin1(Site::frontPagePath)), feeds, QString(),
                       QString());
}

QByteArray sectionPage(const QList<Story> &stories, const Site &site, const QString &section)
{
    // The page lives two folders down, in section/<slug>/.
    const QString toRoot = u"../../"_s;
    const QString home = u"<p class=\"site-name\"><a href=\""_s +
            escapeHtml(QString(toRoot + QString::fromLatin1(Site::frontPagePath))) + u"\">"_s +
            escapeHtml(site.title) + u"</a></p>\n"_s;
    const QList<PageFeed> feeds{
            {u"application/atom+xml"_s,
             FeedText::urlText(site.url(Site::sectionFeedPath(section)))},
    };
    return listingPage(stories, site, sectionTitle(site, section), section.simplified(),
                       site.url(Site::sectionPath(section)), feeds, toRoot, home);
}

} // namespace Copydesk
