// SPDX-License-Identifier: MIT
#include "previewpane.h"

#include "core/logging.h"
#include "documentsplice.h"
#include "photocache.h"
#include "render/relativetime.h"
#include "render/storypagerenderer.h"

#include <QLabel>
#include <QScrollBar>
#include <QStackedLayout>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <memory>

using namespace Qt::StringLiterals;

namespace Copydesk {

PreviewBrowser::PreviewBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"previewBrowser"_s);
    setAccessibleName(tr("Preview"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

QVariant PreviewBrowser::loadResource(int type, const QUrl &name)
{
    m_requested.append(name);
    if (type == QTextDocument::ImageResource &&
        name.scheme() == QLatin1StringView(PreviewPane::photoScheme) && m_cache) {
        const QImage image = m_cache->image(name.path());
        if (!image.isNull())
            return image;
    }
    // Everything else (http, file, relative paths) stays unloaded by design.
    return {};
}

namespace {

/**
 * The preview's page. Parsed on a worker, where it loads nothing; once it
 * belongs to the browser, every resource goes through the browser's rules
 * (no network, no local files: QTextDocument's own fallback would read a
 * relative path from the working directory).
 */
class PreviewDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        if (auto *browser = qobject_cast<PreviewBrowser *>(parent()))
            return browser->loadResource(type, name);
        return {};
    }
};

} // namespace

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_browser(new PreviewBrowser(this))
    , m_placeholder(new QLabel(tr("Open or create a story to see it as readers will."), this))
    , m_notice(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_tick(new QTimer(this))
{
    setObjectName(u"previewPane"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    // The page's font sizes are relative, so the preview reads at a steady size.
    QFont font(u"DejaVu Serif"_s);
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(std::max(11.0, this->font().pointSizeF() + 1));
    m_browser->setFont(font);

    m_notice->setObjectName(u"previewNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setMargin(4);
    m_notice->setAutoFillBackground(true);
    m_notice->setBackgroundRole(QPalette::ToolTipBase);
    m_notice->setForegroundRole(QPalette::ToolTipText);

    m_stack = new QStackedLayout;
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_browser);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    layout->addLayout(m_stack, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &PreviewPane::startRender);
    m_tick->setSingleShot(true);
    connect(m_tick, &QTimer::timeout, this, &PreviewPane::startRender);
    connect(&m_watcher, &QFutureWatcher<Page>::finished, this, &PreviewPane::renderFinished);
    connect(m_browser, &QTextBrowser::highlighted, this, &PreviewPane::linkHovered);
}

PreviewPane::~PreviewPane()
{
    m_watcher.waitForFinished();
    if (!m_pageTaken && m_watcher.future().resultCount() > 0) {
        delete m_watcher.result().document;
        delete m_watcher.result().shadow;
    }
}

void PreviewPane::retire(std::unique_ptr<QTextDocument> document)
{
    if (!document)
        return;
    // Freeing a long page takes a while; the next render job does it. Only
    // pages never shown come here: one laid out on screen has timers of this thread.
    document->moveToThread(nullptr);
    m_retired.push_back(std::move(document));
}

void PreviewPane::setPhotoCache(PhotoCache *cache)
{
    m_browser->setPhotoCache(cache);
}

void PreviewPane::setShortUrlBase(const QString &base)
{
    m_shortUrlBase = base;
    m_debounce->start();
}

void PreviewPane::setTimeZone(const QTimeZone &zone)
{
    m_timeZone = zone;
    m_debounce->start();
}

void PreviewPane::setSiteLanguage(const QString &language)
{
    m_siteLanguage = language;
    m_debounce->start();
}

void PreviewPane::showStory(const std::optional<Story> &story)
{
    m_story = story;
    m_stack->setCurrentWidget(story ? static_cast<QWidget *>(m_browser) : m_placeholder);
    if (!story) {
        m_debounce->stop();
        m_tick->stop();
        m_html.clear();
        m_browser->clear();
        retire(std::move(m_shadow));
        m_notice->setVisible(false);
        return;
    }
    m_debounce->start();
}

void PreviewPane::renderNow()
{
    m_debounce->stop();
    startRender();
}

void PreviewPane::startRender()
{
    if (!m_story)
        return;
    if (m_watcher.isRunning()) {
        // The newest text wins: render again once the running job is done.
        m_dirty = true;
        return;
    }
    m_dirty = false;
    PageOptions options;
    options.now = QDateTime::currentDateTimeUtc();
    options.timeZone = m_timeZone;
    options.language = m_siteLanguage;
    options.shortUrlBase = m_shortUrlBase;
    options.photoUrl = [](const Photo &photo) -> QString {
        return QLatin1StringView(photoScheme) + u':' + photo.fileId;
    };
    // Qt's rich text cannot scale a picture to the window, so the page is
    // rendered for the width the preview has now.
    m_renderedWidth = m_browser->viewport()->width();
    options.photoWidth = std::clamp(m_renderedWidth - 96, 160, 680);
    Story story = *m_story;
    const std::optional<BodyCut> cut = bodyCut(story.body());
    if (cut) {
        story.setBody(story.body().left(cut->at));
        m_notice->setText(cut->note);
    }
    m_notice->setVisible(cut.has_value());
    m_renderedUpdatedAt = story.updatedAt();
    m_pageTaken = false;
    // The page on screen may be spliced when it shows the same story and the
    // copy kept beside it (read by the worker, never by this thread meanwhile)
    // still mirrors it.
    const QTextDocument *shadow = m_shadow && m_shownStoryId == m_story->id() && !m_html.isEmpty()
            ? m_shadow.get()
            : nullptr;
    m_watcher.setFuture(QtConcurrent::run(
            [story, options, font = m_browser->font(),
             margin = m_browser->document()->documentMargin(), previous = m_html, shadow,
             retired = std::make_shared<std::vector<std::unique_ptr<QTextDocument>>>(
                     std::exchange(m_retired, {})),
             target = thread()] {
                // Pages no longer shown are freed here, not between two keystrokes.
                retired->clear();
                Page page{renderStoryPage(story, options), nullptr, nullptr, std::nullopt};
                // The same page again (the stamp ticked without changing) keeps what is on screen.
                if (page.html == previous)
                    return page;
                // Parsing a long page's HTML takes tens of milliseconds: done here too.
                const auto parse = [&] {
                    auto document = std::make_unique<PreviewDocument>();
                    document->setUndoRedoEnabled(false);
                    document->setDefaultFont(font);
                    document->setDocumentMargin(margin);
                    document->setHtml(page.html);
                    return document;
                };
                std::unique_ptr<PreviewDocument> document = parse();
                if (shadow)
                    page.splice = planSplice(*shadow, *document);
                if (!page.splice) {
                    // The new page goes on screen; a copy of it stays beside it
                    // (parsed again: QTextDocument::clone() does not keep every format).
                    std::unique_ptr<PreviewDocument> copy = parse();
                    copy->moveToThread(target);
                    page.shadow = copy.release();
                }
                document->moveToThread(target);
                page.document = document.release();
                return page;
            }));
}

namespace {

/// How deep a Markdown line nests (list indentation in steps of two
/// columns, or quote marks), and whether it is a list item, table row or
/// quote at all.
struct LineShape
{
    bool structural = false;
    bool tableRow = false;
    int depth = 0;
};

LineShape shapeOf(QStringView line)
{
    int columns = 0;
    qsizetype i = 0;
    for (; i < line.size() && (line[i] == u' ' || line[i] == u'\t'); ++i)
        columns += line[i] == u'\t' ? 4 : 1;
    int quotes = 0;
    for (; i < line.size() && (line[i] == u'>' || line[i] == u' '); ++i)
        quotes += line[i] == u'>' ? 1 : 0;
    if (i >= line.size())
        return {quotes > 0, false, quotes};
    const QChar c = line[i];
    const bool bullet =
            (c == u'-' || c == u'*' || c == u'+') && i + 1 < line.size() && line[i + 1] == u' ';
    qsizetype digits = i;
    while (digits < line.size() && line[digits].isDigit())
        ++digits;
    const bool numbered = digits > i && digits + 1 < line.size() &&
            (line[digits] == u'.' || line[digits] == u')') && line[digits + 1] == u' ';
    const bool row = c == u'|';
    return {quotes > 0 || bullet || numbered || row, row, quotes + columns / 2};
}

} // namespace

std::optional<PreviewPane::BodyCut> PreviewPane::bodyCut(const QString &body)
{
    int structural = 0;
    int rows = 0;
    int line = 0;
    const qsizetype scanned = std::min(body.size(), previewBodyLimit);
    for (qsizetype start = 0; start < scanned;) {
        qsizetype end = body.indexOf(u'\n', start);
        if (end < 0)
            end = body.size();
        ++line;
        const LineShape shape = shapeOf(QStringView(body).mid(start, end - start));
        if (shape.structural && shape.depth > previewNestingLimit)
            return BodyCut{start,
                           tr("Line %L1 of the body nests lists or quotes %L2 deep; the "
                              "preview shows the body up to there. Everything is kept "
                              "and saved.")
                                   .arg(line)
                                   .arg(shape.depth)};
        if (shape.tableRow && ++rows > previewTableRowLimit)
            return BodyCut{start,
                           tr("The body has more than %L1 table rows; the preview shows "
                              "it up to line %L2. Everything is kept and saved.")
                                   .arg(previewTableRowLimit)
                                   .arg(line)};
        if (shape.structural && ++structural > previewStructureLimit)
            return BodyCut{start,
                           tr("The body has more than %L1 list items, table rows and "
                              "quoted lines; the preview shows it up to line %L2. "
                              "Everything is kept and saved.")
                                   .arg(previewStructureLimit)
                                   .arg(line)};
        start = end + 1;
    }
    if (body.size() <= previewBodyLimit)
        return std::nullopt;
    // Cut at a paragraph break where there is one, so the page stays well formed.
    qsizetype at = body.lastIndexOf(u"\n\n"_s, previewBodyLimit);
    if (at < previewBodyLimit / 2)
        at = previewBodyLimit;
    return BodyCut{at,
                   tr("The body has %L1 characters; the preview shows the first %L2. "
                      "Everything is kept and saved.")
                           .arg(body.size())
                           .arg(at)};
}

void PreviewPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_story && std::abs(m_browser->viewport()->width() - m_renderedWidth) > 24)
        m_debounce->start();
}

