// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Copydesk {

/// Makes a new or renamed entry of folder durable (fsync of the folder).
void syncFolder(const QString &folder);

/// Puts the file at path on the disk, then its folder's entry; false when
/// the file cannot be opened or synced.
[[nodiscard]] bool syncFileAndFolder(const QString &path);

} // namespace Copydesk
