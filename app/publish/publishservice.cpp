// SPDX-License-Identifier: MIT
#include "publish/publishservice.h"

#include "core/logging.h"
#include "publish/editionmaker.h"
#include "publish/librarypictures.h"
#include "publish/scheduletime.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::PublishService)
};

/// Stories rendered together when a whole site is rendered again.
constexpr qsizetype republishBatch = 64;

QString label(const Story &story)
{
    const QString headline = story.headline().trimmed();
    return headline.isEmpty() ? Text::tr("the untitled story") : u"“%1”"_s.arg(headline);
}

QDateTime wholeSeconds(const QDateTime &at)
{
    return QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), QTimeZone::utc());
}

} // namespace

bool Publication::delivered() const
{
    return std::all_of(outcomes.cbegin(), outcomes.cend(),
                       [](const DestinationOutcome &outcome) { return outcome.ok(); });
}

QStringList Publication::failures() const
{
    QStringList lines;
    for (const DestinationOutcome &outcome : outcomes) {
        if (!outcome.ok())
            lines.append(Text::tr("%1: %2").arg(outcome.name, outcome.report.error->message));
    }
    return lines;
}

bool PublicationCheck::blockingFindings() const
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &finding) { return finding.severity == Severity::Error; });
}

QStringList PublicationCheck::reasons() const
{
    QStringList list = refusals;
    for (const Finding &finding : findings) {
        if (finding.severity == Severity::Error)
            list.append(finding.message);
    }
    return list;
}

PublishService::PublishService(StoryStore &store, HouseStyle style,
                               QList<Destination *> destinations, Clock clock, QTimeZone zone)
    : m_store(store)
    , m_style(std::move(style))
    , m_destinations(std::move(destinations))
    , m_clock(std::move(clock))
    , m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
}

QDateTime PublishService::now() const
{
    return wholeSeconds(m_clock ? m_clock() : QDateTime::currentDateTimeUtc());
}

QString PublishService::when(const QDateTime &at) const
{
    return describeTime(at, m_zone);
}

QList<PublicationKind> PublishService::kindsFor(StoryStatus status)
{
    switch (status) {
    case StoryStatus::Draft:
    case StoryStatus::Scheduled:
        return {PublicationKind::First};
    case StoryStatus::Published:
        return {PublicationKind::Minor, PublicationKind::Major, PublicationKind::Correction,
                PublicationKind::Withdraw};
    case StoryStatus::Withdrawn:
        return {PublicationKind::Republish};
    }
    return {};
}

PublicationCheck PublishService::check(const Story &story, PublicationKind kind,
                                       const QString &note) const
{
    return checkAt(story, kind, note, now());
}

