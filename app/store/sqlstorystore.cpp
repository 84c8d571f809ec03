// SPDX-License-Identifier: MIT
#include "sqlstorystore.h"

#include "core/logging.h"
#include "store/migrations.h"
#include "store/revisionpacking.h"
#include "store/sqlsupport.h"
#include "story/storyjson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>

#include <atomic>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Copydesk {

using namespace SqlSupport;

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::SqlStoryStore)
};

std::atomic<int> connectionCounter{0};

QString storyLabel(const Story &story)
{
    return story.headline().isEmpty() ? idText(story.id()) : story.headline();
}

void dropConnection(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

const QString summaryColumns =
        u"s.id, s.slug, s.headline, s.status, s.updated_at, s.saved_at, s.scheduled_for, "
        u"s.embargo_until, s.first_published_at, s.version, s.save_order, s.published_version, "
        u"s.section"_s;

StorySummary summaryFromRow(const QSqlQuery &query, const SqlDialect &dialect)
{
    StorySummary summary;
    summary.id = QUuid::fromString(query.value(0).toString());
    summary.slug = query.value(1).toString();
    summary.headline = query.value(2).toString();
    summary.status = statusFromKey(query.value(3).toString()).value_or(StoryStatus::Draft);
    summary.updatedAt = dialect.timeFromValue(query.value(4));
    summary.savedAt = dialect.timeFromValue(query.value(5));
    summary.scheduledFor = dialect.timeFromValue(query.value(6));
    summary.embargoUntil = dialect.timeFromValue(query.value(7));
    summary.firstPublishedAt = dialect.timeFromValue(query.value(8));
    summary.version = query.value(9).toInt();
    summary.saveOrder = query.value(10).toLongLong();
    summary.publishedVersion = query.value(11).toInt();
    summary.section = query.value(12).toString();
    return summary;
}

/// Every column of a story, the list's and the text's: a join of the two tables.
const QString storySelect =
        u"SELECT s.id, s.edited_slug, s.headline, s.dateline, s.byline, s.status, s.created_at, "
        u"s.first_published_at, s.updated_at, s.scheduled_for, s.embargo_until, s.saved_at, "
        u"s.version, s.withdrawn_at, s.withdrawal_reason, s.language, s.section, t.highlights, "
        u"t.body, t.photos, t.update_notes, t.tags, t.subjects, s.save_order FROM stories s JOIN "
        u"story_texts t ON t.story_row = "
        u"s.story_row"_s;

/// How many stories forEachStory() and forEachPublishedVersion() read at a time.
constexpr qsizetype pageSize = 200;

/// Reads a row selected with storySelect back into a story through its JSON form.
Result<Story> storyFromRow(const QSqlQuery &query, const SqlDialect &dialect)
{
    QJsonObject object{
            {u"id"_s, query.value(u"id"_s).toString()},
            {u"editedSlug"_s, query.value(u"edited_slug"_s).toString()},
            {u"headline"_s, query.value(u"headline"_s).toString()},
            {u"dateline"_s, query.value(u"dateline"_s).toString()},
            {u"byline"_s, query.value(u"byline"_s).toString()},
            {u"body"_s, query.value(u"body"_s).toString()},
            {u"status"_s, query.value(u"status"_s).toString()},
            {u"version"_s, query.value(u"version"_s).toInt()},
            {u"withdrawalReason"_s, query.value(u"withdrawal_reason"_s).toString()},
            {u"language"_s, query.value(u"language"_s).toString()},
            {u"section"_s, query.value(u"section"_s).toString()},
    };
    const std::pair<QString, QString> lists[] = {
            {u"highlights"_s, u"highlights"_s},    {u"photos"_s, u"photos"_s},
            {u"update_notes"_s, u"updateNotes"_s}, {u"tags"_s, u"tags"_s},
            {u"subjects"_s, u"subjects"_s},
    };
    for (const auto &[column, key] : lists) {
        const auto parsed = parseJson(query.value(column));
        if (!parsed || !parsed->isArray())
            return Error{ErrorKind::Permanent, Text::tr("its %1 are not a JSON list").arg(column)};
        object.insert(key, parsed->array());
    }
    const std::pair<QString, QString> times[] = {
            {u"created_at"_s, u"created"_s},         {u"first_published_at"_s, u"firstPublished"_s},
            {u"updated_at"_s, u"updated"_s},         {u"scheduled_for"_s, u"scheduledFor"_s},
            {u"embargo_until"_s, u"embargoUntil"_s}, {u"saved_at"_s, u"saved"_s},
            {u"withdrawn_at"_s, u"withdrawn"_s},
    };
    for (const auto &[column, key] : times) {
        const QDateTime at = dialect.timeFromValue(query.value(column));
        if (at.isValid())
            object.insert(key, StoryJson::timeToJson(at));
    }
    return StoryJson::fromJson(object);
}

/// A revision row's story column: the whole story in its JSON form.
Result<Story> revisionFromValue(const QVariant &value)
{
    const auto parsed = parseJson(value);
    if (!parsed)
        return parsed.error();
    if (!parsed->isObject())
        return Error{ErrorKind::Permanent, Text::tr("it is not a JSON object")};
    return StoryJson::fromJson(parsed->object());
}

/// Connects and checks the database; returns whether it held no library yet.
Result<bool> prepareDatabase(const QString &connectionName, const SqlDialect &dialect,
                             const QString &databaseName, const QString &location)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), connectionName);
    dialect.configure(db, databaseName);
    db.setConnectOptions(dialect.connectOptions());
    if (!db.open())
        return failure(sqlError(db.lastError()),
                       Text::tr("Copydesk could not open the library “%1”: %2").arg(location));
    dialect.addFunctions(db);
    for (const QString &statement : dialect.sessionStatements()) {
        QSqlQuery query(db);
        if (auto done = run(query, statement); !done) {
            // Some settings read the file's header: a damaged file shows here first.
            if (dialect.isDamaged(query.lastError()))
                return Error{
                        ErrorKind::Permanent,
                        Text::tr("The library file “%1” is damaged or is not a Copydesk library: "
                                 "%2")
                                .arg(location, done.errorMessage())};
            return failure(done.error(),
                           Text::tr("Copydesk could not open the library “%1”: %2").arg(location));
        }
    }

    bool damaged = false;
    const auto state = Migrations::inspect(db, dialect, &damaged);
    if (!state && damaged)
        return Error{ErrorKind::Permanent,
                     Text::tr("The library file “%1” is damaged or is not a Copydesk library: %2")
                             .arg(location, state.errorMessage())};
    if (!state)
        return failure(state.error(),
                       Text::tr("Copydesk could not read the library “%1”: %2").arg(location));
    if (!state->empty && !state->copydesk)
        return Error{ErrorKind::InvalidInput,
                     Text::tr("“%1” is a database of another program, not a Copydesk library. "
                              "Copydesk leaves it alone; open another library.")
                             .arg(location)};
    if (state->version > Migrations::latestVersion())
        return Error{ErrorKind::Permanent,
                     Text::tr("The library “%1” was written by a newer Copydesk: schema %2, this "
                              "version reads up to %3. Update Copydesk to open it.")
                             .arg(location)
                             .arg(state->version)
                             .arg(Migrations::latestVersion())};

    for (const QString &statement : dialect.libraryStatements()) {
        // Switching a new file's journal waits for every other opener to let
        // go of it, and SQLite says "busy" at once rather than wait: try again.
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            QSqlQuery query(db);
            const auto done = run(query, statement);
            if (done)
                break;
            if (done.errorKind() != ErrorKind::Transient ||
                waited.elapsed() > SqliteDialect::busyTimeoutMs)
                return failure(
                        done.error(),
                        Text::tr("Copydesk could not set up the library “%1”: %2").arg(location));
            QThread::msleep(20);
        }
    }
    if (auto migrated = Migrations::migrate(db, dialect); !migrated)
        return failure(migrated.error(),
                       Text::tr("Copydesk could not update the library “%1”: %2").arg(location));
    return state->empty;
}

