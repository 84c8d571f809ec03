// SPDX-License-Identifier: MIT
#include "cli.h"

#include "feeds/atomfeed.h"
#include "feeds/jsonfeed.h"
#include "feeds/ninjs.h"
#include "publish/folderpublisher.h"
#include "publish/publishedpage.h"
#include "publish/publishsettings.h"
#include "render/storypagerenderer.h"
#include "store/library.h"
#include "story/housestyle.h"
#include "story/storyjson.h"
#include "wire/wireimport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Copydesk::Cli", text, disambiguation, n);
}

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

struct Command
{
    QString name;
    QString synopsis;
    QString description;
    QString options;
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
            {u"import-wire"_s, u"import-wire FILE..."_s,
             tr("Import wire pages: every story of a file, or none of it when the file has a "
                "problem."),
             tr("Options:\n"
                "  --now TIME          Resolve relative stamps (\"2 min ago\") against TIME\n"
                "                      (ISO 8601, e.g. 2026-11-24T09:30:00Z) instead of now.\n"
                "  --time-zone ZONE    The newsroom's IANA time zone for absolute stamps\n"
                "                      (default: the publishing settings', else the system's).\n"
                "A library that does not exist yet is created.\n")},
            {u"list"_s, u"list [--json]"_s,
             tr("List the stories of the library, newest save first."),
             tr("Options:\n  --json    Print a JSON array of the stories with every field.\n")},
            {u"export"_s, u"export ID --format FORMAT"_s,
             tr("Write a story to standard output. ID is the story's id, a unique start of it, "
                "or its slug."),
             tr("Options:\n"
                "  --format html       The story page, as the preview shows it.\n"
                "  --format ninjs      The IPTC ninjs 2.2 document.\n"
                "  --format atom       An Atom 1.0 entry document.\n"
                "  --format jsonfeed   A JSON Feed 1.1 holding the story.\n"
                "  --base-url URL      The address published files are served at\n"
                "                      (default: the publishing settings').\n")},
            {u"publish"_s, u"publish ID --folder DIR"_s,
             tr("Publish a story to a folder: its page, ninjs file and photos, and the folder's "
                "feed.atom and feed.json. House-style errors stop it."),
             tr("Options:\n"
                "  --folder DIR        The destination folder (default: the publishing\n"
                "                      settings').\n"
                "  --base-url URL      The address the folder is served at (default: the\n"
                "                      settings', else the folder's file:// URL).\n"
                "  --feed-entries N    How many stories each feed lists.\n"
                "  --house-style FILE  Check against these rules instead of the desk's.\n")},
    };
    return list;
}

const Command &commandFor(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name)
            return command;
    }
    return commands().first();
}

QString overview()
{
    QString text = tr("Usage: copydesk-cli [--library PATH] COMMAND [options]\n\nCommands:\n");
    for (const Command &command : commands())
        text += u"  "_s + command.synopsis.leftJustified(30) + command.description + u'\n';
    text += tr("\nWithout --library it uses the library the window opens: %1\n")
                    .arg(Library::defaultPath());
    text += tr("Run copydesk-cli COMMAND --help for a command's options.\n");
    return text;
}

/// Finds a story by full id, unique id prefix or slug.
Result<Story> findStory(StoryStore &store, const QString &key)
{
    const auto stories = store.listStories();
    if (!stories)
        return stories.error();
    QList<QUuid> matches;
    const QString wanted = key.toLower().remove(u'{').remove(u'}');
    for (const StorySummary &summary : *stories) {
        const QString id = summary.id.toString(QUuid::WithoutBraces);
        if (id == wanted || summary.slug == key)
            return store.loadStory(summary.id);
        if (wanted.size() >= 4 && id.startsWith(wanted))
            matches.append(summary.id);
    }
    if (matches.size() == 1)
        return store.loadStory(matches.first());
    if (matches.size() > 1)
        return Error{ErrorKind::InvalidInput,
                tr("“%1” matches %2 stories; give more of the id.").arg(key).arg(matches.size())};
    return Error{ErrorKind::NotFound, tr("No story with the id or slug “%1” in this library.").arg(key)};
}

