// SPDX-License-Identifier: MIT
#include "shortcutsdialog.h"

#include "actionregistry.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// "&Publish…" as a menu shows it: "Publish…".
QString plainText(QString text)
{
    text.remove(QRegularExpression(u"&(?!&)"_s));
    return text.replace(u"&&"_s, u"&"_s);
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(u", "_s);
}

constexpr int idRole = Qt::UserRole + 1;

void addMenu(QTreeWidgetItem *parent, const QMenu *menu, const ActionRegistry *actions)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            auto *sub = new QTreeWidgetItem(parent, {plainText(action->text())});
            addMenu(sub, action->menu(), actions);
            continue;
        }
        auto *item = new QTreeWidgetItem(
                parent, {plainText(action->text()), keysText(action->shortcuts())});
        item->setToolTip(0, action->toolTip());
        if (actions)
            item->setData(0, idRole, actions->idOf(action));
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, ActionRegistry *actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeWidget(this))
    , m_command(new QLabel(this))
    , m_keys(new QKeySequenceEdit(this))
    , m_clear(new QPushButton(tr("C&lear"), this))
    , m_reset(new QPushButton(tr("&Reset to Default"), this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setObjectName(u"shortcutsFilter"_s);
    m_filter->setPlaceholderText(tr("Find a command or a key"));
    m_filter->setClearButtonEnabled(true);
    m_view->setColumnCount(2);
    m_view->setHeaderLabels({tr("Command"), tr("Keys")});
    m_view->setRootIsDecorated(true);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);

    for (QAction *top : menus->actions()) {
        if (!top->menu())
            continue;
        auto *item = new QTreeWidgetItem(m_view, {plainText(top->text())});
        addMenu(item, top->menu(), m_actions);
    }
    // What the fields do with keys of their own, which no menu shows.
    auto *fields = new QTreeWidgetItem(m_view, {tr("In the story's fields")});
    const QList<std::pair<QString, QString>> fieldKeys{
            {tr("Move to the next field, or back"), tr("Tab, Shift+Tab")},
            {tr("Add a highlight under the last one"), tr("Enter in the last highlight")},
            {tr("Move a highlight up or down"), tr("Alt+Up, Alt+Down")},
            {tr("Cut, copy, paste"),
             keysText({QKeySequence(QKeySequence::Cut), QKeySequence(QKeySequence::Copy),
                       QKeySequence(QKeySequence::Paste)})},
            {tr("Select all of a field"),
             QKeySequence(QKeySequence::SelectAll).toString(QKeySequence::NativeText)},
            {tr("Spelling suggestions for the word under the pointer"),
             tr("Menu key or right click")},
    };
    for (const auto &[what, keys] : fieldKeys)
        new QTreeWidgetItem(fields, {what, keys});
    m_view->expandAll();
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    // Changing a command's keys: pick the row, press the new keys.
    m_keys->setObjectName(u"shortcutKeys"_s);
    m_keys->setAccessibleName(tr("New keys"));
    m_keys->setToolTip(tr("Press the new keys for the selected command"));
    m_clear->setToolTip(tr("The selected command has no keys"));
    m_reset->setToolTip(tr("The selected command gets the keys it came with"));
    auto *keysLabel = new QLabel(tr("&Keys:"), this);
    keysLabel->setBuddy(m_keys);
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_command, 1);
    editRow->addWidget(keysLabel);
    editRow->addWidget(m_keys);
    editRow->addWidget(m_clear);
    editRow->addWidget(m_reset);
    for (QWidget *widget : {static_cast<QWidget *>(m_command), static_cast<QWidget *>(keysLabel),
                            static_cast<QWidget *>(m_keys), static_cast<QWidget *>(m_clear),
                            static_cast<QWidget *>(m_reset)})
        widget->setVisible(m_actions != nullptr);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    connect(m_view, &QTreeWidget::currentItemChanged, this, &ShortcutsDialog::showSelected);
    connect(m_keys, &QKeySequenceEdit::editingFinished, this, [this] {
        const QString id = selectedId();
        // Escape and Tab leave the field (Qt 6.4 records them as keys): nothing changes.
        const QKeySequence pressed = m_keys->keySequence();
        if (pressed == QKeySequence(Qt::Key_Escape) || pressed == QKeySequence(Qt::Key_Tab) ||
            pressed == QKeySequence(Qt::Key_Backtab)) {
            showSelected();
            return;
        }
        if (!id.isEmpty() && m_keys->keySequence() != m_actions->action(id)->shortcut())
            assignKeys(m_keys->keySequence());
    });
    connect(m_clear, &QPushButton::clicked, this, [this] { assignKeys({}); });
    connect(m_reset, &QPushButton::clicked, this, &ShortcutsDialog::resetKeys);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addLayout(editRow);
    layout->addWidget(buttons);
    showSelected();
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().lineSpacing() * 32);
    m_filter->setFocus();
}

