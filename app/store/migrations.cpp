// SPDX-License-Identifier: MIT
#include "migrations.h"

#include "core/logging.h"
#include "store/sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Copydesk::Migrations {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Migrations)
};

constexpr QLatin1StringView versionKey("schema_version");

// Version 1: what a library needs to keep stories. The story's lists are
// JSON in the StoryJson form, so a field added to a photo or an update note
// needs no migration; the columns are what the library lists and sorts on.
QStringList storiesAndRevisions(const SqlDialect &dialect)
{
    const QString text = dialect.textType();
    const QString json = dialect.jsonType();
    const QString integer = dialect.integerType();
    const QString time = dialect.timestampType();
    return {
            uR"(CREATE TABLE %1 (
    key %2 PRIMARY KEY,
    value %2 NOT NULL
))"_s.arg(metaTable, text),
            // slug is NULL while a story has nothing to make one from;
            // edited_slug is Story::slug(), which may be empty.
            // save_order breaks ties between saves within one second.
            uR"(CREATE TABLE stories (
    id %1 PRIMARY KEY,
    slug %1 UNIQUE,
    edited_slug %1 NOT NULL,
    headline %1 NOT NULL,
    highlights %2 NOT NULL,
    dateline %1 NOT NULL,
    byline %1 NOT NULL,
    body %1 NOT NULL,
    photos %2 NOT NULL,
    update_notes %2 NOT NULL,
    status %1 NOT NULL CHECK (status IN ('draft', 'scheduled', 'published', 'withdrawn')),
    created_at %4,
    first_published_at %4,
    updated_at %4,
    scheduled_for %4,
    embargo_until %4,
    saved_at %4 NOT NULL,
    save_order %3 NOT NULL,
    version %3 NOT NULL CHECK (version > 0)
))"_s.arg(text, json, integer, time),
            u"CREATE INDEX stories_by_save ON stories (saved_at, save_order)"_s,
            // Every saved version, the current one included, in the StoryJson form.
            uR"(CREATE TABLE story_revisions (
    story_id %1 NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    version %3 NOT NULL,
    saved_at %4 NOT NULL,
    headline %1 NOT NULL,
    story %2 NOT NULL,
    PRIMARY KEY (story_id, version)
))"_s.arg(text, json, integer, time),
    };
}

// Version 2: image bytes in the library, so that a library file (or a
// shared server) is the whole desk and no story points at a lost path.
// Content-addressed: the id is the SHA-256 of the bytes.
QStringList photoFiles(const SqlDialect &dialect)
{
    return {
            uR"(CREATE TABLE photo_files (
    id %1 PRIMARY KEY,
    mime_type %1 NOT NULL,
    bytes %2 NOT NULL,
    size %3 NOT NULL,
    added_at %4 NOT NULL
))"_s.arg(dialect.textType(), dialect.blobType(), dialect.integerType(), dialect.timestampType()),
    };
}

