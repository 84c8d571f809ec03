// SPDX-License-Identifier: MIT
// Small helpers the core and integration tests share.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>
#include <QTimeZone>

/**
 * Skips a test whose prerequisite is missing (../shared, a package the set-up
 * installs, a server it starts), except under CI=true, where a missing
 * prerequisite is a failure: a skip is not a pass.
 */
#define COPYDESK_REQUIRE(condition, why)                                                          \
    do {                                                                                          \
        if (!(condition)) {                                                                       \
            if (qEnvironmentVariable("CI") == QLatin1StringView("true"))                        \
                QFAIL(qPrintable(QStringLiteral("Missing under CI: ") +                          \
                                 Copydesk::Testing::requireText(why)));                           \
            QSKIP(qPrintable(Copydesk::Testing::requireText(why)));                               \
        }                                                                                         \
    } while (false)

namespace Copydesk::Testing {

/// What COPYDESK_REQUIRE says, from a literal or a QString.
inline QString requireText(const char *text)
{
    return QString::fromUtf8(text);
}
inline QString requireText(const QString &text)
{
    return text;
}

/// The error of a failed result for a test message; empty on success.
template<typename T>
QString why(const Result<T> &result)
{
    return result ? QString() : result.errorMessage();
}

inline QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0,
                     int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::utc());
}

/// A file's bytes; empty when it cannot be read.
inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Writes bytes to a file, replacing it; false when that fails.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace Copydesk::Testing
