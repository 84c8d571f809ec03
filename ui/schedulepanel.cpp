// SPDX-License-Identifier: MIT
#include "schedulepanel.h"

#include "libraryworker.h"

#include "publish/scheduletime.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {
enum Column { TimeColumn, UtcColumn, HeadlineColumn, DueColumn };
constexpr int idRole = Qt::UserRole + 1;
} // namespace

SchedulePanel::SchedulePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_today(new QToolButton(this))
    , m_list(new QTreeWidget(this))
{
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowLeft));
    m_previous->setToolTip(tr("The day before"));
    m_previous->setAccessibleName(tr("Previous day"));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));
    m_next->setToolTip(tr("The day after"));
    m_next->setAccessibleName(tr("Next day"));
    m_today->setText(tr("Today"));
    m_today->setToolTip(tr("Back to today's schedule"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list->setObjectName(u"scheduleList"_s);
    m_list->setAccessibleName(tr("Scheduled stories"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Time"), tr("UTC"), tr("Headline"), tr("Due")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(HeadlineColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(UtcColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    m_list->setToolTip(tr("Enter or a double-click opens the story"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_previous);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_today);
    bar->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_list);
    setFocusProxy(m_list);

    connect(m_previous, &QToolButton::clicked, this, [this] { setDay(m_day.addDays(-1)); });
    connect(m_next, &QToolButton::clicked, this, [this] { setDay(m_day.addDays(1)); });
    connect(m_today, &QToolButton::clicked, this,
            [this] { setDay(now().toTimeZone(m_zone).date()); });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT storyChosen(item->data(0, idRole).toUuid()); });
    m_day = now().toTimeZone(m_zone).date();
}

QDateTime SchedulePanel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void SchedulePanel::setStore(StoryStore *store)
{
    m_store = store;
    refresh();
}

void SchedulePanel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    refresh();
}

void SchedulePanel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    m_day = now().toTimeZone(m_zone).date();
    refresh();
}

void SchedulePanel::setDay(const QDate &day)
{
    m_day = day;
    refresh();
}

void SchedulePanel::setWorker(LibraryWorker *worker)
{
    m_worker = worker;
}

void SchedulePanel::refresh()
{
    const QLocale locale;
    const bool today = m_day == now().toTimeZone(m_zone).date();
    m_title->setText(today ? tr("Today, %1").arg(locale.toString(m_day, QLocale::LongFormat))
                           : locale.toString(m_day, QLocale::LongFormat));
    m_today->setEnabled(!today);
    const quint64 read = ++m_reads;
    if (!m_store) {
        m_list->clear();
        return;
    }
    // The newsroom's day, from its midnight to the next: 23 or 25 hours on a change.
    const QDateTime from = QDateTime(m_day, QTime(0, 0), m_zone).toUTC();
    const QDateTime to = QDateTime(m_day.addDays(1), QTime(0, 0), m_zone).toUTC();
    // On a server the rows shown stay until the day's rows come.
    LibraryWorker::runOrNow<QList<StorySummary>>(
            m_worker, *m_store, this,
            [from, to](StoryStore &store) { return store.scheduledBetween(from, to); },
            [this, read](Result<QList<StorySummary>> scheduled) {
                if (read == m_reads)
                    fill(scheduled);
            });
}

void SchedulePanel::fill(const Result<QList<StorySummary>> &scheduled)
{
    const QUuid current =
            m_list->currentItem() ? m_list->currentItem()->data(0, idRole).toUuid() : QUuid();
    m_list->clear();
    if (!scheduled) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(HeadlineColumn, scheduled.errorMessage());
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    if (scheduled->isEmpty()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(HeadlineColumn, tr("Nothing is scheduled for this day."));
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    const QDateTime at = now();
    for (const StorySummary &story : *scheduled) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(TimeColumn,
                      story.scheduledFor.toTimeZone(m_zone).toString(u"HH:mm"_s) + u' ' +
                              m_zone.abbreviation(story.scheduledFor));
        item->setText(UtcColumn, story.scheduledFor.toUTC().toString(u"HH:mm"_s));
        item->setText(HeadlineColumn,
                      story.headline.isEmpty() ? tr("(no headline)") : story.headline);
        item->setText(DueColumn, dueText(story.scheduledFor, at));
        item->setToolTip(HeadlineColumn, describeTime(story.scheduledFor, m_zone));
        item->setData(0, idRole, story.id);
        if (story.id == current)
            m_list->setCurrentItem(item);
    }
}

} // namespace Copydesk
