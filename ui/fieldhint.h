// SPDX-License-Identifier: MIT
#pragma once

#include "story/housestyle.h"

#include <QLabel>

#include <limits>

namespace Copydesk {

/// The house-style findings for one field, shown right under it.
class FieldHint : public QLabel
{
    Q_OBJECT

public:
    explicit FieldHint(QWidget *parent = nullptr);

    /// Shows the findings (hidden when there are none), errors first.
    void setFindings(const QList<Finding> &findings);
    /// Shows one warning that is not a house-style finding; empty hides it.
    void setNotice(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColour();

    bool m_error = false;
};

/// QLineEdit cuts text at 32767 characters unless told otherwise; a story's
/// fields must show and keep everything they hold.
constexpr int unlimitedLength = std::numeric_limits<int>::max();

/// Findings whose field matches, for the hint under that field.
QList<Finding> findingsFor(const QList<Finding> &findings, FieldRef::Field field, int index = -1);

} // namespace Copydesk
