// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "store/storystore.h"

#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QUndoStack;
QT_END_NAMESPACE

namespace Copydesk {

class CaptionsModel;
class Desk;
class DocumentController;
class PhotoCache;

/**
 * The captions desk: every photo of the stories saved or published in a
 * period (today unless chosen otherwise), one row each, with its thumbnail,
 * story, caption, credit, alt text and house-style findings; sortable,
 * searchable and filtered to what is missing. A caption, credit or alt text
 * edited here is saved as a new version of its story, exactly as a save in
 * the editor would make; Undo saves the text before as the next version.
 */
class CaptionsDesk : public QMainWindow
{
    Q_OBJECT

public:
    enum class Period { Today, Yesterday, LastWeek, LastMonth };

    CaptionsDesk(Desk &desk, DocumentController &documents, PhotoCache *cache,
                 QWidget *parent = nullptr);

    CaptionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QUndoStack *undoStack() const { return m_undo; }
    QLineEdit *searchField() const { return m_search; }

    void setPeriod(Period period);
    void setMissing(PhotoQuery::Missing missing);
    /// Reads the photos again, keeping the row in focus where it can.
    void reload();
    /**
     * Saves text as a photo field (a CaptionsModel column) of the story's
     * photo at photoIndex, as the story's next version; the row follows.
     * Refused when the field no longer reads expected (changed elsewhere:
     * nothing is overwritten unseen) or the story is open with unsaved edits.
     */
    Result<void> saveField(const QUuid &storyId, int photoIndex, int column,
                           const QString &expected, const QString &text);
    /// Edits a row's field as the user does in the table: saved, and undoable.
    bool editRow(int row, int column, const QString &text);

Q_SIGNALS:
    /// Enter or a double-click on a row: the main window opens the story.
    void openStoryRequested(const QUuid &id);

private:
    PhotoQuery query() const;
    void showCount();

    Desk &m_desk;
    DocumentController &m_documents;
    CaptionsModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_view;
    QComboBox *m_period;
    QComboBox *m_missing;
    QLineEdit *m_search;
    QLabel *m_count;
    QUndoStack *m_undo;
    QTimer *m_searchTimer;
    bool m_ownSave = false;
    bool m_reloadPending = false;
    /// Counts the list's reads; only the newest one's rows are shown.
    quint64 m_readGeneration = 0;
};

} // namespace Copydesk
