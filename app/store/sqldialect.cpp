// SPDX-License-Identifier: MIT
#include "sqldialect.h"

#include "store/sqliteranking.h"
#include "store/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Copydesk {

using SqlSupport::placeholders;

namespace {

/// The search index's columns' weights in ranking, headline to photos.
constexpr auto searchWeights = "8.0, 4.0, 2.0, 2.0, 1.0, 2.0";

} // namespace

QString sqlErrorText(const QSqlError &error)
{
    const QString text = error.databaseText();
    return text.isEmpty() ? error.text() : text;
}

ErrorKind sqlErrorKind(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code.size() == 5 && !code.startsWith(u'-')) {
        // A PostgreSQL SQLSTATE: the class is the first two characters.
        const QStringView sqlClass = QStringView(code).first(2);
        if (code == u"40001" || code == u"40P01" || sqlClass == u"08" || sqlClass == u"57")
            return ErrorKind::Transient;
        if (sqlClass == u"23")
            return ErrorKind::Conflict;
        if (sqlClass == u"53" || sqlClass == u"58")
            return ErrorKind::Io;
        if (sqlClass == u"22" || sqlClass == u"42")
            return ErrorKind::InvalidInput;
        return ErrorKind::Permanent;
    }
    bool ok = false;
    const int number = code.toInt(&ok);
    if (!ok)
        return error.type() == QSqlError::ConnectionError ? ErrorKind::Io : ErrorKind::Permanent;
    // SQLite's extended codes keep the primary code in the low byte.
    switch (number & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return ErrorKind::Transient;
    case 8:  // SQLITE_READONLY
    case 10: // SQLITE_IOERR
    case 13: // SQLITE_FULL
    case 14: // SQLITE_CANTOPEN
        return ErrorKind::Io;
    case 19: // SQLITE_CONSTRAINT
        return ErrorKind::Conflict;
    default:
        return ErrorKind::Permanent;
    }
}

Error sqlError(const QSqlError &error)
{
    const ErrorKind kind = sqlErrorKind(error);
    QString text = sqlErrorText(error);
    if (kind != ErrorKind::Io)
        return Error{kind, text};
    // SQLite's codes are at most four digits; PostgreSQL's SQLSTATEs are five characters.
    const QString code = error.nativeErrorCode();
    // A server's SQLSTATE, or a connection the server refused (no code at
    // all), says nothing of this computer's disk.
    if (code.size() == 5)
        return Error{kind, text};
    if (code.isEmpty() && error.type() == QSqlError::ConnectionError)
        return Error{kind,
                     QCoreApplication::translate("Copydesk::SqlDialect",
                                                 "%1 (check the server's address, the user "
                                                 "name and the password, and that the "
                                                 "server runs)")
                             .arg(text)};
    const int primary = code.toInt() & 0xff;
    if (primary == 8) // SQLITE_READONLY
        text = QCoreApplication::translate("Copydesk::SqlDialect",
                                           "the library cannot be written: its file or its "
                                           "disk has become read-only (%1)")
                       .arg(text);
    else if (primary == 10) // SQLITE_IOERR
        text = QCoreApplication::translate("Copydesk::SqlDialect",
                                           "the disk that holds the library reported an error; "
                                           "it may have failed or turned read-only (%1)")
                       .arg(text);
    else if (primary == 13) // SQLITE_FULL
        text = QCoreApplication::translate("Copydesk::SqlDialect",
                                           "the disk that holds the library is full (%1); make "
                                           "room and try again")
                       .arg(text);
    else
        text = QCoreApplication::translate("Copydesk::SqlDialect",
                                           "%1 (check that the disk has room and that the "
                                           "library's folder may be written to)")
                       .arg(text);
    return Error{kind, text};
}

Result<void> execPrepared(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return sqlError(query.lastError());
        return {};
    }
    if (!query.prepare(sql))
        return sqlError(query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query.lastError());
    return {};
}

