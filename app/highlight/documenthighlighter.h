// SPDX-License-Identifier: MIT
#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QTextCharFormat>
#include <QTextLayout>
#include <QTimer>

class QPalette;
class QTextBlock;
class QTextDocument;

namespace KSyntaxHighlighting {
class Definition;
class Repository;
class State;
} // namespace KSyntaxHighlighting

Q_DECLARE_LOGGING_CATEGORY(lcHighlight)

namespace Copydesk {

/**
 * Highlights a QTextDocument with a KSyntaxHighlighting definition, incrementally and in
 * short time slices so that editing a document of megabytes never stalls the UI thread.
 *
 * An edit re-highlights the changed blocks at once; the blocks below follow in slices of a
 * few milliseconds until a block ends in the same state as before. Formats go into the
 * blocks' layouts, never into the text, so they neither enter the undo stack nor mark the
 * document modified. The highlighter keeps each block's end state in the block's
 * QTextBlockUserData, which it therefore owns.
 */
class DocumentHighlighter : public QObject, public KSyntaxHighlighting::AbstractHighlighter
{
    Q_OBJECT
    Q_INTERFACES(KSyntaxHighlighting::AbstractHighlighter)

public:
    explicit DocumentHighlighter(QObject *parent = nullptr);
    ~DocumentHighlighter() override;

    QTextDocument *document() const;
    /**
     * Highlights document (nullptr: none) from now on, in the background; a detached
     * document keeps its formats. A document reports its edits only once it has a layout,
     * so one without gets the default QTextDocumentLayout: give a document meant for a
     * QPlainTextEdit its QPlainTextDocumentLayout before attaching it. The default layout
     * re-walks the whole document on every change, highlighted or not, which on documents
     * of megabytes costs more per slice than the highlighting does.
     */
    void setDocument(QTextDocument *document);

    /// Selects a definition by name ("Markdown", "JSON", "XML"); an unknown name turns
    /// highlighting off.
    void setDefinition(const QString &name);
    void setDefinition(const KSyntaxHighlighting::Definition &definition) override;
    /// Re-highlights the whole document in the new theme, in the background.
    void setTheme(const KSyntaxHighlighting::Theme &theme) override;

    /// Re-highlights the whole document in the background.
    void rehighlight();

    /// True when every block shows its final formats and no pass is pending.
    bool isIdle() const;

    /// The process-wide definitions and themes, loaded on first use (on the GUI thread).
    static KSyntaxHighlighting::Repository &repository();
    /// The repository's default dark theme on a dark base colour, its light one otherwise.
    static KSyntaxHighlighting::Theme themeForPalette(const QPalette &palette);

Q_SIGNALS:
    /// Every block shows its final formats: the last pending pass has ended.
    void highlightingFinished();

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    void onContentsChange(int position, int removed, int added);
    void onDocumentDestroyed();
    void onTimeout();
    void schedule(int from, int until);
    void runSlice();
    void highlightEditedBlocks(int position, int added);
    [[nodiscard]] bool highlightBlock(QTextBlock block, KSyntaxHighlighting::State &state);
    void markDirty(int position, int length);
    void flushDirty();
    QTextCharFormat charFormat(const KSyntaxHighlighting::Format &format);

    QPointer<QTextDocument> m_document;
    QTimer m_timer;
    /// Formats of the block being highlighted, filled by applyFormat().
    QList<QTextLayout::FormatRange> m_ranges;
    QHash<quint16, QTextCharFormat> m_charFormats;
    /// The pass resumes at the block holding m_from and may not stop before passing the
    /// block holding m_until (both document positions, moved along with edits).
    int m_from = 0;
    int m_until = 0;
    bool m_workLeft = false;
    /// Span of blocks whose formats changed and whose layout still has to be told.
    int m_dirtyStart = -1;
    int m_dirtyEnd = -1;
    bool m_markingDirty = false;
};

} // namespace Copydesk
