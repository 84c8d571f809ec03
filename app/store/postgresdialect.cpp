// SPDX-License-Identifier: MIT
#include "store/postgresdialect.h"

#include "store/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::PostgresDialect)
};

/// A libpq connection-string value, quoted when it needs to be.
QString conninfoValue(const QString &value)
{
    if (!value.isEmpty() && !value.contains(u' ') && !value.contains(u'\'') &&
        !value.contains(u'\\'))
        return value;
    QString quoted = value;
    quoted.replace(u"\\"_s, u"\\\\"_s);
    quoted.replace(u"'"_s, u"\\'"_s);
    return u'\'' + quoted + u'\'';
}

/// The tables whose changes another desk's window wants to see (when step 10 came; later
/// steps watch their own tables with watchTable()).
constexpr const char *watchedTables[] = {"stories", "deliveries", "destinations", "newsroom_words"};

/// Makes the next save order come after every one the stories have.
const QString saveOrderResync = u"SELECT setval('story_save_order', COALESCE((SELECT "
                                u"MAX(save_order) FROM stories), 0) + 1, false)"_s;

/**
 * A story's words as PostgreSQL indexes them, from a row of
 * story_search_source, with body the SQL of the body's text: the 'simple'
 * configuration keeps every word of every language (no stemming, no stop
 * words, as FTS5 on a file), and the weights rank a headline word above
 * one in the body.
 */
QString searchDocument(const QString &body)
{
    return u"setweight(to_tsvector('simple', COALESCE(headline, '')), 'A') || "
           u"setweight(to_tsvector('simple', COALESCE(highlights, '')), 'B') || "
           u"setweight(to_tsvector('simple', concat_ws(' ', dateline, byline, photos)), 'C') || "
           u"setweight(to_tsvector('simple', COALESCE(%1, '')), 'D')"_s.arg(body);
}

/**
 * How much of the body a match's rank weighs: its lead, where a news story
 * says what it is about. A ranked story's words are read whole, and a
 * whole story's run to several kilobytes; its headline, highlights,
 * captions and lead (story_rank) stay a few hundred bytes, kept in the
 * table's own pages.
 */
constexpr int rankedBodyCharacters = 600;

/// Stories per band of the word index: a story's band is its number shifted right by this.
constexpr int searchBandShift = 10;

/// The newest stories (by number) whose words the recent index holds.
constexpr int recentSearchRows = 1 << 17;

/// Where the recent index begins: the stories numbered after this (SQL).
const QString recentFrom =
        u"(SELECT COALESCE(MAX(story_row), 0) - %1 FROM stories)"_s.arg(recentSearchRows);

const QString createRecentTable =
        u"CREATE TABLE IF NOT EXISTS story_search_recent (story_row BIGINT PRIMARY KEY REFERENCES "
        u"stories (story_row) ON DELETE CASCADE, document TSVECTOR NOT NULL)"_s;

/**
 * The band's own word ('§' and the band's number), added to each story's
 * words: § is no letter, so no word typed or written in a story is one.
 */
QString bandWord(qint64 band)
{
    return u"§"_s + QString::number(band);
}

/// bandWord() in SQL, of the band number that number (SQL) gives.
QString bandWordSql(const QString &number)
{
    return u"('§' || (%1)::text)"_s.arg(number);
}

/// A story's words and its band's word, from a row of story_search_source.
const QString bandedDocument = searchDocument(u"body"_s) +
        u" || array_to_tsvector(ARRAY[%1])"_s.arg(
                bandWordSql(u"story_row >> %1"_s.arg(searchBandShift)));

/// Puts stories' words from the view into the word index alone (schema step 11).
const QString fillSearchWords = u"INSERT INTO story_search (story_row, document) SELECT "
                                u"story_row, "_s +
        bandedDocument + u" FROM story_search_source"_s;

/**
 * Puts the stories of story_search_source that meet where (if any) into
 * the word index and the ranking's table, or rewrites theirs.
 */
