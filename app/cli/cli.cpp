// SPDX-License-Identifier: MIT
#include "cli.h"

#include "render/storypagerenderer.h"
#include "store/library.h"
#include "story/storyjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Copydesk::Cli", text);
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
            {u"list"_s, u"list [--json]"_s,
             tr("List the stories of the library, newest save first."),
             tr("Options:\n  --json    Print a JSON array of the stories with every field.\n")},
            {u"export"_s, u"export ID --format html"_s,
             tr("Write a story to standard output as the page readers see. ID is the story's "
                "id, a unique start of it, or its slug."),
             tr("Options:\n  --format html    The story page, as the preview shows it.\n")},
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
        return Error{
                tr("“%1” matches %2 stories; give more of the id.").arg(key).arg(matches.size())};
    return Error{tr("No story with the id or slug “%1” in this library.").arg(key)};
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

int exportStory(StoryStore &store, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption format(u"format"_s, tr("The output format: html."), u"format"_s);
    parser.addOption(format);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u'\n';
        return Usage;
    }
    if (parser.positionalArguments().size() != 1) {
        err << tr("export needs exactly one story ID.") << u'\n';
        return Usage;
    }
    const QString wanted = parser.value(format);
    if (wanted != u"html") {
        err << tr("Unknown format “%1”; this version exports html.").arg(wanted) << u'\n';
        return Usage;
    }
    const auto story = findStory(store, parser.positionalArguments().first());
    if (!story) {
        err << story.errorMessage() << u'\n';
        return Failure;
    }
    // No "now": a page written to a file shows the absolute date, which does not go stale.
    PageOptions options;
    options.photoUrl = [](const Photo &photo) -> QString { return u"photos/"_s + photo.fileId; };
    out << renderStoryPage(*story, options);
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

    // A mistyped path must not quietly become a new, empty library.
    if (!QFileInfo::exists(libraryPath)) {
        err << tr("There is no library at %1.").arg(libraryPath) << u'\n';
        return Failure;
    }
    auto opened = Library::open(libraryPath);
    if (!opened) {
        err << opened.errorMessage() << u'\n';
        return Failure;
    }
    StoryStore &store = *opened->store;
    if (command == u"list")
        return listStories(store, rest, out, err);
    return exportStory(store, rest, out, err);
}

} // namespace Copydesk
