// SPDX-License-Identifier: MIT
#include "store/library.h"
#include "story/storyjson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/rawdatabase.h"
#include "support/testing.h"
#include "support/testlibrary.h"
#include <QTimeZone>
#include <QUuid>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace Copydesk {
// QtTest finds these through ADL and prints them when a comparison fails.
char *toString(const Story &story)
{
    return qstrdup(
            QJsonDocument(StoryJson::toJson(story)).toJson(QJsonDocument::Compact).constData());
}
} // namespace Copydesk

namespace {

/// A story with every field set, in several scripts and with curly quotes.
Story fullStory()
{
    Story story = Story::create(utc(2024, 3, 5, 8, 0, 15));
    story.setSlug(u"Harbour Reopens"_s); // as typed: effectiveSlug() cleans it
    story.setHeadline(u"Harbour reopens after “the worst storm in 40 years”"_s);
    story.setHighlights({u"Ferries resume at 06:00 — crews say it’s ‘safe’"_s,
                         u"Repairs cost €1.2 million; donors from 東京 and Αθήνα help"_s});
    story.setDateline(u"SÃO TOMÉ"_s);
    story.setByline(u"Inês Duarte and Zoë O’Brien"_s);
    story.setBody(u"The harbour reopened on **Tuesday**.\n\n> “We’re back,” said the "
                  u"harbourmaster.\n\n| berth | ships |\n|---|---|\n| 1 | 3 |\n\n"
                  u"Emoji stay intact: 🚢⚓\n"_s);
    story.setPhotos({
            Photo{u"aa11"_s,
                  u"quay.jpg"_s,
                  u"image/jpeg"_s,
                  u"The “Santa Maria” at the quay"_s,
                  u"Ana Lopes/Reuters"_s,
                  u"A white ferry moored at a stone quay"_s,
                  1600,
                  1067,
                  {},
                  {}},
            Photo{u"bb22"_s,
                  u"crane.png"_s,
                  u"image/png"_s,
                  u"Cranes idle—for now"_s,
                  u"Port authority"_s,
                  u"Two cranes against a grey sky"_s,
                  800,
                  1200,
                  {},
                  {}},
    });
    story.setStatus(StoryStatus::Published);
    story.setFirstPublishedAt(utc(2024, 3, 5, 8, 30, 0));
    story.setUpdatedAt(utc(2024, 3, 5, 11, 45, 30));
    story.setScheduledFor(utc(2024, 3, 5, 8, 30, 0));
    story.setEmbargoUntil(utc(2024, 3, 5, 8, 29, 59));
    story.setUpdateNotes({
            UpdateNote{utc(2024, 3, 5, 10, 0), UpdateKind::Update, u"Adds the cost of repairs."_s},
            UpdateNote{utc(2024, 3, 5, 11, 45, 30), UpdateKind::Correction,
                       u"An earlier version misspelt Inês Duarte’s name."_s},
    });
    return story;
}

Story draft(const QString &headline)
{
    Story story = Story::create();
    story.setHeadline(headline);
    return story;
}

/// Times as the library keeps them: whole seconds.
Story inWholeSeconds(Story story)
{
    const auto cut = [](const QDateTime &at) {
        return at.isValid() ? QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), QTimeZone::utc())
                            : at;
    };
    story.setCreatedAt(cut(story.createdAt()));
    story.setFirstPublishedAt(cut(story.firstPublishedAt()));
    story.setUpdatedAt(cut(story.updatedAt()));
    story.setScheduledFor(cut(story.scheduledFor()));
    story.setEmbargoUntil(cut(story.embargoUntil()));
    QList<UpdateNote> notes = story.updateNotes();
    for (UpdateNote &note : notes)
        note.at = cut(note.at);
    story.setUpdateNotes(notes);
    return story;
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::global();
    for (char &byte : bytes)
        byte = char(random->bounded(256));
    return bytes;
}

} // namespace

class TestStoryStore : public QObject
{
    Q_OBJECT

private:
    QString libraryPath() const { return m_dir->filePath(u"library.sqlite"_s); }

    std::unique_ptr<StoryStore> openStore(const QString &path)
    {
        auto opened = TestLibrary::open(path);
        if (!opened) {
            qWarning("%s", qPrintable(opened.errorMessage()));
            return {};
        }
        return std::move(opened->store);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoryStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(u"copydesk-tests"_s);
        QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLITE"_s));
    }

