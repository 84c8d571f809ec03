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

    StoryStore *m_store = nullptr;
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
