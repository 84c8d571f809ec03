// SPDX-License-Identifier: MIT
// backup and restore-backup: copies of the library made while it is in use.
#include "cli/commands.h"

#include "store/backup.h"
#include "store/librarycopy.h"
#include "store/postgresdialect.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFileInfo>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Copydesk::Cli {

int backupLibrary(const QString &libraryPath, const QStringList &arguments, QTextStream &out,
                  QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption daily(u"daily"_s);
    parser.addOption(daily);
    if (!parse(parser, arguments, err))
        return Usage;
    const QStringList targets = parser.positionalArguments();
    if (parser.isSet(daily) == (targets.size() == 1) || targets.size() > 1) {
        err << Text::tr("Use backup DEST, or backup --daily.") << u'\n';
        return Usage;
    }
    if (parser.isSet(daily)) {
        const auto made = Backup::makeDaily(libraryPath, QDate::currentDate());
        if (!made) {
            err << made.errorMessage() << u'\n';
            return Failure;
        }
        out << Text::tr("Today's backup: %1 (the last %2 days are kept in %3)")
                        .arg(QDir::toNativeSeparators(*made))
                        .arg(Backup::keptDailyBackups)
                        .arg(QDir::toNativeSeparators(Backup::folderFor(libraryPath)))
            << u'\n';
        return Success;
    }
    QString dest = targets.constFirst();
    if (QFileInfo(dest).isDir())
        dest = QDir(dest).filePath(Backup::dailyName(libraryPath, QDate::currentDate()));
    const auto copied = Backup::copyLibrary(libraryPath, dest);
    if (!copied) {
        err << copied.errorMessage() << u'\n';
        return Failure;
    }
    out << Text::tr("Backed up %1 to %2")
                    .arg(QDir::toNativeSeparators(libraryPath), QDir::toNativeSeparators(dest))
        << u'\n';
    return Success;
}

int restoreBackup(const QString &libraryPath, const QStringList &arguments, QTextStream &out,
                  QTextStream &err)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, err))
        return Usage;
    if (parser.positionalArguments().size() != 1) {
        err << Text::tr("restore-backup needs exactly one backup FILE.") << u'\n';
        return Usage;
    }
    const QString backup = parser.positionalArguments().constFirst();
    const auto restored = Backup::restore(backup, libraryPath);
    if (!restored) {
        err << restored.errorMessage() << u'\n';
        return Failure;
    }
    out << Text::tr("Restored %1 from %2; the library as it was is kept as %3.")
                    .arg(QDir::toNativeSeparators(libraryPath), QDir::toNativeSeparators(backup),
                         QDir::toNativeSeparators(libraryPath + u".before-restore"_s))
        << u'\n';
    return Success;
}

int libraryCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, err))
        return Usage;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 3 || words.constFirst() != u"copy") {
        err << Text::tr("Use library copy FROM TO.") << u'\n';
        return Usage;
    }
    const QString from = words.at(1);
    const QString to = words.at(2);
    if (!ServerAddress::isServerAddress(from) && !QFileInfo::exists(from)) {
        err << Text::tr("There is no library at %1.").arg(from) << u'\n';
        return Failure;
    }
    // A line a table: rewritten as pages go when a person watches, else written once.
    const bool watched = ::isatty(STDERR_FILENO) != 0;
    QString shownTable;
    qint64 shownRows = 0;
    const auto tableLine = [&] {
        err << Text::tr("%1: %Ln rows", nullptr, shownRows).arg(shownTable);
    };
    const auto copied = Library::copy(from, to, [&](const QString &table, qint64 rows) {
        if (table != shownTable && !shownTable.isEmpty()) {
            if (!watched)
                tableLine();
            err << u'\n';
        }
        shownTable = table;
        shownRows = rows;
        if (watched) {
            err << u'\r';
            tableLine();
            err.flush();
        }
    });
    if (!shownTable.isEmpty()) {
        if (!watched)
            tableLine();
        err << u'\n';
    }
    if (!copied) {
        err << copied.errorMessage() << u'\n';
        return Failure;
    }
    out << Text::tr("Copied %Ln rows from %1 to %2.", nullptr, copied->total())
                    .arg(ServerAddress::isServerAddress(from)
                                 ? ServerAddress::parse(from)->toString()
                                 : QDir::toNativeSeparators(from),
                         ServerAddress::isServerAddress(to) ? ServerAddress::parse(to)->toString()
                                                            : QDir::toNativeSeparators(to))
        << u'\n';
    return Success;
}

} // namespace Copydesk::Cli
