// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QWidget;
QT_END_NAMESPACE

namespace Copydesk {

/**
 * Line edits and text edits keep a private undo history that knows nothing
 * of the story's. This sends their Undo and Redo keys and context-menu
 * entries to the window's actions, so one history covers every field.
 */
class UndoRouting : public QObject
{
    Q_OBJECT

public:
    UndoRouting(QAction *undo, QAction *redo, QObject *parent);

    /// Routes the editor's undo and redo (a QLineEdit or a QPlainTextEdit).
    void route(QWidget *editor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace Copydesk
