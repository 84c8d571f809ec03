// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QLayout;
class QObject;
class QWidget;
QT_END_NAMESPACE

namespace Copydesk {

/**
 * Takes a row of an editable list (a highlight, a photo) out of its layout
 * and deletes it later: the row's own button may be what asked for the
 * rebuild, so it must outlive the signal. Until then nothing in the row
 * reaches owner any more.
 */
void retireRow(QWidget *row, QLayout *layout, QObject *owner);

} // namespace Copydesk
