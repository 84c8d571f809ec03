// SPDX-License-Identifier: MIT
#pragma once

#include "store/storystore.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;
QT_END_NAMESPACE

namespace Copydesk {

class StoryListModel;

/// The story library: a filter box over the stories, newest save first.
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

Q_SIGNALS:
    /// The user moved to another story in the list.
    void storyChosen(const QUuid &id);

private:
    StoryListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    bool m_selecting = false;
    QUuid m_openId; ///< the story the window has open, kept selected when visible
};

} // namespace Copydesk
