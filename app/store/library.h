// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "store/storystore.h"

#include <QString>

#include <memory>

namespace Copydesk::Library {

/// A library opened for work, and whether it was new.
struct OpenedLibrary
{
    std::unique_ptr<StoryStore> store;
    /**
     * True when there was no library before this open: the file was missing
     * or empty. The app puts the sample story into such a library.
     */
    bool created = false;
};

/// The embedded library's file: library.sqlite in the app data folder.
QString defaultPath();
/**
 * The library the window and copydesk-cli open unless --library says
 * otherwise: the settings' library/location (a file, or the newsroom's
 * postgresql:// address, so every desk of a newsroom opens its server),
 * else defaultPath().
 */
QString deskLocation();
/// Makes location (a file, or a server's address without its password) the desk's library.
void setDeskLocation(const QString &location);

/**
 * Opens the embedded SQLite library at path, creating the file and its
 * folder when they are missing and bringing the schema up to date. A
 * read-only, damaged or foreign file, or one from a newer Copydesk, is
 * refused with a message for the user and left as it was.
 *
 * A path such as postgresql://desk@db.example/copydesk opens a newsroom's
 * shared library on a PostgreSQL server instead: the database must exist;
 * an empty one is set up as a library (by the first desk to open it).
 */
Result<OpenedLibrary> open(const QString &path);

} // namespace Copydesk::Library
