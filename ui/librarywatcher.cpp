// SPDX-License-Identifier: MIT
#include "librarywatcher.h"

#include "desk.h"
#include "documentcontroller.h"
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
    const auto counter = m_desk.store().changeCounter();
    if (!counter || (m_counter && *counter == *m_counter))
        return;
    m_counter = *counter;
    Q_EMIT m_desk.libraryChanged();
    checkOpenStory();
}

void LibraryWatcher::checkOpenStory()
{
    StoryDocument *document = m_documents.document();
    if (!document || document->isNew())
        return;
    const QString headline = m_documents.title();
    const auto summary = m_desk.store().storySummary(document->id());
    if (!summary) {
        if (summary.errorKind() == ErrorKind::NotFound)
            m_editor->setNotice(tr("“%1” was deleted from the library elsewhere. Your text "
                                   "stays here; Save offers to keep it as a story again.")
                                        .arg(headline));
        return;
    }
    if (summary->version == document->version())
        return;
    // A dialog may be asking about this very document: let it finish.
    if (!document->isModified() && !QApplication::activeModalWidget()) {
        if (const auto stored = m_desk.store().loadStory(document->id())) {
            m_documents.takeStored(*stored);
            m_desk.showStatus(tr("“%1” changed elsewhere: showing version %2 (%3).")
                                      .arg(stored->headline())
                                      .arg(stored->version())
                                      .arg(statusDisplayName(stored->status())),
                              10'000);
        }
        return;
    }
    m_editor->setNotice(tr("“%1” changed elsewhere while you edit it: version %2 is in the "
                           "library now (%3). Your edits are kept here and in the edit journal; "
                           "Save shows both texts and lets you choose.")
                                .arg(headline)
                                .arg(summary->version)
                                .arg(statusDisplayName(summary->status)));
}

} // namespace Copydesk
