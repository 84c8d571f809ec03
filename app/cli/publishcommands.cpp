// SPDX-License-Identifier: MIT
// publish, republish, withdraw, schedule, unschedule, embargo, publish-due
// and deliver: every one through the publishing service.
#include "cli/commands.h"

#include "publish/scheduletime.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Copydesk::Cli {

namespace {

/// What a publication did, on out; failed deliveries on err. Failure when one failed.
int report(const Publication &publication, Context &context)
{
    const Story &story = publication.story;
    if (publication.unchanged)
        context.out
                << Text::tr("“%1” version %2 is already what readers have; the destinations were "
                            "brought up to date.")
                           .arg(story.headline())
                           .arg(story.version())
                << u'\n';
    else
        context.out << Text::tr("%1 of “%2”: version %3.")
                               .arg(publicationKindDisplayName(publication.kind), story.headline())
                               .arg(story.version())
                    << u'\n';
    if (!publication.lateNote.isEmpty())
        context.out << u"  "_s << publication.lateNote << u'\n';
    printOutcomes(publication.outcomes, context.out, context.err);
    if (publication.delivered())
        return Success;
    context.err
            << Text::tr("The library has version %1 as published; run copydesk-cli deliver to try "
                        "the destinations again.")
                       .arg(story.version())
            << u'\n';
    return Failure;
}

/// A publication of one kind of the story the first argument names.
int publishAs(Context &context, const QCommandLineParser &parser, const PublishingOptions &options,
              PublicationKind kind, const QString &note)
{
    auto story = namedStory(context, parser);
    if (!story)
        return Failure;
    auto publishing = Publishing::create(parser, options, context);
    if (!publishing)
        return Usage;
    const PublicationCheck checked = publishing->service().check(*story, kind, note);
    printFindings(checked.findings, context.err);
    auto publication =
            publishing->service().publish(PublishRequest{story->id(), kind, note, 0, {}});
    if (!publication) {
        context.err << publication.errorMessage() << u'\n';
        return Failure;
    }
    return report(*publication, context);
}

/// Each delivery tried again, one line and its outcome; returns how many still failed.
/// How long publish-due and deliver spend on what is due at most, without --max-seconds.
constexpr qint64 deliverDueForMs = 10 * 60 * 1000;

int printRedeliveries(const QList<DestinationOutcome> &outcomes, Context &context)
{
    int failed = 0;
    for (const DestinationOutcome &outcome : outcomes) {
        failed += outcome.ok() ? 0 : 1;
        context.out << Text::tr("Delivered again: version %1 of %2.")
                               .arg(outcome.delivery.version)
                               .arg(outcome.delivery.slug)
                    << u'\n';
        printOutcomes({outcome}, context.out, context.err);
    }
    return failed;
}

} // namespace

int publishStory(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    PublishingOptions options;
    options.addTo(parser);
    const QCommandLineOption minor(u"minor"_s);
    const QCommandLineOption major(u"major"_s, QString(), u"note"_s);
    const QCommandLineOption correction(u"correction"_s, QString(), u"note"_s);
    parser.addOptions({minor, major, correction});
    if (!parse(parser, arguments, context.err))
        return Usage;
    if (!expectArguments(parser, 1, Text::tr("publish needs exactly one story ID."), context.err))
        return Usage;
    const int kinds =
            int(parser.isSet(minor)) + int(parser.isSet(major)) + int(parser.isSet(correction));
    if (kinds > 1) {
        context.err << Text::tr("Choose one of --minor, --major NOTE and --correction NOTE.")
                    << u'\n';
        return Usage;
    }
    PublicationKind kind = PublicationKind::First;
    QString note;
    if (parser.isSet(minor)) {
        kind = PublicationKind::Minor;
    } else if (parser.isSet(major)) {
        kind = PublicationKind::Major;
        note = parser.value(major);
    } else if (parser.isSet(correction)) {
        kind = PublicationKind::Correction;
        note = parser.value(correction);
    } else {
        // A story already out is never re-published without saying how.
        const auto story = findStory(context.store, parser.positionalArguments().constFirst());
        if (story && story->status() == StoryStatus::Published) {
            context.err
                    << Text::tr("“%1” is already published. Say which kind of publication this "
                                "is: --minor (a typo; readers' “Updated” stays), --major NOTE (an "
                                "update readers are told of) or --correction NOTE.")
                               .arg(story->headline())
                    << u'\n';
            return Usage;
        }
        if (story && story->status() == StoryStatus::Withdrawn) {
            context.err
                    << Text::tr("“%1” was withdrawn: bring it back with copydesk-cli republish %2.")
                               .arg(story->headline(), parser.positionalArguments().constFirst())
                    << u'\n';
            return Usage;
        }
    }
    return publishAs(context, parser, options, kind, note);
}

