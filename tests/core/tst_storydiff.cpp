// SPDX-License-Identifier: MIT
#include "story/storydiff.h"

#include <QTest>

#include "support/testing.h"

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

using Kind = TextChange::Kind;

/// The text a diff gives back for one side.
QString side(const QList<TextChange> &changes, Kind left)
{
    QString text;
    for (const TextChange &change : changes) {
        if (change.kind == Kind::Same || change.kind == left)
            text += change.text;
    }
    return text;
}

} // namespace

/// Comparing two versions: word by word, every field, and what a terminal shows.
class TestStoryDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void words_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QList<TextChange>>("expected");
        QTest::newRow("same") << u"Ships return on Monday."_s << u"Ships return on Monday."_s
                              << QList<TextChange>{{Kind::Same, u"Ships return on Monday."_s}};
        QTest::newRow("one word")
                << u"Ships return on Monday."_s << u"Ships return on Tuesday."_s
                << QList<TextChange>{{Kind::Same, u"Ships return on "_s},
                                     {Kind::Deleted, u"Monday"_s},
                                     {Kind::Inserted, u"Tuesday"_s},
                                     {Kind::Same, u"."_s}};
        QTest::newRow("a comma")
                << u"Ships return, the port said."_s << u"Ships return the port said."_s
                << QList<TextChange>{{Kind::Same, u"Ships return"_s},
                                     {Kind::Deleted, u","_s},
                                     {Kind::Same, u" the port said."_s}};
        QTest::newRow("words added")
                << u"Two berths reopen."_s << u"Two container berths reopen today."_s
                << QList<TextChange>{{Kind::Same, u"Two "_s},
                                     {Kind::Inserted, u"container "_s},
                                     {Kind::Same, u"berths reopen"_s},
                                     {Kind::Inserted, u" today"_s},
                                     {Kind::Same, u"."_s}};
        QTest::newRow("from nothing") << QString() << u"New text"_s
                                      << QList<TextChange>{{Kind::Inserted, u"New text"_s}};
        QTest::newRow("Arabic and emoji")
                << u"مرحبا بالعالم 😀"_s << u"مرحبا يا عالم 😀"_s
                << QList<TextChange>{{Kind::Same, u"مرحبا "_s},
                                     {Kind::Deleted, u"بالعالم"_s},
                                     {Kind::Inserted, u"يا عالم"_s},
                                     {Kind::Same, u" 😀"_s}};
    }

    void words()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QList<TextChange>, expected);
        const QList<TextChange> changes = diffWords(before, after);
        QCOMPARE(changes, expected);
        QCOMPARE(side(changes, Kind::Deleted), before);
        QCOMPARE(side(changes, Kind::Inserted), after);
    }

    void longBodyWithOneEditIsQuick()
    {
        QString before;
        for (int i = 0; i < 40'000; ++i)
            before += u"word%1 "_s.arg(i % 977);
        QString after = before;
        after.insert(after.indexOf(u' ', after.size() / 2) + 1, u"INSERTED "_s);
        QElapsedTimer timer;
        timer.start();
        const QList<TextChange> changes = diffWords(before, after);
        QCOMPARE(side(changes, Kind::Deleted), before);
        QCOMPARE(side(changes, Kind::Inserted), after);
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.at(1), (TextChange{Kind::Inserted, u"INSERTED "_s}));
        // Not a timing test: a second is a thousand times what it takes.
        QVERIFY(timer.elapsed() < 5000);
    }

    void completelyDifferentLongTextsStillGiveBothSides()
    {
        QString before;
        QString after;
        for (int i = 0; i < 15'000; ++i) {
            before += u"alpha%1 "_s.arg(i);
            after += u"beta%1 "_s.arg(i);
        }
        const QList<TextChange> changes = diffWords(before, after);
        QCOMPARE(side(changes, Kind::Deleted), before);
        QCOMPARE(side(changes, Kind::Inserted), after);
    }

    void storiesFieldByField()
    {
        Story before = Story::create(utc(2026, 12, 1, 9, 0));
        before.setHeadline(u"Harbor reopens"_s);
        before.setBody(u"Ships return on Monday.\n"_s);
        Photo photo;
        photo.caption = u"Cranes at the quay"_s;
        photo.credit = u"Reuters"_s;
        before.setPhotos({photo});
        Story after = before;
        after.setHeadline(u"Harbor reopens two berths"_s);
        after.setBody(u"Ships return on Tuesday.\n"_s);
        photo.credit = u"AFP"_s;
        after.setPhotos({photo, Photo{}});
        after.setStatus(StoryStatus::Published);

        const QList<FieldDiff> fields = diffStories(before, after);
        QStringList changed;
        for (const FieldDiff &field : fields) {
            if (field.changed())
                changed.append(field.key);
        }
        QCOMPARE(changed, (QStringList{u"headline"_s, u"slug"_s, u"body"_s,
                                       u"photos[0].credit"_s, u"status"_s}));

        const QString text = diffAsText(fields);
        QVERIFY2(text.contains(u"── Headline\nHarbor reopens{+ two berths+}\n"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Ships return on [-Monday-]{+Tuesday+}."_s), qPrintable(text));
        QVERIFY2(text.contains(u"[-Reuters-]{+AFP+}"_s), qPrintable(text));
        QVERIFY(!text.contains(u"Photo 2"_s)); // an empty second photo changes nothing to show
        QVERIFY(diffAsText(diffStories(before, before)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoryDiff)
#include "tst_storydiff.moc"