QVariant isoTimeValue(const QDateTime &utc)
{
    if (!utc.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return utc.toUTC().toString(Qt::ISODate);
}

QDateTime isoTimeFromValue(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODate);
    return at.isValid() ? at.toUTC() : QDateTime();
}

QString conflictUpsert(const QString &table, const QStringList &columns,
                       const QStringList &keyColumns)
{
    QStringList updates;
    for (const QString &column : columns) {
        if (!keyColumns.contains(column))
            updates.append(column + u" = excluded."_s + column);
    }
    return u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5"_s.arg(
            table, columns.join(u", "_s), placeholders(columns.size()), keyColumns.join(u", "_s),
            updates.join(u", "_s));
}

void SqlDialect::configure(QSqlDatabase &db, const QString &databaseName) const
{
    db.setDatabaseName(databaseName);
}

QString SqlDialect::address(const QString &databaseName) const
{
    return databaseName;
}

QString SqliteDialect::driverName() const
{
    return u"QSQLITE"_s;
}

QString SqliteDialect::connectOptions() const
{
    return u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(busyTimeoutMs);
}

QString SqliteDialect::textType() const
{
    return u"TEXT"_s;
}

QString SqliteDialect::jsonType() const
{
    return u"TEXT"_s;
}

QString SqliteDialect::blobType() const
{
    return u"BLOB"_s;
}

QString SqliteDialect::integerType() const
{
    return u"INTEGER"_s;
}

QString SqliteDialect::bigIntegerType() const
{
    return u"INTEGER"_s; // every SQLite integer holds 64 bits
}

QString SqliteDialect::timestampType() const
{
    // SQLite has no time type; ISO 8601 UTC text sorts in time order and
    // reads the same in the sqlite3 shell as in the story JSON.
    return u"TEXT"_s;
}

QString SqliteDialect::autoIncrementKey() const
{
    // An alias of the rowid; AUTOINCREMENT keeps a number from being reused
    // after the newest row is deleted, so ids only ever rise.
    return u"INTEGER PRIMARY KEY AUTOINCREMENT"_s;
}

QString SqliteDialect::photoRowsFromJson() const
{
    // json_each walks each list; its key is the photo's place in it.
    return u"INSERT INTO story_photos (story_row, position, caption, credit, alt_text, file_id) "
           u"SELECT t.story_row, CAST(p.key AS INTEGER), "
           u"COALESCE(json_extract(p.value, '$.caption'), ''), "
           u"COALESCE(json_extract(p.value, '$.credit'), ''), "
           u"COALESCE(json_extract(p.value, '$.altText'), ''), "
           u"COALESCE(json_extract(p.value, '$.file'), '') "
           u"FROM story_texts t, json_each(t.photos) p"_s;
}

namespace {

/// Puts stories' words from the view into the index; a WHERE may follow.
const QString fillSearchIndex =
        u"INSERT INTO story_search (rowid, headline, highlights, dateline, byline, body, photos) "
        u"SELECT story_row, headline, highlights, dateline, byline, body, photos FROM "
        u"story_search_source"_s;

} // namespace

QStringList SqliteDialect::searchIndex() const
{
    // FTS5 keeps only the index: the words are read back from the view (for
    // the context of a match) by the story's number. remove_diacritics lets
    // "Medvedev" find "Médvédev" and the other way round.
    const QStringList schema{
            uR"(CREATE VIEW story_search_source AS SELECT s.story_row AS story_row, s.id AS id,
    s.headline AS headline,
    (SELECT group_concat(value, ' · ') FROM json_each(t.highlights)) AS highlights,
    s.dateline AS dateline, s.byline AS byline,
    substr(t.body, 1, %1) AS body,
    (SELECT group_concat(p.caption || ' ' || p.credit || ' · ' || p.alt_text, ' · ')
        FROM story_photos p WHERE p.story_row = s.story_row) AS photos
FROM stories s JOIN story_texts t ON t.story_row = s.story_row)"_s.arg(indexedBodyCharacters),
            u"CREATE VIRTUAL TABLE story_search USING fts5(headline, highlights, dateline, "
            u"byline, body, photos, content='story_search_source', content_rowid='story_row', "
            u"tokenize='unicode61 remove_diacritics 2')"_s,
            // The index ranks by itself (ORDER BY rank), a headline word above
            // a body word: bm25's weights follow the columns.
            u"INSERT INTO story_search (story_search, rank) VALUES ('rank', 'bm25(%1)')"_s.arg(
                    QLatin1StringView(searchWeights)),
    };
    return schema + searchIndexRebuild();
}

