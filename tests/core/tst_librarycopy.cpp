// SPDX-License-Identifier: MIT
// A whole library copied to another place and back (on the server run: a
// SQLite file to PostgreSQL and back to a file): stories, every version,
// photo rows and files, deliveries, destinations and the newsroom
// dictionary arrive alike, and the exports are byte for byte the same.
#include "cli/cli.h"
#include "feeds/ninjs.h"
#include "publish/folderdestination.h"
#include "publish/publishservice.h"
#include "store/library.h"
#include "store/librarycopy.h"
#include "support/rawdatabase.h"
#include "support/testing.h"
#include "support/testlibrary.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

/// Everything a library holds, read through the store, for comparing two.
struct Contents
{
    QList<StorySummary> list;
    QList<Story> stories;
    QList<Story> versions;
    QList<QByteArray> ninjs;
    QStringList deliveries;
    QStringList destinations;
    QStringList words;
    QMap<QString, QString> settings;
    QList<PhotoRow> photos;
    QByteArray picture;
    QStringList found;
};

Contents contentsOf(StoryStore &store, const QString &pictureId)
{
    Contents contents;
    contents.list = store.listStories({}).value();
    const Site site = Site().withBaseUrl(QUrl(u"https://news.example/"_s));
    for (const StorySummary &summary : contents.list) {
        const Story story = store.loadStory(summary.id).value();
        contents.stories.append(story);
        contents.ninjs.append(ninjsDocument(story, site));
        const QList<RevisionInfo> revisions = store.revisions(summary.id).value();
        for (const RevisionInfo &info : revisions)
            contents.versions.append(store.loadRevision(summary.id, info.version).value());
        const QList<Delivery> deliveries = store.deliveries(summary.id).value();
        for (const Delivery &delivery : deliveries)
            contents.deliveries.append(
                    u"%1 %2 v%3 %4 %5 %6"_s.arg(delivery.id)
                            .arg(delivery.destination)
                            .arg(delivery.version)
                            .arg(delivery.slug, delivery.url, delivery.written.join(u',')));
    }
    const QList<DestinationConfig> destinations = store.destinations().value();
    for (const DestinationConfig &config : destinations)
        contents.destinations.append(config.name + u' ' + config.key());
    contents.words = store.newsroomWords().value();
    contents.settings = store.librarySettings().value();
    PhotoQuery all;
    all.from = QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc());
    all.to = QDateTime::currentDateTimeUtc().addYears(1);
    contents.photos = store.listPhotos(all).value();
    contents.picture = store.photoFile(pictureId).value();
    // The copy is searchable as the original was: its words indexed where they now live.
    for (const QString &words :
         {u"harbor"_s, u"cranes berth"_s, u"VALLETTA"_s, u"Reuters"_s, u"nothing-matches-this"_s}) {
        SearchQuery query;
        query.text = words;
        query.limit = 100;
        const QList<SearchHit> hits = store.search(query).value().hits;
        QStringList found;
        for (const SearchHit &hit : hits)
            found.append(hit.story.id.toString());
        found.sort();
        contents.found.append(found.join(u'\n'));
    }
    return contents;
}

} // namespace

