// SPDX-License-Identifier: MIT
#include "leasecontroller.h"

#include "actionregistry.h"
#include "desk.h"
#include "documentcontroller.h"
#include "libraryworker.h"
#include "story/history.h"
#include "story/storydocument.h"
#include "storyeditor.h"

#include <QAction>
#include <QLocale>
#include <QSysInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

QString whenText(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

LeaseController::LeaseController(Desk &desk, DocumentController &documents, StoryEditor *editor,
                                 QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_documents(documents)
    , m_editor(editor)
    , m_timer(new QTimer(this))
    , m_token(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_takeOver = desk.actions().add(u"lease.takeOver"_s, tr("&Take Over Editing"),
                                    tr("Edit the story another desk has open: that desk is told "
                                       "and keeps its unsaved text"),
                                    u"document-edit"_s);
    m_takeOver->setEnabled(false);
    connect(m_takeOver, &QAction::triggered, this, &LeaseController::takeOver);

    m_timer->setInterval(renewalMs);
    connect(m_timer, &QTimer::timeout, this, &LeaseController::renew);
    connect(&documents, &DocumentController::documentChanged, this, &LeaseController::follow);
    // A new story has no lease until its first save puts it in the library.
    connect(&documents, &DocumentController::editsSettled, this, [this](const QUuid &id) {
        if (!m_holding && !m_elsewhere && m_documents.document() &&
            m_documents.document()->id() == id && !m_documents.document()->isNew())
            takeFor(id);
    });
}

LeaseController::~LeaseController()
{
    release();
}

EditLease LeaseController::mine(const QUuid &id) const
{
    EditLease lease;
    lease.storyId = id;
    lease.holder = currentAuthor();
    lease.machine = QSysInfo::machineHostName();
    lease.token = m_token;
    return lease;
}

void LeaseController::follow(StoryDocument *document)
{
    release();
    // Editable until the library says another desk holds it (on a server, a moment later).
    setEditable(true);
    if (document && !document->isNew())
        takeFor(document->id());
}

template<typename T>
void LeaseController::call(std::function<Result<T>(StoryStore &)> work,
                           std::function<void(Result<T>)> done)
{
    LibraryWorker *worker = m_desk.worker();
    if (!worker) {
        done(work(m_desk.store()));
        return;
    }
    ++m_pending;
    worker->run<T>(this, std::move(work), [this, done = std::move(done)](Result<T> answer) {
        --m_pending;
        done(std::move(answer));
    });
}

void LeaseController::takeFor(const QUuid &id)
{
    m_storyId = id;
    const EditLease lease = mine(id);
    call<EditLease>([lease](StoryStore &store) { return store.takeLease(lease, false); },
                    [this, id](Result<EditLease> taken) {
                        if (m_storyId != id)
                            return; // another story is open since
                        if (!taken) {
                            // The library cannot say who edits it (a server gone quiet):
                            // the work goes on, guarded by the version check of every save.
                            m_desk.showStatus(taken.errorMessage(), 10'000);
                            setEditable(true);
                            m_timer->start();
                            return;
                        }
                        apply(*taken, false);
                    });
}

void LeaseController::release()
{
    m_timer->stop();
    // Also while a take or renewal is on its way: the worker runs this after it, and
    // a lease with another's token is not touched.
    if (!m_storyId.isNull() && (m_holding || m_pending > 0)) {
        const EditLease lease = mine(m_storyId);
        call<void>([lease](StoryStore &store) { return store.releaseLease(lease); },
                   [this](Result<void> released) {
                       if (!released)
                           m_desk.showStatus(released.errorMessage(), 10'000);
                   });
    }
    m_holding = false;
    m_elsewhere.reset();
    m_storyId = {};
}

void LeaseController::renew()
{
    if (m_storyId.isNull())
        return;
    const QUuid id = m_storyId;
    const EditLease lease = mine(id);
    if (!m_holding) {
        // Another desk has it: the story comes free when they let it go.
        call<EditLease>([lease](StoryStore &store) { return store.takeLease(lease, false); },
                        [this, id](Result<EditLease> taken) {
                            if (m_storyId != id || !taken || m_holding)
                                return;
                            const bool freed = m_elsewhere && taken->token == m_token;
                            apply(*taken, false);
                            if (freed)
                                m_desk.showStatus(tr("The story is free: you can edit it now."),
                                                  10'000);
                        });
        return;
    }
    call<std::optional<EditLease>>([lease](StoryStore &store) { return store.renewLease(lease); },
                                   [this, id](Result<std::optional<EditLease>> renewed) {
                                       if (m_storyId != id || !m_holding)
                                           return;
                                       if (!renewed) {
                                           m_desk.showStatus(renewed.errorMessage(), 10'000);
                                           return;
                                       }
                                       if (!*renewed) {
                                           // Let go meanwhile (the lease ran out while the computer
                                           // slept): taken again.
                                           takeFor(id);
                                           return;
                                       }
                                       apply(**renewed, true);
                                   });
}

void LeaseController::takeOver()
{
    if (m_storyId.isNull() || m_holding)
        return;
    const QUuid id = m_storyId;
    const EditLease lease = mine(id);
    call<EditLease>([lease](StoryStore &store) { return store.takeLease(lease, true); },
                    [this, id](Result<EditLease> taken) {
                        if (m_storyId != id)
                            return;
                        if (!taken) {
                            m_desk.showStatus(taken.errorMessage(), 10'000);
                            return;
                        }
                        apply(*taken, false);
                        m_desk.showStatus(
                                tr("You are editing the story now; the other desk is told."),
                                10'000);
                    });
}

void LeaseController::apply(const EditLease &held, bool displaced)
{
    m_timer->start();
    if (held.token == m_token) {
        m_holding = true;
        m_elsewhere.reset();
        setEditable(true);
        return;
    }
    const bool wasHolding = m_holding;
    m_holding = false;
    m_elsewhere = held;
    setEditable(false);
    if (displaced && wasHolding) {
        const QString message =
                tr("%1 on %2 took this story over at %3. Your unsaved text stays here and in the "
                   "edit journal; it is not saved.")
                        .arg(held.holder, held.machine, whenText(held.since));
        m_editor->setNotice(message);
        m_noticeShown = true;
        m_documents.setSaveRefusal(message);
        m_desk.showStatus(message, 15'000);
    }
}

void LeaseController::setEditable(bool editable)
{
    m_editor->setReadOnly(!editable);
    m_takeOver->setEnabled(!editable && m_elsewhere.has_value());
    if (editable) {
        m_documents.setSaveRefusal({});
        if (m_noticeShown)
            m_editor->setNotice({});
        m_noticeShown = false;
        return;
    }
    if (!m_elsewhere)
        return;
    const QString message =
            tr("%1 is editing this story on %2 since %3: it is open read-only "
               "here. Story → Take Over Editing edits it anyway.")
                    .arg(m_elsewhere->holder, m_elsewhere->machine, whenText(m_elsewhere->since));
    m_editor->setNotice(message);
    m_noticeShown = true;
    m_documents.setSaveRefusal(message);
}

} // namespace Copydesk
