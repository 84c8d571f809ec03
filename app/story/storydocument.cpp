// SPDX-License-Identifier: MIT
#include "storydocument.h"

#include "story/storymerge.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// Typing pauses longer than this start a new undo step.
constexpr qint64 mergeWindowMs = 1500;

/// Merge keys: one per field, highlights and photo fields offset by index.
int mergeKeyFor(StoryDocument::TextField field)
{
    return int(field);
}
int highlightMergeKey(int index)
{
    return 100 + index;
}
int photoMergeKey(int index, StoryDocument::PhotoField field)
{
    return 1000 + index * 10 + int(field);
}

/// One step of the body's own undo history, placed in the story's stack.
class BodyCommand : public QUndoCommand
{
public:
    explicit BodyCommand(QTextDocument *body)
        : QUndoCommand(QCoreApplication::translate("Copydesk::StoryDocument", "Edit body"))
        , m_body(body)
    {
    }
    void undo() override
    {
        if (!m_body)
            return;
        m_body->undo();
        // Typing after an undo must start a step of its own: merged into the
        // document's previous step it would leave this command's redo empty.
        m_body->setModified(false);
    }
    void redo() override
    {
        // The document already holds the change when the command is pushed.
        if (m_first) {
            m_first = false;
            return;
        }
        if (!m_body)
            return;
        m_body->redo();
        m_body->setModified(false);
    }

private:
    QPointer<QTextDocument> m_body;
    bool m_first = true;
};

} // namespace

/// A change to the story's metadata, kept as before and after values.
class MetadataCommand : public QUndoCommand
{
public:
    MetadataCommand(StoryDocument *document, Story before, Story after, const QString &text,
                    int mergeKey)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
        , m_editsSlug(m_before.slug() != m_after.slug())
    {
        m_age.start();
    }

    int id() const override { return m_mergeKey < 0 ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const MetadataCommand *>(other);
        if (next->m_mergeKey != m_mergeKey || m_age.elapsed() > mergeWindowMs)
            return false;
        m_after = next->m_after;
        m_age.restart();
        return true;
    }
    void undo() override { m_document->apply(m_before, m_editsSlug); }
    void redo() override { m_document->apply(m_after, m_editsSlug); }

private:
    StoryDocument *m_document;
    Story m_before;
    Story m_after;
    int m_mergeKey;
    bool m_editsSlug;
    QElapsedTimer m_age;
};

StoryDocument::StoryDocument(const Story &story, QObject *parent)
    : QObject(parent)
    , m_story(story)
    , m_body(new QTextDocument(this))
    , m_undoStack(new QUndoStack(this))
{
    m_body->setPlainText(story.body());
    m_body->clearUndoRedoStacks();
    m_body->setModified(false);
    m_story.setBody({});

    connect(m_body, &QTextDocument::undoCommandAdded, this,
            [this] { m_undoStack->push(new BodyCommand(m_body)); });
    connect(m_body, &QTextDocument::contentsChanged, this, &StoryDocument::contentChanged);
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modificationChanged(!clean); });
}

StoryDocument::~StoryDocument()
{
    // The stack's body commands must not reach into a half-destroyed
    // document, and nobody should hear about it from inside a destructor.
    const QSignalBlocker blocker(m_undoStack);
    m_undoStack->clear();
}

Story StoryDocument::story() const
{
    Story story = m_story;
    story.setBody(m_body->toPlainText());
    return story;
}

bool StoryDocument::isModified() const
{
    return !m_undoStack->isClean();
}

QString StoryDocument::text(TextField field) const
{
    switch (field) {
    case TextField::Headline:
        return m_story.headline();
    case TextField::Slug:
        return m_story.slug();
    case TextField::Dateline:
        return m_story.dateline();
    case TextField::Byline:
        return m_story.byline();
    case TextField::Language:
        return m_story.language();
    case TextField::Section:
        return m_story.section();
    case TextField::Tags:
        return m_story.tags().join(u", "_s);
    }
    return {};
}

