// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QKeySequenceEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QMenuBar;
class QTreeWidget;
QT_END_NAMESPACE

namespace Copydesk {

class ActionRegistry;

/**
 * Help → Keyboard Shortcuts: every command of the menus with its keys,
 * under the menu it is in, and the keys the editor's fields take
 * themselves; a filter finds a command or a key. Given the window's
 * actions, a command's keys can be changed, cleared or reset; keys another
 * command has are only taken from it when the user says so.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar *menus, ActionRegistry *actions, QWidget *parent = nullptr);

    QTreeWidget *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    /// "Edit → Next Spelling Mistake\tF7" for each row shown, for tests and copying.
    QStringList visibleRows() const;
    QKeySequenceEdit *keysEdit() const { return m_keys; }

    /// Selects the row of the action with this id; false when it is not listed.
    bool selectAction(const QString &id);
    /**
     * Gives the selected command keys. Keys another command has are taken
     * from it only after asking (or at once with takeFromOther); false when
     * they were left where they were.
     */
    bool assignKeys(const QKeySequence &keys, bool takeFromOther = false);
    /// The selected command's keys as made.
    void resetKeys();

private:
    void applyFilter(const QString &text);
    QString selectedId() const;
    void showSelected();
    void refreshRows();

    ActionRegistry *m_actions;
    QLineEdit *m_filter;
    QTreeWidget *m_view;
    QLabel *m_command;
    QKeySequenceEdit *m_keys;
    QPushButton *m_clear;
    QPushButton *m_reset;
};

} // namespace Copydesk
