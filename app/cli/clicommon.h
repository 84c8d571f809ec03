// SPDX-License-Identifier: MIT
#pragma once

// What the copydesk-cli commands share: exit codes, finding a story, the
// newsroom's time zone, and the publishing options every command that
// delivers takes. Internal to cli/.

#include "core/result.h"
#include "publish/destinationset.h"
#include "publish/publishservice.h"
#include "publish/publishsettings.h"
#include "store/storystore.h"
#include "story/housestyle.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimeZone>

#include <memory>

namespace Copydesk::Cli {

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

/// The command line's strings, filed under one translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Cli)
};

/// What every command gets: the open library and the two streams.
struct Context
{
    StoryStore &store;
    QTextStream &out;
    QTextStream &err;
    /// The desk's publishing settings: the library's, with this machine's folder.
    PublishSettings publishing;
};

/// Parses a command's arguments; a parse error is printed and false returned.
bool parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &err);
/// Exactly count positional arguments, or message on err.
bool expectArguments(const QCommandLineParser &parser, int count, const QString &message,
                     QTextStream &err);

/// A story by its whole id, a unique start of it, or its slug; looked up, never listed.
Result<Story> findStory(StoryStore &store, const QString &key);
/// The story the command's first argument names; nothing, with the reason on err, when none.
std::optional<Story> namedStory(Context &context, const QCommandLineParser &parser);

/// The newsroom's zone: the option's, else the publishing settings', else the system's.
Result<QTimeZone> newsroomZone(const QString &option, const PublishSettings &settings);
/// The same from a --time-zone option; nothing, with the reason on err, for an unknown zone.
std::optional<QTimeZone> zoneOption(Context &context, const QCommandLineParser &parser,
                                    const QCommandLineOption &option);
/// A time option (ISO 8601 with an offset or Z, or a local time in zone); prints what is wrong.
std::optional<QDateTime> timeOption(const QCommandLineParser &parser,
                                    const QCommandLineOption &option, const QTimeZone &zone,
                                    QTextStream &err);

/// --folder, --base-url, --feed-entries, --house-style: where and by which rules to publish.
struct PublishingOptions
{
    QCommandLineOption folder{QStringLiteral("folder"), QString(), QStringLiteral("dir")};
    QCommandLineOption baseUrl{QStringLiteral("base-url"), QString(), QStringLiteral("url")};
    QCommandLineOption feedEntries{QStringLiteral("feed-entries"), QString(), QStringLiteral("n")};
    QCommandLineOption houseStyle{QStringLiteral("house-style"), QString(), QStringLiteral("file")};
    QCommandLineOption timeZone{QStringLiteral("time-zone"), QString(), QStringLiteral("zone")};

    void addTo(QCommandLineParser &parser) const;
    /// The options' help text, for the commands that take them.
    static QString help();
};

/// The publishing service a command uses, with the destination it publishes to.
class Publishing
{
public:
    /// From the options and the desk's settings; prints what is wrong and returns nullptr.
    static std::unique_ptr<Publishing> create(const QCommandLineParser &parser,
                                              const PublishingOptions &options, Context &context,
                                              PublishService::Clock clock = {});

    PublishService &service() { return *m_service; }
    /// The destinations it publishes to: --folder's, else the library's active ones.
    QList<Destination *> destinations() const { return m_destinations.active(); }
    const QTimeZone &zone() const { return m_zone; }
    const HouseStyle &style() const { return m_style; }

private:
    Publishing() = default;

    DestinationSet m_destinations;
    HouseStyle m_style;
    QTimeZone m_zone;
    std::unique_ptr<PublishService> m_service;
};

/// One line per destination: what was written, or why it failed.
void printOutcomes(const QList<DestinationOutcome> &outcomes, QTextStream &out, QTextStream &err);
/// The house style's warnings and errors for a story, one line each, on err.
void printFindings(const QList<Finding> &findings, QTextStream &err);

} // namespace Copydesk::Cli
