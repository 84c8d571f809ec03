// SPDX-License-Identifier: MIT
#include "publish/publishsettings.h"
#include "core/appfolders.h"

#include "store/storystore.h"
#include "story/story.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace Copydesk {

QString PublishSettings::defaultFolder()
{
    return dataFolder() + u"/site"_s;
}

bool PublishSettings::isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty();
}

QString PublishSettings::slugScriptKey(SlugScript script)
{
    return script == SlugScript::Own ? u"own"_s : u"latin"_s;
}

std::optional<SlugScript> PublishSettings::slugScriptFromKey(const QString &key)
{
    if (key == u"own")
        return SlugScript::Own;
    if (key == u"latin")
        return SlugScript::Latin;
    return std::nullopt;
}

bool PublishSettings::isUsableBaseUrl(const QUrl &url)
{
    return isWebUrl(url) || (url.isValid() && url.scheme().toLower() == u"file");
}

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::PublishSettings)
};

// Where each shared setting is kept: the same keys in a library as in the
// application settings of earlier versions, so either reads the other.
constexpr QLatin1StringView baseUrlKey("publishing/baseUrl");
constexpr QLatin1StringView siteTitleKey("publishing/siteTitle");
constexpr QLatin1StringView languageKey("publishing/language");
constexpr QLatin1StringView feedEntriesKey("publishing/feedEntries");
constexpr QLatin1StringView shortUrlBaseKey("publishing/shortUrlBase");
constexpr QLatin1StringView timeZoneKey("newsroom/timeZone");
constexpr QLatin1StringView slugsKey("publishing/slugs");
constexpr QLatin1StringView folderKey("publishing/folder");
/// One section name a line (names are simplified, so none holds a line break).
constexpr QLatin1StringView sectionsKey("newsroom/sections");

/// The shared settings from key/value text, each missing one left as it is in into.
void readShared(const std::function<std::optional<QString>(QLatin1StringView)> &value,
                PublishSettings &into)
{
    const auto text = [&](QLatin1StringView key, QString &field) {
        if (const auto found = value(key))
            field = *found;
    };
    text(baseUrlKey, into.baseUrl);
    text(siteTitleKey, into.siteTitle);
    text(languageKey, into.language);
    if (const auto entries = value(feedEntriesKey)) {
        bool ok = false;
        const int number = entries->toInt(&ok);
        if (ok)
            into.feedEntries = qBound(1, number, 500);
    }
    text(shortUrlBaseKey, into.shortUrlBase);
    // Earlier versions kept a placeholder host here by default.
    if (into.shortUrlBase == u"https://copydesk.example/s/")
        into.shortUrlBase.clear();
    text(timeZoneKey, into.timeZone);
    if (const auto slugs = value(slugsKey))
        into.slugScript = PublishSettings::slugScriptFromKey(*slugs).value_or(SlugScript::Latin);
    if (const auto sections = value(sectionsKey))
        into.sections = PublishSettings::cleanSections(sections->split(u'\n'));
}

} // namespace

PublishSettings PublishSettings::load(const QSettings &settings)
{
    PublishSettings loaded;
    loaded.folder = settings.value(folderKey, defaultFolder()).toString();
    readShared(
            [&](QLatin1StringView key) -> std::optional<QString> {
                if (!settings.contains(key))
                    return std::nullopt;
                return settings.value(key).toString();
            },
            loaded);
    return loaded;
}

QMap<QString, QString> PublishSettings::libraryValues() const
{
    return {
            {baseUrlKey, baseUrl},
            {siteTitleKey, siteTitle},
            {languageKey, language},
            {feedEntriesKey, QString::number(feedEntries)},
            {shortUrlBaseKey, shortUrlBase},
            {timeZoneKey, timeZone},
            {slugsKey, slugScriptKey(slugScript)},
            {sectionsKey, cleanSections(sections).join(u'\n')},
    };
}

QStringList PublishSettings::cleanSections(const QStringList &names)
{
    return uniqueNames(names);
}

std::optional<QString> PublishSettings::section(const QString &typed) const
{
    const QString wanted = typed.simplified();
    for (const QString &name : sections) {
        if (name.compare(wanted, Qt::CaseInsensitive) == 0)
            return name;
    }
    return std::nullopt;
}

QString PublishSettings::problem() const
{
    if (folder.trimmed().isEmpty())
        return Text::tr("Choose a destination folder.");
    if (QDir::isRelativePath(folder.trimmed()))
        return Text::tr("The destination folder must be a full path, such as %1.")
                .arg(QDir::toNativeSeparators(defaultFolder()));
    if (!baseUrl.trimmed().isEmpty() && !isUsableBaseUrl(QUrl(baseUrl.trimmed())))
        return Text::tr("The site address must start with https:// or http:// and name a host, "
                        "or be left empty.");
    if (!language.trimmed().isEmpty() && !isLanguageTag(language.trimmed()))
        return Text::tr("The language must be a BCP 47 tag such as en, en-GB or ar.");
    if (feedEntries < 1 || feedEntries > 500)
        return Text::tr("Each feed lists between 1 and 500 stories.");
    if (!shortUrlBase.trimmed().isEmpty() && !isWebUrl(QUrl(shortUrlBase.trimmed())))
        return Text::tr("The short URL base must start with https:// or http:// and name a host, "
                        "or be left empty for short URLs on the site itself.");
    if (!timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(timeZone.toUtf8()))
        return Text::tr("Unknown time zone “%1”; use an IANA name such as Europe/Malta.")
                .arg(timeZone);
    return {};
}

Result<PublishSettings> PublishSettings::read(StoryStore &store, const QSettings &machine)
{
    PublishSettings settings = load(machine);
    const auto kept = store.librarySettings();
    if (!kept)
        return kept.error();
    readShared(
            [&](QLatin1StringView key) -> std::optional<QString> {
                const auto found = kept->constFind(key);
                if (found == kept->cend())
                    return std::nullopt;
                return *found;
            },
            settings);
    return settings;
}

Result<void> PublishSettings::keep(StoryStore &store, QSettings &machine,
                                   const QString &changedBy) const
{
    if (auto kept = store.saveLibrarySettings(libraryValues(), changedBy); !kept)
        return kept;
    machine.setValue(folderKey, folder);
    return {};
}

void PublishSettings::applySlugScript() const
{
    setSlugScript(slugScript);
}

Site PublishSettings::site(const QString &folderOverride) const
{
    Site result;
    result.title = siteTitle.trimmed().isEmpty() ? result.title : siteTitle.trimmed();
    if (isLanguageTag(language.trimmed()))
        result.language = language.trimmed();
    result.feedEntries = feedEntries;
    result.shortUrlBase = shortUrlBase;
    if (!timeZone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(timeZone.toUtf8()))
        result.timeZone = QTimeZone(timeZone.toUtf8());
    const QUrl base(baseUrl.trimmed());
    if (isUsableBaseUrl(base))
        return result.withBaseUrl(base);
    const QString where = folderOverride.isEmpty() ? folder : folderOverride;
    return result.withBaseUrl(QUrl::fromLocalFile(QDir(where).absolutePath()));
}

} // namespace Copydesk
