// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "linefield.h"

#include "actionregistry.h"
#include "backupcontroller.h"
#include "bodyeditor.h"
#include "busybar.h"
#include "captionsdesk.h"
#include "colourscheme.h"
#include "core/logging.h"
#include "deliverycontroller.h"
#include "deliveryqueuemodel.h"
#include "desk.h"
#include "documentcontroller.h"
#include "findbar.h"
#include "findingslist.h"
#include "highlightseditor.h"
#include "historycontroller.h"
#include "historypanel.h"
#include "importcontroller.h"
#include "journalcontroller.h"
#include "leasecontroller.h"
#include "librarycontroller.h"
#include "librarypanel.h"
#include "librarywatcher.h"
#include "libraryworker.h"
#include "mainmenus.h"
#include "outputpane.h"
#include "photocache.h"
#include "photocontroller.h"
#include "previewdetacher.h"
#include "previewpane.h"
#include "publishcontroller.h"
#include "publishqueuepanel.h"
#include "schedulecontroller.h"
#include "schedulepanel.h"
#include "searchpanel.h"
#include "shortcutsdialog.h"
#include "spellingcontroller.h"
#include "storyeditor.h"
#include "storylistmodel.h"
#include "undorouting.h"
#include "windowstate.h"
#include "wordpresscontroller.h"

#include "store/library.h"
#include "store/postgresdialect.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Copydesk {

