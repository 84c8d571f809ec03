// SPDX-License-Identifier: MIT
#include "storycomparison.h"

#include "render/htmlescape.h"

#include <QCheckBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// Text as HTML that keeps its line breaks.
QString textHtml(const QString &text)
{
    QString html = escapeHtml(text);
    html.replace(u'\n', u"<br>"_s);
    return html;
}

/// One side of a field: the same text plain, the changes of that side marked.
QString sideHtml(const QList<TextChange> &changes, TextChange::Kind marked)
{
    QString html;
    for (const TextChange &change : changes) {
        if (change.kind == TextChange::Kind::Same) {
            html += textHtml(change.text);
        } else if (change.kind == marked) {
            html += marked == TextChange::Kind::Deleted
                    ? u"<span style=\"background-color:#ffd7d5; color:#7a1010; "
                      u"text-decoration:line-through\">"_s +
                            textHtml(change.text) + u"</span>"_s
                    : u"<span style=\"background-color:#d3f5d0; color:#0d4d12; "
                      u"text-decoration:underline\">"_s +
                            textHtml(change.text) + u"</span>"_s;
        }
    }
    return html;
}

} // namespace

QString comparisonHeading(const QString &what, const QString &detail)
{
    QString html = escapeHtml(what);
    if (!detail.isEmpty())
        html += u"<br><small>"_s + escapeHtml(detail) + u"</small>"_s;
    return html;
}

StoryComparison::StoryComparison(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_browser(new QTextBrowser(this))
    , m_showUnchanged(new QCheckBox(tr("Show &unchanged fields"), this))
{
    m_title->setWordWrap(true);
    m_browser->setObjectName(u"comparisonBrowser"_s);
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("The two versions, field by field"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_showUnchanged);

    connect(m_showUnchanged, &QCheckBox::toggled, this, &StoryComparison::render);
    connect(&m_watcher, &QFutureWatcher<QList<FieldDiff>>::finished, this, [this] {
        if (m_watcher.property("generation").toInt() != m_generation)
            return; // an earlier comparison that a newer one replaced
        m_fields = m_watcher.result();
        m_ready = true;
        render();
        Q_EMIT ready();
    });
}

void StoryComparison::compare(const Story &older, const QString &olderHeading, const Story &newer,
                              const QString &newerHeading, const QTimeZone &zone)
{
    m_olderHeading = olderHeading;
    m_newerHeading = newerHeading;
    m_ready = false;
    m_fields.clear();
    m_title->setText(tr("Comparing…"));
    m_browser->clear();
    m_watcher.setProperty("generation", ++m_generation);
    m_watcher.setFuture(
            QtConcurrent::run([older, newer, zone] { return diffStories(older, newer, zone); }));
}

void StoryComparison::render()
{
    if (!m_ready)
        return;
    int changed = 0;
    QString rows;
    for (const FieldDiff &field : std::as_const(m_fields)) {
        if (field.changed())
            ++changed;
        else if (!m_showUnchanged->isChecked())
            continue;
        rows += u"<tr><th align=\"left\" valign=\"top\" width=\"14%\">"_s +
                escapeHtml(field.label) + u"</th><td valign=\"top\" width=\"43%\">"_s +
                sideHtml(field.changes, TextChange::Kind::Deleted) +
                u"</td><td valign=\"top\" width=\"43%\">"_s +
                sideHtml(field.changes, TextChange::Kind::Inserted) + u"</td></tr>\n"_s;
    }
    m_title->setText(changed == 0 ? tr("The two say the same.")
                                  : tr("%1: what went is struck through on the left, what came "
                                       "is underlined on the right.")
                                            .arg(tr("%Ln fields changed", nullptr, int(changed))));
    if (rows.isEmpty())
        rows = u"<tr><td colspan=\"3\">"_s + escapeHtml(tr("Nothing changed.")) + u"</td></tr>"_s;
    m_browser->setHtml(u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"1\" "
                       u"style=\"border-collapse:collapse\"><tr><th></th><th align=\"left\">"_s +
                       m_olderHeading + u"</th><th align=\"left\">"_s + m_newerHeading +
                       u"</th></tr>\n"_s + rows + u"</table>"_s);
}

} // namespace Copydesk
