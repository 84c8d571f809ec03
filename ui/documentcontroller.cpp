// SPDX-License-Identifier: MIT
#include "documentcontroller.h"
#include "linefield.h"

#include "actionregistry.h"
#include "conflictdialog.h"
#include "desk.h"
#include "librarypanel.h"
#include "libraryworker.h"
#include "storyeditor.h"

#include <QAction>
#include <QEventLoop>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {
/// The actions that need an open story.
const QStringList documentActions = {u"save"_s, u"delete"_s, u"highlight.add"_s, u"photo.add"_s};
/// The actions that change the open story, off while its saves are refused.
const QStringList editingActions = {u"save"_s, u"highlight.add"_s, u"photo.add"_s};
} // namespace

DocumentController::DocumentController(Desk &desk, StoryEditor *editor, LibraryPanel *library,
                                       QUndoGroup *undoGroup, QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_editor(editor)
    , m_library(library)
    , m_undoGroup(undoGroup)
{
    ActionRegistry &actions = desk.actions();
    QAction *a = actions.add(u"new"_s, tr("&New Story"), tr("Start a new story"), u"document-new"_s,
                             QKeySequence::New);
    connect(a, &QAction::triggered, this, &DocumentController::newStory);
    a = actions.add(u"save"_s, tr("&Save"), tr("Save the story as a new version in the library"),
                    u"document-save"_s, QKeySequence::Save);
    connect(a, &QAction::triggered, this, &DocumentController::saveFromCommand);
    a = actions.add(u"delete"_s, tr("&Delete Story…"),
                    tr("Delete the story and its earlier versions from the library"),
                    u"edit-delete"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    connect(a, &QAction::triggered, this, [this] { deleteStory(true); });

    connect(library, &LibraryPanel::storyChosen, this, [this](const QUuid &id) {
        if (!openStory(id) && m_document)
            m_library->selectStory(m_document->id());
    });
}

DocumentController::~DocumentController()
{
    // The window closes the document while its widgets still stand; by
    // now they may be gone, so the document goes without telling them.
    delete m_document;
}

QString DocumentController::title() const
{
    if (!m_document)
        return {};
    const QString headline = m_document->text(StoryDocument::TextField::Headline).trimmed();
    return headline.isEmpty() ? tr("Untitled story") : headline;
}

template<typename T>
void DocumentController::setBusyPart(T &part, const T &value)
{
    const bool wasBusy = isBusy();
    part = value;
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}

void DocumentController::setSaving(bool saving)
{
    setBusyPart(m_saving, saving);
}

void DocumentController::setOpening(const QUuid &id)
{
    setBusyPart(m_opening, id);
}

void DocumentController::settlePendingSave()
{
    if (!m_saving)
        return;
    // Typing would go into a story about to be saved or closed: only paint meanwhile.
    QEventLoop loop;
    const auto ended = connect(this, &DocumentController::busyChanged, &loop, [this, &loop] {
        if (!m_saving)
            loop.quit();
    });
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    disconnect(ended);
}

void DocumentController::setDocument(StoryDocument *document)
{
    settlePendingSave();
    StoryDocument *old = m_document;
    if (old) {
        Q_EMIT documentAboutToClose(old);
        disconnect(old, nullptr, this, nullptr);
        m_undoGroup->removeStack(old->undoStack());
    }
    m_document = document;
    m_editor->setDocument(document);
    delete old;
    if (!document)
        m_library->selectStory({});
    if (document) {
        m_undoGroup->addStack(document->undoStack());
        m_undoGroup->setActiveStack(document->undoStack());
        connect(document, &StoryDocument::contentChanged, this,
                &DocumentController::contentChanged);
        connect(document, &StoryDocument::modificationChanged, this,
                &DocumentController::titleChanged);
        connect(document, &StoryDocument::textChanged, this, [this](auto field) {
            if (field == StoryDocument::TextField::Headline)
                Q_EMIT titleChanged();
        });
    }
    // A refusal belonged to the story that was open.
    m_saveRefusal.clear();
    m_desk.actions().setEnabled(documentActions, document != nullptr);
    Q_EMIT documentChanged(document);
    Q_EMIT titleChanged();
}

void DocumentController::openNewestStory()
{
    StoryListQuery newest;
    newest.limit = 1;
    setBusyPart(m_findingNewest, true);
    LibraryWorker::runOrNow<QList<StorySummary>>(
            m_desk.worker(), m_desk.store(), this,
            [newest](StoryStore &store) { return store.listStories(newest); },
            [this](const Result<QList<StorySummary>> &stories) {
                setBusyPart(m_findingNewest, false);
                // Another story was opened or begun meanwhile: that one stays.
                if (m_document)
                    return;
                if (stories && !stories->isEmpty())
                    openStory(stories->constFirst().id);
                else
                    newStory();
            });
}

bool DocumentController::openStory(const QUuid &id)
{
    if (m_document && m_document->id() == id) {
        // Back to the open story before the one asked for came: that one is not wanted.
        setOpening({});
        return true;
    }
    if (!maybeSave())
        return false;
    LibraryWorker *worker = m_desk.worker();
    if (!worker)
        return finishOpening(id, m_desk.store().loadStory(id));
    setOpening(id);
    worker->run<Story>(
            this, [id](StoryStore &store) { return store.loadStory(id); },
            [this, id](Result<Story> story) { finishOpening(id, story); });
    return true;
}

bool DocumentController::finishOpening(const QUuid &id, const Result<Story> &story)
{
    const auto keepOpenOne = [this] {
        if (m_document)
            m_library->selectStory(m_document->id());
    };
    if (m_desk.worker()) {
        if (m_opening != id)
            return false; // another story was asked for since
        setOpening({});
    }
    if (!story) {
        QMessageBox::warning(m_desk.window(), tr("Cannot Open Story"), story.errorMessage());
        keepOpenOne();
        return false;
    }
    // Typed into the open story while this one was on its way: asked again.
    if (m_desk.worker() && !maybeSave()) {
        keepOpenOne();
        return false;
    }
    setDocument(new StoryDocument(*story, this));
    m_library->selectStory(id);
    return true;
}

void DocumentController::newStory()
{
    if (!maybeSave())
        return;
    setDocument(new StoryDocument(Story::create(), this));
    m_library->selectStory({});
    m_editor->headlineEdit()->setFocus(Qt::OtherFocusReason);
    m_desk.showStatus(tr("New story: it joins the library when you save it."));
}

bool DocumentController::saveStory()
{
    settlePendingSave();
    if (!m_document)
        return false;
    if (!m_saveRefusal.isEmpty()) {
        m_desk.showStatus(m_saveRefusal, 10'000);
        return false;
    }
    const Story sent = m_document->story();
    const auto saved = LibraryWorker::runAndWait<Story>(
            m_desk.worker(), m_desk.store(),
            [sent](StoryStore &store) { return store.saveStory(sent); });
    // The window painted and heard the library while it waited: the same story still?
    if (!m_document || m_document->id() != sent.id())
        return false;
    return settleSave(sent, saved);
}

void DocumentController::saveFromCommand()
{
    LibraryWorker *worker = m_desk.worker();
    if (!worker) {
        saveStory();
        return;
    }
    if (!m_document)
        return;
    if (m_saving) {
        m_desk.showStatus(tr("Still saving “%1”…").arg(title()));
        return;
    }
    if (!m_saveRefusal.isEmpty()) {
        m_desk.showStatus(m_saveRefusal, 10'000);
        return;
    }
    const Story sent = m_document->story();
    setSaving(true);
    m_desk.showStatus(tr("Saving “%1”…").arg(title()), 0);
    // The document stays while the save is under way: whatever would close it waits first.
    worker->run<Story>(
            this, [sent](StoryStore &store) { return store.saveStory(sent); },
            [this, sent](Result<Story> saved) {
                setSaving(false);
                if (m_document && m_document->id() == sent.id())
                    settleSave(sent, saved);
            });
}

bool DocumentController::settleSave(const Story &sent, const Result<Story> &saved)
{
    if (!saved && saved.errorKind() == ErrorKind::Conflict)
        return settleConflict();
    if (!saved) {
        m_desk.showStatus({});
        QMessageBox::critical(m_desk.window(), tr("Story Not Saved"),
                              tr("%1\n\nYour edits are still open in the editor; nothing was "
                                 "lost.")
                                      .arg(saved.errorMessage()));
        return false;
    }
    m_document->markSaved(*saved, sent);
    Q_EMIT editsSettled(saved->id());
    Q_EMIT m_desk.storyChanged(saved->id());
    m_library->selectStory(saved->id());
    Q_EMIT titleChanged();
    if (m_document->isModified())
        m_desk.showStatus(tr("Saved version %1; what you typed while it was saved is not saved "
                             "yet.")
                                  .arg(saved->version()));
    else
        m_desk.showStatus(tr("Saved version %1.").arg(saved->version()));
    return true;
}

bool DocumentController::settleConflict()
{
    // Each round reads what the library holds now; a save that came first
    // yet again asks anew with the newer text.
    for (;;) {
        if (!m_document)
            return false;
        const auto conflict = LibraryWorker::runAndWait<EditConflict>(
                m_desk.worker(), m_desk.store(), [mine = m_document->story()](StoryStore &store) {
                    return readEditConflict(store, mine);
                });
        if (!m_document)
            return false;
        if (!conflict) {
            QMessageBox::critical(m_desk.window(), tr("Story Not Saved"),
                                  tr("%1\n\nYour edits are still open in the editor and kept in "
                                     "the edit journal.")
                                          .arg(conflict.errorMessage()));
            return false;
        }
        QSet<EditableField> fromMine;
        if (!conflict->theirs) {
            if (QMessageBox::question(
                        m_desk.window(), tr("Story Deleted Elsewhere"),
                        tr("“%1” was deleted from the library while you edited it. Save your "
                           "text as a story again?")
                                .arg(title()),
                        QMessageBox::Save | QMessageBox::Cancel,
                        QMessageBox::Save) != QMessageBox::Save)
                return false;
        } else {
            ConflictDialog dialog(*conflict, m_desk.newsroomZone(), m_desk.window());
            if (dialog.exec() != QDialog::Accepted) {
                m_desk.showStatus(tr("Not saved: your edits stay in the editor and the edit "
                                     "journal."));
                return false;
            }
            fromMine = dialog.fromMine();
        }
        // The dialog ran an event loop: go on only with the story it was about.
        if (!m_document || m_document->id() != conflict->mine.id())
            return false;
        const auto saved = LibraryWorker::runAndWait<Story>(
                m_desk.worker(), m_desk.store(),
                [conflict = *conflict, fromMine](StoryStore &store) {
                    return saveResolution(store, conflict, fromMine);
                });
        if (!m_document || m_document->id() != conflict->mine.id())
            return false;
        if (!saved && saved.errorKind() == ErrorKind::Conflict)
            continue;
        if (!saved) {
            QMessageBox::critical(m_desk.window(), tr("Story Not Saved"),
                                  tr("%1\n\nYour edits are still open in the editor; nothing "
                                     "was lost.")
                                          .arg(saved.errorMessage()));
            return false;
        }
        takeStored(*saved);
        Q_EMIT m_desk.storyChanged(saved->id());
        Q_EMIT titleChanged();
        m_desk.showStatus(
                tr("Saved version %1; the other texts are in the history.").arg(saved->version()));
        return true;
    }
}

bool DocumentController::deleteStory(bool confirm)
{
    if (!m_document)
        return false;
    const Story story = m_document->story();
    const QString headline = story.headline().isEmpty() ? tr("this untitled story")
                                                        : u"“%1”"_s.arg(story.headline());
    if (confirm) {
        QString question = m_document->isNew()
                ? tr("Discard %1? It was never saved.").arg(headline)
                : tr("Delete %1 and all its earlier versions from the library? This cannot be "
                     "undone.")
                          .arg(headline);
        if (story.status() == StoryStatus::Published)
            question += tr("\n\nIt is published: its page stays where it was written until you "
                           "withdraw it. Withdraw it first to take it down.");
        if (QMessageBox::question(m_desk.window(), tr("Delete Story"), question,
                                  QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel) != QMessageBox::Yes)
            return false;
    }
    if (!m_document->isNew()) {
        const auto removed = LibraryWorker::runAndWait<void>(
                m_desk.worker(), m_desk.store(),
                [id = story.id()](StoryStore &store) { return store.deleteStory(id); });
        if (!removed) {
            QMessageBox::critical(m_desk.window(), tr("Story Not Deleted"), removed.errorMessage());
            return false;
        }
    }
    // Nothing is left to save: drop the document without asking.
    m_document->undoStack()->setClean();
    Q_EMIT editsSettled(story.id());
    setDocument(nullptr);
    Q_EMIT m_desk.storyChanged(story.id());
    m_desk.showStatus(tr("Deleted %1.").arg(headline));
    openNewestStory();
    return true;
}

void DocumentController::setSaveRefusal(const QString &reason)
{
    m_saveRefusal = reason;
    m_desk.actions().setEnabled(editingActions, m_document && reason.isEmpty());
}

bool DocumentController::maybeSave()
{
    settlePendingSave();
    if (!m_document || !m_document->isModified())
        return true;
    if (!m_saveRefusal.isEmpty()) {
        // Edits this window may no longer save stay in the edit journal,
        // which offers them again (File → Recover), never thrown away here.
        const auto keep = QMessageBox::warning(
                m_desk.window(), tr("Unsaved Changes"),
                tr("%1\n\nYour changes to “%2” stay in the edit journal: Copydesk offers them "
                   "again when it starts, to copy into the story.")
                        .arg(m_saveRefusal, title()),
                QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok);
        return keep == QMessageBox::Ok;
    }
    const auto answer = QMessageBox::warning(
            m_desk.window(), tr("Unsaved Changes"),
            tr("“%1” has changes that are not saved. Save them first?").arg(title()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveStory();
    if (answer != QMessageBox::Discard)
        return false;
    // Let go on purpose: nothing of them is kept, here or in the journal.
    m_document->undoStack()->setClean();
    Q_EMIT editsSettled(m_document->id());
    return true;
}

void DocumentController::takeStored(const Story &stored)
{
    if (m_document) {
        // The stored version takes the place of whatever was open.
        m_document->undoStack()->setClean();
        Q_EMIT editsSettled(m_document->id());
    }
    setDocument(new StoryDocument(stored, this));
    m_library->selectStory(stored.id());
}

void DocumentController::close()
{
    setDocument(nullptr);
}

bool DocumentController::openWithEdits(const Story &base, const Story &edited)
{
    if (!maybeSave())
        return false;
    auto *document = new StoryDocument(base, this);
    document->replaceContent(edited, tr("Recover unsaved edits"));
    setDocument(document);
    m_library->selectStory(base.version() == 0 ? QUuid() : base.id());
    return true;
}

} // namespace Copydesk