PublicationCheck PublishService::checkAt(const Story &story, PublicationKind kind,
                                         const QString &note, const QDateTime &at) const
{
    PublicationCheck result;
    const bool withdrawing = kind == PublicationKind::Withdraw;
    // A withdrawal takes a story down whatever its text says.
    if (!withdrawing) {
        result.findings = m_style.check(story);
        if (story.headline().trimmed().isEmpty())
            result.refusals.append(Text::tr("The story has no headline: write one first."));
        else if (story.effectiveSlug().isEmpty())
            result.refusals.append(
                    (slugScript() == SlugScript::Own
                             ? Text::tr("%1 has no slug to make its address from: type a slug "
                                        "with letters or digits.")
                             : Text::tr("%1 has no slug to make its address from: type a slug "
                                        "with Latin letters or digits."))
                            .arg(label(story)));
    }

    const StoryStatus status = story.status();
    const bool out = status == StoryStatus::Published;
    const bool notOutYet = status == StoryStatus::Draft || status == StoryStatus::Scheduled;
    switch (kind) {
    case PublicationKind::First:
        if (out)
            result.refusals.append(
                    Text::tr("%1 is already published: publish a minor update, a major "
                             "update or a correction instead.")
                            .arg(label(story)));
        else if (status == StoryStatus::Withdrawn)
            result.refusals.append(
                    Text::tr("%1 was withdrawn: republish it to put it back.").arg(label(story)));
        break;
    case PublicationKind::Minor:
    case PublicationKind::Major:
    case PublicationKind::Correction:
        if (notOutYet)
            result.refusals.append(
                    Text::tr("%1 is not published yet: publish it first.").arg(label(story)));
        else if (status == StoryStatus::Withdrawn)
            result.refusals.append(Text::tr("%1 was withdrawn: republish it before updating it.")
                                           .arg(label(story)));
        if (kind == PublicationKind::Major && note.trimmed().isEmpty())
            result.refusals.append(
                    Text::tr("A major update needs a note telling readers what changed."));
        if (kind == PublicationKind::Correction && note.trimmed().isEmpty())
            result.refusals.append(Text::tr("A correction needs a note saying what was wrong."));
        break;
    case PublicationKind::Withdraw:
        if (notOutYet)
            result.refusals.append(
                    Text::tr("%1 was never published, so there is nothing to withdraw: "
                             "unschedule it or delete the draft instead.")
                            .arg(label(story)));
        else if (status == StoryStatus::Withdrawn)
            result.refusals.append(Text::tr("%1 is already withdrawn.").arg(label(story)));
        if (note.trimmed().isEmpty())
            result.refusals.append(
                    Text::tr("A withdrawal needs a reason: readers see it where the story was."));
        break;
    case PublicationKind::Republish:
        if (status != StoryStatus::Withdrawn)
            result.refusals.append(Text::tr("Only a withdrawn story can be republished; %1 is %2.")
                                           .arg(label(story), statusDisplayName(status).toLower()));
        break;
    }
    // A story that was out once has seen its embargo lift; only a first
    // publication waits for it.
    if (kind == PublicationKind::First && story.embargoUntil().isValid() &&
        at < story.embargoUntil()) {
        result.refusals.append(Text::tr("%1 is under embargo until %2; nothing publishes it before "
                                        "then.")
                                       .arg(label(story), when(story.embargoUntil())));
    }
    return result;
}

Story PublishService::published(const Story &story, PublicationKind kind, const QString &note,
                                const QDateTime &at) const
{
    Story next = story;
    QList<UpdateNote> notes = next.updateNotes();
    switch (kind) {
    case PublicationKind::First:
        next.setStatus(StoryStatus::Published);
        if (!next.firstPublishedAt().isValid())
            next.setFirstPublishedAt(at);
        // Readers first see the story now: an "Updated" stamp from before
        // (when the draft was made, or the wire's) would date it wrongly
        // and put the entry's Atom updated before its published.
        if (!next.updatedAt().isValid() || next.updatedAt() < at)
            next.setUpdatedAt(at);
        next.setScheduledFor({});
        break;
    case PublicationKind::Minor:
        break;
    case PublicationKind::Major:
        next.setUpdatedAt(at);
        notes.append(UpdateNote{at, UpdateKind::Update, note.trimmed()});
        break;
    case PublicationKind::Correction:
        next.setUpdatedAt(at);
        notes.append(UpdateNote{at, UpdateKind::Correction, note.trimmed()});
        break;
    case PublicationKind::Withdraw:
        next.setStatus(StoryStatus::Withdrawn);
        next.setWithdrawnAt(at);
        next.setWithdrawalReason(note.trimmed());
        break;
    case PublicationKind::Republish:
        next.setStatus(StoryStatus::Published);
        next.setUpdatedAt(at);
        next.setScheduledFor({});
        if (!note.trimmed().isEmpty())
            notes.append(UpdateNote{at, UpdateKind::Update, note.trimmed()});
        break;
    }
    next.setUpdateNotes(notes);
    return next;
}

Result<void> PublishService::checkDestinations() const
{
    if (m_destinations.isEmpty())
        return Error{ErrorKind::InvalidInput,
                     Text::tr("There is nowhere to publish to: every destination is disabled, or "
                              "none is set up. Enable a destination, or choose a folder in the "
                              "publishing settings.")};
    const QList<Destination *> unaddressed = withoutSiteAddress();
    if (!unaddressed.isEmpty()) {
        QStringList names;
        for (const Destination *destination : unaddressed)
            names.append(destination->displayName());
        return Error{
                ErrorKind::InvalidInput,
                Text::tr("%1 has no web address for its site: its links would point at a folder "
                         "on this computer, which readers cannot open. Set the address readers "
                         "use in the publishing settings or the destination.")
                        .arg(names.join(Text::tr(", ")))};
    }
    for (Destination *destination : m_destinations) {
        // Recorded for the outbox worker, a row waits for a password the desk has not given yet.
        if (!m_deliverNow && destination->waitsForSecret())
            continue;
        if (auto usable = destination->check(); !usable)
            return usable;
    }
    return {};
}

