// SPDX-License-Identifier: MIT
#include "comparisonview.h"

#include "publish/scheduletime.h"
#include "storycomparison.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

QString heading(const RevisionInfo &info, const QTimeZone &zone)
{
    QString detail =
            revisionKindDisplayName(info.kind) + u" · "_s + describeTime(info.savedAt, zone);
    if (!info.author.isEmpty())
        detail += u" · "_s + info.author;
    return comparisonHeading(ComparisonView::tr("Version %1").arg(info.version), detail);
}

} // namespace

ComparisonView::ComparisonView(const Story &older, const RevisionInfo &olderInfo,
                               const Story &newer, const RevisionInfo &newerInfo,
                               const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_comparison(new StoryComparison(this))
{
    setObjectName(u"comparisonView"_s);
    setWindowTitle(tr("Compare Versions %1 and %2 — %3")
                           .arg(olderInfo.version)
                           .arg(newerInfo.version)
                           .arg(newer.headline()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_comparison, 1);
    layout->addWidget(buttons);
    resize(1000, 700);
    connect(m_comparison, &StoryComparison::ready, this, &ComparisonView::ready);
    m_comparison->compare(older, heading(olderInfo, zone), newer, heading(newerInfo, zone), zone);
}

QTextBrowser *ComparisonView::browser() const
{
    return m_comparison->browser();
}

QCheckBox *ComparisonView::showUnchanged() const
{
    return m_comparison->showUnchanged();
}

const QList<FieldDiff> &ComparisonView::fields() const
{
    return m_comparison->fields();
}

bool ComparisonView::isReady() const
{
    return m_comparison->isReady();
}

} // namespace Copydesk
