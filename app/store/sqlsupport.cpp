// SPDX-License-Identifier: MIT
#include "store/sqlsupport.h"

#include "store/sqldialect.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Copydesk::SqlSupport {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

Result<void> run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    return execPrepared(query, sql, values);
}

Error failure(const Error &cause, const QString &doing)
{
    return cause.reworded(doing.arg(cause.message));
}

Result<void> rowsRead(const QSqlQuery &query)
{
    if (query.lastError().isValid())
        return sqlError(query.lastError());
    return {};
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant notNullText(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

QString compactJson(const QJsonValue &value)
{
    const QJsonDocument document =
            value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

Result<QJsonDocument> parseJson(const QVariant &value)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error{ErrorKind::Permanent, error.errorString()};
    return document;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(u"?"_s, count);
    return marks.join(u", "_s);
}

QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace Copydesk::SqlSupport
