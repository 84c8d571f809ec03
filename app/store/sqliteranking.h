// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QSqlDatabase;

namespace Copydesk::SqliteRanking {

/// The ranking function's name in SQL: copydesk_rank(story_search, weight, …).
inline constexpr auto functionName = "copydesk_rank";

/**
 * The number of a word's oldest matches read to estimate how many stories
 * hold it; past that, its share of the stories it was seen in stands for
 * its share of the whole library.
 */
inline constexpr int sampledMatches = 1000;

/**
 * Adds copydesk_rank() to the SQLite connection behind db: FTS5's bm25 with
 * the same column weights and the same formula, but each word's document
 * frequency estimated from its oldest sampledMatches matches instead of
 * counted over every match. FTS5's own bm25 walks the whole list of a word
 * before ranking the first row, which for a word in most of a million
 * stories costs more than the rest of the search; with fewer matches than
 * sampled the count is exact and the scores are bm25's.
 *
 * Works only where Qt's SQLite driver uses the SQLite library Copydesk is
 * linked with (the handle belongs to that library); elsewhere it adds
 * nothing and answers false, and the search ranks with bm25 as before.
 */
bool install(QSqlDatabase &db);

} // namespace Copydesk::SqliteRanking
