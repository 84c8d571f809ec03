// SPDX-License-Identifier: MIT
#include "librarycontroller.h"

#include "actionregistry.h"
#include "busycursor.h"
#include "connectdialog.h"
#include "desk.h"
#include "mainwindow.h"

#include "publish/secrets.h"
#include "store/library.h"
#include "store/postgresdialect.h"
#include "store/samplestory.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Copydesk {

LibraryController::LibraryController(Desk &desk, QObject *parent)
    : QObject(parent)
    , m_desk(desk)
{
    ActionRegistry &actions = desk.actions();
    QAction *open = actions.add(u"library.open"_s, tr("&Open Library File…"),
                                tr("Open another library file in a window of its own"),
                                u"document-open"_s, QKeySequence::Open);
    connect(open, &QAction::triggered, this, &LibraryController::openLibraryFile);
    QAction *server = actions.add(
            u"library.connect"_s, tr("&Connect to Server…"),
            tr("Open the newsroom's shared library on a PostgreSQL server in a window of its "
               "own"),
            u"network-server-database"_s, QKeySequence(u"Ctrl+Shift+O"_s));
    connect(server, &QAction::triggered, this, &LibraryController::connectToServer);
}

void LibraryController::connectToServer()
{
    const QString location = m_desk.store().location();
    const QString start =
            ServerAddress::isServerAddress(location) ? location : Library::deskLocation();
    const bool secretService = Secrets::serviceAvailable();
    ConnectDialog dialog(start, secretService, m_desk.window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString address = dialog.address();
    // The window opens whatever the secret service says; a refusal there is told in passing.
    QString kept;
    if (dialog.rememberPassword() && !dialog.password().isEmpty()) {
        if (auto stored = Secrets::storeLibraryPassword(address, dialog.password()); !stored)
            kept = stored.errorMessage();
    } else if (secretService && !dialog.rememberPassword()) {
        if (auto forgotten = Secrets::forgetLibraryPassword(address); !forgotten)
            kept = forgotten.errorMessage();
    }
    if (dialog.openAtStart())
        Library::setDeskLocation(address);
    MainWindow *window = openWindow(dialog.location());
    if (!window)
        return;
    window->statusBar()->showMessage(kept.isEmpty() ? tr("Connected to %1.").arg(address)
                                                    : tr("Connected to %1. %2").arg(address, kept),
                                     10'000);
}

void LibraryController::openLibraryFile()
{
    const QString current = m_desk.store().location();
    const QString folder = ServerAddress::isServerAddress(current)
            ? QFileInfo(Library::defaultPath()).absolutePath()
            : QFileInfo(current).absolutePath();
    const QString chosen =
            QFileDialog::getOpenFileName(m_desk.window(), tr("Open Library"), folder,
                                         tr("Copydesk libraries (*.sqlite *.db);;All files (*)"));
    if (!chosen.isEmpty())
        openWindow(chosen);
}

MainWindow *LibraryController::openWindow(const QString &location)
{
    Result<std::unique_ptr<StoryStore>> store = Error{ErrorKind::Transient, QString()};
    {
        BusyCursor busy;
        store = openDeskLibrary(location);
    }
    if (!store) {
        QMessageBox::warning(m_desk.window(), tr("Cannot Open Library"), store.errorMessage());
        return nullptr;
    }
    auto *window = new MainWindow(std::move(*store));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->openNewestStory();
    window->offerRecovery();
    Q_EMIT windowOpened(window);
    return window;
}

} // namespace Copydesk