int withdrawStory(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    PublishingOptions options;
    options.addTo(parser);
    const QCommandLineOption reason(u"reason"_s, QString(), u"text"_s);
    parser.addOption(reason);
    if (!parse(parser, arguments, context.err))
        return Usage;
    if (!expectArguments(parser, 1, Text::tr("withdraw needs exactly one story ID."), context.err))
        return Usage;
    if (parser.value(reason).trimmed().isEmpty()) {
        context.err << Text::tr("withdraw needs --reason TEXT: readers see it where the story was.")
                    << u'\n';
        return Usage;
    }
    return publishAs(context, parser, options, PublicationKind::Withdraw, parser.value(reason));
}

int republishStory(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    PublishingOptions options;
    options.addTo(parser);
    const QCommandLineOption all(u"all"_s);
    const QCommandLineOption note(u"note"_s, QString(), u"text"_s);
    parser.addOptions({all, note});
    if (!parse(parser, arguments, context.err))
        return Usage;
    if (!parser.isSet(all))
        return expectArguments(parser, 1, Text::tr("republish needs a story ID, or --all."),
                               context.err)
                ? publishAs(context, parser, options, PublicationKind::Republish,
                            parser.value(note))
                : int(Usage);
    if (!expectArguments(parser, 0, Text::tr("republish --all takes no story ID."), context.err))
        return Usage;
    auto publishing = Publishing::create(parser, options, context);
    if (!publishing)
        return Usage;
    const auto done = publishing->service().republishAll();
    if (!done) {
        context.err << done.errorMessage() << u'\n';
        return Failure;
    }
    context.out << Text::tr("Re-rendered %1 and the feeds: %2 written, %3 unchanged.")
                           .arg(Text::tr("%Ln stories", nullptr, int(done->stories)),
                                Text::tr("%Ln files", nullptr, int(done->written)))
                           .arg(done->unchanged)
                << u'\n';
    for (const QString &failure : done->failures)
        context.err << failure << u'\n';
    return done->failures.isEmpty() ? Success : Failure;
}

int scheduleStory(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    PublishingOptions options;
    options.addTo(parser);
    const QCommandLineOption at(u"at"_s, QString(), u"time"_s);
    const QCommandLineOption embargo(u"embargo"_s, QString(), u"time"_s);
    parser.addOptions({at, embargo});
    if (!parse(parser, arguments, context.err))
        return Usage;
    if (!expectArguments(parser, 1, Text::tr("schedule needs exactly one story ID."), context.err))
        return Usage;
    if (!parser.isSet(at)) {
        context.err << Text::tr("schedule needs --at TIME.") << u'\n';
        return Usage;
    }
    const auto zone = zoneOption(context, parser, options.timeZone);
    if (!zone)
        return Usage;
    const auto when = timeOption(parser, at, *zone, context.err);
    if (!when)
        return Usage;
    QDateTime until;
    if (parser.isSet(embargo)) {
        const auto lifted = timeOption(parser, embargo, *zone, context.err);
        if (!lifted)
            return Usage;
        until = *lifted;
    }
    auto story = namedStory(context, parser);
    if (!story)
        return Failure;
    auto publishing = Publishing::create(parser, options, context);
    if (!publishing)
        return Usage;
    printFindings(publishing->service().check(*story, PublicationKind::First, {}).findings,
                  context.err);
    const auto scheduled = publishing->service().schedule(story->id(), *when, until);
    if (!scheduled) {
        context.err << scheduled.errorMessage() << u'\n';
        return Failure;
    }
    context.out << Text::tr("“%1” is scheduled for %2.")
                           .arg(scheduled->headline(),
                                describeTime(scheduled->scheduledFor(), *zone))
                << u'\n';
    if (scheduled->embargoUntil().isValid())
        context.out << Text::tr("Embargoed until %1.")
                               .arg(describeTime(scheduled->embargoUntil(), *zone))
                    << u'\n';
    return Success;
}

