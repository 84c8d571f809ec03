// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "feeds/site.h"

#include <QMap>
#include <QString>
#include <QUrl>

#include <optional>

class QSettings;

namespace Copydesk {

class StoryStore;

/**
 * Where the desk publishes and how the site is addressed. The site's
 * title, address, language, feeds and short links, the newsroom's time
 * zone and how slugs are written are the library's (shared by every desk
 * on it, read by the window and copydesk-cli alike); the folder is this
 * machine's, kept in its application settings ("publishing/folder").
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
    /// The sections stories are filed under, in the order the desk lists them.
    QStringList sections;

    static QString defaultFolder();

    /// Names trimmed, blank ones dropped, a repeat (letter case aside) kept once.
    static QStringList cleanSections(const QStringList &names);
    /// The section typed names (letter case aside), as the list writes it; nullopt if none.
    std::optional<QString> section(const QString &typed) const;
    /// A site address publishing can use: http(s) with a host, or a file:// URL.
    static bool isUsableBaseUrl(const QUrl &url);
    /// A web address with a host, as short URLs need.
    static bool isWebUrl(const QUrl &url);
    /// How a slug script is written in settings and on the command line: "latin" or "own".
    static QString slugScriptKey(SlugScript script);
    static std::optional<SlugScript> slugScriptFromKey(const QString &key);
    /// The settings as this machine's application settings keep them (all
    /// of them before libraries kept their own, and the folder since).
    static PublishSettings load(const QSettings &settings);
    /**
     * The desk's settings: the library's shared ones over this machine's.
     * A library that keeps none yet (made before it could) is read as this
     * machine's settings say, and keeps them at the first keep().
     */
    static Result<PublishSettings> read(StoryStore &store, const QSettings &machine);
    /// Keeps the shared settings in the library and the folder in the machine's settings.
    Result<void> keep(StoryStore &store, QSettings &machine, const QString &changedBy) const;
    /// The library's keys for the shared settings.
    QMap<QString, QString> libraryValues() const;

    /// Why these settings cannot be kept, for people; empty when they can.
    QString problem() const;

    bool operator==(const PublishSettings &) const = default;

    /// Makes this process write slugs in slugScript (setSlugScript()): the
    /// window and copydesk-cli call it at start and after a change.
    void applySlugScript() const;
    /// The Site these settings describe, for a folder (folder() when empty).
    Site site(const QString &folderOverride = QString()) const;
};

} // namespace Copydesk
