// SPDX-License-Identifier: MIT
#include "historycontroller.h"

#include "actionregistry.h"
#include "comparisonview.h"
#include "desk.h"
#include "documentcontroller.h"
#include "historypanel.h"
#include "libraryworker.h"
#include "publish/publishservice.h"

#include <QAction>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace Copydesk {

HistoryController::HistoryController(Desk &desk, DocumentController &documents, HistoryPanel *panel,
                                     QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_documents(documents)
    , m_panel(panel)
{
    ActionRegistry &actions = desk.actions();
    QAction *compareAction = actions.add(
            u"history.compare"_s, tr("&Compare Versions"),
            tr("Show the versions selected in the History panel side by side"), u"view-history"_s);
    connect(compareAction, &QAction::triggered, panel->compareButton(), &QPushButton::click);
    QAction *restoreAction = actions.add(
            u"history.restore"_s, tr("&Restore Version…"),
            tr("Make a new version with the text of the version selected in the History panel"),
            u"document-revert"_s);
    connect(restoreAction, &QAction::triggered, panel->restoreButton(), &QPushButton::click);
    const auto updateActions = [this, compareAction, restoreAction] {
        compareAction->setEnabled(m_panel->compareButton()->isEnabled());
        restoreAction->setEnabled(m_panel->restoreButton()->isEnabled());
    };
    connect(panel, &HistoryPanel::choicesChanged, this, updateActions);
    m_panel->list()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_panel->list()->addActions({compareAction, restoreAction});

    panel->setTimeZone(desk.newsroomZone());
    connect(&documents, &DocumentController::documentChanged, this, &HistoryController::follow);
    connect(&desk, &Desk::storyChanged, this, [this](const QUuid &id) {
        if (id == m_panel->storyId())
            m_panel->refresh();
    });
    connect(&desk, &Desk::publishSettingsChanged, this,
            [this] { m_panel->setTimeZone(m_desk.newsroomZone()); });
    connect(panel, &HistoryPanel::compareRequested, this,
            [this](int older, int newer) { compare(older, newer); });
    connect(panel, &HistoryPanel::restoreRequested, this,
            [this](int version) { restore(version); });
    updateActions();
    follow();
}

ComparisonView *HistoryController::comparison() const
{
    return m_comparison;
}

void HistoryController::follow()
{
    StoryDocument *document = m_documents.document();
    m_panel->showStory(&m_desk.store(), document && !document->isNew() ? document->id() : QUuid());
}

ComparisonView *HistoryController::compare(int older, int newer)
{
    const QUuid id = m_panel->storyId();
    if (id.isNull())
        return nullptr;
    const auto before = m_desk.store().loadRevision(id, older);
    const auto after = m_desk.store().loadRevision(id, newer);
    const auto versions = m_desk.store().revisions(id);
    if (!before || !after || !versions) {
        QMessageBox::warning(m_desk.window(), tr("Cannot Compare"),
                             !before ? before.errorMessage()
                                     : (!after ? after.errorMessage() : versions.errorMessage()));
        return nullptr;
    }
    RevisionInfo olderInfo{older, before->savedAt(), before->headline(), RevisionKind::Save, {},
                           {}};
    RevisionInfo newerInfo{newer, after->savedAt(), after->headline(), RevisionKind::Save, {}, {}};
    for (const RevisionInfo &info : *versions) {
        if (info.version == older)
            olderInfo = info;
        if (info.version == newer)
            newerInfo = info;
    }
    if (m_comparison)
        m_comparison->close();
    auto *view = new ComparisonView(*before, olderInfo, *after, newerInfo, m_desk.newsroomZone(),
                                    m_desk.window());
    view->setAttribute(Qt::WA_DeleteOnClose);
    m_comparison = view;
    view->show();
    return view;
}

bool HistoryController::restore(int version, bool confirm)
{
    StoryDocument *document = m_documents.document();
    if (!document || document->isNew())
        return false;
    if (confirm &&
        QMessageBox::question(m_desk.window(), tr("Restore Version"),
                              tr("Make a new version of “%1” with the text of version %2? The "
                                 "versions since stay in the history; nothing is overwritten.")
                                      .arg(m_documents.title())
                                      .arg(version),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Yes) != QMessageBox::Yes)
        return false;
    if (!m_documents.maybeSave())
        return false;
    document = m_documents.document();
    const auto restored = LibraryWorker::runAndWait<Story>(
            m_desk.worker(), m_desk.store(),
            [style = m_desk.houseStyle(), zone = m_desk.newsroomZone(), id = document->id(),
             version, current = document->story().version()](StoryStore &store) -> Result<Story> {
                PublishService service(store, style, {}, {}, zone);
                return service.restore(id, version, current);
            });
    if (!restored) {
        QMessageBox::warning(m_desk.window(), tr("Version Not Restored"), restored.errorMessage());
        return false;
    }
    m_documents.takeStored(*restored);
    Q_EMIT m_desk.storyChanged(restored->id());
    m_desk.showStatus(restored->status() == StoryStatus::Published
                              ? tr("Restored version %1 as version %2; readers have the "
                                   "published one until you publish an update.")
                                        .arg(version)
                                        .arg(restored->version())
                              : tr("Restored version %1 as version %2.")
                                        .arg(version)
                                        .arg(restored->version()),
                      10'000);
    return true;
}

} // namespace Copydesk
