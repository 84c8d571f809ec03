// SPDX-License-Identifier: MIT
#include "publish/publishedpage.h"

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

QByteArray frontPage(const QList<Story> &stories, const Site &site)
{
    const QString title = escapeHtml(site.title);
    const QLocale locale(QLocale::English);
    QString items;
    for (const Story &story : stories) {
        items += u"<li><a class=\"story-link\" href=\""_s +
                escapeHtml(FeedText::urlText(QUrl(Site::storyPagePath(story)))) + u"\">"_s +
                escapeHtml(story.headline().trimmed()) + u"</a>"_s;
        const QString highlight = story.highlights().value(0).trimmed();
        if (!highlight.isEmpty())
            items += u"\n<p>"_s + escapeHtml(highlight) + u"</p>"_s;
        const QDateTime when = story.firstPublishedAt().toTimeZone(site.timeZone);
        if (when.isValid())
            items += u"\n<p class=\"meta\">"_s +
                    escapeHtml(locale.toString(when, u"d MMMM yyyy, HH:mm"_s)) + u"</p>"_s;
        items += u"</li>\n"_s;
    }
    const QString atom =
            escapeHtml(FeedText::urlText(site.url(QString::fromLatin1(Site::atomFeedPath))));
    const QString json =
            escapeHtml(FeedText::urlText(site.url(QString::fromLatin1(Site::jsonFeedPath))));
    const QString page = u"<!DOCTYPE html>\n<html"_s + htmlLanguageAttributes(site.language) +
            u">\n<head>\n<meta charset=\"utf-8\">\n"
            u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_s +
            title + u"</title>\n<link rel=\"canonical\" href=\""_s +
            escapeHtml(FeedText::urlText(site.url(QString::fromLatin1(Site::frontPagePath)))) +
            u"\">\n<link rel=\"alternate\" type=\"application/atom+xml\" title=\""_s + title +
            u"\" href=\""_s + atom +
            u"\">\n<link rel=\"alternate\" type=\"application/feed+json\" "
            u"title=\""_s +
            title + u"\" href=\""_s + json +
            u"\">\n<meta property=\"og:type\" content=\"website\">\n"
            u"<meta property=\"og:site_name\" content=\""_s +
            title + u"\">\n<style>\n"_s + storyPageStyle() +
            u"</style>\n</head>\n<body>\n<div class=\"story\">\n<h1 class=\"headline\">"_s + title +
            u"</h1>\n<ul class=\"front\">\n"_s + items + u"</ul>\n</div>\n</body>\n</html>\n"_s;
    return page.toUtf8();
}

} // namespace Copydesk
