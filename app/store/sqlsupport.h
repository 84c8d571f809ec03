// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QString>
#include <QUuid>
#include <QVariant>
#include <QVariantList>

class QSqlQuery;

/// Small helpers the SQL store's files share.
namespace Copydesk::SqlSupport {

/// A story id as the library keeps it: without braces.
QString idText(const QUuid &id);
/// Prepares sql, binds values and runs it.
Result<void> run(QSqlQuery &query, const QString &sql, const QVariantList &values = {});
/// A failed step, worded for the person: what Copydesk was doing, then the database's words.
Error failure(const Error &cause, const QString &doing);
/// The error a query ran into while stepping through its rows, if any.
Result<void> rowsRead(const QSqlQuery &query);
/// NULL for an empty text.
QVariant textOrNull(const QString &text);
/// Qt SQL binds a null QString as NULL, and an unset field is a null QString.
QVariant notNullText(const QString &value);
QString compactJson(const QJsonValue &value);
Result<QJsonDocument> parseJson(const QVariant &value);
/// "?, ?, ?" for count values.
QString placeholders(qsizetype count);
/// LIKE pattern for "contains text" (with ESCAPE '\\'), the wildcards in text taken literally.
QString containsPattern(const QString &text);

} // namespace Copydesk::SqlSupport
