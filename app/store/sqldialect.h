// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "store/searchterms.h"

#include <QSqlQuery>
#include <QVariantList>

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlDatabase;
class QSqlError;

namespace Copydesk {

/**
 * How much of a body the full-text index reads: far more than any story
 * (a 1,500-word story is about 9,000 characters), little enough that a
 * pasted book stays within PostgreSQL's limit for one row's words.
 */
inline constexpr int indexedBodyCharacters = 100000;

/**
 * The SQL that differs between the databases a library can live in. The
 * store and the migrations write everything else as plain SQL with bound
 * values, so a new backend is a new dialect rather than a new store.
 */
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    /// The Qt SQL driver, e.g. "QSQLITE".
    virtual QString driverName() const = 0;
    /// For QSqlDatabase::setConnectOptions.
    virtual QString connectOptions() const = 0;
    /**
     * Points a connection at the library: SQLite's file name, a server's
     * host, port, user, password and database.
     */
    virtual void configure(QSqlDatabase &db, const QString &databaseName) const;
    /**
     * What Library::open() takes to open this library again, from another
     * thread or process: the file's path, or the server's address.
     */
    virtual QString address(const QString &databaseName) const;

    virtual QString textType() const = 0;
    virtual QString jsonType() const = 0;
    virtual QString blobType() const = 0;
    virtual QString integerType() const = 0;
    /// A 64-bit integer, e.g. milliseconds since the epoch.
    virtual QString bigIntegerType() const = 0;
    virtual QString timestampType() const = 0;
    /// A column definition for a key the database numbers itself, rising.
    virtual QString autoIncrementKey() const = 0;
    /// The operator that matches a LIKE pattern without regard to letter case.
    virtual QString caseInsensitiveLike() const = 0;

    /// A time as the timestamp columns hold it; a typed NULL for "not set".
    /// Both engines keep times as ISO 8601 UTC text (isoTimeValue()).
    virtual QVariant timeValue(const QDateTime &utc) const;
    virtual QDateTime timeFromValue(const QVariant &value) const;

    /**
     * An INSERT of columns (one placeholder each) that overwrites the other
     * columns of the row when one with the same keyColumns exists.
     */
    virtual QString upsert(const QString &table, const QStringList &columns,
                           const QStringList &keyColumns) const;
    /// An INSERT that leaves an existing row with the same key alone.
    virtual QString insertOrIgnore(const QString &table, const QStringList &columns) const = 0;
    /**
     * Starts a transaction that will write. SQLite takes its one write lock
     * up front, so writers take turns; a server's writers run side by side
     * and lock only the rows they change (lockRows()), so one desk's save
     * never waits for another desk's save of a different story.
     */
    virtual QStringList beginWrite() const = 0;
    /**
     * Starts a transaction that changes the schema: every process that
     * opens the library at once takes turns here, so each step runs once.
     */
    virtual QStringList beginSchemaChange() const { return beginWrite(); }
    /// How a SELECT waits for rows another transaction holds.
    enum class RowLock {
        Wait,       ///< until the other transaction ends
        SkipLocked, ///< not at all: held rows are left out, as a work queue's claim does
    };
    /**
     * The clause that ends a SELECT to hold its rows (of table, or the only
     * one) until the transaction ends: nothing where the write transaction
     * already holds the whole library.
     */
    virtual QString lockRows(RowLock wait, const QString &table = {}) const = 0;
    /// The value the next save's save_order takes: larger than any before it.
    virtual QString nextSaveOrder() const = 0;
    /**
     * The schema step that lets a server's writers run side by side: save
     * order from a sequence, and the change counter moved once per
     * transaction at its commit (a row every writer updated at once would
     * make them take turns again). Nothing for SQLite.
     */
    virtual QStringList concurrentWriters() const = 0;
    /**
     * Whether beginWrite() gives up after a while when others keep the
     * lock (SQLite's busy timeout) rather than waiting its turn in a queue
     * (a server's lock): then a busy failure is worth asking again.
     */
    virtual bool writeLockWaitEnds() const { return false; }
    /**
     * Fills story_photos (story_row, position, caption, credit, alt_text,
     * file_id) from the JSON photo lists in story_texts: the one migration
     * step that reads JSON inside the database.
     */
    virtual QString photoRowsFromJson() const = 0;