QList<Destination *> PublishService::withoutSiteAddress() const
{
    QList<Destination *> found;
    for (Destination *destination : m_destinations) {
        if (destination->site().baseUrl.isLocalFile())
            found.append(destination);
    }
    return found;
}

Result<void> PublishService::record(const Story &story, const PublishRequest &request,
                                    const QDateTime &at, const QString &historyNote,
                                    Publication &publication)
{
    publication.kind = request.kind;
    publication.unchanged = false;
    Story stored;
    if (request.kind == PublicationKind::Minor) {
        // Publishing again what readers already have records nothing; the
        // destinations are still brought up to date (a folder repaired).
        const auto current = m_store.loadPublishedVersion(story.id());
        if (!current && current.errorKind() != ErrorKind::NotFound)
            return current.error();
        if (current && current->sameContent(story)) {
            // What readers have says all the newest version says: it is the published one.
            publication.unchanged = true;
            stored = story;
            if (auto marked = m_store.setPublishedVersion(stored.id(), stored.version()); !marked)
                return marked;
        }
    }
    if (!publication.unchanged) {
        const QString text = historyNote.isEmpty() ? request.note.trimmed() : historyNote;
        auto saved = m_store.saveStory(
                published(story, request.kind, request.note, at),
                RevisionStamp{revisionKindFor(request.kind), request.author, text});
        if (!saved)
            return saved.error();
        stored = *std::move(saved);
        if (auto marked = m_store.setPublishedVersion(stored.id(), stored.version()); !marked)
            return marked;
    }
    publication.story = stored;
    publication.outcomes.clear();
    for (Destination *destination : m_destinations) {
        auto delivery = addPending(*destination, stored.id(), stored.version(),
                                   stored.effectiveSlug(), request.kind, at);
        if (!delivery)
            return delivery.error();
        publication.outcomes.append(
                DestinationOutcome{destination->key(), destination->displayName(), *delivery, {}});
    }
    return {};
}

Result<Publication> PublishService::publish(const PublishRequest &request,
                                            const DeliveryProgress &progress)
{
    if (auto usable = checkDestinations(); !usable)
        return usable.error();
    const QDateTime at = now();
    Publication publication;
    auto done = m_store.writeTransaction([&]() -> Result<void> {
        if (auto held = m_store.holdStory(request.id, StoryStore::HoldWait::Wait); !held)
            return held.error();
        auto story = m_store.loadStory(request.id);
        if (!story)
            return story.error();
        if (request.expectedVersion > 0 && story->version() != request.expectedVersion)
            return Error{
                    ErrorKind::Conflict,
                    Text::tr(
                            "%1 was changed elsewhere (version %2 is stored, you have version %3); "
                            "nothing was published. Look at the changes first.")
                            .arg(label(*story))
                            .arg(story->version())
                            .arg(request.expectedVersion)};
        const PublicationCheck checked = check(*story, request.kind, request.note);
        if (!checked.allowed()) {
            QStringList reasons = checked.reasons();
            const QString verb = request.kind == PublicationKind::Withdraw ? Text::tr("withdrawn")
                                                                           : Text::tr("published");
            return Error{
                    ErrorKind::InvalidInput,
                    Text::tr("%1 was not %2: %3").arg(label(*story), verb, reasons.join(u' '))};
        }
        if (request.kind != PublicationKind::Withdraw) {
            for (const Photo &photo : story->photos()) {
                if (photo.fileId.isEmpty())
                    continue;
                if (auto kept = m_store.photoFileSize(photo.fileId); !kept)
                    return kept.error().reworded(
                            Text::tr("%1 was not published: the picture of the photo “%2” is "
                                     "missing "
                                     "from the library. Remove the photo or add its picture again.")
                                    .arg(label(*story),
                                         photo.fileName.isEmpty() ? photo.caption
                                                                  : photo.fileName));
            }
        }
        return record(*story, request, at, QString(), publication);
    });
    if (!done)
        return done.error();
    qCInfo(lcPublish).noquote() << u"%1 of %2 as version %3"_s.arg(
            publicationKindKey(request.kind), publication.story.effectiveSlug(),
            QString::number(publication.story.version()));
    deliverAll(publication, progress);
    return publication;
}

