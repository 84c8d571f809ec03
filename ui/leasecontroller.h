// SPDX-License-Identifier: MIT
#pragma once

#include "store/storystore.h"

#include <QObject>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QTimer;
QT_END_NAMESPACE

namespace Copydesk {

class Desk;
class DocumentController;
class StoryDocument;
class StoryEditor;

/**
 * The editing lease of the open story: taken when a saved story is opened,
 * renewed while it stays open, let go when another is opened or the
 * window closes. When another desk holds it the story opens read-only,
 * saying who has it and since when; "Take Over Editing" takes it
 * explicitly, and the desk it was taken from is told at its next renewal
 * and keeps its text (in the window and the edit journal), unsaved. The
 * version check under every save stays: a lease only spares people the
 * conflict.
 */
class LeaseController : public QObject
{
    Q_OBJECT

public:
    LeaseController(Desk &desk, DocumentController &documents, StoryEditor *editor,
                    QObject *parent = nullptr);
    ~LeaseController() override;

    /// How often the lease is renewed (a third of its life).
    static constexpr int renewalMs = EditLease::leaseSeconds * 1000 / 3;

    /// Whether an answer of the worker's about a lease is still to come.
    bool isBusy() const { return m_pending > 0; }

    /// Whether this window holds the open story's lease.
    bool holding() const { return m_holding; }
    /// The lease another desk holds on the open story, if one does.
    const std::optional<EditLease> &heldElsewhere() const { return m_elsewhere; }
    /// Renews now, as the timer does: learns of a take-over, or takes a story let go.
    void renew();
    /// Takes the open story's lease from the desk that holds it.
    void takeOver();

private:
    /**
     * Runs work on the desk's worker (a server's, so a slow server never
     * holds the window; the editor stays as it is until the answer comes),
     * or at once without one; done gets its answer here.
     */
    template<typename T>
    void call(std::function<Result<T>(StoryStore &)> work, std::function<void(Result<T>)> done);
    void follow(StoryDocument *document);
    void takeFor(const QUuid &id);
    void release();
    /// Shows what the lease held now means: editable, or read-only and why.
    void apply(const EditLease &held, bool displaced);
    void setEditable(bool editable);
    EditLease mine(const QUuid &id) const;

    Desk &m_desk;
    DocumentController &m_documents;
    StoryEditor *m_editor;
    QTimer *m_timer;
    QAction *m_takeOver;
    const QString m_token;
    QUuid m_storyId;
    bool m_holding = false;
    int m_pending = 0;
    bool m_noticeShown = false; ///< the editor's notice is this controller's
    std::optional<EditLease> m_elsewhere;
};

} // namespace Copydesk