int unscheduleStory(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    PublishingOptions options;
    options.addTo(parser);
    if (!parse(parser, arguments, context.err))
        return Usage;
    if (!expectArguments(parser, 1, Text::tr("unschedule needs exactly one story ID."),
                         context.err))
        return Usage;
    auto story = namedStory(context, parser);
    if (!story)
        return Failure;
    auto publishing = Publishing::create(parser, options, context);
    if (!publishing)
        return Usage;
    const auto done = publishing->service().unschedule(story->id());
    if (!done) {
        context.err << done.errorMessage() << u'\n';
        return Failure;
    }
    context.out << Text::tr("“%1” is a draft again; it will not be published on its own.")
                           .arg(done->headline())
                << u'\n';
    return Success;
}

int embargoStory(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    PublishingOptions options;
    options.addTo(parser);
    const QCommandLineOption until(u"until"_s, QString(), u"time"_s);
    const QCommandLineOption lift(u"lift"_s);
    parser.addOptions({until, lift});
    if (!parse(parser, arguments, context.err))
        return Usage;
    if (!expectArguments(parser, 1, Text::tr("embargo needs exactly one story ID."), context.err))
        return Usage;
    if (parser.isSet(until) == parser.isSet(lift)) {
        context.err << Text::tr("embargo needs --until TIME or --lift.") << u'\n';
        return Usage;
    }
    const auto zone = zoneOption(context, parser, options.timeZone);
    if (!zone)
        return Usage;
    QDateTime when;
    if (parser.isSet(until)) {
        const auto parsed = timeOption(parser, until, *zone, context.err);
        if (!parsed)
            return Usage;
        when = *parsed;
    }
    auto story = namedStory(context, parser);
    if (!story)
        return Failure;
    auto publishing = Publishing::create(parser, options, context);
    if (!publishing)
        return Usage;
    const auto done = publishing->service().setEmbargo(story->id(), when);
    if (!done) {
        context.err << done.errorMessage() << u'\n';
        return Failure;
    }
    context.out << (done->embargoUntil().isValid()
                            ? Text::tr("“%1” is embargoed until %2.")
                                      .arg(done->headline(),
                                           describeTime(done->embargoUntil(), *zone))
                            : Text::tr("“%1” is under no embargo.").arg(done->headline()))
                << u'\n';
    return Success;
}

int publishDue(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    PublishingOptions options;
    options.addTo(parser);
    const QCommandLineOption now(u"now"_s, QString(), u"time"_s);
    const QCommandLineOption quiet(u"quiet"_s);
    parser.addOptions({now, quiet});
    if (!parse(parser, arguments, context.err))
        return Usage;
    if (!expectArguments(parser, 0, Text::tr("publish-due takes no story ID."), context.err))
        return Usage;
    PublishService::Clock clock;
    if (parser.isSet(now)) {
        const auto zone = zoneOption(context, parser, options.timeZone);
        if (!zone)
            return Usage;
        const auto at = timeOption(parser, now, *zone, context.err);
        if (!at)
            return Usage;
        clock = [when = *at] { return when; };
    }
    auto publishing = Publishing::create(parser, options, context, clock);
    if (!publishing)
        return Usage;
    const auto due = publishing->service().publishDue();
    if (!due) {
        context.err << due.errorMessage() << u'\n';
        return Failure;
    }
    int failed = 0;
    int published = 0;
    for (const DueOutcome &outcome : *due) {
        if (outcome.error) {
            ++failed;
            context.err << outcome.error->message << u'\n';
            continue;
        }
        ++published;
        if (report(*outcome.publication, context) != Success)
            ++failed;
    }
    // A publication whose delivery was cut short (a full disk, a process
    // killed half-way) and is due again is finished here too, so the timer
    // mends what broke; a retry a server asked to wait for is left waiting.
    Outbox outbox(context.store, publishing->destinations());
    const auto again = outbox.run(QDeadlineTimer(deliverDueForMs), false);
    if (!again) {
        context.err << again.errorMessage() << u'\n';
        ++failed;
    } else {
        failed += printRedeliveries(again->outcomes, context);
    }
    if (published == 0 && failed == 0 && (!again || again->outcomes.isEmpty()) &&
        !parser.isSet(quiet))
        context.out << Text::tr("Nothing is due.") << u'\n';
    return failed ? Failure : Success;
}

