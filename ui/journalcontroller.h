// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUuid>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Copydesk {

class Desk;
class DocumentController;
class RecoveryDialog;
class StoryDocument;

/**
 * Keeps the open story's unsaved edits in the edit journal beside the
 * library, and offers back at start what a session that ended without
 * saving left there.
 *
 * An edit starts a short timer; when it runs out the story as it stands
 * goes to the journal writer's thread, so an edit is on disk well within a
 * second (recordDelayMs plus one sync) while typing costs the window only
 * a timer start. Going back to the saved state, saving, or discarding on
 * purpose lets the journal go.
 */
class JournalController : public QObject
{
    Q_OBJECT

public:
    /// From the first edit not yet in the journal to handing it to the writer.
    static constexpr int recordDelayMs = 250;

    JournalController(Desk &desk, DocumentController &documents, QObject *parent = nullptr);
    ~JournalController() override;

    /**
     * Looks for edits that sessions which ended (crashed, killed) left in
     * the journal and opens the recovery dialog when there are any. Returns
     * how many stories it offers.
     */
    int offerRecovery();
    RecoveryDialog *recoveryDialog() const;
    /// Hands the open story's state to the journal now instead of after the timer.
    void recordNow();
    /// Whether edits go to the journal (on unless turned off, e.g. to measure its cost).
    void setRecording(bool recording);

    bool restore(int index);
    bool keepBoth(int index);
    bool discard(int index, bool confirm = true);

private:
    void editMade();
    void record(StoryDocument *document);

    Desk &m_desk;
    DocumentController &m_documents;
    QTimer *m_timer;
    QDateTime m_lastEdit;
    QPointer<RecoveryDialog> m_dialog;
    bool m_failing = false;
    bool m_recording = true;
};

} // namespace Copydesk
