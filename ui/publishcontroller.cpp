// SPDX-License-Identifier: MIT
#include "publishcontroller.h"

#include "actionregistry.h"
#include "backgroundtask.h"
#include "core/counted.h"
#include "desk.h"
#include "documentcontroller.h"
#include "publish/folderdestination.h"
#include "publishdialog.h"
#include "publishsettingsdialog.h"
#include "storyeditor.h"

#include <QAction>
#include <QDir>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// Carries a worker's progress to the progress dialog on the window's thread.
class ProgressRelay : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void stepped(int done, int total, const QString &what);
};

/// What publishing needs from the desk, copied so a worker thread can use it.
struct PublishingSetup
{
    QString folder;
    Site site;
    HouseStyle style;
};

} // namespace

PublishController::PublishController(Desk &desk, DocumentController &documents, StoryEditor *editor,
                                     QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_documents(documents)
    , m_editor(editor)
{
    ActionRegistry &actions = desk.actions();
    QAction *a = actions.add(u"publish"_s, tr("&Publish…"),
                             tr("Check the story and publish it, or an update, correction or "
                                "withdrawal of it, to the destination folder"),
                             u"document-send"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(a, &QAction::triggered, this, [this] { publishStory(); });
    a = actions.add(u"withdraw"_s, tr("&Withdraw Story…"),
                    tr("Take a published story down: a notice with the reason replaces its page "
                       "and it leaves the feeds"),
                    u"dialog-cancel"_s);
    connect(a, &QAction::triggered, this, [this] { publishStory(PublicationKind::Withdraw); });
    a = actions.add(u"deliver"_s, tr("&Deliver Again"),
                    tr("Try again the publications that did not reach the destination folder"));
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
    const PublishingSetup setup{settings.folder, settings.site(), m_desk.houseStyle()};
    const bool savesFirst = document->isNew() || document->isModified();
    const QUrl url = story.effectiveSlug().isEmpty() ? QUrl() : setup.site.storyUrl(story);
    const PublishService checker = serviceFor(m_desk.store());
    const QList<PublicationKind> kinds = PublishService::kindsFor(story.status());
    PublishDialog dialog(
            story, kinds, wanted.value_or(kinds.value(0, PublicationKind::First)),
            [&checker, story](PublicationKind kind, const QString &note) {
                return checker.check(story, kind, note);
            },
            settings.folder, url, savesFirst, m_desk.window());
    const int answer = dialog.exec();
    if (answer == PublishDialog::GoToFinding && dialog.chosenFinding()) {
        m_editor->focusField(dialog.chosenFinding()->field, dialog.chosenFinding()->position);
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

    const PublishRequest request{
            document->id(), dialog.kind(), dialog.note(), document->story().version(), {}};
    m_busy = true;
    updateActions();
    QProgressDialog progress(tr("Publishing “%1”…").arg(m_documents.title()), QString(), 0, 0,
                             m_desk.window());
    progress.setObjectName(u"publishProgress"_s);
    progress.setWindowTitle(publicationKindDisplayName(request.kind));
    progress.setWindowModality(Qt::WindowModal);
    // Shown at once: it keeps typing out of the editor while the story goes out.
    progress.setMinimumDuration(0);
    progress.setValue(0);
    ProgressRelay relay;
    connect(&relay, &ProgressRelay::stepped, &progress,
            [&progress](int done, int total, const QString &what) {
                progress.setMaximum(total);
                progress.setValue(done);
                if (!what.isEmpty())
                    progress.setLabelText(tr("Writing %1…").arg(what));
            });
    m_desk.showStatus(tr("Publishing…"), 0);
    const auto publication = runOnLibraryAndWait<Publication>(
            m_desk.libraryConnection(),
            [setup, request, zone = setup.site.timeZone, sink = &relay](StoryStore &store) {
                FolderDestination destination(setup.folder, setup.site);
                PublishService service(store, setup.style, {&destination}, {}, zone);
                // A signal across threads is queued to the dialog's thread.
                return service.publish(request, [sink](int done, int total, const QString &what) {
                    Q_EMIT sink->stepped(done, total, what);
                });
            });
    progress.reset();
    m_busy = false;
    if (!publication) {
        m_desk.showStatus(QString());
        QMessageBox::critical(m_desk.window(), tr("Story Not Published"),
                              tr("%1\n\nThe story is saved in the library; publish it again once "
                                 "this is sorted out.")
                                      .arg(publication.errorMessage()));
        updateActions();
        return false;
    }
    // The publication saved a new version (status, times, notes): edit that
    // one from now on, unless something was typed meanwhile.
    StoryDocument *open = m_documents.document();
    if (open && open->id() == publication->story.id() && !open->isModified())
        m_documents.takeStored(publication->story);
    else if (open && open->id() == publication->story.id())
        m_desk.showStatus(tr("Published; your newer changes are still open. Save them to see "
                             "whether they conflict."));
    Q_EMIT m_desk.storyChanged(publication->story.id());
    updateActions();
    if (!publication->delivered()) {
        QMessageBox::warning(m_desk.window(), tr("Story Not Delivered"),
                             tr("The library has version %1 as published, but it did not reach "
                                "every destination:\n\n%2\n\nUse File → Deliver Again once this "
                                "is sorted out.")
                                     .arg(publication->story.version())
                                     .arg(publication->failures().join(u'\n')));
        return false;
    }
    const qsizetype written = publication->outcomes.constFirst().report.written.size();
    const QString where = QDir::toNativeSeparators(settings.folder);
    const QString what = publicationKindDisplayName(publication->kind);
    m_desk.showStatus(
            written == 0
                    ? tr("%1 to %2; every file was already up to date.").arg(what, where)
                    : tr("%1 to %2: %3 written.")
                              .arg(what, where, counted(written, tr("1 file"), tr("%L1 files"))),
            10'000);
    return true;
}

bool PublishController::deliverAgain()
{
    if (m_busy)
        return false;
    const PublishSettings settings = m_desk.publishSettings();
    const PublishingSetup setup{settings.folder, settings.site(), m_desk.houseStyle()};
    m_busy = true;
    updateActions();
    m_desk.showStatus(tr("Delivering again…"), 0);
    const auto outcomes = runOnLibraryAndWait<QList<DestinationOutcome>>(
            m_desk.libraryConnection(), [setup](StoryStore &store) {
                FolderDestination destination(setup.folder, setup.site);
                PublishService service(store, setup.style, {&destination}, {}, setup.site.timeZone);
                return service.deliverUnfinished();
            });
    m_busy = false;
    updateActions();
    if (!outcomes) {
        QMessageBox::critical(m_desk.window(), tr("Not Delivered"), outcomes.errorMessage());
        return false;
    }
    QStringList failures;
    for (const DestinationOutcome &outcome : *outcomes) {
        Q_EMIT m_desk.storyChanged(outcome.delivery.storyId);
        if (!outcome.ok())
            failures.append(tr("%1: %2").arg(outcome.delivery.slug, outcome.report.error->message));
    }
    if (!failures.isEmpty()) {
        QMessageBox::warning(m_desk.window(), tr("Not Delivered"), failures.join(u'\n'));
        return false;
    }
    m_desk.showStatus(outcomes->isEmpty()
                              ? tr("Every publication has reached its destination.")
                              : counted(outcomes->size(), tr("Delivered 1 publication again."),
                                        tr("Delivered %L1 publications again.")));
    return true;
}

void PublishController::editSettings()
{
    PublishSettingsDialog dialog(m_desk.publishSettings(), m_desk.window());
    if (dialog.exec() == QDialog::Accepted) {
        m_desk.setPublishSettings(dialog.settings());
        m_desk.showStatus(tr("Stories publish to %1.")
                                  .arg(QDir::toNativeSeparators(dialog.settings().folder)));
    }
}

} // namespace Copydesk

#include "publishcontroller.moc"