    /**
     * The full-text index over each story's words (schema step 11): a view
     * story_search_source (story_row, id, headline, highlights, dateline,
     * byline, body, photos, each as plain text; the photos' captions,
     * credits and alt text run together) and the engine's index built from it.
     */
    virtual QStringList searchIndex() const = 0;
    /**
     * What takes the story whose id is bound out of the index before its
     * words change or it is deleted; empty where the index follows by itself.
     */
    virtual QString searchIndexRemove() const = 0;
    /// What puts the story whose id is bound into the index once its words are written.
    virtual QString searchIndexAdd() const = 0;
    /// What builds the whole index again from the stories (after a library copy).
    virtual QStringList searchIndexRebuild() const = 0;
    /**
     * The schema step that files each story's words with its band (see
     * searchBandRows()) and keeps a short copy of them to rank by: the
     * index built again; nothing without bands.
     */
    virtual QStringList searchBands() const { return {}; }
    /**
     * Where the index has bands: a second word index of the newest
     * searchRecentRows() stories alone, which a word in a few stories in a
     * hundred answers from a few thousand matches instead of tens of
     * thousands; none elsewhere.
     */
    virtual QStringList searchRecent() const { return {}; }
    /// How many of the newest stories (by number) the recent index holds; 0: none.
    virtual int searchRecentRows() const { return 0; }

    /// A search's statement and the values it binds before the caller's.
    struct SearchStatement
    {
        /**
         * SELECT columns (of stories s) and, last, the story's number, best
         * match first, newest story first among equals. Placeholders in
         * order: matchValues, the first story's number when fromRow, the
         * caller's conditions' values, LIMIT, OFFSET. Only the page's
         * stories are read from stories: the index ranks every match by
         * itself, as its own query would.
         */
        QString sql;
        QVariantList matchValues;
    };
    /**
     * How many stories one band of the index holds: a server's index
     * files each story's words with its band (the story's number divided
     * by it), so that the newest matches are read from the newest bands
     * alone. 0 where the index walks its matches newest first by itself.
     */
    virtual int searchBandRows() const { return 0; }
    /// The bands newestSearch() reads, newest first; none: every match.
    struct CutoffBands
    {
        qint64 newest = 0;
        int count = 0;
        /// The recent index instead of bands (searchRecent()).
        bool recent = false;
    };
    /**
     * Where the index walks its matches newest first (no newestSearch()):
     * the number of the newest story that matches after the n newest (no
     * row when n or fewer match), stopping there, so that a common word
     * costs no more than a rare one. Placeholders in order: matchValues,
     * the caller's conditions' values, n.
     */
    virtual SearchStatement searchCutoff(const QList<SearchTerm> &terms,
                                         const QStringList &conditions) const
    {
        Q_UNUSED(terms);
        Q_UNUSED(conditions);
        return {};
    }
    /**
     * Where the dialect can (empty elsewhere: searchCutoff() then
     * searchStatement()): the search that finds the newest n + 1 matches
     * among bands (every match: none) and ranks the newest n of them, in
     * one reading of the matches. Placeholders in order: matchValues, the
     * caller's conditions' values, n + 1, n, LIMIT, OFFSET. Each row holds
     * columns, the story's number and how many of the newest were found
     * (up to n + 1); where no story is on the page, one row says only that,
     * its story number NULL.
     */
    virtual SearchStatement newestSearch(const QList<SearchTerm> &terms, const QString &columns,
                                         const QStringList &conditions,
                                         const CutoffBands &bands) const
    {
        Q_UNUSED(terms);
        Q_UNUSED(columns);
        Q_UNUSED(conditions);
        Q_UNUSED(bands);
        return {};
    }
    /**
     * Where there are bands: how many stories of the two newest bands hold
     * the terms, how many stories those bands hold, and the newest band's
     * number, as one row; its placeholders are matchValues.
     */
    virtual SearchStatement searchSample(const QList<SearchTerm> &) const { return {}; }
    /**
     * The search for terms (none empty) among the stories that meet
     * conditions (SQL on stories s, placeholders bound by the caller);
     * with fromRow, only the stories from a number on (searchCutoff()'s).
     */
    virtual SearchStatement searchStatement(const QList<SearchTerm> &terms, const QString &columns,
                                            const QStringList &conditions, bool fromRow) const = 0;

    /**
     * A query answering one number that changes whenever another
     * connection commits to the library (SQLite's data_version), so a window
     * notices the CLI or another desk without reading any rows.
     */
    virtual QString changeCounterQuery() const = 0;
    /**
     * The schema step that makes changeCounterQuery() count: nothing for
     * SQLite, whose file counts by itself; a counter row that triggers on
     * the shared tables move within each writing transaction for a server.
     */
    virtual QStringList changeTracking() const = 0;
    /// What makes changes to a table added after changeTracking() move the counter too.
    virtual QStringList watchTable(const QString &table) const = 0;
    /// The channel a commit is announced on (NOTIFY), or empty where there is none.
    virtual QString changeChannel() const { return {}; }

    /**
     * Whether a forward-only query's unread rows may wait while another
     * query runs on the same connection, as the store's nested reads need
     * (a version rebuilt from the ones after it while a list is read).
     * SQLite's may; Qt's PostgreSQL driver streams a forward-only query's
     * rows and a second query discards them, so there rows come whole.
     */
    virtual bool streamsRows() const { return true; }

