// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace Copydesk {

/**
 * A wall-clock time in a time zone, as the desk types it. On a
 * daylight-saving change a time can be missing (clocks jump over it) or
 * happen twice (clocks go back over it); Copydesk never guesses which.
 */
struct LocalTimeResolution
{
    enum class Kind {
        Exact,     ///< one moment: candidates holds it
        Missing,   ///< the clocks skip it: no candidates
        Ambiguous, ///< it happens twice: candidates holds both, the earlier first
    };
    Kind kind = Kind::Missing;
    QList<QDateTime> candidates; ///< UTC
};

/// What date and time in zone mean, checked against the zone's transitions.
LocalTimeResolution resolveLocalTime(const QDate &date, const QTime &time, const QTimeZone &zone);

/**
 * Reads a time given on the command line or in a script: ISO 8601 with an
 * offset or "Z" ("2026-12-01T06:00:00Z", "2026-12-01T06:00+01:00") is that
 * moment; without one ("2026-12-01 06:00", "2026-12-01T06:00") it is read
 * in the newsroom's zone, and a missing or doubled local time is refused
 * with the choices spelt out. Returns UTC in whole seconds.
 */
Result<QDateTime> parseScheduleTime(const QString &text, const QTimeZone &zone);

/// "Tue 1 Dec 2026 06:00 GMT (06:00 UTC)": a time in the newsroom's zone with UTC beside it.
QString describeTime(const QDateTime &at, const QTimeZone &zone);
/// "06:00 GMT" or "+01:00 BST": how an offset reads in the zone's own words.
QString offsetText(const QDateTime &at, const QTimeZone &zone);

/// The time until at from now, in words: "in 12 min", "in 3 h 5 min", "2 min ago".
QString dueText(const QDateTime &at, const QDateTime &now);

/// "40 s", "12 min", "3 h 12 min", "2 days": a span of time (its size), for people.
QString spanText(qint64 seconds);

} // namespace Copydesk