QString fillSearchIndex(const QString &where)
{
    // The recent index takes the story while it is among the newest, and
    // lets go of those a newer story has pushed out.
    return u"WITH source AS (SELECT story_row, %1 AS words, %2 AS lead FROM "
           u"story_search_source%3), words AS (INSERT INTO story_search (story_row, document) "
           u"SELECT story_row, words FROM source ON CONFLICT (story_row) DO UPDATE SET document = "
           u"EXCLUDED.document), recent AS (INSERT INTO story_search_recent (story_row, "
           u"document) SELECT story_row, words FROM source WHERE story_row > %4 ON CONFLICT "
           u"(story_row) DO UPDATE SET document = EXCLUDED.document), pushed_out AS (DELETE FROM "
           u"story_search_recent WHERE story_row <= %4) INSERT INTO story_rank (story_row, "
           u"document) SELECT story_row, lead FROM source ON CONFLICT (story_row) DO UPDATE SET "
           u"document = EXCLUDED.document"_s.arg(
                   bandedDocument, searchDocument(u"left(body, %1)"_s.arg(rankedBodyCharacters)),
                   where.isEmpty() ? QString() : u" WHERE "_s + where, recentFrom);
}

/// The word index, built after the rows are in: a GIN index made over every row at once
/// sorts in memory where one kept up row by row inserts each word's entries apart.
const QString createSearchWordsIndex =
        u"CREATE INDEX story_search_words ON story_search USING GIN (document)"_s;

/// A term as a tsquery: a word or phrase through the server's own word splitter, a start by hand.
std::pair<QString, QString> termQuery(const SearchTerm &term)
{
    if (!term.prefix)
        return {u"phraseto_tsquery('simple', ?)"_s, term.text};
    // Only letters and digits reach the tsquery text, so nothing in it needs quoting.
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            words.append(u'\'' + word.toLower() + u'\'');
        word.clear();
    };
    for (const QChar c : term.text) {
        if (c.isLetterOrNumber() || c.isMark())
            word.append(c);
        else
            flush();
    }
    flush();
    return {u"to_tsquery('simple', ?)"_s, words.join(u" <-> "_s) + u":*"_s};
}

} // namespace

bool ServerAddress::isServerAddress(const QString &location)
{
    return location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
            location.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    const auto refused = [&location](const QString &why) -> Result<ServerAddress> {
        return Error{ErrorKind::InvalidInput,
                     Text::tr("“%1” is not a PostgreSQL address Copydesk can use: %2")
                             .arg(location, why)};
    };
    if (!url.isValid() || !isServerAddress(location))
        return refused(Text::tr("write it as postgresql://user@host:port/database."));
    ServerAddress address;
    address.host = url.host();
    address.port = url.port(5432);
    address.user = url.userName();
    address.password = url.password();
    address.database = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host")
            address.host = value;
        else if (key == u"port")
            address.port = value.toInt();
        else if (key == u"user")
            address.user = value;
        else if (key == u"password")
            address.password = value;
        else if (key == u"dbname")
            address.database = value;
        else if (!key.isEmpty() && key.front().isLetter())
            address.options.append({key, value});
    }
    if (address.database.isEmpty() || address.database.contains(u'/'))
        return refused(Text::tr("name the database after the host, as in "
                                "postgresql://desk@localhost/copydesk."));
    if (address.port <= 0 || address.port > 65535)
        return refused(Text::tr("the port must be a number from 1 to 65535."));
    return address;
}

QString ServerAddress::toString(bool withPassword) const
{
    // Written out by hand: QUrl drops the "//" of an address without a
    // host, and a socket folder is a host that cannot stand in a URL.
    const auto encoded = [](const QString &part) {
        return QString::fromLatin1(QUrl::toPercentEncoding(part));
    };
    QString text = u"postgresql://"_s;
    if (!user.isEmpty()) {
        text += encoded(user);
        if (withPassword && !password.isEmpty())
            text += u':' + encoded(password);
        text += u'@';
    }
    QUrlQuery query;
    if (host.startsWith(u'/'))
        query.addQueryItem(u"host"_s, host);
    else
        text += host.contains(u':') ? u'[' + host + u']' : host;
    if (port != 5432)
        text += u':' + QString::number(port);
    text += u'/' + encoded(database);
    for (const auto &[key, value] : options)
        query.addQueryItem(key, value);
    if (!query.isEmpty())
        text += u'?' + query.toString(QUrl::FullyEncoded);
    return text;
}

PostgresDialect::PostgresDialect(ServerAddress address)
    : m_address(std::move(address))
{
}

QString PostgresDialect::driverName() const
{
    return u"QPSQL"_s;
}