// Version 3: the story's life, and a library that stays quick at a million
// stories. Stories get a number of their own (row) that the long text and
// the revisions are keyed by: a new story's rows then go at the end of
// their tables instead of into indexes on random ids, so saves cost the
// same in a big library as in a small one. What the library list scans
// (headline, status, times) is kept apart from the long text (body,
// highlights, photos, notes); the save order gets an index of its own;
// revisions say what made them and who; the version readers have is kept
// apart from the newest saved one; the deliveries record says which version
// reached which destination; and indexes serve the feeds (newest published)
// and the scheduler (due stories).
QStringList storyLife(const SqlDialect &dialect)
{
    const QString text = dialect.textType();
    const QString json = dialect.jsonType();
    const QString integer = dialect.integerType();
    const QString time = dialect.timestampType();
    return {
            uR"(CREATE TABLE stories_v3 (
    story_row %4,
    id %1 NOT NULL UNIQUE,
    slug %1 UNIQUE,
    edited_slug %1 NOT NULL,
    headline %1 NOT NULL,
    dateline %1 NOT NULL,
    byline %1 NOT NULL,
    status %1 NOT NULL CHECK (status IN ('draft', 'scheduled', 'published', 'withdrawn')),
    created_at %3,
    first_published_at %3,
    updated_at %3,
    scheduled_for %3,
    embargo_until %3,
    saved_at %3 NOT NULL,
    save_order %2 NOT NULL,
    version %2 NOT NULL CHECK (version > 0),
    withdrawn_at %3,
    withdrawal_reason %1 NOT NULL DEFAULT '',
    published_version %2
))"_s.arg(text, integer, time, dialect.autoIncrementKey()),
            // Stories published or withdrawn before version 3 have that version out.
            u"INSERT INTO stories_v3 (id, slug, edited_slug, headline, dateline, byline, status, "
            u"created_at, first_published_at, updated_at, scheduled_for, embargo_until, saved_at, "
            u"save_order, version, published_version) SELECT id, slug, edited_slug, headline, "
            u"dateline, byline, status, created_at, first_published_at, updated_at, "
            u"scheduled_for, embargo_until, saved_at, save_order, version, CASE WHEN status IN "
            u"('published', 'withdrawn') THEN version END FROM stories ORDER BY save_order"_s,
            uR"(CREATE TABLE story_texts (
    story_row %3 PRIMARY KEY REFERENCES stories_v3 (story_row) ON DELETE CASCADE,
    highlights %2 NOT NULL,
    body %1 NOT NULL,
    photos %2 NOT NULL,
    update_notes %2 NOT NULL
))"_s.arg(text, json, integer),
            u"INSERT INTO story_texts (story_row, highlights, body, photos, update_notes) "
            u"SELECT n.story_row, o.highlights, o.body, o.photos, o.update_notes FROM stories o "
            u"JOIN "
            u"stories_v3 n ON n.id = o.id ORDER BY n.story_row"_s,
            uR"(CREATE TABLE story_revisions_v3 (
    story_row %3 NOT NULL REFERENCES stories_v3 (story_row) ON DELETE CASCADE,
    version %3 NOT NULL,
    saved_at %4 NOT NULL,
    headline %1 NOT NULL,
    story %2 NOT NULL,
    kind %1 NOT NULL DEFAULT 'save',
    author %1 NOT NULL DEFAULT '',
    note %1 NOT NULL DEFAULT '',
    PRIMARY KEY (story_row, version)
))"_s.arg(text, json, integer, time),
            u"INSERT INTO story_revisions_v3 (story_row, version, saved_at, headline, story) "
            u"SELECT n.story_row, r.version, r.saved_at, r.headline, r.story FROM story_revisions "
            u"r "
            u"JOIN stories_v3 n ON n.id = r.story_id ORDER BY n.story_row, r.version"_s,
            // The old revisions first: they point at the old stories.
            u"DROP TABLE story_revisions"_s,
            u"DROP TABLE stories"_s,
            u"ALTER TABLE stories_v3 RENAME TO stories"_s,
            u"ALTER TABLE story_revisions_v3 RENAME TO story_revisions"_s,
            u"CREATE UNIQUE INDEX stories_by_save_order ON stories (save_order)"_s,
            u"CREATE INDEX stories_by_publication ON stories (status, first_published_at)"_s,
            u"CREATE INDEX stories_by_schedule ON stories (status, scheduled_for)"_s,
            uR"(CREATE TABLE deliveries (
    id %5,
    story_id %1 NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    version %3 NOT NULL,
    destination %1 NOT NULL,
    kind %1 NOT NULL,
    slug %1 NOT NULL,
    state %1 NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
    created_at %4 NOT NULL,
    finished_at %4,
    attempts %3 NOT NULL DEFAULT 0,
    written %2 NOT NULL,
    url %1 NOT NULL DEFAULT '',
    error_kind %1,
    message %1 NOT NULL DEFAULT ''
))"_s.arg(text, json, integer, time, dialect.autoIncrementKey()),
            u"CREATE INDEX deliveries_by_story ON deliveries (story_id, destination, id)"_s,
            u"CREATE INDEX deliveries_by_state ON deliveries (state, destination, id)"_s,
    };
}

