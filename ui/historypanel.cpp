// SPDX-License-Identifier: MIT
#include "historypanel.h"

#include "libraryworker.h"
#include "publish/scheduletime.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {
enum Column { VersionColumn, SavedColumn, KindColumn, AuthorColumn, NoteColumn };
constexpr int versionRole = Qt::UserRole + 1;
} // namespace

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_restore(new QPushButton(tr("&Restore…"), this))
{
    m_list->setObjectName(u"historyList"_s);
    m_list->setAccessibleName(tr("Versions of the story"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Version"), tr("Saved"), tr("What"), tr("By"), tr("Note")});
    m_list->header()->setStretchLastSection(true);
    for (int column : {VersionColumn, SavedColumn, KindColumn, AuthorColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->setToolTip(tr("Select two versions to compare them, or one to compare it with the "
                          "newest or to restore it"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_compare->setObjectName(u"historyCompare"_s);
    m_compare->setToolTip(tr("Show the two versions side by side, field by field, the body "
                             "word by word"));
    m_restore->setObjectName(u"historyRestore"_s);
    m_restore->setToolTip(tr("Make a new version with the text of the selected one; nothing is "
                             "overwritten"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_restore);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    setFocusProxy(m_list);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &HistoryPanel::updateButtons);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QList<int> versions = selectedVersions();
        if (versions.size() == 2)
            Q_EMIT compareRequested(versions.at(1), versions.at(0));
        else if (versions.size() == 1 && versions.first() != m_newest)
            Q_EMIT compareRequested(versions.first(), m_newest);
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QList<int> versions = selectedVersions();
        if (versions.size() == 1)
            Q_EMIT restoreRequested(versions.first());
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int version = item->data(0, versionRole).toInt();
        if (version > 0 && version != m_newest)
            Q_EMIT compareRequested(version, m_newest);
    });
    updateButtons();
}

void HistoryPanel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    refresh();
}

void HistoryPanel::showStory(StoryStore *store, const QUuid &id)
{
    m_store = store;
    m_id = id;
    refresh();
}

void HistoryPanel::setWorker(LibraryWorker *worker)
{
    m_worker = worker;
}

void HistoryPanel::refresh()
{
    const quint64 read = ++m_reads;
    if (!m_store || m_id.isNull()) {
        m_list->clear();
        m_newest = 0;
        m_summary->setText(tr("A story gets its first version when it is saved."));
        updateButtons();
        return;
    }
    LibraryWorker::runOrNow<Versions>(
            m_worker, *m_store, this,
            [id = m_id](StoryStore &store) -> Result<Versions> {
                auto revisions = store.revisions(id);
                if (!revisions)
                    return revisions.error();
                const auto summary = store.storySummary(id);
                return Versions{*std::move(revisions), summary ? summary->publishedVersion : 0};
            },
            [this, read](Result<Versions> versions) {
                if (read == m_reads)
                    fill(versions);
            });
}

void HistoryPanel::fill(const Result<Versions> &versions)
{
    const QList<int> selected = selectedVersions();
    m_list->clear();
    m_newest = 0;
    m_summary->clear();
    if (!versions) {
        m_summary->setText(versions.errorMessage());
        updateButtons();
        return;
    }
    const int published = versions->published;
    for (const RevisionInfo &revision : versions->revisions) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(VersionColumn, QString::number(revision.version));
        item->setText(SavedColumn, describeTime(revision.savedAt, m_zone));
        item->setText(KindColumn, revisionKindDisplayName(revision.kind));
        item->setText(AuthorColumn, revision.author);
        item->setText(NoteColumn, revision.note);
        item->setToolTip(NoteColumn, revision.note);
        item->setData(0, versionRole, revision.version);
        if (revision.version == published) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int column = 0; column < m_list->columnCount(); ++column)
                item->setFont(column, bold);
            item->setToolTip(VersionColumn, tr("Readers have this version"));
        }
        m_newest = std::max(m_newest, revision.version);
    }
    if (versions->revisions.isEmpty())
        m_summary->setText(tr("Not saved yet."));
    else if (published > 0)
        m_summary->setText(tr("Readers have version %1 (bold).").arg(published));
    else
        m_summary->setText(tr("Not published yet."));
    selectVersions(selected);
    updateButtons();
}

QList<int> HistoryPanel::selectedVersions() const
{
    QList<int> versions;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        versions.append(item->data(0, versionRole).toInt());
    std::sort(versions.begin(), versions.end(), std::greater<>());
    return versions;
}

void HistoryPanel::selectVersions(const QList<int> &versions)
{
    m_list->clearSelection();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (versions.contains(item->data(0, versionRole).toInt())) {
            item->setSelected(true);
            m_list->setCurrentItem(item, 0, QItemSelectionModel::Select);
        }
    }
    updateButtons();
}

void HistoryPanel::updateButtons()
{
    const QList<int> versions = selectedVersions();
    m_compare->setEnabled(versions.size() == 2 ||
                          (versions.size() == 1 && versions.first() != m_newest));
    m_restore->setEnabled(versions.size() == 1 && versions.first() != m_newest);
    Q_EMIT choicesChanged();
}

} // namespace Copydesk
