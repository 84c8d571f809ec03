// SPDX-License-Identifier: MIT
// Photos as rows of their own: kept in step with every save and delete, and
// listed by period, by what is missing and by text, without reading bodies.
#include "store/library.h"
#include "support/rawdatabase.h"
#include "support/testing.h"
#include "support/testlibrary.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

Photo photo(const QString &caption, const QString &credit, const QString &alt,
            const QString &file = u"f1"_s)
{
    Photo p;
    p.fileId = file;
    p.caption = caption;
    p.credit = credit;
    p.altText = alt;
    return p;
}

QStringList captions(const QList<PhotoRow> &rows)
{
    QStringList list;
    for (const PhotoRow &row : rows)
        list.append(row.photo.caption);
    return list;
}

} // namespace

class TestPhotoRows : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void rowsFollowSavesAndQueries()
    {
        const QString path = m_dir.filePath(u"photos.sqlite"_s);
        auto opened = TestLibrary::open(path);
        QVERIFY2(opened, qPrintable(why(opened)));
        StoryStore &store = *opened->store;
        QDateTime now = utc(2026, 11, 30, 9, 0);
        store.setClock([&now] { return now; });

        Story harbour = Story::create(now);
        harbour.setHeadline(u"Harbour reopens"_s);
        harbour.setBody(u"A long body the desk never needs to read.\n"_s);
        harbour.setPhotos({photo(u"Cranes at the quay"_s, u"Reuters"_s, u"Two cranes"_s),
                           photo(u"The harbourmaster"_s, QString(), QString(), QString())});
        auto savedHarbour = store.saveStory(harbour);
        QVERIFY2(savedHarbour, qPrintable(why(savedHarbour)));

        now = utc(2026, 12, 1, 14, 0);
        Story comet = Story::create(now);
        comet.setHeadline(u"Comet’s tail splits"_s);
        comet.setPhotos({photo(u"The comet above La Palma"_s, u"Copydesk Photo"_s, QString())});
        auto savedComet = store.saveStory(comet);
        QVERIFY2(savedComet, qPrintable(why(savedComet)));

        // Everything, newest save first, photos in their order.
        auto all = store.listPhotos({});
        QVERIFY2(all, qPrintable(why(all)));
        QCOMPARE(captions(*all),
                 (QStringList{u"The comet above La Palma"_s, u"Cranes at the quay"_s,
                              u"The harbourmaster"_s}));
        QCOMPARE(all->at(0).headline, u"Comet’s tail splits"_s);
        QCOMPARE(all->at(2).index, 1);
        QCOMPARE(all->at(1).version, 1);

        // One day.
        PhotoQuery day;
        day.from = utc(2026, 11, 30);
        day.to = utc(2026, 12, 1);
        QCOMPARE(captions(*store.listPhotos(day)),
                 (QStringList{u"Cranes at the quay"_s, u"The harbourmaster"_s}));

        // What is missing.
        PhotoQuery missing;
        missing.missing = PhotoQuery::Missing::Credit;
        QCOMPARE(captions(*store.listPhotos(missing)), QStringList{u"The harbourmaster"_s});
        missing.missing = PhotoQuery::Missing::AltText;
        QCOMPARE(captions(*store.listPhotos(missing)),
                 (QStringList{u"The comet above La Palma"_s, u"The harbourmaster"_s}));
        missing.missing = PhotoQuery::Missing::Picture;
        QCOMPARE(captions(*store.listPhotos(missing)), QStringList{u"The harbourmaster"_s});

        // Text in a caption, a credit or the headline, without case; wildcards are text.
        PhotoQuery search;
        search.text = u"REUTERS"_s;
        QCOMPARE(captions(*store.listPhotos(search)), QStringList{u"Cranes at the quay"_s});
        search.text = u"comet"_s;
        QCOMPARE(captions(*store.listPhotos(search)), QStringList{u"The comet above La Palma"_s});
        search.text = u"%"_s;
        QVERIFY(store.listPhotos(search)->isEmpty());

        // A save changes the rows; a photo taken out goes; the story's version follows.
        now = utc(2026, 12, 1, 15, 0);
        Story edited = *savedHarbour;
        edited.setPhotos({photo(u"Cranes at the northern quay"_s, u"Reuters"_s, u"Two cranes"_s)});
        QVERIFY(store.saveStory(edited));
        all = store.listPhotos({});
        QCOMPARE(captions(*all),
                 (QStringList{u"Cranes at the northern quay"_s, u"The comet above La Palma"_s}));
        QCOMPARE(all->at(0).version, 2);

        // A deleted story takes its photos with it.
        QVERIFY(store.deleteStory(savedComet->id()));
        QCOMPARE(captions(*store.listPhotos({})), QStringList{u"Cranes at the northern quay"_s});

        // The limit is kept.
        PhotoQuery one;
        one.limit = 0;
        QVERIFY(store.listPhotos(one)->isEmpty());
    }

    void periodQueriesUseTheIndex()
    {
        const QString path = m_dir.filePath(u"plan.sqlite"_s);
        {
            auto opened = TestLibrary::open(path);
            QVERIFY2(opened, qPrintable(why(opened)));
        }
        RawDatabase raw(path);
        // A day's photos are found through the save-time index, not by reading every story.
        const QString select = u"SELECT p.caption FROM story_photos p JOIN stories s ON "
                               u"s.story_row = p.story_row WHERE s.saved_at >= '2026-12-01' AND "
                               u"s.saved_at < '2026-12-02'"_s;
        QSqlQuery query(raw.db());
        // PostgreSQL would scan an empty table whole: asked not to, it shows the index it can use.
        if (TestLibrary::onServer())
            QVERIFY(query.exec(u"SET enable_seqscan = off"_s));
        QVERIFY(query.exec((TestLibrary::onServer() ? u"EXPLAIN "_s : u"EXPLAIN QUERY PLAN "_s) +
                           select));
        QStringList plan;
        while (query.next())
            plan.append(query.value(TestLibrary::onServer() ? 0 : 3).toString());
        QVERIFY2(plan.join(u'\n').contains(u"stories_by_saved_at"_s), qPrintable(plan.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestPhotoRows)
#include "tst_photorows.moc"
