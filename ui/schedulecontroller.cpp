// SPDX-License-Identifier: MIT
#include "schedulecontroller.h"

#include "actionregistry.h"
#include "backgroundtask.h"
#include "core/logging.h"
#include "deliverycontroller.h"
#include "desk.h"
#include "documentcontroller.h"
#include "libraryworker.h"
#include "publish/destinationset.h"
#include "publish/scheduletime.h"
#include "scheduledialog.h"
#include "schedulepanel.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// What the scheduler and a change of schedule need from the desk, copied so a worker thread can
/// use it.
struct DueSetup
{
    PublishSettings settings;
    HouseStyle style;
    SecretLookup secrets;
};

/// The settings, house style and secrets as they are now.
DueSetup setupOf(const Desk &desk, const DeliveryController &deliveries)
{
    return {desk.publishSettings(), desk.houseStyle(), deliveries.secretLookup()};
}

/**
 * Runs change with a service that records a row in the outbox for each
 * destination taking posts, for the outbox worker to send (the window
 * waits for the library's transaction only).
 */
Result<Story> withService(StoryStore &store, const DueSetup &setup, const QTimeZone &zone,
                          const std::function<Result<Story>(PublishService &)> &change)
{
    const auto destinations = DestinationSet::load(store, setup.settings, setup.secrets);
    if (!destinations)
        return destinations.error();
    PublishService service(store, setup.style, destinations->active(), {}, zone);
    service.setDeliverNow(false);
    return change(service);
}

} // namespace

ScheduleController::ScheduleController(Desk &desk, DocumentController &documents,
                                       SchedulePanel *panel, DeliveryController &deliveries,
                                       QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_documents(documents)
    , m_panel(panel)
    , m_deliveries(deliveries)
    , m_timer(new QTimer(this))
{
    ActionRegistry &actions = desk.actions();
    QAction *a = actions.add(u"schedule"_s, tr("Sc&hedule…"),
                             tr("Choose when the story goes out, and an embargo, in the "
                                "newsroom's time zone"),
                             u"appointment-new"_s, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    connect(a, &QAction::triggered, this, [this] { scheduleStory(); });
    a = actions.add(u"unschedule"_s, tr("&Unschedule"),
                    tr("Take the scheduled story back to the drafts"), {},
                    QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U));
    connect(a, &QAction::triggered, this, [this] { unscheduleStory(); });

    panel->setStore(&desk.store());
    panel->setTimeZone(desk.newsroomZone());
    connect(panel, &SchedulePanel::storyChosen, this,
            [this](const QUuid &id) { m_documents.openStory(id); });
    connect(&desk, &Desk::storyChanged, panel, &SchedulePanel::refresh);
    connect(&desk, &Desk::libraryChanged, panel, &SchedulePanel::refresh);
    connect(&desk, &Desk::publishSettingsChanged, panel,
            [this] { m_panel->setTimeZone(m_desk.newsroomZone()); });
    connect(&documents, &DocumentController::documentChanged, this,
            &ScheduleController::updateActions);

    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_panel->refresh(); // the countdowns
        startDueRun();
    });
    updateActions();
}

void ScheduleController::updateActions()
{
    StoryDocument *document = m_documents.document();
    const StoryStatus status = document ? document->story().status() : StoryStatus::Draft;
    m_desk.actions()
            .action(u"schedule"_s)
            ->setEnabled(document &&
                         (status == StoryStatus::Draft || status == StoryStatus::Scheduled));
    m_desk.actions()
            .action(u"unschedule"_s)
            ->setEnabled(document && status == StoryStatus::Scheduled);
}

