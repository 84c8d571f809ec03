// SPDX-License-Identifier: MIT
#pragma once

#include "publish/publishsettings.h"
#include "store/storystore.h"
#include "story/housestyle.h"
#include "story/storydocument.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QActionGroup;
class QDockWidget;
class QSplitter;
class QUndoGroup;
QT_END_NAMESPACE

namespace Copydesk {

class FindingsList;
class ImportSummaryDialog;
class LibraryPanel;
class OutputPane;
class PhotoCache;
class PreviewPane;
class StoryDocument;
class StoryEditor;
class UndoRouting;
struct WireImportRun;

/**
 * The desk: the library, the story editor and the outputs (the page
 * preview, ninjs, Atom, JSON Feed) side by side, with the house-style
 * findings in a dock. Imports wire text, publishes to the folder the
 * publishing settings name. Owns the library's store and the open
 * StoryDocument; every action is made once in createActions().
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<StoryStore> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The action with this id ("new", "save", "undo", "preview.detach" …).
    QAction *action(const QString &id) const;

    StoryEditor *editor() const { return m_editor; }
    PreviewPane *preview() const { return m_preview; }
    /// The tabs beside the editor: the page preview and the raw outputs.
    OutputPane *outputs() const { return m_outputs; }
    LibraryPanel *library() const { return m_library; }
    FindingsList *findingsList() const { return m_findings; }
    StoryDocument *document() const { return m_document; }
    StoryStore *store() const { return m_store.get(); }

    /// Opens the newest story of the library, or a new one in an empty library.
    void openNewestStory();
    bool openStory(const QUuid &id);
    void newStory();
    bool saveStory();
    /// Asks first; with confirm false (scripts and tests) it does not.
    bool deleteStory(bool confirm = true);
    bool addPhotoFromFile(const QString &path);
    /// Gives the photo at index (a wire caption without a picture) this picture file,
    /// keeping its caption, credit and alt text; one undo step.
    bool attachPictureFromFile(int index, const QString &path);

    /// Asks (house style, destination) and publishes the open story to the folder,
    /// saving unsaved changes first. False when it did not publish.
    bool publishStory();
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
    /**
     * Imports each file as a wire page, each in one transaction, with a
     * progress dialog that can stop between files; then lists the library
     * anew, opens the first imported story and shows a summary. What the
     * Import action and drops of files do.
     */
    void importWireFiles(const QStringList &paths);
    /// The same for text that is not in a file: a paste, a drop of text.
    void importWireStoriesFromText(const QString &text, const QString &sourceName);
    /// Imports the clipboard: its files if it holds copied files, else its text.
    void pasteWireStories();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void setDocument(StoryDocument *document);
    bool maybeSave();
    void refreshLibrary();
    void updateTitle();
    void updateFindingsAndPreview();
    void choosePhoto();
    void choosePictureFor(int index);
    /// Asks for a picture file; empty when the user cancelled.
    QString askForPicture(const QString &title);
    /// Reads a picture file into the library, or says why not; nullopt on failure.
    std::optional<Photo> storePicture(const QString &path, const QString &failureTitle);
    void chooseWireFiles();
    void finishImport(const WireImportRun &run);
    void editPublishSettings();
    void applyPublishSettings(const PublishSettings &settings);
    void setPreviewVisible(bool visible);
    void setPreviewDetached(bool detached);
    void readSettings();
    void writeSettings() const;
    QAction *makeAction(const QString &id, const QString &text, const QString &tip,
                        const QString &icon = {});

    std::unique_ptr<StoryStore> m_store;
    std::unique_ptr<PhotoCache> m_photoCache;
    HouseStyle m_style;
    QPointer<StoryDocument> m_document;
    LibraryPanel *m_library;
    StoryEditor *m_editor;
    PreviewPane *m_preview;
    OutputPane *m_outputs;
    QSplitter *m_splitter;
    FindingsList *m_findings;
    QDockWidget *m_findingsDock;
    QWidget *m_previewWindow = nullptr;
    QUndoGroup *m_undoGroup;
    UndoRouting *m_routing = nullptr;
    QTimer *m_changeTimer;
    QHash<QString, QAction *> m_actions;
    QActionGroup *m_schemeGroup = nullptr;
    ColourScheme m_scheme = ColourScheme::System;
    QPalette m_systemPalette;
    QPointer<ImportSummaryDialog> m_importSummary;
};

} // namespace Copydesk
