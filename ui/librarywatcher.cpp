// SPDX-License-Identifier: MIT
#include "librarywatcher.h"

#include "desk.h"
#include "documentcontroller.h"
#include "libraryworker.h"
#include "storyeditor.h"

#include <QApplication>
#include <QTimer>

namespace Copydesk {

LibraryWatcher::LibraryWatcher(Desk &desk, DocumentController &documents, StoryEditor *editor,
                               QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_documents(documents)
    , m_editor(editor)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &LibraryWatcher::check);
    connect(&documents, &DocumentController::editsSettled, this,
            [this] { m_editor->setNotice({}); });
    if (const auto counter = desk.store().changeCounter())
        m_counter = *counter;
    m_timer->start();
    // A server says at once when another desk commits; the timer stays for
    // a notice lost with a dropped connection, and for files.
    desk.store().watchChanges(this, [this] { check(); });
}

void LibraryWatcher::check()
{
    // On a server the counter is read on the desk's worker; one read at a time.
    if (m_checking) {
        m_checkAgain = true;
        return;
    }
    m_checking = true;
    LibraryWorker::runOrNow<qint64>(
            m_desk.worker(), m_desk.store(), this,
            [](StoryStore &store) { return store.changeCounter(); },
            [this](Result<qint64> counter) {
                m_checking = false;
                counterRead(counter);
                if (m_checkAgain) {
                    m_checkAgain = false;
                    check();
                }
            });
}

void LibraryWatcher::counterRead(const Result<qint64> &counter)
{
    if (!counter || (m_counter && *counter == *m_counter))
        return;
    m_counter = *counter;
    Q_EMIT m_desk.libraryChanged();
    checkOpenStory();
}

void LibraryWatcher::checkOpenStory()
{
    StoryDocument *document = m_documents.document();
    // A save of this window's own under way moves the stored version; it is taken in when it ends.
    if (!document || document->isNew() || m_documents.isBusy())
        return;
    const QUuid id = document->id();
    const int version = document->version();
    LibraryWorker::runOrNow<StorySummary>(
            m_desk.worker(), m_desk.store(), this,
            [id](StoryStore &store) { return store.storySummary(id); },
            [this, id, version](Result<StorySummary> summary) {
                openStoryRead(id, version, summary);
            });
}

void LibraryWatcher::openStoryRead(const QUuid &id, int version,
                                   const Result<StorySummary> &summary)
{
    StoryDocument *document = m_documents.document();
    // Read for a story, or a version, no longer open here: the next change reads again.
    if (!document || document->id() != id || document->version() != version || m_documents.isBusy())
        return;
    const QString headline = m_documents.title();
    if (!summary) {
        if (summary.errorKind() == ErrorKind::NotFound)
            m_editor->setNotice(tr("“%1” was deleted from the library elsewhere. Your text "
                                   "stays here; Save offers to keep it as a story again.")
                                        .arg(headline));
        return;
    }
    if (summary->version == version)
        return;
    // A dialog may be asking about this very document: let it finish.
    if (!document->isModified() && !QApplication::activeModalWidget()) {
        LibraryWorker::runOrNow<Story>(
                m_desk.worker(), m_desk.store(), this,
                [id](StoryStore &store) { return store.loadStory(id); },
                [this, id, version](Result<Story> stored) {
                    StoryDocument *open = m_documents.document();
                    if (open && open->id() == id && open->version() == version &&
                        !open->isModified() && !m_documents.isBusy() &&
                        !QApplication::activeModalWidget())
                        follow(stored);
                });
        return;
    }
    m_editor->setNotice(tr("“%1” changed elsewhere while you edit it: version %2 is in the "
                           "library now (%3). Your edits are kept here and in the edit journal; "
                           "Save shows both texts and lets you choose.")
                                .arg(headline)
                                .arg(summary->version)
                                .arg(statusDisplayName(summary->status)));
}

void LibraryWatcher::follow(const Result<Story> &stored)
{
    if (!stored)
        return;
    m_documents.takeStored(*stored);
    m_desk.showStatus(tr("“%1” changed elsewhere: showing version %2 (%3).")
                              .arg(stored->headline())
                              .arg(stored->version())
                              .arg(statusDisplayName(stored->status())),
                      10'000);
}

} // namespace Copydesk
