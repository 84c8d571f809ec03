// SPDX-License-Identifier: MIT
// destination and queue: where the desk publishes, and what is on its way there.
#include "cli/commands.h"

#include "publish/destinationcheck.h"
#include "publish/destinationset.h"
#include "publish/publishsettings.h"
#include "publish/scheduletime.h"
#include "publish/secrets.h"
#include "publish/wordpressdestination.h"
#include "publish/wordpressimport.h"
#include "story/storyjson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Copydesk::Cli {

namespace {

/// A line from standard input, typed without echo when it is a terminal.
QString readSecretLine(QTextStream &err, const QString &prompt)
{
    const bool terminal = ::isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal) {
        err << prompt;
        err.flush();
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile in;
    QString line;
    if (in.open(stdin, QIODevice::ReadOnly | QIODevice::Text))
        line = QString::fromUtf8(in.readLine()).chopped(0).trimmed();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << u'\n';
    }
    return line;
}

Result<DestinationConfig> named(StoryStore &store, const QString &name)
{
    const auto all = store.destinations();
    if (!all)
        return all.error();
    for (const DestinationConfig &config : *all) {
        if (config.name == name)
            return config;
    }
    return Error{ErrorKind::NotFound,
                 Text::tr("There is no destination “%1”; copydesk-cli destination list shows them.")
                         .arg(name)};
}

QString secretSource(const DestinationConfig &config)
{
    if (!config.needsSecret())
        return {};
    return config.secretEnv.isEmpty() ? Text::tr("secret service")
                                      : Text::tr("environment variable %1").arg(config.secretEnv);
}

QJsonObject destinationJson(const DestinationConfig &config)
{
    QJsonObject object{{u"name"_s, config.name},
                       {u"kind"_s, destinationKindKey(config.kind)},
                       {u"target"_s, config.target},
                       {u"enabled"_s, config.enabled},
                       {u"key"_s, config.key()}};
    const auto add = [&object](const QString &key, const QString &value) {
        if (!value.isEmpty())
            object.insert(key, value);
    };
    add(u"user"_s, config.user);
    add(u"baseUrl"_s, config.baseUrl.toString());
    add(u"assetsUrl"_s, config.assetsUrl.toString());
    add(u"hubUrl"_s, config.hubUrl.toString());
    add(u"caFile"_s, config.caFile);
    add(u"secretFromEnv"_s, config.secretEnv);
    object.insert(u"timeoutSeconds"_s, config.timeoutSeconds);
    return object;
}

