// SPDX-License-Identifier: MIT
#include "render/relativetime.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

} // namespace

QString absoluteDate(const QDateTime &at, const QTimeZone &zone, const QLocale &locale)
{
    if (!at.isValid())
        return {};
    const QDate date = at.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
    return locale.toString(date, u"d MMMM yyyy"_s);
}

QString noticeStamp(const QDateTime &at, const QTimeZone &zone, const QLocale &locale)
{
    if (!at.isValid())
        return {};
    const QTimeZone shown = zone.isValid() ? zone : QTimeZone::utc();
    const QDateTime local = at.toTimeZone(shown);
    QString stamp = locale.toString(local.date(), u"d MMMM yyyy"_s) + u", "_s +
            local.time().toString(u"HH:mm"_s);
    const QString abbreviation = shown.abbreviation(at);
    if (!abbreviation.isEmpty())
        stamp += u' ' + abbreviation;
    return stamp;
}

QString updatedStamp(const QDateTime &updated, const QDateTime &now, const QTimeZone &zone,
                     const QLocale &locale)
{
    if (!updated.isValid())
        return {};
    if (!now.isValid())
        return absoluteDate(updated, zone, locale);
    const qint64 age = updated.msecsTo(now);
    if (age < 0 || age >= day)
        return absoluteDate(updated, zone, locale);
    // English only, like the rest of the page's fixed words, until the page
    // gets translations of its own; "sec" and "min" take no plural.
    if (age < minute)
        return u"%1 sec ago"_s.arg(age / second);
    if (age < hour)
        return u"%1 min ago"_s.arg(age / minute);
    const qint64 hours = age / hour;
    return hours == 1 ? u"1 hour ago"_s : u"%1 hours ago"_s.arg(hours);
}

int msUntilStampChanges(const QDateTime &updated, const QDateTime &now)
{
    if (!updated.isValid() || !now.isValid())
        return -1;
    const qint64 age = updated.msecsTo(now);
    qint64 wait = 0;
    if (age < 0)
        wait = -age; // the stamp turns relative when the clocks agree
    else if (age < minute)
        wait = second - age % second;
    else if (age < hour)
        wait = minute - age % minute;
    else if (age < day)
        wait = hour - age % hour;
    else
        return -1;
    return int(std::min<qint64>(wait, std::numeric_limits<int>::max()));
}

} // namespace Copydesk
