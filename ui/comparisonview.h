// SPDX-License-Identifier: MIT
#pragma once

#include "story/history.h"
#include "story/storydiff.h"

#include <QDialog>
#include <QTimeZone>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QTextBrowser;
QT_END_NAMESPACE

namespace Copydesk {

class StoryComparison;

/// Two saved versions of a story side by side, as the history compares them.
class ComparisonView : public QDialog
{
    Q_OBJECT

public:
    ComparisonView(const Story &older, const RevisionInfo &olderInfo, const Story &newer,
                   const RevisionInfo &newerInfo, const QTimeZone &zone, QWidget *parent = nullptr);

    QTextBrowser *browser() const;
    QCheckBox *showUnchanged() const;
    /// The fields compared, once the worker is done; empty before.
    const QList<FieldDiff> &fields() const;
    bool isReady() const;

Q_SIGNALS:
    void ready();

private:
    StoryComparison *m_comparison;
};

} // namespace Copydesk