// Version 4: an index on the headline, so an import finds the stories it
// would duplicate without reading the library.
QStringList headlineIndex(const SqlDialect &)
{
    return {u"CREATE INDEX stories_by_headline ON stories (headline)"_s};
}

// Version 5: saved versions packed (see RevisionPacking); older rows keep
// their JSON in story and are read as before.
QStringList packedRevisions(const SqlDialect &dialect)
{
    return {u"ALTER TABLE story_revisions ADD COLUMN packed %1"_s.arg(dialect.blobType())};
}

/// The destinations table as named, its kind one of kinds (SQL literals).
QString destinationsTable(const SqlDialect &dialect, const QString &name, const QString &kinds)
{
    return uR"(CREATE TABLE %1 (
    name %3 PRIMARY KEY,
    kind %3 NOT NULL CHECK (kind IN (%2)),
    target %3 NOT NULL,
    user_name %3 NOT NULL DEFAULT '',
    base_url %3 NOT NULL DEFAULT '',
    assets_url %3 NOT NULL DEFAULT '',
    hub_url %3 NOT NULL DEFAULT '',
    ca_file %3 NOT NULL DEFAULT '',
    secret_env %3 NOT NULL DEFAULT '',
    timeout_seconds %4 NOT NULL DEFAULT 30,
    enabled %4 NOT NULL DEFAULT 1,
    created_at %5 NOT NULL
))"_s.arg(name, kinds, dialect.textType(), dialect.integerType(), dialect.timestampType());
}

// Version 6: the outbox. Deliveries gain the states a worker moves them
// through (sending, retrying, cancelled), when to try again and who holds
// them; destinations are kept in the library, shared by everyone using it,
// and a destination that asked for a pause (Retry-After) is left alone until then.
// SQL cannot widen a CHECK in place, so the table is copied.
QStringList outbox(const SqlDialect &dialect)
{
    const QString text = dialect.textType();
    const QString integer = dialect.integerType();
    const QString time = dialect.timestampType();
    const QString columns = u"id, story_id, version, destination, kind, slug, state, created_at, "
                            u"finished_at, attempts, written, url, error_kind, message"_s;
    return {
            uR"(CREATE TABLE deliveries_v6 (
    id %5,
    story_id %1 NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    version %3 NOT NULL,
    destination %1 NOT NULL,
    kind %1 NOT NULL,
    slug %1 NOT NULL,
    state %1 NOT NULL CHECK (state IN ('pending', 'sending', 'retrying', 'delivered', 'failed',
                                       'cancelled')),
    created_at %4 NOT NULL,
    finished_at %4,
    attempts %3 NOT NULL DEFAULT 0,
    written %2 NOT NULL,
    url %1 NOT NULL DEFAULT '',
    error_kind %1,
    message %1 NOT NULL DEFAULT '',
    next_attempt_ms %6,
    claimed_by %1 NOT NULL DEFAULT '',
    lease_until_ms %6
))"_s.arg(text, dialect.jsonType(), integer, time, dialect.autoIncrementKey(),
            dialect.bigIntegerType()),
            u"INSERT INTO deliveries_v6 (%1) SELECT %1 FROM deliveries ORDER BY id"_s.arg(columns),
            u"DROP TABLE deliveries"_s,
            u"ALTER TABLE deliveries_v6 RENAME TO deliveries"_s,
            u"CREATE INDEX deliveries_by_story ON deliveries (story_id, destination, id)"_s,
            u"CREATE INDEX deliveries_by_state ON deliveries (state, destination, id)"_s,
            destinationsTable(dialect, u"destinations"_s, u"'folder', 'webdav', 'push'"_s),
            // A server that answered 429 or 503 with Retry-After gets nothing before then.
            uR"(CREATE TABLE destination_pauses (
    destination %1 PRIMARY KEY,
    until_ms %2 NOT NULL
))"_s.arg(text, dialect.bigIntegerType()),
    };
}

Result<void> run(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    return execPrepared(query, sql, values);
}

