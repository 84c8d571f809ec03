// SPDX-License-Identifier: MIT
#pragma once

#include "store/storystore.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QMimeData;
class QSortFilterProxyModel;
class QTreeView;
QT_END_NAMESPACE

namespace Copydesk {

class StoryListModel;

/**
 * The story library: a filter box over the stories, newest save first.
 * Text files and text dropped on it are offered for import as wire stories.
 */
class LibraryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPanel(QWidget *parent = nullptr);

    void setStories(const QList<StorySummary> &stories);
    /// Selects the story's row without asking to open it.
    void selectStory(const QUuid &id);
    void focusFilter();
    StoryListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

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

private:
    StoryListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    bool m_selecting = false;
    QUuid m_openId; ///< the story the window has open, kept selected when visible
};

} // namespace Copydesk
