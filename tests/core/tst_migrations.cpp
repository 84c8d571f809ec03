// SPDX-License-Identifier: MIT
#include "store/library.h"
#include "store/migrations.h"
#include "store/postgresdialect.h"
#include "store/sqldialect.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/rawdatabase.h"
#include "support/testing.h"
#include <QTimeZone>
#include <QUuid>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const QUuid seededId = QUuid::fromString(u"6f1c2a0e-8d4b-4e7a-9f3c-2b5d8e1a7c40"_s);

QByteArray seededPhotoBytes()
{
    return QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR-not-really-a-picture", 30).repeated(40);
}

QString seededPhotoId()
{
    return QString::fromLatin1(
            QCryptographicHash::hash(seededPhotoBytes(), QCryptographicHash::Sha256).toHex());
}

/// The seeded story as a Copydesk of any version must read it back.
Story seededStory(int version)
{
    Story story;
    story.setId(seededId);
    story.setDateline(u"PORTO"_s);
    story.setByline(u"Inês Duarte"_s);
    story.setCreatedAt(utc(2024, 3, 5, 8, 0));
    story.setUpdatedAt(utc(2024, 3, 5, 8, 0));
    story.setVersion(version);
    if (version == 1) {
        story.setHeadline(u"Harbour to reopen"_s);
        story.setHighlights({u"Ferries expected from Tuesday"_s});
        story.setBody(u"The harbour will reopen.\n"_s);
        story.setSavedAt(utc(2024, 3, 5, 8, 10));
        return story;
    }
    story.setHeadline(u"Harbour reopens after the storm"_s);
    story.setHighlights({u"Ferries run again"_s, u"Repairs cost €1.2 million"_s});
    story.setBody(u"The harbour reopened on **Tuesday**.\n\n“We’re back,” she said.\n"_s);
    story.setPhotos({Photo{seededPhotoId(),
                           u"harbour.png"_s,
                           u"image/png"_s,
                           u"The “Santa Maria” docks"_s,
                           u"Ana Lopes"_s,
                           u"A ferry at the quay"_s,
                           1200,
                           800,
                           {},
                           {}}});
    story.setStatus(StoryStatus::Published);
    story.setFirstPublishedAt(utc(2024, 3, 5, 8, 30));
    story.setUpdatedAt(utc(2024, 3, 5, 10, 0));
    story.setUpdateNotes({UpdateNote{utc(2024, 3, 5, 10, 0), UpdateKind::Correction,
                                     u"Fixes the ferry’s name."_s}});
    story.setSavedAt(utc(2024, 3, 5, 10, 5));
    return story;
}