QString orderClause(StoryListQuery::Order order)
{
    switch (order) {
    case StoryListQuery::Order::NewestSave:
        return u"s.save_order DESC"_s;
    case StoryListQuery::Order::OldestSave:
        return u"s.save_order ASC"_s;
    case StoryListQuery::Order::Headline:
        return u"LOWER(s.headline) ASC, s.save_order DESC"_s;
    case StoryListQuery::Order::HeadlineDescending:
        return u"LOWER(s.headline) DESC, s.save_order DESC"_s;
    case StoryListQuery::Order::Status:
        return u"s.status ASC, s.save_order DESC"_s;
    case StoryListQuery::Order::StatusDescending:
        return u"s.status DESC, s.save_order DESC"_s;
    }
    return u"s.save_order DESC"_s;
}

} // namespace

SqlStoryStore::SqlStoryStore(std::unique_ptr<SqlDialect> dialect, QString connectionName,
                             QString databaseName, QString location, bool wasEmpty)
    : m_dialect(std::move(dialect))
    , m_connectionName(std::move(connectionName))
    , m_databaseName(std::move(databaseName))
    , m_location(std::move(location))
    , m_wasEmpty(wasEmpty)
{
}

SqlStoryStore::~SqlStoryStore()
{
    // The prepared statements go before the connection they belong to.
    m_statements.clear();
    dropConnection(m_connectionName);
}

QDateTime SqlStoryStore::now() const
{
    const QDateTime at = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    return QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), QTimeZone::utc());
}

QSqlDatabase SqlStoryStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<SqlStoryStore>> SqlStoryStore::open(std::unique_ptr<SqlDialect> dialect,
                                                           const QString &databaseName,
                                                           const QString &location)
{
    if (!QSqlDatabase::isDriverAvailable(dialect->driverName()))
        return Error{ErrorKind::Permanent,
                     Text::tr("Copydesk cannot open the library “%1”: the Qt SQL driver %2 is not "
                              "installed.")
                             .arg(location, dialect->driverName())};
    const QString connectionName = u"copydesk-store-%1"_s.arg(++connectionCounter);
    const auto wasEmpty = prepareDatabase(connectionName, *dialect, databaseName, location);
    if (!wasEmpty) {
        qCWarning(lcStore).noquote() << wasEmpty.errorMessage();
        dropConnection(connectionName);
        return wasEmpty.error();
    }
    return std::unique_ptr<SqlStoryStore>(new SqlStoryStore(std::move(dialect), connectionName,
                                                            databaseName, location, *wasEmpty));
}

Result<QSqlQuery *> SqlStoryStore::cached(const QString &sql, const QVariantList &values)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(database());
        readRowsOnce(*query);
        if (!query->prepare(sql))
            return sqlError(query->lastError());
        found = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery *query = found->second.get();
    query->finish();
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    if (!query->exec())
        return sqlError(query->lastError());
    return query;
}

Result<QString> SqlStoryStore::uniqueSlug(const QString &wanted, const QString &id)
{
    // Terminates: each taken candidate is a different row.
    for (int n = 1;; ++n) {
        const QString candidate = n == 1 ? wanted : wanted + u'-' + QString::number(n);
        auto query = cached(u"SELECT 1 FROM stories WHERE slug = ? AND id <> ?"_s, {candidate, id});
        if (!query)
            return query.error();
        const bool taken = (*query)->next();
        (*query)->finish();
        if (!taken)
            return candidate;
    }
}

Result<void> SqlStoryStore::writeTransaction(const std::function<Result<void>()> &work)
{
    QSqlDatabase db = database();
    if (m_transactionDepth > 0) {
        // Joins the transaction already open; the outermost one commits.
        ++m_transactionDepth;
        const auto leave = qScopeGuard([this] { --m_transactionDepth; });
        return work();
    }
    const QStringList begin = m_dialect->beginWrite();
    // Each attempt waits for the write lock as long as the database lets it
    // (SQLite's busy timeout); when many processes write, one can miss its
    // turn again and again, so it asks again for a while before giving up.
    QElapsedTimer waiting;
    waiting.start();
    for (qsizetype i = 0; i < begin.size(); ++i) {
        QSqlQuery query(db);
        if (auto begun = run(query, begin.at(i)); !begun) {
            // Past the BEGIN, a failed step (waiting for the lock) leaves a transaction to end.
            if (i > 0)
                (void)run(query, u"ROLLBACK"_s);
            if (begun.errorKind() == ErrorKind::Transient && m_dialect->writeLockWaitEnds() &&
                waiting.elapsed() < writeLockWaitMs) {
                i = -1;
                continue;
            }
            return begun;
        }
    }
    ++m_transactionDepth;
    Result<void> outcome = work();
    --m_transactionDepth;
    QSqlQuery query(db);
    if (outcome) {
        if (auto committed = run(query, u"COMMIT"_s); committed)
            return {};
        else
            outcome = committed;
    }
    // Rolls back whatever work wrote, so every failure leaves the library as it was.
    if (auto undone = run(query, u"ROLLBACK"_s); !undone)
        qCWarning(lcStore) << "Rolling back failed:" << undone.errorMessage();
    return outcome;
}

QStringList SqlStoryStore::listConditions(const StoryListQuery &listQuery,
                                          QVariantList &values) const
{
    QStringList conditions;
    if (!listQuery.text.trimmed().isEmpty()) {
        const QString like = m_dialect->caseInsensitiveLike();
        conditions.append(u"(s.headline %1 ? ESCAPE '\\' OR s.slug %1 ? ESCAPE '\\')"_s.arg(like));
        const QString pattern = containsPattern(listQuery.text.trimmed());
        values << pattern << pattern;
    }
    if (listQuery.status) {
        conditions.append(u"s.status = ?"_s);
        values << statusKey(*listQuery.status);
    }
    if (listQuery.section) {
        conditions.append(u"s.section = ?"_s);
        values << notNullText(*listQuery.section);
    }
    return conditions;
}

Result<QList<StorySummary>> SqlStoryStore::listStories(const StoryListQuery &listQuery)
{
    using Order = StoryListQuery::Order;
    QString sql = u"SELECT "_s + summaryColumns + u" FROM stories s"_s;
    QVariantList values;
    QStringList conditions = listConditions(listQuery, values);
    if (listQuery.afterSaveOrder &&
        (listQuery.order == Order::NewestSave || listQuery.order == Order::OldestSave)) {
        conditions.append(listQuery.order == Order::NewestSave ? u"s.save_order < ?"_s
                                                               : u"s.save_order > ?"_s);
        values << *listQuery.afterSaveOrder;
    }
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    sql += u" ORDER BY "_s + orderClause(listQuery.order) + u" LIMIT ? OFFSET ?"_s;
    values << qMax(0, listQuery.limit) << qMax(0, listQuery.offset);

    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done = run(query, sql, values); !done)
        return failure(done.error(), Text::tr("Copydesk could not list the library: %1"));
    QList<StorySummary> summaries;
    while (query.next())
        summaries.append(summaryFromRow(query, *m_dialect));
    if (auto read = rowsRead(query); !read)
        return failure(read.error(), Text::tr("Copydesk could not list the library: %1"));
    return summaries;
}