int listStories(StoryStore &store, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, tr("Print a JSON array with every field."));
    parser.addOption(json);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u'\n';
        return Usage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("list takes no arguments.") << u'\n';
        return Usage;
    }
    const auto stories = store.listStories();
    if (!stories) {
        err << stories.errorMessage() << u'\n';
        return Failure;
    }
    if (!parser.isSet(json)) {
        for (const StorySummary &summary : *stories) {
            out << summary.id.toString(QUuid::WithoutBraces).left(8) << u"  "_s
                << statusKey(summary.status).leftJustified(10)
                << summary.savedAt.toString(Qt::ISODate).leftJustified(22) << summary.headline
                << u'\n';
        }
        return Success;
    }
    QJsonArray array;
    for (const StorySummary &summary : *stories) {
        const auto story = store.loadStory(summary.id);
        if (!story) {
            err << story.errorMessage() << u'\n';
            return Failure;
        }
        array.append(StoryJson::toJson(*story));
    }
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return Success;
}

/// The parser's errors and a wrong number of arguments, reported alike.
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, QTextStream &err)
{
    if (parser.parse(arguments))
        return true;
    err << parser.errorText() << u'\n';
    return false;
}

/// Publishing settings from the desk's settings, with command-line overrides.
Result<Site> siteFor(const QString &baseUrl, const QString &folder)
{
    PublishSettings settings = PublishSettings::load(QSettings());
    if (!baseUrl.isEmpty()) {
        if (!PublishSettings::isUsableBaseUrl(QUrl(baseUrl, QUrl::StrictMode)))
            return Error{ErrorKind::InvalidInput, tr("--base-url needs an absolute http, https or file URL, not “%1”.")
                                 .arg(baseUrl)};
        settings.baseUrl = baseUrl;
    }
    return settings.site(folder.isEmpty() ? settings.folder : folder);
}

int importWire(StoryStore &store, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption now(u"now"_s, tr("Resolve relative stamps against TIME."), u"time"_s);
    const QCommandLineOption zone(u"time-zone"_s, tr("The newsroom's time zone."), u"zone"_s);
    parser.addOptions({now, zone});
    if (!parseCommand(parser, arguments, err))
        return Usage;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << tr("import-wire needs at least one FILE.") << u'\n';
        return Usage;
    }
    WireOptions options;
    options.referenceTime = QDateTime::currentDateTimeUtc();
    if (parser.isSet(now)) {
        options.referenceTime = QDateTime::fromString(parser.value(now), Qt::ISODate);
        if (!options.referenceTime.isValid()) {
            err << tr("--now needs an ISO 8601 time such as 2026-11-24T09:30:00Z, not “%1”.")
                            .arg(parser.value(now))
                << u'\n';
            return Usage;
        }
        options.referenceTime = options.referenceTime.toUTC();
    }
    const QString zoneId =
            parser.isSet(zone) ? parser.value(zone) : PublishSettings::load(QSettings()).timeZone;
    if (!zoneId.isEmpty()) {
        if (!QTimeZone::isTimeZoneIdAvailable(zoneId.toUtf8())) {
            err << tr("Unknown time zone “%1”; use an IANA name such as Europe/Malta.").arg(zoneId)
                << u'\n';
            return Usage;
        }
        options.timeZone = QTimeZone(zoneId.toUtf8());
    }

    int refused = 0;
    int stories = 0;
    for (const QString &file : files) {
        const WireFileOutcome outcome = importWireFile(store, file, options);
        if (!outcome.ok()) {
            ++refused;
            err << tr("%1: nothing imported.").arg(file) << u'\n';
            for (const WireProblem &problem : outcome.problems)
                err << u"  "_s << problem.text() << u'\n';
            continue;
        }
        stories += int(outcome.imported.size());
        out << tr("%1: imported %n stories", nullptr, int(outcome.imported.size())).arg(file)
            << u'\n';
        for (const Story &story : outcome.imported)
            out << u"  "_s << story.id().toString(QUuid::WithoutBraces).left(8) << u"  "_s
                << story.headline() << u'\n';
    }
    if (files.size() > 1)
        out << tr("%n stories imported", nullptr, stories)
            << tr(" from %n files", nullptr, int(files.size() - refused))
            << (refused ? tr("; %n files refused", nullptr, refused) : QString()) << u".\n"_s;
    return refused ? Failure : Success;
}