class TestLibraryCopy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void aRoundTripKeepsEverything()
    {
        // The original: a file, as a desk's library starts.
        const QString original = m_dir.filePath(u"original.sqlite"_s);
        QString pictureId;
        {
            auto opened = Library::open(original);
            QVERIFY2(opened, qPrintable(why(opened)));
            StoryStore &store = *opened->store;
            pictureId = store.addPhotoFile(QByteArray(4000, 'p'), u"image/png"_s).value();
            QVERIFY(store.addNewsroomWord(u"Marsaxlokk"_s, u"desk"_s));
            // More rows than a page and a statement take: whole batches and a rest.
            for (int i = 0; i < 1234; ++i)
                QVERIFY(store.addNewsroomWord(u"Word%1"_s.arg(i, 4, 10, QChar(u'0')), u"desk"_s));
            QVERIFY(store.saveLibrarySettings({{u"publishing/siteTitle"_s, u"Harbour Times"_s},
                                               {u"newsroom/timeZone"_s, u"Europe/Malta"_s}},
                                              u"desk"_s));
            DestinationConfig site;
            site.name = u"website"_s;
            site.target = m_dir.filePath(u"site"_s);
            site.baseUrl = QUrl(u"https://news.example/"_s);
            QVERIFY(store.saveDestination(site));
            for (int n = 1; n <= 12; ++n) {
                Story story = Story::create(QDateTime::currentDateTimeUtc().addDays(-1));
                story.setHeadline(u"Harbor story number %1 reopens a berth"_s.arg(n));
                story.setHighlights({u"Repairs finished early"_s, u"Ships return Monday"_s});
                story.setDateline(u"VALLETTA"_s);
                story.setBody(u"The harbor authority reopened berth %1.\n"_s.arg(n));
                Photo photo;
                photo.fileId = pictureId;
                photo.mimeType = u"image/png"_s;
                photo.caption = u"Cranes at berth %1"_s.arg(n);
                photo.credit = u"(Reuters)"_s;
                photo.altText = u"Two cranes"_s;
                story.setPhotos({photo});
                Story saved = store.saveStory(story).value();
                // Enough versions that the older ones are kept packed as differences.
                for (int edit = 0; edit < 6; ++edit) {
                    saved.setBody(saved.body() + u"Edit %1 adds a line.\n"_s.arg(edit));
                    saved = store.saveStory(saved).value();
                }
            }
            FolderDestination folder(m_dir.filePath(u"site"_s),
                                     Site().withBaseUrl(QUrl(u"https://news.example/"_s)));
            PublishService service(store, HouseStyle::defaultStyle(), {&folder});
            const auto first = store.listStories({}).value().constFirst();
            const auto published = service.publish({first.id, PublicationKind::First, {}, 0, {}});
            QVERIFY2(published && published->delivered(), qPrintable(why(published)));
        }

        // To the engine of this run, and back to a file.
        const auto middle = TestLibrary::location(m_dir.filePath(u"middle.sqlite"_s));
        QVERIFY2(middle, qPrintable(why(middle)));
        QStringList tablesSeen;
        const auto there = Library::copy(original, *middle, [&](const QString &table, qint64) {
            if (!tablesSeen.contains(table))
                tablesSeen.append(table);
        });
        QVERIFY2(there, qPrintable(why(there)));
        QVERIFY(tablesSeen.contains(u"story_revisions"_s));
        QCOMPARE(there->rows.size(), tablesSeen.size());
        if (TestLibrary::onServer()) {
            // The word index, set aside while the words were written, is there again.
            RawDatabase raw(m_dir.filePath(u"middle.sqlite"_s));
            QVERIFY(raw.isOpen());
            QCOMPARE(raw.value(u"SELECT count(*) FROM pg_indexes WHERE indexname = "
                               u"'story_search_words'"_s)
                             .toInt(),
                     1);
            // The server's planner knows how many rows came, without waiting for its vacuum.
            QVERIFY(raw.value(u"SELECT count(*) FROM pg_stats WHERE tablename = 'stories'"_s)
                            .toInt() > 0);
        }
        const QString back = m_dir.filePath(u"back.sqlite"_s);
        const auto again = Library::copy(*middle, back);
        QVERIFY2(again, qPrintable(why(again)));
        QCOMPARE(again->total(), there->total());

        Contents before;
        Contents between;
        Contents after;
        {
            auto opened = Library::open(original);
            before = contentsOf(*opened->store, pictureId);
        }
        {
            auto opened = Library::open(*middle);
            QVERIFY2(opened, qPrintable(why(opened)));
            between = contentsOf(*opened->store, pictureId);
        }
        {
            auto opened = Library::open(back);
            after = contentsOf(*opened->store, pictureId);
        }
        QCOMPARE(before.list.size(), 12);
        QCOMPARE(before.versions.size(), 12 * 7 + 1);
        QCOMPARE(before.deliveries.size(), 1);
        QCOMPARE(before.found.at(0).count(u'\n'), 11);
        QVERIFY(before.found.at(4).isEmpty());
        for (const Contents *copy : {&between, &after}) {
            QCOMPARE(copy->list, before.list);
            QCOMPARE(copy->stories, before.stories);
            QCOMPARE(copy->versions, before.versions);
            QCOMPARE(copy->ninjs, before.ninjs);
            QCOMPARE(copy->deliveries, before.deliveries);
            QCOMPARE(copy->destinations, before.destinations);
            QCOMPARE(copy->words, before.words);
            QCOMPARE(copy->settings, before.settings);
            QCOMPARE(copy->settings.value(u"publishing/siteTitle"_s), u"Harbour Times"_s);
            QCOMPARE(copy->photos, before.photos);
            QCOMPARE(copy->picture, before.picture);
            QCOMPARE(copy->found, before.found);
        }

        // The copy goes on as a library: its next numbers come after the copied ones.
        auto opened = Library::open(*middle);
        QVERIFY2(opened, qPrintable(why(opened)));
        Story next = Story::create(QDateTime::currentDateTimeUtc());
        next.setHeadline(u"A story written after the move"_s);
        next.setBody(u"It saves.\n"_s);
        const auto saved = opened->store->saveStory(next);
        QVERIFY2(saved, qPrintable(why(saved)));
        QCOMPARE(opened->store->listStories({}).value().constFirst().id, next.id());
        Delivery delivery;
        delivery.storyId = next.id();
        delivery.version = 1;
        delivery.destination = u"folder:/elsewhere"_s;
        delivery.slug = u"after-the-move"_s;
        delivery.createdAt = QDateTime::currentDateTimeUtc();
        const auto id = opened->store->addDelivery(delivery);
        QVERIFY2(id, qPrintable(why(id)));
        QVERIFY(*id > 1);
    }

    void aLibraryThatHoldsStoriesIsNotCopiedInto()
    {
        const QString from = m_dir.filePath(u"from.sqlite"_s);
        const auto to = TestLibrary::location(m_dir.filePath(u"to.sqlite"_s));
        QVERIFY2(to, qPrintable(why(to)));
        for (const QString &where : {from, *to}) {
            auto opened = Library::open(where);
            QVERIFY2(opened, qPrintable(why(opened)));
            Story story = Story::create(QDateTime::currentDateTimeUtc());
            story.setHeadline(u"Already here"_s);
            QVERIFY(opened->store->saveStory(story));
        }
        const auto refused = Library::copy(from, *to);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"empty library"_s),
                 qPrintable(refused.errorMessage()));
        auto opened = Library::open(*to);
        QCOMPARE(opened->store->countStories({}).value(), 1);
        QVERIFY(!Library::copy(from, from));
    }

    void theCommandLineSaysEachTableOnce()
    {
        const QString from = m_dir.filePath(u"cli-from.sqlite"_s);
        const auto to = TestLibrary::location(m_dir.filePath(u"cli-to.sqlite"_s));
        QVERIFY2(to, qPrintable(why(to)));
        {
            auto opened = Library::open(from);
            QVERIFY2(opened, qPrintable(why(opened)));
            for (int i = 0; i < 3; ++i) {
                Story story = Story::create(QDateTime::currentDateTimeUtc());
                story.setHeadline(u"Moved story %1"_s.arg(i));
                QVERIFY(opened->store->saveStory(story));
            }
        }
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(runCli({u"copydesk-cli"_s, u"library"_s, u"copy"_s, from, *to}, outStream,
                        errStream),
                 0);
        outStream.flush();
        errStream.flush();
        QVERIFY2(out.startsWith(u"Copied "_s), qPrintable(out));
        // Written to a file or a pipe, not a terminal: each table's count once, no rewriting.
        QVERIFY2(!err.contains(u'\r'), qPrintable(err));
        QVERIFY2(err.contains(u"stories: 3 rows\n"_s), qPrintable(err));
        QCOMPARE(err.count(u"stories:"_s), 1);
        QCOMPARE(err.count(u"story_texts:"_s), 1);
        auto copied = Library::open(*to);
        QVERIFY2(copied, qPrintable(why(copied)));
        QCOMPARE(copied->store->countStories({}).value(), 3);
    }
};

QTEST_GUILESS_MAIN(TestLibraryCopy)
#include "tst_librarycopy.moc"
