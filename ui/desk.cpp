// SPDX-License-Identifier: MIT
#include "desk.h"

#include "libraryworker.h"
#include "store/journalwriter.h"
#include "story/history.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace Copydesk {

Desk::Desk(std::unique_ptr<StoryStore> store, QMainWindow *window, ActionRegistry &actions)
    : QObject(window)
    , m_store(std::move(store))
    , m_journal(std::make_unique<JournalWriter>(EditJournal::directoryFor(m_store->location())))
    , m_window(window)
    , m_actions(actions)
    , m_style(HouseStyle::defaultStyle())
{
    // A library that cannot be read now is told of by the list; the
    // machine's settings stand in until it can.
    if (auto read = PublishSettings::read(*m_store, QSettings()))
        m_publishing = *read;
    else
        m_publishing = PublishSettings::load(QSettings());
    m_publishing.applySlugScript();
    connect(this, &Desk::libraryChanged, this, &Desk::followLibrary);
}

Desk::~Desk() = default;

void Desk::setHouseStyle(const HouseStyle &style)
{
    m_style = style;
    Q_EMIT houseStyleChanged();
}

bool Desk::setPublishSettings(const PublishSettings &settings)
{
    // Unchanged settings are not written again: every write reaches every desk's watcher.
    if (settings == m_publishing)
        return true;
    QSettings machine;
    if (auto kept = settings.keep(*m_store, machine, currentAuthor()); !kept) {
        QMessageBox::warning(m_window, tr("Publishing Settings"), kept.errorMessage());
        return false;
    }
    m_publishing = settings;
    m_publishing.applySlugScript();
    Q_EMIT publishSettingsChanged();
    return true;
}

void Desk::followLibrary()
{
    LibraryWorker::runOrNow<PublishSettings>(
            m_worker, *m_store, this,
            [](StoryStore &store) { return PublishSettings::read(store, QSettings()); },
            [this](Result<PublishSettings> read) { settingsRead(read); });
}

void Desk::settingsRead(const Result<PublishSettings> &read)
{
    if (!read || *read == m_publishing)
        return;
    m_publishing = *read;
    m_publishing.applySlugScript();
    Q_EMIT publishSettingsChanged();
    showStatus(tr("The publishing settings were changed at another desk."), 10'000);
}

QTimeZone Desk::newsroomZone() const
{
    return publishSettings().site().timeZone;
}

void Desk::showStatus(const QString &message, int timeoutMs) const
{
    m_window->statusBar()->showMessage(message, timeoutMs);
}

} // namespace Copydesk
