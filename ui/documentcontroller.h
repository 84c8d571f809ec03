// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "story/storydocument.h"

#include <QObject>
#include <QPointer>
#include <QUuid>

QT_BEGIN_NAMESPACE
class QUndoGroup;
QT_END_NAMESPACE

namespace Copydesk {

class Desk;
class LibraryPanel;
class StoryEditor;

/**
 * The open story: opening, starting, saving and deleting one, the prompt
 * for unsaved changes, and taking in a version stored elsewhere (a
 * publication, a restore). Owns the StoryDocument and puts its undo stack
 * in the window's group.
 */
class DocumentController : public QObject
{
    Q_OBJECT

public:
    DocumentController(Desk &desk, StoryEditor *editor, LibraryPanel *library,
                       QUndoGroup *undoGroup, QObject *parent = nullptr);
    ~DocumentController() override;

    StoryDocument *document() const { return m_document; }

    /// Whether a story is being read or saved on the worker.
    bool isBusy() const { return m_saving || m_findingNewest || !m_opening.isNull(); }

    /// Opens the newest story of the library, or a new one in an empty library.
    void openNewestStory();
    /**
     * Opens the story id, asking first about unsaved changes. With the
     * desk's worker (a server) it returns once the story is asked for, true unless the user
     * cancelled; the editor shows it when it comes.
     */
    bool openStory(const QUuid &id);
    /**
     * While reason is set the open story is not saved from this window
     * (another desk holds its editing lease); a save says reason instead.
     */
    void setSaveRefusal(const QString &reason);
    void newStory();
    /// Saves the open story and returns once it is saved or refused.
    bool saveStory();
    /**
     * The Save command: with the desk's worker the story is saved there while the
     * editor stays live (edits made meanwhile stay unsaved); without one as
     * saveStory().
     */
    void saveFromCommand();
    /// Asks first; with confirm false (scripts and tests) it does not.
    bool deleteStory(bool confirm = true);
    /// Asks what to do with unsaved changes; false when the user cancelled.
    bool maybeSave();
    /**
     * Edits the version stored elsewhere from now on (after a publication,
     * a schedule or a restore): the editor shows it, clean, with its undo
     * history starting afresh.
     */
    void takeStored(const Story &stored);
    /// Closes the open story without asking; unsaved edits stay in the journal.
    void close();
    /**
     * Opens base (the stored story, or a blank one with the same id) with
     * edited's fields on top as unsaved edits, one undo step: recovered
     * typing. False when the user kept the open story.
     */
    bool openWithEdits(const Story &base, const Story &edited);

    /// The open story's headline, or "Untitled story"; empty when none is open.
    QString title() const;

Q_SIGNALS:
    /// Another story (or none) is open now.
    void documentChanged(Copydesk::StoryDocument *document);
    /// The title or the unsaved-changes mark changed.
    void titleChanged();
    /// Any edit: for debounced consumers (findings, preview).
    void contentChanged();
    /**
     * The story's unsaved edits were saved, taken over by a version stored
     * meanwhile, or discarded on purpose: the journal may let them go (all
     * but those typed while a save was under way, which stay unsaved).
     */
    void editsSettled(const QUuid &id);
    /// The open document is about to go (another opens, or none): its last state, for the journal.
    void documentAboutToClose(Copydesk::StoryDocument *document);
    /// A story began or ended being read or saved on the worker.
    void busyChanged(bool busy);

private:
    void setDocument(StoryDocument *document);
    /// After a save refused as stale: shows both sides and saves what is chosen.
    bool settleConflict();
    /// Takes in what a save of sent came to: the stored version, or the refusal shown.
    bool settleSave(const Story &sent, const Result<Story> &saved);
    /// Shows the story read for id, unless another was asked for since.
    bool finishOpening(const QUuid &id, const Result<Story> &story);
    /// Waits, the window painting meanwhile, for a save under way on the worker to end.
    void settlePendingSave();
    /// Sets one part of what keeps the document busy, telling when busy comes or goes.
    template<typename T>
    void setBusyPart(T &part, const T &value);
    void setSaving(bool saving);
    void setOpening(const QUuid &id);

    Desk &m_desk;
    StoryEditor *m_editor;
    LibraryPanel *m_library;
    QUndoGroup *m_undoGroup;
    QPointer<StoryDocument> m_document;
    QString m_saveRefusal;
    /// The story asked of the worker and not yet shown.
    QUuid m_opening;
    bool m_saving = false;
    /// The newest story's id is asked of the worker, to open it.
    bool m_findingNewest = false;
};

} // namespace Copydesk
