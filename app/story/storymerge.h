// SPDX-License-Identifier: MIT
#pragma once

#include "story/story.h"

#include <QList>
#include <QSet>

namespace Copydesk {

/// The parts of a story a person edits, each taken whole from one side in a merge.
enum class EditableField {
    Headline,
    Slug,
    Highlights,
    Dateline,
    Byline,
    Language,
    Section,
    Tags,
    Subjects,
    Body,
    Photos
};

/// Every editable field, in the order the editor shows them.
QList<EditableField> editableFields();
QString editableFieldName(EditableField field); ///< translated, for people

/// Who changed a field since the version both sides began from.
struct FieldEdit
{
    EditableField field = EditableField::Headline;
    bool changedByMine = false;
    bool changedByTheirs = false;
    /// Both changed it, to different texts: a person has to choose.
    bool conflicting() const { return changedByMine && changedByTheirs; }
};

/**
 * Compares my edits and theirs (a version saved elsewhere meanwhile) with
 * the version both began from, field by field. Without a base (it cannot
 * be read), every field where the two differ counts as changed by both.
 */
QList<FieldEdit> compareEdits(const std::optional<Story> &base, const Story &mine,
                              const Story &theirs);

/// True when the two hold the same text in field.
bool sameField(const Story &a, const Story &b, EditableField field);
/// True when the two hold the same text in every editable field.
bool sameEdits(const Story &a, const Story &b);

/**
 * Theirs with the fields in fromMine taken from mine: the status, times,
 * notes and version stay theirs', so a publication made meanwhile stays.
 */
Story mergeEdits(const Story &theirs, const Story &mine, const QSet<EditableField> &fromMine);

/// The fields where mine holds text that the merge leaves out.
QList<EditableField> droppedEdits(const QList<FieldEdit> &edits, const Story &mine,
                                  const Story &merged);

} // namespace Copydesk