void PublishService::deliverAll(Publication &publication, const DeliveryProgress &progress)
{
    if (!m_deliverNow)
        return;
    Outbox outbox(m_store, m_destinations, m_clock);
    for (DestinationOutcome &outcome : publication.outcomes) {
        auto delivered = outbox.deliverRow(outcome.delivery.id, progress);
        if (!delivered) {
            outcome.report.error = delivered.error();
            continue;
        }
        // None: another worker took the row first and is sending it.
        if (*delivered)
            outcome = **delivered;
    }
}

Result<Story> PublishService::change(const QUuid &id, int expectedVersion,
                                     const std::function<Result<Story>(const Story &)> &edit)
{
    std::optional<Result<Story>> stored;
    QList<qint64> queued;
    auto done = m_store.writeTransaction([&]() -> Result<void> {
        queued.clear();
        if (auto held = m_store.holdStory(id, StoryStore::HoldWait::Wait); !held)
            return held.error();
        auto story = m_store.loadStory(id);
        if (!story)
            return story.error();
        if (expectedVersion > 0 && story->version() != expectedVersion)
            return Error{
                    ErrorKind::Conflict,
                    Text::tr(
                            "%1 was changed elsewhere (version %2 is stored, you have version %3); "
                            "nothing was changed. Look at the changes first.")
                            .arg(label(*story))
                            .arg(story->version())
                            .arg(expectedVersion)};
        stored = edit(*story);
        if (!*stored)
            return stored->error();
        auto rows = queuePosts(**stored);
        if (!rows)
            return rows.error();
        queued = *rows;
        return {};
    });
    if (!done)
        return done.error();
    // The story is saved whatever the site says: a failed post is retried by the outbox.
    deliverRows(queued);
    return *stored;
}

Result<Delivery> PublishService::addPending(const Destination &destination, const QUuid &id,
                                            int version, const QString &slug, PublicationKind kind,
                                            const QDateTime &at)
{
    Delivery delivery;
    delivery.storyId = id;
    delivery.version = version;
    delivery.destination = destination.key();
    delivery.kind = kind;
    delivery.slug = slug;
    delivery.state = DeliveryState::Pending;
    delivery.createdAt = at;
    auto row = m_store.addDelivery(delivery);
    if (!row)
        return row.error();
    delivery.id = *row;
    return delivery;
}

void PublishService::deliverRows(const QList<qint64> &rows)
{
    if (!m_deliverNow || rows.isEmpty())
        return;
    Outbox outbox(m_store, m_destinations, m_clock);
    for (const qint64 row : rows) {
        const auto delivered = outbox.deliverRow(row);
        if (!delivered)
            qCWarning(lcPublish).noquote() << delivered.errorMessage();
        else if (*delivered && !(*delivered)->ok())
            qCWarning(lcPublish).noquote() << (*delivered)->report.error->message;
    }
}

Result<QList<qint64>> PublishService::queuePosts(const Story &story)
{
    // Only a story not out yet: once published, its publications carry it.
    QList<qint64> rows;
    if (!goesAsSaved(story))
        return rows;
    for (Destination *destination : std::as_const(m_destinations)) {
        if (!destination->takesPosts())
            continue;
        if (story.status() == StoryStatus::Draft) {
            // A draft goes only where it went before, to be taken back there.
            const auto last = m_store.lastDelivery(story.id(), destination->key());
            if (!last)
                return last.error();
            if (!*last)
                continue;
        }
        auto delivery = addPending(*destination, story.id(), story.version(), story.effectiveSlug(),
                                   PublicationKind::First, now());
        if (!delivery)
            return delivery.error();
        rows.append(delivery->id);
    }
    return rows;
}

