// SPDX-License-Identifier: MIT
#include "undorouting.h"

#include "spellunderliner.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Copydesk {

UndoRouting::UndoRouting(QAction *undo, QAction *redo, QObject *parent)
    : QObject(parent)
    , m_undo(undo)
    , m_redo(redo)
{
}

void UndoRouting::route(QWidget *editor)
{
    editor->installEventFilter(this);
    if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        plain->viewport()->installEventFilter(this);
}

bool UndoRouting::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            // Left unaccepted, the key reaches the window's Undo/Redo shortcut.
            event->ignore();
            return true;
        }
    } else if (event->type() == QEvent::KeyPress) {
        // With the window's action disabled the key would fall through to the
        // editor's private history; nothing to undo means nothing happens.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
            return true;
    } else if (event->type() == QEvent::ContextMenu) {
        QWidget *editor = qobject_cast<QWidget *>(watched);
        if (auto *plainViewport = qobject_cast<QPlainTextEdit *>(watched->parent()))
            editor = plainViewport;
        QMenu *menu = nullptr;
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            menu = line->createStandardContextMenu();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
            menu = plain->createStandardContextMenu(plain->viewport()->mapFromGlobal(
                    static_cast<QContextMenuEvent *>(event)->globalPos()));
        if (!menu)
            return false;
        if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
            if (SpellUnderliner *spelling = SpellUnderliner::of(plain))
                spelling->addSpellingActions(
                        menu,
                        plain->viewport()->mapFromGlobal(
                                static_cast<QContextMenuEvent *>(event)->globalPos()));
        }
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (action->objectName() == u"edit-undo")
                menu->insertAction(action, m_undo);
            else if (action->objectName() == u"edit-redo")
                menu->insertAction(action, m_redo);
            else
                continue;
            menu->removeAction(action);
        }
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(static_cast<QContextMenuEvent *>(event)->globalPos());
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Copydesk
