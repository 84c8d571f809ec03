// SPDX-License-Identifier: MIT
#include "store/library.h"
#include "store/revisionpacking.h"
#include "story/storyjson.h"
#include "support/testlibrary.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/rawdatabase.h"
#include "support/testing.h"

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

QByteArray asJson(const Story &story)
{
    return QJsonDocument(StoryJson::toJson(story)).toJson(QJsonDocument::Compact);
}

} // namespace

class TestRevisionPacking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void deltasRoundTrip_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("next");
        QTest::newRow("edit in the middle") << u"One two three four."_s << u"One 2 three four."_s;
        QTest::newRow("added at the end") << u"One."_s << u"One. Two."_s;
        QTest::newRow("cut at the start") << u"Lead. Body."_s << u"Body."_s;
        QTest::newRow("empty before") << QString() << u"Now there is text."_s;
        QTest::newRow("empty after") << u"All gone."_s << QString();
        QTest::newRow("same") << u"Unchanged."_s << u"Unchanged."_s;
        QTest::newRow("multibyte cut") << u"Crème brûlée 🚢 ⚓"_s << u"Crème brulée 🚢⚓"_s;
        QTest::newRow("repeats") << u"aaaaaaa"_s << u"aaaa"_s;
    }

    void deltasRoundTrip()
    {
        QFETCH(QString, body);
        QFETCH(QString, next);
        Story story = Story::create(utc(2026, 11, 30, 9));
        story.setHeadline(u"Packed"_s);
        story.setBody(body);
        const QJsonObject json = StoryJson::toJson(story);
        const QByteArray packed = RevisionPacking::packDelta(json, next);
        QVERIFY(RevisionPacking::isDelta(packed));
        const auto back = RevisionPacking::unpackDelta(packed, next);
        QVERIFY2(back, qPrintable(why(back)));
        QCOMPARE(*back, json);
        const auto whole = RevisionPacking::unpackWhole(RevisionPacking::packWhole(json));
        QCOMPARE(*whole, json);
    }

    void damageIsAnErrorNotACrash()
    {
        Story story = Story::create(utc(2026, 11, 30, 9));
        story.setBody(u"A body long enough to be cut somewhere in its middle."_s);
        QByteArray packed = RevisionPacking::packDelta(StoryJson::toJson(story), u"Short."_s);
        for (const qsizetype cut : {qsizetype(0), qsizetype(5), qsizetype(13), packed.size() - 3}) {
            QVERIFY(!RevisionPacking::unpackDelta(packed.left(cut), u"Short."_s));
        }
        // A next body too short for the shared start and end it names.
        QVERIFY(!RevisionPacking::unpackDelta(packed, QString()));
        QVERIFY(!RevisionPacking::unpackWhole("Wnot compressed"));
    }

    void everyVersionReadsBackAfterManySaves()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        auto opened = TestLibrary::open(path);
        QVERIFY(opened);
        StoryStore &store = *opened->store;
        QRandomGenerator random(20261130);
        Story story = Story::create(utc(2026, 11, 30, 9));
        story.setHeadline(u"Saved again and again"_s);
        QString body;
        for (int i = 0; i < 400; ++i)
            body += u"Paragraph %1 of a long story, with “quotes” and ü.\n\n"_s.arg(i);
        story.setBody(body);
        QList<QByteArray> saved;
        constexpr int saves = 75;
        for (int i = 0; i < saves; ++i) {
            // Edits anywhere: insert, delete, replace; now and then the headline.
            const qsizetype at = random.bounded(int(body.size()));
            switch (random.bounded(3)) {
            case 0:
                body.insert(at, u" inserted %1 "_s.arg(i));
                break;
            case 1:
                body.remove(at, random.bounded(40));
                break;
            default:
                body.replace(at, 3, u"XYZ"_s);
            }
            story.setBody(body);
            if (i % 10 == 0)
                story.setHeadline(u"Saved again, round %1"_s.arg(i));
            auto stored = store.saveStory(story);
            QVERIFY2(stored, qPrintable(why(stored)));
            story = *stored;
            saved.append(asJson(story));
        }
        for (int version = 1; version <= saves; ++version) {
            const auto back = store.loadRevision(story.id(), version);
            QVERIFY2(back, qPrintable(u"version %1: %2"_s.arg(version).arg(why(back))));
            QCOMPARE(asJson(*back), saved.at(version - 1));
        }
        // Whole: the newest and every 32nd; the others are differences.
        RawDatabase raw(path);
        QSqlQuery query(raw.db());
        QVERIFY(query.exec(u"SELECT version, substr(packed, 1, 1) FROM story_revisions ORDER BY "
                           u"version"_s));
        QStringList kinds;
        while (query.next())
            kinds.append(QString::fromLatin1(query.value(1).toByteArray()));
        QCOMPARE(kinds.size(), saves);
        for (int version = 1; version <= saves; ++version) {
            const bool whole = version == saves || version % RevisionPacking::keyframeInterval == 0;
            QCOMPARE(kinds.at(version - 1), whole ? u"W"_s : u"D"_s);
        }
    }

    void aDamagedDifferenceIsReportedAsDamage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QUuid id;
        {
            auto opened = TestLibrary::open(path);
            QVERIFY(opened);
            Story story = Story::create();
            story.setBody(u"First text."_s);
            story = *opened->store->saveStory(story);
            story.setBody(u"Second text."_s);
            story = *opened->store->saveStory(story);
            id = story.id();
        }
        {
            RawDatabase raw(path);
            QCOMPARE(raw.exec(u"UPDATE story_revisions SET packed = ? WHERE version = 1"_s,
                              {QByteArray::fromHex("44000000")}),
                     QString());
        }
        auto opened = TestLibrary::open(path);
        const auto first = opened->store->loadRevision(id, 1);
        QVERIFY(!first);
        QCOMPARE(first.errorKind(), ErrorKind::Permanent);
        QCOMPARE(opened->store->loadRevision(id, 2)->body(), u"Second text."_s);
    }
};

QTEST_GUILESS_MAIN(TestRevisionPacking)
#include "tst_revisionpacking.moc"