int exportStory(StoryStore &store, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption format(u"format"_s, tr("The output format."), u"format"_s);
    const QCommandLineOption baseUrl(u"base-url"_s, tr("Where published files are served."),
                                     u"url"_s);
    parser.addOptions({format, baseUrl});
    if (!parseCommand(parser, arguments, err))
        return Usage;
    if (parser.positionalArguments().size() != 1) {
        err << tr("export needs exactly one story ID.") << u'\n';
        return Usage;
    }
    const QString wanted = parser.value(format);
    const QStringList formats{u"html"_s, u"ninjs"_s, u"atom"_s, u"jsonfeed"_s};
    if (!formats.contains(wanted)) {
        err << tr("Unknown format “%1”; choose one of %2.").arg(wanted, formats.join(u", "_s))
            << u'\n';
        return Usage;
    }
    const auto site = siteFor(parser.value(baseUrl), QString());
    if (!site) {
        err << site.errorMessage() << u'\n';
        return Usage;
    }
    const auto story = findStory(store, parser.positionalArguments().first());
    if (!story) {
        err << story.errorMessage() << u'\n';
        return Failure;
    }
    if (wanted == u"html") {
        out << renderStoryPage(*story, publishedPageOptions(*site));
    } else {
        const QByteArray bytes = wanted == u"ninjs" ? ninjsDocument(*story, *site)
                : wanted == u"atom"                 ? atomEntry(*story, *site)
                                                    : jsonFeed({*story}, *site);
        out << QString::fromUtf8(bytes);
    }
    return Success;
}