QString SqliteDialect::searchIndexRemove() const
{
    // An index over another table's words forgets a row only when told the
    // words it indexed, which the view still gives before they change.
    return u"INSERT INTO story_search (story_search, rowid, headline, highlights, dateline, "
           u"byline, body, photos) SELECT 'delete', story_row, headline, highlights, dateline, "
           u"byline, body, photos FROM story_search_source WHERE id = ?"_s;
}

QString SqliteDialect::searchIndexAdd() const
{
    return fillSearchIndex + u" WHERE id = ?"_s;
}

QStringList SqliteDialect::searchIndexRebuild() const
{
    // FTS5's own 'rebuild' cannot read a view: the index is emptied and filled from it.
    return {u"INSERT INTO story_search (story_search) VALUES ('delete-all')"_s, fillSearchIndex};
}

namespace {

/// The terms as one FTS5 query: each quoted, so that nothing typed is read
/// as FTS5's own syntax (AND, NEAR, column names); all must be found.
QString ftsMatch(const QList<SearchTerm> &terms)
{
    QStringList match;
    for (const SearchTerm &term : terms) {
        QString quoted = term.text;
        quoted.replace(u'"', u"\"\""_s);
        match.append(u'"' + quoted + u'"' + (term.prefix ? u"*"_s : QString()));
    }
    return match.join(u' ');
}

/// The FROM and WHERE of a search; with conditions each match's row is read to test them.
std::pair<QString, QString> ftsSource(const QStringList &conditions, bool fromRow)
{
    QString from = u"story_search"_s;
    QString where = u"story_search MATCH ?"_s;
    if (fromRow)
        where += u" AND story_search.rowid >= ?"_s;
    if (!conditions.isEmpty()) {
        from += u" JOIN stories s ON s.story_row = story_search.rowid"_s;
        where += u" AND "_s + conditions.join(u" AND "_s);
    }
    return {from, where};
}

} // namespace

SqlDialect::SearchStatement SqliteDialect::searchStatement(const QList<SearchTerm> &terms,
                                                           const QString &columns,
                                                           const QStringList &conditions,
                                                           bool fromRow) const
{
    const auto [from, where] = ftsSource(conditions, fromRow);
    // bm25 counts every match of each word before it ranks one; the
    // connection's own function estimates from a sample (SqliteRanking).
    const QString rank = m_ownRanking
            ? u"%1(story_search, %2)"_s.arg(QLatin1StringView(SqliteRanking::functionName),
                                            QLatin1StringView(searchWeights))
            : u"rank"_s;
    return {u"SELECT %1, hits.story_row FROM (SELECT story_search.rowid AS story_row, %4 AS "
            u"ranking FROM %2 WHERE %3 ORDER BY ranking, story_search.rowid DESC LIMIT ? OFFSET "
            u"?) hits JOIN stories s ON s.story_row = hits.story_row ORDER BY hits.ranking, "
            u"hits.story_row DESC"_s.arg(columns, from, where, rank),
            {ftsMatch(terms)}};
}

SqlDialect::SearchStatement SqliteDialect::searchCutoff(const QList<SearchTerm> &terms,
                                                        const QStringList &conditions) const
{
    // FTS5 walks a term's list of rows in either order; newest first, it stops at the n-th.
    const auto [from, where] = ftsSource(conditions, false);
    return {u"SELECT story_search.rowid FROM %1 WHERE %2 ORDER BY story_search.rowid DESC "
            u"LIMIT 1 OFFSET ?"_s.arg(from, where),
            {ftsMatch(terms)}};
}

