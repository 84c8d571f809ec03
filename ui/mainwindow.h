// SPDX-License-Identifier: MIT
#pragma once

#include "publish/publishservice.h"
#include "publish/publishsettings.h"
#include "store/storystore.h"
#include "story/housestyle.h"
#include "story/storydocument.h"
#include "storychecker.h"

#include <QMainWindow>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QDockWidget;
class QSplitter;
class QToolButton;
class QUndoGroup;
QT_END_NAMESPACE

namespace Copydesk {

class ActionRegistry;
class CaptionsDesk;
class ColourScheme;
class DeliveryController;
class Desk;
class DocumentController;
class FindingsList;
class HistoryController;
class HistoryPanel;
class ImportController;
class BackupController;
class LibraryController;
class LibraryWorker;
class JournalController;
class LibraryWatcher;
class ImportSummaryDialog;
class LibraryPanel;
class OutputPane;
class PhotoCache;
class PhotoController;
class PreviewDetacher;
class PreviewPane;
class PublishController;
class SpellingController;
class PublishQueuePanel;
class SearchPanel;
class LeaseController;
class ScheduleController;
class SchedulePanel;
class StoryEditor;
class UndoRouting;
class WordPressController;

/**
 * The desk: the library, the story editor and the outputs (the page
 * preview, ninjs, Atom, JSON Feed) side by side, with the house-style
 * findings, the story's history, the day's schedule and the publish queue
 * in docks. The window composes; each concern has its controller
 * (documents, imports, photos, publishing, delivering, scheduling,
 * history), the actions live in one registry, the menus and the saved
 * window state have files of their own.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<StoryStore> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The action with this id ("new", "save", "undo", "preview.detach" …).
    QAction *action(const QString &id) const;
    ActionRegistry *actions() const { return m_actions; }

    StoryEditor *editor() const { return m_editor; }
    Desk *desk() const { return m_desk; }
    /// The Library menu's work: other libraries in windows of their own.
    LibraryController *libraries() const { return m_libraries; }
    PreviewPane *preview() const { return m_preview; }
    /// The tabs beside the editor: the page preview and the raw outputs.
    OutputPane *outputs() const { return m_outputs; }
    LibraryPanel *library() const { return m_library; }
    FindingsList *findingsList() const { return m_findings; }
    /// The one-line house-style summary in the status bar; it opens the findings.
    QToolButton *findingsSummary() const { return m_findingsSummary; }
    HistoryPanel *historyPanel() const { return m_historyPanel; }
    SchedulePanel *schedulePanel() const { return m_schedulePanel; }
    PublishQueuePanel *queuePanel() const { return m_queuePanel; }
    SearchPanel *searchPanel() const { return m_searchPanel; }
    StoryDocument *document() const;
    StoryStore *store() const;

    DocumentController *documents() const { return m_documents; }
    PublishController *publishing() const { return m_publishing; }
    SpellingController *spelling() const { return m_spelling; }
    LeaseController *leases() const { return m_leases; }
    DeliveryController *deliveries() const { return m_deliveries; }
    ScheduleController *scheduling() const { return m_scheduling; }
    HistoryController *history() const { return m_history; }
    JournalController *journal() const { return m_journal; }
    LibraryWatcher *watcher() const { return m_watcher; }
    /// File → Open from WordPress….
    WordPressController *wordpress() const { return m_wordpress; }

    /// Shows the captions desk (made the first time), its photos read again.
    CaptionsDesk *showCaptionsDesk();
    CaptionsDesk *captionsDesk() const { return m_captionsDesk; }

    /// Opens the newest story of the library, or a new one in an empty library.
    void openNewestStory();
    /// Offers back unsaved edits that a session which ended left in the journal.
    int offerRecovery();
    bool openStory(const QUuid &id);
    void newStory();
    bool saveStory();
    /// Asks first; with confirm false (scripts and tests) it does not.
    bool deleteStory(bool confirm = true);
    bool addPhotoFromFile(const QString &path);
    /// Gives the photo at index (a wire caption without a picture) this picture file,
    /// keeping its caption, credit and alt text; one undo step.
    bool attachPictureFromFile(int index, const QString &path);

    /// Asks (kind, note, house style, destination) and publishes the open story,
    /// saving unsaved changes first. False when it did not publish.
    bool publishStory(std::optional<PublicationKind> kind = std::nullopt);
    /// Saves the settings and points the outputs and the preview at them.
    void setPublishSettings(const PublishSettings &settings);

    /// The summary of the last import while it is open.
    ImportSummaryDialog *importSummary() const;
    /// Runs the house-style check and the preview now instead of after the pause.
    void flushPendingChanges();

    /// The house style the findings follow; the bundled one until told otherwise.
    void setHouseStyle(const HouseStyle &style);
    /// Follows the rules in path; a file that does not load is reported and
    /// the current rules stay.
    bool loadHouseStyle(const QString &path);
    /// Saves a picture of the window to file once the preview is drawn, then quits.
    void saveScreenshotWhenDrawn(const QString &file);

    enum class ColourScheme { System, Light, Dark };
    void setColourScheme(ColourScheme scheme);

public Q_SLOTS:
    void importWireFiles(const QStringList &paths);
    void importWireStoriesFromText(const QString &text, const QString &sourceName);
    void pasteWireStories();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void updateTitle();
    enum class CheckTiming { Now, InBackground };
    void updateFindingsAndPreview(CheckTiming timing);
    void showCheck(const StoryChecker::Result &check);
    void applyPublishSettings();
    /// Offers the library's tags in use to the editor's tag completion.
    void readTagsInUse();
    /// How many of the latest used tags completion offers.
    static constexpr int tagsOffered = 2000;
    QDockWidget *addDock(const QString &name, const QString &title, QWidget *widget,
                         Qt::DockWidgetArea area);
    /**
     * The first start's layout, fitted to the screen: the editor column
     * widest, the preview beside it; on a screen under 900 pixels high the
     * panels below start closed (the status bar sums up the findings).
     */
    void fitToScreen();

