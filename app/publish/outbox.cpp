// SPDX-License-Identifier: MIT
#include "publish/outbox.h"

#include "core/logging.h"
#include "publish/editionmaker.h"
#include "publish/librarypictures.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Outbox)
};

/// The longest nap between looks at the outbox while waiting for a retry.
constexpr qint64 longestNapMs = 1'000;

} // namespace

qint64 retryDelayMs(int attempts, const OutboxPolicy &policy)
{
    const int doublings = qBound(0, attempts - 1, 30);
    const qint64 ceiling = qMin(policy.maxRetryMs, policy.firstRetryMs << doublings);
    return QRandomGenerator::global()->bounded(ceiling + 1);
}

Outbox::Outbox(StoryStore &store, QList<Destination *> destinations, Clock clock,
               OutboxPolicy policy)
    : m_store(store)
    , m_destinations(std::move(destinations))
    , m_clock(std::move(clock))
    , m_policy(policy)
{
}

QString Outbox::workerName()
{
    return QSysInfo::machineHostName() + u':' + QString::number(::getpid());
}

QDateTime Outbox::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

DeliveryClaim Outbox::claim(qint64 id) const
{
    DeliveryClaim claim;
    claim.worker = workerName();
    for (Destination *destination : m_destinations)
        claim.destinations.append(destination->key());
    claim.now = now();
    claim.leaseMs = m_policy.leaseMs;
    claim.id = id;
    return claim;
}

Result<std::optional<DestinationOutcome>> Outbox::deliverNext(const DeliveryProgress &progress)
{
    return deliverClaimed(claim(0), progress);
}

Result<std::optional<DestinationOutcome>> Outbox::deliverRow(qint64 id,
                                                             const DeliveryProgress &progress)
{
    return deliverClaimed(claim(id), progress);
}

Result<std::optional<DestinationOutcome>> Outbox::deliverClaimed(const DeliveryClaim &claim,
                                                                 const DeliveryProgress &progress)
{
    const auto claimed = m_store.claimDelivery(claim);
    if (!claimed)
        return claimed.error();
    std::optional<DestinationOutcome> outcome;
    if (!*claimed)
        return outcome;
    for (Destination *destination : std::as_const(m_destinations)) {
        if (destination->key() == (*claimed)->destination) {
            outcome = attempt(*destination, **claimed, progress);
            break;
        }
    }
    return outcome;
}

DestinationOutcome Outbox::attempt(Destination &destination, Delivery delivery,
                                   const DeliveryProgress &progress)
{
    LibraryPictures pictures(m_store);
    EditionMaker maker(m_store);
    std::optional<Story> sent;
    // The destination's turn covers the delivery and its record: another
    // worker's feeds, made in the next turn, then count this story as
    // delivered instead of leaving it out.
    auto held = destination.hold();
    DeliveryReport report;
    if (!held)
        report.error = held.error();
    else
        report = destination.deliver(
                [&]() -> Result<Edition> {
                    // Made now, inside the destination's turn: the newest
                    // published version, whichever row asked for it.
                    auto edition = destination.takesPosts()
                            ? maker.postEdition(delivery.storyId, destination.site(),
                                                destination.key(), now())
                            : maker.storyEdition(delivery.storyId, destination.site(),
                                                 destination.key(), true);
                    if (edition)
                        sent = edition->story;
                    return edition;
                },
                pictures, progress);
    if (sent) {
        delivery.version = sent->version();
        delivery.slug = sent->effectiveSlug();
    }
    delivery.written = report.written;
    delivery.url = report.url;
    delivery.claimedBy.clear();
    delivery.nextAttemptAt = {};
    if (report.ok()) {
        delivery.state = DeliveryState::Delivered;
        delivery.errorKind.reset();
        delivery.message.clear();
    } else {
        delivery.errorKind = report.error->kind;
        delivery.message = report.error->message;
        const bool again = report.error->isRetryable() || report.error->kind == ErrorKind::Io;
        if (again && delivery.attempts < m_policy.maxAttempts) {
            delivery.state = DeliveryState::Retrying;
            qint64 wait = retryDelayMs(delivery.attempts, m_policy);
            // A server's Retry-After is a floor: never earlier, even if the jitter says so.
            if (report.retryAfterMs) {
                wait = qMax(wait, *report.retryAfterMs);
                // The server asked for a pause: nothing else goes there before it ends either.
                delivery.pauseDestinationUntil = now().addMSecs(*report.retryAfterMs);
            }
            delivery.nextAttemptAt = now().addMSecs(wait);
        } else {
            delivery.state = DeliveryState::Failed;
            if (again)
                delivery.message =
                        Text::tr("%1 (gave up after %n attempts)", nullptr, delivery.attempts)
                                .arg(report.error->message);
        }
    }
    delivery.finishedAt = now();
    if (auto recorded = m_store.finishDelivery(delivery); !recorded) {
        // What went out is out; the row stays "sending" until its claim is
        // taken back, and is sent again then, which the destination takes
        // as the same delivery.
        qCWarning(lcPublish).noquote() << recorded.errorMessage();
    }
    if (report.ok())
        qCInfo(lcPublish).noquote()
                << u"Delivered %1 version %2 to %3: %4 written, %5 unchanged"_s.arg(
                           delivery.slug, QString::number(delivery.version), destination.key(),
                           QString::number(report.written.size()),
                           QString::number(report.unchanged.size()));
    else
        qCWarning(lcPublish).noquote() << u"Delivery of %1 to %2 (attempt %3) %4: %5"_s.arg(
                delivery.slug, destination.key(), QString::number(delivery.attempts),
                delivery.state == DeliveryState::Retrying ? u"will be retried"_s : u"failed"_s,
                report.error->message);
    return DestinationOutcome{destination.key(), destination.displayName(), delivery, report};
}

Result<std::optional<QDateTime>> Outbox::nextDue()
{
    QStringList keys;
    for (Destination *destination : std::as_const(m_destinations))
        keys.append(destination->key());
    return m_store.nextDeliveryDue(keys);
}

Result<Outbox::Run> Outbox::run(QDeadlineTimer deadline, bool waitForRetries,
                                const std::function<void(const DestinationOutcome &)> &onOutcome,
                                const std::atomic<bool> *stop)
{
    Run result;
    const auto stopped = [&] { return stop && stop->load(); };
    while (!stopped()) {
        if (deadline.hasExpired()) {
            auto due = nextDue();
            if (!due)
                return due.error();
            result.waiting = due->has_value();
            return result;
        }
        auto delivered = deliverNext();
        if (!delivered)
            return delivered.error();
        if (*delivered) {
            if (onOutcome)
                onOutcome(**delivered);
            result.outcomes.append(**delivered);
            continue;
        }
        auto due = nextDue();
        if (!due)
            return due.error();
        if (!*due)
            return result; // idle
        if (!waitForRetries) {
            result.waiting = true;
            return result;
        }
        // Naps in short steps: another process may add or finish rows meanwhile.
        const qint64 left = deadline.isForever() ? longestNapMs : deadline.remainingTime();
        if (left <= 0)
            continue;
        const qint64 nap = qBound<qint64>(10, qMin(now().msecsTo(**due), left), longestNapMs);
        QThread::msleep(static_cast<unsigned long>(nap));
    }
    result.waiting = true;
    return result;
}

} // namespace Copydesk