void StoryDocument::setText(TextField field, const QString &text)
{
    if (this->text(field) == text)
        return;
    Story after = m_story;
    QString description;
    switch (field) {
    case TextField::Headline:
        after.setHeadline(text);
        description = tr("Edit headline");
        break;
    case TextField::Slug:
        after.setSlug(text);
        description = tr("Edit slug");
        break;
    case TextField::Dateline:
        after.setDateline(text);
        description = tr("Edit dateline");
        break;
    case TextField::Byline:
        after.setByline(text);
        description = tr("Edit byline");
        break;
    case TextField::Language:
        after.setLanguage(text);
        description = tr("Edit language");
        break;
    case TextField::Section:
        after.setSection(text);
        description = tr("Change section");
        break;
    case TextField::Tags:
        // "Russia, " on its way to "Russia, election" holds the same tags.
        after.setTags(text.split(u','));
        description = tr("Edit tags");
        break;
    }
    if (after == m_story)
        return;
    change(after, description, mergeKeyFor(field));
}

void StoryDocument::setSubjects(const QStringList &codes)
{
    Story after = m_story;
    after.setSubjects(codes);
    if (after == m_story)
        return;
    change(after, tr("Change subjects"), -1);
}

void StoryDocument::setHighlight(int index, const QString &text)
{
    QStringList highlights = m_story.highlights();
    if (index < 0 || index >= highlights.size() || highlights.at(index) == text)
        return;
    highlights[index] = text;
    Story after = m_story;
    after.setHighlights(highlights);
    change(after, tr("Edit highlight %1").arg(index + 1), highlightMergeKey(index));
}

void StoryDocument::insertHighlight(int index, const QString &text)
{
    QStringList highlights = m_story.highlights();
    index = std::clamp(index, 0, int(highlights.size()));
    highlights.insert(index, text);
    Story after = m_story;
    after.setHighlights(highlights);
    change(after, tr("Add highlight"), -1);
}

void StoryDocument::removeHighlight(int index)
{
    QStringList highlights = m_story.highlights();
    if (index < 0 || index >= highlights.size())
        return;
    highlights.removeAt(index);
    Story after = m_story;
    after.setHighlights(highlights);
    change(after, tr("Remove highlight"), -1);
}

void StoryDocument::moveHighlight(int from, int to)
{
    QStringList highlights = m_story.highlights();
    if (from < 0 || from >= highlights.size() || to < 0 || to >= highlights.size() || from == to)
        return;
    highlights.move(from, to);
    Story after = m_story;
    after.setHighlights(highlights);
    change(after, tr("Move highlight"), -1);
}

void StoryDocument::insertPhoto(int index, const Photo &photo)
{
    QList<Photo> photos = m_story.photos();
    index = std::clamp(index, 0, int(photos.size()));
    photos.insert(index, photo);
    Story after = m_story;
    after.setPhotos(photos);
    change(after, tr("Add photo"), -1);
}

void StoryDocument::removePhoto(int index)
{
    QList<Photo> photos = m_story.photos();
    if (index < 0 || index >= photos.size())
        return;
    photos.removeAt(index);
    Story after = m_story;
    after.setPhotos(photos);
    change(after, tr("Remove photo"), -1);
}

void StoryDocument::replacePhoto(int index, const Photo &photo, const QString &description)
{
    QList<Photo> photos = m_story.photos();
    if (index < 0 || index >= photos.size() || photos.at(index) == photo)
        return;
    photos[index] = photo;
    Story after = m_story;
    after.setPhotos(photos);
    change(after, description, -1);
}

void StoryDocument::movePhoto(int from, int to)
{
    QList<Photo> photos = m_story.photos();
    if (from < 0 || from >= photos.size() || to < 0 || to >= photos.size() || from == to)
        return;
    photos.move(from, to);
    Story after = m_story;
    after.setPhotos(photos);
    change(after, tr("Move photo"), -1);
}

QString StoryDocument::photoText(int index, PhotoField field) const
{
    const QList<Photo> photos = m_story.photos();
    if (index < 0 || index >= photos.size())
        return {};
    const Photo &photo = photos.at(index);
    switch (field) {
    case PhotoField::Caption:
        return photo.caption;
    case PhotoField::Credit:
        return photo.credit;
    case PhotoField::AltText:
        return photo.altText;
    }
    return {};
}

