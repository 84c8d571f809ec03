// SPDX-License-Identifier: MIT
#pragma once

#include "store/storystore.h"

#include <QDate>
#include <QTimeZone>
#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QLabel;
class QToolButton;
class QTreeWidget;
QT_END_NAMESPACE

namespace Copydesk {

class LibraryWorker;

/**
 * The day's schedule in time order: each scheduled story with its time in
 * the newsroom's zone, in UTC, and how long until it is due. Previous and
 * next day, back to today; Enter or a double-click opens a story.
 */
class SchedulePanel : public QWidget
{
    Q_OBJECT

public:
    explicit SchedulePanel(QWidget *parent = nullptr);

    void setStore(StoryStore *store);
    /// Reads the schedule on worker's connection (a server library's) instead of at once.
    void setWorker(LibraryWorker *worker);
    void setTimeZone(const QTimeZone &zone);
    /// Where "now" comes from; tests set it.
    void setClock(std::function<QDateTime()> clock);
    void setDay(const QDate &day);
    QDate day() const { return m_day; }
    /// Reads the day's schedule again.
    void refresh();

    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void storyChosen(const QUuid &id);

private:
    QDateTime now() const;
    /// Shows the day's rows as read, keeping the chosen one.
    void fill(const Result<QList<StorySummary>> &scheduled);

    StoryStore *m_store = nullptr;
    LibraryWorker *m_worker = nullptr;
    /// Counts the reads asked for; an answer to an older one is dropped.
    quint64 m_reads = 0;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::function<QDateTime()> m_clock;
    QDate m_day;
    QLabel *m_title;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_today;
    QTreeWidget *m_list;
};

} // namespace Copydesk
