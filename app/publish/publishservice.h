// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "publish/destination.h"
#include "publish/outbox.h"
#include "store/storystore.h"
#include "story/history.h"
#include "story/housestyle.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>
#include <QUuid>

#include <functional>
#include <optional>

namespace Copydesk {

/// What a publication asks for.
struct PublishRequest
{
    QUuid id;
    PublicationKind kind = PublicationKind::First;
    /// The update or correction note, the withdrawal reason, or a republication's note.
    QString note;
    /// The version the person saw; another is refused as a conflict. 0: whatever is stored.
    int expectedVersion = 0;
    /// Who asks; empty: the operating-system user.
    QString author;
};

/// A publication as it happened: the version recorded and what each destination did with it.
struct Publication
{
    Story story; ///< as stored: the published version
    PublicationKind kind = PublicationKind::First;
    /// A minor update of a story whose published version already says it all:
    /// nothing new was recorded and the destinations were brought up to date.
    bool unchanged = false;
    /// For a scheduled publication made late (nothing ran at its time): says so.
    QString lateNote;
    QList<DestinationOutcome> outcomes;

    bool delivered() const;
    /// The failed deliveries, one line each, for messages.
    QStringList failures() const;
};

/// Whether a story may go out in a way now, and what stands in the way.
struct PublicationCheck
{
    /// The house style's findings; errors block every kind but a withdrawal.
    QList<Finding> findings;
    /// What the kind or the time does not allow (an embargo, a missing note …).
    QStringList refusals;

    bool blockingFindings() const;
    bool allowed() const { return refusals.isEmpty() && !blockingFindings(); }
    /// Every reason it may not go, refusals first, for one message.
    QStringList reasons() const;
};

/// What publish-due did with one due story.
struct DueOutcome
{
    StorySummary story;
    std::optional<Publication> publication;
    /// Why it was not published (the story is back among the drafts with this
    /// as a note), or why an unfinished delivery of it still did not arrive.
    std::optional<Error> error;
};

/// What re-rendering a whole site did.
struct RepublishReport
{
    int stories = 0;
    int written = 0;
    int unchanged = 0;
    QStringList failures;
};

/**
 * The one way a story goes out, comes back in, or is scheduled. The
 * window, copydesk-cli and the scheduler all call it, so the rules live
 * here once: the house style and the embargo are checked, status and times
 * move by the kind of publication, and in one library transaction the
 * version is saved with its kind, the published version recorded and a
 * pending delivery written per destination. The destinations are handed
 * the edition after the transaction (a remote one may be slow), and each
 * delivery's outcome is recorded when it is known; one that failed is
 * tried again by deliverUnfinished().
 *
 * Reads the story, its deliveries and the feeds' newest entries: the cost
 * of a publication does not grow with the library.
 */
class PublishService
{
public:
    using Clock = std::function<QDateTime()>;

    /// A publication that is late by more than this says so.
    static constexpr qint64 lateAfterSecs = 120;

    /**
     * destinations are not owned and must outlive the service. clock gives
     * now in UTC (tests set it); zone is the newsroom's, for messages.
     */
    PublishService(StoryStore &store, HouseStyle style, QList<Destination *> destinations,
                   Clock clock = {}, QTimeZone zone = QTimeZone::systemTimeZone());

    /**
     * Whether publish() and publishDue() deliver the rows they write before
     * returning (copydesk-cli, tests), or leave them to a worker draining
     * the outbox (the window, which never waits on the network).
     */
    void setDeliverNow(bool now) { m_deliverNow = now; }

    QDateTime now() const;
    const QList<Destination *> &destinations() const { return m_destinations; }
    /**
     * The destinations whose site has no web address (its links would be
     * file:// paths). Nothing is published or withdrawn while there is one:
     * the window asks for the address, the CLI takes --base-url.
     */
    QList<Destination *> withoutSiteAddress() const;

    /// Whether story may go out as kind now; what the publish dialog shows.
    PublicationCheck check(const Story &story, PublicationKind kind, const QString &note) const;
    /// The kinds a story in this state can be published as, the first the usual one.
    static QList<PublicationKind> kindsFor(StoryStatus status);