Result<int> SqlStoryStore::countStories(const StoryListQuery &listQuery)
{
    QString sql = u"SELECT COUNT(*) FROM stories s"_s;
    QVariantList values;
    const QStringList conditions = listConditions(listQuery, values);
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done = run(query, sql, values); !done)
        return failure(done.error(), Text::tr("Copydesk could not count the stories: %1"));
    return query.next() ? query.value(0).toInt() : 0;
}

Result<StorySummary> SqlStoryStore::storySummary(const QUuid &id)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done = run(query, u"SELECT "_s + summaryColumns + u" FROM stories s WHERE s.id = ?"_s,
                        {idText(id)});
        !done)
        return failure(done.error(),
                       Text::tr("Copydesk could not read the story %1: %2").arg(idText(id)));
    if (!query.next())
        return Error{ErrorKind::NotFound,
                     Text::tr("There is no story %1 in the library.").arg(idText(id))};
    return summaryFromRow(query, *m_dialect);
}

Result<QList<StorySummary>> SqlStoryStore::findStories(const QString &key)
{
    const QString wanted = key.trimmed().toLower().remove(u'{').remove(u'}');
    if (wanted.isEmpty())
        return QList<StorySummary>{};
    QSqlDatabase db = database();
    const auto select = [&](const QString &where, const QVariantList &values,
                            int limit) -> Result<QList<StorySummary>> {
        QSqlQuery query(db);
        readRowsOnce(query);
        if (auto done = run(query,
                            u"SELECT "_s + summaryColumns + u" FROM stories s WHERE "_s + where +
                                    u" ORDER BY s.id LIMIT "_s + QString::number(limit),
                            values);
            !done)
            return failure(done.error(), Text::tr("Copydesk could not look up “%1”: %2").arg(key));
        QList<StorySummary> found;
        while (query.next())
            found.append(summaryFromRow(query, *m_dialect));
        return found;
    };
    // The whole id or the slug (both indexed), else a start of the id: ids
    // are lower-case hex and hyphens, so every one that starts with wanted
    // sorts between wanted and wanted followed by 'z'.
    auto exact = select(u"s.id = ? OR s.slug = ?"_s, {wanted, key.trimmed()}, 2);
    if (!exact || !exact->isEmpty() || wanted.size() < 4)
        return exact;
    return select(u"s.id >= ? AND s.id < ?"_s, {wanted, QString(wanted + u'z')}, 2);
}

namespace {

/// The most bands one search reads by their words; past that, every match is read instead.
constexpr int mostCutoffBands = 256;

/// Four times as many bands, or every match once that is too many.
void widen(SqlDialect::CutoffBands &bands)
{
    bands.count *= 4;
    if (bands.count > mostCutoffBands || bands.count > bands.newest)
        bands.count = 0;
}

/**
 * What one story's entry in a band's list costs GIN to join, against
 * reading one match: the bands' lists are joined whole before the terms'
 * are intersected with them, so a word in a few stories in a hundred is
 * found quicker without them (measured on the benchmark's archive).
 */
constexpr double bandEntryCost = 0.3;

} // namespace

Result<SqlDialect::CutoffBands> SqlStoryStore::cutoffBands(const QList<SearchTerm> &terms,
                                                           int rankNewest)
{
    const int bandRows = m_dialect->searchBandRows();
    const auto sample = m_dialect->searchSample(terms);
    if (bandRows <= 0 || sample.sql.isEmpty())
        return SqlDialect::CutoffBands{};
    auto query = cached(sample.sql, sample.matchValues);
    if (!query)
        return query.error();
    if (!(*query)->next()) {
        const auto read = rowsRead(**query);
        (*query)->finish();
        if (!read)
            return read.error();
        return SqlDialect::CutoffBands{};
    }
    const double matched = (*query)->value(0).toDouble();
    const double sampled = (*query)->value(1).toDouble();
    const qint64 newest = (*query)->value(2).toLongLong();
    (*query)->finish();
    if (matched <= 0 || sampled <= 0)
        return SqlDialect::CutoffBands{};
    // What each way reads, in matches: every match; the matches of twice
    // the bands the newest share says hold enough, and the bands' lists,
    // which pay for a common word, not a middling one; the recent index's
    // matches, where it holds enough of them.
    const double share = matched / sampled;
    const double bandStories = std::max(1.0, sampled / 2);
    const double stories = bandStories * double(newest + 1);
    const double wanted = 2.0 * (rankNewest + 1);
    SqlDialect::CutoffBands cheapest;
    double least = share * stories;
    const double bands = std::ceil(wanted / (share * bandRows));
    if (bands <= mostCutoffBands && bands <= double(newest)) {
        const double byBands = bandEntryCost * bands * bandStories + wanted;
        if (m_searchReading == SearchReading::Bands ||
            (m_searchReading == SearchReading::Cheapest && byBands < least)) {
            cheapest = SqlDialect::CutoffBands{newest, int(bands)};
            least = byBands;
        }
    }
    const double recentRows = std::min(stories, double(m_dialect->searchRecentRows()));
    const double byRecent = share * recentRows;
    if (recentRows > 0 &&
        (m_searchReading == SearchReading::Recent ||
         (m_searchReading == SearchReading::Cheapest && byRecent >= wanted && byRecent < least)))
        cheapest = SqlDialect::CutoffBands{newest, 0, true};
    return cheapest;
}

Result<std::optional<qint64>> SqlStoryStore::searchCutoff(const QList<SearchTerm> &terms,
                                                          const QStringList &conditions,
                                                          const QVariantList &conditionValues,
                                                          int rankNewest)
{
    const auto statement = m_dialect->searchCutoff(terms, conditions);
    auto query = cached(statement.sql,
                        statement.matchValues + conditionValues + QVariantList{rankNewest});
    if (!query)
        return query.error();
    std::optional<qint64> cutoff;
    if ((*query)->next())
        cutoff = (*query)->value(0).toLongLong();
    const auto read = rowsRead(**query);
    (*query)->finish();
    if (!read)
        return read.error();
    return cutoff;
}