Result<Story> PublishService::schedule(const QUuid &id, const QDateTime &at,
                                       const QDateTime &embargo, int expectedVersion)
{
    if (!at.isValid())
        return Error{ErrorKind::InvalidInput,
                     Text::tr("Give the time the story is to be published.")};
    const QDateTime when = wholeSeconds(at);
    const QDateTime current = now();
    if (when <= current)
        return Error{
                ErrorKind::InvalidInput,
                Text::tr("%1 has already passed: publish the story now, or choose a later time.")
                        .arg(this->when(when))};
    return change(id, expectedVersion, [&](const Story &story) -> Result<Story> {
        if (story.status() == StoryStatus::Published || story.status() == StoryStatus::Withdrawn)
            return Error{ErrorKind::InvalidInput,
                         Text::tr("%1 is already out (%2): only a story not yet published can be "
                                  "scheduled.")
                                 .arg(label(story), statusDisplayName(story.status()).toLower())};
        Story next = story;
        if (embargo.isValid())
            next.setEmbargoUntil(wholeSeconds(embargo));
        if (next.embargoUntil().isValid() && when < next.embargoUntil())
            return Error{ErrorKind::InvalidInput,
                         Text::tr("%1 is under embargo until %2: schedule it for then or later.")
                                 .arg(label(next), this->when(next.embargoUntil()))};
        // Judged as it will be at the scheduled time, the embargo included.
        const PublicationCheck checked = checkAt(next, PublicationKind::First, {}, when);
        if (!checked.allowed())
            return Error{ErrorKind::InvalidInput,
                         Text::tr("%1 was not scheduled: %2")
                                 .arg(label(next), checked.reasons().join(u' '))};
        next.setStatus(StoryStatus::Scheduled);
        next.setScheduledFor(when);
        QString note = Text::tr("For %1").arg(this->when(when));
        if (next.embargoUntil().isValid())
            note += Text::tr("; embargoed until %1").arg(this->when(next.embargoUntil()));
        return m_store.saveStory(next, RevisionStamp{RevisionKind::Schedule, {}, note});
    });
}

Result<Story> PublishService::unschedule(const QUuid &id, int expectedVersion)
{
    return change(id, expectedVersion, [&](const Story &story) -> Result<Story> {
        if (story.status() != StoryStatus::Scheduled)
            return Error{ErrorKind::InvalidInput,
                         Text::tr("%1 is not scheduled; there is nothing to unschedule.")
                                 .arg(label(story))};
        Story next = story;
        const QDateTime was = next.scheduledFor();
        next.setStatus(StoryStatus::Draft);
        next.setScheduledFor({});
        return m_store.saveStory(
                next,
                RevisionStamp{RevisionKind::Unschedule,
                              {},
                              Text::tr("Was scheduled for %1").arg(this->when(was))});
    });
}

Result<Story> PublishService::setEmbargo(const QUuid &id, const QDateTime &until,
                                         int expectedVersion)
{
    return change(id, expectedVersion, [&](const Story &story) -> Result<Story> {
        if (story.status() == StoryStatus::Published || story.status() == StoryStatus::Withdrawn)
            return Error{ErrorKind::InvalidInput,
                         Text::tr("%1 is already out: an embargo only holds a story that is not "
                                  "published yet.")
                                 .arg(label(story))};
        const QDateTime embargo = until.isValid() ? wholeSeconds(until) : QDateTime();
        if (embargo.isValid() && story.status() == StoryStatus::Scheduled &&
            story.scheduledFor() < embargo)
            return Error{
                    ErrorKind::InvalidInput,
                    Text::tr("%1 is scheduled for %2, before the embargo would lift: schedule it "
                             "for %3 or later first.")
                            .arg(label(story), when(story.scheduledFor()), when(embargo))};
        Story next = story;
        next.setEmbargoUntil(embargo);
        const QString note = embargo.isValid() ? Text::tr("Embargoed until %1").arg(when(embargo))
                                               : Text::tr("Embargo lifted");
        return m_store.saveStory(next, RevisionStamp{RevisionKind::Schedule, {}, note});
    });
}

Result<void> PublishService::followScheduledEdits()
{
    QList<qint64> queued;
    for (Destination *destination : std::as_const(m_destinations)) {
        if (!destination->takesPosts())
            continue;
        const auto behind = m_store.scheduledSinceSent(destination->key(), 200);
        if (!behind)
            return behind.error();
        for (const StorySummary &summary : *behind) {
            auto delivery = addPending(*destination, summary.id, summary.version, summary.slug,
                                       PublicationKind::First, now());
            if (!delivery)
                return delivery.error();
            queued.append(delivery->id);
        }
    }
    deliverRows(queued);
    return {};
}

