// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>

#include <functional>

/**
 * Copies of the embedded library made with SQLite's online backup API:
 * consistent while windows, the CLI and the scheduler go on writing, and
 * written beside the destination first, so a copy that is there is whole.
 */
namespace Copydesk::Backup {

/// Daily backups kept unless told otherwise.
constexpr int keptDailyBackups = 7;

/// Called as pages are copied, with how many are left and how many there are.
using Progress = std::function<void(int remaining, int total)>;

/// Copies the library at source into dest (a new file; an existing one is replaced whole).
Result<void> copyLibrary(const QString &source, const QString &dest, const Progress &progress = {});

/// Where the daily backups of the library at path go: `<path>.backups` beside it.
QString folderFor(const QString &library);
/// The name of a day's backup in that folder.
QString dailyName(const QString &library, const QDate &day);

/**
 * Makes the day's backup in folderFor(library) unless it is there already,
 * then removes all but the newest keep daily backups. Returns the path of
 * the day's backup.
 */
Result<QString> makeDaily(const QString &library, const QDate &day, int keep = keptDailyBackups);

/**
 * Puts a backup back as the library: checks it is a whole, readable
 * Copydesk library, keeps the library as it is now beside it as
 * `<library>.before-restore`, then copies the backup in with the backup
 * API, so a window still open sees the restored stories.
 */
Result<void> restore(const QString &backup, const QString &library);

} // namespace Copydesk::Backup