// The rows are written as literal SQL and JSON, the way that version of
// Copydesk left them, not through the store's own mapping; when a migration
// changes a table, the versions before it get their own statements here.
QStringList seed(const RawDatabase &raw, int version)
{
    QStringList errors;
    const auto exec = [&raw, &errors](const QString &sql, const QVariantList &values) {
        if (const QString error = raw.exec(sql, values); !error.isEmpty())
            errors.append(error);
    };
    const QString id = seededId.toString(QUuid::WithoutBraces);
    const QString highlights = u"[\"Ferries run again\",\"Repairs cost €1.2 million\"]"_s;
    const QString body = u"The harbour reopened on **Tuesday**.\n\n“We’re back,” she said.\n"_s;
    const QString photos =
            uR"([{"file":"%1","fileName":"harbour.png","mimeType":"image/png","caption":"The “Santa Maria” docks","credit":"Ana Lopes","altText":"A ferry at the quay","width":1200,"height":800}])"_s
                    .arg(seededPhotoId());
    const QString notes =
            uR"([{"at":"2024-03-05T10:00:00Z","kind":"correction","text":"Fixes the ferry’s name."}])"_s;
    if (version >= 1 && version <= 2) {
        exec(u"INSERT INTO stories (id, slug, edited_slug, headline, highlights, dateline, byline, "
             u"body, photos, update_notes, status, created_at, first_published_at, updated_at, "
             u"scheduled_for, embargo_until, saved_at, save_order, version) VALUES (?, ?, ?, ?, "
             u"?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?)"_s,
             {id, u"harbour-reopens-after-the-storm"_s, u""_s, u"Harbour reopens after the storm"_s,
              highlights, u"PORTO"_s, u"Inês Duarte"_s, body, photos, notes, u"published"_s,
              u"2024-03-05T08:00:00Z"_s, u"2024-03-05T08:30:00Z"_s, u"2024-03-05T10:00:00Z"_s,
              u"2024-03-05T10:05:00Z"_s, 2, 2});
    }
    if (version >= 3) {
        // Schema 3 numbers the stories, keeps the long text in story_texts
        // and the revisions under the number, and knows the published version.
        exec(u"INSERT INTO stories (story_row, id, slug, edited_slug, headline, dateline, byline, "
             u"status, created_at, first_published_at, updated_at, scheduled_for, embargo_until, "
             u"saved_at, save_order, version, published_version) VALUES (7, ?, ?, ?, ?, ?, ?, ?, "
             u"?, ?, ?, NULL, NULL, ?, ?, ?, ?)"_s,
             {id, u"harbour-reopens-after-the-storm"_s, u""_s, u"Harbour reopens after the storm"_s,
              u"PORTO"_s, u"Inês Duarte"_s, u"published"_s, u"2024-03-05T08:00:00Z"_s,
              u"2024-03-05T08:30:00Z"_s, u"2024-03-05T10:00:00Z"_s, u"2024-03-05T10:05:00Z"_s, 2, 2,
              2});
        exec(u"INSERT INTO story_texts (story_row, highlights, body, photos, update_notes) "
             u"VALUES (7, ?, ?, ?, ?)"_s,
             {highlights, body, photos, notes});
    }
    if (version >= 9) {
        // Schema 9 keeps each photo as a row of its own too.
        exec(u"INSERT INTO story_photos (story_row, position, caption, credit, alt_text, file_id) "
             u"VALUES (7, 0, ?, ?, ?, ?)"_s,
             {u"The “Santa Maria” docks"_s, u"Ana Lopes"_s, u"A ferry at the quay"_s,
              seededPhotoId()});
    }
    // The revisions are kept under the story's id before schema 3, under its number after.
    const QString revisionKey = version >= 3 ? u"story_row"_s : u"story_id"_s;
    const QVariant key = version >= 3 ? QVariant(7) : QVariant(id);
    if (version >= 1) {
        exec(u"INSERT INTO story_revisions (%1, version, saved_at, headline, story) "
             u"VALUES (?, ?, ?, ?, ?)"_s.arg(revisionKey),
             {key, 1, u"2024-03-05T08:10:00Z"_s, u"Harbour to reopen"_s,
              uR"({"id":"%1","slug":"harbour-to-reopen","headline":"Harbour to reopen","highlights":["Ferries expected from Tuesday"],"dateline":"PORTO","byline":"Inês Duarte","body":"The harbour will reopen.\n","status":"draft","version":1,"photos":[],"created":"2024-03-05T08:00:00Z","updated":"2024-03-05T08:00:00Z","saved":"2024-03-05T08:10:00Z","updateNotes":[]})"_s
                      .arg(id)});
        exec(u"INSERT INTO story_revisions (%1, version, saved_at, headline, story) "
             u"VALUES (?, ?, ?, ?, ?)"_s.arg(revisionKey),
             {key, 2, u"2024-03-05T10:05:00Z"_s, u"Harbour reopens after the storm"_s,
              uR"({"id":"%1","slug":"harbour-reopens-after-the-storm","headline":"Harbour reopens after the storm","highlights":["Ferries run again","Repairs cost €1.2 million"],"dateline":"PORTO","byline":"Inês Duarte","body":"The harbour reopened on **Tuesday**.\n\n“We’re back,” she said.\n","status":"published","version":2,"photos":[{"file":"%2","fileName":"harbour.png","mimeType":"image/png","caption":"The “Santa Maria” docks","credit":"Ana Lopes","altText":"A ferry at the quay","width":1200,"height":800}],"created":"2024-03-05T08:00:00Z","firstPublished":"2024-03-05T08:30:00Z","updated":"2024-03-05T10:00:00Z","saved":"2024-03-05T10:05:00Z","updateNotes":[{"at":"2024-03-05T10:00:00Z","kind":"correction","text":"Fixes the ferry’s name."}]})"_s
                      .arg(id, seededPhotoId())});
    }
    if (version >= 2) {
        exec(u"INSERT INTO photo_files (id, mime_type, bytes, size, added_at) "
             u"VALUES (?, ?, ?, ?, ?)"_s,
             {seededPhotoId(), u"image/png"_s, seededPhotoBytes(),
              qint64(seededPhotoBytes().size()), u"2024-03-05T08:20:00Z"_s});
    }
    if (version >= 11) {
        // What the store does with each save at that schema: the words go into the index.
        SqliteDialect dialect;
        for (const QString &statement : dialect.searchIndexRebuild())
            exec(statement, {});
    }
    return errors;
}

