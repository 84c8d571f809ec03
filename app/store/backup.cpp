// SPDX-License-Identifier: MIT
#include "backup.h"

#include "core/filesync.h"
#include "core/logging.h"
#include "store/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Copydesk::Backup {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Backup)
};

/**
 * Every page in one step: a step-wise copy starts again whenever another
 * connection writes to the source, so under a busy desk it might never end.
 * One step reads one snapshot; with the library's write-ahead log, writers
 * go on meanwhile.
 */
constexpr int pagesPerStep = -1;
/// How long a step waits for writers before trying again.
constexpr int busyWaitMs = 50;
constexpr int busyTries = 600;

/// A connection of our own, closed on scope exit.
struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection()
    {
        if (db)
            sqlite3_close_v2(db);
    }
    QString error() const { return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString(); }
};

Result<void> openConnection(Connection &connection, const QString &path, int flags)
{
    const int rc =
            sqlite3_open_v2(QFile::encodeName(path).constData(), &connection.db, flags, nullptr);
    if (rc != SQLITE_OK)
        return Error{ErrorKind::Io,
                     Text::tr("Cannot open “%1”: %2")
                             .arg(QDir::toNativeSeparators(path),
                                  connection.db ? connection.error()
                                                : QString::fromUtf8(sqlite3_errstr(rc)))};
    sqlite3_busy_timeout(connection.db, 5000);
    return {};
}

/// Copies every page of from into to, a step at a time.
Result<void> copyPages(sqlite3 *from, sqlite3 *to, const QString &shownSource,
                       const Progress &progress)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return Error{ErrorKind::Io,
                     Text::tr("Cannot start copying “%1”: %2")
                             .arg(shownSource, QString::fromUtf8(sqlite3_errmsg(to)))};
    int rc = SQLITE_OK;
    int busy = 0;
    do {
        rc = sqlite3_backup_step(backup, pagesPerStep);
        if (progress)
            progress(sqlite3_backup_remaining(backup), sqlite3_backup_pagecount(backup));
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++busy > busyTries)
                break;
            QThread::msleep(busyWaitMs);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Error{rc == SQLITE_BUSY || rc == SQLITE_LOCKED ? ErrorKind::Transient
                                                              : ErrorKind::Io,
                     Text::tr("Copying “%1” stopped: %2")
                             .arg(shownSource,
                                  rc == SQLITE_FULL ? Text::tr("the disk is full")
                                                    : QString::fromUtf8(sqlite3_errstr(rc)))};
    if (finished != SQLITE_OK)
        return Error{ErrorKind::Io,
                     Text::tr("Copying “%1” did not finish: %2")
                             .arg(shownSource, QString::fromUtf8(sqlite3_errstr(finished)))};
    return {};
}

Result<void> syncFile(const QString &path)
{
    if (!syncFileAndFolder(path))
        return Error{
                ErrorKind::Io,
                Text::tr("Cannot write “%1” to the disk.").arg(QDir::toNativeSeparators(path))};
    return {};
}

enum class JournalMode { AsItIs, Delete };

/// Copies the database at source into the one at dest through two connections of our own.
Result<void> copyDatabase(const QString &source, const QString &dest, const Progress &progress,
                          JournalMode mode)
{
    Connection from;
    if (auto opened = openConnection(from, source, SQLITE_OPEN_READONLY); !opened)
        return opened;
    Connection to;
    if (auto opened = openConnection(to, dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE); !opened)
        return opened;
    if (auto copied = copyPages(from.db, to.db, QDir::toNativeSeparators(source), progress);
        !copied)
        return copied;
    if (mode == JournalMode::Delete)
        sqlite3_exec(to.db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    return {};
}

/// True when path holds a whole SQLite database with Copydesk's meta table.
Result<void> checkLibrary(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    Connection connection;
    if (auto opened = openConnection(connection, path, SQLITE_OPEN_READONLY); !opened)
        return opened;
    sqlite3_stmt *statement = nullptr;
    QStringList problems;
    bool copydesk = false;
    const QByteArray metaQuery = "SELECT count(*) FROM sqlite_master WHERE name = '" +
            Migrations::metaTable.toString().toUtf8() + "'";
    if (sqlite3_prepare_v2(connection.db, metaQuery.constData(), -1, &statement, nullptr) ==
                SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        copydesk = sqlite3_column_int(statement, 0) == 1;
    sqlite3_finalize(statement);
    if (!copydesk)
        return Error{ErrorKind::InvalidInput,
                     Text::tr("“%1” is not a Copydesk library.").arg(shown)};
    if (sqlite3_prepare_v2(connection.db, "PRAGMA integrity_check", -1, &statement, nullptr) !=
        SQLITE_OK)
        return Error{ErrorKind::Permanent,
                     Text::tr("“%1” cannot be checked: %2").arg(shown, connection.error())};
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        const QString line = QString::fromUtf8(text ? text : "");
        if (line != u"ok")
            problems.append(line);
    }
    sqlite3_finalize(statement);
    if (!problems.isEmpty())
        return Error{ErrorKind::Permanent,
                     Text::tr("“%1” is damaged: %2").arg(shown, problems.mid(0, 3).join(u"; "_s))};
    return {};
}

} // namespace

