// SPDX-License-Identifier: MIT
#include "photocontroller.h"
#include "linefield.h"

#include "actionregistry.h"
#include "desk.h"
#include "documentcontroller.h"
#include "photopanel.h"
#include "store/keptpicture.h"
#include "story/photometadata.h"
#include "storyeditor.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Copydesk {

PhotoController::PhotoController(Desk &desk, DocumentController &documents, StoryEditor *editor,
                                 QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_documents(documents)
    , m_editor(editor)
{
    // Ctrl+Shift+P publishes; I for "insert image".
    QAction *a =
            desk.actions().add(u"photo.add"_s, tr("Add &Photo…"),
                               tr("Pick a picture file to add; it is kept inside the library"),
                               u"insert-image"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(a, &QAction::triggered, this, &PhotoController::choosePhoto);
    connect(editor, &StoryEditor::addPhotoRequested, this, &PhotoController::choosePhoto);
    connect(editor, &StoryEditor::choosePictureRequested, this, &PhotoController::choosePictureFor);
}

QString PhotoController::askForPicture(const QString &title)
{
    QStringList patterns;
    for (const char *suffix : {"jpg", "jpeg", "png", "gif", "webp"})
        patterns.append(u"*."_s + QLatin1StringView(suffix));
    const QString path = QFileDialog::getOpenFileName(
            m_desk.window(), title, QSettings().value(u"photos/lastFolder"_s).toString(),
            tr("Pictures (%1)").arg(patterns.join(u' ')));
    if (!path.isEmpty())
        QSettings().setValue(u"photos/lastFolder"_s, QFileInfo(path).absolutePath());
    return path;
}

std::optional<Photo> PhotoController::storePicture(const QString &path, const QString &failureTitle,
                                                   PhotoMetadata &metadata)
{
    const auto kept = keepPicture(m_desk.store(), path);
    if (!kept) {
        QMessageBox::warning(m_desk.window(), failureTitle, kept.errorMessage());
        return std::nullopt;
    }
    metadata = kept->metadata;
    return kept->photo;
}

void PhotoController::choosePhoto()
{
    if (!m_documents.document())
        return;
    const QString path = askForPicture(tr("Add Photo"));
    if (!path.isEmpty())
        addPhotoFromFile(path);
}

bool PhotoController::addPhotoFromFile(const QString &path)
{
    StoryDocument *document = m_documents.document();
    if (!document)
        return false;
    PhotoMetadata metadata;
    const std::optional<Photo> photo = storePicture(path, tr("Photo Not Added"), metadata);
    if (!photo)
        return false;
    Photo added = *photo;
    const QStringList filled = fillFromMetadata(added, metadata);
    const int index = int(document->photos().size());
    document->insertPhoto(index, added);
    if (LineField *caption = m_editor->photoPanel()->captionEdit(index))
        caption->setFocus(Qt::OtherFocusReason);
    if (filled.isEmpty())
        m_desk.showStatus(
                tr("Added %1: write its caption, credit and alt text.").arg(added.fileName));
    else
        m_desk.showStatus(tr("Added %1 and filled its %2 from the picture's own metadata; check "
                             "them.")
                                  .arg(added.fileName, QLocale().createSeparatedList(filled)));
    return true;
}

void PhotoController::choosePictureFor(int index)
{
    StoryDocument *document = m_documents.document();
    if (!document || index < 0 || index >= document->photos().size())
        return;
    const QString path = askForPicture(tr("Choose Picture"));
    if (!path.isEmpty())
        attachPictureFromFile(index, path);
}

bool PhotoController::attachPictureFromFile(int index, const QString &path)
{
    StoryDocument *document = m_documents.document();
    if (!document || index < 0 || index >= document->photos().size())
        return false;
    PhotoMetadata metadata;
    const std::optional<Photo> picture = storePicture(path, tr("Picture Not Added"), metadata);
    if (!picture)
        return false;
    Photo photo = document->photos().at(index);
    photo.fileId = picture->fileId;
    photo.fileName = picture->fileName;
    photo.mimeType = picture->mimeType;
    photo.width = picture->width;
    photo.height = picture->height;
    // A wire caption that came with its text keeps it; only empty fields are filled.
    const QStringList filled = fillFromMetadata(photo, metadata);
    document->replacePhoto(index, photo, tr("Choose picture"));
    if (filled.isEmpty())
        m_desk.showStatus(tr("%1 now goes with the caption.").arg(photo.fileName));
    else
        m_desk.showStatus(tr("%1 now goes with the caption; its %2 came from the picture's own "
                             "metadata.")
                                  .arg(photo.fileName, QLocale().createSeparatedList(filled)));
    return true;
}

} // namespace Copydesk
