// SPDX-License-Identifier: MIT
#include "fieldlimit.h"

#include "linefield.h"
#include "story/story.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QToolTip>

namespace Copydesk {

namespace {

bool isOverLong(const QString &before, const QString &after)
{
    return after.size() > maxLineFieldLength && after.size() > before.size();
}

/// Puts before back in edit, the cursor where the refused text began, and says why.
template<typename Edit>
QString restore(Edit *edit, const QString &before, const QString &after, const QString &field)
{
    // A field that refused a paste before taking it still shows before, cursor and all.
    if (edit->text() != before) {
        const int cursor = edit->cursorPosition() - int(after.size() - before.size());
        edit->setText(before);
        edit->setCursorPosition(std::clamp(cursor, 0, int(before.size())));
    }
    const QString message = overLongMessage(field, after.size());
    QToolTip::showText(edit->mapToGlobal(QPoint(0, edit->height())), message, edit);
    return message;
}

} // namespace

std::optional<QString> refuseOverLongEdit(QLineEdit *edit, const QString &before,
                                          const QString &after, const QString &field)
{
    if (!isOverLong(before, after))
        return std::nullopt;
    return restore(edit, before, after, field);
}

std::optional<QString> refuseOverLongEdit(LineField *edit, const QString &before,
                                          const QString &after, const QString &field)
{
    if (!isOverLong(before, after))
        return std::nullopt;
    return restore(edit, before, after, field);
}

QString overLongMessage(const QString &field, qsizetype length)
{
    return QCoreApplication::translate("Copydesk::FieldLimit",
                                       "A %1 takes at most %L2 characters; this would make it "
                                       "%L3. Nothing was changed.")
            .arg(field)
            .arg(maxLineFieldLength)
            .arg(length);
}

QString bodyTooLongMessage(qsizetype length)
{
    return QCoreApplication::translate("Copydesk::FieldLimit",
                                       "A body takes at most %L1 characters; this paste would "
                                       "make it %L2. Nothing was changed; split the text into "
                                       "several stories.")
            .arg(maxBodyLength)
            .arg(length);
}

} // namespace Copydesk