Result<SearchResults> SqlStoryStore::search(const SearchQuery &searchQuery)
{
    const QList<SearchTerm> terms = SearchTerms::parse(searchQuery.text);
    if (terms.isEmpty())
        return SearchResults{};
    QStringList conditions;
    QVariantList conditionValues;
    if (searchQuery.status) {
        conditions.append(u"s.status = ?"_s);
        conditionValues << statusKey(*searchQuery.status);
    }
    if (searchQuery.from.isValid()) {
        conditions.append(u"s.saved_at >= ?"_s);
        conditionValues << m_dialect->timeValue(searchQuery.from.toUTC());
    }
    if (searchQuery.to.isValid()) {
        conditions.append(u"s.saved_at < ?"_s);
        conditionValues << m_dialect->timeValue(searchQuery.to.toUTC());
    }
    if (!searchQuery.byline.trimmed().isEmpty()) {
        conditions.append(u"s.byline %1 ? ESCAPE '\\'"_s.arg(m_dialect->caseInsensitiveLike()));
        conditionValues << containsPattern(searchQuery.byline.trimmed());
    }
    const auto failed = [&searchQuery](const Error &why) {
        return failure(why,
                       Text::tr("Copydesk could not search the library for “%1”: %2")
                               .arg(searchQuery.text.simplified()));
    };

    // Where more stories match than are ranked, the newest of them are.
    QList<SearchHit> hits;
    QList<qint64> rows;
    bool newestOnly = false;
    const int rowColumn = int(summaryColumns.count(u',')) + 1;
    const auto readPage = [&](QSqlQuery &query, qint64 *found) -> Result<void> {
        hits.clear();
        rows.clear();
        while (query.next()) {
            if (found)
                *found = query.value(rowColumn + 1).toLongLong();
            if (query.value(rowColumn).isNull())
                continue; // the count alone: no story on this page
            hits.append({summaryFromRow(query, *m_dialect), {}, {}});
            rows.append(query.value(rowColumn).toLongLong());
        }
        const auto read = rowsRead(query);
        query.finish();
        return read;
    };
    // Prepared once per shape: a desk searches again and again as it types.
    const QVariantList page{qMax(0, searchQuery.limit), qMax(0, searchQuery.offset)};
    const int rankNewest = searchQuery.rankNewest;
    std::optional<SqlDialect::CutoffBands> bands;
    if (rankNewest > 0) {
        auto sampled = cutoffBands(terms, rankNewest);
        if (!sampled)
            return failed(sampled.error());
        bands = *sampled;
    }
    if (bands &&
        !m_dialect->newestSearch(terms, summaryColumns, conditions, *bands).sql.isEmpty()) {
        // One reading of the matches finds the newest and ranks them; where
        // the bands held too few, more bands are read, until every match.
        for (;;) {
            const auto statement =
                    m_dialect->newestSearch(terms, summaryColumns, conditions, *bands);
            auto query = cached(statement.sql,
                                statement.matchValues + conditionValues +
                                        QVariantList{rankNewest + 1, rankNewest} + page);
            if (!query)
                return failed(query.error());
            qint64 found = 0;
            if (auto read = readPage(**query, &found); !read)
                return failed(read.error());
            newestOnly = found > rankNewest;
            if (newestOnly)
                break;
            if (bands->recent) {
                // Too few among the newest stories: every match is read.
                *bands = {};
                continue;
            }
            if (bands->count == 0)
                break;
            widen(*bands);
        }
    } else {
        std::optional<qint64> cutoff;
        if (rankNewest > 0) {
            auto found = searchCutoff(terms, conditions, conditionValues, rankNewest);
            if (!found)
                return failed(found.error());
            cutoff = *found;
        }
        const auto statement =
                m_dialect->searchStatement(terms, summaryColumns, conditions, cutoff.has_value());
        QVariantList values = statement.matchValues;
        if (cutoff)
            values.append(*cutoff + 1);
        values += conditionValues;
        values += page;
        auto query = cached(statement.sql, values);
        if (!query)
            return failed(query.error());
        if (auto read = readPage(**query, nullptr); !read)
            return failed(read.error());
        newestOnly = cutoff.has_value();
    }
    if (hits.isEmpty())
        return SearchResults{hits, newestOnly};

    // The words around the matches, from the page's stories alone.
    QVariantList rowValues;
    for (const qint64 row : rows)
        rowValues.append(row);
    auto texts = cached(u"SELECT story_row, headline, highlights, dateline, byline, body, photos "
                        u"FROM story_search_source WHERE story_row IN (%1)"_s.arg(
                                placeholders(rowValues.size())),
                        rowValues);
    if (!texts)
        return failed(texts.error());
    while ((*texts)->next()) {
        const qsizetype at = rows.indexOf((*texts)->value(0).toLongLong());
        if (at < 0)
            continue;
        QStringList fields;
        for (int column = 1; column <= 6; ++column)
            fields.append((*texts)->value(column).toString());
        const SearchTerms::Context context = SearchTerms::context(terms, fields);
        hits[at].context = context.text;
        hits[at].marks = context.marks;
    }
    const auto read = rowsRead(**texts);
    (*texts)->finish();
    if (!read)
        return failed(read.error());
    return SearchResults{hits, newestOnly};
}

Result<QList<StorySummary>> SqlStoryStore::storiesWithHeadline(const QString &headline, int limit)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done = run(query,
                        u"SELECT "_s + summaryColumns +
                                u" FROM stories s WHERE s.headline = ? ORDER BY s.save_order DESC "
                                u"LIMIT ?"_s,
                        {headline, limit});
        !done)
        return failure(
                done.error(),
                Text::tr("Copydesk could not look up stories headlined “%1”: %2").arg(headline));
    QList<StorySummary> found;
    while (query.next())
        found.append(summaryFromRow(query, *m_dialect));
    return found;
}

Result<void> SqlStoryStore::forEachStory(const QList<StoryStatus> &statuses,
                                         const std::function<bool(const Story &)> &visit)
{
    QString sql = storySelect;
    QVariantList values;
    if (!statuses.isEmpty()) {
        QStringList marks;
        for (StoryStatus status : statuses) {
            marks.append(u"?"_s);
            values.append(statusKey(status));
        }
        sql += u" WHERE s.status IN ("_s + marks.join(u", "_s) + u')';
    }
    // A page of stories at a time, newest save first, each page read whole
    // before its stories are visited: memory stays flat however big the
    // library, and no query is left open while the visitor works with the
    // store.
    sql += (statuses.isEmpty() ? u" WHERE "_s : u" AND "_s) +
            u"s.save_order < ? ORDER BY s.save_order DESC LIMIT "_s + QString::number(pageSize);
    qint64 before = std::numeric_limits<qint64>::max();
    for (;;) {
        QList<std::pair<qint64, Story>> page;
        {
            QSqlQuery query(database());
            readRowsOnce(query);
            if (auto done = run(query, sql, QVariantList(values) << before); !done)
                return failure(done.error(), Text::tr("Copydesk could not read the library: %1"));
            while (query.next()) {
                auto story = storyFromRow(query, *m_dialect);
                if (!story)
                    return Error{ErrorKind::Permanent,
                                 Text::tr("The stored story %1 is damaged: %2")
                                         .arg(query.value(0).toString(), story.errorMessage())};
                page.append({query.value(u"save_order"_s).toLongLong(), *std::move(story)});
            }
            if (auto read = rowsRead(query); !read)
                return failure(read.error(), Text::tr("Copydesk could not read the library: %1"));
        }
        for (const auto &[order, story] : page) {
            if (!visit(story))
                return {};
            before = order;
        }
        if (page.size() < pageSize)
            return {};
    }
}

