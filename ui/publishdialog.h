// SPDX-License-Identifier: MIT
#pragma once

#include "story/housestyle.h"

#include <QDialog>
#include <QUrl>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace Copydesk {

/**
 * Asks before a story goes out: where it goes (folder and address), what
 * the house style says about it (errors block, warnings do not) and
 * whether unsaved changes are saved first. Activating a finding closes the
 * dialog and says which one, so the window can go to its field.
 */
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    /// exec() returns this when the user chose a finding to fix instead.
    static constexpr int GoToFinding = 2;

    /// storyUrl: where the page will be; invalid while the story has no slug to publish under.
    PublishDialog(const Story &story, const QList<Finding> &findings, const QString &folder,
                  const QUrl &storyUrl, bool savesFirst, QWidget *parent = nullptr);

    QPushButton *publishButton() const { return m_publish; }
    QListWidget *findingsView() const { return m_findings; }
    /// Says why Publish is disabled; hidden when it is not.
    QLabel *blockedLabel() const { return m_blocked; }
    QLabel *saveNotice() const { return m_saveNotice; }
    /// The finding the user chose to go to, after exec() returned GoToFinding.
    std::optional<Finding> chosenFinding() const { return m_chosen; }

private:
    QPushButton *m_publish;
    QListWidget *m_findings;
    QLabel *m_blocked;
    QLabel *m_saveNotice;
    QList<Finding> m_list;
    std::optional<Finding> m_chosen;
};

} // namespace Copydesk
