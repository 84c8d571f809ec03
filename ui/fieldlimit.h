// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QLineEdit;
QT_END_NAMESPACE

namespace Copydesk {

class LineField;

/**
 * Refuses an edit that grows a one-line field past maxLineFieldLength (a
 * paste of a whole page into the headline, say). The field shows before
 * again, a tooltip at the field says why, and so does the returned message,
 * for the status bar; nullopt lets the edit through. Shortening a field that
 * is already too long is never refused.
 */
[[nodiscard]] std::optional<QString> refuseOverLongEdit(QLineEdit *edit, const QString &before,
                                                        const QString &after, const QString &field);
[[nodiscard]] std::optional<QString> refuseOverLongEdit(LineField *edit, const QString &before,
                                                        const QString &after, const QString &field);

/// What refusing a field (caption, headline …) of length characters, over maxLineFieldLength, says.
QString overLongMessage(const QString &field, qsizetype length);

/// The message for a paste or drop that would make the body longer than maxBodyLength.
QString bodyTooLongMessage(qsizetype length);

} // namespace Copydesk
