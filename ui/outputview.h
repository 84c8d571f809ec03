// SPDX-License-Identifier: MIT
#pragma once

#include "feeds/outputcheck.h"

#include <QByteArray>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSplitter;
QT_END_NAMESPACE

namespace Copydesk {

class DocumentHighlighter;

/**
 * One output of the story (ninjs, Atom entry or JSON Feed item) exactly as
 * it would go out, highlighted and read-only, with what the output checks
 * found in it listed below.
 */
class OutputView : public QWidget
{
    Q_OBJECT

public:
    explicit OutputView(OutputFormat format, QWidget *parent = nullptr);

    OutputFormat format() const { return m_format; }
    /// The tab title: "ninjs", "Atom", "JSON Feed".
    static QString displayName(OutputFormat format);

    /// Shows these bytes and findings (already those of this format); keeps the scroll position.
    void setOutput(const QByteArray &bytes, const QList<OutputFinding> &findings);
    /// Shows nothing, for a window without an open story.
    void clear();

    QByteArray bytes() const { return m_bytes; }
    QList<OutputFinding> findings() const { return m_findings; }
    QPlainTextEdit *textView() const { return m_text; }
    QListWidget *findingsView() const { return m_findingsView; }
    DocumentHighlighter *highlighter() const { return m_highlighter; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showFindings();

    OutputFormat m_format;
    QPlainTextEdit *m_text;
    QLabel *m_findingsLabel;
    QListWidget *m_findingsView;
    QSplitter *m_splitter;
    DocumentHighlighter *m_highlighter;
    QByteArray m_bytes;
    QList<OutputFinding> m_findings;
    bool m_hasOutput = false;
};

} // namespace Copydesk