QString PostgresDialect::connectOptions() const
{
    // A server that does not answer is reported within seconds, not minutes.
    QStringList options;
    bool timeoutGiven = false;
    for (const auto &[key, value] : m_address.options) {
        timeoutGiven = timeoutGiven || key == u"connect_timeout";
        options.append(key + u'=' + conninfoValue(value));
    }
    if (!timeoutGiven)
        options.append(u"connect_timeout=10"_s);
    options.append(u"application_name=Copydesk"_s);
    return options.join(u';');
}

void PostgresDialect::configure(QSqlDatabase &db, const QString &databaseName) const
{
    db.setDatabaseName(databaseName);
    if (!m_address.host.isEmpty())
        db.setHostName(m_address.host);
    db.setPort(m_address.port);
    if (!m_address.user.isEmpty())
        db.setUserName(m_address.user);
    // Without one libpq looks in PGPASSWORD and ~/.pgpass.
    if (!m_address.password.isEmpty())
        db.setPassword(m_address.password);
}

QString PostgresDialect::address(const QString &databaseName) const
{
    ServerAddress same = m_address;
    same.database = databaseName;
    return same.toString(true);
}

QString PostgresDialect::textType() const
{
    return u"TEXT"_s;
}

QString PostgresDialect::jsonType() const
{
    // Kept as written, like SQLite's: a revision reads back byte for byte.
    // The one step that looks inside (photoRowsFromJson) casts to jsonb.
    return u"TEXT"_s;
}

QString PostgresDialect::blobType() const
{
    return u"BYTEA"_s;
}

QString PostgresDialect::integerType() const
{
    // SQLite's integers hold 64 bits; these do too.
    return u"BIGINT"_s;
}

QString PostgresDialect::bigIntegerType() const
{
    return u"BIGINT"_s;
}

QString PostgresDialect::timestampType() const
{
    // ISO 8601 UTC text, as in SQLite: it sorts in time order, compares
    // with the same bound values, and copies between the engines unchanged.
    return u"TEXT"_s;
}

QString PostgresDialect::autoIncrementKey() const
{
    return u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s;
}

QString PostgresDialect::caseInsensitiveLike() const
{
    return u"ILIKE"_s;
}

QString PostgresDialect::insertOrIgnore(const QString &table, const QStringList &columns) const
{
    return u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT DO NOTHING"_s.arg(
            table, columns.join(u", "_s), SqlSupport::placeholders(columns.size()));
}

QStringList PostgresDialect::beginWrite() const
{
    // READ COMMITTED: each statement sees what was committed before it, and
    // an UPDATE of a row another transaction changed waits for it and then
    // tests its WHERE clause on the new row (the save's version check).
    return {u"BEGIN"_s};
}

QStringList PostgresDialect::beginSchemaChange() const
{
    // Readers and writers never wait for it; it ends with the transaction,
    // also when the connection drops.
    return {u"BEGIN"_s, u"SELECT pg_advisory_xact_lock(%1)"_s.arg(schemaLockKey)};
}

QString PostgresDialect::lockRows(RowLock wait, const QString &table) const
{
    // NO KEY: rows that refer to the story (revisions, leases) may still be written by others.
    QString clause = u" FOR NO KEY UPDATE"_s;
    if (!table.isEmpty())
        clause += u" OF "_s + table;
    if (wait == RowLock::SkipLocked)
        clause += u" SKIP LOCKED"_s;
    return clause;
}

QString PostgresDialect::nextSaveOrder() const
{
    // A sequence hands out numbers without a lock; MAX + 1 would give two
    // concurrent saves the same one.
    return u"nextval('story_save_order')"_s;
}

QStringList PostgresDialect::concurrentWriters() const
{
    QStringList statements{
            u"CREATE SEQUENCE story_save_order"_s,
            saveOrderResync,
            // Runs at commit, once for the whole transaction: the counter
            // row is locked for the last moment only, after every other
            // row the transaction takes, so writers never wait on each
            // other for it in the middle of their work, nor deadlock.
            u"CREATE OR REPLACE FUNCTION copydesk_library_changed() RETURNS trigger LANGUAGE "
            u"plpgsql AS $body$ BEGIN PERFORM pg_notify('copydesk_library', TG_TABLE_NAME); IF "
            u"current_setting('copydesk.counted', true) IS DISTINCT FROM '1' THEN PERFORM "
            u"set_config('copydesk.counted', '1', true); UPDATE library_changes SET counter = "
            u"counter + 1 WHERE id = 1; END IF; RETURN NULL; END $body$"_s,
    };
    for (const char *table : watchedTables)
        statements.append(watchTable(QString::fromLatin1(table)));
    statements.append(watchTable(u"library_settings"_s));
    return statements;
}

