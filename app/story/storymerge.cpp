// SPDX-License-Identifier: MIT
#include "storymerge.h"

#include <QCoreApplication>

#include <algorithm>

namespace Copydesk {

QList<EditableField> editableFields()
{
    return {EditableField::Headline, EditableField::Slug,   EditableField::Highlights,
            EditableField::Dateline, EditableField::Byline, EditableField::Language,
            EditableField::Section,  EditableField::Tags,   EditableField::Subjects,
            EditableField::Body,     EditableField::Photos};
}

QString editableFieldName(EditableField field)
{
    const char *name = "";
    switch (field) {
    case EditableField::Headline:
        name = QT_TRANSLATE_NOOP("Copydesk::StoryMerge", "Headline");
        break;
    case EditableField::Slug:
        name = QT_TRANSLATE_NOOP("Copydesk::StoryMerge", "Slug");
        break;
    case EditableField::Highlights:
        name = QT_TRANSLATE_NOOP("Copydesk::StoryMerge", "Highlights");
        break;
    case EditableField::Dateline:
        name = QT_TRANSLATE_NOOP("Copydesk::StoryMerge", "Dateline");
        break;
    case EditableField::Byline:
        name = QT_TRANSLATE_NOOP("Copydesk::StoryMerge", "Byline");
        break;
    case EditableField::Language:
        name = QT_TRANSLATE_NOOP("Copydesk::StoryMerge", "Language");
        break;
    case EditableField::Section:
        name = QT_TRANSLATE_NOOP("Copydesk::StoryMerge", "Section");
        break;
    case EditableField::Tags:
        name = QT_TRANSLATE_NOOP("Copydesk::StoryMerge", "Tags");
        break;
    case EditableField::Subjects:
        name = QT_TRANSLATE_NOOP("Copydesk::StoryMerge", "Subjects");
        break;
    case EditableField::Body:
        name = QT_TRANSLATE_NOOP("Copydesk::StoryMerge", "Body");
        break;
    case EditableField::Photos:
        name = QT_TRANSLATE_NOOP("Copydesk::StoryMerge", "Photos and captions");
        break;
    }
    return QCoreApplication::translate("Copydesk::StoryMerge", name);
}

bool sameField(const Story &a, const Story &b, EditableField field)
{
    switch (field) {
    case EditableField::Headline:
        return a.headline() == b.headline();
    case EditableField::Slug:
        return a.slug() == b.slug();
    case EditableField::Highlights:
        return a.highlights() == b.highlights();
    case EditableField::Dateline:
        return a.dateline() == b.dateline();
    case EditableField::Byline:
        return a.byline() == b.byline();
    case EditableField::Language:
        return a.language() == b.language();
    case EditableField::Section:
        return a.section() == b.section();
    case EditableField::Tags:
        return a.tags() == b.tags();
    case EditableField::Subjects:
        return a.subjects() == b.subjects();
    case EditableField::Body:
        return a.body() == b.body();
    case EditableField::Photos:
        return a.photos() == b.photos();
    }
    return true;
}

bool sameEdits(const Story &a, const Story &b)
{
    const QList<EditableField> fields = editableFields();
    return std::all_of(fields.cbegin(), fields.cend(),
                       [&](EditableField field) { return sameField(a, b, field); });
}

QList<FieldEdit> compareEdits(const std::optional<Story> &base, const Story &mine,
                              const Story &theirs)
{
    QList<FieldEdit> edits;
    for (const EditableField field : editableFields()) {
        FieldEdit edit{field};
        if (base) {
            edit.changedByMine = !sameField(*base, mine, field);
            edit.changedByTheirs = !sameField(*base, theirs, field);
        } else {
            edit.changedByMine = edit.changedByTheirs = !sameField(mine, theirs, field);
        }
        // The same change on both sides is no conflict.
        if (edit.changedByMine && edit.changedByTheirs && sameField(mine, theirs, field))
            edit.changedByMine = false;
        edits.append(edit);
    }
    return edits;
}

Story mergeEdits(const Story &theirs, const Story &mine, const QSet<EditableField> &fromMine)
{
    Story merged = theirs;
    for (const EditableField field : fromMine) {
        switch (field) {
        case EditableField::Headline:
            merged.setHeadline(mine.headline());
            break;
        case EditableField::Slug:
            merged.setSlug(mine.slug());
            break;
        case EditableField::Highlights:
            merged.setHighlights(mine.highlights());
            break;
        case EditableField::Dateline:
            merged.setDateline(mine.dateline());
            break;
        case EditableField::Byline:
            merged.setByline(mine.byline());
            break;
        case EditableField::Language:
            merged.setLanguage(mine.language());
            break;
        case EditableField::Section:
            merged.setSection(mine.section());
            break;
        case EditableField::Tags:
            merged.setTags(mine.tags());
            break;
        case EditableField::Subjects:
            merged.setSubjects(mine.subjects());
            break;
        case EditableField::Body:
            merged.setBody(mine.body());
            break;
        case EditableField::Photos:
            merged.setPhotos(mine.photos());
            break;
        }
    }
    return merged;
}

QList<EditableField> droppedEdits(const QList<FieldEdit> &edits, const Story &mine,
                                  const Story &merged)
{
    QList<EditableField> dropped;
    for (const FieldEdit &edit : edits) {
        if (edit.changedByMine && !sameField(mine, merged, edit.field))
            dropped.append(edit.field);
    }
    return dropped;
}

} // namespace Copydesk
