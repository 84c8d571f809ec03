// SPDX-License-Identifier: MIT
// The library a test works on, in the engine the test run asks for. ctest
// runs the store, service, scheduler and outbox tests twice: on SQLite
// files, and with COPYDESK_TEST_ENGINE=postgresql on the throwaway server
// its "postgres" fixture starts (tests/support/postgres-cluster.sh), whose
// address is in the file COPYDESK_TEST_POSTGRES_FILE names.
#pragma once

#include "store/library.h"
#include "store/postgresdialect.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace Copydesk::TestLibrary {

/// Whether this run keeps its libraries on the PostgreSQL test server.
inline bool onServer()
{
    return qEnvironmentVariable("COPYDESK_TEST_ENGINE") == QLatin1StringView("postgresql");
}

/// The test server's maintenance address, or why there is none.
inline Result<QString> serverAddress()
{
    const QString file = qEnvironmentVariable("COPYDESK_TEST_POSTGRES_FILE");
    QFile address(file);
    if (file.isEmpty() || !address.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Permanent,
                     QStringLiteral("No PostgreSQL test server: COPYDESK_TEST_POSTGRES_FILE (%1) "
                                    "names no readable file; ctest's postgres fixture starts one.")
                             .arg(file)};
    return QString::fromUtf8(address.readAll().trimmed());
}

/**
 * A database of the test server for a test's library path, made when it
 * is missing: the same path gives the same database, so a test that opens
 * its library twice (or in two threads) shares it, as it would a file.
 */
inline Result<QString> serverLocation(const QString &sqlitePath)
{
    const auto maintenance = serverAddress();
    if (!maintenance)
        return maintenance.error();
    auto address = ServerAddress::parse(*maintenance);
    if (!address)
        return address.error();
    const QString database = QStringLiteral("t_") +
            QString::fromLatin1(QCryptographicHash::hash(sqlitePath.toUtf8(),
                                                         QCryptographicHash::Sha1)
                                        .toHex()
                                        .left(24));
    {
        const QString connection = QStringLiteral("copydesk-test-maintenance");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        PostgresDialect(*address).configure(db, address->database);
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            return Error{ErrorKind::Io,
                         QStringLiteral("The PostgreSQL test server does not "
                                        "answer: %1")
                                 .arg(why)};
        }
        QSqlQuery query(db);
        // 42P04: made already, by an earlier open of the same path.
        const bool made = query.exec(QStringLiteral("CREATE DATABASE %1").arg(database)) ||
                query.lastError().nativeErrorCode() == QLatin1StringView("42P04");
        const QString why = query.lastError().text();
        query = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        if (!made)
            return Error{ErrorKind::Io,
                         QStringLiteral("Cannot make the test database %1: %2").arg(database, why)};
    }
    address->database = database;
    return address->toString(true);
}

/// Where the test's library is: the SQLite path itself, or its server database.
inline Result<QString> location(const QString &sqlitePath)
{
    if (!onServer())
        return sqlitePath;
    return serverLocation(sqlitePath);
}

/// Library::open() of the test's library in the engine of this run.
inline Result<Library::OpenedLibrary> open(const QString &sqlitePath)
{
    const auto where = location(sqlitePath);
    if (!where)
        return where.error();
    return Library::open(*where);
}

} // namespace Copydesk::TestLibrary
