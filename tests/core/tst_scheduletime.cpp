// SPDX-License-Identifier: MIT
#include "publish/scheduletime.h"

#include <QTest>

#include "support/testing.h"

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Copydesk::LocalTimeResolution::Kind)

/// Times the desk types, read in the newsroom's zone; daylight-saving changes never guessed.
class TestScheduleTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *zone : {"Europe/London", "America/New_York", "Asia/Kolkata"})
            QVERIFY2(QTimeZone::isTimeZoneIdAvailable(zone),
                     "the tzdata package is missing; packaging/debian/setup.sh installs it");
    }

    void resolve_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<LocalTimeResolution::Kind>("kind");
        QTest::addColumn<QList<QDateTime>>("candidates");
        using Kind = LocalTimeResolution::Kind;
        // Europe/London: clocks go forward 01:00 → 02:00 on 29 March 2026
        // and back 02:00 → 01:00 on 25 October 2026.
        QTest::newRow("London winter") << QByteArray("Europe/London") << QDate(2026, 1, 15)
                                       << QTime(6, 0) << Kind::Exact
                                       << QList<QDateTime>{utc(2026, 1, 15, 6, 0)};
        QTest::newRow("London summer") << QByteArray("Europe/London") << QDate(2026, 7, 1)
                                       << QTime(6, 0) << Kind::Exact
                                       << QList<QDateTime>{utc(2026, 7, 1, 5, 0)};
        QTest::newRow("London spring gap")
                << QByteArray("Europe/London") << QDate(2026, 3, 29) << QTime(1, 30)
                << Kind::Missing << QList<QDateTime>{};
        QTest::newRow("London just after the gap")
                << QByteArray("Europe/London") << QDate(2026, 3, 29) << QTime(2, 0) << Kind::Exact
                << QList<QDateTime>{utc(2026, 3, 29, 1, 0)};
        QTest::newRow("London autumn twice")
                << QByteArray("Europe/London") << QDate(2026, 10, 25) << QTime(1, 30)
                << Kind::Ambiguous
                << QList<QDateTime>{utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 1, 30)};
        QTest::newRow("London autumn after") << QByteArray("Europe/London") << QDate(2026, 10, 25)
                                             << QTime(2, 0) << Kind::Exact
                                             << QList<QDateTime>{utc(2026, 10, 25, 2, 0)};
        // America/New_York: forward 02:00 → 03:00 on 8 March 2026, back
        // 02:00 → 01:00 on 1 November 2026.
        QTest::newRow("New York spring gap")
                << QByteArray("America/New_York") << QDate(2026, 3, 8) << QTime(2, 30)
                << Kind::Missing << QList<QDateTime>{};
        QTest::newRow("New York autumn twice")
                << QByteArray("America/New_York") << QDate(2026, 11, 1) << QTime(1, 30)
                << Kind::Ambiguous
                << QList<QDateTime>{utc(2026, 11, 1, 5, 30), utc(2026, 11, 1, 6, 30)};
        QTest::newRow("New York summer") << QByteArray("America/New_York") << QDate(2026, 6, 1)
                                         << QTime(6, 0) << Kind::Exact
                                         << QList<QDateTime>{utc(2026, 6, 1, 10, 0)};
        QTest::newRow("New York before the gap")
                << QByteArray("America/New_York") << QDate(2026, 3, 8) << QTime(1, 59)
                << Kind::Exact << QList<QDateTime>{utc(2026, 3, 8, 6, 59)};
        // A zone without daylight saving and with a half-hour offset.
        QTest::newRow("Kolkata") << QByteArray("Asia/Kolkata") << QDate(2026, 3, 29)
                                 << QTime(1, 30) << Kind::Exact
                                 << QList<QDateTime>{utc(2026, 3, 28, 20, 0)};
    }

    void resolve()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(LocalTimeResolution::Kind, kind);
        QFETCH(QList<QDateTime>, candidates);
        const LocalTimeResolution resolved = resolveLocalTime(date, time, QTimeZone(zone));
        QCOMPARE(resolved.kind, kind);
        QCOMPARE(resolved.candidates, candidates);
        // Every candidate reads back as the wall-clock time typed.
        for (const QDateTime &at : resolved.candidates) {
            const QDateTime local = at.toTimeZone(QTimeZone(zone));
            QCOMPARE(local.date(), date);
            QCOMPARE(local.time(), time);
        }
    }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::addColumn<QString>("message");
        QTest::newRow("UTC with Z") << QByteArray("Europe/London") << u"2026-12-01T06:00:00Z"_s
                                    << utc(2026, 12, 1, 6, 0) << QString();
        QTest::newRow("offset") << QByteArray("Europe/London") << u"2026-07-01T06:00+02:00"_s
                                << utc(2026, 7, 1, 4, 0) << QString();
        QTest::newRow("offset without colon")
                << QByteArray("Europe/London") << u"2026-07-01T06:00-0500"_s
                << utc(2026, 7, 1, 11, 0) << QString();
        QTest::newRow("local in summer") << QByteArray("Europe/London") << u"2026-07-01 06:00"_s
                                         << utc(2026, 7, 1, 5, 0) << QString();
        QTest::newRow("local with T") << QByteArray("America/New_York")
                                      << u"2026-12-01T06:00"_s << utc(2026, 12, 1, 11, 0)
                                      << QString();
        QTest::newRow("an offset settles a doubled time")
                << QByteArray("Europe/London") << u"2026-10-25T01:30+00:00"_s
                << utc(2026, 10, 25, 1, 30) << QString();
        QTest::newRow("missing local time")
                << QByteArray("Europe/London") << u"2026-03-29 01:30"_s << QDateTime()
                << u"does not exist in Europe/London"_s;
        QTest::newRow("doubled local time")
                << QByteArray("America/New_York") << u"2026-11-01 01:30"_s << QDateTime()
                << u"2026-11-01T01:30-04:00 (EDT) or 2026-11-01T01:30-05:00 (EST)"_s;
        QTest::newRow("not a time") << QByteArray("Europe/London") << u"tomorrow at six"_s
                                    << QDateTime() << u"not a time Copydesk reads"_s;
        QTest::newRow("not a date") << QByteArray("Europe/London") << u"2026-02-30 06:00"_s
                                    << QDateTime() << u"not a real date"_s;
    }

    void parse()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QFETCH(QString, message);
        const auto parsed = parseScheduleTime(text, QTimeZone(zone));
        if (expected.isValid()) {
            QVERIFY2(parsed, qPrintable(why(parsed)));
            QCOMPARE(*parsed, expected);
        } else {
            QVERIFY(!parsed);
            QCOMPARE(parsed.errorKind(), ErrorKind::InvalidInput);
            QVERIFY2(parsed.errorMessage().contains(message), qPrintable(parsed.errorMessage()));
        }
    }

    void describeShowsLocalAndUtc()
    {
        QCOMPARE(describeTime(utc(2026, 7, 1, 5, 0), QTimeZone("Europe/London")),
                 u"Wed 1 Jul 2026 06:00 BST (05:00 UTC)"_s);
        QCOMPARE(describeTime(utc(2026, 12, 1, 11, 0), QTimeZone("America/New_York")),
                 u"Tue 1 Dec 2026 06:00 EST (11:00 UTC)"_s);
        QCOMPARE(describeTime(utc(2026, 12, 1, 11, 0), QTimeZone::utc()),
                 u"Tue 1 Dec 2026 11:00 UTC"_s);
    }

    void dueCountdown()
    {
        const QDateTime now = utc(2026, 12, 1, 9, 0);
        QCOMPARE(dueText(now.addSecs(12 * 60), now), u"due in 12 min"_s);
        QCOMPARE(dueText(now.addSecs(3 * 3600 + 5 * 60), now), u"due in 3 h 5 min"_s);
        QCOMPARE(dueText(now.addSecs(30), now), u"due in 30 s"_s);
        QCOMPARE(dueText(now.addSecs(-120), now), u"due 2 min ago"_s);
        QCOMPARE(dueText(now.addDays(3), now), u"due in 3 days"_s);
    }
};

QTEST_GUILESS_MAIN(TestScheduleTime)
#include "tst_scheduletime.moc"
