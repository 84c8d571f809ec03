// SPDX-License-Identifier: MIT
#pragma once

#include "story/housestyle.h"

#include <QListWidget>

namespace Copydesk {

/// Every house-style finding of the open story; activating one goes to its field.
class FindingsList : public QListWidget
{
    Q_OBJECT

public:
    explicit FindingsList(QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    QList<Finding> findings() const { return m_findings; }

Q_SIGNALS:
    void findingActivated(const Copydesk::Finding &finding);

private:
    QList<Finding> m_findings;
};

} // namespace Copydesk