int publishStory(StoryStore &store, const QStringList &arguments, QTextStream &out,
                 QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption folder(u"folder"_s, tr("The destination folder."), u"dir"_s);
    const QCommandLineOption baseUrl(u"base-url"_s, tr("Where the folder is served."), u"url"_s);
    const QCommandLineOption entries(u"feed-entries"_s, tr("Stories per feed."), u"n"_s);
    const QCommandLineOption houseStyle(u"house-style"_s, tr("House-style rules."), u"file"_s);
    parser.addOptions({folder, baseUrl, entries, houseStyle});
    if (!parseCommand(parser, arguments, err))
        return Usage;
    if (parser.positionalArguments().size() != 1) {
        err << tr("publish needs exactly one story ID.") << u'\n';
        return Usage;
    }
    const QString destination =
            parser.isSet(folder) ? parser.value(folder) : PublishSettings::load(QSettings()).folder;
    if (destination.isEmpty()) {
        err << tr("publish needs --folder DIR.") << u'\n';
        return Usage;
    }
    auto site = siteFor(parser.value(baseUrl), destination);
    if (!site) {
        err << site.errorMessage() << u'\n';
        return Usage;
    }
    if (parser.isSet(entries)) {
        bool number = false;
        const int count = parser.value(entries).toInt(&number);
        if (!number || count < 1 || count > 500) {
            err << tr("--feed-entries needs a number from 1 to 500.") << u'\n';
            return Usage;
        }
        site->feedEntries = count;
    }

    HouseStyle style = HouseStyle::defaultStyle();
    const QString rulesFile = parser.isSet(houseStyle)      ? parser.value(houseStyle)
            : QFileInfo::exists(HouseStyle::userFilePath()) ? HouseStyle::userFilePath()
                                                            : QString();
    if (!rulesFile.isEmpty()) {
        auto loaded = HouseStyle::fromFile(rulesFile);
        if (!loaded) {
            err << loaded.errorMessage() << u'\n';
            return Failure;
        }
        style = *std::move(loaded);
    }

    const auto story = findStory(store, parser.positionalArguments().first());
    if (!story) {
        err << story.errorMessage() << u'\n';
        return Failure;
    }
    const QList<Finding> findings = style.check(*story);
    int errors = 0;
    for (const Finding &finding : findings) {
        const bool blocks = finding.severity == Severity::Error;
        errors += blocks ? 1 : 0;
        err << (blocks ? tr("error: ") : tr("warning: ")) << finding.message << u'\n';
    }
    if (errors > 0) {
        err << tr("“%1” was not published: %n house-style errors must be fixed first.", nullptr,
                  errors)
                        .arg(story->headline())
            << u'\n';
        return Failure;
    }

    FolderPublisher publisher(store, destination, *site);
    const auto report = publisher.publish(story->id());
    if (!report) {
        err << report.errorMessage() << u'\n';
        return Failure;
    }
    out << tr("Published “%1” to %2: %n files written", nullptr, int(report->written.size()))
                    .arg(report->story.headline(), QDir(destination).absolutePath())
        << tr(", %n unchanged.", nullptr, int(report->unchanged.size())) << u'\n'
        << site->storyUrl(report->story).toString() << u'\n';
    return Success;
}

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // Global options come before the command; the command parses the rest.
    QStringList rest = arguments.mid(1);
    QString libraryPath = Library::defaultPath();
    while (!rest.isEmpty() && rest.first().startsWith(u'-')) {
        const QString option = rest.takeFirst();
        if (option == u"--library") {
            if (rest.isEmpty()) {
                err << tr("--library needs a path.") << u'\n';
                return Usage;
            }
            libraryPath = rest.takeFirst();
        } else if (option.startsWith(u"--library=")) {
            libraryPath = option.mid(10);
        } else if (option == u"--help" || option == u"-h") {
            out << overview();
            return Success;
        } else if (option == u"--version" || option == u"-v") {
            out << u"copydesk-cli "_s << QStringLiteral(COPYDESK_VERSION) << u'\n';
            return Success;
        } else {
            err << tr("Unknown option %1.").arg(option) << u"\n\n"_s << overview();
            return Usage;
        }
    }
    if (rest.isEmpty()) {
        err << overview();
        return Usage;
    }
    const QString command = rest.first();
    const bool known = std::any_of(commands().cbegin(), commands().cend(),
                                   [&](const Command &c) { return c.name == command; });
    if (!known) {
        err << tr("Unknown command “%1”.").arg(command) << u"\n\n"_s << overview();
        return Usage;
    }
    if (rest.contains(u"--help") || rest.contains(u"-h")) {
        // Help needs no library, so it works before one exists.
        out << u"Usage: copydesk-cli [--library PATH] "_s << commandFor(command).synopsis
            << u"\n\n"_s << commandFor(command).description << u"\n\n"_s
            << commandFor(command).options;
        return Success;
    }

    // A mistyped path must not quietly become a new, empty library; importing
    // is the one command that asks for a library to be written.
    const bool creates = command == u"import-wire";
    if (!QFileInfo::exists(libraryPath) && !creates) {
        err << tr("There is no library at %1.").arg(libraryPath) << u'\n';
        return Failure;
    }
    auto opened = Library::open(libraryPath);
    if (!opened) {
        err << opened.errorMessage() << u'\n';
        return Failure;
    }
    if (opened->created)
        err << tr("Created a new library at %1.").arg(libraryPath) << u'\n';
    StoryStore &store = *opened->store;
    if (command == u"import-wire")
        return importWire(store, rest, out, err);
    if (command == u"list")
        return listStories(store, rest, out, err);
    if (command == u"publish")
        return publishStory(store, rest, out, err);
    return exportStory(store, rest, out, err);
}

} // namespace Copydesk
