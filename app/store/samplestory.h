// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "story/story.h"

#include <QDateTime>

#include <memory>

namespace Copydesk {

class StoryStore;

/**
 * Puts the bundled sample story, with its photo, into a new library, so
 * that the first start shows a real story rather than an empty window.
 */
Result<Story> installSampleStory(StoryStore &store,
                                 const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

/**
 * Opens the library the window works on: like Library::open, and a library
 * created just now gets the sample story. A sample that cannot be added is
 * logged; the library is still usable.
 */
Result<std::unique_ptr<StoryStore>> openDeskLibrary(const QString &path);

} // namespace Copydesk
