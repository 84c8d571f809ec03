// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QButtonGroup;
class QDateEdit;
class QLabel;
class QRadioButton;
class QTimeEdit;
QT_END_NAMESPACE

namespace Copydesk {

/**
 * A date and a time as the desk reads clocks: in the newsroom's time zone,
 * with the moment in UTC (and on this computer's clock, when that differs)
 * shown beside it. On a daylight-saving change a time the clocks skip is
 * refused, and a time they pass twice asks which one: never a guess.
 */
class ZonedTimeEdit : public QWidget
{
    Q_OBJECT

public:
    explicit ZonedTimeEdit(const QTimeZone &zone, QWidget *parent = nullptr);

    /// Shows at (UTC) as the newsroom's wall-clock time.
    void setDateTime(const QDateTime &at);
    /// The moment chosen, in UTC; nothing while the time is missing or its choice is open.
    std::optional<QDateTime> dateTime() const;
    /// Why there is no moment yet, for people; empty when there is one.
    QString problem() const { return m_problem; }

    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *timeEdit() const { return m_time; }
    /// The two readings of a doubled time (0 earlier, 1 later); hidden otherwise.
    QRadioButton *choice(int index) const;
    QLabel *explanation() const { return m_explanation; }

Q_SIGNALS:
    void changed();

private:
    void resolve();

    QTimeZone m_zone;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QLabel *m_explanation;
    QRadioButton *m_choices[2];
    QButtonGroup *m_group;
    QList<QDateTime> m_candidates;
    QString m_problem;
};

} // namespace Copydesk