/// Applies one step in its own write transaction; false when another
/// process applied it first (the version is read again under the lock).
Result<bool> applyStep(QSqlDatabase &db, const SqlDialect &dialect, const Migration &step)
{
    const QStringList begin = dialect.beginSchemaChange();
    for (qsizetype i = 0; i < begin.size(); ++i) {
        if (auto begun = run(db, begin.at(i)); !begun) {
            // Past the BEGIN, a failed step leaves a transaction to end.
            if (i > 0)
                (void)run(db, u"ROLLBACK"_s);
            return begun.error();
        }
    }
    const auto rollBack = [&db](const Error &error) -> Result<bool> {
        if (auto undone = run(db, u"ROLLBACK"_s); !undone)
            qCWarning(lcStore) << "Rolling back a schema step failed:" << undone.errorMessage();
        return error;
    };
    const auto current = inspect(db, dialect);
    if (!current)
        return rollBack(current.error());
    if (current->version >= step.version) {
        if (auto done = run(db, u"ROLLBACK"_s); !done)
            return done.error();
        return false;
    }
    for (const QString &statement : step.statements(dialect)) {
        if (auto done = run(db, statement); !done)
            return rollBack(done.error());
    }
    const QString setVersion = dialect.upsert(metaTable, {u"key"_s, u"value"_s}, {u"key"_s});
    if (auto done = run(db, setVersion, {QString(versionKey), QString::number(step.version)});
        !done)
        return rollBack(done.error());
    if (auto done = run(db, u"COMMIT"_s); !done)
        return rollBack(done.error());
    return true;
}

// Version 7: a story's language (a BCP 47 tag; empty for the site's).
QStringList storyLanguage(const SqlDialect &dialect)
{
    return {u"ALTER TABLE stories ADD COLUMN language %1 NOT NULL DEFAULT ''"_s.arg(
            dialect.textType())};
}

// Version 8: the newsroom dictionary, shared by every desk on the library.
QStringList newsroomWords(const SqlDialect &dialect)
{
    return {uR"(CREATE TABLE newsroom_words (
    word %1 PRIMARY KEY,
    added_by %1 NOT NULL DEFAULT '',
    added_at %2 NOT NULL
))"_s.arg(dialect.textType(), dialect.timestampType())};
}

// Version 9: every photo a row of its own, for the captions desk: the
// photos of a day's stories are read without their bodies, and the caption,
// credit and alt text can be searched and filtered. Filled from the JSON
// list each story kept them in, which stays the story's own record.
QStringList photoRows(const SqlDialect &dialect)
{
    const QString text = dialect.textType();
    const QString integer = dialect.integerType();
    return {
            uR"(CREATE TABLE story_photos (
    story_row %2 NOT NULL REFERENCES stories (story_row) ON DELETE CASCADE,
    position %2 NOT NULL,
    caption %1 NOT NULL,
    credit %1 NOT NULL,
    alt_text %1 NOT NULL,
    file_id %1 NOT NULL,
    PRIMARY KEY (story_row, position)
))"_s.arg(text, integer),
            dialect.photoRowsFromJson(),
            u"CREATE INDEX stories_by_saved_at ON stories (saved_at)"_s,
    };
}

// Version 10: what lets every window see another desk's changes. SQLite's
// file counts commits by itself (data_version), so the step adds nothing
// there; a server library gets a counter its writes move.
QStringList changeTracking(const SqlDialect &dialect)
{
    return dialect.changeTracking();
}

// Version 11: the full-text index the library search reads: every
// story's headline, highlights, dateline, byline, body and photo words, in
// the engine's own index (FTS5 on a file, tsvector with GIN on a server).
QStringList searchIndex(const SqlDialect &dialect)
{
    return dialect.searchIndex();
}

// Version 12: who is editing which story, so that a second desk opens it
// read-only instead of writing over the first; gone with its story.
QStringList editLeases(const SqlDialect &dialect)
{
    return {uR"(CREATE TABLE story_leases (
    story_row %1 PRIMARY KEY REFERENCES stories (story_row) ON DELETE CASCADE,
    holder %2 NOT NULL,
    machine %2 NOT NULL,
    token %2 NOT NULL,
    since %3 NOT NULL,
    renewed_at %3 NOT NULL
))"_s.arg(dialect.integerType(), dialect.textType(), dialect.timestampType())};
}