    void init()
    {
        // A connection left open or named twice shows as one of these.
        QTest::failOnWarning(QRegularExpression(u"still in use"_s));
        QTest::failOnWarning(QRegularExpression(u"duplicate connection name"_s));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = openStore(libraryPath());
        QVERIFY(m_store);
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void defaultPathIsInAppData()
    {
        const QString path = Library::defaultPath();
        QCOMPARE(path,
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                         u"/library.sqlite"_s);
        // Test mode keeps it away from the real library.
        QVERIFY2(path.contains(u".qttest"_s), qPrintable(path));
    }

    void newLibraryCreatesFolderAndFile()
    {
        const QString path = m_dir->filePath(u"deep/er/library.sqlite"_s);
        auto opened = Library::open(path);
        QVERIFY2(opened, qPrintable(why(opened)));
        QVERIFY(opened->created);
        QVERIFY(QFile::exists(path));
        QCOMPARE(opened->store->location(), QDir::toNativeSeparators(path));
        {
            RawDatabase raw(path, RawDatabase::Where::File);
            QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        }
        opened->store.reset();

        auto again = Library::open(path);
        QVERIFY2(again, qPrintable(why(again)));
        QVERIFY(!again->created);
    }

    void emptyFileCountsAsNew()
    {
        const QString path = m_dir->filePath(u"empty.sqlite"_s);
        QVERIFY(writeFile(path, {}));
        auto opened = Library::open(path);
        QVERIFY2(opened, qPrintable(why(opened)));
        QVERIFY(opened->created);
        QVERIFY(QFileInfo(path).size() > 0);
    }

    void roundTrip_data()
    {
        QTest::addColumn<Story>("story");
        QTest::newRow("every field") << fullStory();
        QTest::newRow("bare draft") << Story::create();
        Story withMilliseconds = fullStory();
        withMilliseconds.setCreatedAt(utc(2024, 3, 5, 8, 0, 15, 678));
        withMilliseconds.setUpdateNotes(
                {UpdateNote{utc(2024, 3, 5, 9, 1, 2, 3), UpdateKind::Update, u"Minor."_s}});
        QTest::newRow("times with milliseconds") << withMilliseconds;
        Story filed = fullStory();
        filed.setSection(u"World"_s);
        filed.setTags({u"Russia"_s, u"élection ‘2026’"_s, u"\"quoted\" <tag>"_s});
        filed.setSubjects({u"medtop:11000000"_s, u"medtop:16000000"_s});
        QTest::newRow("section, tags and subjects") << filed;
    }

    void roundTrip()
    {
        QFETCH(Story, story);
        const QDateTime before =
                QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
        const auto saved = m_store->saveStory(story);
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QVERIFY2(saved, qPrintable(why(saved)));

        QCOMPARE(saved->version(), 1);
        QVERIFY(saved->savedAt() >= before && saved->savedAt() <= after);
        QCOMPARE(saved->savedAt().time().msec(), 0);
        QCOMPARE(saved->savedAt().timeSpec(), Qt::UTC);
        QVERIFY(saved->sameContent(inWholeSeconds(story)));
        QCOMPARE(saved->photos().size(), story.photos().size());
        QCOMPARE(saved->updateNotes().size(), story.updateNotes().size());

        const auto loaded = m_store->loadStory(story.id());
        QVERIFY2(loaded, qPrintable(why(loaded)));
        QCOMPARE(*loaded, *saved);
        QCOMPARE(loaded->headline(), story.headline());
        QCOMPARE(loaded->highlights(), story.highlights());
        QCOMPARE(loaded->body(), story.body());
        QCOMPARE(loaded->slug(), story.slug());
        QCOMPARE(loaded->section(), story.section());
        QCOMPARE(loaded->tags(), story.tags());
        QCOMPARE(loaded->subjects(), story.subjects());

        const auto revision = m_store->loadRevision(story.id(), 1);
        QVERIFY2(revision, qPrintable(why(revision)));
        QCOMPARE(*revision, *saved);
    }

    void everySaveBumpsTheVersionAndKeepsARevision()
    {
        QList<Story> versions;
        auto saved = m_store->saveStory(fullStory());
        QVERIFY2(saved, qPrintable(why(saved)));
        versions.append(*saved);

        Story edit = *saved;
        edit.setHeadline(u"Harbour reopens; ferries full on first day"_s);
        edit.setBody(edit.body() + u"\nMore to follow.\n"_s);
        saved = m_store->saveStory(edit);
        QVERIFY2(saved, qPrintable(why(saved)));
        versions.append(*saved);

        edit = *saved;
        edit.setPhotos({});
        edit.setStatus(StoryStatus::Withdrawn);
        edit.setUpdateNotes({});
        saved = m_store->saveStory(edit);
        QVERIFY2(saved, qPrintable(why(saved)));
        versions.append(*saved);

        for (qsizetype i = 0; i < versions.size(); ++i)
            QCOMPARE(versions.at(i).version(), int(i) + 1);

        const QUuid id = versions.constFirst().id();
        const auto list = m_store->revisions(id);
        QVERIFY2(list, qPrintable(why(list)));
        QCOMPARE(list->size(), 3);
        for (qsizetype i = 0; i < list->size(); ++i) {
            const Story &expected = versions.at(versions.size() - 1 - i);
            QCOMPARE(list->at(i).version, expected.version());
            QCOMPARE(list->at(i).headline, expected.headline());
            QCOMPARE(list->at(i).savedAt, expected.savedAt());
        }
        for (const Story &expected : std::as_const(versions)) {
            const auto revision = m_store->loadRevision(id, expected.version());
            QVERIFY2(revision, qPrintable(why(revision)));
            QCOMPARE(*revision, expected);
        }
        QVERIFY(!m_store->loadRevision(id, 4));
        QVERIFY(!m_store->loadRevision(id, 0));

        const auto current = m_store->loadStory(id);
        QVERIFY2(current, qPrintable(why(current)));
        QCOMPARE(*current, versions.constLast());
    }

    void staleSaveIsRefused_data()
    {
        QTest::addColumn<int>("editedVersion");
        QTest::addColumn<QString>("expected");
        QTest::newRow("someone saved first")
                << 1 << u"was changed elsewhere (version 2 is stored, you edited version 1)"_s;
        QTest::newRow("a new story's copy saved twice")
                << 0 << u"was changed elsewhere (version 2 is stored, you edited version 0)"_s;
        QTest::newRow("from the future")
                << 7 << u"was changed elsewhere (version 2 is stored, you edited version 7)"_s;
    }

    void staleSaveIsRefused()
    {
        QFETCH(int, editedVersion);
        QFETCH(QString, expected);
        auto first = m_store->saveStory(fullStory());
        QVERIFY2(first, qPrintable(why(first)));
        Story theirs = *first;
        theirs.setHeadline(u"Their headline"_s);
        const auto second = m_store->saveStory(theirs);
        QVERIFY2(second, qPrintable(why(second)));

        Story mine = *first;
        mine.setVersion(editedVersion);
        mine.setHeadline(u"My headline"_s);
        mine.setSlug(u"my-slug"_s);
        const auto refused = m_store->saveStory(mine);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(expected), qPrintable(refused.errorMessage()));
        QVERIFY2(refused.errorMessage().contains(u"nothing was saved"_s),
                 qPrintable(refused.errorMessage()));

        const auto stored = m_store->loadStory(mine.id());
        QVERIFY2(stored, qPrintable(why(stored)));
        QCOMPARE(*stored, *second);
        const auto list = m_store->revisions(mine.id());
        QVERIFY2(list, qPrintable(why(list)));
        QCOMPARE(list->size(), 2);
        const auto stories = m_store->listStories();
        QVERIFY2(stories, qPrintable(why(stories)));
        QCOMPARE(stories->size(), 1);
        QCOMPARE(stories->constFirst().slug, u"harbour-reopens"_s);
    }

