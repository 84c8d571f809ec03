// SPDX-License-Identifier: MIT
#pragma once

#include "story/story.h"

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QTextDocument;
class QUndoStack;
QT_END_NAMESPACE

namespace Copydesk {

/**
 * The editable state of one open story, like Tiled's MapDocument: the
 * metadata changes through undo commands (typing merges), the body is a
 * QTextDocument keeping its own undo, and one QUndoStack orders both, so
 * Undo always takes back the last change whichever field it was in.
 */
class StoryDocument : public QObject
{
    Q_OBJECT

public:
    /// Tags are one text, the tags separated by commas.
    enum class TextField { Headline, Slug, Dateline, Byline, Language, Section, Tags };
    Q_ENUM(TextField)
    enum class PhotoField { Caption, Credit, AltText };
    Q_ENUM(PhotoField)

    explicit StoryDocument(const Story &story, QObject *parent = nullptr);
    ~StoryDocument() override;

    /// The story as edited now, body included.
    Story story() const;
    QUuid id() const { return m_story.id(); }
    /// The saved version the edits are based on (0: never saved); cheap, unlike story().
    int version() const { return m_story.version(); }
    /// Never saved to the library yet.
    bool isNew() const { return m_story.version() == 0; }
    bool isModified() const;

    QTextDocument *bodyDocument() const { return m_body; }
    QUndoStack *undoStack() const { return m_undoStack; }

    QString text(TextField field) const;
    void setText(TextField field, const QString &text);

    /// The IPTC Media Topic codes the story is about; a change is one undo step.
    QStringList subjects() const { return m_story.subjects(); }
    void setSubjects(const QStringList &codes);

    QStringList highlights() const { return m_story.highlights(); }
    void setHighlight(int index, const QString &text);
    void insertHighlight(int index, const QString &text = {});
    void removeHighlight(int index);
    void moveHighlight(int from, int to);

    QList<Photo> photos() const { return m_story.photos(); }
    /// The caption, credit or alt text of the photo at index; empty past the last.
    QString photoText(int index, PhotoField field) const;
    void insertPhoto(int index, const Photo &photo);
    void removePhoto(int index);
    /// Puts a different photo at index as one step, e.g. a picture for a wire caption.
    void replacePhoto(int index, const Photo &photo, const QString &description);
    void movePhoto(int from, int to);
    void setPhotoText(int index, PhotoField field, const QString &text);

    /**
     * Puts edited's fields (headline, slug, highlights, dateline, byline,
     * body, photos) in place as one undo step, e.g. edits recovered from
     * the journal: Undo takes them back to what was open before.
     */
    void replaceContent(const Story &edited, const QString &description);

    /// After a save: takes the stored version, time and slug, and marks clean.
    void markSaved(const Story &stored);
    /**
     * After a save of sent that ran while the editor stayed open: takes the
     * stored version and time, and the slug and status where they were not
     * changed since; clean only when nothing was edited since sent.
     */
    void markSaved(const Story &stored, const Story &sent);

Q_SIGNALS:
    void textChanged(Copydesk::StoryDocument::TextField field);
    void highlightsChanged();
    void subjectsChanged();
    void photosChanged();
    /// Anything changed, the body included; for debounced consumers.
    void contentChanged();
    void modificationChanged(bool modified);

private:
    friend class MetadataCommand;
    /// Pushes a change of everything but the body; mergeKey >= 0 merges typing.
    void change(const Story &after, const QString &description, int mergeKey);
    void apply(const Story &metadata, bool slugEdit);

    Story m_story; ///< all but the body, which lives in m_body
    QTextDocument *m_body = nullptr;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace Copydesk
