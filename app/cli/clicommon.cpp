// SPDX-License-Identifier: MIT
#include "cli/clicommon.h"

#include "publish/publishsettings.h"
#include "publish/scheduletime.h"
#include "publish/secrets.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace Copydesk::Cli {

bool parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &err)
{
    if (parser.parse(arguments))
        return true;
    err << parser.errorText() << u'\n';
    return false;
}

bool expectArguments(const QCommandLineParser &parser, int count, const QString &message,
                     QTextStream &err)
{
    // The parser takes the command's name for the program's, so the
    // positional arguments are the command's own.
    if (parser.positionalArguments().size() == count)
        return true;
    err << message << u'\n';
    return false;
}

Result<Story> findStory(StoryStore &store, const QString &key)
{
    const auto found = store.findStories(key);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{ErrorKind::NotFound,
                     Text::tr("No story with the id or slug “%1” in this library.").arg(key)};
    if (found->size() > 1)
        return Error{ErrorKind::InvalidInput,
                     Text::tr("“%1” is the start of more than one story's id; give more of it.")
                             .arg(key)};
    return store.loadStory(found->constFirst().id);
}

std::optional<Story> namedStory(Context &context, const QCommandLineParser &parser)
{
    auto story = findStory(context.store, parser.positionalArguments().value(0));
    if (!story) {
        context.err << story.errorMessage() << u'\n';
        return std::nullopt;
    }
    return *std::move(story);
}

Result<QTimeZone> newsroomZone(const QString &option, const PublishSettings &settings)
{
    const QString id = option.isEmpty() ? settings.timeZone : option;
    if (id.isEmpty())
        return QTimeZone::systemTimeZone();
    if (!QTimeZone::isTimeZoneIdAvailable(id.toUtf8()))
        return Error{
                ErrorKind::InvalidInput,
                Text::tr("Unknown time zone “%1”; use an IANA name such as Europe/Malta.").arg(id)};
    return QTimeZone(id.toUtf8());
}

std::optional<QTimeZone> zoneOption(Context &context, const QCommandLineParser &parser,
                                    const QCommandLineOption &option)
{
    auto zone = newsroomZone(parser.value(option), context.publishing);
    if (!zone) {
        context.err << zone.errorMessage() << u'\n';
        return std::nullopt;
    }
    return *zone;
}

std::optional<QDateTime> timeOption(const QCommandLineParser &parser,
                                    const QCommandLineOption &option, const QTimeZone &zone,
                                    QTextStream &err)
{
    auto parsed = parseScheduleTime(parser.value(option), zone);
    if (!parsed) {
        err << u"--"_s << option.names().constFirst() << u": "_s << parsed.errorMessage() << u'\n';
        return std::nullopt;
    }
    return *parsed;
}

void PublishingOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({folder, baseUrl, feedEntries, houseStyle, timeZone});
}

QString PublishingOptions::help()
{
    return Text::tr("  --folder DIR        Publish to this folder only (default: the library's\n"
                    "                      active destinations, else the settings' folder).\n"
                    "  --base-url URL      The address the folder is served at (default: the\n"
                    "                      settings', else the folder's file:// URL).\n"
                    "  --feed-entries N    How many stories each feed lists.\n"
                    "  --house-style FILE  Check against these rules instead of the desk's.\n"
                    "  --time-zone ZONE    The newsroom's IANA time zone, for times given and\n"
                    "                      shown (default: the settings', else the system's).\n");
}

std::unique_ptr<Publishing> Publishing::create(const QCommandLineParser &parser,
                                               const PublishingOptions &options, Context &context,
                                               PublishService::Clock clock)
{
    PublishSettings settings = context.publishing;
    const bool toFolder = parser.isSet(options.folder);
    const QString folder = toFolder ? parser.value(options.folder) : settings.folder;
    if (parser.isSet(options.baseUrl)) {
        const QString baseUrl = parser.value(options.baseUrl);
        if (!PublishSettings::isUsableBaseUrl(QUrl(baseUrl, QUrl::StrictMode))) {
            context.err
                    << Text::tr("--base-url needs an absolute http, https or file URL, not “%1”.")
                               .arg(baseUrl)
                    << u'\n';
            return nullptr;
        }
        settings.baseUrl = baseUrl;
    }
    const auto zone = zoneOption(context, parser, options.timeZone);
    if (!zone)
        return nullptr;
    if (parser.isSet(options.timeZone))
        settings.timeZone = parser.value(options.timeZone);
    if (parser.isSet(options.feedEntries)) {
        bool number = false;
        const int count = parser.value(options.feedEntries).toInt(&number);
        if (!number || count < 1 || count > 500) {
            context.err << Text::tr("--feed-entries needs a number from 1 to 500.") << u'\n';
            return nullptr;
        }
        settings.feedEntries = count;
    }
    auto style = HouseStyle::deskStyle(parser.value(options.houseStyle));
    if (!style) {
        context.err << style.errorMessage() << u'\n';
        return nullptr;
    }

    std::unique_ptr<Publishing> publishing(new Publishing);
    if (toFolder) {
        if (folder.isEmpty()) {
            context.err << Text::tr("Give the folder to publish to with --folder DIR.") << u'\n';
            return nullptr;
        }
        DestinationConfig config;
        config.target = folder;
        settings.folder = folder;
        publishing->m_destinations = DestinationSet::of(config, settings);
    } else {
        auto loaded = DestinationSet::load(context.store, settings, &Secrets::read);
        if (!loaded) {
            context.err << loaded.errorMessage() << u'\n';
            return nullptr;
        }
        publishing->m_destinations = *std::move(loaded);
    }
    publishing->m_style = *std::move(style);
    publishing->m_zone = *zone;
    publishing->m_service = std::make_unique<PublishService>(context.store, publishing->m_style,
                                                             publishing->m_destinations.active(),
                                                             std::move(clock), *zone);
    return publishing;
}

void printOutcomes(const QList<DestinationOutcome> &outcomes, QTextStream &out, QTextStream &err)
{
    for (const DestinationOutcome &outcome : outcomes) {
        if (outcome.ok()) {
            out << u"  "_s
                << Text::tr("%1: %2 written, %3 unchanged.")
                            .arg(outcome.name,
                                 Text::tr("%Ln files", nullptr, int(outcome.report.written.size())))
                            .arg(outcome.report.unchanged.size())
                << u'\n';
            if (!outcome.report.url.isEmpty())
                out << u"  "_s << outcome.report.url << u'\n';
        } else {
            err << Text::tr("Not delivered to %1: %2")
                            .arg(outcome.name, outcome.report.error->message)
                << u'\n';
        }
    }
}

void printFindings(const QList<Finding> &findings, QTextStream &err)
{
    for (const Finding &finding : findings) {
        err << (finding.severity == Severity::Error ? Text::tr("error: ") : Text::tr("warning: "))
            << finding.message << u'\n';
    }
}

} // namespace Copydesk::Cli
