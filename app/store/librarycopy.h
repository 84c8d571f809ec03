// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace Copydesk::Library {

/// What a copy moved, table by table in the order it went.
struct CopyReport
{
    QList<std::pair<QString, qint64>> rows; ///< table name, rows copied
    qint64 total() const;
};

/**
 * Copies a whole library (stories, every saved version, photo rows and
 * files, deliveries and the outbox, destinations, the newsroom dictionary)
 * from one place to another: a SQLite file to a PostgreSQL server and
 * back. Both are brought to the newest schema first; the target must hold
 * none of these yet. Rows keep their numbers, so a copy exports exactly as
 * the original. Rows go in pages in one transaction: a failed copy leaves
 * the target as it was. progress is told each table and its rows so far.
 */
Result<CopyReport>
copy(const QString &from, const QString &to,
     const std::function<void(const QString &table, qint64 rows)> &progress = {});

} // namespace Copydesk::Library
