// SPDX-License-Identifier: MIT
#include "library.h"
#include "core/appfolders.h"

#include "core/logging.h"
#include "store/postgresdialect.h"
#include "store/sqldialect.h"
#include "store/sqlstorystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Copydesk::Library {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Library)
};

bool isReadOnly(const QFileInfo &info)
{
    // WriteUser comes from access(), which always says yes to root, so the
    // owner's bit is checked too: a file its owner made read-only stays so,
    // whoever runs Copydesk.
    const QFile::Permissions permissions = info.permissions();
    return !permissions.testFlag(QFile::WriteOwner) || !permissions.testFlag(QFile::WriteUser);
}

void removeNewFile(const QString &path)
{
    // SQLite's companions go too; only ever called on a file this process made alone.
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        const QString file = path + suffix;
        if (QFile::exists(file) && !QFile::remove(file))
            qCWarning(lcStore) << "Cannot remove the unfinished library file" << file;
    }
}

/**
 * Makes a new library at filePath: the schema is built in a file of this
 * process's own beside it, which then takes the name only if nothing has
 * it yet. Any number of processes may do this at once: one library
 * appears, whole, and the others open it. True when this process made it.
 */
Result<bool> createLibrary(const QString &filePath, const QString &shown)
{
    const QFileInfo info(filePath);
    QTemporaryFile scratch(info.absolutePath() + u"/."_s + info.fileName() + u".new-XXXXXX"_s);
    scratch.setAutoRemove(false);
    if (!scratch.open())
        return Error{ErrorKind::Io,
                     Text::tr("Copydesk cannot create the library file “%1”: %2")
                             .arg(shown, scratch.errorString())};
    const QString scratchPath = scratch.fileName();
    scratch.close();
    const auto removeScratch = qScopeGuard([&scratchPath] { removeNewFile(scratchPath); });
    {
        auto store = SqlStoryStore::open(std::make_unique<SqliteDialect>(), scratchPath, shown);
        if (!store)
            return store.error();
        // Closing the only connection writes the log back into the file.
    }
    if (QFile::exists(scratchPath + u"-wal"_s) && QFileInfo(scratchPath + u"-wal"_s).size() > 0)
        return Error{ErrorKind::Io,
                     Text::tr("Copydesk could not finish the new library “%1”: check the "
                              "room on the disk and try again.")
                             .arg(shown)};
    // Never replaces: a library another process put there first is kept.
    // (QFile::rename would copy over it when it appears between its check
    // and the rename.)
    const QByteArray from = QFile::encodeName(scratchPath);
    const QByteArray to = QFile::encodeName(filePath);
    int renamed =
            ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE);
    if (renamed != 0 && (errno == EINVAL || errno == ENOSYS)) {
        // A file system without the flag: a hard link is as exclusive.
        renamed = ::link(from.constData(), to.constData());
    }
    if (renamed == 0)
        return true;
    if (errno == EEXIST)
        return false;
    return Error{ErrorKind::Io,
                 Text::tr("Copydesk cannot create the library file “%1”: %2")
                         .arg(shown, QString::fromLocal8Bit(::strerror(errno)))};
}

} // namespace

QString defaultPath()
{
    return dataFolder() + u"/library.sqlite"_s;
}

namespace {

Result<OpenedLibrary> openOnServer(const QString &location)
{
    auto address = ServerAddress::parse(location);
    if (!address)
        return address.error();
    const QString shown = address->toString();
    const QString database = address->database;
    auto store = SqlStoryStore::open(std::make_unique<PostgresDialect>(*std::move(address)),
                                     database, shown);
    if (!store)
        return store.error();
    const bool created = (*store)->wasEmpty();
    qCInfo(lcStore) << (created ? "Set up a library on" : "Opened the library on") << shown;
    return OpenedLibrary{std::move(*store), created};
}

} // namespace

namespace {
constexpr QLatin1StringView deskLocationKey("library/location");
} // namespace

QString deskLocation()
{
    const QString chosen = QSettings().value(deskLocationKey).toString().trimmed();
    return chosen.isEmpty() ? defaultPath() : chosen;
}

void setDeskLocation(const QString &location)
{
    QSettings().setValue(deskLocationKey, location);
}

Result<OpenedLibrary> open(const QString &path)
{
    if (ServerAddress::isServerAddress(path))
        return openOnServer(path);
    if (path.isEmpty())
        return Error{ErrorKind::InvalidInput, Text::tr("No library file was given.")};
    const QFileInfo info(path);
    const QString filePath = info.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(filePath);

    bool createdFile = false;
    if (info.exists()) {
        if (info.isDir())
            return Error{ErrorKind::InvalidInput,
                         Text::tr("“%1” is a folder, not a library file. Choose a file in it, or "
                                  "another path.")
                                 .arg(shown)};
        if (isReadOnly(info))
            return Error{ErrorKind::InvalidInput,
                         Text::tr("The library file “%1” is read-only; Copydesk needs to write to "
                                  "it. Make it writable or open another library.")
                                 .arg(shown)};
    } else {
        const QString folder = info.absolutePath();
        if (!QDir().mkpath(folder))
            return Error{
                    ErrorKind::Io,
                    Text::tr("Copydesk cannot create the folder “%1” for a new library. Choose "
                             "another place for it.")
                            .arg(QDir::toNativeSeparators(folder))};
        // Created here rather than by SQLite, whose "unable to open database
        // file" would not say why.
        const auto made = createLibrary(filePath, shown);
        if (!made)
            return made.error();
        createdFile = *made;
    }

    auto store = SqlStoryStore::open(std::make_unique<SqliteDialect>(), filePath, shown);
    if (!store)
        return store.error();
    const bool created = createdFile || (*store)->wasEmpty();
    qCInfo(lcStore) << (created ? "Created the library" : "Opened the library") << shown;
    return OpenedLibrary{std::move(*store), created};
}

} // namespace Copydesk::Library