int deliver(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    PublishingOptions options;
    options.addTo(parser);
    const QCommandLineOption untilIdle(u"until-idle"_s);
    const QCommandLineOption maxSeconds(u"max-seconds"_s, QString(), u"n"_s);
    const QCommandLineOption now(u"now"_s);
    parser.addOptions({untilIdle, maxSeconds, now});
    if (!parse(parser, arguments, context.err))
        return Usage;
    if (!expectArguments(parser, 0, Text::tr("deliver takes no story ID."), context.err))
        return Usage;
    QDeadlineTimer deadline(QDeadlineTimer::Forever);
    if (parser.isSet(maxSeconds)) {
        bool number = false;
        const int seconds = parser.value(maxSeconds).toInt(&number);
        if (!number || seconds < 0) {
            context.err << Text::tr("--max-seconds needs a number of seconds.") << u'\n';
            return Usage;
        }
        deadline.setRemainingTime(qint64(seconds) * 1000);
    } else if (!parser.isSet(untilIdle)) {
        deadline.setRemainingTime(deliverDueForMs);
    }
    auto publishing = Publishing::create(parser, options, context);
    if (!publishing)
        return Usage;
    if (parser.isSet(now)) {
        // Every waiting row made due: "Retry now" for the whole outbox.
        const auto outcomes = publishing->service().deliverUnfinished();
        if (!outcomes) {
            context.err << outcomes.errorMessage() << u'\n';
            return Failure;
        }
        return printRedeliveries(*outcomes, context) ? Failure : Success;
    }
    Outbox outbox(context.store, publishing->destinations());
    int failed = 0;
    const auto ran =
            outbox.run(deadline, parser.isSet(untilIdle), [&](const DestinationOutcome &outcome) {
                if (outcome.ok()) {
                    context.out << Text::tr("Delivered version %1 of %2 to %3.")
                                           .arg(outcome.delivery.version)
                                           .arg(outcome.delivery.slug, outcome.name)
                                << u'\n';
                } else if (outcome.delivery.state == DeliveryState::Retrying) {
                    context.err << Text::tr("Not delivered to %1, trying again at %2: %3")
                                           .arg(outcome.name,
                                                describeTime(outcome.delivery.nextAttemptAt,
                                                             publishing->zone()),
                                                outcome.report.error->message)
                                << u'\n';
                } else {
                    ++failed;
                    context.err << Text::tr("Not delivered to %1: %2")
                                           .arg(outcome.name, outcome.report.error->message)
                                << u'\n';
                }
                context.out.flush();
                context.err.flush();
            });
    if (!ran) {
        context.err << ran.errorMessage() << u'\n';
        return Failure;
    }
    if (ran->waiting) {
        const auto due = outbox.nextDue();
        context.out << (due && *due
                                ? Text::tr("Deliveries are still waiting; the next is due at %1.")
                                          .arg(describeTime(**due, publishing->zone()))
                                : Text::tr("Deliveries are still waiting."))
                    << u'\n';
    } else if (ran->outcomes.isEmpty()) {
        context.out << Text::tr("Nothing is waiting to be delivered.") << u'\n';
    }
    return failed ? Failure : Success;
}

} // namespace Copydesk::Cli
