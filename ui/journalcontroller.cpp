// SPDX-License-Identifier: MIT
#include "journalcontroller.h"

#include "desk.h"
#include "documentcontroller.h"
#include "libraryworker.h"
#include "recoverydialog.h"
#include "store/journalwriter.h"
#include "story/history.h"
#include "story/storymerge.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Copydesk {

JournalController::JournalController(Desk &desk, DocumentController &documents, QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_documents(documents)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(recordDelayMs);
    connect(m_timer, &QTimer::timeout, this, [this] { record(m_documents.document()); });
    connect(&documents, &DocumentController::contentChanged, this, &JournalController::editMade);
    connect(&documents, &DocumentController::documentAboutToClose, this,
            [this](StoryDocument *document) {
                // Closed without saving or asking (the window going away):
                // its last edits must not wait for a timer that will not fire.
                if (m_timer->isActive())
                    record(document);
            });
    connect(&documents, &DocumentController::editsSettled, this, [this](const QUuid &id) {
        StoryDocument *open = m_documents.document();
        if (open && open->id() == id) {
            // Typed while a save was under way: those edits are kept, on the saved version.
            if (open->isModified()) {
                record(open);
                return;
            }
            m_timer->stop();
        }
        m_desk.journal().forget(id);
    });
    JournalWriter &journal = desk.journal();
    connect(&journal, &JournalWriter::failed, this, [this](const QString &message) {
        if (m_failing)
            return;
        m_failing = true;
        m_desk.showStatus(tr("Unsaved edits are not being kept: %1").arg(message), 0);
    });
    connect(&journal, &JournalWriter::recorded, this, [this] {
        if (!m_failing)
            return;
        m_failing = false;
        m_desk.showStatus(tr("Unsaved edits are kept in the edit journal again."));
    });
}

JournalController::~JournalController() = default;

RecoveryDialog *JournalController::recoveryDialog() const
{
    return m_dialog;
}

void JournalController::setRecording(bool recording)
{
    m_recording = recording;
    if (!recording)
        m_timer->stop();
}

void JournalController::editMade()
{
    if (!m_recording)
        return;
    m_lastEdit = QDateTime::currentDateTimeUtc();
    // Not restarted by more typing: the first unkept edit sets the deadline.
    if (!m_timer->isActive())
        m_timer->start();
}

void JournalController::recordNow()
{
    record(m_documents.document());
}

void JournalController::record(StoryDocument *document)
{
    m_timer->stop();
    if (!document)
        return;
    if (!document->isModified()) {
        // Back where it was saved (undone, or just saved): nothing to keep.
        m_desk.journal().forget(document->id());
        return;
    }
    m_desk.journal().record(document->story(),
                            m_lastEdit.isValid() ? m_lastEdit : QDateTime::currentDateTimeUtc());
}

int JournalController::offerRecovery()
{
    const auto entries = EditJournal::entries(m_desk.journal().directory());
    if (!entries) {
        m_desk.showStatus(entries.errorMessage(), 0);
        return 0;
    }
    QList<RecoveryItem> items;
    for (const JournalEntry &entry : *entries) {
        if (entry.inUse)
            continue; // another window still has it open
        RecoveryItem item{entry, std::nullopt};
        const auto saved = LibraryWorker::runAndWait<Story>(
                m_desk.worker(), m_desk.store(),
                [id = entry.story.id()](StoryStore &store) { return store.loadStory(id); });
        if (saved) {
            item.saved = *saved;
            // The same text was saved after all: nothing to offer.
            if (sameEdits(*saved, entry.story)) {
                (void)EditJournal::discard(entry);
                continue;
            }
        } else if (saved.errorKind() != ErrorKind::NotFound) {
            m_desk.showStatus(saved.errorMessage(), 0);
            continue;
        }
        items.append(item);
    }
    if (items.isEmpty())
        return 0;
    delete m_dialog;
    m_dialog = new RecoveryDialog(items, m_desk.newsroomZone(), m_desk.window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &RecoveryDialog::restoreRequested, this,
            [this](int index) { restore(index); });
    connect(m_dialog, &RecoveryDialog::keepBothRequested, this,
            [this](int index) { keepBoth(index); });
    connect(m_dialog, &RecoveryDialog::discardRequested, this,
            [this](int index) { discard(index); });
    m_dialog->open();
    return int(items.size());
}

