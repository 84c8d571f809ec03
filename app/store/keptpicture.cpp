// SPDX-License-Identifier: MIT
#include "store/keptpicture.h"

#include "store/storystore.h"
#include "story/photofile.h"

namespace Copydesk {

Result<KeptPicture> keepPicture(StoryStore &store, const QString &path)
{
    const auto file = readPhotoFile(path);
    if (!file)
        return file.error();
    const auto fileId = store.addPhotoFile(file->bytes, file->mimeType);
    if (!fileId)
        return fileId.error();
    KeptPicture kept;
    kept.photo.fileId = *fileId;
    kept.photo.fileName = file->fileName;
    kept.photo.mimeType = file->mimeType;
    kept.photo.width = file->size.width();
    kept.photo.height = file->size.height();
    kept.metadata = readPhotoMetadata(file->bytes);
    return kept;
}

} // namespace Copydesk