int addDestination(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption folder(u"folder"_s, QString(), u"dir"_s);
    const QCommandLineOption webdav(u"webdav"_s, QString(), u"url"_s);
    const QCommandLineOption user(u"user"_s, QString(), u"user"_s);
    const QCommandLineOption push(u"push"_s, QString(), u"url"_s);
    const QCommandLineOption wordpress(u"wordpress"_s, QString(), u"url"_s);
    const QCommandLineOption assetsUrl(u"assets-url"_s, QString(), u"url"_s);
    const QCommandLineOption baseUrl(u"base-url"_s, QString(), u"url"_s);
    const QCommandLineOption caFile(u"ca-file"_s, QString(), u"file"_s);
    const QCommandLineOption secretEnv(u"secret-from-env"_s, QString(), u"var"_s);
    const QCommandLineOption hub(u"hub"_s, QString(), u"url"_s);
    const QCommandLineOption disabled(u"disabled"_s);
    const QCommandLineOption timeout(u"timeout"_s, QString(), u"seconds"_s);
    parser.addOptions({folder, webdav, user, push, wordpress, assetsUrl, baseUrl, caFile, secretEnv,
                       hub, disabled, timeout});
    if (!parse(parser, arguments, context.err))
        return Usage;
    // "add NAME": the parser takes "add" for the program's name.
    if (!expectArguments(parser, 1, Text::tr("destination add needs exactly one NAME."),
                         context.err))
        return Usage;
    DestinationConfig config;
    config.name = parser.positionalArguments().at(0);
    const int kinds = int(parser.isSet(folder)) + int(parser.isSet(webdav)) +
            int(parser.isSet(push)) + int(parser.isSet(wordpress));
    if (kinds != 1) {
        context.err << Text::tr(
                               "Give exactly one of --folder DIR, --webdav URL --user USER, --push "
                               "URL or --wordpress URL --user USER.")
                    << u'\n';
        return Usage;
    }
    if (parser.isSet(folder)) {
        config.kind = DestinationKind::Folder;
        config.target = QFileInfo(parser.value(folder)).absoluteFilePath();
    } else if (parser.isSet(wordpress)) {
        config.kind = DestinationKind::WordPress;
        config.target = parser.value(wordpress);
    } else {
        config.kind = parser.isSet(webdav) ? DestinationKind::WebDav : DestinationKind::Push;
        config.target = parser.value(parser.isSet(webdav) ? webdav : push);
    }
    config.user = parser.value(user);
    if (!config.user.isEmpty() && config.kind != DestinationKind::WebDav &&
        config.kind != DestinationKind::WordPress) {
        context.err << Text::tr("--user is for a --webdav or --wordpress destination.") << u'\n';
        return Usage;
    }
    const auto url = [&parser](const QCommandLineOption &option) {
        return parser.isSet(option) ? QUrl(parser.value(option), QUrl::StrictMode) : QUrl();
    };
    config.assetsUrl = url(assetsUrl);
    config.hubUrl = url(hub);
    config.baseUrl = url(baseUrl);
    if (parser.isSet(caFile))
        config.caFile = QFileInfo(parser.value(caFile)).absoluteFilePath();
    config.secretEnv = parser.value(secretEnv);
    config.enabled = !parser.isSet(disabled);
    if (parser.isSet(timeout)) {
        bool number = false;
        config.timeoutSeconds = parser.value(timeout).toInt(&number);
        if (!number) {
            context.err << Text::tr("--timeout needs a number of seconds from 1 to 3600.") << u'\n';
            return Usage;
        }
    }
    // The same rules as the Destinations dialog's.
    const auto all = context.store.destinations();
    if (!all) {
        context.err << all.errorMessage() << u'\n';
        return Failure;
    }
    if (auto usable = checkDestinationConfig(config, *all, false); !usable) {
        context.err << usable.errorMessage() << u'\n';
        return Usage;
    }
    if (config.needsSecret() && config.secretEnv.isEmpty()) {
        const QString secret = readSecretLine(
                context.err,
                config.kind == DestinationKind::WebDav
                        ? Text::tr("Password for %1 at %2: ").arg(config.user, config.target)
                        : config.kind == DestinationKind::WordPress
                        ? Text::tr("Application password for %1 at %2: ")
                                  .arg(config.user, config.target)
                        : Text::tr("Signing secret for %1: ").arg(config.target));
        if (secret.isEmpty()) {
            context.err << Text::tr("No password or secret was given; nothing was added.") << u'\n';
            return Failure;
        }
        if (auto kept = Secrets::store(config.name, secret); !kept) {
            context.err << kept.errorMessage() << u'\n';
            return Failure;
        }
    }
    if (auto saved = context.store.saveDestination(config); !saved) {
        context.err << saved.errorMessage() << u'\n';
        return Failure;
    }
    context.out << Text::tr("Added the destination “%1”: %2.").arg(config.name, config.where())
                << u'\n';
    return Success;
}