Result<QList<Story>> SqlStoryStore::newestPublished(int limit, const QString &destination,
                                                    const QUuid &including, const QString &section)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    QString filed;
    QVariantList values{statusKey(StoryStatus::Published)};
    if (!section.isEmpty()) {
        // Where the published version is filed, not a later save, read from
        // its own index newest publication first.
        filed = u" AND s.published_section = ?"_s;
        values << section;
    }
    QString delivered;
    if (!destination.isEmpty()) {
        // Stories published before deliveries were recorded have none: they stay.
        delivered = u" AND (s.id = ? OR NOT EXISTS (SELECT 1 FROM deliveries d WHERE "
                    u"d.story_id = s.id AND d.destination = ? AND d.state <> 'delivered') OR "
                    u"EXISTS (SELECT 1 FROM deliveries d WHERE d.story_id = s.id AND "
                    u"d.destination = ? AND d.state = 'delivered'))"_s;
        values << idText(including) << destination << destination;
    }
    values << qMax(0, limit);
    if (auto done = run(query,
                        u"SELECT s.id, r.story, r.story_row, r.version, r.packed FROM stories s "
                        u"JOIN story_revisions r ON r.story_row = s.story_row AND r.version = "
                        u"s.published_version WHERE s.status = ?"_s +
                                filed + delivered +
                                u" ORDER BY s.first_published_at DESC, s.id ASC LIMIT ?"_s,
                        values);
        !done)
        return failure(done.error(), Text::tr("Copydesk could not read the newest stories: %1"));
    QList<Story> stories;
    while (query.next()) {
        auto story = revisionFromRow(query.value(2).toLongLong(), query.value(3).toInt(),
                                     query.value(1), query.value(4));
        if (!story)
            return Error{ErrorKind::Permanent,
                         Text::tr("The published version of the story %1 is damaged: %2")
                                 .arg(query.value(0).toString(), story.errorMessage())};
        stories.append(*std::move(story));
    }
    if (auto read = rowsRead(query); !read)
        return failure(read.error(), Text::tr("Copydesk could not read the newest stories: %1"));
    return stories;
}

Result<void> SqlStoryStore::forEachPublishedVersion(const std::function<bool(const Story &)> &visit)
{
    // Page by page, as forEachStory: a packed version is rebuilt (more
    // queries) only once its page has been read.
    struct Row
    {
        QString id;
        QVariant story;
        qint64 row = 0;
        int version = 0;
        QVariant packed;
        qint64 order = 0;
    };
    qint64 before = std::numeric_limits<qint64>::max();
    for (;;) {
        QList<Row> page;
        {
            QSqlQuery query(database());
            readRowsOnce(query);
            if (auto done = run(query,
                                u"SELECT s.id, r.story, r.story_row, r.version, r.packed, "
                                u"s.save_order FROM stories s JOIN story_revisions r ON "
                                u"r.story_row = s.story_row AND r.version = s.published_version "
                                u"WHERE s.save_order < ? ORDER BY s.save_order DESC LIMIT "_s +
                                        QString::number(pageSize),
                                {before});
                !done)
                return failure(done.error(),
                               Text::tr("Copydesk could not read the published stories: %1"));
            while (query.next())
                page.append({query.value(0).toString(), query.value(1), query.value(2).toLongLong(),
                             query.value(3).toInt(), query.value(4), query.value(5).toLongLong()});
            if (auto read = rowsRead(query); !read)
                return failure(read.error(),
                               Text::tr("Copydesk could not read the published stories: %1"));
        }
        for (const Row &row : page) {
            auto story = revisionFromRow(row.row, row.version, row.story, row.packed);
            if (!story)
                return Error{ErrorKind::Permanent,
                             Text::tr("The published version of the story %1 is damaged: %2")
                                     .arg(row.id, story.errorMessage())};
            if (!visit(*story))
                return {};
            before = row.order;
        }
        if (page.size() < pageSize)
            return {};
    }
}

Result<Story> SqlStoryStore::loadPublishedVersion(const QUuid &id)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done = run(query,
                        u"SELECT r.story, r.story_row, r.version, r.packed FROM stories s JOIN "
                        u"story_revisions r ON r.story_row = s.story_row AND r.version = "
                        u"s.published_version WHERE s.id = ?"_s,
                        {idText(id)});
        !done)
        return failure(done.error(),
                       Text::tr("Copydesk could not load the published version of the "
                                "story %1: %2")
                               .arg(idText(id)));
    if (!query.next())
        return Error{ErrorKind::NotFound,
                     Text::tr("The story %1 has no published version.").arg(idText(id))};
    auto story = revisionFromRow(query.value(1).toLongLong(), query.value(2).toInt(),
                                 query.value(0), query.value(3));
    if (!story)
        return Error{ErrorKind::Permanent,
                     Text::tr("The published version of the story %1 is damaged: %2")
                             .arg(idText(id), story.errorMessage())};
    return story;
}

Result<void> SqlStoryStore::setPublishedVersion(const QUuid &id, int version)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    // The section goes with it: the newest save's, which a publication has just made.
    if (auto done = run(query,
                        u"UPDATE stories SET published_version = ?, published_section = section "
                        u"WHERE id = ? AND version = ?"_s,
                        {version, idText(id), version});
        !done)
        return failure(done.error(),
                       Text::tr("Copydesk could not record the published version: %1"));
    if (query.numRowsAffected() == 1)
        return {};
    // An older version: its section is the one its revision keeps.
    const auto published = loadRevision(id, version);
    if (!published)
        return published.errorKind() == ErrorKind::NotFound
                ? Error{ErrorKind::NotFound,
                        Text::tr("There is no story %1 in the library.").arg(idText(id))}
                : published.error();
    if (auto done = run(query,
                        u"UPDATE stories SET published_version = ?, published_section = ? "
                        u"WHERE id = ?"_s,
                        {version, notNullText(published->section()), idText(id)});
        !done)
        return failure(done.error(),
                       Text::tr("Copydesk could not record the published version: %1"));
    if (query.numRowsAffected() != 1)
        return Error{ErrorKind::NotFound,
                     Text::tr("There is no story %1 in the library.").arg(idText(id))};
    return {};
}

Result<QList<StorySummary>> SqlStoryStore::dueStories(const QDateTime &now, int limit)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done =
                run(query,
                    u"SELECT "_s + summaryColumns +
                            u" FROM stories s WHERE s.status = ? AND s.scheduled_for <= ? "
                            u"ORDER BY s.scheduled_for ASC, s.id ASC LIMIT ?"_s,
                    {statusKey(StoryStatus::Scheduled), m_dialect->timeValue(now), qMax(0, limit)});
        !done)
        return failure(done.error(), Text::tr("Copydesk could not read the schedule: %1"));
    QList<StorySummary> due;
    while (query.next())
        due.append(summaryFromRow(query, *m_dialect));
    return due;
}

Result<QList<StorySummary>> SqlStoryStore::scheduledSinceSent(const QString &destination, int limit)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    // Each story's newest row there, by the deliveries' (story, destination, id) index.
    if (auto done = run(query,
                        u"SELECT "_s + summaryColumns +
                                u" FROM stories s WHERE s.status = ? AND s.version > (SELECT "
                                u"d.version FROM deliveries d WHERE d.story_id = s.id AND "
                                u"d.destination = ? ORDER BY d.id DESC LIMIT 1) ORDER BY "
                                u"s.scheduled_for ASC, s.id ASC LIMIT ?"_s,
                        {statusKey(StoryStatus::Scheduled), destination, qMax(0, limit)});
        !done)
        return failure(done.error(), Text::tr("Copydesk could not read the schedule: %1"));
    QList<StorySummary> stories;
    while (query.next())
        stories.append(summaryFromRow(query, *m_dialect));
    return stories;
}

