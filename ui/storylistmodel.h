// SPDX-License-Identifier: MIT
#pragma once

#include "store/storystore.h"

#include <QAbstractTableModel>

namespace Copydesk {

/// The library's stories as a table: headline, status, last saved.
class StoryListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { HeadlineColumn, StatusColumn, SavedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit StoryListModel(QObject *parent = nullptr);

    void setStories(const QList<StorySummary> &stories);
    QList<StorySummary> stories() const { return m_stories; }
    int rowOf(const QUuid &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString savedText(const QDateTime &saved) const;

    QList<StorySummary> m_stories;
};

} // namespace Copydesk