MainWindow::MainWindow(std::unique_ptr<StoryStore> store, QWidget *parent)
    : QMainWindow(parent)
    , m_actions(new ActionRegistry(this))
    , m_desk(new Desk(std::move(store), this, *m_actions))
    , m_photoCache(std::make_unique<PhotoCache>(&m_desk->store()))
    , m_library(new LibraryPanel(this))
    , m_editor(new StoryEditor(this))
    , m_preview(new PreviewPane(this))
    , m_outputs(new OutputPane(m_preview, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_findings(new FindingsList(this))
    , m_historyPanel(new HistoryPanel(this))
    , m_schedulePanel(new SchedulePanel(this))
    , m_queuePanel(new PublishQueuePanel(this))
    , m_searchPanel(new SearchPanel(this))
    , m_findingsSummary(new QToolButton(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_changeTimer(new QTimer(this))
    , m_checker(new StoryChecker(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/copydesk/icons/copydesk.svg"_s));

    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_library);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_outputs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 4);
    m_splitter->setSizes({320, 660, 620});
    setCentralWidget(m_splitter);

    m_findingsDock =
            addDock(u"findingsDock"_s, tr("House Style"), m_findings, Qt::BottomDockWidgetArea);
    m_historyDock =
            addDock(u"historyDock"_s, tr("History"), m_historyPanel, Qt::BottomDockWidgetArea);
    m_scheduleDock =
            addDock(u"scheduleDock"_s, tr("Schedule"), m_schedulePanel, Qt::BottomDockWidgetArea);
    m_queueDock =
            addDock(u"queueDock"_s, tr("Publish Queue"), m_queuePanel, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_findingsDock, m_historyDock);
    tabifyDockWidget(m_historyDock, m_scheduleDock);
    tabifyDockWidget(m_scheduleDock, m_queueDock);
    m_findingsDock->raise();
    // The search sits beside the list it looks through; shown when asked for.
    m_searchDock = addDock(u"searchDock"_s, tr("Search"), m_searchPanel, Qt::LeftDockWidgetArea);
    m_searchDock->hide();

    // The findings in one line, always in sight; a click opens the list.
    m_findingsSummary->setObjectName(u"findingsSummary"_s);
    m_findingsSummary->setAutoRaise(true);
    m_findingsSummary->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_findingsSummary->setToolTip(
            tr("Show or hide the house-style findings (Ctrl+4 goes to them)"));
    statusBar()->addPermanentWidget(m_findingsSummary);
    connect(m_findingsSummary, &QToolButton::clicked, this, [this] {
        const bool open = m_findingsDock->isVisible() && !m_findingsDock->visibleRegion().isEmpty();
        m_findingsDock->setVisible(!open);
        if (!open)
            m_findingsDock->raise();
    });

    m_editor->setPhotoCache(m_photoCache.get());
    m_preview->setPhotoCache(m_photoCache.get());
    m_editor->setHouseStyle(m_desk->houseStyle());

    // One controller per concern; each makes its own actions.
    m_documents = new DocumentController(*m_desk, m_editor, m_library, m_undoGroup, this);
    // A story read or saved on a slow server: a bar after a moment, never a frozen window.
    auto *storyBusy = new BusyBar(this);
    storyBusy->setObjectName(u"storyBusy"_s);
    storyBusy->setMaximumWidth(120);
    storyBusy->setToolTip(tr("The story is being read from or saved to the server…"));
    storyBusy->setAccessibleName(tr("Story being read or saved"));
    statusBar()->addPermanentWidget(storyBusy);
    connect(m_documents, &DocumentController::busyChanged, storyBusy, &BusyBar::setBusy);

    m_journal = new JournalController(*m_desk, *m_documents, this);
    m_leases = new LeaseController(*m_desk, *m_documents, m_editor, this);
    m_watcher = new LibraryWatcher(*m_desk, *m_documents, m_editor, this);
    m_backups = new BackupController(*m_desk, this);
    m_libraries = new LibraryController(*m_desk, this);
    m_imports = new ImportController(*m_desk, *m_documents, m_library, this);
    m_photos = new PhotoController(*m_desk, *m_documents, m_editor, this);
    m_deliveries = new DeliveryController(*m_desk, m_queuePanel, this);
    m_publishing = new PublishController(*m_desk, *m_documents, m_editor, *m_deliveries, this);
    m_scheduling =
            new ScheduleController(*m_desk, *m_documents, m_schedulePanel, *m_deliveries, this);
    m_wordpress = new WordPressController(*m_desk, *m_documents, *m_deliveries, this);
    m_history = new HistoryController(*m_desk, *m_documents, m_historyPanel, this);
    m_spelling = new SpellingController(*m_desk, *m_documents, m_editor, this);
    m_scheme = new Copydesk::ColourScheme(*m_actions, this);
    m_previewDetacher = new PreviewDetacher(m_outputs, m_splitter, *m_actions, this);
    createActions();
    MainMenus::build(*this);
    m_actions->applySavedShortcuts();
    m_routing = new UndoRouting(action(u"undo"_s), action(u"redo"_s), this);
    m_editor->setUndoRouting(m_routing);

    // One pause after typing feeds both the house-style check and the preview.
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(200);
    // The check runs on a worker after a pause, so keys never wait behind it.
    connect(m_changeTimer, &QTimer::timeout, this,
            [this] { updateFindingsAndPreview(CheckTiming::InBackground); });
    connect(m_checker, &StoryChecker::checked, this, &MainWindow::showCheck);
    connect(m_editor, &StoryEditor::editRefused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10'000); });
    connect(m_documents, &DocumentController::contentChanged, m_changeTimer,
            qOverload<>(&QTimer::start));
    connect(m_documents, &DocumentController::titleChanged, this, &MainWindow::updateTitle);
    connect(m_documents, &DocumentController::documentChanged, this, [this] {
        m_changeTimer->stop();
        updateFindingsAndPreview(CheckTiming::Now);
    });

    connect(m_findings, &FindingsList::findingActivated, this, [this](const Finding &finding) {
        m_editor->focusField(finding.field, finding.position, finding.length);
    });
    setAcceptDrops(true);
    connect(m_preview, &PreviewPane::linkHovered, this, [this](const QUrl &url) {
        if (url.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(tr("Link to %1").arg(url.toDisplayString()));
    });
    connect(m_preview->browser(), &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (scheme == u"http" || scheme == u"https" || scheme == u"mailto")
            QDesktopServices::openUrl(url);
    });

    // The search opens what it found and runs again when the library changes.
    connect(m_searchPanel, &SearchPanel::storyChosen, m_documents,
            [this](const QUuid &id) { m_documents->openStory(id); });
    connect(m_desk, &Desk::libraryChanged, m_searchPanel, &SearchPanel::refresh);
    connect(m_desk, &Desk::storyChanged, m_searchPanel, &SearchPanel::refresh);
    connect(m_editor->findBar(), &FindBar::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    // The list follows every change to a story, whoever made it.
    connect(m_desk, &Desk::storyChanged, m_library, &LibraryPanel::refreshStory);
    connect(m_desk, &Desk::libraryChanged, m_library, &LibraryPanel::reload);
    connect(m_library->model(), &StoryListModel::listingFailed, this, [this](const QString &why) {
        statusBar()->showMessage(tr("Cannot list the library: %1").arg(why));
    });
    connect(m_desk, &Desk::publishSettingsChanged, this, &MainWindow::applyPublishSettings);
    // Tag completion offers the tags in use, read again as the library changes.
    connect(m_desk, &Desk::libraryChanged, this, &MainWindow::readTagsInUse);
    connect(m_desk, &Desk::storyChanged, this, &MainWindow::readTagsInUse);
    QTimer::singleShot(0, this, &MainWindow::readTagsInUse);
    connect(m_desk, &Desk::houseStyleChanged, this, [this] {
        m_editor->setHouseStyle(m_desk->houseStyle());
        flushPendingChanges();
    });

    statusBar()->showMessage(tr("Library: %1").arg(m_desk->store().location()), 5000);
    // A window on a library other than the desk's own says which in its title.
    const QString location = m_desk->store().location();
    if (ServerAddress::isServerAddress(location)) {
        if (const auto address = ServerAddress::parse(location))
            m_libraryLabel = tr("%1 on %2").arg(address->database, address->host);
    } else if (QFileInfo(location) != QFileInfo(Library::deskLocation())) {
        m_libraryLabel = QFileInfo(location).fileName();
    }
    WindowState::read(*this);
    // On a server the list, the open story, the schedule, the queue and the check for
    // other desks' changes are read and saved on a connection of its own, so the window
    // never waits for the server.
    if (ServerAddress::isServerAddress(m_desk->store().location())) {
        m_libraryWorker = new LibraryWorker(m_desk->libraryConnection(), this);
        m_library->model()->setWorker(m_libraryWorker);
        m_desk->setWorker(m_libraryWorker);
        m_schedulePanel->setWorker(m_libraryWorker);
        m_historyPanel->setWorker(m_libraryWorker);
        m_queuePanel->model()->setWorker(m_libraryWorker);
    }
    m_library->setStore(&m_desk->store());
    m_searchPanel->setLibrary(m_desk->store().connectionName());
    m_documents->close();
    m_scheduling->setSchedulerRunning(true);
}

MainWindow::~MainWindow()
{
    // The worker first: its signals reach controllers that go with the window.
    m_deliveries->stop();
    m_scheduling->setSchedulerRunning(false);
    // Lets the widgets go of the document before the controllers go away.
    m_documents->close();
    delete m_previewDetacher;
    m_previewDetacher = nullptr;
}

void MainWindow::fitToScreen()
{
    const QRect available = screen()->availableGeometry();
    if (available.width() <= 1600 || available.height() <= 1000) {
        // A laptop: all of the screen, as its user would make it anyway.
        resize(available.size());
        setWindowState(windowState() | Qt::WindowMaximized);
    } else {
        resize(std::min(1600, available.width() * 9 / 10),
               std::min(1000, available.height() * 9 / 10));
    }
    // The editor column gets the most; the library enough for a headline.
    const int width = size().width();
    const int library = std::clamp(width * 22 / 100, 200, 380);
    const int outputs = width * 33 / 100;
    m_splitter->setSizes({library, width - library - outputs, outputs});
    if (available.height() < 900) {
        for (QDockWidget *dock : {m_findingsDock, m_historyDock, m_scheduleDock, m_queueDock})
            dock->hide();
    } else {
        resizeDocks({m_findingsDock}, {110}, Qt::Vertical);
    }
    m_editor->setKeepFieldsFitted(true);
}

QDockWidget *MainWindow::addDock(const QString &name, const QString &title, QWidget *widget,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

QAction *MainWindow::action(const QString &id) const
{
    return m_actions->action(id);
}

int MainWindow::offerRecovery()
{
    return m_journal->offerRecovery();
}

StoryDocument *MainWindow::document() const
{
    return m_documents->document();
}

StoryStore *MainWindow::store() const
{
    return &m_desk->store();
}

ImportSummaryDialog *MainWindow::importSummary() const
{
    return m_imports->summary();
}

void MainWindow::createActions()
{
    ActionRegistry &actions = *m_actions;
    QAction *a = actions.add(u"quit"_s, tr("&Quit"), tr("Close Copydesk"), u"application-exit"_s,
                             QKeySequence::Quit);
    a->setMenuRole(QAction::QuitRole);
    connect(a, &QAction::triggered, this, &QWidget::close);

    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s, style()->standardIcon(QStyle::SP_ArrowBack)));
    actions.adopt(u"undo"_s, undo, tr("Take back the last change, in whichever field it was"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_s, style()->standardIcon(QStyle::SP_ArrowForward)));
    actions.adopt(u"redo"_s, redo, tr("Make the change that was taken back again"));

    a = actions.add(u"find"_s, tr("&Find…"), tr("Find text in the story’s body"), u"edit-find"_s,
                    QKeySequence::Find);
    connect(a, &QAction::triggered, m_editor->findBar(), &FindBar::startFind);
    a = actions.add(u"replace"_s, tr("Find and &Replace…"),
                    tr("Replace text in the story’s body, one match or all of them"),
                    u"edit-find-replace"_s, QKeySequence::Replace);
    connect(a, &QAction::triggered, m_editor->findBar(), &FindBar::startReplace);
    a = actions.add(u"find.library"_s, tr("&Search Library…"),
                    tr("Search the words of every story: headline, body, captions and credits"),
                    u"system-search"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(a, &QAction::triggered, this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        m_searchPanel->focusQuery();
    });
    a = actions.add(u"find.filter"_s, tr("Filter Story &List"),
                    tr("Filter the library list by headline or slug"), {});
    connect(a, &QAction::triggered, m_library, &LibraryPanel::focusFilter);

    a = actions.add(u"edit.smartQuotes"_s, tr("Smart &Quotes"),
                    tr("Turn straight quotes into the story language's curly ones as you type "
                       "(“…”, „…“, « … », and ’ for apostrophes)"));
    a->setCheckable(true);
    a->setChecked(m_editor->smartQuotes());
    connect(a, &QAction::toggled, m_editor, &StoryEditor::setSmartQuotes);

    a = actions.add(u"focus.library"_s, tr("Go to &Library"),
                    tr("Move the focus to the story list"), {}, QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(a, &QAction::triggered, this,
            [this] { m_library->view()->setFocus(Qt::ShortcutFocusReason); });
    a = actions.add(u"focus.editor"_s, tr("Go to &Headline"), tr("Move the focus to the headline"),
                    {}, QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(a, &QAction::triggered, this,
            [this] { m_editor->headlineEdit()->setFocus(Qt::ShortcutFocusReason); });
    a = actions.add(u"focus.body"_s, tr("Go to &Body"), tr("Move the focus to the story body"), {},
                    QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(a, &QAction::triggered, this,
            [this] { m_editor->bodyEditor()->setFocus(Qt::ShortcutFocusReason); });
    a = actions.add(u"focus.findings"_s, tr("Go to House &Style Findings"),
                    tr("Move the focus to the list of house-style findings"), {},
                    QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(a, &QAction::triggered, this, [this] {
        m_findingsDock->show();
        m_findingsDock->raise();
        m_findings->setFocus(Qt::ShortcutFocusReason);
    });
    a = actions.add(u"focus.history"_s, tr("Go to &History"),
                    tr("Move the focus to the versions of the story"), u"view-history"_s,
                    QKeySequence(Qt::CTRL | Qt::Key_5));
    connect(a, &QAction::triggered, this, [this] {
        m_historyDock->show();
        m_historyDock->raise();
        m_historyPanel->setFocus(Qt::ShortcutFocusReason);
    });
    a = actions.add(u"focus.schedule"_s, tr("Go to S&chedule"),
                    tr("Move the focus to the day's scheduled stories"), {},
                    QKeySequence(Qt::CTRL | Qt::Key_6));
    connect(a, &QAction::triggered, this, [this] {
        m_scheduleDock->show();
        m_scheduleDock->raise();
        m_schedulePanel->setFocus(Qt::ShortcutFocusReason);
    });
    a = actions.add(u"focus.queue"_s, tr("Go to Publish &Queue"),
                    tr("Move the focus to the deliveries of published versions"), {},
                    QKeySequence(Qt::CTRL | Qt::Key_7));
    connect(a, &QAction::triggered, this, [this] {
        m_queueDock->show();
        m_queueDock->raise();
        m_queuePanel->setFocus(Qt::ShortcutFocusReason);
    });

    a = actions.add(u"captions.desk"_s, tr("Captions &Desk"),
                    tr("Every photo of the day's stories in one table: captions, credits and alt "
                       "text, edited in place"),
                    u"view-list-details"_s, QKeySequence(Qt::CTRL | Qt::Key_8));
    connect(a, &QAction::triggered, this, &MainWindow::showCaptionsDesk);

    a = actions.add(u"highlight.add"_s, tr("Add &Highlight"),
                    tr("Add a highlight bullet under the last one"), u"list-add"_s,
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(a, &QAction::triggered, m_editor->highlightsEditor(), &HighlightsEditor::addHighlight);

    a = actions.add(u"output.next"_s, tr("&Next Output"),
                    tr("Show the next tab beside the editor: page, ninjs, Atom, JSON Feed"), {},
                    QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(a, &QAction::triggered, this, [this] {
        action(u"preview.show"_s)->setChecked(true);
        m_outputs->showNextTab();
    });
    a = actions.add(u"output.previous"_s, tr("P&revious Output"),
                    tr("Show the previous tab beside the editor: page, ninjs, Atom, JSON Feed"), {},
                    QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(a, &QAction::triggered, this, [this] {
        action(u"preview.show"_s)->setChecked(true);
        m_outputs->showPreviousTab();
    });

    a = actions.add(u"help.shortcuts"_s, tr("&Keyboard Shortcuts"),
                    tr("Every command and its keys, with a filter"), u"help-keyboard-shortcuts"_s,
                    QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Comma));
    connect(a, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(menuBar(), m_actions, this);
        dialog.exec();
    });

    a = actions.add(u"about"_s, tr("&About Copydesk"), tr("Version and licence"), u"help-about"_s);
    a->setMenuRole(QAction::AboutRole);
    connect(a, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Copydesk"),
                           tr("<h3>Copydesk %1</h3><p>A desktop newsroom editor: write stories, "
                              "see them as readers will, publish them to feeds.</p>"
                              "<p>Library: %2</p>")
                                   .arg(QStringLiteral(COPYDESK_VERSION),
                                        m_desk->store().location().toHtmlEscaped()));
    });
}

CaptionsDesk *MainWindow::showCaptionsDesk()
{
    if (!m_captionsDesk) {
        m_captionsDesk = new CaptionsDesk(*m_desk, *m_documents, m_photoCache.get(), this);
        connect(m_captionsDesk, &CaptionsDesk::openStoryRequested, this, [this](const QUuid &id) {
            if (m_documents->openStory(id)) {
                activateWindow();
                raise();
            }
        });
    } else {
        m_captionsDesk->reload();
    }
    m_captionsDesk->show();
    m_captionsDesk->raise();
    m_captionsDesk->activateWindow();
    return m_captionsDesk;
}

void MainWindow::openNewestStory()
{
    m_documents->openNewestStory();
}

bool MainWindow::openStory(const QUuid &id)
{
    return m_documents->openStory(id);
}

void MainWindow::newStory()
{
    m_documents->newStory();
}

bool MainWindow::saveStory()
{
    return m_documents->saveStory();
}

bool MainWindow::deleteStory(bool confirm)
{
    return m_documents->deleteStory(confirm);
}

bool MainWindow::addPhotoFromFile(const QString &path)
{
    return m_photos->addPhotoFromFile(path);
}

bool MainWindow::attachPictureFromFile(int index, const QString &path)
{
    return m_photos->attachPictureFromFile(index, path);
}

bool MainWindow::publishStory(std::optional<PublicationKind> kind)
{
    flushPendingChanges();
    return m_publishing->publishStory(kind);
}

void MainWindow::setPublishSettings(const PublishSettings &settings)
{
    if (!m_desk->setPublishSettings(settings))
        return;
    statusBar()->showMessage(
            tr("Stories publish to %1.").arg(QDir::toNativeSeparators(settings.folder)), 5000);
}

void MainWindow::applyPublishSettings()
{
    const PublishSettings settings = m_desk->publishSettings();
    const Site site = settings.site();
    // The short URL readers get: the settings' service, else the site's own s/.
    m_preview->setShortUrlBase(settings.site().shortUrlPrefix());
    m_preview->setTimeZone(site.timeZone);
    m_preview->setSiteLanguage(site.language);
    m_editor->setSiteLanguage(site.language);
    m_editor->setSections(settings.sections);
    m_library->setSections(settings.sections);
    m_outputs->setSite(site);
    m_library->model()->setTimeZone(site.timeZone);
}

void MainWindow::readTagsInUse()
{
    // On a server they come from the window's worker a moment later.
    LibraryWorker::runOrNow<QStringList>(
            m_desk->worker(), m_desk->store(), this,
            [](StoryStore &store) { return store.tagsInUse(tagsOffered); },
            [this](Result<QStringList> tags) {
                if (tags)
                    m_editor->setTagSuggestions(*tags);
                else
                    statusBar()->showMessage(tags.errorMessage(), 8000);
            });
}

void MainWindow::importWireFiles(const QStringList &paths)
{
    m_imports->importFiles(paths);
}

void MainWindow::importWireStoriesFromText(const QString &text, const QString &sourceName)
{
    m_imports->importText(text, sourceName);
}

void MainWindow::pasteWireStories()
{
    m_imports->paste();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!LibraryPanel::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = LibraryPanel::localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    m_imports->importFiles(files);
}

void MainWindow::setHouseStyle(const HouseStyle &style)
{
    m_desk->setHouseStyle(style);
}

bool MainWindow::loadHouseStyle(const QString &path)
{
    const auto style = HouseStyle::fromFile(path);
    if (!style) {
        QMessageBox::warning(
                this, tr("House Style Not Loaded"),
                tr("%1\n\nThe bundled house style is used instead.").arg(style.errorMessage()));
        return false;
    }
    setHouseStyle(*style);
    return true;
}

void MainWindow::saveScreenshotWhenDrawn(const QString &file)
{
    connect(
            m_preview, &PreviewPane::rendered, this,
            [this, file] {
                // A moment for the picture, the output tab and the layout to settle.
                QTimer::singleShot(800, this, [this, file] {
                    const QPixmap shot = screen()->grabWindow(winId());
                    const QPixmap picture = shot.isNull() ? grab() : shot;
                    if (!picture.save(file))
                        qCWarning(lcUi) << "Cannot write the screenshot to" << file;
                    QApplication::quit();
                });
            },
            Qt::SingleShotConnection);
}

void MainWindow::setColourScheme(ColourScheme scheme)
{
    m_scheme->setScheme(scheme == ColourScheme::Dark ? Copydesk::ColourScheme::Scheme::Dark
                                : scheme == ColourScheme::Light
                                ? Copydesk::ColourScheme::Scheme::Light
                                : Copydesk::ColourScheme::Scheme::System);
}

void MainWindow::flushPendingChanges()
{
    m_changeTimer->stop();
    updateFindingsAndPreview(CheckTiming::Now);
}

void MainWindow::updateFindingsAndPreview(CheckTiming timing)
{
    StoryDocument *document = m_documents->document();
    if (!document) {
        m_checker->cancel();
        showCheck({});
        m_preview->showStory(std::nullopt);
        m_outputs->showStory(std::nullopt);
        return;
    }
    // One copy of the body per pause serves the count, the check and the preview.
    const Story story = document->story();
    if (timing == CheckTiming::Now)
        showCheck(m_checker->checkNow(story, m_desk->houseStyle()));
    else
        m_checker->check(story, m_desk->houseStyle());
    m_preview->showStory(story);
    m_preview->renderNow();
    m_outputs->showStory(story);
}

void MainWindow::showCheck(const StoryChecker::Result &check)
{
    m_editor->setBodyWords(check.words);
    m_editor->setFindings(check.findings);
    m_findings->setFindings(check.findings);
    int errors = 0;
    for (const Finding &finding : check.findings)
        errors += finding.severity == Severity::Error ? 1 : 0;
    const qsizetype warnings = check.findings.size() - errors;
    QStringList counts;
    if (errors > 0)
        counts.append(tr("%Ln errors", nullptr, int(errors)));
    if (warnings > 0)
        counts.append(tr("%Ln warnings", nullptr, int(warnings)));
    m_findingsDock->setWindowTitle(counts.isEmpty()
                                           ? tr("House Style")
                                           : tr("House Style — %1").arg(counts.join(u", "_s)));
    m_findingsSummary->setText(counts.isEmpty() ? tr("House style: no findings")
                                                : tr("House style: %1").arg(counts.join(u", "_s)));
    m_findingsSummary->setIcon(style()->standardIcon(errors > 0 ? QStyle::SP_MessageBoxCritical
                                                             : warnings > 0
                                                             ? QStyle::SP_MessageBoxWarning
                                                             : QStyle::SP_DialogApplyButton));
}

void MainWindow::updateTitle()
{
    const QString headline = m_documents->title();
    QString title = headline.isEmpty() ? tr("Copydesk") : tr("%1[*] — Copydesk").arg(headline);
    if (!m_libraryLabel.isEmpty())
        title = tr("%1 — %2").arg(title, m_libraryLabel);
    setWindowTitle(title);
    StoryDocument *document = m_documents->document();
    setWindowModified(document && document->isModified());
    m_previewDetacher->setTitle(headline);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_documents->maybeSave()) {
        event->ignore();
        return;
    }
    WindowState::write(*this);
    if (m_previewDetacher->window())
        m_previewDetacher->window()->hide();
    // What is being sent is finished or cut short now; the next start sends the rest.
    m_deliveries->stop();
    event->accept();
}

} // namespace Copydesk
