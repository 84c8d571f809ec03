// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "publish/publishsettings.h"
#include "store/storystore.h"

#include <QDialog>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
QT_END_NAMESPACE

namespace Copydesk {

class SecretCache;

/**
 * Publishing → Destinations…: the places the library publishes to, shared
 * by everyone using it. Add and Edit open a DestinationEditDialog; Remove
 * asks first and drops the kept password too; Disable keeps a destination
 * without sending it anything; Send a Test Request asks the selected one
 * off the window's thread, with a busy bar, and shows what answered.
 * Passwords typed here go to the secret service and this session's
 * SecretCache, never to the library, the settings or a log.
 */
class DestinationsDialog : public QDialog
{
    Q_OBJECT

public:
    /// store: the window's connection to the library; settings: for the test request's site.
    DestinationsDialog(StoryStore &store, PublishSettings settings, SecretCache &secrets,
                       QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *enableButton() const { return m_enable; }
    QPushButton *testButton() const { return m_test; }
    QProgressBar *busyBar() const { return m_busy; }
    /// What the last test request answered, or why it failed.
    QLabel *answerLabel() const { return m_answer; }
    bool isTesting() const { return m_testing; }

    /// Selects the destination called name; false when there is none.
    bool selectDestination(const QString &name);
    /// The destination selected; none without one.
    std::optional<DestinationConfig> currentDestination() const;

    /// Opens the edit dialog for a new destination; true when one was added.
    bool addDestination();
    /// Opens the edit dialog for the selected one; true when it was changed.
    bool editDestination();
    /// Removes the selected one, asking first when confirm is true.
    bool removeDestination(bool confirm = true);
    /// Disables or enables the selected one.
    bool toggleEnabled();
    /// Sends the selected one a test request in the background; testFinished says how it went.
    void sendTestRequest();

Q_SIGNALS:
    /// Destinations were added, changed or removed: the outbox worker makes them again.
    void destinationsChanged();
    void testFinished(bool ok, const QString &answer);

private:
    void reload();
    void updateButtons();
    void showAnswer(bool ok, const QString &text);
    /// Keeps config (and the secret typed for it) as the edit dialog's OK asks.
    Result<void> save(const DestinationConfig &config, const QString &secret,
                      const std::optional<DestinationConfig> &before);
    bool edit(const std::optional<DestinationConfig> &before);

    StoryStore &m_store;
    PublishSettings m_settings;
    SecretCache &m_secrets;
    QList<DestinationConfig> m_configs;
    QLabel *m_note;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_enable;
    QPushButton *m_test;
    QProgressBar *m_busy;
    QLabel *m_answer;
    bool m_testing = false;
};

} // namespace Copydesk
