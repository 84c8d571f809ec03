// SPDX-License-Identifier: MIT
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
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

void addMenu(QTreeWidgetItem *parent, const QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            auto *sub = new QTreeWidgetItem(parent, {plainText(action->text())});
            addMenu(sub, action->menu());
            continue;
        }
        auto *item = new QTreeWidgetItem(
                parent, {plainText(action->text()), keysText(action->shortcuts())});
        item->setToolTip(0, action->toolTip());
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeWidget(this))
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
        addMenu(item, top->menu());
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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().lineSpacing() * 32);
    m_filter->setFocus();
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
