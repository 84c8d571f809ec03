// SPDX-License-Identifier: MIT
#include "conflictdialog.h"

#include "publish/scheduletime.h"
#include "storycomparison.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

QString changeText(bool changed)
{
    return changed ? ConflictDialog::tr("changed") : QString();
}

} // namespace

ConflictDialog::ConflictDialog(const EditConflict &conflict, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_conflict(conflict)
    , m_fields(new QTreeWidget(this))
    , m_comparison(new StoryComparison(this))
    , m_takeTheirs(new QPushButton(tr("Take &Theirs"), this))
    , m_keepMine(new QPushButton(tr("Keep &Mine"), this))
    , m_merge(new QPushButton(tr("Merge as &Chosen"), this))
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Story Changed Elsewhere"));
    const Story &theirs = *conflict.theirs;
    auto *intro = new QLabel(
            tr("“%1” was saved elsewhere as version %2 (%3, %4) while you edited version %5. "
               "Choose what the story keeps. Nothing is lost: the other version stays in the "
               "history, and so do your edits if the choice leaves any of them out.")
                    .arg(theirs.headline())
                    .arg(theirs.version())
                    .arg(statusDisplayName(theirs.status()), describeTime(theirs.savedAt(), zone))
                    .arg(conflict.mine.version()),
            this);
    intro->setWordWrap(true);

    m_fields->setObjectName(u"conflictFields"_s);
    m_fields->setRootIsDecorated(false);
    m_fields->setHeaderLabels({tr("Field"), tr("You"), tr("Elsewhere"), tr("Keep")});
    m_fields->setAccessibleName(tr("What each side changed, and which to keep"));
    for (const FieldEdit &edit : conflict.edits) {
        if (!edit.changedByMine && !edit.changedByTheirs)
            continue;
        auto *row =
                new QTreeWidgetItem(m_fields,
                                    {editableFieldName(edit.field), changeText(edit.changedByMine),
                                     changeText(edit.changedByTheirs)});
        auto *choice = new QComboBox(m_fields);
        choice->addItem(tr("Yours"), true);
        choice->addItem(tr("Theirs"), false);
        choice->setCurrentIndex(edit.changedByMine ? 0 : 1);
        choice->setAccessibleName(tr("Keep which %1").arg(editableFieldName(edit.field)));
        if (edit.conflicting()) {
            QFont bold = row->font(0);
            bold.setBold(true);
            row->setFont(0, bold);
            row->setToolTip(0, tr("Both sides changed this field"));
        }
        m_fields->setItemWidget(row, 3, choice);
        m_choices.insert(edit.field, choice);
    }
    m_fields->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_takeTheirs->setToolTip(tr("The story becomes the version saved elsewhere; your edits are "
                                "kept as a version in its history"));
    m_keepMine->setToolTip(tr("Your edits are saved as the next version over the one saved "
                              "elsewhere, which stays in the history"));
    m_merge->setToolTip(tr("Take each field from the side chosen in the list"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_takeTheirs, QDialogButtonBox::ActionRole);
    buttons->addButton(m_keepMine, QDialogButtonBox::ActionRole);
    buttons->addButton(m_merge, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)
            ->setToolTip(tr("Go on editing; nothing is saved, your edits stay in the editor"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { finish({}); });
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        QSet<EditableField> mine;
        for (const FieldEdit &edit : std::as_const(m_conflict.edits)) {
            if (edit.changedByMine)
                mine.insert(edit.field);
        }
        finish(mine);
    });
    connect(m_merge, &QPushButton::clicked, this, [this] {
        QSet<EditableField> mine;
        for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
            if (it.value()->currentData().toBool())
                mine.insert(it.key());
        }
        finish(mine);
    });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_fields);
    splitter->addWidget(m_comparison);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1000, 720);

    m_comparison->compare(theirs,
                          comparisonHeading(tr("Saved elsewhere, version %1").arg(theirs.version()),
                                            describeTime(theirs.savedAt(), zone)),
                          conflict.mine,
                          comparisonHeading(tr("Your edits"),
                                            tr("begun on version %1").arg(conflict.mine.version())),
                          zone);
}

bool ConflictDialog::setChoice(EditableField field, bool mine)
{
    QComboBox *choice = m_choices.value(field);
    if (!choice)
        return false;
    choice->setCurrentIndex(mine ? 0 : 1);
    return true;
}

void ConflictDialog::finish(const QSet<EditableField> &fromMine)
{
    m_fromMine = fromMine;
    accept();
}

} // namespace Copydesk