QString SqliteDialect::caseInsensitiveLike() const
{
    // SQLite's LIKE already ignores the case of ASCII letters.
    return u"LIKE"_s;
}

QVariant SqlDialect::timeValue(const QDateTime &utc) const
{
    return isoTimeValue(utc);
}

QDateTime SqlDialect::timeFromValue(const QVariant &value) const
{
    return isoTimeFromValue(value);
}

QString SqlDialect::upsert(const QString &table, const QStringList &columns,
                           const QStringList &keyColumns) const
{
    return conflictUpsert(table, columns, keyColumns);
}

QString SqliteDialect::insertOrIgnore(const QString &table, const QStringList &columns) const
{
    return u"INSERT OR IGNORE INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s),
                                                              placeholders(columns.size()));
}

QString SqliteDialect::changeCounterQuery() const
{
    return u"PRAGMA data_version"_s;
}

QStringList SqliteDialect::changeTracking() const
{
    return {};
}

QStringList SqliteDialect::watchTable(const QString &) const
{
    return {};
}

QStringList SqliteDialect::afterExplicitKeys(const QString &, const QString &) const
{
    // AUTOINCREMENT keeps the largest number written in sqlite_sequence by itself.
    return {};
}

QStringList SqliteDialect::beginWrite() const
{
    // A deferred BEGIN would read first and then fail to upgrade to a write
    // if another process wrote in between; IMMEDIATE waits for the lock instead.
    return {u"BEGIN IMMEDIATE"_s};
}

QString SqliteDialect::lockRows(RowLock, const QString &) const
{
    // BEGIN IMMEDIATE already holds the whole file for the transaction.
    return {};
}

QString SqliteDialect::nextSaveOrder() const
{
    // The unique index on save_order gives its last entry at once, and
    // the write lock keeps another save from taking the same number.
    return u"(SELECT COALESCE(MAX(save_order), 0) + 1 FROM stories)"_s;
}

QStringList SqliteDialect::concurrentWriters() const
{
    return {};
}

QStringList SqliteDialect::sessionStatements() const
{
    // A page cache of 32 MiB instead of SQLite's 2 MiB: stories are keyed
    // by random ids, so each save touches index pages all over the file, and
    // with the default cache a big library pays a read for most of them.
    // Memory is taken only as pages are read.
    return {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA cache_size = -32768"_s,
            u"PRAGMA wal_autocheckpoint = 8192"_s};
}

void SqliteDialect::addFunctions(QSqlDatabase &db) const
{
    m_ownRanking = SqliteRanking::install(db);
}

QStringList SqliteDialect::libraryStatements() const
{
    // WAL lets the window read while the command line writes. The mode is
    // kept in the file, so it is set only on a file known to be a library.
    return {u"PRAGMA journal_mode = WAL"_s};
}

Result<QStringList> SqliteDialect::tableNames(QSqlDatabase &db, bool *damaged) const
{
    const auto failed = [this, damaged](const QSqlError &error) -> Result<QStringList> {
        if (damaged)
            *damaged = isDamaged(error);
        return sqlError(error);
    };
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(
                u"SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE ? ESCAPE ?"_s))
        return failed(query.lastError());
    query.addBindValue(u"table"_s);
    query.addBindValue(u"sqlite\\_%"_s); // SQLite's own tables, such as sqlite_sequence
    query.addBindValue(u"\\"_s);
    if (!query.exec())
        return failed(query.lastError());
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    if (query.lastError().isValid())
        return failed(query.lastError());
    return names;
}

bool SqliteDialect::isDamaged(const QSqlError &error) const
{
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26); extended codes keep the low byte.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return false;
    const int primary = code & 0xff;
    return primary == 11 || primary == 26;
}

} // namespace Copydesk
