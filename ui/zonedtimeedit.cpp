// SPDX-License-Identifier: MIT
#include "zonedtimeedit.h"

#include "publish/scheduletime.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

ZonedTimeEdit::ZonedTimeEdit(const QTimeZone &zone, QWidget *parent)
    : QWidget(parent)
    , m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
    , m_date(new QDateEdit(this))
    , m_time(new QTimeEdit(this))
    , m_explanation(new QLabel(this))
    , m_choices{new QRadioButton(this), new QRadioButton(this)}
    , m_group(new QButtonGroup(this))
{
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"ddd d MMM yyyy"_s);
    m_date->setAccessibleName(tr("Date"));
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_time->setAccessibleName(tr("Time"));
    m_time->setToolTip(tr("In the newsroom's time zone, %1").arg(QString::fromUtf8(m_zone.id())));
    auto *zoneLabel = new QLabel(QString::fromUtf8(m_zone.id()), this);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (int i = 0; i < 2; ++i) {
        m_group->addButton(m_choices[i], i);
        m_choices[i]->hide();
    }

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_date);
    row->addWidget(m_time);
    row->addWidget(zoneLabel);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_explanation);
    layout->addWidget(m_choices[0]);
    layout->addWidget(m_choices[1]);
    setFocusProxy(m_date);

    connect(m_date, &QDateEdit::dateChanged, this, &ZonedTimeEdit::resolve);
    connect(m_time, &QTimeEdit::timeChanged, this, &ZonedTimeEdit::resolve);
    connect(m_group, &QButtonGroup::idClicked, this, &ZonedTimeEdit::resolve);
    resolve();
}

QRadioButton *ZonedTimeEdit::choice(int index) const
{
    return index >= 0 && index < 2 ? m_choices[index] : nullptr;
}

void ZonedTimeEdit::setDateTime(const QDateTime &at)
{
    const QDateTime local = at.toTimeZone(m_zone);
    {
        const QSignalBlocker dateBlocker(m_date);
        const QSignalBlocker timeBlocker(m_time);
        m_date->setDate(local.date());
        m_time->setTime(QTime(local.time().hour(), local.time().minute()));
    }
    resolve();
    // A doubled time set from a moment is that moment, not a question.
    for (int i = 0; i < m_candidates.size() && i < 2; ++i) {
        if (m_candidates.at(i) == QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch() / 60 * 60,
                                                                QTimeZone::utc()))
            m_choices[i]->setChecked(true);
    }
    resolve();
}

std::optional<QDateTime> ZonedTimeEdit::dateTime() const
{
    if (m_candidates.isEmpty())
        return std::nullopt;
    if (m_candidates.size() == 1)
        return m_candidates.constFirst();
    const int chosen = m_group->checkedId();
    if (chosen < 0 || chosen >= m_candidates.size())
        return std::nullopt;
    return m_candidates.at(chosen);
}

void ZonedTimeEdit::resolve()
{
    const QDate date = m_date->date();
    const QTime time = m_time->time();
    const LocalTimeResolution resolved = resolveLocalTime(date, time, m_zone);
    const bool sameCandidates = resolved.candidates == m_candidates;
    m_candidates = resolved.candidates;
    const QLocale english(QLocale::English);
    const QString wall = english.toString(date, u"d MMMM"_s) + u' ' + time.toString(u"HH:mm"_s);
    switch (resolved.kind) {
    case LocalTimeResolution::Kind::Exact: {
        const QDateTime at = m_candidates.constFirst();
        QString text = tr("%1 UTC").arg(at.toString(u"HH:mm"_s));
        const QTimeZone here = QTimeZone::systemTimeZone();
        if (here.offsetFromUtc(at) != m_zone.offsetFromUtc(at))
            text += tr("; %1 on this computer's clock")
                            .arg(at.toTimeZone(here).toString(u"HH:mm"_s));
        m_explanation->setText(u"= "_s + offsetText(at, m_zone) + u" · "_s + text);
        m_problem.clear();
        break;
    }
    case LocalTimeResolution::Kind::Missing:
        m_problem = tr("%1 does not exist in %2: the clocks skip it for daylight saving. Choose "
                       "a time before or after the change.")
                            .arg(wall, QString::fromUtf8(m_zone.id()));
        m_explanation->setText(m_problem);
        break;
    case LocalTimeResolution::Kind::Ambiguous:
        m_explanation->setText(tr("%1 happens twice in %2: the clocks go back. Which one?")
                                       .arg(wall, QString::fromUtf8(m_zone.id())));
        break;
    }
    const bool ambiguous = resolved.kind == LocalTimeResolution::Kind::Ambiguous;
    for (int i = 0; i < 2; ++i) {
        m_choices[i]->setVisible(ambiguous);
        if (ambiguous) {
            const QDateTime at = m_candidates.at(i);
            m_choices[i]->setText(
                    (i == 0 ? tr("%1 %2, before the clocks go back (%3 UTC)")
                            : tr("%1 %2, after the clocks go back (%3 UTC)"))
                            .arg(time.toString(u"HH:mm"_s), m_zone.abbreviation(at),
                                 at.toString(u"HH:mm"_s)));
        }
    }
    if (!sameCandidates) {
        // A new doubled time is a new question.
        m_group->setExclusive(false);
        m_choices[0]->setChecked(false);
        m_choices[1]->setChecked(false);
        m_group->setExclusive(true);
    }
    if (ambiguous)
        m_problem = dateTime() ? QString()
                               : tr("%1 happens twice in %2: choose which one.")
                                         .arg(wall, QString::fromUtf8(m_zone.id()));
    Q_EMIT changed();
}

} // namespace Copydesk
