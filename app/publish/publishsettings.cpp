// SPDX-License-Identifier: MIT
#include "publish/publishsettings.h"
#include "core/appfolders.h"

#include "story/story.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

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

bool PublishSettings::isUsableBaseUrl(const QUrl &url)
{
    return isWebUrl(url) || (url.isValid() && url.scheme().toLower() == u"file");
}

PublishSettings PublishSettings::load(const QSettings &settings)
{
    PublishSettings loaded;
    loaded.folder = settings.value(u"publishing/folder"_s, defaultFolder()).toString();
    loaded.baseUrl = settings.value(u"publishing/baseUrl"_s).toString();
    loaded.siteTitle = settings.value(u"publishing/siteTitle"_s, loaded.siteTitle).toString();
    loaded.language = settings.value(u"publishing/language"_s, loaded.language).toString();
    loaded.feedEntries =
            qBound(1, settings.value(u"publishing/feedEntries"_s, loaded.feedEntries).toInt(), 500);
    loaded.shortUrlBase =
            settings.value(u"publishing/shortUrlBase"_s, loaded.shortUrlBase).toString();
    // Earlier versions kept a placeholder host here by default.
    if (loaded.shortUrlBase == u"https://copydesk.example/s/")
        loaded.shortUrlBase.clear();
    loaded.timeZone = settings.value(u"newsroom/timeZone"_s).toString();
    loaded.slugScript = settings.value(u"publishing/slugs"_s).toString() == u"own"
            ? SlugScript::Own
            : SlugScript::Latin;
    return loaded;
}

void PublishSettings::save(QSettings &settings) const
{
    settings.setValue(u"publishing/folder"_s, folder);
    settings.setValue(u"publishing/baseUrl"_s, baseUrl);
    settings.setValue(u"publishing/siteTitle"_s, siteTitle);
    settings.setValue(u"publishing/language"_s, language);
    settings.setValue(u"publishing/feedEntries"_s, feedEntries);
    settings.setValue(u"publishing/shortUrlBase"_s, shortUrlBase);
    settings.setValue(u"newsroom/timeZone"_s, timeZone);
    settings.setValue(u"publishing/slugs"_s, slugScript == SlugScript::Own ? u"own"_s : u"latin"_s);
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
