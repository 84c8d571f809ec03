// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "story/photometadata.h"
#include "story/story.h"

#include <QByteArray>
#include <QString>

namespace Copydesk {

class StoryStore;

/// A picture file kept in the library: the photo that points at it, and what the file says.
struct KeptPicture
{
    /// Its file id, the name it was picked under, its type and size; no caption, credit or alt
    /// text yet (fillFromMetadata() fills them from metadata).
    Photo photo;
    /// The caption, credit, photographer and date the file's own metadata gives.
    PhotoMetadata metadata;
};

/**
 * Reads a picture file in full (readPhotoFile(): a truncated, mislabelled
 * or oversized file is refused, worded for people) and keeps its bytes in
 * the library. What the window's Add Photo… and Choose Picture… and
 * copydesk-cli attach all do before a story points at a picture; nothing
 * is kept when the file is refused.
 */
Result<KeptPicture> keepPicture(StoryStore &store, const QString &path);
/// The same for a picture's bytes from elsewhere (a CMS's media), named fileName.
Result<KeptPicture> keepPicture(StoryStore &store, const QByteArray &bytes,
                                const QString &fileName);

} // namespace Copydesk