/// A library as a build that knew only the first `version` steps left it.
QString buildAtVersion(const QString &path, int version)
{
    RawDatabase raw(path);
    if (!raw.isOpen())
        return u"cannot open"_s;
    QSqlDatabase db = raw.db();
    SqliteDialect dialect;
    if (auto migrated = Migrations::migrate(db, dialect, version); !migrated)
        return migrated.errorMessage();
    const auto state = Migrations::inspect(db, dialect);
    if (!state || state->version != version)
        return u"the build stopped at the wrong version"_s;
    return seed(raw, version).join(u"; "_s);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLITE"_s));
    }

    void init()
    {
        QTest::failOnWarning(QRegularExpression(u"still in use"_s));
        QTest::failOnWarning(QRegularExpression(u"duplicate connection name"_s));
    }

    void stepsAreNumberedWithoutGaps()
    {
        const QList<Migrations::Migration> &steps = Migrations::all();
        QVERIFY(!steps.isEmpty());
        SqliteDialect sqlite;
        PostgresDialect server{ServerAddress{}};
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps.at(i).version, int(i) + 1);
            QVERIFY(!steps.at(i).description.isEmpty());
            QVERIFY(steps.at(i).statements);
            // A step may be for one engine only (the server's change counter).
            QVERIFY(!steps.at(i).statements(sqlite).isEmpty() ||
                    !steps.at(i).statements(server).isEmpty());
        }
        QCOMPARE(Migrations::latestVersion(), steps.constLast().version);
    }

    void openUpgrades_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("fileExists");
        QTest::newRow("no file") << 0 << false;
        QTest::newRow("empty file") << 0 << true;
        // Every earlier schema, and the current one (a plain reopen).
        for (int version = 1; version <= Migrations::latestVersion(); ++version)
            QTest::addRow("schema %d", version) << version << true;
    }

    void openUpgrades()
    {
        QFETCH(int, version);
        QFETCH(bool, fileExists);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The folder is missing too when the file is.
        const QString path =
                dir.filePath(fileExists ? u"library.sqlite"_s : u"new/library.sqlite"_s);
        if (fileExists) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        if (version > 0) {
            const QString problem = buildAtVersion(path, version);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }

        {
            auto opened = Library::open(path);
            QVERIFY2(opened, qPrintable(why(opened)));
            QCOMPARE(opened->created, version == 0);
            StoryStore &store = *opened->store;
            {
                RawDatabase raw(path);
                QCOMPARE(raw.schemaVersion(), Migrations::latestVersion());
            }

            const auto list = store.listStories();
            QVERIFY2(list, qPrintable(why(list)));
            if (version >= 1) {
                QCOMPARE(list->size(), 1);
                QCOMPARE(list->constFirst().slug, u"harbour-reopens-after-the-storm"_s);
                const auto loaded = store.loadStory(seededId);
                QVERIFY2(loaded, qPrintable(why(loaded)));
                QCOMPARE(*loaded, seededStory(2));
                // The photo is a row of its own, whatever schema kept it in the story.
                const auto photos = store.listPhotos({});
                QVERIFY2(photos, qPrintable(why(photos)));
                QCOMPARE(photos->size(), 1);
                QCOMPARE(photos->constFirst().storyId, seededId);
                QCOMPARE(photos->constFirst().index, 0);
                QCOMPARE(photos->constFirst().version, 2);
                QCOMPARE(photos->constFirst().photo.caption, u"The “Santa Maria” docks"_s);
                QCOMPARE(photos->constFirst().photo.credit, u"Ana Lopes"_s);
                QCOMPARE(photos->constFirst().photo.altText, u"A ferry at the quay"_s);
                QCOMPARE(photos->constFirst().photo.fileId, seededPhotoId());
                const auto revisions = store.revisions(seededId);
                QVERIFY2(revisions, qPrintable(why(revisions)));
                QCOMPARE(revisions->size(), 2);
                QCOMPARE(revisions->at(0).version, 2);
                QCOMPARE(revisions->at(1).headline, u"Harbour to reopen"_s);
                QCOMPARE(revisions->at(1).savedAt, utc(2024, 3, 5, 8, 10));
                // Versions saved before revision kinds existed read as plain saves.
                QCOMPARE(revisions->at(1).kind, RevisionKind::Save);
                // The version readers have is the published one, before and after the upgrade.
                QCOMPARE(list->constFirst().publishedVersion, 2);
                const auto published = store.loadPublishedVersion(seededId);
                QVERIFY2(published, qPrintable(why(published)));
                QCOMPARE(*published, seededStory(2));
                for (int revision : {1, 2}) {
                    const auto old = store.loadRevision(seededId, revision);
                    QVERIFY2(old, qPrintable(why(old)));
                    QCOMPARE(*old, seededStory(revision));
                }
                // Whatever schema kept them, the story's words are in the search index.
                const auto search = [&store](const QString &words) {
                    SearchQuery query;
                    query.text = words;
                    return store.search(query);
                };
                for (const QString &words :
                     {u"ferries"_s, u"Santa Maria"_s, u"PORTO"_s, u"Inês"_s, u"Tuesday"_s}) {
                    const auto found = search(words);
                    QVERIFY2(found, qPrintable(why(found)));
                    QCOMPARE(found->hits.size(), 1);
                }
                // The upgraded library takes the next save as any other.
                Story edit = *loaded;
                edit.setBody(u"Edited after the upgrade.\n"_s);
                const auto saved = store.saveStory(edit);
                QVERIFY2(saved, qPrintable(why(saved)));
                QCOMPARE(saved->version(), 3);
                QCOMPARE(saved->effectiveSlug(), u"harbour-reopens-after-the-storm"_s);
                QCOMPARE(search(u"Tuesday"_s)->hits.size(), 0);
                QCOMPARE(search(u"upgrade"_s)->hits.size(), 1);
                // A save is not a publication: the feeds still list version 2.
                const auto feed = store.newestPublished(10);
                QVERIFY2(feed, qPrintable(why(feed)));
                QCOMPARE(feed->size(), 1);
                QCOMPARE(feed->constFirst().version(), 2);
                QCOMPARE(feed->constFirst().body(), seededStory(2).body());
            } else {
                QVERIFY(list->isEmpty());
            }

            if (version >= 2) {
                const auto bytes = store.photoFile(seededPhotoId());
                QVERIFY2(bytes, qPrintable(why(bytes)));
                QCOMPARE(*bytes, seededPhotoBytes());
            }
            const auto added = store.addPhotoFile(seededPhotoBytes(), u"image/png"_s);
            QVERIFY2(added, qPrintable(why(added)));
            QCOMPARE(*added, seededPhotoId());
            QCOMPARE(*store.photoFile(seededPhotoId()), seededPhotoBytes());
        }

        auto reopened = Library::open(path);
        QVERIFY2(reopened, qPrintable(why(reopened)));
        QVERIFY(!reopened->created);
        if (version >= 1)
            QCOMPARE(reopened->store->loadStory(seededId)->version(), 3);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"library.sqlite"_s);
        const int latest = Migrations::latestVersion();
        const int newer = latest + 3;
        {
            const QString problem = buildAtVersion(path, latest);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            RawDatabase raw(path);
            QVERIFY(raw.exec(u"UPDATE copydesk_meta SET value = ? WHERE key = ?"_s,
                             {QString::number(newer), u"schema_version"_s})
                            .isEmpty());
        }
        const QByteArray before = fileBytes(path);

        const auto opened = Library::open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(
                         u"written by a newer Copydesk: schema %1, this version reads up to %2"_s
                                 .arg(newer)
                                 .arg(latest)),
                 qPrintable(opened.errorMessage()));
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        RawDatabase raw(path);
        QCOMPARE(raw.schemaVersion(), newer);
        QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"delete"_s);
    }

    void failedStepIsRolledBack()
    {
        if (Migrations::latestVersion() < 2)
            QSKIP("needs a schema with more than one step");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"library.sqlite"_s);
        {
            const QString problem = buildAtVersion(path, 1);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            // Step 2 creates photo_files; one already there makes it fail halfway.
            RawDatabase raw(path);
            QVERIFY(raw.exec(u"CREATE TABLE photo_files (stray TEXT)"_s).isEmpty());
        }

        const auto opened = Library::open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(u"schema step 2"_s),
                 qPrintable(opened.errorMessage()));
        RawDatabase raw(path);
        QCOMPARE(raw.schemaVersion(), 1);
        QCOMPARE(raw.value(u"SELECT COUNT(*) FROM stories"_s).toInt(), 1);
        QCOMPARE(raw.value(u"SELECT COUNT(*) FROM story_revisions"_s).toInt(), 2);
        QVERIFY(raw.exec(u"INSERT INTO photo_files (stray) VALUES ('still the stray table')"_s)
                        .isEmpty());

        // The failed step leaves no transaction open on the connection.
        QSqlDatabase db = raw.db();
        SqliteDialect dialect;
        QVERIFY(!Migrations::migrate(db, dialect));
        QCOMPARE(raw.schemaVersion(), 1);
        QCOMPARE(raw.exec(u"BEGIN"_s), QString());
        QCOMPARE(raw.exec(u"ROLLBACK"_s), QString());
    }

    void migrateRefusesAForeignDatabase()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        RawDatabase raw(dir.filePath(u"other.sqlite"_s));
        QVERIFY(raw.exec(u"CREATE TABLE invoices (amount INTEGER)"_s).isEmpty());
        QSqlDatabase db = raw.db();
        SqliteDialect dialect;
        const auto state = Migrations::inspect(db, dialect);
        QVERIFY2(state, qPrintable(why(state)));
        QVERIFY(!state->empty);
        QVERIFY(!state->copydesk);
        QVERIFY(!Migrations::migrate(db, dialect));
        QCOMPARE(raw.value(u"SELECT COUNT(*) FROM sqlite_master"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
