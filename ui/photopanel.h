// SPDX-License-Identifier: MIT
#pragma once

#include "linefield.h"
#include "story/housestyle.h"

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;
QT_END_NAMESPACE

namespace Copydesk {

class FieldHint;

class PhotoCache;
class StoryDocument;
class UndoRouting;

/**
 * The story's photos: a thumbnail of each with its caption, credit and alt
 * text. The first photo leads the story page. A photo that came from the
 * wire has a caption and credit but no picture yet; its row offers to
 * choose one.
 */
class PhotoPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PhotoPanel(QWidget *parent = nullptr);

    void setDocument(StoryDocument *document);
    void setPhotoCache(PhotoCache *cache) { m_cache = cache; }
    void setUndoRouting(UndoRouting *routing) { m_routing = routing; }
    void setFindings(const QList<Finding> &findings);

    int count() const { return int(m_rows.size()); }
    LineField *captionEdit(int index) const;
    QLineEdit *creditEdit(int index) const;
    LineField *altTextEdit(int index) const;
    QLabel *thumbnailLabel(int index) const;
    /// "Choose Picture…" on a photo that has no picture file yet (a wire caption).
    QPushButton *choosePictureButton(int index) const;

Q_SIGNALS:
    /// The user asked to add a photo from a file.
    void addPhotoRequested();
    /// The user asked to pick the picture file for the photo at index, keeping its texts.
    void choosePictureRequested(int index);
    /// An edit was refused (too long); message says why.
    void editRefused(const QString &message);
    /// The rows were made again (another count of photos).
    void rowsRebuilt();

private:
    struct Row
    {
        QWidget *container;
        QLabel *thumbnail;
        LineField *caption;
        QLineEdit *credit;
        LineField *altText;
        FieldHint *captionHint;
        FieldHint *creditHint;
        FieldHint *altHint;
        QToolButton *lead;
        QToolButton *remove;
        QPushButton *choosePicture;
    };

    void refresh();
    void rebuild(int count);

    QPointer<StoryDocument> m_document;
    PhotoCache *m_cache = nullptr;
    UndoRouting *m_routing = nullptr;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    QLabel *m_empty;
    QList<Row> m_rows;
};

} // namespace Copydesk
