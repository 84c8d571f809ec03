// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "store/destinationconfig.h"

#include <QList>
#include <QString>

namespace Copydesk {

/**
 * Whether a destination can be kept as it is entered: a usable name, a
 * full folder path or an https address (plain http only to this machine,
 * since a password or a signed story never crosses the network in plain
 * text), a WebDAV user, a CA file that holds a PEM certificate, a timeout
 * in range, and no other destination with its name or going to the same
 * place. InvalidInput with the first problem, worded for people.
 *
 * others: the library's destinations; one with config's name is the one
 * being changed and is not counted against it when changing is true.
 */
Result<void> checkDestinationConfig(const DestinationConfig &config,
                                    const QList<DestinationConfig> &others, bool changing);

/// Why text is not an address a password or a signed story may go to; empty when it may.
QString remoteAddressProblem(const QString &text, const QString &what);

/// The longest name a destination may have.
inline constexpr int longestDestinationName = 64;

} // namespace Copydesk
