// SPDX-License-Identifier: MIT
#pragma once

#include "store/sqldialect.h"

#include <QString>

namespace Copydesk {

/**
 * Where a newsroom's shared library lives on a PostgreSQL server, from an
 * address such as postgresql://desk@db.newsroom.example:5432/copydesk.
 * Query items libpq knows (sslmode, connect_timeout, host for a socket
 * folder …) are kept and passed on.
 */
struct ServerAddress
{
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    /// libpq keywords and values beyond these, e.g. {"sslmode", "require"}.
    QList<std::pair<QString, QString>> options;

    /// Whether location names a server ("postgresql://…" or "postgres://…") rather than a file.
    static bool isServerAddress(const QString &location);
    static Result<ServerAddress> parse(const QString &location);
    /// The address again; with the password only when withPassword.
    QString toString(bool withPassword = false) const;
};

/**
 * A library on a PostgreSQL server, shared by a newsroom. Times and the
 * story JSON are kept as the same text SQLite keeps, so a library copied
 * between the engines exports byte for byte alike. Writers run side by
 * side under READ COMMITTED and lock only the rows they change: a save
 * replaces the version it read or changes nothing (version check in its
 * UPDATE), a publication holds its story's row, and the scheduler and the
 * outbox claim their work with SELECT … FOR UPDATE SKIP LOCKED. Only
 * schema changes take turns, through a transaction-scoped advisory lock.
 */
class PostgresDialect final : public SqlDialect
{
public:
    explicit PostgresDialect(ServerAddress address);

    /// The advisory lock key a schema change of a library takes ("Copy" in ASCII).
    static constexpr qint64 schemaLockKey = 0x436f7079;

    QString driverName() const override;
    QString connectOptions() const override;
    void configure(QSqlDatabase &db, const QString &databaseName) const override;
    QString address(const QString &databaseName) const override;

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
    QStringList beginSchemaChange() const override;
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
    SearchStatement newestSearch(const QList<SearchTerm> &terms, const QString &columns,
                                 const QStringList &conditions,
                                 const CutoffBands &bands) const override;
    SearchStatement searchSample(const QList<SearchTerm> &terms) const override;
    int searchBandRows() const override;
    QStringList searchBands() const override;
    QStringList searchRecent() const override;
    int searchRecentRows() const override;
    QString changeCounterQuery() const override;
    QStringList changeTracking() const override;
    QStringList watchTable(const QString &table) const override;
    QString changeChannel() const override { return QStringLiteral("copydesk_library"); }
    QStringList afterExplicitKeys(const QString &table, const QString &column) const override;
    QStringList afterBulkCopy() const override { return {QStringLiteral("ANALYZE")}; }

    bool streamsRows() const override { return false; }
    QStringList sessionStatements() const override;
    QStringList libraryStatements() const override;

    Result<QStringList> tableNames(QSqlDatabase &db, bool *damaged) const override;
    bool isDamaged(const QSqlError &error) const override;

private:
    ServerAddress m_address;
};

} // namespace Copydesk
