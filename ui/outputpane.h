// SPDX-License-Identifier: MIT
#pragma once

#include "feeds/outputcheck.h"
#include "feeds/site.h"
#include "story/story.h"

#include <QFutureWatcher>
#include <QTabWidget>

#include <array>
#include <optional>

namespace Copydesk {

class OutputView;
class PreviewPane;

/**
 * What goes out for the open story, a tab each: the page as readers see it
 * (the preview) and the raw ninjs, Atom entry and JSON Feed item with their
 * findings. Outputs are made off the UI thread and only for the tab on
 * screen; another tab catches up when it is shown.
 */
class OutputPane : public QTabWidget
{
    Q_OBJECT

public:
    enum Tab { PageTab, NinjsTab, AtomTab, JsonFeedTab };

    /// Takes preview as the "Page" tab.
    explicit OutputPane(PreviewPane *preview, QWidget *parent = nullptr);
    ~OutputPane() override;

    PreviewPane *preview() const { return m_preview; }
    OutputView *view(OutputFormat format) const;
    /// The output view on screen, or nullptr on the Page tab.
    OutputView *currentOutputView() const;

    /// Where the outputs point (addresses of pages, pictures and feeds).
    void setSite(const Site &site);
    Site site() const { return m_site; }
    /// Shows the outputs of this story (nullopt: none), made at once for the visible tab;
    /// the caller has already waited for a pause in typing.
    void showStory(const std::optional<Story> &story);

    /// Moves to the next or previous tab, wrapping around.
    void showNextTab();
    void showPreviousTab();

Q_SIGNALS:
    /// The view of this format now shows the output of the latest story.
    void outputShown(Copydesk::OutputFormat format);

private:
    struct Rendered
    {
        OutputFormat format = OutputFormat::Ninjs;
        quint64 generation = 0;
        QByteArray bytes;
        QList<OutputFinding> findings;
    };

    void refreshCurrent();
    void renderFinished();

    PreviewPane *m_preview;
    std::array<OutputView *, 3> m_views{};
    /// The generation of the story each view shows; behind m_generation means stale.
    std::array<quint64, 3> m_shown{};
    QFutureWatcher<Rendered> m_watcher;
    std::optional<Story> m_story;
    Site m_site;
    quint64 m_generation = 1;
};

} // namespace Copydesk
