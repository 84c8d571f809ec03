// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

namespace Copydesk {

class Desk;
class MainWindow;

/**
 * The Library menu: another library file, or the newsroom's server
 * (Library → Connect to Server…), opened in a window of its own beside this
 * one. Connecting keeps the password in the secret service when asked to
 * and can make the server the library every start opens.
 */
class LibraryController : public QObject
{
    Q_OBJECT

public:
    LibraryController(Desk &desk, QObject *parent = nullptr);

    /// Asks for the server, and opens its library in a new window once it answers.
    void connectToServer();
    /// Asks for a library file and opens it in a new window.
    void openLibraryFile();
    /// Opens the library at location in a new window; nullptr after telling why it could not.
    MainWindow *openWindow(const QString &location);

Q_SIGNALS:
    /// A window was opened on another library (tests).
    void windowOpened(Copydesk::MainWindow *window);

private:
    Desk &m_desk;
};

} // namespace Copydesk
