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

/// Where one delivery stands: recorded with the publication, then delivered or failed.
enum class DeliveryState { Pending, Delivered, Failed };

QString deliveryStateKey(DeliveryState state);
std::optional<DeliveryState> deliveryStateFromKey(const QString &key);

/**
 * One version of a story handed to one destination: the deliveries record
 * says what reached where. A publication records a pending delivery per
 * destination in its own transaction; the destination's report then marks
 * it delivered (with the files or URL it wrote) or failed (with the error's
 * kind, so a retry knows whether to try again).
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
};

} // namespace Copydesk
