// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/**
 * How a saved version is kept in the library: the newest version of a
 * story, and every 32nd, whole and compressed; the others as their
 * metadata (compressed) and the part of their body that differs from the
 * next version's body. A long story saved hundreds of times with small
 * edits so costs about one copy of it per 32 versions, and any version is
 * read back with at most 31 small steps from a whole one.
 */
namespace Copydesk::RevisionPacking {

/// Every keyframeInterval-th version stays whole, so reading back stays short.
constexpr int keyframeInterval = 32;

/// True when version stays whole even after newer versions are saved.
bool isKeyframe(int version);

/// A version kept whole: the story's JSON, compressed.
QByteArray packWhole(const QJsonObject &story);
/// A version kept as what differs from the next version's body.
QByteArray packDelta(const QJsonObject &story, const QString &nextBody);

bool isDelta(const QByteArray &packed);
Result<QJsonObject> unpackWhole(const QByteArray &packed);
/// The story JSON of a delta, given the body of the next version.
Result<QJsonObject> unpackDelta(const QByteArray &packed, const QString &nextBody);

} // namespace Copydesk::RevisionPacking