int listDestinations(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    parser.addOption(json);
    if (!parse(parser, arguments, context.err))
        return Usage;
    if (!expectArguments(parser, 0, Text::tr("destination list takes no NAME."), context.err))
        return Usage;
    const auto all = context.store.destinations();
    if (!all) {
        context.err << all.errorMessage() << u'\n';
        return Failure;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const DestinationConfig &config : *all)
            array.append(destinationJson(config));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (all->isEmpty()) {
        const PublishSettings &settings = context.publishing;
        context.out << Text::tr("No destinations are set up; stories publish to the folder %1.")
                               .arg(settings.folder)
                    << u'\n';
        return Success;
    }
    for (const DestinationConfig &config : *all) {
        context.out << config.name << u"  "_s << destinationKindKey(config.kind) << u"  "_s
                    << config.where();
        if (!config.enabled)
            context.out << u"  "_s << Text::tr("(disabled)");
        context.out << u'\n';
        if (!config.user.isEmpty())
            context.out << u"    "_s << Text::tr("user: %1").arg(config.user) << u'\n';
        if (!config.baseUrl.isEmpty())
            context.out << u"    "_s << Text::tr("site address: %1").arg(config.baseUrl.toString())
                        << u'\n';
        if (!config.assetsUrl.isEmpty())
            context.out << u"    "_s << Text::tr("pictures to: %1").arg(config.assetsUrl.toString())
                        << u'\n';
        if (!config.hubUrl.isEmpty())
            context.out << u"    "_s << Text::tr("WebSub hub: %1").arg(config.hubUrl.toString())
                        << u'\n';
        if (!config.caFile.isEmpty())
            context.out << u"    "_s << Text::tr("trusts the CA in %1").arg(config.caFile) << u'\n';
        if (config.needsSecret())
            context.out << u"    "_s << Text::tr("secret from: %1").arg(secretSource(config))
                        << u'\n';
    }
    return Success;
}

int removeDestination(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, context.err))
        return Usage;
    if (!expectArguments(parser, 1, Text::tr("destination remove needs exactly one NAME."),
                         context.err))
        return Usage;
    const QString name = parser.positionalArguments().at(0);
    if (auto removed = context.store.removeDestination(name); !removed) {
        context.err << removed.errorMessage() << u'\n';
        return Failure;
    }
    if (auto forgotten = Secrets::forget(name); !forgotten)
        context.err << forgotten.errorMessage() << u'\n';
    context.out << Text::tr("Removed the destination “%1”; its deliveries stay in the history.")
                           .arg(name)
                << u'\n';
    return Success;
}

int enableDestination(Context &context, const QStringList &arguments, bool enabled)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, context.err))
        return Usage;
    if (!expectArguments(parser, 1, Text::tr("Give exactly one NAME."), context.err))
        return Usage;
    auto config = named(context.store, parser.positionalArguments().at(0));
    if (!config) {
        context.err << config.errorMessage() << u'\n';
        return Failure;
    }
    config->enabled = enabled;
    if (auto saved = context.store.saveDestination(*config); !saved) {
        context.err << saved.errorMessage() << u'\n';
        return Failure;
    }
    context.out << (enabled ? Text::tr("“%1” takes publications again.")
                            : Text::tr("“%1” takes no publications until it is enabled."))
                           .arg(config->name)
                << u'\n';
    return Success;
}

int testDestination(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, context.err))
        return Usage;
    if (!expectArguments(parser, 1, Text::tr("destination test needs exactly one NAME."),
                         context.err))
        return Usage;
    const auto config = named(context.store, parser.positionalArguments().at(0));
    if (!config) {
        context.err << config.errorMessage() << u'\n';
        return Failure;
    }
    QString secret;
    if (config->needsSecret()) {
        const auto found = Secrets::read(*config);
        if (!found) {
            context.err << found.errorMessage() << u'\n';
            return Failure;
        }
        secret = *found;
    }
    const auto destination = DestinationSet::make(*config, context.publishing, secret);
    const auto answered = destination->sendTestRequest();
    if (!answered) {
        context.err << answered.errorMessage() << u'\n';
        return Failure;
    }
    context.out << *answered << u'\n';
    return Success;
}

} // namespace