QString PostgresDialect::photoRowsFromJson() const
{
    return u"INSERT INTO story_photos (story_row, position, caption, credit, alt_text, file_id) "
           u"SELECT t.story_row, p.position - 1, "
           u"COALESCE(p.photo ->> 'caption', ''), COALESCE(p.photo ->> 'credit', ''), "
           u"COALESCE(p.photo ->> 'altText', ''), COALESCE(p.photo ->> 'file', '') "
           u"FROM story_texts t, "
           u"jsonb_array_elements(t.photos::jsonb) WITH ORDINALITY AS p (photo, position)"_s;
}

QStringList PostgresDialect::searchIndex() const
{
    return {
            uR"(CREATE VIEW story_search_source AS SELECT s.story_row AS story_row, s.id AS id,
    s.headline AS headline,
    (SELECT string_agg(h, ' · ') FROM jsonb_array_elements_text(t.highlights::jsonb) AS h)
        AS highlights,
    s.dateline AS dateline, s.byline AS byline,
    left(t.body, %1) AS body,
    (SELECT string_agg(p.caption || ' ' || p.credit || ' · ' || p.alt_text, ' · ' ORDER BY p.position)
        FROM story_photos p WHERE p.story_row = s.story_row) AS photos
FROM stories s JOIN story_texts t ON t.story_row = s.story_row)"_s.arg(indexedBodyCharacters),
            u"CREATE TABLE story_search (story_row BIGINT PRIMARY KEY REFERENCES stories "
            u"(story_row) ON DELETE CASCADE, document TSVECTOR NOT NULL)"_s,
            fillSearchWords,
            createSearchWordsIndex,
    };
}

QString PostgresDialect::searchIndexRemove() const
{
    // The row is rewritten in place by searchIndexAdd() and goes with its story.
    return {};
}

QString PostgresDialect::searchIndexAdd() const
{
    return fillSearchIndex(u"id = ?"_s);
}

QStringList PostgresDialect::searchIndexRebuild() const
{
    // A GIN index built once over every row is far quicker than one taking them a row at
    // a time, so the index goes while the rows are written.
    return {u"DROP INDEX IF EXISTS story_search_words"_s,
            u"DELETE FROM story_search"_s,
            u"DELETE FROM story_rank"_s,
            u"DELETE FROM story_search_recent"_s,
            fillSearchIndex({}),
            u"SET LOCAL maintenance_work_mem = '256MB'"_s,
            createSearchWordsIndex};
}

namespace {

/// The terms as one tsquery expression, with the value each binds.
std::pair<QString, QVariantList> tsQuery(const QList<SearchTerm> &terms)
{
    QStringList parts;
    QVariantList values;
    for (const SearchTerm &term : terms) {
        const auto [sql, value] = termQuery(term);
        parts.append(sql);
        values.append(value);
    }
    return {u"("_s + parts.join(u" && "_s) + u")"_s, values};
}

/**
 * The terms and, with bands, the words of those bands: GIN then intersects
 * the terms' lists with the bands' and hands over only the matches there,
 * skipping through the longer lists. One band past the newest is there for
 * a story numbered since the sample.
 */
std::pair<QString, QVariantList> bandedQuery(const QList<SearchTerm> &terms,
                                             const SqlDialect::CutoffBands &bands)
{
    auto [query, values] = tsQuery(terms);
    if (bands.count <= 0)
        return {query, values};
    QStringList words;
    for (qint64 band = bands.newest + 1; band > bands.newest - bands.count && band >= 0; --band)
        words.append(u'\'' + bandWord(band) + u'\'');
    values.append(words.join(u" | "_s));
    return {u"(%1 && CAST(? AS tsquery))"_s.arg(query), values};
}

/// The FROM and WHERE of a search; with conditions each match's row is read to test them.
std::pair<QString, QString> tsSource(const QString &query, const QStringList &conditions)
{
    QString from = u"story_search ss"_s;
    QString where = u"ss.document @@ "_s + query;
    if (!conditions.isEmpty()) {
        from += u" JOIN stories s ON s.story_row = ss.story_row"_s;
        where += u" AND "_s + conditions.join(u" AND "_s);
    }
    return {from, where};
}

} // namespace

