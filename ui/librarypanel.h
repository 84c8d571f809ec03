// SPDX-License-Identifier: MIT
#pragma once

#include "busybar.h"
#include "store/storystore.h"

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QMimeData;
class QTimer;
class QTreeView;
QT_END_NAMESPACE

namespace Copydesk {

class StoryListModel;

/**
 * The story library: a filter box over the stories, newest save first (a
 * header click sorts by another column). The library does the filtering
 * and sorting, a page at a time. Text files and text dropped on it are
 * offered for import as wire stories.
 */
class LibraryPanel : public QWidget
{
    Q_OBJECT

public:
    /// How long a read of the list may take before the busy bar shows.
    static constexpr int busyDelayMs = BusyBar::delayMs;

    explicit LibraryPanel(QWidget *parent = nullptr);

    /// The library to list; the first page is read at once, the rest as the list scrolls.
    void setStore(StoryStore *store);
    /// Reads one story's row again (after a save, a publication, a deletion).
    void refreshStory(const QUuid &id);
    /// Reads the list again from the top, keeping the open story selected.
    void reload();
    /// Selects the story's row without asking to open it.
    void selectStory(const QUuid &id);
    void focusFilter();
    StoryListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    BusyBar *busyBar() const { return m_busy; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *sectionFilter() const { return m_section; }
    /// The library's sections, to list one of them alone.
    void setSections(const QStringList &sections);

    /// The local files a drag carries (folders and remote URLs left out).
    static QStringList localFiles(const QMimeData *mime);

Q_SIGNALS:
    /// The user moved to another story in the list.
    void storyChosen(const QUuid &id);
    /// Files were dropped on the list, to import as wire text.
    void filesDropped(const QStringList &paths);
    /// Text (not files) was dropped on the list, to import as wire text.
    void textDropped(const QString &text);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyFilter();
    /**
     * A narrow list (a laptop, a large scale factor) keeps the headline
     * readable: the save time goes (sorting by it stays; the tooltip has it)
     * and the status column takes at most a third.
     */
    void fitColumns();

    StoryListModel *m_model;
    QTimer *m_filterDelay;
    QLineEdit *m_filter;
    QComboBox *m_section;
    QTreeView *m_view;
    BusyBar *m_busy;
    bool m_selecting = false;
    /// Between the model's rowsChanging() and rowsSettled().
    bool m_applying = false;
    std::optional<bool> m_narrow;
    QUuid m_openId; ///< the story the window has open, kept selected when visible
};

} // namespace Copydesk