Result<QList<DueOutcome>> PublishService::publishDue(int limit, const DeliveryProgress &progress)
{
    // Edits saved to a scheduled story since it went to a CMS as a future
    // post go there before anything comes out: whichever of the two brings
    // it out at its time, readers get the newest text.
    if (auto followed = followScheduledEdits(); !followed)
        qCWarning(lcPublish).noquote() << followed.errorMessage();
    const QDateTime at = now();
    const auto due = m_store.dueStories(at, limit);
    if (!due)
        return due.error();
    QList<DueOutcome> outcomes;
    if (due->isEmpty())
        return outcomes;
    if (auto usable = checkDestinations(); !usable)
        return usable.error().reworded(
                Text::tr("%1 due, none published: %2")
                        .arg(Text::tr("%Ln scheduled stories are", nullptr, int(due->size())),
                             usable.errorMessage()));

    for (const StorySummary &summary : *due) {
        DueOutcome outcome{summary, std::nullopt, std::nullopt};
        Publication publication;
        bool claimed = false;
        std::optional<Error> refusal;
        QString lateNote;
        auto done = m_store.writeTransaction([&]() -> Result<void> {
            // Claimed here: a story another process holds is its to publish
            // (SKIP LOCKED), and one it published first has changed its
            // status, and then this one leaves it alone.
            const auto held = m_store.holdStory(summary.id, StoryStore::HoldWait::PassBy);
            if (!held)
                return held.error();
            if (!*held)
                return {};
            auto story = m_store.loadStory(summary.id);
            if (!story)
                return story.errorKind() == ErrorKind::NotFound ? Result<void>() : story.error();
            if (story->status() != StoryStatus::Scheduled || !story->scheduledFor().isValid() ||
                story->scheduledFor() > at)
                return {};
            claimed = true;
            const PublicationCheck checked = check(*story, PublicationKind::First, {});
            bool picturesKept = true;
            for (const Photo &photo : story->photos()) {
                if (photo.fileId.isEmpty())
                    continue;
                const auto kept = m_store.photoFileSize(photo.fileId);
                if (!kept && kept.errorKind() != ErrorKind::NotFound)
                    return kept.error(); // left scheduled: the next run tries again
                picturesKept = picturesKept && kept.ok();
            }
            if (!checked.allowed() || !picturesKept) {
                QStringList reasons = checked.reasons();
                if (!picturesKept)
                    reasons.append(Text::tr("A photo's picture is missing from the library."));
                refusal = Error{
                        ErrorKind::InvalidInput,
                        Text::tr("%1 was not published at its scheduled time, %2, and is back "
                                 "among the drafts: %3")
                                .arg(label(*story), when(story->scheduledFor()),
                                     reasons.join(u' '))};
                Story back = *story;
                back.setStatus(StoryStatus::Draft);
                back.setScheduledFor({});
                auto saved = m_store.saveStory(
                        back, RevisionStamp{RevisionKind::Unschedule, {}, refusal->message});
                return saved ? Result<void>() : saved.error();
            }
            const qint64 late = story->scheduledFor().secsTo(at);
            QString note =
                    Text::tr("Published as scheduled for %1").arg(when(story->scheduledFor()));
            if (late > lateAfterSecs) {
                lateNote =
                        Text::tr("Scheduled for %1; published %2 late, when publishing next ran.")
                                .arg(when(story->scheduledFor()), spanText(late));
                note = lateNote;
            }
            return record(*story, PublishRequest{story->id(), PublicationKind::First, {}, 0, {}},
                          at, note, publication);
        });
        if (!done) {
            // Left scheduled: the next run tries again.
            outcome.error = done.error();
            outcomes.append(outcome);
            continue;
        }
        if (!claimed)
            continue;
        if (refusal) {
            outcome.error = refusal;
            outcomes.append(outcome);
            continue;
        }
        publication.lateNote = lateNote;
        deliverAll(publication, progress);
        outcome.publication = publication;
        outcomes.append(outcome);
    }
    return outcomes;
}

Result<Story> PublishService::restore(const QUuid &id, int version, int expectedVersion)
{
    return change(id, expectedVersion, [&](const Story &story) -> Result<Story> {
        auto old = m_store.loadRevision(id, version);
        if (!old)
            return old.error();
        // The words come back; where the story stands (published, its
        // times, its notes) stays as it is now, so a restore is an edit to
        // publish like any other.
        Story next = story;
        next.setHeadline(old->headline());
        next.setSlug(old->slug());
        next.setHighlights(old->highlights());
        next.setDateline(old->dateline());
        next.setByline(old->byline());
        next.setBody(old->body());
        next.setPhotos(old->photos());
        return m_store.saveStory(
                next,
                RevisionStamp{RevisionKind::Restore,
                              {},
                              Text::tr("Restored the text of version %1").arg(version)});
    });
}