int importWordPress(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption status(u"status"_s, QString(), u"status"_s);
    const QCommandLineOption json(u"json"_s);
    parser.addOptions({status, json});
    if (!parse(parser, arguments, context.err))
        return Usage;
    if (!expectArguments(parser, 1, Text::tr("import-wordpress needs exactly one NAME."),
                         context.err))
        return Usage;
    QStringList statuses = parser.values(status);
    if (statuses.isEmpty())
        statuses = {u"draft"_s, u"future"_s};
    for (const QString &wanted : std::as_const(statuses)) {
        if (wanted != u"draft"_s && wanted != u"future"_s && wanted != u"publish"_s &&
            wanted != u"pending"_s && wanted != u"private"_s) {
            context.err << Text::tr("--status is draft, future, publish, pending or private, not "
                                    "“%1”.")
                                   .arg(wanted)
                        << u'\n';
            return Usage;
        }
    }
    const auto config = named(context.store, parser.positionalArguments().at(0));
    if (!config) {
        context.err << config.errorMessage() << u'\n';
        return Failure;
    }
    if (config->kind != DestinationKind::WordPress) {
        context.err << Text::tr("“%1” is not a WordPress site; import-wordpress reads posts from "
                                "one added with destination add NAME --wordpress URL.")
                               .arg(config->name)
                    << u'\n';
        return Usage;
    }
    const auto secret = Secrets::read(*config);
    if (!secret) {
        context.err << secret.errorMessage() << u'\n';
        return Failure;
    }
    WordPressDestination site(*config, DestinationSet::siteFor(*config, context.publishing),
                              *secret, DestinationSet::httpOptions(*config));
    if (auto usable = site.check(); !usable) {
        context.err << usable.errorMessage() << u'\n';
        return Failure;
    }
    WordPressImport import(context.store, site);
    QJsonArray done;
    int imported = 0;
    int failed = 0;
    for (int page = 1, pages = 1; page <= pages; ++page) {
        const auto listed = import.posts(statuses, page);
        if (!listed) {
            context.err << listed.errorMessage() << u'\n';
            return Failure;
        }
        pages = listed->totalPages;
        for (const WordPressPost &post : listed->posts) {
            const auto result = import.importPost(post.id);
            if (!result) {
                ++failed;
                context.err << Text::tr("Post %1 “%2”: %3")
                                       .arg(post.id)
                                       .arg(post.title, result.errorMessage())
                            << u'\n';
                continue;
            }
            const QString id = result->story.id().toString(QUuid::WithoutBraces);
            if (!result->existing)
                ++imported;
            for (const QString &note : result->notes)
                context.err << Text::tr("Post %1: %2").arg(post.id).arg(note) << u'\n';
            if (parser.isSet(json)) {
                done.append(QJsonObject{{u"post"_s, post.id},
                                        {u"status"_s, post.status},
                                        {u"story"_s, id},
                                        {u"headline"_s, result->story.headline()},
                                        {u"existing"_s, result->existing}});
            } else {
                context.out << (result->existing
                                        ? Text::tr("%1  post %2 (%3) is in the library already: %4")
                                        : Text::tr("%1  post %2 (%3) imported: %4"))
                                       .arg(id.left(8))
                                       .arg(post.id)
                                       .arg(post.status, result->story.headline())
                            << u'\n';
            }
        }
    }
    if (parser.isSet(json))
        context.out << QString::fromUtf8(QJsonDocument(done).toJson(QJsonDocument::Indented));
    else
        context.out << Text::tr("Imported %n posts from %1.", nullptr, imported).arg(config->name)
                    << u'\n';
    return failed > 0 ? Failure : Success;
}

int destinationCommand(Context &context, const QStringList &arguments)
{
    const QString action = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (action == u"add")
        return addDestination(context, rest);
    if (action == u"list")
        return listDestinations(context, rest);
    if (action == u"remove")
        return removeDestination(context, rest);
    if (action == u"enable" || action == u"disable")
        return enableDestination(context, rest, action == u"enable");
    if (action == u"test")
        return testDestination(context, rest);
    context.err << Text::tr("destination needs add, list, remove, enable, disable or test.")
                << u'\n';
    return Usage;
}

