// SPDX-License-Identifier: MIT
#pragma once

#include "linefield.h"
#include "story/housestyle.h"

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;
QT_END_NAMESPACE

namespace Copydesk {

class FieldHint;

class StoryDocument;
class UndoRouting;

/**
 * The highlight bullets as an editable list: a line per bullet with its
 * character count, buttons to move or remove it, and Add. Alt+Up and
 * Alt+Down move the bullet being edited.
 */
class HighlightsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit HighlightsEditor(QWidget *parent = nullptr);

    void setDocument(StoryDocument *document);
    void setUndoRouting(UndoRouting *routing) { m_routing = routing; }
    /// The rows' fields and buttons, then Add Highlight, in the order they stand.
    QList<QWidget *> focusWidgets() const;
    void setLimits(int maxLength) { m_maxLength = maxLength; }
    void setFindings(const QList<Finding> &findings);

    int count() const { return int(m_rows.size()); }
    LineField *lineEdit(int index) const;
    /// Adds a bullet after the last one and puts the cursor in it.
    void addHighlight();

Q_SIGNALS:
    /// An edit was refused (too long); message says why.
    void editRefused(const QString &message);
    /// The rows were made again (another count): the Tab order needs them in place.
    void rowsRebuilt();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QWidget *container;
        LineField *edit;
        QLabel *count;
        QToolButton *up;
        QToolButton *down;
        QToolButton *remove;
        FieldHint *hint;
    };

    void refresh();
    void rebuild(int count);
    void updateRow(int index);
    int rowOf(QObject *object) const;
    void moveFocused(int delta);

    QPointer<StoryDocument> m_document;
    UndoRouting *m_routing = nullptr;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    FieldHint *m_listHint;
    QList<Row> m_rows;
    int m_maxLength = 140;
};

} // namespace Copydesk
