// SPDX-License-Identifier: MIT
#pragma once

#include "publish/publishservice.h"
#include "story/housestyle.h"

#include <QDialog>
#include <QHash>
#include <QUrl>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
QT_END_NAMESPACE

namespace Copydesk {

/**
 * Asks before a story goes out: which kind of publication it is (for a
 * story already out: a minor update, a major update with a note, a
 * correction with a note, or a withdrawal with a reason), where it goes,
 * what the house style says (errors block, warnings do not), what else
 * stands in the way (an embargo), and whether unsaved changes are saved
 * first. Activating a finding closes the dialog and says which one, so the
 * window can go to its field.
 */
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    /// exec() returns this when the user chose a finding to fix instead.
    static constexpr int GoToFinding = 2;
    /// What may go out and what stands in the way, for a kind and note.
    using Check = std::function<PublicationCheck(PublicationKind, const QString &)>;

    /**
     * kinds: what the story's status allows, the usual one first; check
     * says what the service would. destinations: where it goes, for people
     * (the settings' folder, or the library's destinations one a line).
     * storyUrl: where the page will be; invalid while the story has no
     * slug to publish under.
     */
    PublishDialog(const Story &story, const QList<PublicationKind> &kinds,
                  PublicationKind preselected, Check check, const QString &destinations,
                  const QUrl &storyUrl, bool savesFirst, QWidget *parent = nullptr);

    PublicationKind kind() const { return m_kind; }
    QString note() const;
    void setKind(PublicationKind kind);

    QPushButton *publishButton() const { return m_publish; }
    QListWidget *findingsView() const { return m_findings; }
    /// Says why Publish is disabled; hidden when it is not.
    QLabel *blockedLabel() const { return m_blocked; }
    QLabel *saveNotice() const { return m_saveNotice; }
    QLineEdit *noteEdit() const { return m_note; }
    /// The choice for a kind; nullptr when the story's status does not allow it.
    QRadioButton *kindButton(PublicationKind kind) const { return m_kindButtons.value(int(kind)); }
    /// The finding the user chose to go to, after exec() returned GoToFinding.
    std::optional<Finding> chosenFinding() const { return m_chosen; }

private:
    /// Asks check again and shows what it says: findings, what blocks, the button's words.
    void refresh();

    Check m_check;
    PublicationKind m_kind;
    QHash<int, QRadioButton *> m_kindButtons;
    QLabel *m_noteLabel;
    QLineEdit *m_note;
    QPushButton *m_publish;
    QListWidget *m_findings;
    QLabel *m_blocked;
    QLabel *m_saveNotice;
    QList<Finding> m_list;
    std::optional<Finding> m_chosen;
};

} // namespace Copydesk
