// SPDX-License-Identifier: MIT
#pragma once

namespace Copydesk {

class MainWindow;

/**
 * What the window looks like between runs: its size and docks, the
 * splitters, the output tab, the preview shown or not, the colour scheme;
 * and the publishing settings the views follow. Kept in QSettings.
 */
class WindowState
{
public:
    static void read(MainWindow &window);
    static void write(const MainWindow &window);
};

} // namespace Copydesk
