// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QMenuBar;
class QTreeWidget;
QT_END_NAMESPACE

namespace Copydesk {

/**
 * Help → Keyboard Shortcuts: every command of the menus with its keys,
 * under the menu it is in, and the keys the editor's fields take
 * themselves; a filter finds a command or a key.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTreeWidget *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    /// "Edit → Next Spelling Mistake\tF7" for each row shown, for tests and copying.
    QStringList visibleRows() const;

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_view;
};

} // namespace Copydesk
