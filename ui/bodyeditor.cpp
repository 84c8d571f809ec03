// SPDX-License-Identifier: MIT
#include "bodyeditor.h"
#include "linefield.h"

#include "fieldlimit.h"
#include "highlight/documenthighlighter.h"
#include "spellunderliner.h"
#include "story/story.h"

#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextDocumentLayout>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Copydesk {

BodyEditor::BodyEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new DocumentHighlighter(this))
    , m_spelling(new SpellUnderliner(this))
{
    connect(m_spelling, &SpellUnderliner::addToDictionaryRequested, this,
            &BodyEditor::addToDictionaryRequested);
    setObjectName(u"bodyEditor"_s);
    setAccessibleName(tr("Body"));
    setToolTip(tr("The story body in Markdown: blank lines between paragraphs, ## for a "
                  "subhead, > for a quote, [text](https://…) for a link."));
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // A long URL, or a paste with no spaces at all, wraps instead of making one
    // line of a hundred thousand characters (Qt lays such a line out in seconds).
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setPlaceholderText(tr("Write the story. The dateline is added before the first paragraph."));
    m_highlighter->setDefinition(u"Markdown"_s);
    applyTheme();
}

void BodyEditor::setBodyDocument(QTextDocument *document)
{
    // The underlines hold cursors into the document shown so far: they go
    // while it is still there (Qt reads them when they are replaced).
    m_spelling->setDocument(document);
    if (!document) {
        m_highlighter->setDocument(nullptr);
        if (!m_emptyDocument) {
            m_emptyDocument = new QTextDocument(this);
            m_emptyDocument->setDocumentLayout(new QPlainTextDocumentLayout(m_emptyDocument));
        }
        setDocument(m_emptyDocument);
        setReadOnly(true);
        return;
    }
    setReadOnly(false);
    // The core keeps the body free of widget classes; the editor adds its layout.
    if (!qobject_cast<QPlainTextDocumentLayout *>(document->documentLayout()))
        document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    setDocument(document);
    followScriptDirection(document);
    m_highlighter->setDocument(document);
}

void BodyEditor::showPosition(int offset, int length)
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(offset, 0, document()->characterCount() - 1));
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, std::max(length, 1));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

void BodyEditor::insertFromMimeData(const QMimeData *source)
{
    if (source->hasText()) {
        const qsizetype length = document()->characterCount() - 1 -
                textCursor().selectedText().size() + source->text().size();
        if (length > maxBodyLength) {
            const QString message = bodyTooLongMessage(length);
            QToolTip::showText(viewport()->mapToGlobal(QPoint(0, 0)), message, this);
            Q_EMIT editRefused(message);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void BodyEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange)
        followScriptDirection(document());
}

void BodyEditor::paintEvent(QPaintEvent *event)
{
    // Every block on screen has at least one line.
    const int lines = viewport()->height() / std::max(1, fontMetrics().lineSpacing()) + 2;
    alignRightToLeftParagraphs(firstVisibleBlock(), lines);
    QPlainTextEdit::paintEvent(event);
}

void BodyEditor::applyTheme()
{
    m_highlighter->setTheme(DocumentHighlighter::themeForPalette(palette()));
}

void BodyEditor::setSpellChecker(SpellChecker *checker)
{
    m_spelling->setChecker(checker);
}

void BodyEditor::recheckSpelling()
{
    m_spelling->recheck();
}

bool BodyEditor::selectNextMistake()
{
    return m_spelling->selectNextMistake();
}

std::optional<Misspelling> BodyEditor::mistakeAtCursor() const
{
    return m_spelling->mistakeAtCursor();
}

QList<Misspelling> BodyEditor::visibleMistakes() const
{
    return m_spelling->visibleMistakes();
}

void BodyEditor::addSpellingActions(QMenu *menu, const QPoint &pos)
{
    m_spelling->addSpellingActions(menu, pos);
}

} // namespace Copydesk
