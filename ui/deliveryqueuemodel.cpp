// SPDX-License-Identifier: MIT
#include "deliveryqueuemodel.h"

#include "libraryworker.h"
#include "publish/scheduletime.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// Whether a row reads differently now (the id being the same).
bool sameRow(const Delivery &a, const Delivery &b)
{
    return a.version == b.version && a.slug == b.slug && a.destination == b.destination &&
            a.state == b.state && a.attempts == b.attempts && a.nextAttemptAt == b.nextAttemptAt &&
            a.message == b.message && a.finishedAt == b.finishedAt;
}

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(u'\n');
    return end < 0 ? text : text.left(end) + u" …"_s;
}

} // namespace

DeliveryQueueModel::DeliveryQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_query.limit = rowLimit;
}

void DeliveryQueueModel::setStore(StoryStore *store)
{
    m_store = store;
    refresh();
}

void DeliveryQueueModel::setNeedingAttention(bool only)
{
    if (only == m_query.needingAttention)
        return;
    m_query.needingAttention = only;
    refresh();
}

void DeliveryQueueModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, NextTryColumn), index(rowCount() - 1, NextTryColumn));
}

void DeliveryQueueModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime DeliveryQueueModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void DeliveryQueueModel::setWorker(LibraryWorker *worker)
{
    m_worker = worker;
}

Result<DeliveryQueueModel::Listing> DeliveryQueueModel::read(StoryStore &store,
                                                             const DeliveryQuery &query)
{
    auto rows = store.deliveryQueue(query);
    if (!rows)
        return rows.error();
    Listing listing{*std::move(rows), {}};
    if (const auto configs = store.destinations()) {
        for (const DestinationConfig &config : *configs)
            listing.names.insert(config.key(), config.name);
    }
    return listing;
}

void DeliveryQueueModel::refresh()
{
    const quint64 asked = ++m_reads;
    if (!m_store) {
        apply({});
        return;
    }
    // On a server the rows shown stay until the new ones come.
    LibraryWorker::runOrNow<Listing>(
            m_worker, *m_store, this,
            [query = m_query](StoryStore &store) { return read(store, query); },
            [this, asked](Result<Listing> listing) {
                if (asked == m_reads)
                    take(listing);
            });
}

void DeliveryQueueModel::take(const Result<Listing> &listing)
{
    if (!listing) {
        m_error = listing.errorMessage();
        Q_EMIT listingFailed(m_error);
        return;
    }
    m_error.clear();
    const bool renamed = listing->names != m_names;
    m_names = listing->names;
    apply(listing->rows);
    if (renamed && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, DestinationColumn), index(rowCount() - 1, DestinationColumn));
}

void DeliveryQueueModel::apply(const QList<Delivery> &rows)
{
    // Both lists run newest first, ids falling: walked together, rows that
    // went are removed and those that came inserted, so a view keeps its
    // selection and its scroll position.
    int at = 0;
    int from = 0;
    while (at < m_rows.size() || from < rows.size()) {
        if (from >= rows.size() || (at < m_rows.size() && m_rows.at(at).id > rows.at(from).id)) {
            int last = at;
            while (last + 1 < m_rows.size() &&
                   (from >= rows.size() || m_rows.at(last + 1).id > rows.at(from).id))
                ++last;
            beginRemoveRows({}, at, last);
            m_rows.remove(at, last - at + 1);
            endRemoveRows();
            continue;
        }
        if (at >= m_rows.size() || rows.at(from).id > m_rows.at(at).id) {
            int last = from;
            while (last + 1 < rows.size() &&
                   (at >= m_rows.size() || rows.at(last + 1).id > m_rows.at(at).id))
                ++last;
            const int count = last - from + 1;
            beginInsertRows({}, at, at + count - 1);
            for (int i = 0; i < count; ++i)
                m_rows.insert(at + i, rows.at(from + i));
            endInsertRows();
            at += count;
            from += count;
            continue;
        }
        if (!sameRow(m_rows.at(at), rows.at(from))) {
            m_rows[at] = rows.at(from);
            Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
        }
        ++at;
        ++from;
    }
}

int DeliveryQueueModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

QString DeliveryQueueModel::destinationName(const QString &key) const
{
    return m_names.value(key, key);
}

int DeliveryQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveryQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeliveryQueueModel::nextTryText(const Delivery &delivery) const
{
    if (!isUnfinished(delivery.state) || delivery.state == DeliveryState::Sending)
        return {};
    const QDateTime at = now();
    if (!delivery.nextAttemptAt.isValid() || delivery.nextAttemptAt <= at)
        return tr("Now");
    const QDateTime local = delivery.nextAttemptAt.toTimeZone(m_zone);
    const QString abbreviation = m_zone.abbreviation(delivery.nextAttemptAt);
    if (local.date() == at.toTimeZone(m_zone).date())
        return local.toString(u"HH:mm:ss"_s) + u' ' + abbreviation;
    return local.toString(u"d MMM HH:mm"_s) + u' ' + abbreviation;
}

QVariant DeliveryQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Delivery &delivery = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return delivery.id;
    case StateRole:
        return int(delivery.state);
    case StoryIdRole:
        return delivery.storyId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case StoryColumn:
            return delivery.slug.isEmpty() ? tr("(no slug)") : delivery.slug;
        case VersionColumn:
            return delivery.version;
        case DestinationColumn:
            return destinationName(delivery.destination);
        case StateColumn:
            return deliveryStateDisplayName(delivery.state);
        case AttemptsColumn:
            return delivery.attempts;
        case NextTryColumn:
            return nextTryText(delivery);
        case ErrorColumn:
            return firstLine(delivery.message);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StoryColumn:
            return tr("Delivery %1 of the story %2")
                    .arg(delivery.id)
                    .arg(delivery.storyId.toString(QUuid::WithoutBraces));
        case DestinationColumn:
            return delivery.destination;
        case StateColumn:
            return delivery.finishedAt.isValid()
                    ? tr("Since %1").arg(describeTime(delivery.finishedAt, m_zone))
                    : tr("Published %1").arg(describeTime(delivery.createdAt, m_zone));
        case NextTryColumn:
            if (nextTryText(delivery).isEmpty() || !delivery.nextAttemptAt.isValid())
                return {};
            return tr("%1, %2").arg(describeTime(delivery.nextAttemptAt, m_zone),
                                    dueText(delivery.nextAttemptAt, now()));
        case ErrorColumn:
            return delivery.message.isEmpty() ? QVariant() : QVariant(delivery.message);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == VersionColumn || index.column() == AttemptsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == StateColumn && delivery.state == DeliveryState::Failed) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant DeliveryQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StoryColumn:
        return tr("Story");
    case VersionColumn:
        return tr("Version");
    case DestinationColumn:
        return tr("Destination");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case NextTryColumn:
        return tr("Next Try");
    case ErrorColumn:
        return tr("Last Error");
    default:
        return {};
    }
}

} // namespace Copydesk
