// SPDX-License-Identifier: MIT
#include "captionsdesk.h"

#include "captionsmodel.h"
#include "desk.h"
#include "documentcontroller.h"
#include "fieldlimit.h"
#include "libraryworker.h"
#include "linefield.h"
#include "story/storydocument.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// A field edited on the desk: saved when made, saved back when undone.
class FieldEdit : public QUndoCommand
{
public:
    FieldEdit(CaptionsDesk *desk, const PhotoRow &row, int column, QString before, QString after)
        : m_desk(desk)
        , m_story(row.storyId)
        , m_photo(row.index)
        , m_column(column)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        const QString headline =
                row.headline.isEmpty() ? CaptionsDesk::tr("untitled story") : row.headline;
        setText(column == CaptionsModel::Credit ? CaptionsDesk::tr("Credit of “%1”").arg(headline)
                        : column == CaptionsModel::AltText
                        ? CaptionsDesk::tr("Alt Text of “%1”").arg(headline)
                        : CaptionsDesk::tr("Caption of “%1”").arg(headline));
    }

    void redo() override
    {
        if (m_first) {
            m_first = false; // saved already, before it went on the stack
            return;
        }
        apply(m_before, m_after);
    }
    void undo() override { apply(m_after, m_before); }

private:
    void apply(const QString &expected, const QString &text)
    {
        const auto saved = m_desk->saveField(m_story, m_photo, m_column, expected, text);
        if (!saved) {
            // Nothing was saved; the step goes, as it no longer describes the library.
            setObsolete(true);
            QMessageBox::warning(m_desk, CaptionsDesk::tr("Not Saved"), saved.errorMessage());
        }
    }

    CaptionsDesk *m_desk;
    QUuid m_story;
    int m_photo;
    int m_column;
    QString m_before;
    QString m_after;
    bool m_first = true;
};

} // namespace