Result<bool> SqlStoryStore::holdStory(const QUuid &id, HoldWait wait)
{
    const auto lock = m_dialect->lockRows(wait == HoldWait::PassBy ? SqlDialect::RowLock::SkipLocked
                                                                   : SqlDialect::RowLock::Wait);
    auto query = cached(u"SELECT story_row FROM stories WHERE id = ?"_s + lock, {idText(id)});
    if (!query)
        return failure(query.error(), Text::tr("Copydesk could not take the story: %1"));
    const bool held = (*query)->next();
    (*query)->finish();
    return held;
}

Result<QList<StorySummary>> SqlStoryStore::scheduledBetween(const QDateTime &from,
                                                            const QDateTime &to)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done = run(query,
                        u"SELECT "_s + summaryColumns +
                                u" FROM stories s WHERE s.status = ? AND s.scheduled_for >= ? "
                                u"AND s.scheduled_for < ? ORDER BY s.scheduled_for ASC, s.id "
                                u"ASC"_s,
                        {statusKey(StoryStatus::Scheduled), m_dialect->timeValue(from),
                         m_dialect->timeValue(to)});
        !done)
        return failure(done.error(), Text::tr("Copydesk could not read the schedule: %1"));
    QList<StorySummary> scheduled;
    while (query.next())
        scheduled.append(summaryFromRow(query, *m_dialect));
    return scheduled;
}

Result<Story> SqlStoryStore::loadStory(const QUuid &id)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done = run(query, storySelect + u" WHERE s.id = ?"_s, {idText(id)}); !done)
        return failure(done.error(),
                       Text::tr("Copydesk could not load the story %1: %2").arg(idText(id)));
    if (!query.next())
        return Error{ErrorKind::NotFound,
                     Text::tr("There is no story %1 in the library.").arg(idText(id))};
    auto story = storyFromRow(query, *m_dialect);
    if (!story)
        return Error{ErrorKind::Permanent,
                     Text::tr("The stored story %1 is damaged: %2")
                             .arg(idText(id), story.errorMessage())};
    return story;
}

Result<Story> SqlStoryStore::saveStory(const Story &story, const RevisionStamp &stamp)
{
    std::optional<Result<Story>> stored;
    auto done = writeTransaction([&]() -> Result<void> {
        stored = writeStory(story, stamp);
        return *stored ? Result<void>() : stored->error();
    });
    if (stored && !*stored)
        return *stored; // the story's own error, worded already
    if (!done)
        return failure(done.error(),
                       Text::tr("Copydesk could not save “%1”; nothing was saved: %2")
                               .arg(storyLabel(story)));
    return *stored;
}

Result<QList<Story>> SqlStoryStore::saveStories(const QList<Story> &stories,
                                                const RevisionStamp &stamp)
{
    QList<Story> stored;
    stored.reserve(stories.size());
    std::optional<Error> storyError;
    auto done = writeTransaction([&]() -> Result<void> {
        for (const Story &story : stories) {
            auto written = writeStory(story, stamp);
            if (!written) {
                storyError = written.error();
                return written.error();
            }
            stored.append(*std::move(written));
        }
        return {};
    });
    if (storyError)
        return storyError->reworded(
                Text::tr("%1 None of the %n stories was saved.", nullptr, int(stories.size()))
                        .arg(storyError->message));
    if (!done)
        return failure(done.error(),
                       Text::tr("Copydesk could not save %n stories; nothing was saved: %1",
                                nullptr, int(stories.size())));
    return stored;
}