    Result<Publication> publish(const PublishRequest &request,
                                const DeliveryProgress &progress = {});

    /**
     * Schedules a draft (or moves a scheduled story) to go out at at, under
     * embargo until embargo when that is valid. Refused for a time that has
     * passed, a time before the embargo, or a story the house style would
     * stop at that time anyway.
     */
    Result<Story> schedule(const QUuid &id, const QDateTime &at, const QDateTime &embargo = {},
                           int expectedVersion = 0);
    /// Back to a draft; the schedule is cleared (the embargo stays).
    Result<Story> unschedule(const QUuid &id, int expectedVersion = 0);
    /// Sets or (with an invalid time) lifts the embargo of a story not yet out.
    Result<Story> setEmbargo(const QUuid &id, const QDateTime &until, int expectedVersion = 0);

    /**
     * Publishes every scheduled story that is due. Each is claimed and
     * published in one transaction that first checks it is still scheduled
     * and due, so several processes running this at once publish each story
     * exactly once. A story that cannot go (house style broken since it was
     * scheduled, an embargo moved later) returns to the drafts with the
     * reason in its history.
     */
    Result<QList<DueOutcome>> publishDue(int limit = 200, const DeliveryProgress &progress = {});
    /**
     * A row in the outbox of each destination taking posts for every
     * scheduled story saved again since its last row there (publishDue()
     * does it first, so the desk's edits follow a future post within a
     * scheduler's turn, whichever way they were saved).
     */
    Result<void> followScheduledEdits();

    /// A new version with the text of an earlier one; nothing is overwritten.
    Result<Story> restore(const QUuid &id, int version, int expectedVersion = 0);

    /**
     * Deliveries still to do (pending, or retrying later) made due and
     * delivered now, each tried once: "Deliver Again".
     */
    Result<QList<DestinationOutcome>> deliverUnfinished(const DeliveryProgress &progress = {});

    /**
     * Re-renders the published version of every published and withdrawn
     * story and the feeds (the site's and those of every section a story is
     * filed under), at every destination but those taking posts (a CMS
     * shows them in its own theme), writing only what changed: after a
     * template or settings change. No version is recorded.
     */
    Result<RepublishReport> republishAll(const DeliveryProgress &progress = {});

private:
    /**
     * Loads the story in a write transaction, refuses a stale expectedVersion
     * as a conflict, and saves what edit makes of it, all or nothing.
     */
    Result<Story> change(const QUuid &id, int expectedVersion,
                         const std::function<Result<Story>(const Story &)> &edit);
    /**
     * For a story not out yet, a row in the outbox of each destination
     * taking posts (a scheduled story goes there to come out at its time;
     * one back among the drafts is taken back there). Transaction held by
     * the caller; returns the rows' ids.
     */
    Result<QList<qint64>> queuePosts(const Story &story);
    /// A pending row for destination in the outbox (transaction held by the caller).
    Result<Delivery> addPending(const Destination &destination, const QUuid &id, int version,
                                const QString &slug, PublicationKind kind, const QDateTime &at);
    /// Delivers these rows now when the service delivers at once; failures are the outbox's.
    void deliverRows(const QList<qint64> &rows);
    PublicationCheck checkAt(const Story &story, PublicationKind kind, const QString &note,
                             const QDateTime &at) const;
    /// The story after a publication of this kind at now.
    Story published(const Story &story, PublicationKind kind, const QString &note,
                    const QDateTime &now) const;
    /// Records the publication (transaction held by the caller); fills publication.
    Result<void> record(const Story &story, const PublishRequest &request, const QDateTime &now,
                        const QString &historyNote, Publication &publication);
    void deliverAll(Publication &publication, const DeliveryProgress &progress);
    Result<void> checkDestinations() const;
    QString when(const QDateTime &at) const;

    StoryStore &m_store;
    HouseStyle m_style;
    QList<Destination *> m_destinations;
    Clock m_clock;
    QTimeZone m_zone;
    bool m_deliverNow = true;
};

} // namespace Copydesk
