// SPDX-License-Identifier: MIT
#include "store/librarycopy.h"

#include "store/library.h"
#include "store/sqlstorystore.h"
#include "store/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using namespace Copydesk::SqlSupport;

namespace Copydesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::LibraryCopy)
};

/// A table of the library, with the columns that order its rows uniquely.
struct CopiedTable
{
    const char *name;
    QStringList key;
    /// The column the database numbers itself, if any.
    const char *identity = nullptr;
};

/// In an order the references allow: a row's parent goes first.
const QList<CopiedTable> &copiedTables()
{
    static const QList<CopiedTable> tables{
            {"photo_files", {u"id"_s}},
            {"stories", {u"story_row"_s}, "story_row"},
            {"story_texts", {u"story_row"_s}},
            {"story_revisions", {u"story_row"_s, u"version"_s}},
            {"story_photos", {u"story_row"_s, u"position"_s}},
            {"deliveries", {u"id"_s}, "id"},
            {"destinations", {u"name"_s}},
            {"destination_pauses", {u"destination"_s}},
            {"newsroom_words", {u"word"_s}},
            {"library_settings", {u"key"_s}},
            {"tags_in_use", {u"tag_key"_s}},
    };
    return tables;
}

/// Rows a page: big enough that a million stories take few round trips.
constexpr int pageRows = 500;
/// Values one INSERT binds at most: under SQLite's 32,766 and PostgreSQL's 65,535.
constexpr int maxValuesPerStatement = 30'000;

} // namespace

qint64 Library::CopyReport::total() const
{
    qint64 sum = 0;
    for (const auto &[table, count] : rows)
        sum += count;
    return sum;
}

Result<void>
SqlStoryStore::copyRowsInto(SqlStoryStore &target,
                            const std::function<void(const QString &, qint64)> &progress,
                            QList<std::pair<QString, qint64>> &counts)
{
    QSqlDatabase source = database();
    QSqlDatabase sink = target.database();
    for (const CopiedTable &table : copiedTables()) {
        const QString name = QString::fromLatin1(table.name);
        QSqlQuery probe(sink);
        if (auto done = run(probe, u"SELECT COUNT(*) FROM "_s + name); !done)
            return done;
        if (probe.next() && probe.value(0).toLongLong() > 0)
            return Error{ErrorKind::InvalidInput,
                         Text::tr("The library to copy into, %1, holds %2 already; copy into an "
                                  "empty library.")
                                 .arg(target.location(), name)};
    }

    return target.writeTransaction([&]() -> Result<void> {
        for (const CopiedTable &table : copiedTables()) {
            const QString name = QString::fromLatin1(table.name);
            QStringList columns;
            {
                QSqlQuery shape(source);
                if (auto done = run(shape, u"SELECT * FROM "_s + name + u" WHERE 1 = 0"_s); !done)
                    return done;
                const QSqlRecord record = shape.record();
                for (int i = 0; i < record.count(); ++i)
                    columns.append(record.fieldName(i));
            }
            // Many rows a statement: a server is asked once for a batch, not once a row.
            const int batchRows =
                    qMax(1, qMin(pageRows, maxValuesPerStatement / int(columns.size())));
            const QString row = u'(' + placeholders(columns.size()) + u')';
            const auto insertFor = [&](int rows) {
                QStringList values;
                values.reserve(rows);
                for (int i = 0; i < rows; ++i)
                    values.append(row);
                return u"INSERT INTO %1 (%2) VALUES %3"_s.arg(name, columns.join(u", "_s),
                                                              values.join(u", "_s));
            };
            QSqlQuery batch(sink);
            if (!batch.prepare(insertFor(batchRows)))
                return sqlError(batch.lastError());

            // Page after page by the key, never by an offset: each page
            // costs the same at the end of a big table as at its start.
            const QString keyList = table.key.join(u", "_s);
            const QString select = u"SELECT %1 FROM %2"_s.arg(columns.join(u", "_s), name);
            const QString order = u" ORDER BY %1 LIMIT %2"_s.arg(keyList).arg(pageRows);
            const QString after = table.key.size() == 1
                    ? u" WHERE %1 > ?"_s.arg(keyList)
                    : u" WHERE (%1) > (%2)"_s.arg(keyList, placeholders(table.key.size()));
            QVariantList last;
            qint64 copied = 0;
            for (;;) {
                QList<QVariantList> page;
                {
                    QSqlQuery rows(source);
                    readRowsOnce(rows);
                    if (auto done = run(rows, select + (last.isEmpty() ? QString() : after) + order,
                                        last);
                        !done)
                        return done;
                    while (rows.next()) {
                        QVariantList values;
                        values.reserve(columns.size());
                        for (int i = 0; i < columns.size(); ++i)
                            values.append(rows.value(i));
                        page.append(values);
                    }
                    if (auto read = rowsRead(rows); !read)
                        return read;
                }
                for (qsizetype first = 0; first < page.size(); first += batchRows) {
                    const int rows = int(qMin<qsizetype>(batchRows, page.size() - first));
                    QSqlQuery rest(sink);
                    QSqlQuery &insert = rows == batchRows ? batch : rest;
                    if (rows != batchRows && !insert.prepare(insertFor(rows)))
                        return sqlError(insert.lastError());
                    int position = 0;
                    for (int r = 0; r < rows; ++r) {
                        for (const QVariant &value : page.at(first + r))
                            insert.bindValue(position++, value);
                    }
                    if (!insert.exec())
                        return sqlError(insert.lastError());
                }
                copied += page.size();
                if (progress)
                    progress(name, copied);
                if (page.size() < pageRows)
                    break;
                last.clear();
                for (const QString &key : table.key)
                    last.append(page.constLast().at(columns.indexOf(key)));
            }
            if (table.identity) {
                for (const QString &statement : target.m_dialect->afterExplicitKeys(
                             name, QString::fromLatin1(table.identity))) {
                    QSqlQuery resync(sink);
                    if (auto done = run(resync, statement); !done)
                        return done;
                }
            }
            counts.append({name, copied});
        }
        // The words are indexed where they now live, as that engine indexes them.
        for (const QString &statement :
             target.m_dialect->searchIndexRebuild() + target.m_dialect->afterBulkCopy()) {
            QSqlQuery index(sink);
            if (auto done = run(index, statement); !done)
                return done;
        }
        return {};
    });
}

Result<Library::CopyReport>
Library::copy(const QString &from, const QString &to,
              const std::function<void(const QString &, qint64)> &progress)
{
    if (from == to)
        return Error{ErrorKind::InvalidInput, Text::tr("A library cannot be copied onto itself.")};
    auto source = open(from);
    if (!source)
        return source.error();
    auto target = open(to);
    if (!target)
        return target.error();
    auto *sourceStore = dynamic_cast<SqlStoryStore *>(source->store.get());
    auto *targetStore = dynamic_cast<SqlStoryStore *>(target->store.get());
    if (!sourceStore || !targetStore)
        return Error{ErrorKind::Permanent, Text::tr("Only libraries in a database can be copied.")};
    CopyReport report;
    if (auto copied = sourceStore->copyRowsInto(*targetStore, progress, report.rows); !copied)
        return copied.error().reworded(Text::tr("Copying the library %1 to %2 failed; nothing "
                                                "was copied: %3")
                                               .arg(sourceStore->location(),
                                                    targetStore->location(),
                                                    copied.errorMessage()));
    return report;
}

} // namespace Copydesk