CaptionsDesk::CaptionsDesk(Desk &desk, DocumentController &documents, PhotoCache *cache,
                           QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_desk(desk)
    , m_documents(documents)
    , m_model(new CaptionsModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_period(new QComboBox(this))
    , m_missing(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_undo(new QUndoStack(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(u"captionsDesk"_s);
    setWindowTitle(tr("Captions Desk — Copydesk"));
    m_model->setPhotoCache(cache);
    m_model->setHouseStyle(desk.houseStyle());

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(CaptionsModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(u"captionsTable"_s);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the library's order: newest save first
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setIconSize(QSize(48, 48));
    m_view->verticalHeader()->setDefaultSectionSize(56);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Photos of the period"));
    m_view->setToolTip(tr("F2 or typing edits a caption, credit or alt text; Enter on a story "
                          "opens it"));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CaptionsModel::Caption, QHeaderView::Stretch);
    header->resizeSection(CaptionsModel::Picture, 90);
    header->resizeSection(CaptionsModel::Story, 220);
    header->resizeSection(CaptionsModel::Credit, 150);
    header->resizeSection(CaptionsModel::AltText, 220);
    header->resizeSection(CaptionsModel::Findings, 200);
    setCentralWidget(m_view);

    m_period->setObjectName(u"captionsPeriod"_s);
    m_period->setAccessibleName(tr("Period"));
    m_period->setToolTip(tr("The stories saved or published in this period"));
    m_period->addItem(tr("Today"), int(Period::Today));
    m_period->addItem(tr("Yesterday"), int(Period::Yesterday));
    m_period->addItem(tr("Last 7 Days"), int(Period::LastWeek));
    m_period->addItem(tr("Last 30 Days"), int(Period::LastMonth));
    m_missing->setObjectName(u"captionsMissing"_s);
    m_missing->setAccessibleName(tr("Show"));
    m_missing->setToolTip(tr("Every photo, or only those still missing something"));
    m_missing->addItem(tr("Every Photo"), int(PhotoQuery::Missing::Nothing));
    m_missing->addItem(tr("No Credit"), int(PhotoQuery::Missing::Credit));
    m_missing->addItem(tr("No Alt Text"), int(PhotoQuery::Missing::AltText));
    m_missing->addItem(tr("No Picture Yet"), int(PhotoQuery::Missing::Picture));
    m_search->setObjectName(u"captionsSearch"_s);
    m_search->setPlaceholderText(tr("Search captions, credits, alt text and headlines"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);

    auto *period = new QLabel(tr("&Period:"), this);
    period->setBuddy(m_period);
    auto *show = new QLabel(tr("S&how:"), this);
    show->setBuddy(m_missing);
    QToolBar *bar = addToolBar(tr("Captions"));
    bar->setObjectName(u"captionsToolBar"_s);
    bar->setMovable(false);
    bar->addWidget(period);
    bar->addWidget(m_period);
    bar->addSeparator();
    bar->addWidget(show);
    bar->addWidget(m_missing);
    bar->addSeparator();
    bar->addWidget(m_search);

    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    auto *reloadAction = new QAction(QIcon::fromTheme(u"view-refresh"_s), tr("Re&load"), this);
    reloadAction->setShortcuts(QKeySequence::Refresh);
    reloadAction->setStatusTip(tr("Read the photos of the period again"));
    auto *find = new QAction(tr("&Search"), this);
    find->setShortcuts(QKeySequence::Find);
    auto *open = new QAction(QIcon::fromTheme(u"document-open"_s), tr("&Open Story"), this);
    open->setStatusTip(tr("Open the selected photo's story in the main window"));
    auto *close = new QAction(tr("&Close"), this);
    close->setShortcuts(QKeySequence::Close);
    QMenu *deskMenu = menuBar()->addMenu(tr("&Desk"));
    deskMenu->addActions({open, reloadAction});
    deskMenu->addSeparator();
    deskMenu->addAction(close);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addAction(find);
    bar->addSeparator();
    bar->addActions({undo, redo, reloadAction, open});

    statusBar()->addPermanentWidget(m_count);
    resize(1100, 600);

    connect(m_period, &QComboBox::currentIndexChanged, this, &CaptionsDesk::reload);
    connect(m_missing, &QComboBox::currentIndexChanged, this, &CaptionsDesk::reload);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &CaptionsDesk::reload);
    connect(reloadAction, &QAction::triggered, this, &CaptionsDesk::reload);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(close, &QAction::triggered, this, &QWidget::close);
    auto openCurrent = [this] {
        const QModelIndex current = m_sorted->mapToSource(m_view->currentIndex());
        if (current.isValid())
            Q_EMIT openStoryRequested(m_model->row(current.row()).storyId);
    };
    connect(open, &QAction::triggered, this, openCurrent);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [openCurrent](const QModelIndex &at) {
        if (!(at.flags() & Qt::ItemIsEditable))
            openCurrent();
    });
    connect(m_view, &QAbstractItemView::activated, this, [openCurrent](const QModelIndex &at) {
        if (!(at.flags() & Qt::ItemIsEditable))
            openCurrent();
    });
    connect(m_view->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] {
        if (m_reloadPending)
            QTimer::singleShot(0, this, &CaptionsDesk::reload);
    });
    connect(m_model, &CaptionsModel::editRequested, this,
            [this](int row, int column, const QString &text) { editRow(row, column, text); });
    // Another save (this window's editor, another desk) shows here too.
    connect(&desk, &Desk::storyChanged, this, [this] {
        if (isVisible() && !m_ownSave)
            reload();
    });
    connect(&desk, &Desk::libraryChanged, this, [this] {
        if (isVisible())
            reload();
    });
    connect(&desk, &Desk::houseStyleChanged, this,
            [this] { m_model->setHouseStyle(m_desk.houseStyle()); });
    reload();
}

void CaptionsDesk::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void CaptionsDesk::setMissing(PhotoQuery::Missing missing)
{
    m_missing->setCurrentIndex(m_missing->findData(int(missing)));
}

PhotoQuery CaptionsDesk::query() const
{
    PhotoQuery photoQuery;
    const QTimeZone zone = m_desk.newsroomZone();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    auto dayStart = [&zone](QDate day) { return day.startOfDay(zone).toUTC(); };
    switch (Period(m_period->currentData().toInt())) {
    case Period::Today:
        photoQuery.from = dayStart(today);
        photoQuery.to = dayStart(today.addDays(1));
        break;
    case Period::Yesterday:
        photoQuery.from = dayStart(today.addDays(-1));
        photoQuery.to = dayStart(today);
        break;
    case Period::LastWeek:
        photoQuery.from = dayStart(today.addDays(-6));
        photoQuery.to = dayStart(today.addDays(1));
        break;
    case Period::LastMonth:
        photoQuery.from = dayStart(today.addDays(-29));
        photoQuery.to = dayStart(today.addDays(1));
        break;
    }
    photoQuery.missing = PhotoQuery::Missing(m_missing->currentData().toInt());
    photoQuery.text = m_search->text();
    return photoQuery;
}

void CaptionsDesk::reload()
{
    m_searchTimer->stop();
    // A cell being edited keeps what is typed: the list is read once the edit ends.
    const QList<QLineEdit *> editors =
            m_view->viewport()->findChildren<QLineEdit *>(Qt::FindDirectChildrenOnly);
    if (std::any_of(editors.begin(), editors.end(), [](QLineEdit *e) { return e->isVisible(); })) {
        m_reloadPending = true;
        return;
    }
    m_reloadPending = false;
    // The row in focus stays in focus when it is still listed.
    const QModelIndex current = m_sorted->mapToSource(m_view->currentIndex());
    std::optional<std::pair<QUuid, int>> kept;
    if (current.isValid())
        kept = std::pair{m_model->row(current.row()).storyId, m_model->row(current.row()).index};
    const int column = current.isValid() ? current.column() : int(CaptionsModel::Caption);

    // On a server the rows are read on the library's worker; a later read
    // makes an earlier one's answer stale.
    const quint64 generation = ++m_readGeneration;
    LibraryWorker::runOrNow<QList<PhotoRow>>(
            m_desk.worker(), m_desk.store(), this,
            [wanted = query()](StoryStore &store) { return store.listPhotos(wanted); },
            [this, generation, kept, column](Result<QList<PhotoRow>> rows) {
                if (generation != m_readGeneration)
                    return;
                if (!rows) {
                    statusBar()->showMessage(rows.errorMessage());
                    return;
                }
                m_model->setRows(*rows);
                if (kept) {
                    if (const int row = m_model->rowOf(kept->first, kept->second); row >= 0)
                        m_view->setCurrentIndex(
                                m_sorted->mapFromSource(m_model->index(row, column)));
                }
                showCount();
            });
}

void CaptionsDesk::showCount()
{
    const int photos = m_model->rowCount();
    m_count->setText(tr("%Ln photos", nullptr, photos));
}

bool CaptionsDesk::editRow(int row, int column, const QString &typed)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const PhotoRow photoRow = m_model->row(row);
    const QString before = photoField(photoRow.photo, column);
    // A field of one paragraph, as in the editor; a page pasted into it is refused.
    const QString text = joinLines(typed);
    if (before == text)
        return false;
    if (text.size() > maxLineFieldLength && text.size() > before.size()) {
        const QString field =
                m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().toLower();
        statusBar()->showMessage(overLongMessage(field, text.size()), 10'000);
        return false;
    }
    const auto saved = saveField(photoRow.storyId, photoRow.index, column, before, text);
    if (!saved) {
        QMessageBox::warning(this, tr("Not Saved"), saved.errorMessage());
        return false;
    }
    m_undo->push(new FieldEdit(this, photoRow, column, before, text));
    return true;
}

Result<void> CaptionsDesk::saveField(const QUuid &storyId, int photoIndex, int column,
                                     const QString &expected, const QString &text)
{
    StoryDocument *open = m_documents.document();
    const bool isOpen = open && open->id() == storyId;
    if (isOpen && open->isModified())
        return Error{ErrorKind::Conflict,
                     tr("“%1” is open in the editor with unsaved changes: edit its photos there, "
                        "or save it first.")
                             .arg(open->text(StoryDocument::TextField::Headline))};
    // Read and written where the library's work runs: on a server, its worker.
    const auto saved = LibraryWorker::runAndWait<Story>(
            m_desk.worker(), m_desk.store(),
            [storyId, photoIndex, column, expected, text](StoryStore &store) -> Result<Story> {
                auto story = store.loadStory(storyId);
                if (!story)
                    return story.error();
                QList<Photo> photos = story->photos();
                if (photoIndex < 0 || photoIndex >= photos.size())
                    return Error{ErrorKind::NotFound,
                                 tr("The photo is no longer in “%1”; the list is read again.")
                                         .arg(story->headline())};
                Photo &photo = photos[photoIndex];
                if (photoField(photo, column) != expected)
                    return Error{ErrorKind::Conflict,
                                 tr("It was changed elsewhere meanwhile and now reads “%1”; "
                                    "nothing was overwritten. The list is read again.")
                                         .arg(photoField(photo, column))};
                setPhotoField(photo, column, text);
                story->setPhotos(photos);
                return store.saveStory(*story);
            });
    if (!saved) {
        // The list no longer shows what the library holds.
        if (saved.errorKind() == ErrorKind::Conflict || saved.errorKind() == ErrorKind::NotFound)
            reload();
        return saved.error();
    }
    if (isOpen)
        m_documents.takeStored(*saved);
    // The list shows it without reading the period again.
    const int row = m_model->rowOf(storyId, photoIndex);
    if (row >= 0) {
        PhotoRow updated = m_model->row(row);
        updated.photo = saved->photos().at(photoIndex);
        updated.version = saved->version();
        updated.savedAt = saved->savedAt();
        m_model->setRow(row, updated);
    }
    statusBar()->showMessage(
            tr("Saved “%1” as version %2.").arg(saved->headline()).arg(saved->version()), 5000);
    m_ownSave = true; // the row is shown already: no need to read the period again
    Q_EMIT m_desk.storyChanged(storyId);
    m_ownSave = false;
    return {};
}

} // namespace Copydesk
