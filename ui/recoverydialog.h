// SPDX-License-Identifier: MIT
#pragma once

#include "store/editjournal.h"

#include <QDialog>
#include <QTimeZone>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTreeWidget;
QT_END_NAMESPACE

namespace Copydesk {

class StoryComparison;

/// A story's unsaved edits left by a session that ended, and what the library holds of it now.
struct RecoveryItem
{
    JournalEntry entry;
    /// The story as saved now; absent when it was never saved or was deleted since.
    std::optional<Story> saved;
};

/**
 * Offers back the edits a crash, a kill or a power cut left in the edit
 * journal: each story with the time of its last edit, beside a field by
 * field comparison with what the library holds, and Restore (open the
 * edits in the editor, unsaved), Keep Both (save them as a new draft) or
 * Discard. What is not decided stays in the journal for the next start.
 */
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryDialog(const QList<RecoveryItem> &items, const QTimeZone &zone,
                   QWidget *parent = nullptr);

    QList<RecoveryItem> items() const { return m_items; }
    int currentIndex() const;
    void setCurrentIndex(int index);
    /// Takes an item off the list once it was dealt with; the dialog closes after the last.
    void removeItem(int index);

    StoryComparison *comparison() const { return m_comparison; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *keepBothButton() const { return m_keepBoth; }
    QPushButton *discardButton() const { return m_discard; }

Q_SIGNALS:
    void restoreRequested(int index);
    void keepBothRequested(int index);
    void discardRequested(int index);

private:
    void showItem(int index);

    QList<RecoveryItem> m_items;
    QTimeZone m_zone;
    QTreeWidget *m_list;
    QLabel *m_note;
    StoryComparison *m_comparison;
    QPushButton *m_restore;
    QPushButton *m_keepBoth;
    QPushButton *m_discard;
};

} // namespace Copydesk
