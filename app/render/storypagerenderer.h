// SPDX-License-Identifier: MIT
#pragma once

#include "story/story.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace Copydesk {

/// What a published page says about itself to browsers, search engines and social cards.
struct PageSite
{
    /// The site's name, shown above the headline and in og:site_name.
    QString name;
    /// The page's own address (canonical, og:url).
    QString pageUrl;
    /// The lead photo's address for social cards: absolute, the largest rendition.
    QString imageUrl;
    /// The site's front page and its two feeds, for the link above the headline and autodiscovery.
    QString homeUrl;
    QString atomFeedUrl;
    QString jsonFeedUrl;
    /// The story's section's page on the site; empty: the section is named without a link.
    QString sectionUrl;
};

/// What a story page needs besides the story: when, where and how it is shown.
struct PageOptions
{
    /// "Updated" reads "2 min ago" relative to this for 24 hours. Leave it
    /// invalid for pages that are saved and served later (publishing): they
    /// get the absolute date, which does not go stale.
    QDateTime now;
    /// The newsroom's time zone, for absolute dates.
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    /// Month names in dates.
    QLocale locale = QLocale(QLocale::English);
    /// The site's language (BCP 47): the page's lang and dir unless the story has its own.
    QString language = QStringLiteral("en");
    /// From settings; the page shows Copydesk::shortUrl(shortUrlBase, id). Empty: none.
    QString shortUrlBase;
    /// Where the page finds a photo: the preview's own URL scheme, or a path
    /// relative to the published page. Called on the thread that renders,
    /// often a QtConcurrent worker, so it must not touch widgets or any
    /// object that lives in another thread. Unset or empty: no lead photo,
    /// except that a lead photo without a picture file (a wire caption) still
    /// shows its caption and (Credit), which need no URL.
    /// (A lambda that concatenates strings needs "-> QString": with
    /// QT_USE_QSTRINGBUILDER it would otherwise return a dangling builder.)
    std::function<QString(const Photo &)> photoUrl;
    /// The lead photo's srcset: "photos/x-w400.jpg 400w, photos/x.jpg 1600w". Unset: none.
    std::function<QString(const Photo &)> photoSrcset;
    /// For a published page: its addresses, the site's name and feeds. None in the preview.
    std::optional<PageSite> site;
    /// The width the lead photo is shown at in CSS pixels, at most; smaller
    /// photos keep their own. Qt's rich text cannot scale a picture to the
    /// window, so this is a real size.
    int photoWidth = 640;
};

/**
 * The story as readers see it: a complete, self-contained HTML document
 * (CSS inlined, no script, nothing loaded but the lead photo) from the
 * :/copydesk/page/story-page.html template. The same page serves the
 * editor's preview in a QTextBrowser and the published file, so its markup
 * stays inside what both Qt's rich text engine and browsers handle.
 *
 * Reentrant: safe to call from several threads at once, as long as
 * options.photoUrl is.
 */
QString renderStoryPage(const Story &story, const PageOptions &options);

/// ' lang="ar" dir="rtl"': the attributes of a page's html element for a language.
QString htmlLanguageAttributes(const QString &language);
/// The same with the body already rendered by renderStoryBody(), for
/// callers that ship it elsewhere too (ninjs, feeds) and render it once.
QString renderStoryPage(const Story &story, const PageOptions &options, const QString &bodyHtml);

/**
 * The article body exactly as the story page shows it inside its body
 * element: the Markdown body as HTML, headings shifted below the page's
 * <h1>, the bold dateline opening the first paragraph. ninjs and the feeds
 * ship this, so every consumer reads what the page reader reads. A
 * withdrawn story's body is the withdrawal notice (when and why; zone
 * dates it), which is all its page shows.
 * Pure and reentrant.
 */
QString renderStoryBody(const Story &story, const QTimeZone &zone = QTimeZone::utc());

/// What a post on a CMS needs besides the story (see renderStoryArticle()).
struct ArticleOptions
{
    /// The newsroom's time zone and month names, for the dates of notes.
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    QLocale locale = QLocale(QLocale::English);
    /// Whether the byline opens the article (a CMS may show its own author instead).
    bool byline = true;
    /// Where the CMS serves a photo after the lead one; empty or unset: the photo is left out.
    std::function<QString(const Photo &)> photoUrl;
};

/**
 * The story as a post's content on a CMS whose theme shows the headline
 * and the lead photo itself: the corrections above, the byline, the body
 * with its dateline as on the page, the other photos with their captions,
 * then the updates and corrections listed as the page lists them.
 * Pure and reentrant.
 */
QString renderStoryArticle(const Story &story, const ArticleOptions &options);

/// The story page's style sheet, for other pages of the site to look the same.
const QString &storyPageStyle();

} // namespace Copydesk