SqlDialect::SearchStatement PostgresDialect::searchStatement(const QList<SearchTerm> &terms,
                                                             const QString &columns,
                                                             const QStringList &conditions,
                                                             bool) const
{
    // Every match ranked (the newest alone go through newestSearch()):
    // the matches come from the word index, each ranked by its short copy
    // in story_rank.
    const auto [query, values] = tsQuery(terms);
    const auto [from, where] = tsSource(query, conditions);
    return {u"WITH ranking AS (SELECT %1 AS words), matches AS (SELECT ss.story_row FROM %2 "
            u"WHERE %3), hits AS (SELECT m.story_row, COALESCE(ts_rank(r.document, "
            u"ranking.words), 0) AS rank FROM ranking, matches m LEFT JOIN story_rank r ON "
            u"r.story_row = m.story_row ORDER BY rank DESC, m.story_row DESC LIMIT ? OFFSET ?) "
            u"SELECT %4, hits.story_row FROM hits JOIN stories s ON s.story_row = "
            u"hits.story_row ORDER BY hits.rank DESC, hits.story_row DESC"_s.arg(query, from, where,
                                                                                 columns),
            values + values};
}

SqlDialect::SearchStatement PostgresDialect::newestSearch(const QList<SearchTerm> &terms,
                                                          const QString &columns,
                                                          const QStringList &conditions,
                                                          const CutoffBands &bands) const
{
    // GIN hands over the matches (within the bands, only theirs) in no
    // useful order: they are read once, the newest n + 1 kept (ordered by
    // an expression the primary key cannot give, so that the planner never
    // walks that key backwards reading every story's words instead), and
    // the newest n ranked by their short copies. The count tells the store
    // whether the bands held enough and whether more matched than ranked.
    const auto [rankQuery, rankValues] = tsQuery(terms);
    const auto [query, values] = bandedQuery(terms, bands);
    auto [from, where] = tsSource(query, conditions);
    if (bands.recent) {
        // A row left behind by a save that raced the one pushing it out is not read.
        from.replace(u"story_search ss"_s, u"story_search_recent ss"_s);
        where += u" AND ss.story_row + 0 > "_s + recentFrom;
    }
    return {u"WITH ranking AS (SELECT %1 AS words), newest AS MATERIALIZED (SELECT ss.story_row "
            u"FROM %2 WHERE %3 ORDER BY ss.story_row + 0 DESC LIMIT ?), counted AS (SELECT "
            u"COUNT(*) AS found FROM newest), ranked AS (SELECT n.story_row FROM newest n ORDER "
            u"BY n.story_row DESC LIMIT ?), hits AS (SELECT m.story_row, "
            u"COALESCE(ts_rank(r.document, ranking.words), 0) AS rank FROM ranking, ranked m LEFT "
            u"JOIN story_rank r ON r.story_row = m.story_row ORDER BY rank DESC, m.story_row DESC "
            u"LIMIT ? OFFSET ?) SELECT %4, hits.story_row, counted.found FROM counted LEFT JOIN "
            u"(hits JOIN stories s ON s.story_row = hits.story_row) ON TRUE ORDER BY hits.rank "
            u"DESC, hits.story_row DESC"_s.arg(rankQuery, from, where, columns),
            rankValues + values};
}

SqlDialect::SearchStatement PostgresDialect::searchSample(const QList<SearchTerm> &terms) const
{
    // The two newest bands: the newest alone may have just begun.
    const auto [query, values] = tsQuery(terms);
    return {u"WITH newest AS (SELECT COALESCE(MAX(story_row), 0) >> %2 AS band FROM "
            u"story_search), bands AS (SELECT band, %3::tsquery || %4::tsquery AS words FROM "
            u"newest) SELECT (SELECT COUNT(*) FROM story_search ss, bands WHERE ss.document @@ "
            u"(%1 && bands.words)), (SELECT COUNT(*) FROM story_search ss, bands WHERE "
            u"ss.story_row >= GREATEST(bands.band - 1, 0) << %2), (SELECT band FROM bands)"_s.arg(
                    query, QString::number(searchBandShift), bandWordSql(u"band"_s),
                    bandWordSql(u"GREATEST(band - 1, 0)"_s)),
            values};
}

