// SPDX-License-Identifier: MIT
#include "revisionpacking.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Copydesk::RevisionPacking {

namespace {

constexpr char wholeTag = 'W';
constexpr char deltaTag = 'D';
constexpr qsizetype deltaHeader = 1 + 3 * 4;

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::RevisionPacking)
};

void putNumber(QByteArray &out, quint32 value)
{
    const quint32 stored = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&stored), sizeof stored);
}

quint32 number(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

Error damaged()
{
    return Error{ErrorKind::Permanent, Text::tr("the kept version cannot be unpacked")};
}

Result<QJsonObject> parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return Error{ErrorKind::Permanent, error.errorString()};
    return document.object();
}

} // namespace

bool isKeyframe(int version)
{
    return version % keyframeInterval == 0;
}

QByteArray packWhole(const QJsonObject &story)
{
    return wholeTag + qCompress(QJsonDocument(story).toJson(QJsonDocument::Compact));
}

QByteArray packDelta(const QJsonObject &story, const QString &nextBody)
{
    const QByteArray body = story.value(u"body"_s).toString().toUtf8();
    const QByteArray next = nextBody.toUtf8();
    // What both bodies share at the start and at the end is left out; a
    // byte-wise cut is fine, as the bytes are joined back as they were.
    const qsizetype shorter = qMin(body.size(), next.size());
    qsizetype prefix = 0;
    while (prefix < shorter && body.at(prefix) == next.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           body.at(body.size() - 1 - suffix) == next.at(next.size() - 1 - suffix))
        ++suffix;
    QJsonObject meta = story;
    meta.remove(u"body"_s);
    const QByteArray packedMeta = qCompress(QJsonDocument(meta).toJson(QJsonDocument::Compact));
    QByteArray packed(1, deltaTag);
    putNumber(packed, quint32(prefix));
    putNumber(packed, quint32(suffix));
    putNumber(packed, quint32(packedMeta.size()));
    packed += packedMeta;
    packed += qCompress(body.mid(prefix, body.size() - prefix - suffix));
    return packed;
}

bool isDelta(const QByteArray &packed)
{
    return packed.startsWith(deltaTag);
}

Result<QJsonObject> unpackWhole(const QByteArray &packed)
{
    if (!packed.startsWith(wholeTag))
        return damaged();
    const QByteArray json = qUncompress(packed.mid(1));
    if (json.isEmpty())
        return damaged();
    return parse(json);
}

Result<QJsonObject> unpackDelta(const QByteArray &packed, const QString &nextBody)
{
    if (!isDelta(packed) || packed.size() < deltaHeader)
        return damaged();
    const quint32 prefix = number(packed, 1);
    const quint32 suffix = number(packed, 5);
    const quint32 metaSize = number(packed, 9);
    if (qsizetype(metaSize) > packed.size() - deltaHeader)
        return damaged();
    const QByteArray next = nextBody.toUtf8();
    if (qsizetype(prefix) + qsizetype(suffix) > next.size())
        return damaged();
    const QByteArray metaJson = qUncompress(packed.mid(deltaHeader, metaSize));
    const QByteArray packedMiddle = packed.mid(deltaHeader + metaSize);
    const QByteArray middle = qUncompress(packedMiddle);
    // qCompress puts the size first: an empty result must have been empty.
    if (packedMiddle.size() < 4 ||
        (middle.isEmpty() && qFromBigEndian<quint32>(packedMiddle.constData()) != 0))
        return damaged();
    auto meta = parse(metaJson);
    if (!meta)
        return meta;
    const QByteArray body = next.left(prefix) + middle + next.right(suffix);
    meta->insert(u"body"_s, QString::fromUtf8(body));
    return meta;
}

} // namespace Copydesk::RevisionPacking
