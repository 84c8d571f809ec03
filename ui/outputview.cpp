// SPDX-License-Identifier: MIT
#include "outputview.h"

#include "highlight/documenthighlighter.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

OutputView::OutputView(OutputFormat format, QWidget *parent)
    : QWidget(parent)
    , m_format(format)
    , m_text(new QPlainTextEdit(this))
    , m_findingsLabel(new QLabel(this))
    , m_findingsView(new QListWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_highlighter(new DocumentHighlighter(this))
{
    const QString name = displayName(format);
    const QString key = format == OutputFormat::Ninjs ? u"ninjs"_s
            : format == OutputFormat::Atom            ? u"atom"_s
                                                      : u"jsonFeed"_s;
    setObjectName(key + u"Output"_s);

    m_text->setObjectName(key + u"Text"_s);
    m_text->setAccessibleName(tr("%1 output").arg(name));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    // Read-only text has no use for Tab; it moves on to the findings instead.
    m_text->setTabChangesFocus(true);
    // The body goes out as one long line of HTML; wrapped, it can be read without scrolling.
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("Open or create a story to see its %1 here.").arg(name));
    m_text->setToolTip(format == OutputFormat::Ninjs
                               ? tr("The story's ninjs document, byte for byte as it is published")
                               : format == OutputFormat::Atom
                               ? tr("The story as an entry of the Atom feed, as published")
                               : tr("The story as an item of the JSON Feed, as published"));

    m_highlighter->setDefinition(format == OutputFormat::Atom ? u"XML"_s : u"JSON"_s);
    m_highlighter->setDocument(m_text->document());
    m_highlighter->setTheme(DocumentHighlighter::themeForPalette(palette()));

    m_findingsView->setObjectName(key + u"Findings"_s);
    m_findingsView->setAccessibleName(tr("Problems in the %1 output").arg(name));
    m_findingsView->setWordWrap(true);
    m_findingsView->setToolTip(
            tr("What a feed reader or the %1 rules would reject or show badly").arg(name));
    m_findingsLabel->setText(tr("&Problems in the %1:").arg(name));
    m_findingsLabel->setBuddy(m_findingsView);

    auto *findingsBox = new QWidget(this);
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 4, 0, 0);
    findingsLayout->setSpacing(2);
    findingsLayout->addWidget(m_findingsLabel);
    findingsLayout->addWidget(m_findingsView, 1);

    m_splitter->setObjectName(key + u"Splitter"_s);
    m_splitter->addWidget(m_text);
    m_splitter->addWidget(findingsBox);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({600, 120});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setFocusProxy(m_text);
    showFindings();
}

QString OutputView::displayName(OutputFormat format)
{
    switch (format) {
    case OutputFormat::Ninjs:
        return tr("ninjs");
    case OutputFormat::Atom:
        return tr("Atom");
    case OutputFormat::JsonFeed:
        return tr("JSON Feed");
    }
    return {};
}

void OutputView::setOutput(const QByteArray &bytes, const QList<OutputFinding> &findings)
{
    const bool first = !m_hasOutput;
    const bool findingsChanged = first || findings.size() != m_findings.size() ||
            !std::equal(findings.cbegin(), findings.cend(), m_findings.cbegin(),
                        [](const OutputFinding &a, const OutputFinding &b) {
                            return a.severity == b.severity && a.message == b.message;
                        });
    const bool bytesChanged = first || bytes != m_bytes;
    m_hasOutput = true;
    m_findings = findings;
    if (findingsChanged)
        showFindings();
    if (!bytesChanged)
        return;
    m_bytes = bytes;
    // Typing in the story replaces the whole text; the reader keeps their place in it.
    QScrollBar *vertical = m_text->verticalScrollBar();
    QScrollBar *horizontal = m_text->horizontalScrollBar();
    const int top = vertical->value();
    const int left = horizontal->value();
    m_text->setPlainText(QString::fromUtf8(bytes));
    vertical->setValue(top);
    horizontal->setValue(left);
}

void OutputView::clear()
{
    m_hasOutput = false;
    m_bytes.clear();
    m_findings.clear();
    m_text->clear();
    m_findingsView->clear();
}

void OutputView::showFindings()
{
    const int current = m_findingsView->currentRow();
    m_findingsView->clear();
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const OutputFinding &finding : std::as_const(m_findings)) {
        const bool isError = finding.severity == OutputFinding::Severity::Error;
        auto *item =
                new QListWidgetItem(isError ? error : warning, finding.message, m_findingsView);
        item->setToolTip(isError ? tr("Error: consumers reject this output")
                                 : tr("Warning: consumers accept it but may show it badly"));
    }
    if (m_findings.isEmpty() && m_hasOutput) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                         tr("No problems found"));
        item->setToolTip(tr("The checks found nothing a consumer would reject"));
        // A note, not a finding: nothing to select or act on.
        item->setFlags(Qt::ItemIsEnabled);
        m_findingsView->addItem(item);
    }
    // Keeps the reader's place in the list while the findings follow typing.
    if (current >= 0 && !m_findings.isEmpty())
        m_findingsView->setCurrentRow(std::min(current, int(m_findingsView->count()) - 1));
}

void OutputView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setTheme(DocumentHighlighter::themeForPalette(palette()));
}

} // namespace Copydesk