int PostgresDialect::searchBandRows() const
{
    return 1 << searchBandShift;
}

QStringList PostgresDialect::searchRecent() const
{
    // A library made before step 15 has the table from that step, filled.
    return {createRecentTable, u"DELETE FROM story_search_recent"_s,
            u"INSERT INTO story_search_recent (story_row, document) SELECT story_row, document "
            u"FROM story_search WHERE story_row > "_s +
                    recentFrom,
            u"CREATE INDEX IF NOT EXISTS story_search_recent_words ON story_search_recent USING "
            u"GIN (document)"_s};
}

int PostgresDialect::searchRecentRows() const
{
    return recentSearchRows;
}

QStringList PostgresDialect::searchBands() const
{
    // The rebuild fills the recent index too (step 17 gives it its word index).
    return QStringList{u"CREATE TABLE story_rank (story_row BIGINT PRIMARY KEY REFERENCES "
                       u"stories (story_row) ON DELETE CASCADE, document TSVECTOR NOT NULL)"_s,
                       createRecentTable} +
            searchIndexRebuild();
}

QString PostgresDialect::changeCounterQuery() const
{
    return u"SELECT counter FROM library_changes WHERE id = 1"_s;
}

QStringList PostgresDialect::changeTracking() const
{
    // The counter row is updated inside each writing transaction, so it
    // moves when the change is committed and seen, never before. NOTIFY,
    // also sent at commit, lets a window hear of it without asking.
    QStringList statements{
            u"CREATE TABLE library_changes (id INTEGER PRIMARY KEY CHECK (id = 1), "
            u"counter BIGINT NOT NULL)"_s,
            u"INSERT INTO library_changes (id, counter) VALUES (1, 0)"_s,
            u"CREATE FUNCTION copydesk_library_changed() RETURNS trigger LANGUAGE plpgsql AS "
            u"$body$ BEGIN UPDATE library_changes SET counter = counter + 1 WHERE id = 1; "
            u"PERFORM pg_notify('copydesk_library', TG_TABLE_NAME); RETURN NULL; END $body$"_s,
    };
    for (const char *table : watchedTables)
        statements.append(watchTable(QString::fromLatin1(table)));
    return statements;
}

QStringList PostgresDialect::watchTable(const QString &table) const
{
    return {u"DROP TRIGGER IF EXISTS %1_changed ON %1"_s.arg(table),
            u"CREATE CONSTRAINT TRIGGER %1_changed AFTER INSERT OR UPDATE OR DELETE ON %1 "
            u"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
            u"copydesk_library_changed()"_s.arg(table)};
}

QStringList PostgresDialect::afterExplicitKeys(const QString &table, const QString &column) const
{
    // An identity column's sequence knows nothing of numbers written to it,
    // nor the save order's of the saves copied.
    QStringList statements{
            u"SELECT setval(pg_get_serial_sequence('%1', '%2'), "
            u"COALESCE((SELECT MAX(%2) FROM %1), 0) + 1, false)"_s.arg(table, column)};
    if (table == u"stories")
        statements.append(saveOrderResync);
    return statements;
}

QStringList PostgresDialect::sessionStatements() const
{
    // Times are text and compared as text: no session setting changes them.
    return {};
}

QStringList PostgresDialect::libraryStatements() const
{
    return {};
}

Result<QStringList> PostgresDialect::tableNames(QSqlDatabase &db, bool *damaged) const
{
    if (damaged)
        *damaged = false;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto done = execPrepared(query,
                                 u"SELECT table_name FROM information_schema.tables WHERE "
                                 u"table_schema = current_schema() AND table_type = ?"_s,
                                 {u"BASE TABLE"_s});
        !done) {
        if (damaged)
            *damaged = isDamaged(query.lastError());
        return done.error();
    }
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    if (query.lastError().isValid())
        return sqlError(query.lastError());
    return names;
}

bool PostgresDialect::isDamaged(const QSqlError &error) const
{
    // data_corrupted and index_corrupted.
    const QString code = error.nativeErrorCode();
    return code == u"XX001" || code == u"XX002";
}

} // namespace Copydesk