bool ScheduleController::scheduleStory()
{
    StoryDocument *document = m_documents.document();
    if (!document)
        return false;
    const QUuid id = document->id();
    const QTimeZone zone = m_desk.newsroomZone();
    ScheduleDialog dialog(document->story(), zone, QDateTime::currentDateTimeUtc(),
                          m_desk.window());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // The dialog ran an event loop; go on only with the story it asked about.
    document = m_documents.document();
    if (!document || document->id() != id)
        return false;
    if ((document->isNew() || document->isModified()) && !m_documents.saveStory())
        return false;
    // Asked now, while someone is here: the scheduler publishes alone.
    if (!m_deliveries.askForSiteAddresses()) {
        m_desk.showStatus(tr("Not scheduled: the site's web address is needed first."), 10'000);
        return false;
    }
    // A site taking posts (WordPress) gets the scheduled story now, to bring out at its time.
    m_deliveries.fillSecrets();
    const auto scheduled = LibraryWorker::runAndWait<Story>(
            m_desk.worker(), m_desk.store(),
            [setup = setupOf(m_desk, m_deliveries), zone, id = document->id(),
             at = dialog.scheduledFor(), embargo = dialog.embargo(),
             version = document->story().version()](StoryStore &store) -> Result<Story> {
                return withService(store, setup, zone, [&](PublishService &service) {
                    return service.schedule(id, at, embargo, version);
                });
            });
    if (!scheduled) {
        QMessageBox::warning(m_desk.window(), tr("Story Not Scheduled"), scheduled.errorMessage());
        return false;
    }
    m_documents.takeStored(*scheduled);
    Q_EMIT m_desk.storyChanged(scheduled->id());
    m_deliveries.wake();
    m_desk.showStatus(tr("Scheduled for %1.").arg(describeTime(scheduled->scheduledFor(), zone)),
                      10'000);
    return true;
}

bool ScheduleController::unscheduleStory()
{
    StoryDocument *document = m_documents.document();
    if (!document || !m_documents.maybeSave())
        return false;
    // A site that has the post scheduled takes it back to its drafts.
    m_deliveries.fillSecrets();
    const auto draft = LibraryWorker::runAndWait<Story>(
            m_desk.worker(), m_desk.store(),
            [setup = setupOf(m_desk, m_deliveries), zone = m_desk.newsroomZone(),
             id = document->id(),
             version = document->story().version()](StoryStore &store) -> Result<Story> {
                return withService(store, setup, zone, [&](PublishService &service) {
                    return service.unschedule(id, version);
                });
            });
    if (!draft) {
        QMessageBox::warning(m_desk.window(), tr("Story Not Unscheduled"), draft.errorMessage());
        return false;
    }
    m_documents.takeStored(*draft);
    Q_EMIT m_desk.storyChanged(draft->id());
    m_deliveries.wake();
    m_desk.showStatus(tr("“%1” is a draft again.").arg(draft->headline()));
    return true;
}

void ScheduleController::setSchedulerRunning(bool running)
{
    if (running) {
        m_timer->start();
        // The first look soon after the window opens: a schedule missed
        // while nothing ran goes out now, and says it is late.
        QTimer::singleShot(2000, this, &ScheduleController::startDueRun);
    } else {
        m_timer->stop();
    }
}

bool ScheduleController::isSchedulerRunning() const
{
    return m_timer->isActive();
}

namespace {

/// Publishes what is due, recording a pending delivery per destination for the outbox worker.
Result<QList<DueOutcome>> runDue(StoryStore &store, const DueSetup &setup)
{
    const auto destinations = DestinationSet::load(store, setup.settings, setup.secrets);
    if (!destinations)
        return destinations.error();
    PublishService service(store, setup.style, destinations->active(), {},
                           setup.settings.site().timeZone);
    service.setDeliverNow(false);
    return service.publishDue();
}

} // namespace

void ScheduleController::startDueRun()
{
    if (m_running > 0)
        return;
    const DueSetup setup = setupOf(m_desk, m_deliveries);
    const auto work = [setup](StoryStore &store) { return runDue(store, setup); };
    const auto done = [this](Result<QList<DueOutcome>> outcomes) {
        --m_running;
        if (!outcomes) {
            qCWarning(lcPublish).noquote() << outcomes.errorMessage();
            m_desk.showStatus(outcomes.errorMessage(), 10'000);
            return;
        }
        takeOutcomes(*outcomes);
    };
    // A server is asked on the library's worker, whose connection is open
    // already, so that this thread never waits for the network.
    if (LibraryWorker *worker = m_desk.worker()) {
        ++m_running;
        worker->run<QList<DueOutcome>>(this, work, done);
        return;
    }
    // On a file, one indexed lookup on this thread spares starting the work
    // when nothing is due.
    const auto due = m_desk.store().dueStories(QDateTime::currentDateTimeUtc(), 1);
    if (!due || due->isEmpty())
        return;
    ++m_running;
    runOnLibrary<QList<DueOutcome>>(this, m_desk.libraryConnection(), work, done);
}

Result<QList<DueOutcome>> ScheduleController::publishDue()
{
    const DueSetup setup = setupOf(m_desk, m_deliveries);
    ++m_running;
    auto outcomes = runOnLibraryAndWait<QList<DueOutcome>>(
            m_desk.libraryConnection(),
            [setup](StoryStore &store) { return runDue(store, setup); });
    --m_running;
    if (outcomes)
        takeOutcomes(*outcomes);
    return outcomes;
}

void ScheduleController::takeOutcomes(const QList<DueOutcome> &outcomes)
{
    if (outcomes.isEmpty())
        return;
    QStringList messages;
    for (const DueOutcome &outcome : outcomes) {
        const QUuid id = outcome.story.id;
        Q_EMIT m_desk.storyChanged(id);
        if (outcome.error) {
            messages.append(outcome.error->message);
        } else if (outcome.publication) {
            messages.append(outcome.publication->lateNote.isEmpty()
                                    ? tr("Published “%1” as scheduled.")
                                              .arg(outcome.publication->story.headline())
                                    : tr("Published “%1”: %2")
                                              .arg(outcome.publication->story.headline(),
                                                   outcome.publication->lateNote));
            if (!outcome.publication->delivered())
                messages.append(outcome.publication->failures().join(u' '));
        }
        // The open story follows when nothing typed would be lost.
        StoryDocument *document = m_documents.document();
        // Not while a dialog is open: it may be asking about this very document.
        if (document && document->id() == id && !QApplication::activeModalWidget()) {
            if (!document->isModified()) {
                if (const auto stored = m_desk.store().loadStory(id))
                    m_documents.takeStored(*stored);
            } else {
                messages.append(tr("“%1” changed in the library while you edit it: save your "
                                   "changes to see whether they conflict.")
                                        .arg(m_documents.title()));
            }
        }
    }
    m_desk.showStatus(messages.join(u' '), 15'000);
    updateActions();
    m_deliveries.wake();
    Q_EMIT duePublished(outcomes);
}

} // namespace Copydesk
