// SPDX-License-Identifier: MIT
#include "outputpane.h"

#include "feeds/atomfeed.h"
#include "feeds/jsonfeed.h"
#include "feeds/ninjs.h"
#include "outputview.h"
#include "previewpane.h"

#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

constexpr std::array<OutputFormat, 3> formats = {OutputFormat::Ninjs, OutputFormat::Atom,
                                                 OutputFormat::JsonFeed};

int slotOf(OutputFormat format)
{
    return int(std::find(formats.cbegin(), formats.cend(), format) - formats.cbegin());
}

} // namespace

OutputPane::OutputPane(PreviewPane *preview, QWidget *parent)
    : QTabWidget(parent)
    , m_preview(preview)
{
    setObjectName(u"outputPane"_s);
    setAccessibleName(tr("Outputs"));
    setDocumentMode(true);
    setUsesScrollButtons(true);
    addTab(preview, tr("Page"));
    setTabToolTip(PageTab, tr("The story page as readers will see it"));
    for (const OutputFormat format : formats) {
        auto *view = new OutputView(format, this);
        m_views.at(slotOf(format)) = view;
        const int tab = addTab(view, OutputView::displayName(format));
        setTabToolTip(tab,
                      format == OutputFormat::Ninjs
                              ? tr("The IPTC ninjs document that is published beside the page")
                              : format == OutputFormat::Atom
                              ? tr("The story's entry in the Atom feed")
                              : tr("The story's item in the JSON Feed"));
    }
    connect(this, &QTabWidget::currentChanged, this, &OutputPane::refreshCurrent);
    connect(&m_watcher, &QFutureWatcher<Rendered>::finished, this, &OutputPane::renderFinished);
}

OutputPane::~OutputPane()
{
    m_watcher.waitForFinished();
}

OutputView *OutputPane::view(OutputFormat format) const
{
    return m_views.at(slotOf(format));
}

OutputView *OutputPane::currentOutputView() const
{
    return qobject_cast<OutputView *>(currentWidget());
}

void OutputPane::setSite(const Site &site)
{
    m_site = site;
    ++m_generation;
    refreshCurrent();
}

void OutputPane::showStory(const std::optional<Story> &story)
{
    m_story = story;
    ++m_generation;
    if (!story) {
        for (OutputView *view : m_views)
            view->clear();
        return;
    }
    refreshCurrent();
}

void OutputPane::showNextTab()
{
    setCurrentIndex((currentIndex() + 1) % count());
}

void OutputPane::showPreviousTab()
{
    setCurrentIndex((currentIndex() + count() - 1) % count());
}

void OutputPane::refreshCurrent()
{
    OutputView *view = currentOutputView();
    if (!view || !m_story)
        return;
    const int index = slotOf(view->format());
    if (m_shown.at(index) == m_generation)
        return;
    // The newest story wins: renderFinished() comes back here once the running job is done.
    if (m_watcher.isRunning())
        return;
    Rendered job;
    job.format = view->format();
    job.generation = m_generation;
    // A body of megabytes takes a while to turn into HTML and to check.
    m_watcher.setFuture(QtConcurrent::run([job, story = *m_story, site = m_site]() mutable {
        switch (job.format) {
        case OutputFormat::Ninjs:
            job.bytes = ninjsDocument(story, site);
            break;
        case OutputFormat::Atom:
            job.bytes = atomEntry(story, site);
            break;
        case OutputFormat::JsonFeed:
            job.bytes = jsonFeedItemDocument(story, site);
            break;
        }
        const QList<OutputFinding> findings = checkOutputs(story, site);
        for (const OutputFinding &finding : findings) {
            if (finding.format == job.format)
                job.findings.append(finding);
        }
        return job;
    }));
}

void OutputPane::renderFinished()
{
    const Rendered result = m_watcher.result();
    if (result.generation == m_generation && m_story) {
        const int index = slotOf(result.format);
        m_views.at(index)->setOutput(result.bytes, result.findings);
        m_shown.at(index) = result.generation;
        Q_EMIT outputShown(result.format);
    }
    // The story may have changed, or the tab, while this was made.
    refreshCurrent();
}

} // namespace Copydesk
