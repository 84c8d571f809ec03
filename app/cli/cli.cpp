// SPDX-License-Identifier: MIT
#include "cli.h"

#include "cli/commands.h"
#include "publish/publishsettings.h"
#include "publish/secrets.h"
#include "store/library.h"
#include "store/postgresdialect.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

using namespace Cli;

struct Command
{
    QString name;
    QString synopsis;
    QString description;
    QString options;
    int (*run)(Context &, const QStringList &) = nullptr;
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
            {u"import-wire"_s, u"import-wire FILE..."_s,
             Text::tr("Import wire pages: every story of a file, or none of it when the file has a "
                      "problem. A story the library holds already (same headline, dateline and "
                      "first "
                      "paragraph) is skipped and named."),
             Text::tr(
                     "Options:\n"
                     "  --now TIME          Resolve relative stamps (\"2 min ago\") against TIME\n"
                     "                      (ISO 8601, e.g. 2026-11-24T09:30:00Z) instead of now.\n"
                     "  --time-zone ZONE    The newsroom's IANA time zone for absolute stamps\n"
                     "                      (default: the publishing settings', else the "
                     "system's).\n"
                     "  --update-existing   Save the wire text of stories held already as their\n"
                     "                      next version instead of skipping them.\n"
                     "A library that does not exist yet is created.\n"),
             &importWire},
            {u"list"_s, u"list [--json] [--status S] [--section NAME]"_s,
             Text::tr("List the stories of the library, newest save first."),
             Text::tr("Options:\n"
                      "  --json              Print a JSON array of the stories with every field.\n"
                      "  --status STATUS     Only draft, scheduled, published or withdrawn "
                      "stories.\n"
                      "  --section NAME      Only the stories filed under this section (empty: "
                      "under none).\n"),
             &listStories},
            {u"search"_s, u"search WORDS... [--status S] [--since T] [--json]"_s,
             Text::tr("Find stories by the words of their headline, highlights, dateline, byline, "
                      "body, captions and credits: best match first, each with the words around "
                      "the match. Every word must be found; \"quoted words\" must stand "
                      "together; a word ending in * finds every word that starts so."),
             Text::tr("Options:\n"
                      "  --status STATUS     Only draft, scheduled, published or withdrawn "
                      "stories.\n"
                      "  --since TIME        Only stories saved at or after TIME (a date such as\n"
                      "                      2026-12-01, or a time as schedule takes it).\n"
                      "  --until TIME        Only stories saved before TIME.\n"
                      "  --byline TEXT       Only stories whose byline contains TEXT.\n"
                      "  --limit N           At most N stories (default 20).\n"
                      "  --every-match       Rank every story that matches; without it, when\n"
                      "                      more than 1000 do, the best of the newest 1000.\n"
                      "  --json              A JSON array: id, slug, headline, status, saved,\n"
                      "                      context and the matched words.\n"
                      "  --time-zone ZONE    Read and show times in this zone.\n"),
             &searchStories},
            {u"export"_s, u"export ID --format FORMAT"_s,
             Text::tr("Write a story to standard output. ID is the story's id, a unique start of "
                      "it, "
                      "or its slug."),
             Text::tr("Options:\n"
                      "  --format html       The story page, as the preview shows it.\n"
                      "  --format ninjs      The IPTC ninjs 2.2 document.\n"
                      "  --format atom       An Atom 1.0 entry document.\n"
                      "  --format jsonfeed   A JSON Feed 1.1 holding the story.\n"
                      "  --version N         An earlier version instead of the newest.\n"
                      "  --base-url URL      The address published files are served at\n"
                      "                      (default: the publishing settings').\n"),
             &exportStory},
            {u"set"_s,
             u"set ID [--slug SLUG] [--language TAG] [--section S] [--tag T]... [--subject "
             u"TOPIC]..."_s,
             Text::tr("Change a story's slug (its address; empty: made from the headline again), "
                      "its language (a BCP 47 tag; empty: the site's), its section, tags or "
                      "subjects. Saved as a new version."),
             Text::tr("Options:\n"
                      "  --slug SLUG         The address to publish under.\n"
                      "  --language TAG      en, ar, fr-CA …\n"
                      "  --section S         One of the library's sections (settings "
                      "--add-section); empty: none.\n"
                      "  --tag T             A tag; repeat for more. They replace the story's "
                      "tags; --tag \"\" clears them.\n"
                      "  --subject TOPIC     An IPTC Media Topic: medtop:11000000, 11000000 or "
                      "its name (politics); repeat for more, --subject \"\" clears them.\n"),
             &setFields},
            {u"attach"_s, u"attach ID PICTURE [--caption C] [--credit C] [--alt A]"_s,
             Text::tr("Add a picture file to a story as a new photo, after the ones it has, as the "
                      "editor's Add Photo… does: the file is read whole and checked (a broken or "
                      "unreadable picture is refused and the story left as it was), kept in the "
                      "library, and the first picture of a story leads it. What the options leave "
                      "empty comes from the picture's own metadata. Saved as a new version."),
             Text::tr("Options:\n"
                      "  --caption C         The photo's caption.\n"
                      "  --credit C          Who to credit, shown as (Credit) after the caption.\n"
                      "  --alt A             The alt text, for readers who cannot see it.\n"),
             &attachPhoto},
            {u"publish"_s, u"publish ID [--minor | --major NOTE | --correction NOTE]"_s,
             Text::tr("Publish a story to the active destinations (or with --folder, to that "
                      "folder): "
                      "its page, ninjs file and photos, and the feeds. "
                      "House-style errors and an embargo stop it; a story already out needs the "
                      "kind "
                      "of update."),
             Text::tr("Options:\n"
                      "  --minor             A small fix: readers' \"Updated\" and the feeds' "
                      "dates\n"
                      "                      stay as they are.\n"
                      "  --major NOTE        An update: the \"Updated\" stamp moves and the page\n"
                      "                      lists NOTE with its date.\n"
                      "  --correction NOTE   A correction: the page shows a dated notice with "
                      "NOTE.\n") +
                     PublishingOptions::help(),
             &publishStory},
            {u"withdraw"_s, u"withdraw ID --reason TEXT"_s,
             Text::tr("Withdraw (kill) a published story: its page becomes a notice with the "
                      "reason, "
                      "its ninjs is marked canceled, and it leaves the feeds. It stays in the "
                      "library."),
             Text::tr("Options:\n"
                      "  --reason TEXT       Why, as readers will see it.\n") +
                     PublishingOptions::help(),
             &withdrawStory},
            {u"republish"_s, u"republish ID | republish --all"_s,
             Text::tr(
                     "Bring a withdrawn story back, or with --all render every published story and "
                     "the feeds again (after a template or settings change), writing only what "
                     "changed."),
             Text::tr("Options:\n"
                      "  --all               Every published and withdrawn story, and the feeds.\n"
                      "  --note TEXT         For one story: an update note readers see.\n") +
                     PublishingOptions::help(),
             &republishStory},
            {u"schedule"_s, u"schedule ID --at TIME [--embargo TIME]"_s,
             Text::tr("Schedule a story to be published at TIME, optionally under embargo until a "
                      "time. TIME is ISO 8601 with an offset or Z, or a local time read in the "
                      "newsroom's time zone (a time the clocks skip or repeat is refused)."),
             Text::tr("Options:\n"
                      "  --at TIME           When it goes out.\n"
                      "  --embargo TIME      Nothing publishes it before this time.\n") +
                     PublishingOptions::help(),
             &scheduleStory},
            {u"unschedule"_s, u"unschedule ID"_s,
             Text::tr("Take a scheduled story back to the drafts."),
             Text::tr("Options:\n") + PublishingOptions::help(), &unscheduleStory},
            {u"embargo"_s, u"embargo ID (--until TIME | --lift)"_s,
             Text::tr("Hold a story not yet out under embargo until a time, or lift the embargo."),
             Text::tr("Options:\n"
                      "  --until TIME        Nothing publishes it before this time.\n"
                      "  --lift              No embargo.\n") +
                     PublishingOptions::help(),
             &embargoStory},
            {u"publish-due"_s, u"publish-due [--now TIME]"_s,
             Text::tr("Publish every scheduled story that is due, each exactly once however many "
                      "run at once, and print what was published; then deliver again what did not "
                      "arrive before. For cron or the systemd timer."),
             Text::tr("Options:\n"
                      "  --now TIME          Take TIME as now.\n"
                      "  --quiet             Print nothing when nothing is due (for timers).\n") +
                     PublishingOptions::help(),
             &publishDue},
            {u"deliver"_s, u"deliver [--until-idle] [--max-seconds N] [--now]"_s,
             Text::tr("Deliver what the outbox holds for the active destinations: every version "
                      "published and not yet delivered, each exactly once, the newest of a story "
                      "first. A delivery that fails for a passing reason (a timeout, a 5xx, a full "
                      "disk) is tried again later, never before a server's Retry-After; one the "
                      "destination refuses fails at once, with its message. Runs the window's "
                      "worker "
                      "without the window, for cron and scripts."),
             Text::tr("Options:\n"
                      "  --until-idle        Wait for retries too, until nothing is waiting.\n"
                      "  --max-seconds N     Take no new delivery after N seconds.\n"
                      "  --now               Make every waiting delivery due now and try each "
                      "once.\n") +
                     PublishingOptions::help(),
             &deliver},
            {u"destination"_s,
             u"destination add NAME (--folder DIR | --webdav URL --user USER | --push URL "
             u"[--assets-url URL] | --wordpress URL --user USER) | destination list [--json] | "
             u"destination remove NAME | "
             u"destination test NAME"_s,
             Text::tr("Set up where stories publish. Destinations are kept in the library, so "
                      "everyone using it publishes to the same places; every enabled one takes "
                      "every "
                      "publication. A password or signing secret is kept in the desktop's secret "
                      "service (asked for on add), or read from an environment variable named with "
                      "--secret-from-env: the library keeps the variable's name, never its value."),
             Text::tr("Options for add:\n"
                      "  --folder DIR          A folder a web server serves.\n"
                      "  --webdav URL          A web server taking the files over WebDAV (https).\n"
                      "  --user USER           The WebDAV or WordPress user name.\n"
                      "  --push URL            An endpoint taking each version's ninjs as a POST.\n"
                      "  --wordpress URL       A WordPress site taking each story as a post\n"
                      "                        (REST API, with an application password).\n"
                      "  --assets-url URL      Where a push endpoint takes the pictures.\n"
                      "  --base-url URL        The address readers find the site at.\n"
                      "  --ca-file FILE        Trust this CA certificate (PEM) too.\n"
                      "  --secret-from-env VAR Read the password or secret from VAR.\n"
                      "  --hub URL             Tell this WebSub hub when the feeds change.\n"
                      "  --timeout SECONDS     Give up an attempt that hears nothing this long\n"
                      "                        (default 30); it is tried again later.\n"
                      "  --disabled            Keep it, but publish nothing to it yet.\n"
                      "Also: destination enable NAME, destination disable NAME.\n"),
             &destinationCommand},
            {u"import-wordpress"_s,
             u"import-wordpress NAME [--status draft|future|publish|pending|private]... [--json]"_s,
             Text::tr("Bring the posts of the WordPress destination NAME into the library as "
                      "stories: title, excerpt, content as Markdown, first category as section, "
                      "tags, author, featured image with its caption and alt text. Each is linked "
                      "to its post, so publishing it updates that post; a post imported before is "
                      "left as it is."),
             Text::tr("Options:\n"
                      "  --status STATUS     The posts to bring in (repeatable); default: draft\n"
                      "                      and future.\n"
                      "  --json              Print what was imported as JSON.\n"),
             &importWordPress},
            {u"queue"_s, u"queue [--all] [--json] | queue retry ID | queue cancel ID"_s,
             Text::tr("Show the deliveries waiting, being sent or failed: destination, state, "
                      "attempts, next try, last error; try one again now or cancel it."),
             Text::tr("Options:\n"
                      "  --all               Every delivery, delivered and cancelled too.\n"
                      "  --json              A JSON array.\n"
                      "  --limit N           At most N rows (default 50), newest first.\n"
                      "  --time-zone ZONE    Show times in this zone.\n"),
             &showQueue},
            {u"settings"_s,
             u"settings [--json] [--site-title T] [--base-url URL] [--language TAG] "
             u"[--feed-entries N] [--short-url-base URL] [--time-zone ZONE] [--slugs latin|own] "
             u"[--folder DIR] [--add-section NAME] [--remove-section NAME]"_s,
             Text::tr("Show the publishing settings, or change them: the site's title, address, "
                      "language, feeds and short links, the newsroom's time zone and how slugs "
                      "are written are kept in the library and shared by every desk on it; the "
                      "folder is this computer's. The window and copydesk-cli read the same."),
             Text::tr("Options:\n"
                      "  --json              Print the settings as a JSON object.\n"
                      "  --site-title TITLE  The name feed readers show for the site.\n"
                      "  --base-url URL      The address the site is served at (empty: none).\n"
                      "  --language TAG      The site's BCP 47 language: en, en-GB, ar.\n"
                      "  --feed-entries N    How many stories each feed lists (1-500).\n"
                      "  --short-url-base URL  A short-link service (empty: the site's s/).\n"
                      "  --time-zone ZONE    The newsroom's IANA time zone (empty: the system's).\n"
                      "  --slugs latin|own   Slugs in Latin letters or the headline's script.\n"
                      "  --folder DIR        This computer's destination folder.\n"
                      "  --add-section NAME  A section stories can be filed under (repeatable).\n"
                      "  --remove-section NAME  A section taken off the list (its stories keep "
                      "it).\n"),
             &settingsCommand},
            {u"history"_s, u"history ID [--json]"_s,
             Text::tr("List every saved version of a story: when, what kind, who, and the note."),
             Text::tr("Options:\n"
                      "  --json              Print a JSON array, with the deliveries of each "
                      "version.\n"
                      "  --time-zone ZONE    Show times in this zone.\n"),
             &showHistory},
            {u"diff"_s, u"diff ID V1 V2"_s,
             Text::tr("Show what changed between two versions, field by field, the body word by "
                      "word. A version is a number, current or published."),
             Text::tr("Options:\n"
                      "  --time-zone ZONE    Show times in this zone.\n"),
             &diffVersions},
            {u"restore"_s, u"restore ID VERSION"_s,
             Text::tr(
                     "Make a new version with the text of an earlier one; nothing is overwritten."),
             Text::tr("Options:\n") + PublishingOptions::help(), &restoreVersion},
            {u"recover"_s, u"recover --list [--json] | recover ID --print"_s,
             Text::tr("Show the unsaved edits the window kept in the edit journal beside the "
                      "library "
                      "(after a crash, a kill or a power cut), or print one story's as JSON. Works "
                      "even when the library will not open."),
             Text::tr("Options:\n"
                      "  --list              Every story with unsaved edits: last edit, the "
                      "version\n"
                      "                      they began on, what the library holds now.\n"
                      "  --json              With --list: a JSON array.\n"
                      "  --print             The story as edited, as JSON (list --json's fields).\n"
                      "  --time-zone ZONE    Show times in this zone.\n"),
             nullptr},
            {u"backup"_s, u"backup DEST | backup --daily"_s,
             Text::tr(
                     "Copy the library, consistently, while windows and the scheduler go on using "
                     "it (SQLite's online backup). DEST is a file, or a folder to put a dated copy "
                     "in. --daily makes today's copy beside the library, once a day, keeping the "
                     "last "
                     "7, as the window does."),
             Text::tr(
                     "Options:\n"
                     "  --daily             Today's copy in <library>.backups, the last 7 kept.\n"),
             nullptr},
            {u"library"_s, u"library copy FROM TO"_s,
             Text::tr("Copy a whole library (stories, every version, photos, deliveries and the "
                      "outbox, destinations, the newsroom dictionary) into an empty one: a file "
                      "to a PostgreSQL server and back. FROM and TO are library files or "
                      "postgresql://user@host:port/database addresses; --library is not used."),
             Text::tr("Options: none.\n"), nullptr},
            {u"restore-backup"_s, u"restore-backup FILE"_s,
             Text::tr("Put a backup back as the library: the backup is checked first, and the "
                      "library "
                      "as it is now is kept as <library>.before-restore."),
             Text::tr("Options: none.\n"), nullptr},
    };
    return list;
}

