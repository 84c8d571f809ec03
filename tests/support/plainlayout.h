// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

/// Stands in for QPlainTextEdit's QPlainTextDocumentLayout, a widget class: on a change it
/// drops the changed blocks' line layouts and lays out nothing until painted. The default
/// QTextDocumentLayout instead re-walks the whole document on every change, which costs
/// more than highlighting does on megabytes of text.
class PlainLayout final : public QAbstractTextDocumentLayout
{
public:
    explicit PlainLayout(QTextDocument *document)
        : QAbstractTextDocumentLayout(document)
    {
    }

    void draw(QPainter *, const PaintContext &) override { }
    int hitTest(const QPointF &, Qt::HitTestAccuracy) const override { return -1; }
    int pageCount() const override { return 1; }
    QSizeF documentSize() const override { return {}; }
    QRectF frameBoundingRect(QTextFrame *) const override { return {}; }
    QRectF blockBoundingRect(const QTextBlock &) const override { return {}; }

protected:
    void documentChanged(int from, int, int charsAdded) override
    {
        const QTextBlock last = document()->findBlock(std::max(0, from + charsAdded - 1));
        for (QTextBlock block = document()->findBlock(from); block.isValid();
             block = block.next()) {
            block.clearLayout();
            if (block == last)
                break;
        }
        Q_EMIT update();
    }
};
