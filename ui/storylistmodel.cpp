// SPDX-License-Identifier: MIT
#include "storylistmodel.h"

#include "libraryworker.h"
#include "publish/scheduletime.h"

#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// How often the "due in" countdowns of scheduled rows are redrawn.
constexpr int countdownMs = 30'000;

} // namespace

StoryListModel::StoryListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_countdown(new QTimer(this))
{
    m_query.limit = pageSize;
    m_countdown->setInterval(countdownMs);
    connect(m_countdown, &QTimer::timeout, this, &StoryListModel::tickCountdowns);
    m_countdown->start();
}

void StoryListModel::setStore(StoryStore *store)
{
    m_store = store;
    reload();
}

void StoryListModel::setFilterText(const QString &text)
{
    if (text.trimmed() == m_query.text)
        return;
    m_query.text = text.trimmed();
    reload();
}

void StoryListModel::setSectionFilter(const std::optional<QString> &section)
{
    if (section == m_query.section)
        return;
    m_query.section = section;
    reload();
}

void StoryListModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    tickCountdowns();
}

void StoryListModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    tickCountdowns();
}

QDateTime StoryListModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void StoryListModel::setWorker(LibraryWorker *worker)
{
    m_worker = worker;
}

void StoryListModel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void StoryListModel::reload()
{
    const int generation = ++m_generation;
    m_fetching = false;
    if (!m_store) {
        applyFirstPage(QList<StorySummary>());
        return;
    }
    StoryListQuery first = m_query;
    first.offset = 0;
    first.limit = firstPageSize;
    if (!m_worker) {
        applyFirstPage(m_store->listStories(first));
        return;
    }
    setBusy(true);
    m_worker->run<QList<StorySummary>>(
            this, [first](StoryStore &store) { return store.listStories(first); },
            [this, generation](Result<QList<StorySummary>> page) {
                if (generation != m_generation)
                    return;
                setBusy(false);
                Q_EMIT rowsChanging();
                applyFirstPage(page);
            });
}

void StoryListModel::applyFirstPage(const Result<QList<StorySummary>> &page)
{
    beginResetModel();
    m_stories.clear();
    m_ids.clear();
    m_atEnd = true;
    m_error.clear();
    if (page) {
        m_stories = *page;
        for (const StorySummary &story : std::as_const(m_stories))
            m_ids.insert(story.id);
        m_atEnd = m_store == nullptr || page->size() < firstPageSize;
    } else {
        m_error = page.errorMessage();
    }
    endResetModel();
    if (!m_error.isEmpty())
        Q_EMIT listingFailed(m_error);
    Q_EMIT rowsSettled();
}

bool StoryListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && !m_atEnd && !m_fetching && !m_busy;
}

StoryListQuery StoryListModel::nextPageQuery() const
{
    using Order = StoryListQuery::Order;
    StoryListQuery next = m_query;
    next.limit = pageSize;
    if (m_stories.isEmpty()) {
        next.offset = 0;
    } else if (m_query.order == Order::NewestSave || m_query.order == Order::OldestSave) {
        // The page after the last row shown, whatever was saved meanwhile.
        next.afterSaveOrder = m_stories.constLast().saveOrder;
        next.offset = 0;
    } else {
        next.offset = int(m_stories.size());
    }
    return next;
}

void StoryListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const StoryListQuery next = nextPageQuery();
    // Also while a page read at once is put in: a view or tester that asks
    // for more as the rows arrive would otherwise read the same page again.
    m_fetching = true;
    if (!m_worker) {
        const auto page = m_store->listStories(next);
        applyNextPage(page);
        m_fetching = false;
        return;
    }
    const int generation = m_generation;
    m_worker->run<QList<StorySummary>>(
            this, [next](StoryStore &store) { return store.listStories(next); },
            [this, generation](Result<QList<StorySummary>> page) {
                if (generation != m_generation)
                    return;
                m_fetching = false;
                Q_EMIT rowsChanging();
                applyNextPage(page);
                Q_EMIT rowsSettled();
            });
}

void StoryListModel::applyNextPage(const Result<QList<StorySummary>> &page)
{
    if (!page) {
        m_atEnd = true;
        m_error = page.errorMessage();
        Q_EMIT listingFailed(m_error);
        return;
    }
    m_atEnd = page->size() < pageSize;
    QList<StorySummary> fresh;
    for (const StorySummary &story : *page) {
        // A story saved meanwhile moved up and is listed already.
        if (!m_ids.contains(story.id))
            fresh.append(story);
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_stories.size()), int(m_stories.size() + fresh.size() - 1));
    for (const StorySummary &story : std::as_const(fresh)) {
        m_stories.append(story);
        m_ids.insert(story.id);
    }
    endInsertRows();
}

