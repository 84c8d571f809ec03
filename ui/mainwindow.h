// SPDX-License-Identifier: MIT
#pragma once

#include "store/storystore.h"
#include "story/housestyle.h"
#include "story/storydocument.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

QT_BEGIN_NAMESPACE
class QActionGroup;
class QDockWidget;
class QSplitter;
class QUndoGroup;
QT_END_NAMESPACE

namespace Copydesk {

class FindingsList;
class LibraryPanel;
class PhotoCache;
class PreviewPane;
class StoryDocument;
class StoryEditor;
class UndoRouting;

/**
 * The desk: the library, the story editor and the preview side by side,
 * with the house-style findings in a dock. Owns the library's store and
 * the open StoryDocument; every action is made once in createActions().
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

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void setDocument(StoryDocument *document);
    bool maybeSave();
    void refreshLibrary();
    void updateTitle();
    void updateFindingsAndPreview();
    void choosePhoto();
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
};

} // namespace Copydesk
