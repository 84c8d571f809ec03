// SPDX-License-Identifier: MIT
#pragma once

#include "publish/publishsettings.h"
#include "store/storystore.h"
#include "story/housestyle.h"

#include <QObject>
#include <QTimeZone>
#include <QUuid>

#include <memory>

QT_BEGIN_NAMESPACE
class QMainWindow;
QT_END_NAMESPACE

namespace Copydesk {

class ActionRegistry;
class JournalWriter;
class LibraryWorker;

/**
 * What the window's controllers share: the library (this thread's
 * connection to it), the house style, the publishing settings, the window
 * their dialogs belong to, and the actions. Says when a story changed, so
 * the list, the schedule and the history follow whoever changed it.
 */
class Desk : public QObject
{
    Q_OBJECT

public:
    Desk(std::unique_ptr<StoryStore> store, QMainWindow *window, ActionRegistry &actions);
    ~Desk() override;

    StoryStore &store() const { return *m_store; }
    /// What background work opens its own connection to the library with.
    QString libraryConnection() const { return m_store->connectionName(); }
    QMainWindow *window() const { return m_window; }
    /**
     * The worker with a connection of its own that reads and writes a
     * server library off the window's thread; null for a file, read at once.
     */
    LibraryWorker *worker() const { return m_worker; }
    void setWorker(LibraryWorker *worker) { m_worker = worker; }
    /// Where the open story's unsaved edits are kept: the journal beside the library.
    JournalWriter &journal() const { return *m_journal; }
    ActionRegistry &actions() const { return m_actions; }

    const HouseStyle &houseStyle() const { return m_style; }
    void setHouseStyle(const HouseStyle &style);

    /// The publishing settings: the library's shared ones, with this machine's folder.
    PublishSettings publishSettings() const { return m_publishing; }
    /**
     * Keeps new publishing settings in the library (and the folder on this
     * machine); every view that uses them follows, here and at every other
     * desk on the library. False, after telling the user why, when the
     * library could not keep them.
     */
    bool setPublishSettings(const PublishSettings &settings);
    /// The newsroom's time zone: the settings', else the system's.
    QTimeZone newsroomZone() const;

    /// A message in the status bar for timeoutMs (0: until the next one).
    void showStatus(const QString &message, int timeoutMs = 5000) const;

Q_SIGNALS:
    void houseStyleChanged();
    void publishSettingsChanged();
    /// A story was saved, published, scheduled, restored or deleted, here or by the scheduler.
    void storyChanged(const QUuid &id);
    /// Many stories changed at once (an import): lists read again.
    void libraryChanged();

private:
    std::unique_ptr<StoryStore> m_store;
    std::unique_ptr<JournalWriter> m_journal;
    QMainWindow *m_window;
    LibraryWorker *m_worker = nullptr;
    ActionRegistry &m_actions;
    HouseStyle m_style;
    PublishSettings m_publishing;

    /// Reads the settings again after a change anywhere on the library.
    void followLibrary();
    /// Takes in the settings as the library has them now.
    void settingsRead(const Result<PublishSettings> &read);
};

} // namespace Copydesk