Result<void> copyLibrary(const QString &source, const QString &dest, const Progress &progress)
{
    const QString shownSource = QDir::toNativeSeparators(source);
    if (!QFileInfo(source).isFile())
        return Error{ErrorKind::NotFound, Text::tr("There is no library at %1.").arg(shownSource)};
    if (QFileInfo(source).canonicalFilePath() == QFileInfo(dest).canonicalFilePath())
        return Error{ErrorKind::InvalidInput,
                     Text::tr("A backup cannot be written over the library itself.")};
    const QString partial = dest + u".partial"_s;
    QFile::remove(partial);
    // The copy is one file: no write-ahead log beside it.
    if (auto copied = copyDatabase(source, partial, progress, JournalMode::Delete); !copied) {
        QFile::remove(partial);
        return copied;
    }
    if (auto synced = syncFile(partial); !synced) {
        QFile::remove(partial);
        return synced;
    }
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(dest).constData()) !=
        0) {
        QFile::remove(partial);
        return Error{ErrorKind::Io,
                     Text::tr("Cannot name the backup “%1”: check that you may write "
                              "there.")
                             .arg(QDir::toNativeSeparators(dest))};
    }
    (void)syncFile(dest);
    qCInfo(lcStore) << "Backed up" << source << "to" << dest;
    return {};
}

QString folderFor(const QString &library)
{
    return library + u".backups"_s;
}

QString dailyName(const QString &library, const QDate &day)
{
    const QFileInfo info(library);
    return info.completeBaseName() + u'-' + day.toString(Qt::ISODate) + u'.' + info.suffix();
}

Result<QString> makeDaily(const QString &library, const QDate &day, int keep)
{
    const QString folder = folderFor(library);
    if (!QDir().mkpath(folder))
        return Error{ErrorKind::Io,
                     Text::tr("Cannot make the backup folder “%1”.")
                             .arg(QDir::toNativeSeparators(folder))};
    const QString today = folder + u'/' + dailyName(library, day);
    if (!QFileInfo::exists(today)) {
        if (auto copied = copyLibrary(library, today); !copied)
            return copied.error();
    }
    // Names sort by date: the oldest come first.
    const QFileInfo info(library);
    QStringList daily = QDir(folder).entryList({info.completeBaseName() +
                                                u"-[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]."_s +
                                                info.suffix()},
                                               QDir::Files, QDir::Name);
    while (daily.size() > keep) {
        const QString oldest = daily.takeFirst();
        if (!QFile::remove(folder + u'/' + oldest))
            qCWarning(lcStore) << "Cannot remove the old backup" << oldest;
    }
    return today;
}

Result<void> restore(const QString &backup, const QString &library)
{
    if (auto checked = checkLibrary(backup); !checked)
        return checked;
    if (QFileInfo::exists(library)) {
        if (auto kept = copyLibrary(library, library + u".before-restore"_s); !kept)
            return kept.error().reworded(
                    Text::tr(
                            "The library was left as it was: keeping a copy of it first failed. %1")
                            .arg(kept.errorMessage()));
    }
    return copyDatabase(backup, library, {}, JournalMode::AsItIs);
}

} // namespace Copydesk::Backup
