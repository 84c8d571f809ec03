// SPDX-License-Identifier: MIT
#pragma once

#include "store/storystore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

#include <functional>

namespace Copydesk {

class LibraryWorker;

/**
 * The outbox as a table for the Publish Queue, newest first: the story's
 * slug, the version, the destination (by its name when the library keeps
 * one), where the delivery stands, how many attempts it took, when it is
 * tried next (in the newsroom's zone) and the last error. Reads only the
 * rows it shows (DeliveryQuery::limit); refresh() reads them again and
 * changes only the rows that changed, so a view keeps its selection.
 */
class DeliveryQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StoryColumn,
        VersionColumn,
        DestinationColumn,
        StateColumn,
        AttemptsColumn,
        NextTryColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StateRole, StoryIdRole };

    /// How many rows the queue shows at most.
    static constexpr int rowLimit = 200;

    explicit DeliveryQueueModel(QObject *parent = nullptr);

    /// The library to list; nullptr empties the list.
    void setStore(StoryStore *store);
    /// Reads the rows on worker's connection (a server library's) instead of at once.
    void setWorker(LibraryWorker *worker);
    /// Only rows still to do and those that failed for good.
    void setNeedingAttention(bool only);
    bool needingAttention() const { return m_query.needingAttention; }
    void setTimeZone(const QTimeZone &zone);
    /// Where "now" comes from for "due now"; tests set it.
    void setClock(std::function<QDateTime()> clock);
    /// Reads the rows again.
    void refresh();

    const QList<Delivery> &deliveries() const { return m_rows; }
    /// The row showing delivery id; -1 when none does.
    int rowOf(qint64 id) const;
    /// The destination's name for people: the library's name for it, else its key.
    QString destinationName(const QString &key) const;
    /// The last error the library gave while listing; empty when none.
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The library could not be read; message says why.
    void listingFailed(const QString &message);

private:
    /// The queue's rows and the destinations' names, as one read gives them.
    struct Listing
    {
        QList<Delivery> rows;
        QHash<QString, QString> names;
    };
    static Result<Listing> read(StoryStore &store, const DeliveryQuery &query);
    void take(const Result<Listing> &listing);
    void apply(const QList<Delivery> &rows);
    QString nextTryText(const Delivery &delivery) const;
    QDateTime now() const;

    StoryStore *m_store = nullptr;
    LibraryWorker *m_worker = nullptr;
    /// Counts the reads asked for; an answer to an older one is dropped.
    quint64 m_reads = 0;
    DeliveryQuery m_query;
    QList<Delivery> m_rows;
    /// Destination keys to the names the library gives them.
    QHash<QString, QString> m_names;
    QString m_error;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::function<QDateTime()> m_clock;
};

} // namespace Copydesk