const Command *commandFor(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QString overview()
{
    QString text =
            Text::tr("Usage: copydesk-cli [--library PATH] COMMAND [options]\n\nCommands:\n");
    for (const Command &command : commands()) {
        text += u"  "_s + command.synopsis + u'\n';
        text += u"      "_s + command.description + u'\n';
    }
    text += Text::tr("\nWithout --library it uses the library the window opens: %1\n")
                    .arg(Library::deskLocation());
    text += Text::tr("Run copydesk-cli COMMAND --help for a command's options.\n");
    return text;
}

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // Global options come before the command; the command parses the rest.
    QStringList rest = arguments.mid(1);
    QString libraryPath = Library::deskLocation();
    while (!rest.isEmpty() && rest.first().startsWith(u'-')) {
        const QString option = rest.takeFirst();
        if (option == u"--library") {
            if (rest.isEmpty()) {
                err << Text::tr("--library needs a path.") << u'\n';
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
            err << Text::tr("Unknown option %1.").arg(option) << u"\n\n"_s << overview();
            return Usage;
        }
    }
    if (rest.isEmpty()) {
        err << overview();
        return Usage;
    }
    const Command *command = commandFor(rest.first());
    if (!command) {
        err << Text::tr("Unknown command “%1”.").arg(rest.first()) << u"\n\n"_s << overview();
        return Usage;
    }
    if (rest.contains(u"--help") || rest.contains(u"-h")) {
        // Help needs no library, so it works before one exists.
        out << u"Usage: copydesk-cli [--library PATH] "_s << command->synopsis << u"\n\n"_s
            << command->description << u"\n\n"_s << command->options;
        return Success;
    }

    const bool onServer = ServerAddress::isServerAddress(libraryPath);
    if (onServer && (command->name == u"backup" || command->name == u"restore-backup")) {
        err << Text::tr("A library on a PostgreSQL server is backed up by the server (pg_dump); "
                        "copydesk-cli library copy copies it into a library file.")
            << u'\n';
        return Failure;
    }
    if (command->name == u"recover")
        return recoverEdits(libraryPath, rest, out, err);
    if (command->name == u"library")
        return libraryCommand(rest, out, err);
    if (command->name == u"backup")
        return backupLibrary(libraryPath, rest, out, err);
    if (command->name == u"restore-backup")
        return restoreBackup(libraryPath, rest, out, err);

    // A mistyped path must not quietly become a new, empty library; importing
    // is the one command that asks for a library to be written.
    const bool creates = command->name == u"import-wire" || command->name == u"destination";
    if (!onServer && !QFileInfo::exists(libraryPath) && !creates) {
        err << Text::tr("There is no library at %1.").arg(libraryPath) << u'\n';
        return Failure;
    }
    // A server's password the secret service keeps is used as the window uses it.
    auto opened = Library::open(Secrets::withKeptPassword(libraryPath));
    if (!opened) {
        err << opened.errorMessage() << u'\n';
        return Failure;
    }
    if (opened->created)
        err << Text::tr("Created a new library at %1.").arg(libraryPath) << u'\n';
    auto publishing = PublishSettings::read(*opened->store, QSettings());
    if (!publishing) {
        err << publishing.errorMessage() << u'\n';
        return Failure;
    }
    // Slugs are written as the window writes them.
    publishing->applySlugScript();
    Context context{*opened->store, out, err, *publishing};
    return command->run(context, rest);
}

} // namespace Copydesk
