// SPDX-License-Identifier: MIT
#pragma once

#include "publish/publishservice.h"

#include <QObject>

class QTimer;

namespace Copydesk {

class DeliveryController;
class Desk;
class DocumentController;
class SchedulePanel;

/**
 * Scheduling from the window: Story → Schedule… (a time and an embargo in
 * the newsroom's zone), Unschedule, the Schedule panel with the day's
 * stories in time order, and the scheduler that publishes due stories
 * while the window is open: every half minute, on a worker thread, each
 * due story exactly once even when copydesk-cli publish-due runs too. The
 * outbox worker delivers what it publishes.
 */
class ScheduleController : public QObject
{
    Q_OBJECT

public:
    /// Makes the schedule and unschedule actions; panel shows the day's schedule.
    ScheduleController(Desk &desk, DocumentController &documents, SchedulePanel *panel,
                       DeliveryController &deliveries, QObject *parent = nullptr);

    /// How often the scheduler looks for due stories.
    static constexpr int intervalMs = 30'000;

    bool scheduleStory();
    bool unscheduleStory();
    /// Publishes what is due now and waits for it; what the timer does, for tests and scripts.
    Result<QList<DueOutcome>> publishDue();
    /// Starts or stops the scheduler (it starts with the window).
    void setSchedulerRunning(bool running);
    bool isSchedulerRunning() const;

Q_SIGNALS:
    /// The scheduler published (or could not publish) due stories.
    void duePublished(const QList<Copydesk::DueOutcome> &outcomes);

private:
    void updateActions();
    void startDueRun();
    void takeOutcomes(const QList<DueOutcome> &outcomes);

    Desk &m_desk;
    DocumentController &m_documents;
    SchedulePanel *m_panel;
    DeliveryController &m_deliveries;
    QTimer *m_timer;
    /// Runs of the due stories under way: the timer starts none while one is.
    int m_running = 0;
};

} // namespace Copydesk
