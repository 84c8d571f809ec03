// SPDX-License-Identifier: MIT
#pragma once

namespace Copydesk {

class MainWindow;

/// The window's menu bar, toolbar and context menus, made from its action registry.
class MainMenus
{
public:
    static void build(MainWindow &window);
};

} // namespace Copydesk