    /**
     * After rows were written with their own numbers in column (a library
     * copy), what makes the next number the database gives come after them.
     */
    virtual QStringList afterExplicitKeys(const QString &table, const QString &column) const = 0;
    /**
     * What a library filled at once (a library copy) runs last: a server
     * reads its tables' statistics afresh, or its planner would take a
     * million rows for none until its own vacuum comes round.
     */
    virtual QStringList afterBulkCopy() const { return {}; }

    /// Per-connection settings; they write nothing, so they may run before the checks.
    virtual QStringList sessionStatements() const = 0;
    /// What a new connection gets besides statements: functions of the program's own.
    virtual void addFunctions(QSqlDatabase &db) const { Q_UNUSED(db); }
    /// Settings kept in the database itself; they run only once it is known to be ours.
    virtual QStringList libraryStatements() const = 0;

    /**
     * The names of the tables in the database, from its catalogue. This is
     * how a library's schema version is found: the meta table is there or
     * the database is empty or someone else's. Also the first read, so it
     * is where a damaged database shows: then *damaged is set.
     */
    virtual Result<QStringList> tableNames(QSqlDatabase &db, bool *damaged) const = 0;
    /// True when the error means the data itself is unreadable, not busy or missing.
    virtual bool isDamaged(const QSqlError &error) const = 0;

protected:
    SqlDialect() = default;
    Q_DISABLE_COPY_MOVE(SqlDialect)
};

/// The database's own words for an error, without Qt's "Unable to execute statement".
QString sqlErrorText(const QSqlError &error);
/**
 * What kind of failure a database error is, from its native code: SQLite's
 * result codes (busy and locked are transient, I/O, full and read-only are
 * I/O, a constraint is a conflict) and PostgreSQL's five-character SQLSTATEs
 * (serialization failures and lost connections are transient, unique
 * violations conflicts, a full disk I/O).
 */
ErrorKind sqlErrorKind(const QSqlError &error);
/// An Error with the database's words and sqlErrorKind().
Error sqlError(const QSqlError &error);

/**
 * Prepares sql on query, binds values in order and runs it. Without values
 * the statement runs as it is: schema statements cannot be prepared on
 * every server.
 */
Result<void> execPrepared(QSqlQuery &query, const QString &sql, const QVariantList &values = {});

/// A time as ISO 8601 UTC text, as both engines keep it; a typed NULL for "not set".
QVariant isoTimeValue(const QDateTime &utc);
QDateTime isoTimeFromValue(const QVariant &value);
/// INSERT … ON CONFLICT (keys) DO UPDATE, as SQLite and PostgreSQL both write it.
QString conflictUpsert(const QString &table, const QStringList &columns,
                       const QStringList &keyColumns);

/// The embedded library: one SQLite file, in WAL mode, with foreign keys on.
class SqliteDialect final : public SqlDialect
{
public:
    SqliteDialect() = default;

    /// How long a statement waits for another process's write lock.
    static constexpr int busyTimeoutMs = 5000;

    QString driverName() const override;
    QString connectOptions() const override;

    QString textType() const override;
    QString jsonType() const override;
    QString blobType() const override;
    QString integerType() const override;
    QString bigIntegerType() const override;
    QString timestampType() const override;
    QString autoIncrementKey() const override;
    QString caseInsensitiveLike() const override;

    QString insertOrIgnore(const QString &table, const QStringList &columns) const override;
    QStringList beginWrite() const override;
    bool writeLockWaitEnds() const override { return true; }
    QString lockRows(RowLock wait, const QString &table) const override;
    QString nextSaveOrder() const override;
    QStringList concurrentWriters() const override;
    QString photoRowsFromJson() const override;
    QStringList searchIndex() const override;
    QString searchIndexRemove() const override;
    QString searchIndexAdd() const override;
    QStringList searchIndexRebuild() const override;
    SearchStatement searchStatement(const QList<SearchTerm> &terms, const QString &columns,
                                    const QStringList &conditions, bool fromRow) const override;
    SearchStatement searchCutoff(const QList<SearchTerm> &terms,
                                 const QStringList &conditions) const override;
    QString changeCounterQuery() const override;
    QStringList changeTracking() const override;
    QStringList watchTable(const QString &table) const override;
    QStringList afterExplicitKeys(const QString &table, const QString &column) const override;

    QStringList sessionStatements() const override;
    void addFunctions(QSqlDatabase &db) const override;
    QStringList libraryStatements() const override;

    Result<QStringList> tableNames(QSqlDatabase &db, bool *damaged) const override;
    bool isDamaged(const QSqlError &error) const override;

    /// Whether the connection ranks matches with copydesk_rank() rather than bm25.
    bool ranksOnItsOwn() const { return m_ownRanking; }

private:
    // Set once as the connection opens, before any search.
    mutable bool m_ownRanking = false;
};

} // namespace Copydesk
