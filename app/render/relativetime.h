// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace Copydesk {

/**
 * The words after "Updated" on a story page: "10 sec ago", "2 min ago",
 * "1 hour ago" for the first 24 hours, then the date in the newsroom's time
 * zone as wire pages print it, "18 November 2026" (month names from locale).
 * A time after now (clock skew between desks) or an invalid now gives the
 * date too; an invalid updated gives an empty string.
 */
QString updatedStamp(const QDateTime &updated, const QDateTime &now, const QTimeZone &zone,
                     const QLocale &locale = QLocale(QLocale::English));

/// The date alone, as updatedStamp() words an old time.
QString absoluteDate(const QDateTime &at, const QTimeZone &zone,
                     const QLocale &locale = QLocale(QLocale::English));

/**
 * A date and time as a dated notice gives it: "1 December 2026, 09:12 GMT",
 * in the newsroom's time zone with that zone's abbreviation.
 */
QString noticeStamp(const QDateTime &at, const QTimeZone &zone,
                    const QLocale &locale = QLocale(QLocale::English));

/**
 * Milliseconds from now until updatedStamp() words the same time
 * differently, so that a preview re-renders exactly then and its stamp keeps
 * ticking; -1 once it never will (the absolute date, or an invalid time).
 * Long waits are capped at INT_MAX: an early re-render changes nothing.
 */
int msUntilStampChanges(const QDateTime &updated, const QDateTime &now);

} // namespace Copydesk
