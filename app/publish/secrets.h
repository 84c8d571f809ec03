// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "store/destinationconfig.h"

#include <QString>

/**
 * Where destinations' passwords and signing secrets live: the desktop's
 * secret service (through QtKeychain), or for servers and scripts an
 * environment variable the destination names. Never the library, the
 * settings or a log.
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

} // namespace Copydesk::Secrets
