// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

namespace Copydesk {

class ComparisonView;
class Desk;
class DocumentController;
class HistoryPanel;

/**
 * The open story's history: the History panel follows the open story and
 * every change to it; comparing two versions opens them side by side;
 * restoring one makes a new version with its text (nothing is overwritten).
 */
class HistoryController : public QObject
{
    Q_OBJECT

public:
    /// Makes the history.compare and history.restore actions.
    HistoryController(Desk &desk, DocumentController &documents, HistoryPanel *panel,
                      QObject *parent = nullptr);

    /// Opens two versions side by side; the view stays open beside the window.
    ComparisonView *compare(int older, int newer);
    /// Asks first when confirm is true; false when nothing was restored.
    bool restore(int version, bool confirm = true);
    /// The last comparison opened, while it is open.
    ComparisonView *comparison() const;

private:
    void follow();

    Desk &m_desk;
    DocumentController &m_documents;
    HistoryPanel *m_panel;
    QPointer<ComparisonView> m_comparison;
};

} // namespace Copydesk
