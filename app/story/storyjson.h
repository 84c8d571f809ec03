// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "story/story.h"

#include <QJsonObject>

namespace Copydesk {

/**
 * The whole story as one JSON object: what revision rows keep, what
 * `copydesk-cli list --json` prints and how the bundled sample is written.
 * Times are ISO 8601 UTC with a "Z"; absent times are left out.
 */
namespace StoryJson {
QJsonObject toJson(const Story &story);
Result<Story> fromJson(const QJsonObject &object);
QString timeToJson(const QDateTime &utc);
QDateTime timeFromJson(const QString &text);
} // namespace StoryJson

} // namespace Copydesk