void StoryDocument::setPhotoText(int index, PhotoField field, const QString &text)
{
    QList<Photo> photos = m_story.photos();
    if (index < 0 || index >= photos.size())
        return;
    Photo &photo = photos[index];
    QString *target = nullptr;
    QString description;
    switch (field) {
    case PhotoField::Caption:
        target = &photo.caption;
        description = tr("Edit caption");
        break;
    case PhotoField::Credit:
        target = &photo.credit;
        description = tr("Edit credit");
        break;
    case PhotoField::AltText:
        target = &photo.altText;
        description = tr("Edit alt text");
        break;
    }
    if (*target == text)
        return;
    *target = text;
    Story after = m_story;
    after.setPhotos(photos);
    change(after, description, photoMergeKey(index, field));
}

void StoryDocument::markSaved(const Story &stored)
{
    markSaved(stored, story());
}

void StoryDocument::markSaved(const Story &stored, const Story &sent)
{
    const bool editedSince = !(story() == sent);
    // The stored value may differ only in what the store sets: version, save
    // time and a slug made unique. Applied quietly, not as an undo step.
    const bool slugChanged = m_story.slug() == sent.slug() && m_story.slug() != stored.slug();
    m_story.setVersion(stored.version());
    m_story.setSavedAt(stored.savedAt());
    if (slugChanged)
        m_story.setSlug(stored.slug());
    if (m_story.status() == sent.status())
        m_story.setStatus(stored.status());
    if (!editedSince) {
        m_body->setModified(false);
        m_undoStack->setClean();
    }
    if (slugChanged)
        Q_EMIT textChanged(TextField::Slug);
}

void StoryDocument::replaceContent(const Story &edited, const QString &description)
{
    const QList<EditableField> fields = editableFields();
    Story after = mergeEdits(m_story, edited, {fields.cbegin(), fields.cend()});
    after.setBody({}); // the body lives in m_body
    const bool metadataChanged = !(after == m_story);
    const bool bodyChanged = m_body->toPlainText() != edited.body();
    if (!metadataChanged && !bodyChanged)
        return;
    m_undoStack->beginMacro(description);
    if (metadataChanged)
        change(after, description, -1);
    if (bodyChanged) {
        QTextCursor cursor(m_body);
        cursor.beginEditBlock();
        cursor.select(QTextCursor::Document);
        cursor.insertText(edited.body());
        cursor.endEditBlock();
    }
    m_undoStack->endMacro();
}

void StoryDocument::change(const Story &after, const QString &description, int mergeKey)
{
    // QTextDocument merges typing into its last undo step only while it is
    // "modified"; clearing the flag makes the next body edit a step of its
    // own, after this one in the shared history.
    m_body->setModified(false);
    m_undoStack->push(new MetadataCommand(this, m_story, after, description, mergeKey));
}

void StoryDocument::apply(const Story &metadata, bool slugEdit)
{
    m_body->setModified(false);
    const Story before = m_story;
    m_story = metadata;
    // Undo takes back edits, not saves: what the store owns stays current,
    // and so does the slug it settled on unless the step was a slug edit.
    m_story.setVersion(before.version());
    m_story.setSavedAt(before.savedAt());
    m_story.setStatus(before.status());
    if (!slugEdit)
        m_story.setSlug(before.slug());
    if (before.headline() != metadata.headline())
        Q_EMIT textChanged(TextField::Headline);
    if (before.slug() != metadata.slug())
        Q_EMIT textChanged(TextField::Slug);
    if (before.dateline() != metadata.dateline())
        Q_EMIT textChanged(TextField::Dateline);
    if (before.byline() != metadata.byline())
        Q_EMIT textChanged(TextField::Byline);
    if (before.language() != metadata.language())
        Q_EMIT textChanged(TextField::Language);
    if (before.section() != metadata.section())
        Q_EMIT textChanged(TextField::Section);
    if (before.tags() != metadata.tags())
        Q_EMIT textChanged(TextField::Tags);
    if (before.subjects() != metadata.subjects())
        Q_EMIT subjectsChanged();
    if (before.highlights() != metadata.highlights())
        Q_EMIT highlightsChanged();
    if (before.photos() != metadata.photos())
        Q_EMIT photosChanged();
    Q_EMIT contentChanged();
}

} // namespace Copydesk
