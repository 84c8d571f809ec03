// SPDX-License-Identifier: MIT
#include "scheduledialog.h"

#include "publish/scheduletime.h"
#include "zonedtimeedit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

ScheduleDialog::ScheduleDialog(const Story &story, const QTimeZone &zone, const QDateTime &now,
                               QWidget *parent)
    : QDialog(parent)
    , m_now(now)
    , m_at(new ZonedTimeEdit(zone, this))
    , m_embargoCheck(new QCheckBox(tr("&Embargo until:"), this))
    , m_embargo(new ZonedTimeEdit(zone, this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"scheduleDialog"_s);
    setWindowTitle(story.status() == StoryStatus::Scheduled ? tr("Reschedule Story")
                                                            : tr("Schedule Story"));
    auto *headline = new QLabel(story.headline().trimmed().isEmpty() ? tr("Untitled story")
                                                                     : story.headline(),
                                this);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    headline->setWordWrap(true);

    // A story scheduled already shows its time; else the next whole hour.
    const QDateTime nextHour = QDateTime::fromSecsSinceEpoch(
            (now.toSecsSinceEpoch() / 3600 + 1) * 3600, QTimeZone::utc());
    m_at->setObjectName(u"scheduleAt"_s);
    m_at->setDateTime(story.scheduledFor().isValid() ? story.scheduledFor() : nextHour);
    m_embargoCheck->setObjectName(u"scheduleEmbargoCheck"_s);
    m_embargoCheck->setToolTip(tr("Nothing publishes the story before this time, whoever asks"));
    m_embargo->setObjectName(u"scheduleEmbargo"_s);
    m_embargoCheck->setChecked(story.embargoUntil().isValid());
    m_embargo->setDateTime(story.embargoUntil().isValid() ? story.embargoUntil() : nextHour);
    m_embargo->setEnabled(m_embargoCheck->isChecked());

    auto *form = new QFormLayout;
    auto *atLabel = new QLabel(tr("&Publish at:"), this);
    atLabel->setBuddy(m_at);
    form->addRow(atLabel, m_at);
    form->addRow(m_embargoCheck, m_embargo);

    m_problem->setObjectName(u"scheduleProblem"_s);
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x20, 0x20));
    m_problem->setPalette(palette);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_schedule = buttons->addButton(tr("&Schedule"), QDialogButtonBox::AcceptRole);
    m_schedule->setObjectName(u"scheduleButton"_s);
    m_schedule->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headline);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_at, &ZonedTimeEdit::changed, this, &ScheduleDialog::check);
    connect(m_embargo, &ZonedTimeEdit::changed, this, &ScheduleDialog::check);
    connect(m_embargoCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_embargo->setEnabled(on);
        check();
    });
    check();
    m_at->setFocus(Qt::OtherFocusReason);
}

QDateTime ScheduleDialog::scheduledFor() const
{
    return m_at->dateTime().value_or(QDateTime());
}

QDateTime ScheduleDialog::embargo() const
{
    return m_embargoCheck->isChecked() ? m_embargo->dateTime().value_or(QDateTime())
                                       : QDateTime();
}

void ScheduleDialog::check()
{
    QString problem = m_at->problem();
    const QDateTime at = scheduledFor();
    if (problem.isEmpty() && at.isValid() && at <= m_now)
        problem = tr("That time has passed: choose a later one, or publish the story now.");
    if (problem.isEmpty() && m_embargoCheck->isChecked()) {
        problem = m_embargo->problem();
        const QDateTime until = embargo();
        if (problem.isEmpty() && until.isValid() && at.isValid() && at < until)
            problem = tr("The embargo lifts after the scheduled time: schedule it for the "
                         "embargo or later.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_schedule->setEnabled(problem.isEmpty() && at.isValid());
}

} // namespace Copydesk
