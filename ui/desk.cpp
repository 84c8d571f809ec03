// SPDX-License-Identifier: MIT
#include "desk.h"

#include "store/journalwriter.h"

#include <QMainWindow>
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
    publishSettings().applySlugScript();
}

Desk::~Desk() = default;

void Desk::setHouseStyle(const HouseStyle &style)
{
    m_style = style;
    Q_EMIT houseStyleChanged();
}

PublishSettings Desk::publishSettings() const
{
    return PublishSettings::load(QSettings());
}

void Desk::setPublishSettings(const PublishSettings &settings)
{
    QSettings stored;
    settings.save(stored);
    settings.applySlugScript();
    Q_EMIT publishSettingsChanged();
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