Result<Story> SqlStoryStore::writeStory(const Story &story, const RevisionStamp &stamp)
{
    const QString label = storyLabel(story);
    const auto failed = [&label](const Error &why) {
        return why.reworded(Text::tr("Copydesk could not save “%1”; nothing was saved: %2")
                                    .arg(label, why.message));
    };
    if (story.id().isNull())
        return failed(Error{ErrorKind::InvalidInput, Text::tr("the story has no id")});
    const QString id = idText(story.id());

    bool exists = false;
    int storedVersion = 0;
    qint64 row = 0; // the story's number, which its text and revisions are kept under
    {
        auto query = cached(u"SELECT version, story_row FROM stories WHERE id = ?"_s, {id});
        if (!query)
            return failed(query.error());
        if ((*query)->next()) {
            exists = true;
            storedVersion = (*query)->value(0).toInt();
            row = (*query)->value(1).toLongLong();
        }
        (*query)->finish();
    }
    if (!exists && story.version() != 0)
        return Error{
                ErrorKind::Conflict,
                Text::tr("The story “%1” is no longer in the library: it was deleted elsewhere "
                         "(you edited version %2); nothing was saved.")
                        .arg(label)
                        .arg(story.version())};
    if (storedVersion != story.version())
        return Error{
                ErrorKind::Conflict,
                Text::tr("The story “%1” was changed elsewhere (version %2 is stored, you edited "
                         "version %3); nothing was saved.")
                        .arg(label)
                        .arg(storedVersion)
                        .arg(story.version())};

    Story next = story;
    next.setVersion(storedVersion + 1);
    next.setSavedAt(now());
    const QString wantedSlug = story.effectiveSlug();
    std::optional<Story> normalized; // the story as stored, once its row is written
    QJsonObject json;
    // On a server two desks may take the same free slug at the same moment:
    // the unique index refuses the second row, which looks again (the
    // other's row is committed by then) from a savepoint, so the rest of
    // the transaction stands.
    for (int attempt = 1;; ++attempt) {
        QString slug = wantedSlug;
        if (!wantedSlug.isEmpty()) {
            const auto unique = uniqueSlug(wantedSlug, id);
            if (!unique)
                return failed(unique.error());
            slug = *unique;
        }
        // When the library had to change the slug, the story carries the one it
        // got: pages and feeds use it, and later saves keep it even after the
        // plain one comes free, since it may already be published.
        next.setSlug(slug != wantedSlug ? slug : story.slug());

        // The JSON form is what the revision keeps; reading it back gives the
        // story exactly as a later load will (times in whole seconds and so on).
        json = StoryJson::toJson(next);
        auto read = StoryJson::fromJson(json);
        if (!read)
            return failed(read.error());
        const Story &stored = *read;
        const QVariantList rowValues{
                textOrNull(slug),
                notNullText(stored.slug()),
                notNullText(stored.headline()),
                notNullText(stored.dateline()),
                notNullText(stored.byline()),
                statusKey(stored.status()),
                m_dialect->timeValue(stored.createdAt()),
                m_dialect->timeValue(stored.firstPublishedAt()),
                m_dialect->timeValue(stored.updatedAt()),
                m_dialect->timeValue(stored.scheduledFor()),
                m_dialect->timeValue(stored.embargoUntil()),
                m_dialect->timeValue(stored.savedAt()),
                stored.version(),
                m_dialect->timeValue(stored.withdrawnAt()),
                notNullText(stored.withdrawalReason()),
                notNullText(stored.language()),
                notNullText(stored.section()),
        };
        const QString nextSaveOrder = m_dialect->nextSaveOrder();
        QSqlQuery savepoint(database());
        if (auto marked = run(savepoint, u"SAVEPOINT story_row"_s); !marked)
            return failed(marked.error());
        Result<QSqlQuery *> written = Error{};
        if (exists) {
            if (auto unindexed = removeFromSearch(id); !unindexed)
                return failed(unindexed.error());
            // The version in the WHERE clause is the optimistic lock itself:
            // on a server, a save that waited for another's row tests it
            // again on the row that one left.
            written = cached(u"UPDATE stories SET slug = ?, edited_slug = ?, headline = ?, "
                             u"dateline = ?, byline = ?, status = ?, created_at = ?, "
                             u"first_published_at = ?, updated_at = ?, scheduled_for = ?, "
                             u"embargo_until = ?, saved_at = ?, version = ?, withdrawn_at = ?, "
                             u"withdrawal_reason = ?, language = ?, section = ?, save_order = "_s +
                                     nextSaveOrder + u" WHERE id = ? AND version = ?"_s,
                             rowValues + QVariantList{id, storedVersion});
        } else {
            written = cached(u"INSERT INTO stories (slug, edited_slug, headline, dateline, "
                             u"byline, status, created_at, first_published_at, updated_at, "
                             u"scheduled_for, embargo_until, saved_at, version, withdrawn_at, "
                             u"withdrawal_reason, language, section, id, save_order) VALUES (?, "
                             u"?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "_s +
                                     nextSaveOrder + u") RETURNING story_row"_s,
                             rowValues + QVariantList{id});
        }
        if (!written && written.errorKind() == ErrorKind::Conflict && attempt < slugAttempts &&
            !wantedSlug.isEmpty()) {
            if (auto back = run(savepoint, u"ROLLBACK TO SAVEPOINT story_row"_s); !back)
                return failed(back.error());
            continue;
        }
        if (!written)
            return failed(written.error());
        if (exists && (*written)->numRowsAffected() != 1)
            return Error{ErrorKind::Conflict,
                         Text::tr("The story “%1” was changed elsewhere while saving; nothing "
                                  "was saved.")
                                 .arg(label)};
        if (!exists) {
            if (!(*written)->next())
                return failed(Error{ErrorKind::Permanent,
                                    Text::tr("the library gave the story no number")});
            row = (*written)->value(0).toLongLong();
        }
        (*written)->finish();
        if (auto kept = run(savepoint, u"RELEASE SAVEPOINT story_row"_s); !kept)
            return failed(kept.error());
        normalized = stored;
        break;
    }
    const Story &stored = *normalized;
    const QVariantList textValues{
            compactJson(json.value(u"highlights"_s)),
            notNullText(stored.body()),
            compactJson(json.value(u"photos"_s)),
            compactJson(json.value(u"updateNotes"_s)),
            compactJson(QJsonArray::fromStringList(stored.tags())),
            compactJson(QJsonArray::fromStringList(stored.subjects())),
    };
    {
        if (exists) {
            if (auto texts = cached(u"UPDATE story_texts SET highlights = ?, body = ?, photos = ?, "
                                    u"update_notes = ?, tags = ?, subjects = ? WHERE story_row = "
                                    u"?"_s,
                                    textValues + QVariantList{row});
                !texts)
                return failed(texts.error());
        } else {
            if (auto texts = cached(u"INSERT INTO story_texts (highlights, body, photos, "
                                    u"update_notes, tags, subjects, story_row) VALUES (?, ?, ?, ?, "
                                    u"?, ?, ?)"_s,
                                    textValues + QVariantList{row});
                !texts)
                return failed(texts.error());
        }
        if (auto used = keepTagsInUse(stored.tags(), stored.savedAt()); !used)
            return failed(used.error());
        if (auto photos = writePhotoRows(row, stored.photos()); !photos)
            return failed(photos.error());
        if (auto indexed = cached(m_dialect->searchIndexAdd(), {id}); !indexed)
            return failed(indexed.error());
    }
    {
        const QString author = stamp.author.isEmpty() ? currentAuthor() : stamp.author;
        if (auto done = cached(u"INSERT INTO story_revisions (story_row, version, saved_at, "
                               u"headline, story, kind, author, note, packed) VALUES (?, ?, ?, ?, "
                               u"'null', ?, ?, ?, ?)"_s,
                               {row, stored.version(), m_dialect->timeValue(stored.savedAt()),
                                notNullText(stored.headline()), revisionKindKey(stamp.kind), author,
                                notNullText(stamp.note), RevisionPacking::packWhole(json)});
            !done)
            return failed(done.error());
    }
    // The version before is kept from now on as what differs from this one.
    if (exists && storedVersion > 0) {
        if (auto packed = packAsDelta(row, storedVersion, stored.body()); !packed)
            return failed(packed.error());
    }
    return stored;
}

Result<Story> SqlStoryStore::revisionFromRow(qint64 row, int version, const QVariant &story,
                                             const QVariant &packed)
{
    if (packed.isNull())
        return revisionFromValue(story); // kept before versions were packed
    const QByteArray bytes = packed.toByteArray();
    if (!RevisionPacking::isDelta(bytes)) {
        const auto whole = RevisionPacking::unpackWhole(bytes);
        if (!whole)
            return whole.error();
        return StoryJson::fromJson(*whole);
    }
    // The versions after it, up to the first kept whole, newest last.
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done = run(query,
                        u"SELECT version, story, packed FROM story_revisions WHERE story_row = ? "
                        u"AND version > ? ORDER BY version LIMIT ?"_s,
                        {row, version, RevisionPacking::keyframeInterval + 1});
        !done)
        return done.error();
    QList<QByteArray> deltas{bytes};
    std::optional<QString> body;
    while (query.next() && !body) {
        const QVariant nextPacked = query.value(2);
        if (nextPacked.isNull()) {
            auto older = revisionFromValue(query.value(1));
            if (!older)
                return older.error();
            body = older->body();
        } else if (RevisionPacking::isDelta(nextPacked.toByteArray())) {
            deltas.append(nextPacked.toByteArray());
        } else {
            const auto whole = RevisionPacking::unpackWhole(nextPacked.toByteArray());
            if (!whole)
                return whole.error();
            body = whole->value(u"body"_s).toString();
        }
    }
    if (!body)
        return Error{ErrorKind::Permanent,
                     Text::tr("the versions it was kept against are missing")};
    QJsonObject object;
    for (qsizetype i = deltas.size() - 1; i >= 0; --i) {
        auto unpacked = RevisionPacking::unpackDelta(deltas.at(i), *body);
        if (!unpacked)
            return unpacked.error();
        object = *std::move(unpacked);
        body = object.value(u"body"_s).toString();
    }
    return StoryJson::fromJson(object);
}

Result<void> SqlStoryStore::packAsDelta(qint64 row, int version, const QString &nextBody)
{
    if (RevisionPacking::isKeyframe(version))
        return {};
    auto query = cached(u"SELECT story, packed FROM story_revisions WHERE story_row = ? AND "
                        u"version = ?"_s,
                        {row, version});
    if (!query)
        return query.error();
    if (!(*query)->next())
        return {}; // nothing kept of it (a library from before revisions)
    const QVariant story = (*query)->value(0);
    const QVariant packed = (*query)->value(1);
    (*query)->finish();
    if (!packed.isNull() && RevisionPacking::isDelta(packed.toByteArray()))
        return {};
    QJsonObject object;
    if (packed.isNull()) {
        const auto parsed = parseJson(story);
        if (!parsed || !parsed->isObject())
            return {}; // a damaged old row stays as it was
        object = parsed->object();
    } else {
        auto whole = RevisionPacking::unpackWhole(packed.toByteArray());
        if (!whole)
            return whole.error();
        object = *std::move(whole);
    }
    auto done = cached(u"UPDATE story_revisions SET story = 'null', packed = ? WHERE story_row = ? "
                       u"AND version = ?"_s,
                       {RevisionPacking::packDelta(object, nextBody), row, version});
    if (!done)
        return done.error();
    return {};
}

