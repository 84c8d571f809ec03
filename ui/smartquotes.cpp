// SPDX-License-Identifier: MIT
#include "smartquotes.h"

#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace Copydesk {

SmartQuotes::SmartQuotes(QObject *parent)
    : QObject(parent)
    , m_marks(quoteMarksFor(QString()))
{
}

void SmartQuotes::attach(QPlainTextEdit *field)
{
    // Installing again only moves the filter to the front.
    field->installEventFilter(this);
}

void SmartQuotes::setLanguage(const QString &language)
{
    m_marks = quoteMarksFor(language);
}

bool SmartQuotes::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_enabled || event->type() != QEvent::KeyPress)
        return false;
    auto *field = qobject_cast<QPlainTextEdit *>(watched);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (!field || field->isReadOnly() || key->text().size() != 1)
        return false;
    // Ctrl or Alt with the key is a shortcut, not typing.
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const QChar typed = key->text().front();
    if (typed != u'"' && typed != u'\'')
        return false;
    QTextCursor cursor = field->textCursor();
    const QTextBlock block = field->document()->findBlock(cursor.selectionStart());
    const QString before = block.text().left(cursor.selectionStart() - block.position());
    cursor.insertText(QString(smartQuote(typed, before, m_marks)));
    field->setTextCursor(cursor);
    field->ensureCursorVisible();
    return true;
}

} // namespace Copydesk