bool JournalController::restore(int index)
{
    if (!m_dialog || index < 0 || index >= m_dialog->items().size())
        return false;
    const RecoveryItem item = m_dialog->items().at(index);
    Story base;
    if (item.saved) {
        base = *item.saved;
    } else {
        // A blank story under the same id, so the edits are all unsaved.
        base.setId(item.entry.story.id());
        base.setCreatedAt(item.entry.story.createdAt());
    }
    if (!m_documents.openWithEdits(base, item.entry.story))
        return false;
    // The edits go into this session's journal before the old file goes.
    m_lastEdit = item.entry.editedAt;
    recordNow();
    if (!m_desk.journal().flush(10'000)) {
        m_desk.showStatus(tr("The recovered edits are open; the journal is slow to keep them."));
        return true;
    }
    if (const auto gone = EditJournal::discard(item.entry); !gone)
        m_desk.showStatus(gone.errorMessage(), 0);
    m_desk.showStatus(tr("Recovered the unsaved edits of “%1”: save to keep them as a version.")
                              .arg(item.entry.story.headline()));
    if (m_dialog)
        m_dialog->removeItem(index);
    return true;
}

bool JournalController::keepBoth(int index)
{
    if (!m_dialog || index < 0 || index >= m_dialog->items().size())
        return false;
    const RecoveryItem item = m_dialog->items().at(index);
    const Story &edited = item.entry.story;
    const QList<EditableField> fields = editableFields();
    Story copy = mergeEdits(Story::create(), edited, {fields.cbegin(), fields.cend()});
    // The slug is the held story's: the copy takes one of its own.
    copy.setSlug(edited.slug().isEmpty() ? QString() : edited.slug() + u"-recovered"_s);
    RevisionStamp stamp;
    stamp.note = tr("Unsaved edits of “%1” recovered from the edit journal").arg(edited.headline());
    const auto saved = LibraryWorker::runAndWait<Story>(
            m_desk.worker(), m_desk.store(),
            [copy, stamp](StoryStore &store) { return store.saveStory(copy, stamp); });
    if (!saved) {
        QMessageBox::warning(m_dialog, tr("Edits Not Saved"),
                             tr("%1\n\nThe edits stay in the journal.").arg(saved.errorMessage()));
        return false;
    }
    if (const auto gone = EditJournal::discard(item.entry); !gone)
        m_desk.showStatus(gone.errorMessage(), 0);
    Q_EMIT m_desk.storyChanged(saved->id());
    m_desk.showStatus(tr("Saved the recovered edits as a new draft, “%1”.").arg(saved->headline()));
    if (m_dialog)
        m_dialog->removeItem(index);
    return true;
}

bool JournalController::discard(int index, bool confirm)
{
    if (!m_dialog || index < 0 || index >= m_dialog->items().size())
        return false;
    const RecoveryItem item = m_dialog->items().at(index);
    if (confirm &&
        QMessageBox::question(m_dialog, tr("Discard Unsaved Edits"),
                              tr("Throw away the unsaved edits of “%1”? They cannot be brought "
                                 "back.")
                                      .arg(item.entry.story.headline()),
                              QMessageBox::Discard | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Discard)
        return false;
    if (const auto gone = EditJournal::discard(item.entry); !gone) {
        QMessageBox::warning(m_dialog, tr("Edits Not Discarded"), gone.errorMessage());
        return false;
    }
    m_desk.showStatus(tr("Discarded the unsaved edits of “%1”.").arg(item.entry.story.headline()));
    m_dialog->removeItem(index);
    return true;
}

} // namespace Copydesk
