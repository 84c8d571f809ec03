// SPDX-License-Identifier: MIT
// history, diff and restore: every saved version, compared and brought back.
#include "cli/commands.h"

#include "publish/scheduletime.h"
#include "story/storydiff.h"
#include "story/storyjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Copydesk::Cli {

namespace {

/// A version argument: a number, "current" or "published".
Result<Story> versionOf(StoryStore &store, const Story &story, const QString &text)
{
    if (text == u"current")
        return story;
    if (text == u"published")
        return store.loadPublishedVersion(story.id());
    bool number = false;
    const int version = text.toInt(&number);
    if (!number || version < 1)
        return Error{ErrorKind::InvalidInput,
                     Text::tr("“%1” is not a version: give its number, “current” or “published”.")
                             .arg(text)};
    return store.loadRevision(story.id(), version);
}

} // namespace

int showHistory(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption timeZone(u"time-zone"_s, QString(), u"zone"_s);
    parser.addOptions({json, timeZone});
    if (!parse(parser, arguments, context.err))
        return Usage;
    if (!expectArguments(parser, 1, Text::tr("history needs exactly one story ID."), context.err))
        return Usage;
    const auto zone = zoneOption(context, parser, timeZone);
    if (!zone)
        return Usage;
    const auto story = namedStory(context, parser);
    if (!story)
        return Failure;
    const auto versions = context.store.revisions(story->id());
    const auto deliveries = context.store.deliveries(story->id(), 200);
    if (!versions || !deliveries) {
        context.err << (versions ? deliveries.errorMessage() : versions.errorMessage()) << u'\n';
        return Failure;
    }
    const auto summary = context.store.storySummary(story->id());
    const int published = summary ? summary->publishedVersion : 0;

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const RevisionInfo &revision : *versions) {
            QJsonArray delivered;
            for (const Delivery &delivery : *deliveries) {
                if (delivery.version != revision.version)
                    continue;
                QJsonObject object{{u"destination"_s, delivery.destination},
                                   {u"state"_s, deliveryStateKey(delivery.state)},
                                   {u"written"_s, QJsonArray::fromStringList(delivery.written)}};
                if (delivery.finishedAt.isValid())
                    object.insert(u"at"_s, StoryJson::timeToJson(delivery.finishedAt));
                if (!delivery.url.isEmpty())
                    object.insert(u"url"_s, delivery.url);
                if (!delivery.message.isEmpty())
                    object.insert(u"message"_s, delivery.message);
                delivered.append(object);
            }
            array.append(QJsonObject{
                    {u"version"_s, revision.version},
                    {u"saved"_s, StoryJson::timeToJson(revision.savedAt)},
                    {u"kind"_s, revisionKindKey(revision.kind)},
                    {u"author"_s, revision.author},
                    {u"note"_s, revision.note},
                    {u"headline"_s, revision.headline},
                    {u"published"_s, revision.version == published},
                    {u"deliveries"_s, delivered},
            });
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }

    context.out << Text::tr("“%1”: %2")
                           .arg(story->headline(),
                                Text::tr("%Ln versions", nullptr, int(versions->size())));
    if (published > 0)
        context.out << Text::tr("; readers have version %1").arg(published);
    context.out << u'\n';
    for (const RevisionInfo &revision : *versions) {
        const QString marker = revision.version == published ? u"*"_s : u" "_s;
        context.out << marker << u'v' << QString::number(revision.version).leftJustified(4)
                    << describeTime(revision.savedAt, *zone).leftJustified(36)
                    << revisionKindDisplayName(revision.kind).leftJustified(14)
                    << revision.author.leftJustified(12);
        if (!revision.note.isEmpty())
            context.out << u"  "_s << revision.note;
        context.out << u'\n';
    }
    return Success;
}

int diffVersions(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption timeZone(u"time-zone"_s, QString(), u"zone"_s);
    parser.addOption(timeZone);
    if (!parse(parser, arguments, context.err))
        return Usage;
    if (!expectArguments(parser, 3, Text::tr("diff needs a story ID and two versions."),
                         context.err))
        return Usage;
    const auto zone = zoneOption(context, parser, timeZone);
    if (!zone)
        return Usage;
    const QStringList positional = parser.positionalArguments();
    const auto story = namedStory(context, parser);
    if (!story)
        return Failure;
    const auto before = versionOf(context.store, *story, positional.at(1));
    const auto after = versionOf(context.store, *story, positional.at(2));
    if (!before || !after) {
        const Error error = before ? after.error() : before.error();
        context.err << error.message << u'\n';
        return error.kind == ErrorKind::InvalidInput ? Usage : Failure;
    }
    const QString text = diffAsText(diffStories(*before, *after, *zone));
    if (text.isEmpty())
        context.out << Text::tr("Versions %1 and %2 say the same.")
                               .arg(before->version())
                               .arg(after->version())
                    << u'\n';
    else
        context.out << text;
    return Success;
}

int restoreVersion(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    PublishingOptions options;
    options.addTo(parser);
    if (!parse(parser, arguments, context.err))
        return Usage;
    if (!expectArguments(parser, 2, Text::tr("restore needs a story ID and a VERSION."),
                         context.err))
        return Usage;
    bool number = false;
    const int version = parser.positionalArguments().at(1).toInt(&number);
    if (!number || version < 1) {
        context.err << Text::tr("restore needs a version number, not “%1”.")
                               .arg(parser.positionalArguments().at(1))
                    << u'\n';
        return Usage;
    }
    const auto story = namedStory(context, parser);
    if (!story)
        return Failure;
    auto publishing = Publishing::create(parser, options, context);
    if (!publishing)
        return Usage;
    const auto restored = publishing->service().restore(story->id(), version);
    if (!restored) {
        context.err << restored.errorMessage() << u'\n';
        return Failure;
    }
    context.out << Text::tr("Restored the text of version %1 of “%2” as version %3.")
                           .arg(version)
                           .arg(restored->headline())
                           .arg(restored->version())
                << u'\n';
    const auto summary = context.store.storySummary(story->id());
    if (restored->status() == StoryStatus::Published && summary)
        context.out << Text::tr("Readers still have version %1: publish an update to put it out.")
                               .arg(summary->publishedVersion)
                    << u'\n';
    return Success;
}

} // namespace Copydesk::Cli
