// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Copydesk {

/**
 * Names the application so that everything it keeps for a user is in one
 * place on Linux: settings in ~/.config/Copydesk/Copydesk.conf beside
 * housestyle.json, the library and the site in ~/.local/share/Copydesk.
 * Settings an earlier version kept under ~/.config/copydesk.example are
 * copied over once (the old file stays). Tunes the allocator for saving
 * (tuneAllocator()). Call once, first thing in main().
 */
void setUpApplication();

/// ~/.local/share/Copydesk: the default library and site.
QString dataFolder();
/// ~/.config/Copydesk: the settings file and the user's house style.
QString configFolder();

} // namespace Copydesk
