// SPDX-License-Identifier: MIT
#pragma once

#include "documentsplice.h"
#include "story/story.h"

#include <QFutureWatcher>
#include <QTextBrowser>
#include <QTimeZone>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QLabel;
class QStackedLayout;
QT_END_NAMESPACE

namespace Copydesk {

class PhotoCache;

/**
 * A QTextBrowser that loads nothing but the library's own photos: no
 * network, no local files, no scripts. Remote pictures stay blank.
 */
class PreviewBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit PreviewBrowser(QWidget *parent = nullptr);
    void setPhotoCache(PhotoCache *cache) { m_cache = cache; }
    QVariant loadResource(int type, const QUrl &name) override;

    /// Every resource the current page asked for, allowed or not; tests look at it.
    QList<QUrl> requestedResources() const { return m_requested; }
    void clearRequestedResources() { m_requested.clear(); }

private:
    PhotoCache *m_cache = nullptr;
    QList<QUrl> m_requested;
};

/**
 * The story as readers will see it, made by the renderer publishing uses.
 * Follows typing after a short pause, keeps the scroll position, and
 * re-renders when the "Updated" stamp changes. The page is rendered and its
 * rich-text document parsed on a worker; the UI thread then replaces only
 * the paragraphs that changed (see planSplice()), so typing never waits
 * behind a long story's preview.
 */
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr char photoScheme[] = "copydesk-photo";
    /// Bodies longer than this are previewed in part: Qt's rich text takes
    /// minutes to lay out tens of megabytes, and the editor must stay usable.
    static constexpr qsizetype previewBodyLimit = 1000 * 1000;
    /// Qt's rich text builds lists and tables in time that grows faster than
    /// their length (a 30,000-item list takes 15 s) and slows down sharply
    /// with nesting, so the preview shows the body up to this many list
    /// item and quote lines or table rows (a table is laid out whole, on
    /// the UI thread), and up to the first line nested deeper.
    static constexpr int previewStructureLimit = 1000;
    static constexpr int previewTableRowLimit = 150;
    static constexpr int previewNestingLimit = 12;

    /// Where the preview stops showing a body, and the note that says so.
    struct BodyCut
    {
        qsizetype at = 0;
        QString note;
    };
    /// nullopt: the whole body is previewed.
    static std::optional<BodyCut> bodyCut(const QString &body);

    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    void setPhotoCache(PhotoCache *cache);
    void setShortUrlBase(const QString &base);
    void setTimeZone(const QTimeZone &zone);
    /// The site's language: the page's lang and direction for a story without its own.
    void setSiteLanguage(const QString &language);

    /// Shows this story after the typing pause; nullopt clears the page.
    void showStory(const std::optional<Story> &story);
    /// Renders at once, skipping the pause.
    void renderNow();

    PreviewBrowser *browser() const { return m_browser; }
    QString html() const { return m_html; }
    /// The line above the page that says when only part of the body is shown.
    QLabel *notice() const { return m_notice; }

Q_SIGNALS:
    /// The page on screen was replaced by a new rendering.
    void rendered();
    void linkHovered(const QUrl &url);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void startRender();
    void renderFinished();

    PreviewBrowser *m_browser;
    QLabel *m_placeholder;
    QLabel *m_notice;
    QStackedLayout *m_stack = nullptr;
    QTimer *m_debounce;
    QTimer *m_tick;
    /// A page made on a worker: its HTML and the document parsed from it,
    /// already handed to this pane's thread.
    struct Page
    {
        QString html;
        QTextDocument *document = nullptr;
        /// A copy of document when it is to replace the one on screen.
        QTextDocument *shadow = nullptr;
        /// How to make the page on screen read like document, when it can.
        std::optional<SplicePlan> splice;
    };
    void retire(std::unique_ptr<QTextDocument> document);
    QFutureWatcher<Page> m_watcher;
    bool m_pageTaken = true;
    std::optional<Story> m_story;
    QDateTime m_renderedUpdatedAt;
    QString m_shortUrlBase;
    QTimeZone m_timeZone = QTimeZone::systemTimeZone();
    QString m_siteLanguage = QStringLiteral("en");
    QString m_html;
    QUuid m_shownStoryId;
    /// Reads like the page on screen; the worker plans the next splice on it.
    std::unique_ptr<QTextDocument> m_shadow;
    /// Pages no longer needed, freed by the next render job.
    std::vector<std::unique_ptr<QTextDocument>> m_retired;
    bool m_dirty = false;
    int m_renderedWidth = 0;
};

} // namespace Copydesk