void PreviewPane::renderFinished()
{
    m_pageTaken = true;
    const Page page = m_watcher.result();
    std::unique_ptr<QTextDocument> document(page.document);
    std::unique_ptr<QTextDocument> copy(page.shadow);
    if (m_story && document && page.html != m_html) {
        const bool sameStory = m_shownStoryId == m_story->id() && !m_html.isEmpty();
        m_html = page.html;
        m_shownStoryId = m_story->id();
        retire(std::move(m_shadow));
        if (page.splice) {
            // Typing changes a paragraph or two: only those are replaced and
            // laid out again, and the new page becomes the copy beside it.
            applySplice(*m_browser->document(), *document, *page.splice);
            m_shadow = std::move(document);
        } else {
            // Another story, or a change to the page's structure: the new
            // document, laid out from the top (in steps, on this thread).
            QScrollBar *bar = m_browser->verticalScrollBar();
            const int position = sameStory ? bar->value() : 0;
            m_browser->clearRequestedResources();
            // The browser owns its child document and deletes the one it replaces.
            document->setParent(m_browser);
            m_browser->setDocument(document.release());
            bar->setValue(position);
            m_shadow = std::move(copy);
        }
    }
    retire(std::move(document));
    retire(std::move(copy));
    Q_EMIT rendered();
    if (m_dirty) {
        startRender();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 wait = msUntilStampChanges(m_renderedUpdatedAt, now);
    // A long page is laid out again on every tick; it may lag the stamp by a few seconds.
    const qint64 least = m_html.size() > 200 * 1000 ? 15 * 1000 : 0;
    if (wait > 0)
        m_tick->start(int(std::clamp<qint64>(wait + 50, least, 3600 * 1000)));
    else
        m_tick->stop();
}

} // namespace Copydesk