QString ShortcutsDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_view->currentItem();
    return item ? item->data(0, idRole).toString() : QString();
}

void ShortcutsDialog::showSelected()
{
    const QString id = selectedId();
    const bool editable = m_actions && !id.isEmpty();
    m_keys->setEnabled(editable);
    m_clear->setEnabled(editable);
    m_reset->setEnabled(editable);
    if (!editable) {
        m_command->setText(tr("Pick a command to change its keys."));
        m_keys->clear();
        return;
    }
    QAction *action = m_actions->action(id);
    m_command->setText(plainText(action->text()));
    m_keys->setKeySequence(action->shortcut());
}

bool ShortcutsDialog::selectAction(const QString &id)
{
    const QList<QTreeWidgetItem *> all =
            m_view->findItems(QString(), Qt::MatchContains | Qt::MatchRecursive);
    for (QTreeWidgetItem *item : all) {
        if (item->data(0, idRole).toString() == id) {
            m_view->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

bool ShortcutsDialog::assignKeys(const QKeySequence &keys, bool takeFromOther)
{
    const QString id = selectedId();
    if (!m_actions || id.isEmpty())
        return false;
    const QString holder = m_actions->holderOf(keys, id);
    if (!holder.isEmpty()) {
        const QString other = plainText(m_actions->action(holder)->text());
        if (!takeFromOther &&
            QMessageBox::question(this, tr("Keys in Use"),
                                  tr("%1 already does “%2”. Give the keys to “%3” instead?")
                                          .arg(keys.toString(QKeySequence::NativeText), other,
                                               plainText(m_actions->action(id)->text()))) !=
                    QMessageBox::Yes) {
            showSelected();
            return false;
        }
        m_actions->takeKeys(keys, id);
    }
    m_actions->setShortcut(id, keys);
    refreshRows();
    return true;
}

void ShortcutsDialog::resetKeys()
{
    const QString id = selectedId();
    if (!m_actions || id.isEmpty())
        return;
    m_actions->resetShortcut(id);
    refreshRows();
}

void ShortcutsDialog::refreshRows()
{
    const QList<QTreeWidgetItem *> all =
            m_view->findItems(QString(), Qt::MatchContains | Qt::MatchRecursive);
    for (QTreeWidgetItem *item : all) {
        const QString id = item->data(0, idRole).toString();
        if (!id.isEmpty())
            item->setText(1, keysText(m_actions->action(id)->shortcuts()));
    }
    showSelected();
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int i = 0; i < m_view->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_view->topLevelItem(i);
        // A group stays while one of its rows (at any depth) matches.
        std::function<bool(QTreeWidgetItem *)> filter = [&](QTreeWidgetItem *item) {
            bool any = false;
            for (int c = 0; c < item->childCount(); ++c)
                any = filter(item->child(c)) || any;
            const bool own = item->childCount() == 0 &&
                    (wanted.isEmpty() || item->text(0).contains(wanted, Qt::CaseInsensitive) ||
                     item->text(1).contains(wanted, Qt::CaseInsensitive));
            item->setHidden(!(own || any));
            return own || any;
        };
        filter(group);
    }
}

QStringList ShortcutsDialog::visibleRows() const
{
    QStringList rows;
    std::function<void(QTreeWidgetItem *, const QString &)> walk = [&](QTreeWidgetItem *item,
                                                                       const QString &path) {
        if (item->isHidden())
            return;
        const QString here = path.isEmpty() ? item->text(0) : path + u" → "_s + item->text(0);
        if (item->childCount() == 0)
            rows.append(here + u'\t' + item->text(1));
        for (int c = 0; c < item->childCount(); ++c)
            walk(item->child(c), here);
    };
    for (int i = 0; i < m_view->topLevelItemCount(); ++i)
        walk(m_view->topLevelItem(i), QString());
    return rows;
}

} // namespace Copydesk
