// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "bodyeditor.h"
#include "core/logging.h"
#include "counted.h"
#include "findingslist.h"
#include "highlightseditor.h"
#include "importsummarydialog.h"
#include "librarypanel.h"
#include "outputpane.h"
#include "outputview.h"
#include "photocache.h"
#include "photopanel.h"
#include "previewpane.h"
#include "publish/folderdestination.h"
#include "publish/publishservice.h"
#include "publishdialog.h"
#include "publishsettingsdialog.h"
#include "story/photofile.h"
#include "story/storydocument.h"
#include "storyeditor.h"
#include "undorouting.h"
#include "wire/wireimport.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

constexpr int statusTimeoutMs = 5000;

/// A wait cursor for work on the UI thread that takes a moment.
class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(BusyCursor)
};

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return palette;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<StoryStore> store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(std::move(store))
    , m_photoCache(std::make_unique<PhotoCache>(m_store.get()))
    , m_style(HouseStyle::defaultStyle())
    , m_library(new LibraryPanel(this))
    , m_editor(new StoryEditor(this))
    , m_preview(new PreviewPane(this))
    , m_outputs(new OutputPane(m_preview, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_findings(new FindingsList(this))
    , m_findingsDock(new QDockWidget(tr("House Style"), this))
    , m_undoGroup(new QUndoGroup(this))
    , m_changeTimer(new QTimer(this))
    , m_systemPalette(QApplication::palette())
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

    m_findingsDock->setObjectName(u"findingsDock"_s);
    m_findingsDock->setWidget(m_findings);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);

    m_editor->setPhotoCache(m_photoCache.get());
    m_preview->setPhotoCache(m_photoCache.get());
    m_editor->setHouseStyle(m_style);

    createActions();
    createMenus();
    m_routing = new UndoRouting(action(u"undo"_s), action(u"redo"_s), this);
    m_editor->setUndoRouting(m_routing);

    // One pause after typing feeds both the house-style check and the preview.
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(200);
    connect(m_changeTimer, &QTimer::timeout, this, &MainWindow::updateFindingsAndPreview);

    connect(m_library, &LibraryPanel::storyChosen, this, [this](const QUuid &id) {
        if (!openStory(id) && m_document)
            m_library->selectStory(m_document->id());
    });
    connect(m_findings, &FindingsList::findingActivated, this, [this](const Finding &finding) {
        m_editor->focusField(finding.field, finding.position);
    });
    connect(m_editor, &StoryEditor::addPhotoRequested, this, &MainWindow::choosePhoto);
    connect(m_editor, &StoryEditor::choosePictureRequested, this, &MainWindow::choosePictureFor);
    connect(m_library, &LibraryPanel::filesDropped, this, &MainWindow::importWireFiles);
    connect(m_library, &LibraryPanel::textDropped, this,
            [this](const QString &text) { importWireStoriesFromText(text, tr("dropped text")); });
    setAcceptDrops(true);
    connect(m_preview, &PreviewPane::linkHovered, this, [this](const QUrl &url) {
        if (url.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(tr("Link to %1").arg(url.toDisplayString()));
    });
    connect(m_preview->browser(), &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (scheme == u"http" || scheme == u"https" || scheme == u"mailto")
            QDesktopServices::openUrl(url);
    });

    statusBar()->showMessage(tr("Library: %1").arg(m_store->location()), statusTimeoutMs);
    readSettings();
    refreshLibrary();
    setDocument(nullptr);
}

MainWindow::~MainWindow()
{
    // Disconnects and lets the widgets go of the document before it goes away.
    setDocument(nullptr);
    if (m_previewWindow) {
        m_previewWindow->removeEventFilter(this);
        delete m_previewWindow;
    }
}

QAction *MainWindow::makeAction(const QString &id, const QString &text, const QString &tip,
                                const QString &icon)
{
    auto *action = new QAction(text, this);
    action->setObjectName(id);
    action->setStatusTip(tip);
    action->setToolTip(tip);
    if (!icon.isEmpty()) {
        // Desktops without an icon theme still get the style's own pictures.
        static const QHash<QString, QStyle::StandardPixmap> fallbacks = {
                {u"document-new"_s, QStyle::SP_FileIcon},
                {u"document-save"_s, QStyle::SP_DialogSaveButton},
                {u"edit-delete"_s, QStyle::SP_TrashIcon},
                {u"application-exit"_s, QStyle::SP_DialogCloseButton},
                {u"help-about"_s, QStyle::SP_MessageBoxInformation},
                {u"insert-image"_s, QStyle::SP_FileDialogContentsView},
                {u"edit-find"_s, QStyle::SP_FileDialogDetailedView},
                {u"document-import"_s, QStyle::SP_DialogOpenButton},
                {u"document-send"_s, QStyle::SP_DriveNetIcon},
        };
        const auto fallback = fallbacks.constFind(icon);
        action->setIcon(fallback == fallbacks.cend()
                                ? QIcon::fromTheme(icon)
                                : QIcon::fromTheme(icon, style()->standardIcon(*fallback)));
    }
    m_actions.insert(id, action);
    return action;
}