// Version 13: the settings every desk on the library shares (the site's
// title, address, language and feeds, the newsroom's time zone, how slugs
// are written), so that a window and copydesk-cli publish alike on any
// machine. What belongs to one machine stays in its application settings.
QStringList librarySettings(const SqlDialect &dialect)
{
    const QString text = dialect.textType();
    return QStringList{uR"(CREATE TABLE library_settings (
    key %1 PRIMARY KEY,
    value %1 NOT NULL,
    changed_by %1 NOT NULL DEFAULT '',
    changed_at %2 NOT NULL
))"_s.arg(text, dialect.timestampType())} +
            dialect.watchTable(u"library_settings"_s);
}

// Version 14: writers on a server that run side by side, each locking
// only the rows it changes (the dialect's concurrentWriters()).
QStringList concurrentWriters(const SqlDialect &dialect)
{
    return dialect.concurrentWriters();
}

// Version 15: a server's word index filed in bands of stories, so that the
// newest matches of a common word come from the newest bands alone, and a
// short copy of each story's words (headline to lead) to rank them by.
QStringList searchBands(const SqlDialect &dialect)
{
    return dialect.searchBands();
}

// Version 16: the story's section, tags and subjects (IPTC Media Topics);
// the section indexed for the library's filter, the tags remembered as
// used for completion without reading any story.
QStringList taxonomy(const SqlDialect &dialect)
{
    const QString text = dialect.textType();
    const QString json = dialect.jsonType();
    return QStringList{
                   u"ALTER TABLE stories ADD COLUMN section %1 NOT NULL DEFAULT ''"_s.arg(text),
                   u"ALTER TABLE story_texts ADD COLUMN tags %1 NOT NULL DEFAULT '[]'"_s.arg(json),
                   u"ALTER TABLE story_texts ADD COLUMN subjects %1 NOT NULL DEFAULT '[]'"_s.arg(
                           json),
                   u"CREATE INDEX stories_by_section ON stories (section, save_order)"_s,
                   uR"(CREATE TABLE tags_in_use (
    tag_key %1 PRIMARY KEY,
    tag %1 NOT NULL,
    used_at %2 NOT NULL
))"_s.arg(text, dialect.timestampType()),
                   u"CREATE INDEX tags_in_use_by_use ON tags_in_use (used_at)"_s,
           } +
            dialect.watchTable(u"tags_in_use"_s);
}

// Version 17: a server's second word index, of its newest stories alone,
// which a middling word's newest matches come from.
QStringList searchRecent(const SqlDialect &dialect)
{
    return dialect.searchRecent();
}

// Version 18: WordPress sites as destinations. SQL cannot widen a CHECK in
// place, so the table is copied (and watched again on a server).
QStringList wordPressDestinations(const SqlDialect &dialect)
{
    const QString columns = u"name, kind, target, user_name, base_url, assets_url, hub_url, "
                            u"ca_file, secret_env, timeout_seconds, enabled, created_at"_s;
    return QStringList{
                   destinationsTable(dialect, u"destinations_v18"_s,
                                     u"'folder', 'webdav', 'push', 'wordpress'"_s),
                   u"INSERT INTO destinations_v18 (%1) SELECT %1 FROM destinations"_s.arg(columns),
                   u"DROP TABLE destinations"_s,
                   u"ALTER TABLE destinations_v18 RENAME TO destinations"_s,
           } +
            dialect.watchTable(u"destinations"_s);
}

// Version 19: the section of the version readers have, which a section's
// feed goes by (a later save may file the story elsewhere before it goes
// out), indexed newest publication first: the library filter's index (by
// save order) would sort the whole section, the publication index read
// past every other section. A story published before this step is taken
// to be where its newest save filed it: the closest the library can tell
// without reading every published revision.
QStringList sectionFeeds(const SqlDialect &dialect)
{
    return {
            u"ALTER TABLE stories ADD COLUMN published_section %1 NOT NULL DEFAULT ''"_s.arg(
                    dialect.textType()),
            u"UPDATE stories SET published_section = section WHERE published_version > 0"_s,
            u"CREATE INDEX stories_by_published_section ON stories (published_section, status, "
            u"first_published_at)"_s,
    };
}

} // namespace