    ActionRegistry *m_actions;
    Desk *m_desk;
    std::unique_ptr<PhotoCache> m_photoCache;
    LibraryPanel *m_library;
    StoryEditor *m_editor;
    PreviewPane *m_preview;
    OutputPane *m_outputs;
    QSplitter *m_splitter;
    FindingsList *m_findings;
    HistoryPanel *m_historyPanel;
    SchedulePanel *m_schedulePanel;
    PublishQueuePanel *m_queuePanel;
    SearchPanel *m_searchPanel;
    LeaseController *m_leases = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    QToolButton *m_findingsSummary;
    QDockWidget *m_historyDock = nullptr;
    QDockWidget *m_scheduleDock = nullptr;
    QDockWidget *m_queueDock = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QUndoGroup *m_undoGroup;
    UndoRouting *m_routing = nullptr;
    QTimer *m_changeTimer;
    StoryChecker *m_checker;
    DocumentController *m_documents = nullptr;
    ImportController *m_imports = nullptr;
    PhotoController *m_photos = nullptr;
    DeliveryController *m_deliveries = nullptr;
    PublishController *m_publishing = nullptr;
    SpellingController *m_spelling = nullptr;
    ScheduleController *m_scheduling = nullptr;
    HistoryController *m_history = nullptr;
    JournalController *m_journal = nullptr;
    LibraryWatcher *m_watcher = nullptr;
    BackupController *m_backups = nullptr;
    WordPressController *m_wordpress = nullptr;
    LibraryController *m_libraries = nullptr;
    LibraryWorker *m_libraryWorker = nullptr;
    /// Which library the title names, when not the desk's own; empty for it.
    QString m_libraryLabel;
    Copydesk::ColourScheme *m_scheme = nullptr;
    PreviewDetacher *m_previewDetacher = nullptr;
    CaptionsDesk *m_captionsDesk = nullptr;

    friend class MainMenus;
    friend class WindowState;
};

} // namespace Copydesk
