// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "publish/destination.h"
#include "store/storystore.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace Copydesk {

/// How one destination took one outbox row.
struct DestinationOutcome
{
    QString destination; ///< its key
    QString name;        ///< for people
    Delivery delivery;   ///< as recorded after the attempt
    DeliveryReport report;

    bool ok() const { return report.ok(); }
    /// Not attempted here: another worker holds it, or it waits for its retry time.
    bool queued() const { return ok() && delivery.state != DeliveryState::Delivered; }
};

/// When the outbox tries again, and for how long.
struct OutboxPolicy
{
    /// The ceiling of the first retry's random wait; it doubles each attempt.
    qint64 firstRetryMs = 2'000;
    /// No wait is longer than this (a Retry-After may be).
    qint64 maxRetryMs = 5 * 60 * 1'000;
    /// A row still failing after this many attempts fails for good.
    int maxAttempts = 30;
    /// How long a worker's claim on a row holds without it finishing.
    qint64 leaseMs = 10 * 60 * 1'000;
};

/**
 * The wait before the next attempt after attempts failed ones: "full
 * jitter", a random time up to the doubled ceiling (capped), so that many
 * workers retrying one server do not come back in step.
 */
qint64 retryDelayMs(int attempts, const OutboxPolicy &policy);

/**
 * Delivers the outbox: claims a due row, makes the edition from the
 * library's published version inside the destination's turn, hands it to
 * the destination and records the outcome. A transient failure is retried
 * after retryDelayMs (never before a server's Retry-After); anything else
 * fails at once with the destination's message. The window runs it on a
 * thread of its own with its own library connection; copydesk-cli deliver
 * and publish run it in the foreground. Several workers in several
 * processes share an outbox safely: the library hands each row to one.
 */
class Outbox
{
public:
    using Clock = std::function<QDateTime()>;

    /// destinations are not owned and must outlive the outbox.
    Outbox(StoryStore &store, QList<Destination *> destinations, Clock clock = {},
           OutboxPolicy policy = {});

    /// This process's name as a worker: "host:pid".
    static QString workerName();

    QDateTime now() const;
    const QList<Destination *> &destinations() const { return m_destinations; }

    /// Delivers the oldest due row; none when nothing is due.
    Result<std::optional<DestinationOutcome>> deliverNext(const DeliveryProgress &progress = {});
    /**
     * Delivers the row id now (or the newer row of its story that
     * supersedes it); none when another worker holds it.
     */
    Result<std::optional<DestinationOutcome>> deliverRow(qint64 id,
                                                         const DeliveryProgress &progress = {});
    /// When the next row is due at these destinations; none when nothing waits.
    Result<std::optional<QDateTime>> nextDue();

    /// What a run of the worker did.
    struct Run
    {
        QList<DestinationOutcome> outcomes;
        /// Rows still waiting when it stopped (a retry not yet due, or the time ran out).
        bool waiting = false;
    };
    /**
     * Delivers what is due; with waitForRetries, also waits for rows
     * retrying later, until the outbox is idle or deadline passes (no new
     * row is claimed after it). stop ends it between rows. onOutcome hears
     * of each row as it ends.
     */
    Result<Run> run(QDeadlineTimer deadline, bool waitForRetries,
                    const std::function<void(const DestinationOutcome &)> &onOutcome = {},
                    const std::atomic<bool> *stop = nullptr);

private:
    Result<std::optional<DestinationOutcome>> deliverClaimed(const DeliveryClaim &claim,
                                                             const DeliveryProgress &progress);
    DestinationOutcome attempt(Destination &destination, Delivery delivery,
                               const DeliveryProgress &progress);
    DeliveryClaim claim(qint64 id) const;

    StoryStore &m_store;
    QList<Destination *> m_destinations;
    Clock m_clock;
    OutboxPolicy m_policy;
};

} // namespace Copydesk
