// SPDX-License-Identifier: MIT
#include "librarypanel.h"

#include "storylistmodel.h"

#include <QComboBox>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

LibraryPanel::LibraryPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new StoryListModel(this))
    , m_filterDelay(new QTimer(this))
    , m_filter(new QLineEdit(this))
    , m_section(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_busy(new BusyBar(this))
{
    // The library filters: a pause after typing, so a fast typist asks once.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(150);
    connect(m_filterDelay, &QTimer::timeout, this, &LibraryPanel::applyFilter);

    m_filter->setObjectName(u"libraryFilter"_s);
    m_filter->setPlaceholderText(tr("Filter stories"));
    m_filter->setToolTip(tr("Show only stories whose headline or slug contains this text"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter stories"));
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    // Enter filters at once.
    connect(m_filter, &QLineEdit::returnPressed, this, &LibraryPanel::applyFilter);
    m_section->setObjectName(u"librarySection"_s);
    m_section->setAccessibleName(tr("Section"));
    m_section->setToolTip(tr("Show every story, the stories of one section, or those filed "
                             "under none"));
    m_section->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setSections({});
    connect(m_section, &QComboBox::activated, this, &LibraryPanel::applyFilter);

    m_view->setObjectName(u"libraryView"_s);
    m_view->setAccessibleName(tr("Stories"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(StoryListModel::SavedColumn, Qt::DescendingOrder);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(StoryListModel::HeadlineColumn, QHeaderView::Stretch);
    // Sized to what is shown, not to every row the list holds: those would
    // all be read before the window first paints.
    m_view->header()->setResizeContentsPrecision(0);
    // The status column fits a schedule's time and countdown; longer text is
    // elided, and the tooltip says it whole.
    m_view->header()->setSectionResizeMode(StoryListModel::StatusColumn, QHeaderView::Interactive);
    fitColumns();
    m_view->header()->setSectionResizeMode(StoryListModel::SavedColumn,
                                           QHeaderView::ResizeToContents);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_selecting || m_applying || !current.isValid())
                    return;
                Q_EMIT storyChosen(current.data(StoryListModel::IdRole).toUuid());
            });

    // A list read on a slow server: a moving bar once it takes a while, the
    // rows shown meanwhile still there to work with.
    m_busy->setObjectName(u"libraryBusy"_s);
    m_busy->setMaximumHeight(4);
    m_busy->setToolTip(tr("Reading the library from the server…"));
    m_busy->setAccessibleName(tr("Reading the library"));
    connect(m_model, &StoryListModel::busyChanged, m_busy, &BusyBar::setBusy);
    // Rows that come from the worker move the current row: not the user choosing a story.
    connect(m_model, &StoryListModel::rowsChanging, this, [this] { m_applying = true; });
    connect(m_model, &StoryListModel::rowsSettled, this, [this] {
        m_applying = false;
        selectStory(m_openId);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(2);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_section);
    layout->addLayout(filters);
    layout->addWidget(m_busy);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
    // The view does not take drops itself, so drops anywhere on the list come here.
    setAcceptDrops(true);
    m_view->setToolTip(tr("Drop text files or text here to import them as wire stories"));
}

void LibraryPanel::setSections(const QStringList &sections)
{
    // The list chosen stays chosen while it is one of them.
    const QVariant chosen = m_section->currentData();
    QSignalBlocker blocker(m_section);
    m_section->clear();
    m_section->addItem(tr("All sections"));
    for (const QString &name : sections)
        m_section->addItem(name, name);
    m_section->addItem(tr("No section"), QString());
    const int kept = chosen.isValid() ? m_section->findData(chosen) : 0;
    m_section->setCurrentIndex(qMax(0, kept));
    if (chosen.isValid() && kept < 0)
        applyFilter();
}

QStringList LibraryPanel::localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

void LibraryPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void LibraryPanel::fitColumns()
{
    const QFontMetrics metrics = m_view->fontMetrics();
    const int statusWidth = metrics.horizontalAdvance(tr("Wed 06:00 · due in 23 h")) +
            2 * metrics.averageCharWidth();
    const int savedWidth = metrics.horizontalAdvance(u"00:00:00 "_s) * 2;
    const bool narrow = m_view->width() < 2 * (statusWidth + savedWidth);
    // A wide list keeps a width the user set; a narrow one gives the headline two thirds.
    if (m_narrow == narrow && !narrow)
        return;
    m_narrow = narrow;
    m_view->setColumnHidden(StoryListModel::SavedColumn, narrow);
    m_view->header()->resizeSection(StoryListModel::StatusColumn,
                                    narrow ? std::min(statusWidth, m_view->width() / 3)
                                           : statusWidth);
}

void LibraryPanel::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!localFiles(mime).isEmpty() || (!mime->hasUrls() && mime->hasText()))
        event->acceptProposedAction();
}

void LibraryPanel::dragMoveEvent(QDragMoveEvent *event)
{
    // Over the filter box, the box takes the drop itself; anywhere else it is an import.
    event->acceptProposedAction();
}

void LibraryPanel::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QStringList files = localFiles(mime);
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        Q_EMIT filesDropped(files);
    } else if (!mime->hasUrls() && mime->hasText()) {
        event->acceptProposedAction();
        Q_EMIT textDropped(mime->text());
    }
}

void LibraryPanel::applyFilter()
{
    m_filterDelay->stop();
    {
        // Filtering moves the current row; that is not the user choosing a story.
        const QScopedValueRollback guard(m_selecting, true);
        m_model->setFilterText(m_filter->text());
        const QVariant section = m_section->currentData();
        m_model->setSectionFilter(section.isValid() ? std::optional(section.toString())
                                                    : std::nullopt);
    }
    selectStory(m_openId);
}

void LibraryPanel::setStore(StoryStore *store)
{
    {
        const QScopedValueRollback guard(m_selecting, true);
        m_model->setStore(store);
    }
    selectStory(m_openId);
}

void LibraryPanel::refreshStory(const QUuid &id)
{
    {
        const QScopedValueRollback guard(m_selecting, true);
        m_model->refreshStory(id);
    }
    selectStory(m_openId);
}

void LibraryPanel::reload()
{
    {
        const QScopedValueRollback guard(m_selecting, true);
        m_model->reload();
    }
    selectStory(m_openId);
}

void LibraryPanel::selectStory(const QUuid &id)
{
    const QScopedValueRollback guard(m_selecting, true);
    m_openId = id;
    const int row = m_model->rowOf(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_model->index(row, 0);
    if (!index.isValid()) {
        m_view->selectionModel()->clearSelection();
        m_view->setCurrentIndex({});
    } else {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void LibraryPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace Copydesk
