// SPDX-License-Identifier: MIT
#pragma once

#include "store/storystore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSet>
#include <QTimeZone>

class QTimer;

namespace Copydesk {

class LibraryWorker;

/**
 * The library's stories as a table: headline, status (a scheduled story
 * with its time and a countdown), last saved. Rows come from the library
 * a page at a time as the view scrolls (canFetchMore/fetchMore), filtered
 * and sorted by the library's own query, so a desk of 100,000 stories
 * opens as fast as one of ten; a saved story's row is read again alone.
 */
class StoryListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { HeadlineColumn, StatusColumn, SavedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    /// How many rows the first read takes: a window's worth, so the list paints at once.
    static constexpr int firstPageSize = 64;
    /// How many rows each later fetch reads, as the list scrolls.
    static constexpr int pageSize = 200;

    explicit StoryListModel(QObject *parent = nullptr);

    /// The library to list; nullptr empties the list.
    void setStore(StoryStore *store);
    /**
     * Reads the list on worker's connection instead of on this thread, for
     * a library on a server: the window never waits for the list, a page or
     * a row; the rows change when the answer comes (then rowsSettled()),
     * and busyChanged() says when a read is under way.
     */
    void setWorker(LibraryWorker *worker);
    /// Whether a read is under way on the worker.
    bool isBusy() const { return m_busy; }
    /// Lists the stories whose headline or slug contains text; empty: all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_query.text; }
    /// Only the stories filed under section (empty: under none); nullopt: every story.
    void setSectionFilter(const std::optional<QString> &section);
    std::optional<QString> sectionFilter() const { return m_query.section; }
    /// Reads the first page again, as after a change the model cannot place.
    void reload();
    /// Reads one story's row again after a save, publication or deletion.
    void refreshStory(const QUuid &id);
    /// The zone scheduled times are shown in.
    void setTimeZone(const QTimeZone &zone);
    /// Where "now" comes from for the countdowns; tests set it.
    void setClock(std::function<QDateTime()> clock);

    /// The rows read so far.
    QList<StorySummary> stories() const { return m_stories; }
    int rowOf(const QUuid &id) const;
    /// The last error the library gave while listing; empty when none.
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// The library could not be read; message says why.
    void listingFailed(const QString &message);
    /**
     * The worker's answer is about to change the rows: the current row a
     * view sees move meanwhile is not a choice of the user's.
     */
    void rowsChanging();
    /// The rows changed after a reload or a story's refresh, at once or when the worker
    /// answered: a view selects its story again.
    void rowsSettled();
    void busyChanged(bool busy);

private:
    QString savedText(const QDateTime &saved) const;
    QString statusText(const StorySummary &story) const;
    QDateTime now() const;
    void tickCountdowns();
    void setBusy(bool busy);
    void applyFirstPage(const Result<QList<StorySummary>> &page);
    void applyNextPage(const Result<QList<StorySummary>> &page);
    void applySummary(const QUuid &id, const Result<StorySummary> &summary);
    StoryListQuery nextPageQuery() const;

    StoryStore *m_store = nullptr;
    LibraryWorker *m_worker = nullptr;
    /// Moves with each reload; an answer to an older one is dropped.
    int m_generation = 0;
    bool m_busy = false;
    bool m_fetching = false;
    StoryListQuery m_query;
    QList<StorySummary> m_stories;
    QSet<QUuid> m_ids;
    bool m_atEnd = true;
    QString m_error;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::function<QDateTime()> m_clock;
    QTimer *m_countdown;
};

} // namespace Copydesk
