// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "store/destinationconfig.h"

#include <QString>

/**
 * Where destinations' passwords and signing secrets, and the passwords of
 * newsroom servers' libraries, live: the desktop's secret service (through
 * QtKeychain), or for servers and scripts an environment variable the
 * destination names (PGPASSWORD or ~/.pgpass for a library). Never the
 * library, the settings or a log.
 */
namespace Copydesk::Secrets {

/// Whether a secret service can be asked here (a desktop session's D-Bus).
bool serviceAvailable();
/**
 * The destination's secret: from its environment variable when it names
 * one, else from the secret service. NotFound when there is none.
 */
Result<QString> read(const DestinationConfig &config);
/// Keeps secret in the secret service under the destination's name.
Result<void> store(const QString &destinationName, const QString &secret);
/// Removes the destination's secret from the secret service; none there is fine.
Result<void> forget(const QString &destinationName);

/**
 * The password the secret service keeps for the server library at
 * address (postgresql://…; kept under the address without a password).
 * NotFound when none is kept, or no secret service runs here.
 */
Result<QString> libraryPassword(const QString &address);
Result<void> storeLibraryPassword(const QString &address, const QString &password);
/// Removes it; none there is fine.
Result<void> forgetLibraryPassword(const QString &address);
/**
 * location with the password the secret service keeps for it, when it
 * names a server library without one; otherwise location as it is (libpq
 * then looks in PGPASSWORD and ~/.pgpass).
 */
QString withKeptPassword(const QString &location);

} // namespace Copydesk::Secrets
