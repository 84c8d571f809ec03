// SPDX-License-Identifier: MIT
#pragma once

#include "store/editconflict.h"

#include <QDialog>
#include <QHash>
#include <QTimeZone>

QT_BEGIN_NAMESPACE
class QComboBox;
class QPushButton;
class QTreeWidget;
QT_END_NAMESPACE

namespace Copydesk {

class StoryComparison;

/**
 * A save refused because the story was saved elsewhere first: what each
 * side changed, field by field, beside the two texts, and a choice of
 * Take Theirs, Keep Mine or a merge field by field. Whatever is chosen,
 * both texts stay in the story's history (see saveResolution).
 */
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const EditConflict &conflict, const QTimeZone &zone, QWidget *parent = nullptr);

    /// The fields to take from my edits, as chosen.
    QSet<EditableField> fromMine() const { return m_fromMine; }
    /// The choice for one field in the merge list; false when the field is not listed.
    bool setChoice(EditableField field, bool mine);

    QTreeWidget *fieldList() const { return m_fields; }
    StoryComparison *comparison() const { return m_comparison; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *mergeButton() const { return m_merge; }

private:
    void finish(const QSet<EditableField> &fromMine);

    EditConflict m_conflict;
    QTreeWidget *m_fields;
    QHash<EditableField, QComboBox *> m_choices;
    StoryComparison *m_comparison;
    QPushButton *m_takeTheirs;
    QPushButton *m_keepMine;
    QPushButton *m_merge;
    QSet<EditableField> m_fromMine;
};

} // namespace Copydesk
