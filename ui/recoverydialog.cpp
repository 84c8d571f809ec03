// SPDX-License-Identifier: MIT
#include "recoverydialog.h"

#include "publish/scheduletime.h"
#include "storycomparison.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

QString headlineOf(const Story &story)
{
    const QString headline = story.headline().trimmed();
    return headline.isEmpty() ? RecoveryDialog::tr("Untitled story") : headline;
}

QString savedText(const RecoveryItem &item)
{
    if (!item.saved)
        return item.entry.story.version() == 0 ? RecoveryDialog::tr("Never saved")
                                               : RecoveryDialog::tr("Deleted from the library");
    if (item.saved->version() != item.entry.story.version())
        return RecoveryDialog::tr("Version %1, saved since").arg(item.saved->version());
    return RecoveryDialog::tr("Version %1").arg(item.saved->version());
}

} // namespace

RecoveryDialog::RecoveryDialog(const QList<RecoveryItem> &items, const QTimeZone &zone,
                               QWidget *parent)
    : QDialog(parent)
    , m_items(items)
    , m_zone(zone)
    , m_list(new QTreeWidget(this))
    , m_note(new QLabel(this))
    , m_comparison(new StoryComparison(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_keepBoth(new QPushButton(tr("&Keep Both"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
{
    setObjectName(u"recoveryDialog"_s);
    setWindowTitle(tr("Recover Unsaved Edits"));
    auto *intro = new QLabel(
            tr("Copydesk ended before these edits were saved. Their text was kept in the edit "
               "journal beside the library. Choose what to do with each; what you leave is "
               "offered again at the next start."),
            this);
    intro->setWordWrap(true);

    m_list->setObjectName(u"recoveryList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Story"), tr("Last edit"), tr("In the library")});
    m_list->setAccessibleName(tr("Stories with unsaved edits"));
    for (const RecoveryItem &item : items) {
        auto *row = new QTreeWidgetItem(m_list,
                                        {headlineOf(item.entry.story),
                                         describeTime(item.entry.editedAt, zone), savedText(item)});
        row->setToolTip(0, QDir::toNativeSeparators(item.entry.file));
    }
    // The time and the version read whole; the headline takes what is left.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_note->setObjectName(u"recoveryNote"_s);
    m_note->setWordWrap(true);

    m_restore->setToolTip(tr("Open the edits in the editor, unsaved, on top of what the library "
                             "holds; Undo takes them back"));
    m_keepBoth->setToolTip(tr("Save the edits as a new draft; the saved story stays as it is"));
    m_discard->setToolTip(tr("Throw the edits away"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_keepBoth, QDialogButtonBox::ActionRole);
    buttons->addButton(m_discard, QDialogButtonBox::ActionRole);
    QPushButton *later = buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    later->setToolTip(tr("Keep the edits in the journal and offer them again at the next start"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this,
            [this] { Q_EMIT restoreRequested(currentIndex()); });
    connect(m_keepBoth, &QPushButton::clicked, this,
            [this] { Q_EMIT keepBothRequested(currentIndex()); });
    connect(m_discard, &QPushButton::clicked, this,
            [this] { Q_EMIT discardRequested(currentIndex()); });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_note);
    lowerLayout->addWidget(m_comparison, 1);
    splitter->addWidget(lower);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1000, 720);

    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { showItem(m_list->indexOfTopLevelItem(m_list->currentItem())); });
    setCurrentIndex(0);
}

int RecoveryDialog::currentIndex() const
{
    return m_list->indexOfTopLevelItem(m_list->currentItem());
}

void RecoveryDialog::setCurrentIndex(int index)
{
    if (index >= 0 && index < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(index));
}

void RecoveryDialog::removeItem(int index)
{
    if (index < 0 || index >= m_items.size())
        return;
    m_items.removeAt(index);
    delete m_list->takeTopLevelItem(index);
    if (m_items.isEmpty()) {
        accept();
        return;
    }
    setCurrentIndex(qMin(index, int(m_items.size()) - 1));
    // The list may have moved the current row while taking one out.
    showItem(currentIndex());
}

void RecoveryDialog::showItem(int index)
{
    const bool valid = index >= 0 && index < m_items.size();
    m_restore->setEnabled(valid);
    m_keepBoth->setEnabled(valid);
    m_discard->setEnabled(valid);
    if (!valid)
        return;
    const RecoveryItem &item = m_items.at(index);
    const Story &edited = item.entry.story;
    QString note;
    Story older;
    QString olderHeading;
    if (item.saved) {
        older = *item.saved;
        olderHeading = comparisonHeading(tr("Saved version %1").arg(item.saved->version()),
                                         describeTime(item.saved->savedAt(), m_zone));
        if (item.saved->version() != edited.version())
            note = tr("These edits began on version %1; version %2 was saved since, by another "
                      "desk or process. Restore puts the edited fields over version %2: compare "
                      "before you save, or keep both.")
                           .arg(edited.version())
                           .arg(item.saved->version());
    } else {
        older.setId(edited.id());
        older.setCreatedAt(edited.createdAt());
        olderHeading = comparisonHeading(tr("Not in the library"), {});
        note = edited.version() == 0
                ? tr("This story was never saved: the journal holds all there is of it.")
                : tr("This story was deleted from the library after these edits began. Restore "
                     "or Keep Both saves it anew.");
    }
    if (item.entry.damagedBytes > 0)
        note += (note.isEmpty() ? QString() : u" "_s) +
                tr("The journal's last record was cut short; this is the one before it.");
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_comparison->compare(
            older, olderHeading, edited,
            comparisonHeading(tr("Unsaved edits"),
                              tr("last edit %1").arg(describeTime(item.entry.editedAt, m_zone))),
            m_zone);
}

} // namespace Copydesk
