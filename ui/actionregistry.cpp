// SPDX-License-Identifier: MIT
#include "actionregistry.h"

#include <QAction>
#include <QSettings>
#include <QStyle>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Copydesk {

ActionRegistry::ActionRegistry(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

QAction *ActionRegistry::add(const QString &id, const QString &text, const QString &tip,
                             const QString &icon, const QKeySequence &shortcut)
{
    Q_ASSERT(!m_actions.contains(id));
    auto *action = new QAction(text, m_window);
    action->setObjectName(id);
    action->setStatusTip(tip);
    action->setToolTip(tip);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    if (!icon.isEmpty()) {
        // Desktops without an icon theme still get the style's own pictures.
        static const QHash<QString, QStyle::StandardPixmap> fallbacks = {
                {u"document-new"_s, QStyle::SP_FileIcon},
                {u"document-save"_s, QStyle::SP_DialogSaveButton},
                {u"edit-delete"_s, QStyle::SP_TrashIcon},
                {u"application-exit"_s, QStyle::SP_DialogCloseButton},
                {u"help-about"_s, QStyle::SP_MessageBoxInformation},
                {u"insert-image"_s, QStyle::SP_FileDialogContentsView},
                {u"edit-find"_s, QStyle::SP_FileDialogDetailedView},
                {u"document-import"_s, QStyle::SP_DialogOpenButton},
                {u"document-send"_s, QStyle::SP_DriveNetIcon},
                {u"appointment-new"_s, QStyle::SP_FileDialogInfoView},
                {u"view-history"_s, QStyle::SP_FileDialogListView},
                {u"document-revert"_s, QStyle::SP_BrowserReload},
                {u"edit-undo"_s, QStyle::SP_ArrowBack},
                {u"edit-redo"_s, QStyle::SP_ArrowForward},
                {u"dialog-cancel"_s, QStyle::SP_DialogCancelButton},
        };
        const auto fallback = fallbacks.constFind(icon);
        action->setIcon(
                fallback == fallbacks.cend()
                        ? QIcon::fromTheme(icon)
                        : QIcon::fromTheme(icon, m_window->style()->standardIcon(*fallback)));
    }
    m_actions.insert(id, action);
    return action;
}

QAction *ActionRegistry::adopt(const QString &id, QAction *action, const QString &tip)
{
    action->setObjectName(id);
    action->setStatusTip(tip);
    m_actions.insert(id, action);
    return action;
}

QList<QAction *> ActionRegistry::actions(const QStringList &ids) const
{
    QList<QAction *> list;
    for (const QString &id : ids) {
        if (QAction *found = action(id))
            list.append(found);
    }
    return list;
}

void ActionRegistry::setEnabled(const QStringList &ids, bool enabled)
{
    for (QAction *found : actions(ids))
        found->setEnabled(enabled);
}

namespace {

QString settingsKey(const QString &id)
{
    return u"shortcuts/"_s + id;
}

} // namespace

void ActionRegistry::applySavedShortcuts()
{
    QSettings settings;
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        if (!m_defaults.contains(it.key()))
            m_defaults.insert(it.key(), it.value()->shortcuts());
    }
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const QVariant chosen = settings.value(settingsKey(it.key()));
        if (!chosen.isValid())
            continue;
        const QKeySequence keys =
                QKeySequence::fromString(chosen.toString(), QKeySequence::PortableText);
        // Keys chosen win over a default another command came with since (two
        // commands on one key would both be dead).
        if (const QString other = holderOf(keys, it.key()); !other.isEmpty()) {
            QList<QKeySequence> rest = m_actions.value(other)->shortcuts();
            rest.removeAll(keys);
            m_actions.value(other)->setShortcuts(rest);
        }
        it.value()->setShortcut(keys);
    }
}

QString ActionRegistry::idOf(const QAction *action) const
{
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        if (it.value() == action)
            return it.key();
    }
    return {};
}

QString ActionRegistry::holderOf(const QKeySequence &keys, const QString &except) const
{
    if (keys.isEmpty())
        return {};
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        if (it.key() != except && it.value()->shortcuts().contains(keys))
            return it.key();
    }
    return {};
}

void ActionRegistry::setShortcut(const QString &id, const QKeySequence &keys)
{
    QAction *found = action(id);
    if (!found)
        return;
    setShortcuts(id, keys.isEmpty() ? QList<QKeySequence>{} : QList<QKeySequence>{keys});
}

void ActionRegistry::setShortcuts(const QString &id, const QList<QKeySequence> &keys)
{
    QAction *found = action(id);
    if (!found)
        return;
    found->setShortcuts(keys);
    QSettings settings;
    if (keys == m_defaults.value(id))
        settings.remove(settingsKey(id));
    else
        settings.setValue(settingsKey(id),
                          keys.isEmpty() ? QString()
                                         : keys.first().toString(QKeySequence::PortableText));
}

void ActionRegistry::takeKeys(const QKeySequence &keys, const QString &except)
{
    const QString holder = holderOf(keys, except);
    if (holder.isEmpty())
        return;
    QList<QKeySequence> rest = action(holder)->shortcuts();
    rest.removeAll(keys);
    setShortcuts(holder, rest);
}

void ActionRegistry::resetShortcut(const QString &id)
{
    QAction *found = action(id);
    if (!found)
        return;
    // A default key another command was given since goes back too.
    const QList<QKeySequence> defaults = m_defaults.value(id);
    for (const QKeySequence &keys : defaults)
        takeKeys(keys, id);
    found->setShortcuts(defaults);
    QSettings().remove(settingsKey(id));
}

} // namespace Copydesk
