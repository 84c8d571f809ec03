// SPDX-License-Identifier: MIT
#include "publish/scheduletime.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::ScheduleTime)
};

QString zoneName(const QTimeZone &zone)
{
    return QString::fromUtf8(zone.id());
}

QString offsetString(int seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    const int minutes = std::abs(seconds) / 60;
    return u"%1%2:%3"_s.arg(sign)
            .arg(minutes / 60, 2, 10, QChar(u'0'))
            .arg(minutes % 60, 2, 10, QChar(u'0'));
}

} // namespace

LocalTimeResolution resolveLocalTime(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    LocalTimeResolution resolution;
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return resolution;
    // The wall-clock time as if it were UTC; each offset the zone uses
    // nearby gives one candidate, which is real when the zone has that
    // offset at that moment.
    const QDateTime naive(date, time, QTimeZone::utc());
    QSet<int> offsets{zone.offsetFromUtc(naive.addDays(-2)), zone.offsetFromUtc(naive.addDays(2)),
                      zone.offsetFromUtc(naive)};
    const QTimeZone::OffsetDataList transitions =
            zone.transitions(naive.addDays(-2), naive.addDays(2));
    for (const QTimeZone::OffsetData &transition : transitions)
        offsets.insert(transition.offsetFromUtc);

    for (const int offset : std::as_const(offsets)) {
        const QDateTime candidate = naive.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset && !resolution.candidates.contains(candidate))
            resolution.candidates.append(candidate);
    }
    std::sort(resolution.candidates.begin(), resolution.candidates.end());
    switch (resolution.candidates.size()) {
    case 0:
        resolution.kind = LocalTimeResolution::Kind::Missing;
        break;
    case 1:
        resolution.kind = LocalTimeResolution::Kind::Exact;
        break;
    default:
        resolution.kind = LocalTimeResolution::Kind::Ambiguous;
        break;
    }
    return resolution;
}

Result<QDateTime> parseScheduleTime(const QString &text, const QTimeZone &zone)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression pattern(
            uR"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$)"_s);
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch())
        return Error{ErrorKind::InvalidInput,
                     Text::tr("“%1” is not a time Copydesk reads: write it as 2026-12-01T06:00Z, "
                              "2026-12-01T06:00+01:00, or 2026-12-01 06:00 for the newsroom's time "
                              "(%2).")
                             .arg(trimmed, zoneName(zone))};
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.captured(6).isEmpty() ? 0 : match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return Error{ErrorKind::InvalidInput,
                     Text::tr("“%1” is not a real date and time.").arg(trimmed)};

    const QString offset = match.captured(7);
    if (!offset.isEmpty()) {
        if (offset == u"Z")
            return QDateTime(date, time, QTimeZone::utc());
        QString digits = offset.mid(1);
        digits.remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        if (hours > 23 || minutes > 59)
            return Error{ErrorKind::InvalidInput,
                         Text::tr("“%1” has an offset that is not a time zone's.").arg(offset)};
        const int seconds = (hours * 3600 + minutes * 60) * (offset.startsWith(u'-') ? -1 : 1);
        return QDateTime(date, time, QTimeZone::utc()).addSecs(-seconds);
    }

    const LocalTimeResolution resolved = resolveLocalTime(date, time, zone);
    const QString shown = QLocale(QLocale::English).toString(date, u"d MMMM yyyy"_s) + u' ' +
            time.toString(u"HH:mm"_s);
    switch (resolved.kind) {
    case LocalTimeResolution::Kind::Exact:
        return resolved.candidates.constFirst();
    case LocalTimeResolution::Kind::Missing:
        return Error{
                ErrorKind::InvalidInput,
                Text::tr("%1 does not exist in %2: the clocks skip it for daylight saving. Choose "
                         "a time before or after the change.")
                        .arg(shown, zoneName(zone))};
    case LocalTimeResolution::Kind::Ambiguous: {
        QStringList choices;
        for (const QDateTime &candidate : resolved.candidates) {
            const int seconds = zone.offsetFromUtc(candidate);
            choices.append(u"%1T%2%3 (%4)"_s.arg(date.toString(Qt::ISODate),
                                                 time.toString(u"HH:mm"_s), offsetString(seconds),
                                                 zone.abbreviation(candidate)));
        }
        return Error{
                ErrorKind::InvalidInput,
                Text::tr("%1 happens twice in %2 when the clocks go back. Say which one with its "
                         "offset: %3.")
                        .arg(shown, zoneName(zone), choices.join(Text::tr(" or ")))};
    }
    }
    return Error{ErrorKind::InvalidInput,
                 Text::tr("“%1” is not a time Copydesk reads.").arg(trimmed)};
}

QString offsetText(const QDateTime &at, const QTimeZone &zone)
{
    const QString abbreviation = zone.abbreviation(at);
    const QString offset = offsetString(zone.offsetFromUtc(at));
    if (abbreviation.isEmpty() || abbreviation.startsWith(u'+') || abbreviation.startsWith(u'-'))
        return offset;
    return offset + u' ' + abbreviation;
}

QString describeTime(const QDateTime &at, const QTimeZone &zone)
{
    if (!at.isValid())
        return {};
    const QLocale english(QLocale::English);
    const QDateTime local = at.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    QString text = english.toString(local, u"ddd d MMM yyyy HH:mm"_s);
    const QString abbreviation = zone.abbreviation(at);
    text += u' ' + (abbreviation.isEmpty() ? offsetString(zone.offsetFromUtc(at)) : abbreviation);
    if (zone.offsetFromUtc(at) != 0 || abbreviation != u"UTC")
        text += u" ("_s + at.toUTC().toString(u"HH:mm"_s) + u" UTC)"_s;
    return text;
}

QString spanText(qint64 seconds)
{
    const qint64 size = std::abs(seconds);
    if (size < 60)
        return Text::tr("%1 s").arg(size);
    if (size < 3600)
        return Text::tr("%1 min").arg(size / 60);
    if (size < 48 * 3600) {
        const qint64 minutes = (size % 3600) / 60;
        return minutes ? Text::tr("%1 h %2 min").arg(size / 3600).arg(minutes)
                       : Text::tr("%1 h").arg(size / 3600);
    }
    return Text::tr("%Ln days", nullptr, int(size / 86400));
}

QString dueText(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid() || !now.isValid())
        return {};
    const qint64 seconds = now.secsTo(at);
    const QString span = spanText(seconds);
    return seconds >= 0 ? Text::tr("due in %1").arg(span) : Text::tr("due %1 ago").arg(span);
}

} // namespace Copydesk