const QList<Migration> &all()
{
    static const QList<Migration> steps{
            {1, u"Library meta data, stories and their revisions"_s, &storiesAndRevisions},
            {2, u"Photo files kept in the library"_s, &photoFiles},
            {3,
             u"Stories numbered, texts apart, revision kinds, deliveries, feed and schedule "
             u"indexes"_s,
             &storyLife},
            {4, u"Headline index for finding duplicates"_s, &headlineIndex},
            {5, u"Saved versions packed: compressed, and as differences between keyframes"_s,
             &packedRevisions},
            {6, u"The outbox: delivery states, retry times and claims; destinations"_s, &outbox},
            {7, u"Stories have a language"_s, &storyLanguage},
            {8, u"The newsroom dictionary"_s, &newsroomWords},
            {9, u"Photos as rows of their own, with an index on the save time"_s, &photoRows},
            {10, u"A change counter for libraries on a server"_s, &changeTracking},
            {11, u"A full-text index of every story's words"_s, &searchIndex},
            {12, u"Editing leases: who has a story open for editing"_s, &editLeases},
            {13, u"Settings the desk shares: publishing and the newsroom's time zone"_s,
             &librarySettings},
            {14,
             u"Writers on a server side by side: save order from a sequence, changes counted "
             u"at commit"_s,
             &concurrentWriters},
            {15,
             u"The word index in bands of stories, newest matches read from the newest; "
             u"ranks from the headline to the lead"_s,
             &searchBands},
            {16, u"Stories have a section, tags and subjects"_s, &taxonomy},
            {17, u"A word index of the newest stories alone"_s, &searchRecent},
            {18, u"WordPress sites as destinations"_s, &wordPressDestinations},
            {19, u"The published version's section, indexed for each section's feed"_s,
             &sectionFeeds},
    };
    return steps;
}

int latestVersion()
{
    return all().constLast().version;
}

Result<SchemaState> inspect(QSqlDatabase &db, const SqlDialect &dialect, bool *damaged)
{
    const auto tables = dialect.tableNames(db, damaged);
    if (!tables)
        return tables.error();
    SchemaState state;
    state.empty = tables->isEmpty();
    state.copydesk = tables->contains(metaTable);
    if (!state.copydesk)
        return state;

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT value FROM "_s + metaTable + u" WHERE key = ?"_s))
        return sqlError(query.lastError());
    query.addBindValue(QString(versionKey));
    if (!query.exec())
        return sqlError(query.lastError());
    bool ok = false;
    if (query.next())
        state.version = query.value(0).toString().toInt(&ok);
    if (!ok || state.version < 1)
        return Error{ErrorKind::Permanent, Text::tr("its schema version is missing or unreadable")};
    return state;
}

Result<void> migrate(QSqlDatabase &db, const SqlDialect &dialect, int targetVersion)
{
    const auto state = inspect(db, dialect);
    if (!state)
        return state.error();
    if (!state->empty && !state->copydesk)
        return Error{ErrorKind::Permanent,
                     Text::tr("it holds tables of another program and no Copydesk schema")};
    if (state->version > latestVersion())
        return Error{ErrorKind::Permanent,
                     Text::tr("its schema %1 is newer than this version of Copydesk reads (%2)")
                             .arg(state->version)
                             .arg(latestVersion())};

    for (const Migration &step : all()) {
        if (step.version <= state->version || step.version > targetVersion)
            continue;
        const auto applied = applyStep(db, dialect, step);
        if (!applied) {
            qCWarning(lcStore).noquote() << "Schema step" << step.version << step.description
                                         << "failed:" << applied.errorMessage();
            return applied.error().reworded(Text::tr("schema step %1 (%2) failed: %3")
                                                    .arg(step.version)
                                                    .arg(step.description, applied.errorMessage()));
        }
        if (!*applied)
            continue; // another process brought the library this far meanwhile
        qCInfo(lcStore).noquote() << "Library schema now at version" << step.version << "("
                                  << step.description << ")";
    }
    return {};
}

} // namespace Copydesk::Migrations
