// SPDX-License-Identifier: MIT
// settings: the publishing settings the desk shares through the library.
#include "cli/commands.h"

#include "publish/publishsettings.h"
#include "story/history.h"
#include "story/story.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Copydesk::Cli {

namespace {

QJsonObject settingsJson(const PublishSettings &settings)
{
    return {
            {u"siteTitle"_s, settings.siteTitle},
            {u"baseUrl"_s, settings.baseUrl},
            {u"language"_s, settings.language},
            {u"feedEntries"_s, settings.feedEntries},
            {u"shortUrlBase"_s, settings.shortUrlBase},
            {u"timeZone"_s, settings.timeZone},
            {u"slugs"_s, PublishSettings::slugScriptKey(settings.slugScript)},
            {u"sections"_s, QJsonArray::fromStringList(settings.sections)},
            {u"folder"_s, settings.folder},
    };
}

void printSettings(QTextStream &out, const PublishSettings &settings)
{
    const auto line = [&](const QString &name, const QString &value) {
        out << u"  "_s << name.leftJustified(16) << value << u'\n';
    };
    out << Text::tr("Shared by every desk on the library:") << u'\n';
    line(Text::tr("site title"), settings.siteTitle);
    line(Text::tr("site address"),
         settings.baseUrl.isEmpty() ? Text::tr("(none yet: asked for before publishing)")
                                    : settings.baseUrl);
    line(Text::tr("language"), settings.language);
    line(Text::tr("feed entries"), QString::number(settings.feedEntries));
    line(Text::tr("short URL base"),
         settings.shortUrlBase.isEmpty() ? Text::tr("(the site address followed by s/)")
                                         : settings.shortUrlBase);
    line(Text::tr("time zone"),
         settings.timeZone.isEmpty()
                 ? Text::tr("(this computer's: %1)")
                           .arg(QString::fromUtf8(QTimeZone::systemTimeZoneId()))
                 : settings.timeZone);
    line(Text::tr("slugs"), PublishSettings::slugScriptKey(settings.slugScript));
    line(Text::tr("sections"),
         settings.sections.isEmpty() ? Text::tr("(none yet)") : settings.sections.join(u", "_s));
    out << Text::tr("This computer:") << u'\n';
    line(Text::tr("folder"), QDir::toNativeSeparators(settings.folder));
}

} // namespace

int settingsCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption siteTitle(u"site-title"_s, {}, u"TITLE"_s);
    const QCommandLineOption baseUrl(u"base-url"_s, {}, u"URL"_s);
    const QCommandLineOption language(u"language"_s, {}, u"TAG"_s);
    const QCommandLineOption feedEntries(u"feed-entries"_s, {}, u"N"_s);
    const QCommandLineOption shortUrlBase(u"short-url-base"_s, {}, u"URL"_s);
    const QCommandLineOption timeZone(u"time-zone"_s, {}, u"ZONE"_s);
    const QCommandLineOption slugs(u"slugs"_s, {}, u"latin|own"_s);
    const QCommandLineOption folder(u"folder"_s, {}, u"DIR"_s);
    const QCommandLineOption addSection(u"add-section"_s, {}, u"NAME"_s);
    const QCommandLineOption removeSection(u"remove-section"_s, {}, u"NAME"_s);
    parser.addOptions({json, siteTitle, baseUrl, language, feedEntries, shortUrlBase, timeZone,
                       slugs, folder, addSection, removeSection});
    if (!parse(parser, arguments, context.err) ||
        !expectArguments(parser, 0, Text::tr("settings takes options only."), context.err))
        return Usage;

    PublishSettings settings = context.publishing;
    bool changed = false;
    const auto take = [&](const QCommandLineOption &option, QString &field) {
        if (parser.isSet(option)) {
            field = parser.value(option).trimmed();
            changed = true;
        }
    };
    take(siteTitle, settings.siteTitle);
    take(baseUrl, settings.baseUrl);
    take(language, settings.language);
    take(shortUrlBase, settings.shortUrlBase);
    take(timeZone, settings.timeZone);
    take(folder, settings.folder);
    if (parser.isSet(feedEntries)) {
        bool ok = false;
        settings.feedEntries = parser.value(feedEntries).toInt(&ok);
        if (!ok) {
            context.err << Text::tr("--feed-entries needs a number, not “%1”.")
                                   .arg(parser.value(feedEntries))
                        << u'\n';
            return Usage;
        }
        changed = true;
    }
    if (parser.isSet(slugs)) {
        const QString value = parser.value(slugs);
        const auto script = PublishSettings::slugScriptFromKey(value);
        if (!script) {
            context.err << Text::tr("--slugs is latin or own, not “%1”.").arg(value) << u'\n';
            return Usage;
        }
        settings.slugScript = *script;
        changed = true;
    }
    for (const QString &name : parser.values(removeSection)) {
        const auto listed = settings.section(name);
        if (!listed) {
            context.err << Text::tr("There is no section “%1”.").arg(name.simplified()) << u'\n';
            return Usage;
        }
        // Stories filed under it keep the name; they are listed under no section of the list.
        settings.sections.removeAll(*listed);
        changed = true;
    }
    for (const QString &name : parser.values(addSection)) {
        if (name.simplified().isEmpty()) {
            context.err << Text::tr("A section needs a name.") << u'\n';
            return Usage;
        }
        settings.sections = PublishSettings::cleanSections(settings.sections << name);
        changed = true;
    }
    if (changed) {
        if (const QString problem = settings.problem(); !problem.isEmpty()) {
            context.err << problem << u'\n';
            return Usage;
        }
        QSettings machine;
        if (auto kept = settings.keep(context.store, machine, currentAuthor()); !kept) {
            context.err << kept.errorMessage() << u'\n';
            return Failure;
        }
        context.publishing = settings;
        settings.applySlugScript();
    }
    if (parser.isSet(json))
        context.out << QString::fromUtf8(
                QJsonDocument(settingsJson(settings)).toJson(QJsonDocument::Indented));
    else
        printSettings(context.out, settings);
    return Success;
}

} // namespace Copydesk::Cli
