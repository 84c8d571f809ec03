// SPDX-License-Identifier: MIT
#include "storylistmodel.h"

#include <QLocale>

namespace Copydesk {

StoryListModel::StoryListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StoryListModel::setStories(const QList<StorySummary> &stories)
{
    beginResetModel();
    m_stories = stories;
    endResetModel();
}

int StoryListModel::rowOf(const QUuid &id) const
{
    for (int row = 0; row < m_stories.size(); ++row) {
        if (m_stories.at(row).id == id)
            return row;
    }
    return -1;
}

int StoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stories.size());
}

int StoryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StoryListModel::savedText(const QDateTime &saved) const
{
    if (!saved.isValid())
        return {};
    const QDateTime local = saved.toLocalTime();
    const QDateTime now = QDateTime::currentDateTime();
    const QLocale locale;
    if (local.date() == now.date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

QVariant StoryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StorySummary &story = m_stories.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HeadlineColumn:
            return story.headline.isEmpty() ? tr("(no headline)") : story.headline;
        case StatusColumn:
            return statusDisplayName(story.status);
        case SavedColumn:
            return savedText(story.savedAt);
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1\nSlug: %2\nVersion %3, saved %4")
                .arg(story.headline, story.slug)
                .arg(story.version)
                .arg(QLocale().toString(story.savedAt.toLocalTime(), QLocale::LongFormat));
    case IdRole:
        return story.id;
    case SortRole:
        switch (index.column()) {
        case HeadlineColumn:
            return story.headline.toLower();
        case StatusColumn:
            return int(story.status);
        case SavedColumn:
            return story.savedAt;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant StoryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HeadlineColumn:
        return tr("Headline");
    case StatusColumn:
        return tr("Status");
    case SavedColumn:
        return tr("Saved");
    }
    return {};
}

} // namespace Copydesk
