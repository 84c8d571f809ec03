// SPDX-License-Identifier: MIT
#include "findingslist.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Copydesk {

FindingsList::FindingsList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(u"findingsList"_s);
    setAccessibleName(tr("House style findings"));
    setWordWrap(true);
    setToolTip(tr("Press Enter or double-click to go to the field"));
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int index = row(item);
        if (index >= 0 && index < m_findings.size())
            Q_EMIT findingActivated(m_findings.at(index));
    });
}

void FindingsList::setFindings(const QList<Finding> &findings)
{
    if (findings == m_findings && count() > 0)
        return;
    const int current = currentRow();
    m_findings = findings;
    clear();
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Finding &finding : findings) {
        auto *item = new QListWidgetItem(finding.severity == Severity::Error ? error : warning,
                                         finding.message, this);
        item->setToolTip(finding.severity == Severity::Error
                                 ? tr("Error: blocks publication (%1)").arg(finding.ruleId)
                                 : tr("Warning (%1)").arg(finding.ruleId));
    }
    if (findings.isEmpty())
        addItem(tr("No house-style findings."));
    setCurrentRow(std::min(current, int(count()) - 1));
}

} // namespace Copydesk
