// SPDX-License-Identifier: MIT
#include "store/keptpicture.h"

#include "store/storystore.h"
#include "story/photofile.h"

#include <QCoreApplication>

namespace Copydesk {

namespace {

KeptPicture kept(StoryStore &store, const PhotoFile &file, Result<QString> &fileId)
{
    KeptPicture picture;
    fileId = store.addPhotoFile(file.bytes, file.mimeType);
    if (!fileId)
        return picture;
    picture.photo.fileId = *fileId;
    picture.photo.fileName = file.fileName;
    picture.photo.mimeType = file.mimeType;
    picture.photo.width = file.size.width();
    picture.photo.height = file.size.height();
    picture.metadata = readPhotoMetadata(file.bytes);
    return picture;
}

} // namespace

Result<KeptPicture> keepPicture(StoryStore &store, const QString &path)
{
    const auto file = readPhotoFile(path);
    if (!file)
        return file.error();
    Result<QString> fileId = QString();
    KeptPicture picture = kept(store, *file, fileId);
    if (!fileId)
        return fileId.error();
    return picture;
}

Result<KeptPicture> keepPicture(StoryStore &store, const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > maxPhotoBytes)
        return Error{
                ErrorKind::InvalidInput,
                QCoreApplication::translate("Copydesk::KeptPicture", "%1 is larger than %2 MB.")
                        .arg(fileName)
                        .arg(maxPhotoBytes / (1024 * 1024))};
    const auto file = photoFileFromBytes(bytes, fileName);
    if (!file)
        return file.error();
    Result<QString> fileId = QString();
    KeptPicture picture = kept(store, *file, fileId);
    if (!fileId)
        return fileId.error();
    return picture;
}

} // namespace Copydesk
