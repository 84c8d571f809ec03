// SPDX-License-Identifier: MIT
#pragma once

class QMenu;

namespace Copydesk {

class MainWindow;

/// The window's menu bar, toolbar and context menus, made from its action registry.
class MainMenus
{
public:
    static void build(MainWindow &window);

private:
    /// View → Language: the system's or one Copydesk speaks, kept for the next start.
    static void addLanguageMenu(MainWindow &window, QMenu *view);
};

} // namespace Copydesk
