// SPDX-License-Identifier: MIT
#include "sqliteranking.h"

#include "core/logging.h"

#include <QMetaObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#if __has_include(<dlfcn.h>)
#include <dlfcn.h>
#define COPYDESK_HAS_DLFCN 1
#endif

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace Copydesk::SqliteRanking {

namespace {

// bm25's constants, as FTS5 has them.
constexpr double k1 = 1.2;
constexpr double b = 0.75;

/// What one search's ranking works out once and keeps for every row.
struct QueryFigures
{
    std::vector<double> idf; // per phrase
    double averageTokens = 1;
};

/// A walk over a phrase's oldest matches.
struct Sample
{
    const Fts5ExtensionApi *api = nullptr;
    sqlite3_int64 count = 0;
    sqlite3_int64 first = 0;
    sqlite3_int64 last = 0;
};

int sampleMatch(const Fts5ExtensionApi *api, Fts5Context *fts, void *context)
{
    auto *sample = static_cast<Sample *>(context);
    const sqlite3_int64 row = api->xRowid(fts);
    if (sample->count == 0)
        sample->first = row;
    sample->last = row;
    ++sample->count;
    // SQLITE_DONE ends the walk without an error.
    return sample->count >= sampledMatches ? SQLITE_DONE : SQLITE_OK;
}

/// How many rows hold phrase, counted up to sampledMatches and estimated past it.
int phraseRows(const Fts5ExtensionApi *api, Fts5Context *fts, int phrase, sqlite3_int64 rows,
               double *estimate)
{
    Sample sample{api};
    const int rc = api->xQueryPhrase(fts, phrase, &sample, sampleMatch);
    if (rc != SQLITE_OK)
        return rc;
    if (sample.count < sampledMatches) {
        *estimate = double(sample.count);
        return SQLITE_OK;
    }
    // Row numbers are given in order and seldom reused: the share of the
    // numbers the sample spans that matched is the phrase's share of the rows.
    const double span = double(sample.last - sample.first + 1);
    *estimate = std::min(double(rows), double(rows) * double(sample.count) / span);
    return SQLITE_OK;
}

QueryFigures *queryFigures(const Fts5ExtensionApi *api, Fts5Context *fts, int *rc)
{
    if (auto *kept = static_cast<QueryFigures *>(api->xGetAuxdata(fts, 0)))
        return kept;
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    *rc = api->xRowCount(fts, &rows);
    if (*rc == SQLITE_OK)
        *rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (*rc != SQLITE_OK)
        return nullptr;
    auto figures = std::make_unique<QueryFigures>();
    figures->averageTokens = rows > 0 ? double(tokens) / double(rows) : 1.0;
    const int phrases = api->xPhraseCount(fts);
    figures->idf.resize(std::size_t(phrases));
    for (int phrase = 0; phrase < phrases; ++phrase) {
        double hits = 0;
        *rc = phraseRows(api, fts, phrase, rows, &hits);
        if (*rc != SQLITE_OK)
            return nullptr;
        // bm25's inverse document frequency, never zero or below, as FTS5 keeps it.
        const double idf = std::log((double(rows) - hits + 0.5) / (hits + 0.5));
        figures->idf[std::size_t(phrase)] = idf > 0 ? idf : 1e-6;
    }
    QueryFigures *kept = figures.get();
    *rc = api->xSetAuxdata(fts, figures.release(),
                           [](void *data) { delete static_cast<QueryFigures *>(data); });
    return *rc == SQLITE_OK ? kept : nullptr;
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int valueCount,
          sqlite3_value **values)
{
    int rc = SQLITE_OK;
    const QueryFigures *figures = queryFigures(api, fts, &rc);
    if (!figures) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    std::vector<double> frequency(figures->idf.size(), 0.0);
    int instances = 0;
    rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc != SQLITE_OK || phrase < 0 || std::size_t(phrase) >= frequency.size())
            continue;
        frequency[std::size_t(phrase)] +=
                column < valueCount ? sqlite3_value_double(values[column]) : 1.0;
    }
    int rowTokens = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &rowTokens);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    const double length = double(rowTokens) / figures->averageTokens;
    double score = 0;
    for (std::size_t phrase = 0; phrase < frequency.size(); ++phrase) {
        const double f = frequency[phrase];
        score += figures->idf[phrase] * (f * (k1 + 1.0)) / (f + k1 * (1 - b + b * length));
    }
    // Lower ranks first, as bm25's.
    sqlite3_result_double(result, -score);
}

/// Whether the SQLite library behind Qt's driver is the one linked here.
bool sameLibrary(const QSqlDriver *driver)
{
#ifdef COPYDESK_HAS_DLFCN
    // The driver's class lives in Qt's plugin; what that plugin calls
    // sqlite3_open_v2 must be this program's, or the handle is another
    // library's (a Qt built with its own copy of SQLite).
    Dl_info plugin{};
    if (!dladdr(driver->metaObject(), &plugin) || !plugin.dli_fname)
        return false;
    void *loaded = dlopen(plugin.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (!loaded)
        return false;
    void *theirs = dlsym(loaded, "sqlite3_open_v2");
    dlclose(loaded);
    return theirs && theirs == reinterpret_cast<void *>(&sqlite3_open_v2);
#else
    Q_UNUSED(driver);
    return false;
#endif
}

} // namespace

bool install(QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    if (!driver || !sameLibrary(driver))
        return false;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return false;

    // FTS5 hands out its interface through a pointer bound to a query.
    fts5_api *fts5 = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&fts5), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (!fts5 || fts5->iVersion < 2)
        return false;
    if (fts5->xCreateFunction(fts5, functionName, nullptr, rank, nullptr) != SQLITE_OK) {
        qCWarning(lcStore) << "SQLite refused Copydesk's ranking function:"
                           << sqlite3_errmsg(connection);
        return false;
    }
    return true;
}

} // namespace Copydesk::SqliteRanking