Result<QList<DestinationOutcome>>
PublishService::deliverUnfinished(const DeliveryProgress &progress)
{
    QList<qint64> rows;
    for (Destination *destination : std::as_const(m_destinations)) {
        const auto unfinished = m_store.unfinishedDeliveries(destination->key(), 1000);
        if (!unfinished)
            return unfinished.error();
        for (const Delivery &delivery : *unfinished) {
            if (delivery.state == DeliveryState::Sending)
                continue; // another worker has it now
            if (auto due = m_store.retryDeliveryNow(delivery.id); !due)
                return due.error();
            rows.append(delivery.id);
        }
    }
    QList<DestinationOutcome> outcomes;
    Outbox outbox(m_store, m_destinations, m_clock);
    for (qint64 id : std::as_const(rows)) {
        // A row superseded by a newer one delivered meanwhile has nothing left to do.
        const auto row = m_store.delivery(id);
        if (!row)
            return row.error();
        if (!isUnfinished(row->state) || row->state == DeliveryState::Sending)
            continue;
        auto delivered = outbox.deliverRow(id, progress);
        if (!delivered)
            return delivered.error();
        if (*delivered)
            outcomes.append(**delivered);
    }
    return outcomes;
}

Result<RepublishReport> PublishService::republishAll(const DeliveryProgress &progress)
{
    if (auto usable = checkDestinations(); !usable)
        return usable.error();
    RepublishReport report;
    int total = 0;
    for (StoryStatus status : {StoryStatus::Published, StoryStatus::Withdrawn}) {
        StoryListQuery query;
        query.status = status;
        const auto count = m_store.countStories(query);
        if (!count)
            return count.error();
        total += *count;
    }
    for (Destination *destination : std::as_const(m_destinations)) {
        // A CMS shows its posts with its own theme: nothing of the site's
        // templates or settings is in them to render again.
        if (destination->takesPosts())
            continue;
        LibraryPictures pictures(m_store);
        EditionMaker maker(m_store);
        int done = 0;
        // One turn for the whole site: no other delivery slips in between.
        auto held = destination->hold();
        if (!held)
            return held.error();
        const Site site = destination->site();
        // Read in batches on this thread (the library connection is this
        // thread's), rendered on every core, written here in order.
        QList<Story> batch;
        // Every section a published or withdrawn story is filed under gets its feed again.
        QStringList sections;
        const auto flush = [&]() {
            const QList<Edition> rendered = QtConcurrent::blockingMapped(
                    batch, [site](const Story &story) { return renderedEdition(story, site); });
            for (const Edition &edition : rendered) {
                const Story &story = *edition.story;
                const DeliveryReport delivered = destination->deliver(
                        [&]() {
                            return maker.completeEdition(edition, site, destination->key(), false);
                        },
                        pictures, {});
                ++report.stories;
                report.written += int(delivered.written.size() + delivered.removed.size());
                report.unchanged += int(delivered.unchanged.size());
                if (!delivered.ok())
                    report.failures.append(
                            Text::tr("%1: %2").arg(label(story), delivered.error->message));
                if (progress)
                    progress(++done, total, story.headline());
            }
            batch.clear();
        };
        const auto visited = m_store.forEachPublishedVersion([&](const Story &story) {
            if (!story.section().isEmpty() && !sections.contains(story.section()))
                sections.append(story.section());
            batch.append(story);
            if (batch.size() >= republishBatch)
                flush();
            return true;
        });
        if (!visited)
            return visited.error();
        flush();
        sections.sort();
        const DeliveryReport feeds = destination->deliver(
                [&]() { return maker.feedsEdition(destination->site(), sections); }, pictures, {});
        report.written += int(feeds.written.size());
        report.unchanged += int(feeds.unchanged.size());
        if (!feeds.ok())
            report.failures.append(Text::tr("The feeds at %1: %2")
                                           .arg(destination->displayName(), feeds.error->message));
    }
    return report;
}

} // namespace Copydesk
