// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace Copydesk {

class SqlDialect;

/**
 * The library schema as a numbered list of steps. A library records the
 * last step applied in its meta table; opening it applies the rest, each
 * step in a transaction of its own.
 */
namespace Migrations {

/// One step of the schema; applied to a library at version - 1.
struct Migration
{
    int version = 0;
    QString description; ///< for the log
    QStringList (*statements)(const SqlDialect &dialect) = nullptr;
};

/// Every step, in order; the versions run 1, 2, 3 … without gaps.
const QList<Migration> &all();
/// The newest schema this build reads and writes.
int latestVersion();

/// The table that marks a database as a Copydesk library and holds its schema version.
inline constexpr QLatin1StringView metaTable("copydesk_meta");

/// What is in a database before Copydesk changes anything in it.
struct SchemaState
{
    bool empty = true;     ///< no tables at all: a new library
    bool copydesk = false; ///< the meta table is there
    int version = 0;       ///< 0 when empty
};

/// Reads what is there; *damaged is set when the database cannot be read at all.
Result<SchemaState> inspect(QSqlDatabase &db, const SqlDialect &dialect, bool *damaged = nullptr);

/**
 * Applies the steps after the database's current version up to and
 * including targetVersion. A failed step is rolled back and the ones
 * before it stay. Refuses a database that is neither empty nor a library.
 */
Result<void> migrate(QSqlDatabase &db, const SqlDialect &dialect,
                     int targetVersion = latestVersion());

} // namespace Migrations
} // namespace Copydesk
