// SPDX-License-Identifier: MIT
#pragma once

#include "support/testlibrary.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

/// A connection of the test's own to a library file, to look behind the store's back.
class RawDatabase
{
public:
    /// Where the library is: in the engine of the test run, or a SQLite file in any run.
    enum class Where { TestEngine, File };

    /// The library file at path; on the server run, the database testlibrary.h gives that path.
    explicit RawDatabase(const QString &path, Where where = Where::TestEngine)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        if (where == Where::TestEngine && Copydesk::TestLibrary::onServer()) {
            const auto location = Copydesk::TestLibrary::serverLocation(path);
            const auto address = location
                    ? Copydesk::ServerAddress::parse(*location)
                    : Copydesk::Result<Copydesk::ServerAddress>(location.error());
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            if (address) {
                Copydesk::PostgresDialect(*address).configure(db, address->database);
                m_open = db.open();
            }
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawDatabase)

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    /// Runs a statement; the error text, or an empty string when it worked.
    QString exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(db());
        if (values.isEmpty()) // schema statements cannot be prepared on every server
            return query.exec(sql) ? QString() : query.lastError().text();
        if (!query.prepare(sql))
            return query.lastError().text();
        for (const QVariant &bound : values)
            query.addBindValue(bound);
        return query.exec() ? QString() : query.lastError().text();
    }

    /// The first column of the first row, or an invalid QVariant.
    QVariant value(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(db());
        if (!query.prepare(sql))
            return {};
        for (const QVariant &bound : values)
            query.addBindValue(bound);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }

    int schemaVersion() const
    {
        return value(QStringLiteral("SELECT value FROM copydesk_meta WHERE key = 'schema_version'"))
                .toInt();
    }

private:
    QString m_name;
    bool m_open = false;
};
