// SPDX-License-Identifier: MIT
#include "editorrows.h"

#include <QLayout>
#include <QWidget>

namespace Copydesk {

void retireRow(QWidget *row, QLayout *layout, QObject *owner)
{
    const QList<QObject *> children = row->findChildren<QObject *>();
    for (QObject *child : children) {
        QObject::disconnect(child, nullptr, owner, nullptr);
        child->removeEventFilter(owner);
    }
    row->hide();
    layout->removeWidget(row);
    row->deleteLater();
}

} // namespace Copydesk