int showQueue(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption all(u"all"_s);
    const QCommandLineOption limit(u"limit"_s, QString(), u"n"_s, u"50"_s);
    const QCommandLineOption timeZone(u"time-zone"_s, QString(), u"zone"_s);
    parser.addOptions({json, all, limit, timeZone});
    if (!parse(parser, arguments, context.err))
        return Usage;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == u"retry" || action == u"cancel") {
        bool number = false;
        const qint64 id = positional.value(1).toLongLong(&number);
        if (positional.size() != 2 || !number) {
            context.err << Text::tr("queue %1 needs the number of one delivery.").arg(action)
                        << u'\n';
            return Usage;
        }
        const auto done = action == u"retry" ? context.store.retryDeliveryNow(id)
                                             : context.store.cancelDelivery(id);
        if (!done) {
            context.err << done.errorMessage() << u'\n';
            return Failure;
        }
        context.out << (action == u"retry"
                                ? Text::tr("Delivery %1 is due now; copydesk-cli deliver sends it.")
                                : Text::tr("Delivery %1 is cancelled."))
                               .arg(id)
                    << u'\n';
        return Success;
    }
    if (!positional.isEmpty()) {
        context.err << Text::tr("queue takes retry ID, cancel ID or nothing.") << u'\n';
        return Usage;
    }
    const auto zone = zoneOption(context, parser, timeZone);
    if (!zone)
        return Usage;
    DeliveryQuery query;
    query.needingAttention = !parser.isSet(all);
    query.limit = qBound(1, parser.value(limit).toInt(), 10'000);
    const auto rows = context.store.deliveryQueue(query);
    if (!rows) {
        context.err << rows.errorMessage() << u'\n';
        return Failure;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Delivery &row : *rows) {
            QJsonObject object{{u"id"_s, row.id},
                               {u"story"_s, row.storyId.toString(QUuid::WithoutBraces)},
                               {u"version"_s, row.version},
                               {u"slug"_s, row.slug},
                               {u"destination"_s, row.destination},
                               {u"kind"_s, publicationKindKey(row.kind)},
                               {u"state"_s, deliveryStateKey(row.state)},
                               {u"attempts"_s, row.attempts},
                               {u"createdAt"_s, StoryJson::timeToJson(row.createdAt)}};
            if (row.nextAttemptAt.isValid())
                object.insert(u"nextAttemptAt"_s, row.nextAttemptAt.toString(Qt::ISODateWithMs));
            if (row.finishedAt.isValid())
                object.insert(u"finishedAt"_s, StoryJson::timeToJson(row.finishedAt));
            if (!row.message.isEmpty())
                object.insert(u"message"_s, row.message);
            if (!row.url.isEmpty())
                object.insert(u"url"_s, row.url);
            array.append(object);
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (rows->isEmpty()) {
        context.out << (query.needingAttention ? Text::tr("Nothing is waiting or failed.")
                                               : Text::tr("Nothing was ever delivered."))
                    << u'\n';
        return Success;
    }
    for (const Delivery &row : *rows) {
        context.out << u"%1  %2  v%3  %4  %5"_s.arg(
                QString::number(row.id), deliveryStateKey(row.state), QString::number(row.version),
                row.slug, row.destination);
        context.out << u"  "_s << Text::tr("%Ln attempts", nullptr, int(row.attempts));
        if (row.nextAttemptAt.isValid() && isUnfinished(row.state))
            context.out << u"  "_s
                        << Text::tr("next try %1").arg(describeTime(row.nextAttemptAt, *zone));
        context.out << u'\n';
        if (!row.message.isEmpty())
            context.out << u"    "_s << row.message << u'\n';
    }
    return Success;
}

} // namespace Copydesk::Cli
