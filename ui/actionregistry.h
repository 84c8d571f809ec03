// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QAction;
class QWidget;
QT_END_NAMESPACE

namespace Copydesk {

/**
 * Every action of the window, made once with a stable id ("save",
 * "publish", "history.compare" …), its text, status tip, icon and
 * shortcut. Menus, toolbars and context menus take them from here, and
 * controllers enable them by signals; tests find them by id.
 */
class ActionRegistry : public QObject
{
    Q_OBJECT

public:
    /// window gives the actions a parent and the style their fallback icons.
    explicit ActionRegistry(QWidget *window);

    /**
     * Makes the action id. icon is a freedesktop icon name; desktops
     * without an icon theme get the style's own picture where there is one.
     */
    QAction *add(const QString &id, const QString &text, const QString &tip,
                 const QString &icon = {}, const QKeySequence &shortcut = {});
    /// Keeps an action made elsewhere (QUndoGroup's undo and redo) under id.
    QAction *adopt(const QString &id, QAction *action, const QString &tip);

    /// The action with this id; nullptr for an id never made.
    QAction *action(const QString &id) const { return m_actions.value(id); }
    QList<QAction *> actions(const QStringList &ids) const;
    /// Enables the actions that need an open story.
    void setEnabled(const QStringList &ids, bool enabled);

    /**
     * Keeps every action's keys as made as its defaults, then gives each the
     * keys the user chose instead (settings, "shortcuts/<id>"); once, when
     * every action is made.
     */
    void applySavedShortcuts();
    /// The id an action is kept under; empty for one not kept here.
    QString idOf(const QAction *action) const;
    QList<QKeySequence> defaultShortcuts(const QString &id) const { return m_defaults.value(id); }
    /// The action other than except that answers to keys now; empty when none does.
    QString holderOf(const QKeySequence &keys, const QString &except = {}) const;
    /// Gives the action these keys (empty: none) from now on and at every start.
    void setShortcut(const QString &id, const QKeySequence &keys);
    /// Gives the action these keys (the first is what is kept in the settings).
    void setShortcuts(const QString &id, const QList<QKeySequence> &keys);
    /// Takes keys from whichever action other than except has them, keeping its other keys.
    void takeKeys(const QKeySequence &keys, const QString &except);
    /// The action's keys as made again, and the choice forgotten.
    void resetShortcut(const QString &id);

private:
    QWidget *m_window;
    QHash<QString, QAction *> m_actions;
    QHash<QString, QList<QKeySequence>> m_defaults;
};

} // namespace Copydesk
