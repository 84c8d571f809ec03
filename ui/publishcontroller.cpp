// SPDX-License-Identifier: MIT
#include "publishcontroller.h"

#include "actionregistry.h"
#include "backgroundtask.h"
#include "busycursor.h"
#include "deliverycontroller.h"
#include "desk.h"
#include "documentcontroller.h"
#include "publish/destinationset.h"
#include "publishdialog.h"
#include "publishsettingsdialog.h"
#include "storyeditor.h"

#include <QAction>
#include <QDir>
#include <QMainWindow>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// What publishing needs from the desk, copied so a worker thread can use it.
struct PublishingSetup
{
    PublishSettings settings;
    HouseStyle style;
    SecretLookup secrets;
};

} // namespace

PublishController::PublishController(Desk &desk, DocumentController &documents, StoryEditor *editor,
                                     DeliveryController &deliveries, QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_documents(documents)
    , m_editor(editor)
    , m_deliveries(deliveries)
{
    ActionRegistry &actions = desk.actions();
    QAction *a = actions.add(u"publish"_s, tr("&Publish…"),
                             tr("Check the story and publish it, or an update, correction or "
                                "withdrawal of it, to the destinations"),
                             u"document-send"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(a, &QAction::triggered, this, [this] { publishStory(); });
    a = actions.add(u"withdraw"_s, tr("&Withdraw Story…"),
                    tr("Take a published story down: a notice with the reason replaces its page "
                       "and it leaves the feeds"),
                    u"dialog-cancel"_s);
    connect(a, &QAction::triggered, this, [this] { publishStory(PublicationKind::Withdraw); });
    a = actions.add(u"deliver"_s, tr("&Deliver Again"),
                    tr("Try now the deliveries still waiting for their next try"),
                    u"view-refresh"_s);
    connect(a, &QAction::triggered, this, [this] { deliverAgain(); });
    a = actions.add(u"publish.settings"_s, tr("Publis&hing Settings…"),
                    tr("Choose the destination folder, the site's address and title, the feeds' "
                       "length, the short-URL base and the newsroom's time zone"),
                    u"configure"_s);
    a->setMenuRole(QAction::PreferencesRole);
    connect(a, &QAction::triggered, this, &PublishController::editSettings);

    connect(&documents, &DocumentController::documentChanged, this,
            &PublishController::updateActions);
    updateActions();
}

void PublishController::updateActions()
{
    StoryDocument *document = m_documents.document();
    m_desk.actions().action(u"publish"_s)->setEnabled(document != nullptr && !m_busy);
    m_desk.actions()
            .action(u"withdraw"_s)
            ->setEnabled(document && !m_busy &&
                         document->story().status() == StoryStatus::Published);
}

PublishService PublishController::serviceFor(StoryStore &store) const
{
    return PublishService(store, m_desk.houseStyle(), {}, {}, m_desk.newsroomZone());
}

bool PublishController::publishStory(std::optional<PublicationKind> wanted)
{
    StoryDocument *document = m_documents.document();
    if (!document || m_busy)
        return false;
    const Story story = document->story();
    const PublishSettings settings = m_desk.publishSettings();
    const bool savesFirst = document->isNew() || document->isModified();
    const QUrl url = story.effectiveSlug().isEmpty() ? QUrl() : settings.site().storyUrl(story);
    const PublishService checker = serviceFor(m_desk.store());
    const QList<PublicationKind> kinds = PublishService::kindsFor(story.status());
    PublishDialog dialog(
            story, kinds, wanted.value_or(kinds.value(0, PublicationKind::First)),
            [&checker, story](PublicationKind kind, const QString &note) {
                return checker.check(story, kind, note);
            },
            m_deliveries.destinationsText().join(u'\n'), url, savesFirst, m_desk.window());
    const int answer = dialog.exec();
    if (answer == PublishDialog::GoToFinding && dialog.chosenFinding()) {
        m_editor->focusField(dialog.chosenFinding()->field, dialog.chosenFinding()->position,
                             dialog.chosenFinding()->length);
        return false;
    }
    if (answer != QDialog::Accepted)
        return false;
    // The dialog ran an event loop: the scheduler may have put another
    // document in the editor meanwhile. Go on only with the one asked about.
    document = m_documents.document();
    if (!document || document->id() != story.id()) {
        m_desk.showStatus(
                tr("“%1” changed while you were asked; publish it again.").arg(story.headline()));
        return false;
    }
    if ((document->isNew() || document->isModified()) && !m_documents.saveStory())
        return false;
    // Links readers follow need the site's web address: asked for before the first publication.
    if (!m_deliveries.askForSiteAddresses()) {
        m_desk.showStatus(tr("Not published: the site's web address is needed first."), 10'000);
        return false;
    }
    // A destination without its password cannot take the publication; asked once a session.
    m_deliveries.fillSecrets();

    const PublishRequest request{
            document->id(), dialog.kind(), dialog.note(), document->story().version(), {}};
    // The settings as they are now: the address just asked for is among them.
    const PublishingSetup setup{m_desk.publishSettings(), m_desk.houseStyle(),
                                m_deliveries.secretLookup()};
    m_busy = true;
    updateActions();
    m_desk.showStatus(tr("Publishing…"), 0);
    std::optional<Result<Publication>> publication;
    {
        // Only the library's transaction is waited for: the outbox worker delivers.
        const BusyCursor busy;
        publication = runOnLibraryAndWait<Publication>(
                m_desk.libraryConnection(),
                [setup, request](StoryStore &store) -> Result<Publication> {
                    const auto destinations =
                            DestinationSet::load(store, setup.settings, setup.secrets);
                    if (!destinations)
                        return destinations.error();
                    PublishService service(store, setup.style, destinations->active(), {},
                                           setup.settings.site().timeZone);
                    service.setDeliverNow(false);
                    return service.publish(request);
                });
    }
    m_busy = false;
    if (!*publication) {
        m_desk.showStatus(QString());
        QMessageBox::critical(m_desk.window(), tr("Story Not Published"),
                              tr("%1\n\nThe story is saved in the library; publish it again once "
                                 "this is sorted out.")
                                      .arg(publication->errorMessage()));
        updateActions();
        return false;
    }
    const Publication &published = **publication;
    // The publication saved a new version (status, times, notes): edit that
    // one from now on, unless something was typed meanwhile.
    StoryDocument *open = m_documents.document();
    const bool typedMeanwhile = open && open->id() == published.story.id() && open->isModified();
    if (open && open->id() == published.story.id() && !open->isModified())
        m_documents.takeStored(published.story);
    Q_EMIT m_desk.storyChanged(published.story.id());
    updateActions();
    const QString where = tr("%Ln destinations", nullptr, int(published.outcomes.size()));
    QString said;
    if (published.unchanged)
        said = tr("Version %1 is already what readers have; bringing %2 up to date…")
                       .arg(published.story.version())
                       .arg(where);
    else if (published.kind == PublicationKind::Withdraw)
        said = tr("Withdrawn as version %1; delivering to %2…")
                       .arg(published.story.version())
                       .arg(where);
    else
        said = tr("Published version %1; delivering to %2…")
                       .arg(published.story.version())
                       .arg(where);
    if (typedMeanwhile)
        said += u' ' +
                tr("Your newer changes are still open. Save them to see whether they conflict.");
    m_desk.showStatus(said, 0);
    m_deliveries.wake();
    return true;
}

void PublishController::deliverAgain()
{
    m_deliveries.deliverAgain([this](const Result<int> &due) {
        if (!due) {
            QMessageBox::critical(m_desk.window(), tr("Not Delivered"), due.errorMessage());
            return;
        }
        m_desk.showStatus(*due == 0 ? tr("Nothing is waiting to be delivered.")
                                    : tr("Delivering %Ln publications again…", nullptr, int(*due)));
    });
}

void PublishController::editSettings()
{
    PublishSettingsDialog dialog(m_desk.publishSettings(), m_desk.window());
    if (dialog.exec() == QDialog::Accepted && m_desk.setPublishSettings(dialog.settings())) {
        m_desk.showStatus(tr("Stories publish to %1.")
                                  .arg(QDir::toNativeSeparators(dialog.settings().folder)));
    }
}

} // namespace Copydesk
