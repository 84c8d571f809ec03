// SPDX-License-Identifier: MIT
#pragma once

#include "story/story.h"

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace Copydesk {

class ZonedTimeEdit;

/**
 * When a story goes out, and whether it is held under embargo until then:
 * both read in the newsroom's time zone with UTC beside them. A time that
 * has passed, one before the embargo lifts, or one the clocks skip or pass
 * twice (until the desk says which) cannot be chosen.
 */
class ScheduleDialog : public QDialog
{
    Q_OBJECT

public:
    ScheduleDialog(const Story &story, const QTimeZone &zone, const QDateTime &now,
                   QWidget *parent = nullptr);

    /// The moment chosen, UTC; valid once Schedule is enabled.
    QDateTime scheduledFor() const;
    /// The embargo chosen, UTC; invalid for none.
    QDateTime embargo() const;

    ZonedTimeEdit *timeEdit() const { return m_at; }
    ZonedTimeEdit *embargoEdit() const { return m_embargo; }
    QCheckBox *embargoCheck() const { return m_embargoCheck; }
    QPushButton *scheduleButton() const { return m_schedule; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void check();

    QDateTime m_now;
    ZonedTimeEdit *m_at;
    QCheckBox *m_embargoCheck;
    ZonedTimeEdit *m_embargo;
    QLabel *m_problem;
    QPushButton *m_schedule;
};

} // namespace Copydesk