QAction *MainWindow::action(const QString &id) const
{
    return m_actions.value(id);
}

ImportSummaryDialog *MainWindow::importSummary() const
{
    return m_importSummary;
}

void MainWindow::createActions()
{
    QAction *a = makeAction(u"new"_s, tr("&New Story"), tr("Start a new story"), u"document-new"_s);
    a->setShortcut(QKeySequence::New);
    connect(a, &QAction::triggered, this, &MainWindow::newStory);

    a = makeAction(u"save"_s, tr("&Save"), tr("Save the story as a new version in the library"),
                   u"document-save"_s);
    a->setShortcut(QKeySequence::Save);
    connect(a, &QAction::triggered, this, [this] { saveStory(); });

    a = makeAction(u"delete"_s, tr("&Delete Story…"),
                   tr("Delete the story and its earlier versions from the library"),
                   u"edit-delete"_s);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    connect(a, &QAction::triggered, this, [this] { deleteStory(true); });

    a = makeAction(u"import.wire"_s, tr("&Import Wire Text…"),
                   tr("Import stories from text files copied from a wire service or news page"),
                   u"document-import"_s);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(a, &QAction::triggered, this, &MainWindow::chooseWireFiles);

    a = makeAction(u"paste.wire"_s, tr("Paste as &Wire Stories"),
                   tr("Import the text on the clipboard as wire stories"), u"edit-paste"_s);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(a, &QAction::triggered, this, &MainWindow::pasteWireStories);
    // Enabled by what the clipboard holds, told by the clipboard itself.
    auto updatePaste = [a] {
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        a->setEnabled(mime && (mime->hasText() || !LibraryPanel::localFiles(mime).isEmpty()));
    };
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, a, updatePaste);
    updatePaste();
    // In the story list, plain Paste imports too: there is nothing else to paste into.
    auto *listPaste = new QShortcut(QKeySequence::Paste, m_library->view());
    listPaste->setContext(Qt::WidgetShortcut);
    connect(listPaste, &QShortcut::activated, a, &QAction::trigger);

    a = makeAction(u"publish"_s, tr("&Publish…"),
                   tr("Check the story and publish its page, ninjs and feeds to the "
                      "destination folder"),
                   u"document-send"_s);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(a, &QAction::triggered, this, [this] { publishStory(); });

    a = makeAction(u"publish.settings"_s, tr("Publis&hing Settings…"),
                   tr("Choose the destination folder, the site's address and title, the feeds' "
                      "length and the short-URL base"),
                   u"configure"_s);
    a->setMenuRole(QAction::PreferencesRole);
    connect(a, &QAction::triggered, this, &MainWindow::editPublishSettings);

    a = makeAction(u"quit"_s, tr("&Quit"), tr("Close Copydesk"), u"application-exit"_s);
    a->setShortcut(QKeySequence::Quit);
    a->setMenuRole(QAction::QuitRole);
    connect(a, &QAction::triggered, this, &QWidget::close);

    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undo"_s);
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s, style()->standardIcon(QStyle::SP_ArrowBack)));
    undo->setStatusTip(tr("Take back the last change, in whichever field it was"));
    m_actions.insert(u"undo"_s, undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"redo"_s);
    redo->setShortcuts(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_s, style()->standardIcon(QStyle::SP_ArrowForward)));
    redo->setStatusTip(tr("Make the change that was taken back again"));
    m_actions.insert(u"redo"_s, redo);

    a = makeAction(u"find"_s, tr("&Find Story"), tr("Filter the library by headline or status"),
                   u"edit-find"_s);
    a->setShortcut(QKeySequence::Find);
    connect(a, &QAction::triggered, m_library, &LibraryPanel::focusFilter);

    a = makeAction(u"focus.library"_s, tr("Go to &Library"),
                   tr("Move the focus to the story list"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(a, &QAction::triggered, this,
            [this] { m_library->view()->setFocus(Qt::ShortcutFocusReason); });
    a = makeAction(u"focus.editor"_s, tr("Go to &Headline"), tr("Move the focus to the headline"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(a, &QAction::triggered, this,
            [this] { m_editor->headlineEdit()->setFocus(Qt::ShortcutFocusReason); });
    a = makeAction(u"focus.body"_s, tr("Go to &Body"), tr("Move the focus to the story body"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(a, &QAction::triggered, this,
            [this] { m_editor->bodyEditor()->setFocus(Qt::ShortcutFocusReason); });
    a = makeAction(u"focus.findings"_s, tr("Go to House &Style Findings"),
                   tr("Move the focus to the list of house-style findings"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(a, &QAction::triggered, this, [this] {
        m_findingsDock->show();
        m_findings->setFocus(Qt::ShortcutFocusReason);
    });

    a = makeAction(u"highlight.add"_s, tr("Add &Highlight"),
                   tr("Add a highlight bullet under the last one"), u"list-add"_s);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(a, &QAction::triggered, m_editor->highlightsEditor(), &HighlightsEditor::addHighlight);

    a = makeAction(u"photo.add"_s, tr("Add &Photo…"),
                   tr("Pick a picture file to add; it is kept inside the library"),
                   u"insert-image"_s);
    // Ctrl+Shift+P publishes; I for "insert image".
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(a, &QAction::triggered, this, &MainWindow::choosePhoto);

    a = makeAction(u"preview.show"_s, tr("Show &Preview"),
                   tr("Show or hide the story as readers will see it"));
    a->setCheckable(true);
    a->setChecked(true);
    a->setShortcut(QKeySequence(Qt::Key_F9));
    connect(a, &QAction::toggled, this, &MainWindow::setPreviewVisible);

    a = makeAction(u"output.next"_s, tr("&Next Output"),
                   tr("Show the next tab beside the editor: page, ninjs, Atom, JSON Feed"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(a, &QAction::triggered, this, [this] {
        action(u"preview.show"_s)->setChecked(true);
        m_outputs->showNextTab();
    });
    a = makeAction(u"output.previous"_s, tr("P&revious Output"),
                   tr("Show the previous tab beside the editor: page, ninjs, Atom, JSON Feed"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(a, &QAction::triggered, this, [this] {
        action(u"preview.show"_s)->setChecked(true);
        m_outputs->showPreviousTab();
    });

    a = makeAction(u"preview.detach"_s, tr("&Detach Preview"),
                   tr("Show the preview in a window of its own, for a second screen"));
    a->setCheckable(true);
    a->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9));
    connect(a, &QAction::toggled, this, &MainWindow::setPreviewDetached);

    m_schemeGroup = new QActionGroup(this);
    const std::array<std::tuple<QString, QString, ColourScheme>, 3> schemes = {{
            {u"scheme.system"_s, tr("&System Colours"), ColourScheme::System},
            {u"scheme.light"_s, tr("&Light"), ColourScheme::Light},
            {u"scheme.dark"_s, tr("&Dark"), ColourScheme::Dark},
    }};
    for (const auto &[id, text, scheme] : schemes) {
        a = makeAction(id, text, tr("Use this colour scheme for the window and the editor"));
        a->setCheckable(true);
        m_schemeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, scheme = scheme] { setColourScheme(scheme); });
    }

    a = makeAction(u"about"_s, tr("&About Copydesk"), tr("Version and licence"), u"help-about"_s);
    a->setMenuRole(QAction::AboutRole);
    connect(a, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Copydesk"),
                           tr("<h3>Copydesk %1</h3><p>A desktop newsroom editor: write stories, "
                              "see them as readers will, publish them to feeds.</p>"
                              "<p>Library: %2</p>")
                                   .arg(QStringLiteral(COPYDESK_VERSION),
                                        m_store->location().toHtmlEscaped()));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(u"new"_s));
    file->addAction(action(u"save"_s));
    file->addSeparator();
    file->addAction(action(u"import.wire"_s));
    file->addSeparator();
    file->addAction(action(u"publish"_s));
    file->addAction(action(u"publish.settings"_s));
    file->addSeparator();
    file->addAction(action(u"delete"_s));
    file->addSeparator();
    file->addAction(action(u"quit"_s));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(u"undo"_s));
    edit->addAction(action(u"redo"_s));
    edit->addSeparator();
    edit->addAction(action(u"paste.wire"_s));
    edit->addSeparator();
    edit->addAction(action(u"find"_s));

    QMenu *story = menuBar()->addMenu(tr("&Story"));
    story->addAction(action(u"highlight.add"_s));
    story->addAction(action(u"photo.add"_s));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(u"preview.show"_s));
    view->addAction(action(u"preview.detach"_s));
    view->addAction(action(u"output.next"_s));
    view->addAction(action(u"output.previous"_s));
    QAction *findingsToggle = m_findingsDock->toggleViewAction();
    findingsToggle->setText(tr("House &Style Findings"));
    findingsToggle->setStatusTip(tr("Show or hide the list of house-style findings"));
    view->addAction(findingsToggle);
    view->addSeparator();
    view->addAction(action(u"focus.library"_s));
    view->addAction(action(u"focus.editor"_s));
    view->addAction(action(u"focus.body"_s));
    view->addAction(action(u"focus.findings"_s));
    view->addSeparator();
    QMenu *schemes = view->addMenu(tr("&Colour Scheme"));
    schemes->addActions(m_schemeGroup->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(u"about"_s));

    QToolBar *tools = addToolBar(tr("Main Toolbar"));
    tools->setObjectName(u"mainToolBar"_s);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const QString &id : {u"new"_s, u"save"_s, u"undo"_s, u"redo"_s, u"photo.add"_s})
        tools->addAction(action(id));
    tools->addSeparator();
    tools->addAction(action(u"import.wire"_s));
    tools->addAction(action(u"publish"_s));
    tools->addSeparator();
    tools->addAction(action(u"preview.show"_s));

    // The story list's own menu offers the ways in.
    QTreeView *list = m_library->view();
    list->setContextMenuPolicy(Qt::ActionsContextMenu);
    list->addAction(action(u"import.wire"_s));
    list->addAction(action(u"paste.wire"_s));
    view->insertAction(findingsToggle, tools->toggleViewAction());
}

void MainWindow::openNewestStory()
{
    const auto stories = m_store->listStories();
    if (stories && !stories->isEmpty())
        openStory(stories->constFirst().id);
    else
        newStory();
}

bool MainWindow::openStory(const QUuid &id)
{
    if (m_document && m_document->id() == id)
        return true;
    if (!maybeSave())
        return false;
    const auto story = m_store->loadStory(id);
    if (!story) {
        QMessageBox::warning(this, tr("Cannot Open Story"), story.errorMessage());
        return false;
    }
    setDocument(new StoryDocument(*story, this));
    m_library->selectStory(id);
    return true;
}

void MainWindow::newStory()
{
    if (!maybeSave())
        return;
    setDocument(new StoryDocument(Story::create(), this));
    m_library->selectStory({});
    m_editor->headlineEdit()->setFocus(Qt::OtherFocusReason);
    statusBar()->showMessage(tr("New story: it joins the library when you save it."),
                             statusTimeoutMs);
}

bool MainWindow::saveStory()
{
    if (!m_document)
        return false;
    const auto saved = m_store->saveStory(m_document->story());
    if (!saved) {
        QMessageBox::critical(this, tr("Story Not Saved"),
                              tr("%1\n\nYour edits are still open in the editor; nothing was "
                                 "lost.")
                                      .arg(saved.errorMessage()));
        return false;
    }
    m_document->markSaved(*saved);
    refreshLibrary();
    m_library->selectStory(saved->id());
    updateTitle();
    statusBar()->showMessage(tr("Saved version %1.").arg(saved->version()), statusTimeoutMs);
    return true;
}

bool MainWindow::deleteStory(bool confirm)
{
    if (!m_document)
        return false;
    const Story story = m_document->story();
    const QString headline = story.headline().isEmpty() ? tr("this untitled story")
                                                        : u"“%1”"_s.arg(story.headline());
    if (confirm) {
        const QString question = m_document->isNew()
                ? tr("Discard %1? It was never saved.").arg(headline)
                : tr("Delete %1 and all its earlier versions from the library? This cannot be "
                     "undone.")
                          .arg(headline);
        if (QMessageBox::question(this, tr("Delete Story"), question,
                                  QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel) != QMessageBox::Yes)
            return false;
    }
    if (!m_document->isNew()) {
        const auto removed = m_store->deleteStory(story.id());
        if (!removed) {
            QMessageBox::critical(this, tr("Story Not Deleted"), removed.errorMessage());
            return false;
        }
    }
    // Nothing is left to save: drop the document without asking.
    m_document->undoStack()->setClean();
    setDocument(nullptr);
    refreshLibrary();
    statusBar()->showMessage(tr("Deleted %1.").arg(headline), statusTimeoutMs);
    openNewestStory();
    return true;
}

QString MainWindow::askForPicture(const QString &title)
{
    QStringList patterns;
    for (const char *suffix : {"jpg", "jpeg", "png", "gif", "webp"})
        patterns.append(u"*."_s + QLatin1StringView(suffix));
    const QString path = QFileDialog::getOpenFileName(
            this, title, QSettings().value(u"photos/lastFolder"_s).toString(),
            tr("Pictures (%1)").arg(patterns.join(u' ')));
    if (!path.isEmpty())
        QSettings().setValue(u"photos/lastFolder"_s, QFileInfo(path).absolutePath());
    return path;
}

std::optional<Photo> MainWindow::storePicture(const QString &path, const QString &failureTitle)
{
    const auto file = readPhotoFile(path);
    if (!file) {
        QMessageBox::warning(this, failureTitle, file.errorMessage());
        return std::nullopt;
    }
    const auto fileId = m_store->addPhotoFile(file->bytes, file->mimeType);
    if (!fileId) {
        QMessageBox::warning(this, failureTitle, fileId.errorMessage());
        return std::nullopt;
    }
    Photo photo;
    photo.fileId = *fileId;
    photo.fileName = file->fileName;
    photo.mimeType = file->mimeType;
    photo.width = file->size.width();
    photo.height = file->size.height();
    return photo;
}

void MainWindow::choosePhoto()
{
    if (!m_document)
        return;
    const QString path = askForPicture(tr("Add Photo"));
    if (!path.isEmpty())
        addPhotoFromFile(path);
}

bool MainWindow::addPhotoFromFile(const QString &path)
{
    if (!m_document)
        return false;
    const std::optional<Photo> photo = storePicture(path, tr("Photo Not Added"));
    if (!photo)
        return false;
    const int index = int(m_document->photos().size());
    m_document->insertPhoto(index, *photo);
    if (QLineEdit *caption = m_editor->photoPanel()->captionEdit(index))
        caption->setFocus(Qt::OtherFocusReason);
    statusBar()->showMessage(
            tr("Added %1: write its caption, credit and alt text.").arg(photo->fileName),
            statusTimeoutMs);
    return true;
}

void MainWindow::choosePictureFor(int index)
{
    if (!m_document || index < 0 || index >= m_document->photos().size())
        return;
    const QString path = askForPicture(tr("Choose Picture"));
    if (!path.isEmpty())
        attachPictureFromFile(index, path);
}

bool MainWindow::attachPictureFromFile(int index, const QString &path)
{
    if (!m_document || index < 0 || index >= m_document->photos().size())
        return false;
    const std::optional<Photo> picture = storePicture(path, tr("Picture Not Added"));
    if (!picture)
        return false;
    Photo photo = m_document->photos().at(index);
    photo.fileId = picture->fileId;
    photo.fileName = picture->fileName;
    photo.mimeType = picture->mimeType;
    photo.width = picture->width;
    photo.height = picture->height;
    m_document->replacePhoto(index, photo, tr("Choose picture"));
    statusBar()->showMessage(tr("%1 now goes with the caption.").arg(photo.fileName),
                             statusTimeoutMs);
    return true;
}

void MainWindow::chooseWireFiles()
{
    QSettings settings;
    const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Import Wire Text"), settings.value(u"wire/lastFolder"_s).toString(),
            tr("Text files (*.txt *.text);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(u"wire/lastFolder"_s, QFileInfo(paths.constFirst()).absolutePath());
    importWireFiles(paths);
}

void MainWindow::importWireFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    WireOptions options;
    // Every "2 min ago" of one import counts back from the same moment.
    options.referenceTime = QDateTime::currentDateTimeUtc();
    options.timeZone = PublishSettings::load(QSettings()).site().timeZone;
    WireImportRun run;
    if (paths.size() == 1) {
        const BusyCursor busy;
        options.sourceName = QFileInfo(paths.constFirst()).fileName();
        run.outcomes.append(importWireFile(*m_store, paths.constFirst(), options));
    } else {
        QProgressDialog progress(tr("Importing wire text…"), tr("&Stop"), 0, int(paths.size()),
                                 this);
        progress.setObjectName(u"importProgress"_s);
        progress.setWindowTitle(tr("Import Wire Text"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        progress.setValue(0);
        for (qsizetype i = 0; i < paths.size(); ++i) {
            // Stops between files: each file is one transaction, so none is left half in.
            if (progress.wasCanceled()) {
                run.notRead = paths.mid(i);
                break;
            }
            const QString &path = paths.at(i);
            options.sourceName = QFileInfo(path).fileName();
            progress.setLabelText(tr("Importing %1 (%2 of %3)…")
                                          .arg(options.sourceName)
                                          .arg(i + 1)
                                          .arg(paths.size()));
            run.outcomes.append(importWireFile(*m_store, path, options));
            progress.setValue(int(i + 1));
        }
    }
    finishImport(run);
}

void MainWindow::importWireStoriesFromText(const QString &text, const QString &sourceName)
{
    if (text.trimmed().isEmpty()) {
        statusBar()->showMessage(tr("There is no text to import: copy the text of a wire page "
                                    "first."),
                                 statusTimeoutMs);
        return;
    }
    WireOptions options;
    options.sourceName = sourceName;
    options.referenceTime = QDateTime::currentDateTimeUtc();
    options.timeZone = PublishSettings::load(QSettings()).site().timeZone;
    WireImportRun run;
    {
        const BusyCursor busy;
        run.outcomes.append(importWireText(*m_store, text.toUtf8(), options));
    }
    finishImport(run);
}

void MainWindow::pasteWireStories()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    const QStringList files = LibraryPanel::localFiles(mime);
    if (!files.isEmpty())
        importWireFiles(files);
    else
        importWireStoriesFromText(mime ? mime->text() : QString(), tr("pasted text"));
}

void MainWindow::finishImport(const WireImportRun &run)
{
    refreshLibrary();
    const QString summary = run.summary();
    qCInfo(lcUi) << summary;
    statusBar()->showMessage(summary, 2 * statusTimeoutMs);
    for (const WireFileOutcome &outcome : run.outcomes) {
        if (!outcome.imported.isEmpty()) {
            // The usual prompt guards unsaved edits of the open story.
            openStory(outcome.imported.constFirst().id());
            break;
        }
    }
    if (m_importSummary)
        m_importSummary->close();
    auto *dialog = new ImportSummaryDialog(run, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_importSummary = dialog;
    dialog->open();
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
    importWireFiles(files);
}

bool MainWindow::publishStory()
{
    if (!m_document)
        return false;
    flushPendingChanges();
    const Story story = m_document->story();
    const PublishSettings settings = PublishSettings::load(QSettings());
    const Site site = settings.site();
    const bool savesFirst = m_document->isNew() || m_document->isModified();
    const QUrl url = story.effectiveSlug().isEmpty() ? QUrl() : site.storyUrl(story);
    PublishDialog dialog(story, m_style.check(story), settings.folder, url, savesFirst, this);
    const int answer = dialog.exec();
    if (answer == PublishDialog::GoToFinding && dialog.chosenFinding()) {
        m_editor->focusField(dialog.chosenFinding()->field, dialog.chosenFinding()->position);
        return false;
    }
    if (answer != QDialog::Accepted)
        return false;
    if (savesFirst && !saveStory())
        return false;

    FolderDestination folder(settings.folder, site);
    PublishService service(*m_store, m_style, {&folder}, {}, site.timeZone);
    const PublicationKind kind = PublishService::kindsFor(m_document->story().status()).constFirst();
    Result<Publication> publication = Error{};
    {
        const BusyCursor busy;
        statusBar()->showMessage(tr("Publishing…"));
        publication = service.publish(PublishRequest{m_document->id(), kind, {}, 0, {}});
    }
    if (!publication) {
        statusBar()->clearMessage();
        QMessageBox::critical(this, tr("Story Not Published"),
                              tr("%1\n\nThe story is saved in the library; publish it again once "
                                 "this is sorted out.")
                                      .arg(publication.errorMessage()));
        return false;
    }
    // Publishing saved a new version (status, first publication): edit that one from now on.
    setDocument(new StoryDocument(publication->story, this));
    refreshLibrary();
    m_library->selectStory(publication->story.id());
    if (!publication->delivered()) {
        QMessageBox::warning(this, tr("Story Not Delivered"),
                             tr("The library has the story as published, but it did not reach "
                                "every destination:\n\n%1")
                                     .arg(publication->failures().join(u'\n')));
        return false;
    }
    const qsizetype written = publication->outcomes.constFirst().report.written.size();
    statusBar()->showMessage(
            written == 0 ? tr("Published to %1; every file was already up to date.")
                                   .arg(QDir::toNativeSeparators(settings.folder))
                         : tr("Published to %1: %2 written.")
                                   .arg(QDir::toNativeSeparators(settings.folder),
                                        counted(written, tr("1 file"), tr("%L1 files"))),
            2 * statusTimeoutMs);
    return true;
}

void MainWindow::editPublishSettings()
{
    PublishSettingsDialog dialog(PublishSettings::load(QSettings()), this);
    if (dialog.exec() == QDialog::Accepted)
        setPublishSettings(dialog.settings());
}

void MainWindow::setPublishSettings(const PublishSettings &settings)
{
    QSettings stored;
    settings.save(stored);
    applyPublishSettings(settings);
    statusBar()->showMessage(
            tr("Stories publish to %1.").arg(QDir::toNativeSeparators(settings.folder)),
            statusTimeoutMs);
}

void MainWindow::applyPublishSettings(const PublishSettings &settings)
{
    const Site site = settings.site();
    m_preview->setShortUrlBase(settings.shortUrlBase);
    m_preview->setTimeZone(site.timeZone);
    m_outputs->setSite(site);
}

void MainWindow::setDocument(StoryDocument *document)
{
    StoryDocument *old = m_document;
    if (old) {
        disconnect(old, nullptr, this, nullptr);
        m_undoGroup->removeStack(old->undoStack());
    }
    m_document = document;
    m_editor->setDocument(document);
    delete old;
    if (!document)
        m_library->selectStory({});

    if (document) {
        m_undoGroup->addStack(document->undoStack());
        m_undoGroup->setActiveStack(document->undoStack());
        connect(document, &StoryDocument::contentChanged, m_changeTimer,
                qOverload<>(&QTimer::start));
        connect(document, &StoryDocument::modificationChanged, this, &MainWindow::updateTitle);
        connect(document, &StoryDocument::textChanged, this, [this](auto field) {
            if (field == StoryDocument::TextField::Headline)
                updateTitle();
        });
    }
    for (const QString &id :
         {u"save"_s, u"delete"_s, u"highlight.add"_s, u"photo.add"_s, u"publish"_s})
        action(id)->setEnabled(document != nullptr);
    updateTitle();
    m_changeTimer->stop();
    updateFindingsAndPreview();
}

void MainWindow::setHouseStyle(const HouseStyle &style)
{
    m_style = style;
    m_editor->setHouseStyle(style);
    flushPendingChanges();
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

void MainWindow::flushPendingChanges()
{
    m_changeTimer->stop();
    updateFindingsAndPreview();
}

void MainWindow::updateFindingsAndPreview()
{
    if (!m_document) {
        m_editor->setFindings({});
        m_findings->setFindings({});
        m_preview->showStory(std::nullopt);
        m_outputs->showStory(std::nullopt);
        return;
    }
    // One copy of the body per pause serves the count, the check and the preview.
    const Story story = m_document->story();
    m_editor->setBodyWords(wordCount(story.body()));
    const QList<Finding> findings = m_style.check(story);
    m_editor->setFindings(findings);
    m_findings->setFindings(findings);
    int errors = 0;
    for (const Finding &finding : findings)
        errors += finding.severity == Severity::Error ? 1 : 0;
    const qsizetype warnings = findings.size() - errors;
    QStringList counts;
    if (errors > 0)
        counts.append(counted(errors, tr("1 error"), tr("%L1 errors")));
    if (warnings > 0)
        counts.append(counted(warnings, tr("1 warning"), tr("%L1 warnings")));
    m_findingsDock->setWindowTitle(counts.isEmpty()
                                           ? tr("House Style")
                                           : tr("House Style — %1").arg(counts.join(u", "_s)));
    m_preview->showStory(story);
    m_preview->renderNow();
    m_outputs->showStory(story);
}

bool MainWindow::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    const QString headline = m_document->text(StoryDocument::TextField::Headline);
    const auto answer = QMessageBox::warning(
            this, tr("Unsaved Changes"),
            tr("“%1” has changes that are not saved. Save them first?")
                    .arg(headline.isEmpty() ? tr("Untitled story") : headline),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveStory();
    return answer == QMessageBox::Discard;
}

void MainWindow::refreshLibrary()
{
    const auto stories = m_store->listStories();
    if (!stories) {
        statusBar()->showMessage(tr("Cannot list the library: %1").arg(stories.errorMessage()));
        return;
    }
    m_library->setStories(*stories);
    if (m_document)
        m_library->selectStory(m_document->id());
}

void MainWindow::updateTitle()
{
    QString headline;
    if (m_document) {
        headline = m_document->text(StoryDocument::TextField::Headline).trimmed();
        if (headline.isEmpty())
            headline = tr("Untitled story");
    }
    setWindowTitle(headline.isEmpty() ? tr("Copydesk") : tr("%1[*] — Copydesk").arg(headline));
    setWindowModified(m_document && m_document->isModified());
    if (m_previewWindow)
        m_previewWindow->setWindowTitle(tr("Preview — %1").arg(headline));
}

void MainWindow::setPreviewVisible(bool visible)
{
    if (m_previewWindow)
        m_previewWindow->setVisible(visible);
    else
        m_outputs->setVisible(visible);
}

void MainWindow::setPreviewDetached(bool detached)
{
    if (detached == (m_previewWindow != nullptr))
        return;
    if (detached) {
        m_previewWindow = new QWidget(nullptr, Qt::Window);
        m_previewWindow->setObjectName(u"previewWindow"_s);
        m_previewWindow->setAttribute(Qt::WA_DeleteOnClose, false);
        auto *layout = new QVBoxLayout(m_previewWindow);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_outputs);
        m_previewWindow->installEventFilter(this);
        m_previewWindow->resize(720, 900);
        m_outputs->show();
        m_previewWindow->show();
        action(u"preview.show"_s)->setChecked(true);
        updateTitle();
    } else {
        QWidget *window = m_previewWindow;
        m_previewWindow = nullptr;
        window->removeEventFilter(this);
        m_splitter->addWidget(m_outputs);
        m_outputs->setVisible(action(u"preview.show"_s)->isChecked());
        window->deleteLater();
    }
    QSignalBlocker blocker(action(u"preview.detach"_s));
    action(u"preview.detach"_s)->setChecked(detached);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_previewWindow && event->type() == QEvent::Close) {
        // Closing the detached window puts the preview back beside the editor.
        setPreviewDetached(false);
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setColourScheme(ColourScheme scheme)
{
    m_scheme = scheme;
    switch (scheme) {
    case ColourScheme::System:
        QApplication::setPalette(m_systemPalette);
        break;
    case ColourScheme::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case ColourScheme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
    const QString id = scheme == ColourScheme::Dark ? u"scheme.dark"_s
            : scheme == ColourScheme::Light         ? u"scheme.light"_s
                                                    : u"scheme.system"_s;
    action(id)->setChecked(true);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    if (m_previewWindow)
        m_previewWindow->hide();
    event->accept();
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        resize(std::min(1600, available.width() * 9 / 10),
               std::min(1000, available.height() * 9 / 10));
    }
    if (!restoreState(settings.value(u"window/state"_s).toByteArray()))
        resizeDocks({m_findingsDock}, {110}, Qt::Vertical);
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    m_editor->splitter()->restoreState(settings.value(u"window/editorSplitter"_s).toByteArray());
    action(u"preview.show"_s)->setChecked(settings.value(u"preview/visible"_s, true).toBool());
    m_outputs->setCurrentIndex(std::clamp(settings.value(u"window/outputTab"_s, 0).toInt(), 0,
                                          m_outputs->count() - 1));
    applyPublishSettings(PublishSettings::load(settings));
    const QString scheme = settings.value(u"window/colourScheme"_s, u"system"_s).toString();
    setColourScheme(scheme == u"dark"            ? ColourScheme::Dark
                            : scheme == u"light" ? ColourScheme::Light
                                                 : ColourScheme::System);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    settings.setValue(u"window/editorSplitter"_s, m_editor->splitter()->saveState());
    settings.setValue(u"preview/visible"_s, action(u"preview.show"_s)->isChecked());
    settings.setValue(u"window/outputTab"_s, m_outputs->currentIndex());
    settings.setValue(u"window/colourScheme"_s,
                      m_scheme == ColourScheme::Dark            ? u"dark"_s
                              : m_scheme == ColourScheme::Light ? u"light"_s
                                                                : u"system"_s);
}

} // namespace Copydesk
