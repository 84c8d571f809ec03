// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "story/history.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Copydesk {

/**
 * Where one delivery stands in the outbox. A publication writes it
 * pending; a worker claims it (sending), then it is delivered, retrying
 * (a transient failure, tried again at nextAttemptAt), failed (for good:
 * a refusal that retrying cannot mend, or too many attempts) or cancelled
 * (by a person, or superseded by a newer version of the story).
 */
enum class DeliveryState { Pending, Sending, Retrying, Delivered, Failed, Cancelled };

QString deliveryStateKey(DeliveryState state);
std::optional<DeliveryState> deliveryStateFromKey(const QString &key);
/// "Pending", "Sending" … for people.
QString deliveryStateDisplayName(DeliveryState state);
/// Whether a delivery in this state still has something to do.
bool isUnfinished(DeliveryState state);

/**
 * One version of a story handed to one destination: the outbox row and the
 * deliveries record in one. A publication writes a pending row per active
 * destination in its own transaction; a worker delivers it and records
 * what reached the destination (the files or URL it wrote) or why not
 * (with the error's kind, so a retry knows whether to try again).
 */
struct Delivery
{
    qint64 id = 0; ///< given by the library
    QUuid storyId;
    int version = 0;
    /// The destination's key, e.g. "folder:/srv/www/news".
    QString destination;
    PublicationKind kind = PublicationKind::First;
    /// The slug the story was delivered under, so a later slug can retire it.
    QString slug;
    DeliveryState state = DeliveryState::Pending;
    QDateTime createdAt;
    QDateTime finishedAt;
    int attempts = 0;
    /// What the destination wrote: paths relative to a folder, or URLs.
    QStringList written;
    /// Where readers find the story there.
    QString url;
    std::optional<ErrorKind> errorKind;
    QString message;
    /// Not tried again before this (milliseconds kept); invalid: as soon as a worker is free.
    QDateTime nextAttemptAt;
    /// Set by a worker when the server asked for a pause (Retry-After): nothing goes to the
    /// destination before it.
    QDateTime pauseDestinationUntil;
    /// The worker sending it ("host:pid") and until when its claim holds.
    QString claimedBy;
    QDateTime leaseUntil;
};

/// What a worker asks the outbox for.
struct DeliveryClaim
{
    /// "host:pid" of the worker; a claim of a worker on this host that is gone is taken back.
    QString worker;
    /// The destinations this worker can deliver to (their keys).
    QStringList destinations;
    QDateTime now;
    /// How long the claim holds without word from the worker.
    qint64 leaseMs = 10 * 60 * 1000;
    /// Only this row (a publication delivering its own rows); 0: the oldest due one.
    qint64 id = 0;
};

/// Which rows the Publish Queue lists.
struct DeliveryQuery
{
    /// Only rows still to do (pending, sending, retrying) and those that failed for good.
    bool needingAttention = false;
    int limit = 200;
};

} // namespace Copydesk