Result<void> SqlStoryStore::removeFromSearch(const QString &id)
{
    const QString remove = m_dialect->searchIndexRemove();
    if (remove.isEmpty())
        return {};
    auto done = cached(remove, {id});
    return done ? Result<void>() : Result<void>(done.error());
}

Result<void> SqlStoryStore::deleteStory(const QUuid &id)
{
    bool deleted = false;
    auto done = writeTransaction([&]() -> Result<void> {
        if (auto unindexed = removeFromSearch(idText(id)); !unindexed)
            return unindexed;
        QSqlDatabase db = database();
        QSqlQuery query(db);
        // The texts, revisions and deliveries go with the row: ON DELETE CASCADE.
        if (auto removed = run(query, u"DELETE FROM stories WHERE id = ?"_s, {idText(id)});
            !removed)
            return removed;
        deleted = query.numRowsAffected() > 0;
        return {};
    });
    if (!done)
        return failure(done.error(),
                       Text::tr("Copydesk could not delete the story %1: %2").arg(idText(id)));
    if (!deleted)
        return Error{ErrorKind::NotFound,
                     Text::tr("There is no story %1 in the library; nothing was deleted.")
                             .arg(idText(id))};
    return {};
}

bool SqlStoryStore::watchChanges(QObject *context, std::function<void()> changed)
{
    const QString channel = m_dialect->changeChannel();
    QSqlDriver *driver = database().driver();
    if (channel.isEmpty() || !driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return false;
    if (!driver->subscribedToNotifications().contains(channel) &&
        !driver->subscribeToNotification(channel)) {
        qCWarning(lcStore) << "Cannot listen for changes on" << channel << ":"
                           << driver->lastError().text();
        return false;
    }
    // The notice carries the table written; a change is a change.
    QObject::connect(driver, &QSqlDriver::notification, context,
                     [channel, changed = std::move(changed)](const QString &name) {
                         if (name == channel)
                             changed();
                     });
    return true;
}

Result<qint64> SqlStoryStore::changeCounter()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done = run(query, m_dialect->changeCounterQuery(), {}); !done)
        return failure(done.error(),
                       Text::tr("Copydesk could not check the library for changes: %1"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<QList<RevisionInfo>> SqlStoryStore::revisions(const QUuid &id)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done =
                run(query,
                    u"SELECT r.version, r.saved_at, r.headline, r.kind, r.author, r.note FROM "
                    u"story_revisions r JOIN stories s ON s.story_row = r.story_row WHERE s.id = ? "
                    u"ORDER BY r.version DESC"_s,
                    {idText(id)});
        !done)
        return failure(done.error(),
                       Text::tr("Copydesk could not list the versions of the story %1: %2")
                               .arg(idText(id)));
    QList<RevisionInfo> list;
    while (query.next()) {
        list.append(RevisionInfo{
                query.value(0).toInt(), m_dialect->timeFromValue(query.value(1)),
                query.value(2).toString(),
                revisionKindFromKey(query.value(3).toString()).value_or(RevisionKind::Save),
                query.value(4).toString(), query.value(5).toString()});
    }
    return list;
}

Result<Story> SqlStoryStore::loadRevision(const QUuid &id, int version)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done = run(query,
                        u"SELECT r.story, r.story_row, r.version, r.packed FROM story_revisions r "
                        u"JOIN stories s ON s.story_row = r.story_row WHERE s.id = ? AND "
                        u"r.version = ?"_s,
                        {idText(id), version});
        !done)
        return failure(done.error(),
                       Text::tr("Copydesk could not load version %1 of the story %2: %3")
                               .arg(version)
                               .arg(idText(id)));
    if (!query.next())
        return Error{ErrorKind::NotFound,
                     Text::tr("Version %1 of the story %2 is not in the library.")
                             .arg(version)
                             .arg(idText(id))};
    auto story = revisionFromRow(query.value(1).toLongLong(), query.value(2).toInt(),
                                 query.value(0), query.value(3));
    if (!story)
        return Error{ErrorKind::Permanent,
                     Text::tr("Version %1 of the story %2 is damaged in the library.")
                             .arg(version)
                             .arg(idText(id))};
    return story;
}

Result<QString> SqlStoryStore::addPhotoFile(const QByteArray &bytes, const QString &mimeType)
{
    if (bytes.isEmpty())
        return Error{ErrorKind::InvalidInput,
                     Text::tr("The photo file is empty; there is nothing to keep.")};
    const QString fileId = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QSqlDatabase db = database();
    QSqlQuery query(db);
    // The same bytes always get the same id, so a second copy is simply not stored.
    if (auto done = run(query,
                        m_dialect->insertOrIgnore(
                                u"photo_files"_s,
                                {u"id"_s, u"mime_type"_s, u"bytes"_s, u"size"_s, u"added_at"_s}),
                        {fileId, notNullText(mimeType), bytes, qint64(bytes.size()),
                         m_dialect->timeValue(now())});
        !done)
        return failure(done.error(),
                       Text::tr("Copydesk could not keep the photo file in the library: %1"));
    return fileId;
}

Result<QVariant> SqlStoryStore::photoFileColumn(const QString &fileId, const QString &column)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done = run(query, u"SELECT %1 FROM photo_files WHERE id = ?"_s.arg(column), {fileId});
        !done)
        return failure(done.error(),
                       Text::tr("Copydesk could not read the photo file %1: %2").arg(fileId));
    if (!query.next())
        return Error{ErrorKind::NotFound,
                     Text::tr("The photo file %1 is not in the library.").arg(fileId)};
    return query.value(0);
}

Result<QByteArray> SqlStoryStore::photoFile(const QString &fileId)
{
    auto bytes = photoFileColumn(fileId, u"bytes"_s);
    if (!bytes)
        return bytes.error();
    return bytes->toByteArray();
}

Result<qint64> SqlStoryStore::photoFileSize(const QString &fileId)
{
    auto size = photoFileColumn(fileId, u"size"_s);
    if (!size)
        return size.error();
    return size->toLongLong();
}

Result<QStringList> SqlStoryStore::earlierSlugs(const QUuid &storyId, const QString &destination,
                                                const QString &slug)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done = run(
                query,
                u"SELECT DISTINCT slug FROM deliveries WHERE story_id = ? AND "
                u"destination = ? AND state = ? AND slug <> ? ORDER BY slug"_s,
                {idText(storyId), destination, deliveryStateKey(DeliveryState::Delivered), slug});
        !done)
        return failure(done.error(), Text::tr("Copydesk could not read the deliveries: %1"));
    QStringList slugs;
    while (query.next())
        slugs.append(query.value(0).toString());
    return slugs;
}

Result<std::optional<QUuid>> SqlStoryStore::slugOwner(const QString &slug)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done = run(query, u"SELECT id FROM stories WHERE slug = ?"_s, {slug}); !done)
        return failure(done.error(),
                       Text::tr("Copydesk could not look up the slug “%1”: %2").arg(slug));
    if (!query.next())
        return std::optional<QUuid>();
    return std::optional<QUuid>(QUuid::fromString(query.value(0).toString()));
}

} // namespace Copydesk
