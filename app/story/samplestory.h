// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "story/story.h"

#include <QDateTime>

namespace Copydesk {

class StoryStore;

/**
 * Puts the bundled sample story, with its photo, into a new library, so
 * that the first start shows a real story rather than an empty window.
 */
Result<Story> installSampleStory(StoryStore &store,
                                 const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

} // namespace Copydesk
