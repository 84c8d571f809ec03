// SPDX-License-Identifier: MIT
#pragma once

#include "feeds/site.h"

#include <QString>
#include <QUrl>

class QSettings;

namespace Copydesk {

/**
 * Where the desk publishes and how the site is addressed, as kept in the
 * application settings ("publishing/…" keys). The window and copydesk-cli
 * read the same values, so both publish to the same place.
 */
struct PublishSettings
{
    /// The destination folder. Default: "site" in the application data folder.
    QString folder;
    /// The address the folder is served at; empty (or not usable, see
    /// isUsableBaseUrl) means the folder's own file:// URL, which is right
    /// until a web server serves it.
    QString baseUrl;
    QString siteTitle = QStringLiteral("Copydesk");
    /// The site's language (BCP 47), for stories that do not name their own.
    QString language = QStringLiteral("en");
    int feedEntries = 20;
    /// A short-link service's address; empty: "<site address>s/", answered by the site itself.
    QString shortUrlBase;
    /// IANA id of the newsroom's time zone; empty: the system's.
    QString timeZone;
    /// How slugs made from headlines are written (see slugify()).
    SlugScript slugScript = SlugScript::Latin;

    static QString defaultFolder();
    /// A site address publishing can use: http(s) with a host, or a file:// URL.
    static bool isUsableBaseUrl(const QUrl &url);
    /// A web address with a host, as short URLs need.
    static bool isWebUrl(const QUrl &url);
    static PublishSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    /// Makes this process write slugs in slugScript (setSlugScript()): the
    /// window and copydesk-cli call it at start and after a change.
    void applySlugScript() const;
    /// The Site these settings describe, for a folder (folder() when empty).
    Site site(const QString &folderOverride = QString()) const;
};

} // namespace Copydesk