void StoryListModel::sort(int column, Qt::SortOrder order)
{
    using Order = StoryListQuery::Order;
    const bool ascending = order == Qt::AscendingOrder;
    Order wanted = Order::NewestSave;
    switch (column) {
    case HeadlineColumn:
        wanted = ascending ? Order::Headline : Order::HeadlineDescending;
        break;
    case StatusColumn:
        wanted = ascending ? Order::Status : Order::StatusDescending;
        break;
    default:
        wanted = ascending ? Order::OldestSave : Order::NewestSave;
        break;
    }
    if (wanted == m_query.order && !m_stories.isEmpty())
        return;
    m_query.order = wanted;
    reload();
}

void StoryListModel::refreshStory(const QUuid &id)
{
    if (!m_store)
        return;
    if (!m_worker) {
        applySummary(id, m_store->storySummary(id));
        return;
    }
    const int generation = m_generation;
    m_worker->run<StorySummary>(
            this, [id](StoryStore &store) { return store.storySummary(id); },
            [this, id, generation](Result<StorySummary> summary) {
                // A reload asked for meanwhile lists the story as it is now.
                if (generation != m_generation || m_busy)
                    return;
                Q_EMIT rowsChanging();
                applySummary(id, summary);
                Q_EMIT rowsSettled();
            });
}

void StoryListModel::applySummary(const QUuid &id, const Result<StorySummary> &summary)
{
    const int row = rowOf(id);
    if (!summary) {
        if (summary.errorKind() != ErrorKind::NotFound) {
            Q_EMIT listingFailed(summary.errorMessage());
            return;
        }
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_stories.removeAt(row);
            m_ids.remove(id);
            endRemoveRows();
        }
        return;
    }
    // Whether a filtered list holds the story is the library's to say (its
    // comparison of letters without case is the one that listed the rest).
    if (!m_query.text.isEmpty() || m_query.section) {
        reload();
        return;
    }
    using Order = StoryListQuery::Order;
    if (m_query.order == Order::NewestSave) {
        // The newest save heads the list: the row moves to the top.
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_stories.removeAt(row);
            m_ids.remove(id);
            endRemoveRows();
        }
        beginInsertRows({}, 0, 0);
        m_stories.prepend(*summary);
        m_ids.insert(id);
        endInsertRows();
        return;
    }
    if (row >= 0 && summary->headline == m_stories.at(row).headline &&
        summary->status == m_stories.at(row).status && m_query.order != Order::OldestSave) {
        m_stories[row] = *summary;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // Its place in another order is the library's to say: one page again.
    reload();
}

int StoryListModel::rowOf(const QUuid &id) const
{
    if (!m_ids.contains(id))
        return -1;
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
    const QDateTime local = saved.toTimeZone(m_zone);
    const QDateTime today = now().toTimeZone(m_zone);
    const QLocale locale;
    if (local.date() == today.date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

QString StoryListModel::statusText(const StorySummary &story) const
{
    if (story.status != StoryStatus::Scheduled || !story.scheduledFor.isValid())
        return statusDisplayName(story.status);
    // Short: the time (with the day when it is not today) and the countdown
    // say it is scheduled; the tooltip says it in full.
    const QDateTime local = story.scheduledFor.toTimeZone(m_zone);
    const QDate today = now().toTimeZone(m_zone).date();
    const QLocale locale;
    const QString time = locale.toString(local.time(), u"HH:mm"_s);
    const QString when = local.date() == today ? time
            : qAbs(today.daysTo(local.date())) < 7
            ? locale.toString(local.date(), u"ddd"_s) + u' ' + time
            : locale.toString(local.date(), u"d MMM"_s) + u' ' + time;
    // Whole hours past the first: the column stays narrow, the tooltip is exact.
    const qint64 seconds = now().secsTo(story.scheduledFor);
    const QString due = seconds >= 3600 && seconds < 48 * 3600
            ? tr("due in %1 h").arg(seconds / 3600)
            : dueText(story.scheduledFor, now());
    return tr("%1 · %2").arg(when, due);
}

void StoryListModel::tickCountdowns()
{
    for (int row = 0; row < m_stories.size(); ++row) {
        if (m_stories.at(row).status == StoryStatus::Scheduled)
            Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn),
                               {Qt::DisplayRole, Qt::ToolTipRole});
    }
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
            return statusText(story);
        case SavedColumn:
            return savedText(story.savedAt);
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = tr("%1\nSlug: %2\nVersion %3, saved %4")
                              .arg(story.headline, story.slug)
                              .arg(story.version)
                              .arg(describeTime(story.savedAt, m_zone));
        if (story.publishedVersion > 0 && story.publishedVersion != story.version)
            tip += tr("\nReaders have version %1").arg(story.publishedVersion);
        if (story.status == StoryStatus::Scheduled)
            tip += tr("\nScheduled for %1").arg(describeTime(story.scheduledFor, m_zone));
        if (story.embargoUntil.isValid())
            tip += tr("\nEmbargoed until %1").arg(describeTime(story.embargoUntil, m_zone));
        return tip;
    }
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
