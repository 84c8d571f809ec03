// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "feeds/site.h"
#include "publish/edition.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Copydesk {

/// What a destination did with an edition, whole or up to where it failed.
struct DeliveryReport
{
    QStringList written;   ///< files whose bytes changed there
    QStringList unchanged; ///< files that already held these bytes
    QStringList removed;   ///< files taken away (an earlier slug's ninjs)
    /// Where readers find the story there.
    QString url;
    /// Set when the delivery stopped; what is listed above reached the destination before it.
    std::optional<Error> error;
    /// The server asked not to be tried again before this many milliseconds (Retry-After).
    std::optional<qint64> retryAfterMs;

    bool ok() const { return !error.has_value(); }
};

/// While it lives, no other delivery to its destination runs: for many deliveries in one turn.
class DestinationHold
{
public:
    virtual ~DestinationHold() = default;

protected:
    DestinationHold() = default;
    Q_DISABLE_COPY_MOVE(DestinationHold)
};

/// Step done of total, and what is being sent: for progress bars.
using DeliveryProgress = std::function<void(int done, int total, const QString &what)>;

/**
 * Somewhere published stories go: a folder today, web servers and partner
 * endpoints next. A destination may be slow, remote and fail half-way, so
 * the publishing service records a version first and delivers after, and
 * a destination reports what it wrote before any failure, with the error's
 * kind (transient: try again; permanent: it will not work as it is).
 */
class Destination
{
public:
    virtual ~Destination() = default;

    /// Stable across runs; the deliveries record names the destination by it.
    virtual QString key() const = 0;
    /// For people: "the folder /srv/www/news".
    virtual QString displayName() const = 0;
    /// How the destination serves files: its address and file layout.
    virtual const Site &site() const = 0;

    /// Whether it can take deliveries at all, checked before a publication is recorded.
    virtual Result<void> check() = 0;
    /**
     * True while its password or secret is not known: check() fails, yet a
     * publication recorded for an outbox worker may take its row, which
     * waits until the secret is given.
     */
    virtual bool waitsForSecret() const { return false; }
    /**
     * True for a CMS that takes the story itself as a post and shows it in
     * its own theme (WordPress): its editions carry the story, the original
     * pictures and what its last delivery recorded, no files and no feeds;
     * and a scheduled story goes to it at once, to come out there at its
     * time (never while an embargo holds).
     */
    virtual bool takesPosts() const { return false; }
    /**
     * Sends a request that changes nothing readers see ("Send a test
     * request"): a file written and removed, or a server asked. Says what
     * answered, or why it failed.
     */
    virtual Result<QString> sendTestRequest() = 0;

    /**
     * Delivers what makeEdition gives, calling it once it holds whatever
     * keeps two deliveries to this destination from crossing, so that the
     * edition it sends is the newest when it is sent. Pictures first, the
     * story's files next, feeds last: a reader never follows a link to a
     * file that is not there yet.
     */
    virtual DeliveryReport deliver(const std::function<Result<Edition>()> &makeEdition,
                                   PictureSource &pictures, const DeliveryProgress &progress) = 0;

    /**
     * Keeps other deliveries out until the hold goes; deliveries made
     * meanwhile through this object do not wait for themselves. For many
     * deliveries in one turn, such as rendering a whole site again.
     */
    virtual Result<std::unique_ptr<DestinationHold>> hold() = 0;

protected:
    Destination() = default;
    Q_DISABLE_COPY_MOVE(Destination)
};

} // namespace Copydesk
