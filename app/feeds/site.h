// SPDX-License-Identifier: MIT
#pragma once

#include "story/story.h"

#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUrl>

namespace Copydesk {

/// One picture file a published story ships: the original or a resized JPEG.
struct Rendition
{
    QString name;        ///< "original", "w1200", "w400": the ninjs rendition key
    QString path;        ///< relative to the destination folder, e.g. "photos/<fileId>-w400.jpg"
    QString contentType; ///< "image/jpeg", "image/png" …
    int width = 0;
    int height = 0;
};

/**
 * Where and how published stories are served: the destination folder's
 * address and the names of the files in it. Feeds, ninjs and the publisher
 * all take their URLs from here, so a link in a feed always points at a
 * file the publisher wrote.
 *
 * Folder layout (every path relative to the folder):
 *   <slug>.html                 the story page
 *   <slug>.json                 its ninjs document
 *   photos/<fileId>.<ext>       the original picture
 *   photos/<fileId>-w1200.jpg   resized renditions (never enlarged)
 *   photos/<fileId>-w400.jpg
 *   feed.atom, feed.json        the newest feedEntries published stories
 *   index.html                  the front page, listing the same
 *   section/<slug>/feed.atom    the newest feedEntries published stories of a section
 *   section/<slug>/index.html   the section's page, listing the same
 */
struct Site
{
    QString title = QStringLiteral("Copydesk");
    /// Where the folder is served, always ending in '/'. Absolute (http,
    /// https or file). Use withBaseUrl() to set it.
    QUrl baseUrl = QUrl(QStringLiteral("http://localhost/"));
    QString language = QStringLiteral("en");
    /// How many stories each feed lists, newest first.
    int feedEntries = 20;
    /// The rendition widths, largest first; a picture narrower than a
    /// width gets no rendition of that width.
    QList<int> renditionWidths = {1200, 400};
    /// From settings: a short-link service's address. Empty: short URLs
    /// live on the site itself, under s/ (see shortUrlPrefix()).
    QString shortUrlBase;
    QTimeZone timeZone = QTimeZone::systemTimeZone();

    /// A copy with baseUrl set; a missing trailing '/' is added.
    Site withBaseUrl(const QUrl &url) const;

    static QString storyPagePath(const Story &story); ///< "<slug>.html"
    static QString ninjsPath(const Story &story);     ///< "<slug>.json"
    /// The same for a slug as it was published, taken as it is.
    static QString storyPagePath(const QString &slug);
    static QString ninjsPath(const QString &slug);
    static constexpr const char *atomFeedPath = "feed.atom";
    static constexpr const char *jsonFeedPath = "feed.json";

    /// A section's folder, "section/<slug>/", with its own feed.atom.
    static QString sectionPath(const QString &section);
    /// "section/<slug>/feed.atom": the section's newest stories.
    static QString sectionFeedPath(const QString &section);
    /// "section/<slug>/index.html": the section's page, which sectionPath() answers with.
    static QString sectionPagePath(const QString &section);
    /**
     * The schemes outputs file a story's section and tags under (Atom's
     * category scheme): "<baseUrl>section/" and "<baseUrl>tag/".
     */
    QString sectionScheme() const;
    QString tagScheme() const;

    /// The picture files of a photo: "original" first, then one per width
    /// in renditionWidths that is smaller than the photo. A photo without a
    /// picture file (fileId empty, e.g. a wire caption) has none.
    QList<Rendition> renditions(const Photo &photo) const;

    /// Where short URLs start: shortUrlBase, else "<baseUrl>s/" for a site
    /// on the web; empty for a site only on this disk (file://).
    QString shortUrlPrefix() const;
    /// The story's short URL; empty when the site has none.
    QString shortUrl(const Story &story) const;
    /**
     * The file that answers the story's short URL on this site, relative to
     * it ("s/<code>/index.html": a server answers /s/<code> with it); empty
     * when short URLs live elsewhere.
     */
    QString shortUrlFile(const Story &story) const;
    /// The front page: the newest stories.
    static constexpr const char *frontPagePath = "index.html";

    /// baseUrl resolved with a relative path.
    QUrl url(const QString &relativePath) const;
    QUrl storyUrl(const Story &story) const { return url(storyPagePath(story)); }
};

/// "urn:copydesk:story:<id>", the ninjs uri, Atom id and JSON Feed id of a story.
QString storyUrn(const Story &story);

} // namespace Copydesk