    void saveOfADeletedStoryIsRefused()
    {
        const auto saved = m_store->saveStory(fullStory());
        QVERIFY2(saved, qPrintable(why(saved)));
        QVERIFY(m_store->deleteStory(saved->id()));
        const auto refused = m_store->saveStory(*saved);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"no longer in the library"_s),
                 qPrintable(refused.errorMessage()));
        QVERIFY(!m_store->loadStory(saved->id()));
        QVERIFY(m_store->revisions(saved->id())->isEmpty());
    }

    void storyWithoutIdIsRefused()
    {
        Story story = draft(u"No id"_s);
        story.setId(QUuid());
        QVERIFY(!m_store->saveStory(story));
        QVERIFY(m_store->listStories()->isEmpty());
    }

    void saveStoriesStoresEveryStoryInOrder()
    {
        const QList<Story> batch{draft(u"First"_s), draft(u"Second"_s), draft(u"First"_s)};
        const auto saved = m_store->saveStories(batch);
        QVERIFY2(saved, qPrintable(why(saved)));
        QCOMPARE(saved->size(), 3);
        QStringList slugs;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const Story &stored = saved->at(i);
            QCOMPARE(stored.id(), batch.at(i).id());
            QCOMPARE(stored.version(), 1);
            slugs.append(stored.effectiveSlug());
            const auto loaded = m_store->loadStory(stored.id());
            QVERIFY2(loaded, qPrintable(why(loaded)));
            QCOMPARE(*loaded, stored);
            QCOMPARE(m_store->revisions(stored.id())->size(), 1);
        }
        // Unique within the batch too, as one saveStory after another would make them.
        QCOMPARE(slugs, QStringList({u"first"_s, u"second"_s, u"first-2"_s}));
        QCOMPARE(m_store->saveStories({})->size(), 0);
    }

    void saveStoriesIsAllOrNothing_data()
    {
        QTest::addColumn<int>("failing"); // index of the story the store refuses
        QTest::addColumn<QString>("expected");
        QTest::newRow("the same story twice") << 2 << u"was changed elsewhere"_s;
        QTest::newRow("a stale version last") << 3 << u"is no longer in the library"_s;
        QTest::newRow("no id in the middle") << 1 << u"the story has no id"_s;
        QTest::newRow("first story refused") << 0 << u"is no longer in the library"_s;
    }

    void saveStoriesIsAllOrNothing()
    {
        QFETCH(int, failing);
        QFETCH(QString, expected);
        const auto kept = m_store->saveStory(draft(u"Kept as it was"_s));
        QVERIFY2(kept, qPrintable(why(kept)));
        const auto listedBefore = m_store->listStories();
        QVERIFY2(listedBefore, qPrintable(why(listedBefore)));
        RawDatabase raw(libraryPath());
        const int revisionsBefore = raw.value(u"SELECT COUNT(*) FROM story_revisions"_s).toInt();
        const int storiesBefore = raw.value(u"SELECT COUNT(*) FROM stories"_s).toInt();

        QList<Story> batch{draft(u"One"_s), draft(u"Two"_s), draft(u"Three"_s), draft(u"Four"_s)};
        if (failing == 2) {
            batch[2] = batch.at(0); // saved once already when its turn comes
        } else if (failing == 1) {
            batch[1].setId(QUuid());
        } else {
            batch[failing].setVersion(5); // edited from a version the library never held
        }
        const auto refused = m_store->saveStories(batch);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(expected), qPrintable(refused.errorMessage()));
        QVERIFY2(refused.errorMessage().contains(u"None of the 4 stories was saved"_s),
                 qPrintable(refused.errorMessage()));

        const auto listedAfter = m_store->listStories();
        QVERIFY2(listedAfter, qPrintable(why(listedAfter)));
        QCOMPARE(*listedAfter, *listedBefore);
        for (const Story &story : std::as_const(batch)) {
            if (!story.id().isNull())
                QVERIFY(!m_store->loadStory(story.id()));
        }
        QCOMPARE(raw.value(u"SELECT COUNT(*) FROM story_revisions"_s).toInt(), revisionsBefore);
        QCOMPARE(raw.value(u"SELECT COUNT(*) FROM stories"_s).toInt(), storiesBefore);

        // The library still takes the same batch once it is right.
        batch[failing] = draft(u"Fixed"_s);
        const auto saved = m_store->saveStories(batch);
        QVERIFY2(saved, qPrintable(why(saved)));
        QCOMPARE(m_store->listStories()->size(), listedBefore->size() + 4);
    }

    void slugsAreUnique_data()
    {
        QTest::addColumn<QStringList>("headlines");
        QTest::addColumn<QStringList>("slugs");
        QTest::newRow("distinct headlines") << QStringList{u"Port reopens"_s, u"Bridge closes"_s}
                                            << QStringList{u"port-reopens"_s, u"bridge-closes"_s};
        QTest::newRow("same headline three times")
                << QStringList{u"Port reopens"_s, u"Port Reopens!"_s, u"port reopens"_s}
                << QStringList{u"port-reopens"_s, u"port-reopens-2"_s, u"port-reopens-3"_s};
        QTest::newRow("a suffix taken by another headline")
                << QStringList{u"Port reopens 2"_s, u"Port reopens"_s, u"Port reopens"_s}
                << QStringList{u"port-reopens-2"_s, u"port-reopens"_s, u"port-reopens-3"_s};
        QTest::newRow("nothing to make a slug from")
                << QStringList{QString(), u"“…”"_s, QString()}
                << QStringList{QString(), QString(), QString()};
    }

    void slugsAreUnique()
    {
        QFETCH(QStringList, headlines);
        QFETCH(QStringList, slugs);
        QList<QUuid> ids;
        for (qsizetype i = 0; i < headlines.size(); ++i) {
            const auto saved = m_store->saveStory(draft(headlines.at(i)));
            QVERIFY2(saved, qPrintable(why(saved)));
            QCOMPARE(saved->effectiveSlug(), slugs.at(i));
            ids.append(saved->id());
            const auto loaded = m_store->loadStory(saved->id());
            QVERIFY2(loaded, qPrintable(why(loaded)));
            QCOMPARE(loaded->effectiveSlug(), slugs.at(i));
        }
        const auto list = m_store->listStories();
        QVERIFY2(list, qPrintable(why(list)));
        for (const StorySummary &summary : *list)
            QCOMPARE(summary.slug, slugs.at(ids.indexOf(summary.id)));
    }

    void slugStaysStableUntilItsSourceChanges()
    {
        const auto first = m_store->saveStory(draft(u"Port reopens"_s));
        QVERIFY2(first, qPrintable(why(first)));
        auto second = m_store->saveStory(draft(u"Port reopens"_s));
        QVERIFY2(second, qPrintable(why(second)));
        QCOMPARE(second->effectiveSlug(), u"port-reopens-2"_s);

        // The freed slug is not taken: "-2" may already be published.
        QVERIFY(m_store->deleteStory(first->id()));
        second = m_store->saveStory(*second);
        QVERIFY2(second, qPrintable(why(second)));
        QCOMPARE(second->effectiveSlug(), u"port-reopens-2"_s);
        QCOMPARE(second->version(), 2);

        // A story without an edited slug follows its headline.
        Story edit = *second;
        edit.setSlug(QString());
        edit.setHeadline(u"Port reopens for ferries"_s);
        second = m_store->saveStory(edit);
        QVERIFY2(second, qPrintable(why(second)));
        QCOMPARE(second->effectiveSlug(), u"port-reopens-for-ferries"_s);
        QVERIFY(second->slug().isEmpty());

        edit = *second;
        edit.setHeadline(u"Port reopens for ferries and freight"_s);
        second = m_store->saveStory(edit);
        QVERIFY2(second, qPrintable(why(second)));
        QCOMPARE(second->effectiveSlug(), u"port-reopens-for-ferries-and-freight"_s);

        // The old slug came free with the change.
        const auto third = m_store->saveStory(draft(u"Port reopens for ferries"_s));
        QVERIFY2(third, qPrintable(why(third)));
        QCOMPARE(third->effectiveSlug(), u"port-reopens-for-ferries"_s);

        // An edited slug that clashes gets a suffix too.
        Story typed = draft(u"Something else"_s);
        typed.setSlug(u"Port Reopens For Ferries"_s);
        const auto fourth = m_store->saveStory(typed);
        QVERIFY2(fourth, qPrintable(why(fourth)));
        QCOMPARE(fourth->effectiveSlug(), u"port-reopens-for-ferries-2"_s);

        // So does a saved story whose slug is edited to one that is taken.
        Story renamed = *third;
        renamed.setSlug(u"port-reopens-for-ferries-and-freight"_s);
        const auto fifth = m_store->saveStory(renamed);
        QVERIFY2(fifth, qPrintable(why(fifth)));
        QCOMPARE(fifth->effectiveSlug(), u"port-reopens-for-ferries-and-freight-2"_s);
        QCOMPARE(m_store->loadStory(second->id())->effectiveSlug(),
                 u"port-reopens-for-ferries-and-freight"_s);
    }

    void deleteRemovesStoryAndRevisions()
    {
        auto saved = m_store->saveStory(fullStory());
        QVERIFY2(saved, qPrintable(why(saved)));
        saved = m_store->saveStory(*saved);
        QVERIFY2(saved, qPrintable(why(saved)));
        const auto kept = m_store->saveStory(draft(u"Kept"_s));
        QVERIFY2(kept, qPrintable(why(kept)));

        const auto deleted = m_store->deleteStory(saved->id());
        QVERIFY2(deleted, qPrintable(why(deleted)));
        QVERIFY(!m_store->loadStory(saved->id()));
        QVERIFY(!m_store->loadRevision(saved->id(), 1));
        QVERIFY(m_store->revisions(saved->id())->isEmpty());
        const auto list = m_store->listStories();
        QVERIFY2(list, qPrintable(why(list)));
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->constFirst().id, kept->id());
        {
            RawDatabase raw(libraryPath());
            QCOMPARE(raw.value(u"SELECT COUNT(*) FROM story_revisions WHERE story_id = ?"_s,
                               {saved->id().toString(QUuid::WithoutBraces)})
                             .toInt(),
                     0);
            QCOMPARE(raw.value(u"SELECT COUNT(*) FROM story_revisions"_s).toInt(), 1);
        }

        const auto again = m_store->deleteStory(saved->id());
        QVERIFY(!again);
        QVERIFY2(again.errorMessage().contains(u"no story"_s), qPrintable(again.errorMessage()));
        QVERIFY(!m_store->deleteStory(QUuid::createUuid()));
        QVERIFY(m_store->loadStory(kept->id()));
    }

    void photoFilesAreKeptOnceByContent()
    {
        QByteArray bytes = randomBytes(300 * 1024);
        bytes[10] = '\0'; // binary through and through
        const QString expectedId = QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

        const auto id = m_store->addPhotoFile(bytes, u"image/jpeg"_s);
        QVERIFY2(id, qPrintable(why(id)));
        QCOMPARE(*id, expectedId);
        const auto again = m_store->addPhotoFile(bytes, u"image/jpeg"_s);
        QVERIFY2(again, qPrintable(why(again)));
        QCOMPARE(*again, expectedId);
        const auto other = m_store->addPhotoFile(randomBytes(1000), u"image/png"_s);
        QVERIFY2(other, qPrintable(why(other)));
        QVERIFY(*other != expectedId);

        const auto read = m_store->photoFile(expectedId);
        QVERIFY2(read, qPrintable(why(read)));
        QCOMPARE(read->size(), bytes.size());
        QCOMPARE(*read, bytes);
        {
            RawDatabase raw(libraryPath());
            QCOMPARE(raw.value(u"SELECT COUNT(*) FROM photo_files"_s).toInt(), 2);
            QCOMPARE(raw.value(u"SELECT size FROM photo_files WHERE id = ?"_s, {expectedId})
                             .toLongLong(),
                     qint64(bytes.size()));
            QCOMPARE(raw.value(u"SELECT mime_type FROM photo_files WHERE id = ?"_s, {expectedId})
                             .toString(),
                     u"image/jpeg"_s);
        }

        const auto missing = m_store->photoFile(QString(64, u'0'));
        QVERIFY(!missing);
        QVERIFY2(missing.errorMessage().contains(u"not in the library"_s),
                 qPrintable(missing.errorMessage()));
        QVERIFY(!m_store->addPhotoFile({}, u"image/png"_s));
    }

    void listIsNewestSaveFirst()
    {
        QList<Story> saved;
        for (const QString &headline : {u"Alpha"_s, u"Bravo"_s, u"Charlie"_s}) {
            const auto story = m_store->saveStory(draft(headline));
            QVERIFY2(story, qPrintable(why(story)));
            saved.append(*story);
        }
        // Saves within the same second still list in the order they happened.
        auto alpha = m_store->saveStory(saved.at(0));
        QVERIFY2(alpha, qPrintable(why(alpha)));
        saved[0] = *alpha;

        const auto list = m_store->listStories();
        QVERIFY2(list, qPrintable(why(list)));
        QCOMPARE(list->size(), 3);
        const QList<int> order{0, 2, 1};
        for (qsizetype i = 0; i < order.size(); ++i) {
            const Story &story = saved.at(order.at(i));
            const StorySummary &summary = list->at(i);
            QCOMPARE(summary.id, story.id());
            QCOMPARE(summary.headline, story.headline());
            QCOMPARE(summary.slug, story.effectiveSlug());
            QCOMPARE(summary.status, story.status());
            QCOMPARE(summary.updatedAt, story.updatedAt());
            QCOMPARE(summary.savedAt, story.savedAt());
            QCOMPARE(summary.version, story.version());
        }
    }

    void theListIsFilteredBySection()
    {
        const auto file = [this](const QString &headline, const QString &section) {
            Story story = draft(headline);
            story.setSection(section);
            const auto saved = m_store->saveStory(story);
            QVERIFY2(saved, qPrintable(why(saved)));
        };
        file(u"Summit opens"_s, u"World"_s);
        file(u"Shares fall"_s, u"Business"_s);
        file(u"Talks stall"_s, u"World"_s);
        file(u"Unfiled note"_s, QString());

        StoryListQuery world;
        world.section = u"World"_s;
        const auto listed = m_store->listStories(world);
        QVERIFY2(listed, qPrintable(why(listed)));
        QStringList headlines;
        for (const StorySummary &summary : *listed) {
            headlines.append(summary.headline);
            QCOMPARE(summary.section, u"World"_s);
        }
        QCOMPARE(headlines, (QStringList{u"Talks stall"_s, u"Summit opens"_s}));
        QCOMPARE(*m_store->countStories(world), 2);

        // An empty section lists the stories filed under none.
        StoryListQuery none;
        none.section = QString();
        const auto unfiled = m_store->listStories(none);
        QVERIFY2(unfiled, qPrintable(why(unfiled)));
        QCOMPARE(unfiled->size(), 1);
        QCOMPARE(unfiled->first().headline, u"Unfiled note"_s);
    }

    void sectionFeedsListThePublishedVersionsOfTheirSection()
    {
        // As a publication records it: a save, then that version marked as the one readers have.
        const QDateTime first(QDate(2026, 11, 18), QTime(9, 0), QTimeZone::utc());
        const auto publish = [this](const QString &headline, const QString &section,
                                    const QDateTime &at) {
            Story story = draft(headline);
            story.setSection(section);
            story.setStatus(StoryStatus::Published);
            story.setFirstPublishedAt(at);
            const auto saved = m_store->saveStory(story);
            if (!saved || !m_store->setPublishedVersion(saved->id(), saved->version()))
                return Story();
            return *saved;
        };
        const Story summit = publish(u"Summit opens"_s, u"World"_s, first);
        QVERIFY(!summit.id().isNull());
        QVERIFY(!publish(u"Shares fall"_s, u"Business"_s, first.addSecs(60)).id().isNull());
        QVERIFY(!publish(u"Talks stall"_s, u"World"_s, first.addSecs(120)).id().isNull());
        QVERIFY(m_store->saveStory(draft(u"A World draft"_s)));
        const auto headlines = [this](const QString &section, int limit = 10) {
            QStringList listed;
            const auto newest = m_store->newestPublished(limit, {}, {}, section);
            if (!newest)
                return QStringList{why(newest)};
            for (const Story &story : *newest)
                listed.append(story.headline());
            return listed;
        };
        QCOMPARE(headlines(u"World"_s), (QStringList{u"Talks stall"_s, u"Summit opens"_s}));
        QCOMPARE(headlines(u"Business"_s), QStringList{u"Shares fall"_s});
        QCOMPARE(headlines(u"World"_s, 1), QStringList{u"Talks stall"_s});
        QCOMPARE(headlines(u"Sport"_s), QStringList());
        QCOMPARE(headlines(QString()).size(), 3);

        // A save that files the story elsewhere is not out yet: the feeds go by what readers have.
        Story moved = summit;
        moved.setSection(u"Business"_s);
        const auto saved = m_store->saveStory(moved);
        QVERIFY2(saved, qPrintable(why(saved)));
        QCOMPARE(headlines(u"World"_s), (QStringList{u"Talks stall"_s, u"Summit opens"_s}));
        QCOMPARE(headlines(u"Business"_s), QStringList{u"Shares fall"_s});
        // Its publication moves it.
        QVERIFY(m_store->setPublishedVersion(saved->id(), saved->version()));
        QCOMPARE(headlines(u"World"_s), QStringList{u"Talks stall"_s});
        QCOMPARE(headlines(u"Business"_s), (QStringList{u"Shares fall"_s, u"Summit opens"_s}));
        // An older version made the published one again files it where that version was.
        QVERIFY(m_store->setPublishedVersion(summit.id(), summit.version()));
        QCOMPARE(headlines(u"World"_s), (QStringList{u"Talks stall"_s, u"Summit opens"_s}));
        QCOMPARE(headlines(u"Business"_s), QStringList{u"Shares fall"_s});
        QCOMPARE(m_store->setPublishedVersion(QUuid::createUuid(), 1).errorKind(),
                 ErrorKind::NotFound);
    }

    void sectionFeedsAreReadThroughTheirIndex()
    {
        const QString path = m_dir->filePath(u"plan.sqlite"_s);
        QVERIFY(openStore(path));
        RawDatabase raw(path);
        // The newest stories of one section come from its own index, in
        // order, not from every published story nor from a sort of the section.
        const QString select =
                u"SELECT s.id FROM stories s JOIN story_revisions r ON r.story_row = s.story_row "
                u"AND r.version = s.published_version WHERE s.status = 'published' AND "
                u"s.published_section = 'World' ORDER BY s.first_published_at DESC, s.id ASC "
                u"LIMIT 20"_s;
        QSqlQuery query(raw.db());
        // PostgreSQL would scan an empty table whole: asked not to, it shows the index it can use.
        if (TestLibrary::onServer())
            QVERIFY(query.exec(u"SET enable_seqscan = off"_s));
        QVERIFY(query.exec((TestLibrary::onServer() ? u"EXPLAIN "_s : u"EXPLAIN QUERY PLAN "_s) +
                           select));
        QStringList plan;
        while (query.next())
            plan.append(query.value(TestLibrary::onServer() ? 0 : 3).toString());
        QVERIFY2(plan.join(u'\n').contains(u"stories_by_published_section"_s),
                 qPrintable(plan.join(u'\n')));
    }

    void tagsInUseComeLatestFirst()
    {
        QDateTime now(QDate(2026, 11, 18), QTime(9, 0), QTimeZone::utc());
        m_store->setClock([&now] { return now; });
        auto first = draft(u"First"_s);
        first.setTags({u"Election"_s, u"budget"_s});
        QVERIFY(m_store->saveStory(first));
        now = now.addSecs(60);
        auto second = draft(u"Second"_s);
        // Another case of a tag in use: one entry, as last written.
        second.setTags({u"election"_s, u"Storm"_s});
        auto saved = m_store->saveStory(second);
        QVERIFY2(saved, qPrintable(why(saved)));

        const auto tags = m_store->tagsInUse(10);
        QVERIFY2(tags, qPrintable(why(tags)));
        QCOMPARE(*tags, (QStringList{u"election"_s, u"Storm"_s, u"budget"_s}));
        QCOMPARE(*m_store->tagsInUse(1), QStringList{u"election"_s});

        // A tag stays offered after its last story lets it go.
        now = now.addSecs(60);
        Story untagged = *saved;
        untagged.setTags({});
        QVERIFY(m_store->saveStory(untagged));
        QCOMPARE(m_store->tagsInUse(10)->size(), 3);
        m_store->setClock({});
    }

    void reopeningKeepsEverything()
    {
        auto first = m_store->saveStory(fullStory());
        QVERIFY2(first, qPrintable(why(first)));
        Story edit = *first;
        edit.setHeadline(u"Harbour reopens, second take"_s);
        const auto firstAgain = m_store->saveStory(edit);
        QVERIFY2(firstAgain, qPrintable(why(firstAgain)));
        const auto second = m_store->saveStory(draft(u"A second story"_s));
        QVERIFY2(second, qPrintable(why(second)));
        const QByteArray bytes = randomBytes(5000);
        const auto photo = m_store->addPhotoFile(bytes, u"image/png"_s);
        QVERIFY2(photo, qPrintable(why(photo)));

        const auto listBefore = m_store->listStories();
        QVERIFY2(listBefore, qPrintable(why(listBefore)));
        m_store.reset();

        auto opened = TestLibrary::open(libraryPath());
        QVERIFY2(opened, qPrintable(why(opened)));
        QVERIFY(!opened->created);
        m_store = std::move(opened->store);

        const auto listAfter = m_store->listStories();
        QVERIFY2(listAfter, qPrintable(why(listAfter)));
        QCOMPARE(*listAfter, *listBefore);
        QCOMPARE(*m_store->loadStory(first->id()), *firstAgain);
        QCOMPARE(*m_store->loadStory(second->id()), *second);
        QCOMPARE(*m_store->loadRevision(first->id(), 1), *first);
        QCOMPARE(*m_store->loadRevision(first->id(), 2), *firstAgain);
        QCOMPARE(m_store->revisions(first->id())->size(), 2);
        QCOMPARE(*m_store->photoFile(*photo), bytes);
    }

    void twoStoresOnOneFile()
    {
        auto other = openStore(libraryPath());
        QVERIFY(other);
        const auto saved = m_store->saveStory(draft(u"Seen by both"_s));
        QVERIFY2(saved, qPrintable(why(saved)));

        const auto seen = other->loadStory(saved->id());
        QVERIFY2(seen, qPrintable(why(seen)));
        QCOMPARE(*seen, *saved);
        Story theirs = *seen;
        theirs.setBody(u"Their body."_s);
        QVERIFY(other->saveStory(theirs));

        Story mine = *saved;
        mine.setBody(u"My body."_s);
        const auto refused = m_store->saveStory(mine);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"changed elsewhere"_s),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(m_store->loadStory(saved->id())->body(), u"Their body."_s);
    }

    void librarySettingsAreSharedByEveryDesk()
    {
        auto other = openStore(libraryPath());
        QVERIFY(other);
        const auto none = m_store->librarySettings();
        QVERIFY2(none, qPrintable(why(none)));
        QVERIFY(none->isEmpty());

        const auto kept =
                m_store->saveLibrarySettings({{u"publishing/siteTitle"_s, u"Harbour Times"_s},
                                              {u"newsroom/timeZone"_s, u"Europe/Malta"_s},
                                              {u"publishing/baseUrl"_s, QString()}},
                                             u"anna"_s);
        QVERIFY2(kept, qPrintable(why(kept)));
        // Another desk reads what this one kept, an empty value as empty.
        const auto seen = other->librarySettings();
        QVERIFY2(seen, qPrintable(why(seen)));
        QCOMPARE(seen->value(u"publishing/siteTitle"_s), u"Harbour Times"_s);
        QCOMPARE(seen->value(u"newsroom/timeZone"_s), u"Europe/Malta"_s);
        QVERIFY(seen->contains(u"publishing/baseUrl"_s));
        QCOMPARE(seen->size(), 3);

        // A change replaces the value; the other keys stay.
        QVERIFY(other->saveLibrarySettings({{u"publishing/siteTitle"_s, u"The Harbour"_s}},
                                           u"bob"_s));
        const auto changed = m_store->librarySettings();
        QVERIFY2(changed, qPrintable(why(changed)));
        QCOMPARE(changed->value(u"publishing/siteTitle"_s), u"The Harbour"_s);
        QCOMPARE(changed->value(u"newsroom/timeZone"_s), u"Europe/Malta"_s);

        // The change is one every window hears of.
        const auto before = m_store->changeCounter();
        QVERIFY2(before, qPrintable(why(before)));
        QVERIFY(other->saveLibrarySettings({{u"publishing/language"_s, u"mt"_s}}, u"bob"_s));
        const auto after = m_store->changeCounter();
        QVERIFY2(after, qPrintable(why(after)));
        QVERIFY(*after != *before);
    }

    void damagedFileIsRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QByteArray random = randomBytes(4096);
        random[0] = 'X'; // never by chance the SQLite header
        QTest::newRow("4 KiB of random bytes") << random;
        QTest::newRow("a text file") << QByteArray("Shopping list: eggs, milk, bread.\n");
        QTest::newRow("SQLite header, then garbage")
                << QByteArray("SQLite format 3\0", 16) + randomBytes(4096 - 16);
    }

    void damagedFileIsRefused()
    {
        QFETCH(QByteArray, content);
        const QString path = m_dir->filePath(u"damaged.sqlite"_s);
        QVERIFY(writeFile(path, content));
        const auto opened = Library::open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(u"is damaged or is not a Copydesk library: "_s),
                 qPrintable(opened.errorMessage()));
        QVERIFY2(opened.errorMessage().contains(QDir::toNativeSeparators(path)),
                 qPrintable(opened.errorMessage()));
        QCOMPARE(fileBytes(path), content);
    }

    void foreignDatabaseIsLeftAlone()
    {
        const QString path = m_dir->filePath(u"music.sqlite"_s);
        {
            RawDatabase raw(path, RawDatabase::Where::File);
            QVERIFY(raw.isOpen());
            QCOMPARE(raw.exec(u"CREATE TABLE songs (title TEXT, artist TEXT)"_s), QString());
            QCOMPARE(raw.exec(u"INSERT INTO songs VALUES (?, ?)"_s, {u"Song"_s, u"Band"_s}),
                     QString());
        }
        const QByteArray before = fileBytes(path);
        QVERIFY(!before.isEmpty());

        const auto opened = Library::open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(u"another program"_s),
                 qPrintable(opened.errorMessage()));
        QCOMPARE(fileBytes(path), before);
        RawDatabase raw(path, RawDatabase::Where::File);
        QCOMPARE(raw.value(u"SELECT COUNT(*) FROM sqlite_master WHERE name = ?"_s,
                           {u"copydesk_meta"_s})
                         .toInt(),
                 0);
        QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"delete"_s);
    }

    void readOnlyFileIsRefused()
    {
        // A file of its own: on the postgresql/ run the test's library is on the server.
        const QString path = m_dir->filePath(u"readonly.sqlite"_s);
        {
            auto file = Library::open(path);
            QVERIFY2(file, qPrintable(why(file)));
            const auto saved = file->store->saveStory(fullStory());
            QVERIFY2(saved, qPrintable(why(saved)));
        }
        const QFile::Permissions writable = QFile::permissions(path);
        QVERIFY(QFile::setPermissions(
                path, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(!QFile::permissions(path).testFlag(QFile::WriteOwner));
        const QByteArray before = fileBytes(path);

        const auto opened = Library::open(path);
        QFile::setPermissions(path, writable);
        QVERIFY(!opened);
        QVERIFY2(
                opened.errorMessage().contains(
                        u"The library file “%1” is read-only; Copydesk needs to write to it."_s.arg(
                                QDir::toNativeSeparators(path))),
                qPrintable(opened.errorMessage()));
        QCOMPARE(fileBytes(path), before);
    }

    void unusablePathIsRefused_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<QString>("expected");
        QTest::newRow("parent is a file")
                << u"plain-file/library.sqlite"_s << u"cannot create the folder"_s;
        QTest::newRow("grandparent is a file")
                << u"plain-file/sub/library.sqlite"_s << u"cannot create the folder"_s;
        QTest::newRow("path is a folder") << u"a-folder"_s << u"is a folder"_s;
        QTest::newRow("no path") << QString() << u"No library file"_s;
    }

    void unusablePathIsRefused()
    {
        QFETCH(QString, relativePath);
        QFETCH(QString, expected);
        QVERIFY(writeFile(m_dir->filePath(u"plain-file"_s), "not a folder"));
        QVERIFY(QDir(m_dir->path()).mkdir(u"a-folder"_s));
        const QString path = relativePath.isEmpty() ? QString() : m_dir->filePath(relativePath);
        const auto opened = Library::open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(expected), qPrintable(opened.errorMessage()));
        QCOMPARE(fileBytes(m_dir->filePath(u"plain-file"_s)), QByteArray("not a folder"));
    }
};

QTEST_GUILESS_MAIN(TestStoryStore)
#include "tst_storystore.moc"
