// SPDX-License-Identifier: MIT
#include "highlightseditor.h"

#include "editorrows.h"
#include "fieldhint.h"
#include "fieldlimit.h"
#include "linefield.h"
#include "story/storydocument.h"
#include "undorouting.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

HighlightsEditor::HighlightsEditor(QWidget *parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(tr("&Add Highlight"), this))
    , m_listHint(new FieldHint(this))
{
    m_add->setObjectName(u"addHighlight"_s);
    m_add->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_add->setToolTip(tr("Add a highlight bullet under the last one"));
    connect(m_add, &QPushButton::clicked, this, &HighlightsEditor::addHighlight);

    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(m_rowsLayout);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_listHint);
    setEnabled(false);
}

void HighlightsEditor::setDocument(StoryDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    setEnabled(document != nullptr);
    if (document)
        connect(document, &StoryDocument::highlightsChanged, this, &HighlightsEditor::refresh);
    refresh();
}

LineField *HighlightsEditor::lineEdit(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).edit : nullptr;
}

void HighlightsEditor::addHighlight()
{
    if (!m_document)
        return;
    m_document->insertHighlight(int(m_document->highlights().size()));
    if (LineField *edit = lineEdit(count() - 1))
        edit->setFocus(Qt::OtherFocusReason);
}

void HighlightsEditor::setFindings(const QList<Finding> &findings)
{
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows.at(i).hint->setFindings(findingsFor(findings, FieldRef::Highlight, i));
    m_listHint->setFindings(findingsFor(findings, FieldRef::Highlights));
}

void HighlightsEditor::refresh()
{
    const QStringList highlights = m_document ? m_document->highlights() : QStringList();
    if (highlights.size() != m_rows.size())
        rebuild(int(highlights.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        LineField *edit = m_rows.at(i).edit;
        // Only a real difference is written back, so the cursor stays put while typing.
        if (edit->text() != highlights.at(i)) {
            edit->setText(highlights.at(i));
            if (!edit->hasFocus())
                edit->setCursorPosition(0);
        }
        updateRow(i);
    }
}

void HighlightsEditor::rebuild(int count)
{
    const int focused = rowOf(focusWidget());
    for (const Row &row : std::as_const(m_rows))
        retireRow(row.container, m_rowsLayout, this);
    m_rows.clear();
    for (int i = 0; i < count; ++i) {
        Row row{};
        row.container = new QWidget(this);
        auto *grid = new QVBoxLayout(row.container);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setSpacing(0);
        auto *line = new QHBoxLayout;
        auto *bullet = new QLabel(u"•"_s, row.container);
        row.edit = new LineField(row.container);
        row.edit->setMaximumLines(3);
        row.edit->setObjectName(u"highlight%1"_s.arg(i));
        row.edit->setAccessibleName(tr("Highlight %1").arg(i + 1));
        row.edit->setPlaceholderText(tr("Highlight %1: one line a reader takes away").arg(i + 1));
        row.edit->setToolTip(tr("Alt+Up and Alt+Down move this highlight"));
        row.edit->installEventFilter(this);
        if (m_routing)
            m_routing->route(row.edit);
        row.count = new QLabel(row.container);
        row.count->setMinimumWidth(row.count->fontMetrics().horizontalAdvance(u"000/000"_s));
        row.count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto makeButton = [&](const QString &icon, const QString &fallback, const QString &tip) {
            auto *button = new QToolButton(row.container);
            button->setIcon(QIcon::fromTheme(icon));
            if (button->icon().isNull())
                button->setText(fallback);
            button->setToolTip(tip);
            button->setAutoRaise(true);
            button->setFocusPolicy(Qt::TabFocus);
            return button;
        };
        row.up = makeButton(u"go-up"_s, u"↑"_s, tr("Move this highlight up (Alt+Up)"));
        row.down = makeButton(u"go-down"_s, u"↓"_s, tr("Move this highlight down (Alt+Down)"));
        row.remove = makeButton(u"list-remove"_s, u"✕"_s, tr("Remove this highlight"));
        row.hint = new FieldHint(row.container);
        line->addWidget(bullet);
        line->addWidget(row.edit, 1);
        line->addWidget(row.count);
        line->addWidget(row.up);
        line->addWidget(row.down);
        line->addWidget(row.remove);
        grid->addLayout(line);
        grid->addWidget(row.hint);
        m_rowsLayout->addWidget(row.container);

        connect(row.edit, &LineField::textEdited, this,
                [this, i, edit = row.edit](const QString &text) {
                    if (!m_document)
                        return;
                    if (const auto refused = refuseOverLongEdit(
                                edit, m_document->highlights().value(i), text, tr("highlight")))
                        Q_EMIT editRefused(*refused);
                    else
                        m_document->setHighlight(i, text);
                });
        connect(row.edit, &QPlainTextEdit::textChanged, this, [this, i] { updateRow(i); });
        connect(row.up, &QToolButton::clicked, this, [this, i] {
            if (m_document)
                m_document->moveHighlight(i, i - 1);
        });
        connect(row.down, &QToolButton::clicked, this, [this, i] {
            if (m_document)
                m_document->moveHighlight(i, i + 1);
        });
        connect(row.remove, &QToolButton::clicked, this, [this, i] {
            if (m_document)
                m_document->removeHighlight(i);
        });
        m_rows.append(row);
    }
    Q_EMIT rowsRebuilt();
    if (focused >= 0 && !m_rows.isEmpty())
        m_rows.at(std::min(focused, int(m_rows.size()) - 1)).edit->setFocus();
}

QList<QWidget *> HighlightsEditor::focusWidgets() const
{
    QList<QWidget *> widgets;
    for (const Row &row : m_rows)
        widgets << row.edit << row.up << row.down << row.remove;
    widgets << m_add;
    return widgets;
}

void HighlightsEditor::updateRow(int index)
{
    const Row &row = m_rows.at(index);
    const int length = int(row.edit->text().trimmed().size());
    row.count->setText(u"%1/%2"_s.arg(length).arg(m_maxLength));
    QPalette palette = row.count->palette();
    palette.setColor(QPalette::WindowText,
                     length > m_maxLength ? QColor(0xc0, 0x20, 0x20)
                                          : this->palette().color(QPalette::PlaceholderText));
    row.count->setPalette(palette);
    row.up->setEnabled(index > 0);
    row.down->setEnabled(index + 1 < m_rows.size());
}

void HighlightsEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (int i = 0; i < m_rows.size(); ++i)
            updateRow(i);
    }
}

int HighlightsEditor::rowOf(QObject *object) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        for (QObject *o = object; o; o = o->parent()) {
            if (o == m_rows.at(i).container)
                return i;
        }
    }
    return -1;
}

void HighlightsEditor::moveFocused(int delta)
{
    const int from = rowOf(focusWidget());
    const int to = from + delta;
    if (!m_document || from < 0 || to < 0 || to >= m_rows.size())
        return;
    m_document->moveHighlight(from, to);
    m_rows.at(to).edit->setFocus(Qt::OtherFocusReason);
}

bool HighlightsEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::AltModifier &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveFocused(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // Enter in the last bullet starts a new one, as in a list.
            if (rowOf(watched) == count() - 1 && key->modifiers() == Qt::NoModifier) {
                addHighlight();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Copydesk
