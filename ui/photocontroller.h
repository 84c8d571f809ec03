// SPDX-License-Identifier: MIT
#pragma once

#include "story/photometadata.h"
#include "story/story.h"

#include <QObject>

#include <optional>

namespace Copydesk {

class Desk;
class DocumentController;
class StoryEditor;

/**
 * Pictures into the open story: Add Photo… (a new photo) and Choose
 * Picture… (the picture for a wire caption that came without one). Each
 * file is decoded in full and kept in the library before the story
 * points at it; its IPTC/XMP caption, credit and photographer fill the
 * fields left empty, and the status bar says which.
 */
class PhotoController : public QObject
{
    Q_OBJECT

public:
    /// Makes the photo.add action.
    PhotoController(Desk &desk, DocumentController &documents, StoryEditor *editor,
                    QObject *parent = nullptr);

    bool addPhotoFromFile(const QString &path);
    /// Gives the photo at index this picture file, keeping its caption, credit and alt text; one
    /// undo step.
    bool attachPictureFromFile(int index, const QString &path);

private:
    void choosePhoto();
    void choosePictureFor(int index);
    /// Asks for a picture file; empty when the user cancelled.
    QString askForPicture(const QString &title);
    /// Reads a picture file into the library (keepPicture()), or says why not; nullopt on
    /// failure. metadata receives what the file says of itself.
    std::optional<Photo> storePicture(const QString &path, const QString &failureTitle,
                                      PhotoMetadata &metadata);

    Desk &m_desk;
    DocumentController &m_documents;
    StoryEditor *m_editor;
};

} // namespace Copydesk
