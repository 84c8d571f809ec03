// SPDX-License-Identifier: MIT
#include "render/relativetime.h"

#include <QTest>

#include <limits>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

const QDateTime now = QDateTime(QDate(2026, 11, 18), QTime(12, 0), QTimeZone::utc());

QTimeZone newsroom()
{
    return QTimeZone("Europe/Moscow"); // UTC+3 all year
}

} // namespace

/// The "Updated" stamp: relative while recent, the newsroom's date after, and when it changes.
class TestRelativeTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(newsroom().isValid()); }

    void stamp_data()
    {
        QTest::addColumn<QDateTime>("updated");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("stamp");
        QTest::addColumn<int>("msUntilChange");

        const auto ago = [](qint64 ms) { return now.addMSecs(-ms); };
        constexpr qint64 sec = 1000;
        constexpr qint64 min = 60 * sec;
        constexpr qint64 hour = 60 * min;

        QTest::newRow("just now") << ago(0) << now << u"0 sec ago"_s << 1000;
        QTest::newRow("half a second") << ago(500) << now << u"0 sec ago"_s << 500;
        QTest::newRow("ten seconds") << ago(10 * sec) << now << u"10 sec ago"_s << 1000;
        QTest::newRow("last second of the first minute")
                << ago(59'999) << now << u"59 sec ago"_s << 1;
        QTest::newRow("one minute") << ago(min) << now << u"1 min ago"_s << 60'000;
        QTest::newRow("two and a half minutes")
                << ago(2 * min + 30 * sec) << now << u"2 min ago"_s << 30'000;
        QTest::newRow("last minute of the first hour")
                << ago(59 * min + 59 * sec) << now << u"59 min ago"_s << 1000;
        QTest::newRow("one hour") << ago(hour) << now << u"1 hour ago"_s << 3'600'000;
        QTest::newRow("two hours") << ago(2 * hour + 1) << now << u"2 hours ago"_s << 3'599'999;
        QTest::newRow("last hour of the day")
                << ago(23 * hour + 59 * min) << now << u"23 hours ago"_s << 60'000;
        QTest::newRow("a day") << ago(24 * hour) << now << u"17 November 2026"_s << -1;
        QTest::newRow("date in the newsroom's zone, not UTC")
                << QDateTime(QDate(2026, 11, 16), QTime(22, 30), QTimeZone::utc()) << now
                << u"17 November 2026"_s << -1;
        QTest::newRow("a year") << ago(365 * 24 * hour) << now << u"18 November 2025"_s << -1;
        QTest::newRow("updated in another zone")
                << QDateTime(QDate(2026, 11, 18), QTime(12, 58), QTimeZone(3600)) << now
                << u"2 min ago"_s << 60'000;
        QTest::newRow("in the future") << ago(-5 * sec) << now << u"18 November 2026"_s << 5000;
        QTest::newRow("far in the future") << ago(-100'000 * hour) << now << u"16 April 2038"_s
                                           << std::numeric_limits<int>::max();
        QTest::newRow("no now") << ago(10 * sec) << QDateTime() << u"18 November 2026"_s << -1;
        QTest::newRow("never updated") << QDateTime() << now << QString() << -1;
    }

    void stamp()
    {
        QFETCH(QDateTime, updated);
        QFETCH(QDateTime, at);
        QFETCH(QString, stamp);
        QFETCH(int, msUntilChange);
        QCOMPARE(updatedStamp(updated, at, newsroom()), stamp);
        QCOMPARE(msUntilStampChanges(updated, at), msUntilChange);
        if (msUntilChange > 0 && msUntilChange < std::numeric_limits<int>::max()) {
            // The wait is exact: the words hold until then and change right at it.
            const QDateTime before = at.addMSecs(msUntilChange - 1);
            const QDateTime after = at.addMSecs(msUntilChange);
            QCOMPARE(updatedStamp(updated, before, newsroom()), stamp);
            QVERIFY(updatedStamp(updated, after, newsroom()) != stamp);
        }
    }

    void absoluteDateFollowsTheLocale()
    {
        QCOMPARE(absoluteDate(now, newsroom(), QLocale(QLocale::French)), u"18 novembre 2026"_s);
        QCOMPARE(absoluteDate(now, newsroom()), u"18 November 2026"_s);
    }

    void invalidZoneFallsBackToUtc()
    {
        const QDateTime lateEvening(QDate(2026, 11, 18), QTime(23, 30), QTimeZone::utc());
        QCOMPARE(absoluteDate(lateEvening, QTimeZone()), u"18 November 2026"_s);
    }
};

QTEST_GUILESS_MAIN(TestRelativeTime)
#include "tst_relativetime.moc"
