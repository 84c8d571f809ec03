// SPDX-License-Identifier: MIT
// A newsroom's library on a PostgreSQL server: its address, what a desk is
// told when the server is not there or the database is someone else's,
// the change counter other windows watch, writers side by side (row locks,
// slugs, claims passed by with SKIP LOCKED), and where a desk keeps its
// unsaved edits. Runs only as postgresql/core/serverlibrary,
// against the server ctest's fixture starts.
#include "store/editjournal.h"
#include "store/library.h"
#include "store/migrations.h"
#include "store/postgresdialect.h"
#include "support/rawdatabase.h"
#include "support/testing.h"
#include "support/testlibrary.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

class TestServerLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Story draft(const QString &headline)
    {
        Story story = Story::create(QDateTime::currentDateTimeUtc());
        story.setHeadline(headline);
        story.setBody(u"A paragraph.\n"_s);
        return story;
    }

    /// Waits, without an event loop, until work is done or seconds have gone by.
    template<typename T>
    static bool finishesWithin(const QFuture<T> &work, int seconds)
    {
        const QDeadlineTimer deadline(seconds * 1000);
        while (!work.isFinished() && !deadline.hasExpired())
            QThread::msleep(10);
        return work.isFinished();
    }

    /// Waits until some transaction on the server waits for a lock another holds.
    static bool someoneWaitsForALock(RawDatabase &raw)
    {
        const QDeadlineTimer deadline(10'000);
        while (!deadline.hasExpired()) {
            QSqlQuery query(raw.db());
            if (query.exec(u"SELECT COUNT(*) FROM pg_locks WHERE NOT granted"_s) && query.next() &&
                query.value(0).toInt() > 0)
                return true;
            QThread::msleep(10);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Registered only as postgresql/core/serverlibrary, beside ctest's server.
        QVERIFY2(TestLibrary::onServer(), "COPYDESK_TEST_ENGINE=postgresql is not set");
        const auto server = TestLibrary::serverAddress();
        QVERIFY2(server, qPrintable(why(server)));
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("shown");
        QTest::newRow("everything")
                << u"postgresql://desk:s3cret@db.newsroom.example:6543/copydesk"_s
                << u"db.newsroom.example"_s << 6543 << u"desk"_s << u"copydesk"_s
                << u"postgresql://desk@db.newsroom.example:6543/copydesk"_s;
        QTest::newRow("default port, postgres scheme")
                << u"postgres://desk@localhost/news"_s << u"localhost"_s << 5432 << u"desk"_s
                << u"news"_s << u"postgresql://desk@localhost/news"_s;
        QTest::newRow("a socket folder and an option")
                << u"postgresql:///news?host=/run/postgresql&sslmode=disable"_s
                << u"/run/postgresql"_s << 5432 << QString() << u"news"_s
                << u"postgresql:///news?host=/run/postgresql&sslmode=disable"_s;
    }

    void addresses()
    {
        QFETCH(QString, address);
        QVERIFY(ServerAddress::isServerAddress(address));
        const auto parsed = ServerAddress::parse(address);
        QVERIFY2(parsed, qPrintable(why(parsed)));
        QTEST(parsed->host, "host");
        QTEST(parsed->port, "port");
        QTEST(parsed->user, "user");
        QTEST(parsed->database, "database");
        // What a desk is shown never carries the password.
        QTEST(parsed->toString(), "shown");
        QVERIFY(!parsed->toString().contains(u"s3cret"_s));
        // What another thread opens again does.
        const auto again = ServerAddress::parse(parsed->toString(true));
        QVERIFY(again);
        QCOMPARE(again->password, parsed->password);
    }

    void badAddressesAreExplained_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("said");
        QTest::newRow("no database") << u"postgresql://desk@db.example"_s << u"name the database"_s;
        QTest::newRow("port out of range")
                << u"postgresql://desk@db.example:70000/news"_s << u"postgresql://"_s;
    }

    void badAddressesAreExplained()
    {
        QFETCH(QString, address);
        QFETCH(QString, said);
        const auto opened = Library::open(address);
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(said), qPrintable(opened.errorMessage()));
        QVERIFY(!ServerAddress::isServerAddress(u"/srv/desk/library.sqlite"_s));
    }

    void aServerThatIsNotThereIsSaidSoQuickly()
    {
        // A port nobody answers on: a closed one, found by opening and closing it.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QElapsedTimer took;
        took.start();
        const auto opened = Library::open(u"postgresql://desk@127.0.0.1:%1/news"_s.arg(port));
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(u"postgresql://desk@127.0.0.1:%1/news"_s.arg(port)),
                 qPrintable(opened.errorMessage()));
        QVERIFY2(took.elapsed() < 15000, "a refused connection is reported at once");
    }

    void everyDeskCanBePointedAtTheServer()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(u"config"_s));
        QCOMPARE(Library::deskLocation(), Library::defaultPath());
        QSettings().setValue(u"library/location"_s, u"postgresql://desk@db.example/news"_s);
        QCOMPARE(Library::deskLocation(), u"postgresql://desk@db.example/news"_s);
        QSettings().remove(u"library/location"_s);
        QCOMPARE(Library::deskLocation(), Library::defaultPath());
    }

    void theJournalOfAServerLibraryIsOnThisMachine()
    {
        const QString folder =
                EditJournal::directoryFor(u"postgresql://desk:pw@db.example:6543/news"_s);
        QVERIFY2(folder.contains(u"/server-libraries/db_example-news-"_s), qPrintable(folder));
        QVERIFY(!folder.contains(u"pw"_s));
        // The password does not change where the edits are; another database does.
        QCOMPARE(EditJournal::directoryFor(u"postgresql://desk@db.example:6543/news"_s), folder);
        QVERIFY(EditJournal::directoryFor(u"postgresql://desk@db.example:6543/sport"_s) != folder);
    }

    void anEmptyDatabaseBecomesALibraryOnce()
    {
        const auto where = TestLibrary::location(m_dir.filePath(u"new.sqlite"_s));
        QVERIFY2(where, qPrintable(why(where)));
        {
            auto opened = Library::open(*where);
            QVERIFY2(opened, qPrintable(why(opened)));
            QVERIFY(opened->created);
            QCOMPARE(opened->store->location(), ServerAddress::parse(*where)->toString());
            QCOMPARE(opened->store->connectionName(), *where);
        }
        auto again = Library::open(*where);
        QVERIFY2(again, qPrintable(why(again)));
        QVERIFY(!again->created);
        RawDatabase raw(m_dir.filePath(u"new.sqlite"_s));
        QCOMPARE(raw.schemaVersion(), Migrations::latestVersion());
    }

    void aLibraryFromBeforeTheBandsIsIndexedAgain()
    {
        // A library at schema step 14 kept each story's words without its
        // band's word, and had no short copy of them to rank by.
        const QString path = m_dir.filePath(u"bands.sqlite"_s);
        const auto where = TestLibrary::location(path);
        {
            auto opened = Library::open(*where);
            QVERIFY2(opened, qPrintable(why(opened)));
            for (const QString &headline : {u"Ferry strike"_s, u"Ferry timetable"_s})
                QVERIFY(opened->store->saveStory(draft(headline)));
        }
        {
            RawDatabase raw(path);
            QCOMPARE(raw.exec(u"UPDATE story_search SET document = ts_delete(document, '§0')"_s),
                     QString());
            QCOMPARE(raw.exec(u"DROP TABLE story_rank"_s), QString());
            // What the steps after 14 added goes too.
            QCOMPARE(raw.exec(u"ALTER TABLE stories DROP COLUMN section, DROP COLUMN "
                              u"published_section"_s),
                     QString());
            QCOMPARE(raw.exec(u"ALTER TABLE story_texts DROP COLUMN tags, DROP COLUMN subjects"_s),
                     QString());
            QCOMPARE(raw.exec(u"DROP TABLE tags_in_use"_s), QString());
            QCOMPARE(raw.exec(u"UPDATE copydesk_meta SET value = '14' WHERE key = "
                              u"'schema_version'"_s),
                     QString());
            QCOMPARE(raw.value(u"SELECT COUNT(*) FROM story_search WHERE document @@ "
                               u"'§0'::tsquery"_s)
                             .toInt(),
                     0);
        }
        auto opened = Library::open(*where);
        QVERIFY2(opened, qPrintable(why(opened)));
        RawDatabase raw(path);
        QCOMPARE(raw.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(raw.value(u"SELECT COUNT(*) FROM story_search WHERE document @@ '§0'::tsquery"_s)
                         .toInt(),
                 2);
        QCOMPARE(raw.value(u"SELECT COUNT(*) FROM story_rank"_s).toInt(), 2);
        SearchQuery ferry;
        ferry.text = u"ferry"_s;
        ferry.rankNewest = 1;
        const auto found = opened->store->search(ferry);
        QVERIFY2(found, qPrintable(why(found)));
        QVERIFY(found->newestOnly);
        QCOMPARE(found->hits.size(), 1);
        QCOMPARE(found->hits.constFirst().story.headline, u"Ferry timetable"_s);
    }

    void anotherProgramsDatabaseIsLeftAlone()
    {
        const QString path = m_dir.filePath(u"music.sqlite"_s);
        {
            RawDatabase raw(path);
            QVERIFY(raw.isOpen());
            QCOMPARE(raw.exec(u"CREATE TABLE albums (title TEXT)"_s), QString());
        }
        const auto where = TestLibrary::location(path);
        const auto opened = Library::open(*where);
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(u"another program"_s),
                 qPrintable(opened.errorMessage()));
        RawDatabase raw(path);
        QCOMPARE(raw.value(u"SELECT COUNT(*) FROM information_schema.tables WHERE table_name = "
                           u"'copydesk_meta'"_s)
                         .toInt(),
                 0);
    }

    void theChangeCounterMovesWithAnotherDesksSave()
    {
        const auto where = TestLibrary::location(m_dir.filePath(u"watched.sqlite"_s));
        auto mine = Library::open(*where);
        auto theirs = Library::open(*where);
        QVERIFY2(mine && theirs, qPrintable(why(mine) + why(theirs)));
        const qint64 before = mine->store->changeCounter().value();
        QCOMPARE(mine->store->changeCounter().value(), before); // reading moves nothing
        const auto saved = theirs->store->saveStory(draft(u"Saved at another desk"_s));
        QVERIFY2(saved, qPrintable(why(saved)));
        const qint64 afterSave = mine->store->changeCounter().value();
        QVERIFY(afterSave > before);
        QVERIFY(theirs->store->addNewsroomWord(u"Gozo"_s, u"desk"_s));
        QVERIFY(mine->store->changeCounter().value() > afterSave);
        // A write rolled back counts nothing.
        const qint64 settled = mine->store->changeCounter().value();
        const auto failed = theirs->store->writeTransaction([&]() -> Result<void> {
            if (!theirs->store->saveStory(draft(u"Never kept"_s)))
                return Error{ErrorKind::Permanent, u"save failed"_s};
            return Error{ErrorKind::Permanent, u"changed my mind"_s};
        });
        QVERIFY(!failed);
        QCOMPARE(mine->store->changeCounter().value(), settled);
    }

    void aCommitElsewhereIsHeardAtOnce()
    {
        const auto where = TestLibrary::location(m_dir.filePath(u"heard.sqlite"_s));
        auto mine = Library::open(*where);
        auto theirs = Library::open(*where);
        QVERIFY2(mine && theirs, qPrintable(why(mine) + why(theirs)));
        QObject context;
        int heard = 0;
        QVERIFY(mine->store->watchChanges(&context, [&heard] { ++heard; }));
        QVERIFY(theirs->store->saveStory(draft(u"Heard across the newsroom"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(heard > 0, 3000);
        // Nothing is announced of a write that was rolled back.
        const int settled = heard;
        QVERIFY(!theirs->store->writeTransaction([&]() -> Result<void> {
            (void)theirs->store->saveStory(draft(u"Never kept"_s));
            return Error{ErrorKind::Permanent, u"changed my mind"_s};
        }));
        QTest::qWait(300);
        QCOMPARE(heard, settled);
    }

    void aFileLibraryIsReadNotHeard()
    {
        auto opened = Library::open(m_dir.filePath(u"file.sqlite"_s));
        QVERIFY2(opened, qPrintable(why(opened)));
        QObject context;
        QVERIFY(!opened->store->watchChanges(&context, [] {}));
    }

    void desksSavingOneVersionAtOnceGetOneConflict()
    {
        const auto where = TestLibrary::location(m_dir.filePath(u"race.sqlite"_s));
        Story story;
        {
            auto opened = Library::open(*where);
            QVERIFY2(opened, qPrintable(why(opened)));
            story = opened->store->saveStory(draft(u"Both desks edit this"_s)).value();
        }
        // Eight desks, each on its own connection, save an edit of version 1 at once.
        QList<QFuture<QString>> desks;
        for (int desk = 0; desk < 8; ++desk) {
            desks.append(QtConcurrent::run([where = *where, story, desk]() -> QString {
                auto opened = Library::open(where);
                if (!opened)
                    return u"open: "_s + opened.errorMessage();
                Story edited = story;
                edited.setBody(u"Desk %1 was here.\n"_s.arg(desk));
                const auto saved = opened->store->saveStory(edited);
                if (saved)
                    return u"saved"_s;
                return saved.errorKind() == ErrorKind::Conflict ? u"conflict"_s
                                                                : saved.errorMessage();
            }));
        }
        QStringList outcomes;
        for (QFuture<QString> &desk : desks)
            outcomes.append(desk.result());
        QCOMPARE(outcomes.count(u"saved"_s), 1);
        QCOMPARE(outcomes.count(u"conflict"_s), 7);
        auto opened = Library::open(*where);
        QCOMPARE(opened->store->loadStory(story.id()).value().version(), 2);
        QCOMPARE(opened->store->revisions(story.id()).value().size(), 2);
    }

    void desksSavingDifferentStoriesDoNotWaitForEachOther()
    {
        const auto where = TestLibrary::location(m_dir.filePath(u"sidebyside.sqlite"_s));
        auto mine = Library::open(*where);
        QVERIFY2(mine, qPrintable(why(mine)));
        const Story theirs = mine->store->saveStory(draft(u"Another desk's story"_s)).value();
        bool savedMeanwhile = false;
        QString outcome;
        // My save is not committed yet while another desk saves its own story.
        const auto done = mine->store->writeTransaction([&]() -> Result<void> {
            if (auto saved = mine->store->saveStory(draft(u"My story, still open"_s)); !saved)
                return saved.error();
            auto other = QtConcurrent::run([where = *where, theirs]() -> QString {
                auto opened = Library::open(where);
                if (!opened)
                    return opened.errorMessage();
                Story edited = theirs;
                edited.setBody(u"Edited at the other desk.\n"_s);
                const auto saved = opened->store->saveStory(edited);
                return saved ? u"saved"_s : saved.errorMessage();
            });
            savedMeanwhile = finishesWithin(other, 20);
            if (!savedMeanwhile)
                return Error{ErrorKind::Transient, u"the other desk waited for mine"_s};
            outcome = other.result();
            return {};
        });
        QVERIFY2(done, qPrintable(why(done)));
        QVERIFY(savedMeanwhile);
        QCOMPARE(outcome, u"saved"_s);
    }

    void twoDesksTakingOneSlugAtOnceGetTwoSlugs()
    {
        const auto where = TestLibrary::location(m_dir.filePath(u"slugs.sqlite"_s));
        auto mine = Library::open(*where);
        QVERIFY2(mine, qPrintable(why(mine)));
        RawDatabase raw(m_dir.filePath(u"slugs.sqlite"_s));
        QVERIFY(raw.isOpen());
        QFuture<QString> other;
        bool otherWaited = false;
        const auto done = mine->store->writeTransaction([&]() -> Result<void> {
            if (auto saved = mine->store->saveStory(draft(u"Fire at the docks"_s)); !saved)
                return saved.error();
            // The other desk finds the slug free (my row is not committed) and
            // waits at the unique index for my transaction to end.
            other = QtConcurrent::run([where = *where, story = draft(u"Fire at the docks"_s)] {
                auto opened = Library::open(where);
                if (!opened)
                    return opened.errorMessage();
                const auto saved = opened->store->saveStory(story);
                return saved ? saved->slug() : saved.errorMessage();
            });
            otherWaited = someoneWaitsForALock(raw);
            return {};
        });
        QVERIFY2(done, qPrintable(why(done)));
        QVERIFY(otherWaited);
        QCOMPARE(other.result(), u"fire-at-the-docks-2"_s);
        const auto slugs = mine->store->listStories({});
        QVERIFY2(slugs, qPrintable(why(slugs)));
        QCOMPARE(slugs->size(), 2);
    }

    void claimsPassByWhatAnotherDeskHolds()
    {
        const auto where = TestLibrary::location(m_dir.filePath(u"claims.sqlite"_s));
        auto mine = Library::open(*where);
        QVERIFY2(mine, qPrintable(why(mine)));
        const Story held = mine->store->saveStory(draft(u"Held by my desk"_s)).value();
        const Story free = mine->store->saveStory(draft(u"Free to take"_s)).value();
        const QString destination = u"folder:/srv/news"_s;
        const QDateTime at = QDateTime::currentDateTimeUtc();
        for (const Story &story : {held, free}) {
            Delivery delivery;
            delivery.storyId = story.id();
            delivery.version = story.version();
            delivery.destination = destination;
            delivery.slug = story.slug();
            delivery.createdAt = at;
            QVERIFY(mine->store->addDelivery(delivery));
        }
        QList<bool> passedBy;
        QString claimedStory;
        const auto done = mine->store->writeTransaction([&]() -> Result<void> {
            // My desk holds the first story and claims its delivery, uncommitted.
            if (auto kept = mine->store->holdStory(held.id(), StoryStore::HoldWait::Wait);
                !kept || !*kept)
                return Error{ErrorKind::Permanent, u"could not hold my own story"_s};
            const auto mineClaimed =
                    mine->store->claimDelivery({u"mine:1"_s, {destination}, at, 60'000, 0});
            if (!mineClaimed || !*mineClaimed || (*mineClaimed)->storyId != held.id())
                return Error{ErrorKind::Permanent, u"my claim took the wrong row"_s};
            auto other = QtConcurrent::run([where = *where, held, free, destination, at] {
                QStringList seen;
                auto opened = Library::open(where);
                if (!opened)
                    return QStringList{opened.errorMessage()};
                StoryStore &store = *opened->store;
                (void)store.writeTransaction([&]() -> Result<void> {
                    const auto heldHere = store.holdStory(held.id(), StoryStore::HoldWait::PassBy);
                    const auto freeHere = store.holdStory(free.id(), StoryStore::HoldWait::PassBy);
                    seen << (heldHere && !*heldHere ? u"passed by"_s : u"held"_s)
                         << (freeHere && *freeHere ? u"held"_s : u"passed by"_s);
                    return Error{ErrorKind::Permanent, u"only looking"_s};
                });
                const auto claimed =
                        store.claimDelivery({u"theirs:2"_s, {destination}, at, 60'000, 0});
                seen << (claimed && *claimed ? (*claimed)->storyId.toString() : u"none"_s);
                return seen;
            });
            // Passing by never waits for my transaction to end.
            if (!finishesWithin(other, 20))
                return Error{ErrorKind::Transient, u"the other desk waited for mine"_s};
            const QStringList seen = other.result();
            passedBy = {seen.value(0) == u"passed by", seen.value(1) == u"held"};
            claimedStory = seen.value(2);
            return {};
        });
        QVERIFY2(done, qPrintable(why(done)));
        QCOMPARE(passedBy, (QList<bool>{true, true}));
        QCOMPARE(claimedStory, free.id().toString());
    }
};

QTEST_GUILESS_MAIN(TestServerLibrary)
#include "tst_serverlibrary.moc"
