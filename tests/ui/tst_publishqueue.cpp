// SPDX-License-Identifier: MIT
// Publishing from the window through the outbox: the window records the
// publication and returns at once, the outbox worker delivers on its own
// thread, and the Publish Queue shows where each delivery stands, with
// Retry Now and Cancel. Also Publishing → Destinations….
#include "deliverycontroller.h"
#include "deliveryqueuemodel.h"
#include "destinationeditdialog.h"
#include "destinationsdialog.h"
#include "mainwindow.h"
#include "publish/outboxworker.h"
#include "publishdialog.h"
#include "publishqueuepanel.h"
#include "scheduledialog.h"
#include "store/library.h"
#include "store/samplestory.h"
#include "storyeditor.h"
#include "support/testing.h"
#include "ui/modaldialogs.h"
#include "ui/testwindow.h"
#include "zonedtimeedit.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString secretVariable = u"COPYDESK_TEST_QUEUE_SECRET"_s;

/// A loopback port where nothing listens: taken from the system and given back.
quint16 closedPort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

DestinationConfig folderDestination(const QString &name, const QString &folder)
{
    DestinationConfig config;
    config.name = name;
    config.kind = DestinationKind::Folder;
    config.target = folder;
    config.baseUrl = QUrl(u"https://news.example/"_s);
    return config;
}

DestinationConfig pushDestination(const QString &name, quint16 port, int timeoutSeconds = 30)
{
    DestinationConfig config;
    config.name = name;
    config.kind = DestinationKind::Push;
    config.target = u"http://127.0.0.1:%1/push"_s.arg(port);
    config.secretEnv = secretVariable;
    config.timeoutSeconds = timeoutSeconds;
    config.baseUrl = QUrl(u"https://news.example/"_s);
    return config;
}

DestinationConfig wordPressDestination(const QString &name, quint16 port)
{
    DestinationConfig config;
    config.name = name;
    config.kind = DestinationKind::WordPress;
    config.target = u"http://127.0.0.1:%1/"_s.arg(port);
    config.user = u"editor"_s;
    config.secretEnv = secretVariable;
    return config;
}

/// Retries an hour apart: whatever is tried again sooner was asked for.
OutboxPolicy hourlyRetries()
{
    OutboxPolicy policy;
    policy.firstRetryMs = 3'600'000;
    policy.maxRetryMs = 3'600'000;
    return policy;
}

/// Clicks Publish in the next publish dialog; where it said the story goes to *where.
void answerPublish(QString *where)
{
    answerNextDialog<PublishDialog>([where](PublishDialog *dialog) {
        *where = dialog->findChild<QLabel *>(u"publishFolder"_s)->text();
        dialog->publishButton()->click();
    });
}

} // namespace

class TestPublishQueue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_libraries = 0;

    /// A window on a new library with the sample story and these destinations.
    std::unique_ptr<MainWindow> openWindow(const QList<DestinationConfig> &destinations)
    {
        const QString path = m_dir.filePath(u"queue%1.sqlite"_s.arg(++m_libraries));
        {
            auto opened = Library::open(path);
            if (!opened || !installSampleStory(*opened->store))
                return {};
            for (const DestinationConfig &config : destinations) {
                if (!opened->store->saveDestination(config))
                    return {};
            }
        }
        return openTestWindow(path);
    }

    /// The row of story's delivery to the destination called name; -1 when not listed.
    static int rowOf(const DeliveryQueueModel &model, const QUuid &story, const QString &name)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const Delivery &delivery = model.deliveries().at(row);
            if (delivery.storyId == story && model.destinationName(delivery.destination) == name)
                return row;
        }
        return -1;
    }

    static std::optional<DeliveryState> stateOf(const DeliveryQueueModel &model, const QUuid &story,
                                                const QString &name)
    {
        const int row = rowOf(model, story, name);
        if (row < 0)
            return std::nullopt;
        return model.deliveries().at(row).state;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(u"settings"_s));
        qputenv(secretVariable.toLocal8Bit().constData(), "queue-secret-5d41402a");
    }

    void publishingGoesThroughTheOutbox()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        const QString site = m_dir.filePath(u"site"_s);
        auto window = openWindow(
                {folderDestination(u"website"_s, site), pushDestination(u"partner"_s, port)});
        QVERIFY(window);
        window->deliveries()->worker()->setPolicy(hourlyRetries());
        PublishQueuePanel *panel = window->queuePanel();
        DeliveryQueueModel *model = panel->model();
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     window.get());
        window->action(u"focus.queue"_s)->trigger();
        QTRY_VERIFY(panel->isVisible());
        QCOMPARE(panel->summary()->text(), u"Nothing was ever delivered."_s);

        QSignalSpy finished(window->deliveries()->worker(), &OutboxWorker::deliveryFinished);
        const QUuid id = window->document()->id();
        const QString slug = window->document()->story().effectiveSlug();
        QString where;
        answerPublish(&where);
        QVERIFY(window->publishStory());
        QVERIFY2(where.contains(u"website"_s) && where.contains(u"partner"_s), qPrintable(where));
        const QString said = window->statusBar()->currentMessage();
        QVERIFY2(said.contains(u"delivering to 2 destinations"_s), qPrintable(said));

        // The folder's delivery arrives; the endpoint's waits for its next try.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(site + u'/' + slug + u".html"_s), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QTRY_COMPARE(stateOf(*model, id, u"website"_s), DeliveryState::Delivered);
        QTRY_COMPARE(stateOf(*model, id, u"partner"_s), DeliveryState::Retrying);
        const int pushRow = rowOf(*model, id, u"partner"_s);
        const Delivery push = model->deliveries().at(pushRow);
        QCOMPARE(push.attempts, 1);
        QVERIFY2(push.message.contains(u"refused the connection"_s), qPrintable(push.message));
        const auto cell = [model](int row, int column, int role = Qt::DisplayRole) {
            return model->index(row, column).data(role);
        };
        QCOMPARE(cell(pushRow, DeliveryQueueModel::StoryColumn).toString(), slug);
        QCOMPARE(cell(pushRow, DeliveryQueueModel::StateColumn).toString(), u"Retrying"_s);
        QCOMPARE(cell(pushRow, DeliveryQueueModel::AttemptsColumn).toInt(), 1);
        QVERIFY(cell(pushRow, DeliveryQueueModel::ErrorColumn)
                        .toString()
                        .contains(u"refused the connection"_s));
        QCOMPARE(cell(pushRow, DeliveryQueueModel::ErrorColumn, Qt::ToolTipRole).toString(),
                 push.message);
        QVERIFY(!cell(pushRow, DeliveryQueueModel::NextTryColumn).toString().isEmpty());
        QVERIFY(cell(rowOf(*model, id, u"website"_s), DeliveryQueueModel::NextTryColumn)
                        .toString()
                        .isEmpty());
        QVERIFY2(panel->summary()->text().contains(u"1 waiting"_s),
                 qPrintable(panel->summary()->text()));

        // Nothing to do with what arrived; both with what waits.
        QVERIFY(panel->selectDelivery(model->deliveries().at(rowOf(*model, id, u"website"_s)).id));
        QVERIFY(!panel->retryButton()->isEnabled());
        QVERIFY(!panel->cancelButton()->isEnabled());
        // A click, as a person would: the row becomes current before it is selected.
        const QRect pushCell = panel->view()->visualRect(
                model->index(rowOf(*model, id, u"partner"_s), DeliveryQueueModel::StateColumn));
        QVERIFY(panel->view()->viewport()->rect().contains(pushCell.center()));
        QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, pushCell.center());
        QCOMPARE(panel->currentDelivery()->id, push.id);
        QVERIFY(panel->retryButton()->isEnabled());
        QVERIFY(panel->cancelButton()->isEnabled());
        QVERIFY(window->action(u"queue.retry"_s)->isEnabled());

        // Retry Now makes it due at once, and the worker tries it again.
        panel->retryButton()->click();
        const auto retried = window->store()->delivery(push.id);
        QVERIFY(retried.ok());
        QVERIFY(!retried->nextAttemptAt.isValid() || retried->attempts > push.attempts);
        QTRY_COMPARE_WITH_TIMEOUT(window->store()->delivery(push.id)->attempts, 2, 10000);
        QTRY_COMPARE(window->store()->delivery(push.id)->state, DeliveryState::Retrying);
        QTRY_COMPARE(
                cell(rowOf(*model, id, u"partner"_s), DeliveryQueueModel::AttemptsColumn).toInt(),
                2);

        // Cancel, from the queue's action: the row stays, cancelled, and can be retried.
        QTRY_VERIFY(window->action(u"queue.cancel"_s)->isEnabled());
        window->action(u"queue.cancel"_s)->trigger();
        QCOMPARE(window->store()->delivery(push.id)->state, DeliveryState::Cancelled);
        QTRY_COMPARE(stateOf(*model, id, u"partner"_s), DeliveryState::Cancelled);
        QVERIFY(panel->retryButton()->isEnabled());
        QVERIFY(!panel->cancelButton()->isEnabled());

        // Only what waits or failed: the delivered and the cancelled rows go.
        panel->attentionFilter()->setChecked(true);
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(panel->summary()->text(), u"Nothing is waiting or failed."_s);
        panel->attentionFilter()->setChecked(false);
        QCOMPARE(model->rowCount(), 2);
    }

    void aHangingEndpointNeverHoldsUpTheWindow()
    {
        // Takes the connection and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        auto window = openWindow({pushDestination(u"slow"_s, silent.serverPort(), 600)});
        QVERIFY(window);
        const QUuid id = window->document()->id();
        QString where;
        answerPublish(&where);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(window->publishStory());
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        const auto rows = window->store()->deliveries(id, 1);
        QVERIFY(rows.ok() && rows->size() == 1);
        const qint64 row = rows->constFirst().id;
        QTRY_COMPARE_WITH_TIMEOUT(window->store()->delivery(row)->state, DeliveryState::Sending,
                                  10000);
        // The editor takes keys while the worker waits on the server.
        QLineEdit *byline = window->editor()->bylineEdit();
        byline->setFocus();
        QTest::keyClicks(byline, u"Night Desk"_s);
        QVERIFY2(byline->text().contains(u"Night Desk"_s), qPrintable(byline->text()));
        window->document()->undoStack()->setClean();

        // Closing waits a few seconds at most, and the attempt is recorded to be made again.
        clock.restart();
        const QString library = window->store()->location();
        window.reset();
        QVERIFY2(clock.elapsed() < OutboxWorker::stopGraceMs + 4000,
                 qPrintable(QString::number(clock.elapsed())));
        auto reopened = Library::open(library);
        QVERIFY(reopened.ok());
        const auto after = reopened->store->delivery(row);
        QVERIFY(after.ok());
        QCOMPARE(after->state, DeliveryState::Retrying);
        QVERIFY2(after->message.contains(u"cut short"_s), qPrintable(after->message));
    }

    void schedulingSendsAWordPressSiteTheStoryAtOnce()
    {
        // A WordPress site takes a scheduled story as a future post: the
        // window records its delivery and the outbox worker tries it at once.
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        auto window = openWindow({wordPressDestination(u"blog"_s, port)});
        QVERIFY(window);
        window->deliveries()->worker()->setPolicy(hourlyRetries());
        const QUuid id = window->document()->id();
        const QString key = wordPressDestination(u"blog"_s, port).key();
        const auto rowsFor = [&window, id, &key] {
            DeliveryQuery query;
            query.limit = 100;
            QList<Delivery> found;
            const auto rows = window->store()->deliveryQueue(query);
            for (const Delivery &row : rows ? *rows : QList<Delivery>()) {
                if (row.storyId == id && row.destination == key)
                    found.append(row);
            }
            return found;
        };
        QVERIFY(rowsFor().isEmpty());

        bool seen = false;
        answerNextDialog<ScheduleDialog>(
                [](ScheduleDialog *dialog) {
                    dialog->timeEdit()->dateEdit()->setDate(
                            dialog->timeEdit()->dateEdit()->date().addDays(2));
                    dialog->timeEdit()->timeEdit()->setTime(QTime(6, 0));
                    dialog->scheduleButton()->click();
                },
                &seen);
        window->action(u"schedule"_s)->trigger();
        QVERIFY(seen);
        QCOMPARE(window->document()->story().status(), StoryStatus::Scheduled);
        QCOMPARE(rowsFor().size(), 1);
        // Woken, the worker tries it long before its hourly look (the claim
        // counts the attempt while it is sending; its end records the retry).
        QTRY_VERIFY_WITH_TIMEOUT(!rowsFor().isEmpty() &&
                                         rowsFor().constFirst().state == DeliveryState::Retrying,
                                 10000);
        QCOMPARE(rowsFor().constFirst().attempts, 1);

        // Back to the drafts: the site, which may have the post, is told too.
        window->action(u"unschedule"_s)->trigger();
        QCOMPARE(window->document()->story().status(), StoryStatus::Draft);
        QVERIFY(rowsFor().size() >= 1);
    }

    void destinationsDialogAddsAPushDestination()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        auto window = openWindow({});
        QVERIFY(window);
        const QString notPem = m_dir.filePath(u"not-a-certificate.pem"_s);
        QVERIFY(writeFile(notPem, "not a certificate\n"));

        bool seen = false;
        bool editSeen = false;
        bool okWhenPlainHttp = true;
        QString plainHttpProblem;
        bool okWhenNotPem = true;
        QString notPemProblem;
        bool okAtEnd = false;
        int listed = 0;
        bool busyShown = false;
        bool answered = false;
        QString answer;
        answerNextDialog<DestinationsDialog>(
                [&](DestinationsDialog *dialog) {
                    answerNextDialog<DestinationEditDialog>(
                            [&](DestinationEditDialog *edit) {
                                edit->nameEdit()->setText(u"partner"_s);
                                edit->kindBox()->setCurrentIndex(
                                        edit->kindBox()->findData(int(DestinationKind::Push)));
                                edit->fromEnvironmentCheck()->setChecked(true);
                                edit->environmentEdit()->setText(secretVariable);
                                edit->targetEdit()->setText(u"http://news.example/push"_s);
                                okWhenPlainHttp = edit->okButton()->isEnabled();
                                plainHttpProblem = edit->problemLabel()->text();
                                edit->targetEdit()->setText(
                                        u"http://127.0.0.1:%1/push"_s.arg(port));
                                edit->caFileEdit()->setText(notPem);
                                okWhenNotPem = edit->okButton()->isEnabled();
                                notPemProblem = edit->problem();
                                edit->caFileEdit()->clear();
                                okAtEnd = edit->okButton()->isEnabled();
                                edit->okButton()->click();
                                if (edit->isVisible())
                                    edit->reject();
                            },
                            &editSeen);
                    dialog->addButton()->click();
                    listed = dialog->list()->topLevelItemCount();
                    // Asked off the window's thread; nothing listens there.
                    QSignalSpy tested(dialog, &DestinationsDialog::testFinished);
                    if (dialog->selectDestination(u"partner"_s)) {
                        dialog->testButton()->click();
                        busyShown = dialog->busyBar()->isVisibleTo(dialog);
                        answered = tested.wait(15000);
                        answer = dialog->answerLabel()->text();
                    }
                    dialog->reject();
                },
                &seen);
        window->action(u"destinations"_s)->trigger();
        QVERIFY(seen);
        QVERIFY(editSeen);
        QVERIFY(!okWhenPlainHttp);
        QVERIFY2(plainHttpProblem.contains(u"https://"_s), qPrintable(plainHttpProblem));
        QVERIFY(!okWhenNotPem);
        QVERIFY2(notPemProblem.contains(u"PEM"_s), qPrintable(notPemProblem));
        QVERIFY(okAtEnd);
        QCOMPARE(listed, 1);

        const auto kept = window->store()->destinations();
        QVERIFY(kept.ok());
        QCOMPARE(kept->size(), 1);
        const DestinationConfig &partner = kept->constFirst();
        QCOMPARE(partner.name, u"partner"_s);
        QCOMPARE(partner.kind, DestinationKind::Push);
        QCOMPARE(partner.target, u"http://127.0.0.1:%1/push"_s.arg(port));
        QCOMPARE(partner.secretEnv, secretVariable);
        QVERIFY(partner.caFile.isEmpty());
        QVERIFY(partner.enabled);

        QVERIFY(busyShown);
        QVERIFY(answered);
        QVERIFY2(answer.contains(u"refused"_s), qPrintable(answer));
    }

    void destinationsDialogAddsAWordPressSite()
    {
        auto window = openWindow({});
        QVERIFY(window);
        bool seen = false;
        bool editSeen = false;
        bool userShownForFolder = true;
        bool userShown = false;
        bool secretShown = false;
        bool assetsShown = true;
        bool hubShown = true;
        bool caShown = false;
        QString userLabel;
        QString secretLabel;
        QString secretTip;
        QString targetPlaceholder;
        QString missingUser;
        bool okAtEnd = false;
        QString listedKind;
        answerNextDialog<DestinationsDialog>(
                [&](DestinationsDialog *dialog) {
                    answerNextDialog<DestinationEditDialog>(
                            [&](DestinationEditDialog *edit) {
                                userShownForFolder = edit->isRowShown(edit->userEdit());
                                edit->nameEdit()->setText(u"newsroom-wp"_s);
                                edit->kindBox()->setCurrentIndex(
                                        edit->kindBox()->findData(int(DestinationKind::WordPress)));
                                userShown = edit->isRowShown(edit->userEdit()) &&
                                        edit->userEdit()->isVisibleTo(edit);
                                secretShown = edit->secretEdit()->isVisibleTo(edit);
                                assetsShown = edit->isRowShown(edit->assetsUrlEdit());
                                hubShown = edit->isRowShown(edit->hubUrlEdit());
                                caShown = edit->caFileEdit()->isVisibleTo(edit);
                                userLabel = edit->userLabel()->text();
                                secretLabel = edit->secretLabel()->text();
                                secretTip = edit->secretEdit()->toolTip();
                                targetPlaceholder = edit->targetEdit()->placeholderText();
                                edit->targetEdit()->setText(u"https://news.example/"_s);
                                edit->fromEnvironmentCheck()->setChecked(true);
                                edit->environmentEdit()->setText(secretVariable);
                                missingUser = edit->problem();
                                edit->userEdit()->setText(u"editor"_s);
                                okAtEnd = edit->okButton()->isEnabled();
                                if (const QString folder =
                                            qEnvironmentVariable("COPYDESK_SCREENSHOT_DIR");
                                    !folder.isEmpty())
                                    edit->grab().save(folder + u"/destination-wordpress.png"_s);
                                edit->okButton()->click();
                                if (edit->isVisible())
                                    edit->reject();
                            },
                            &editSeen);
                    dialog->addButton()->click();
                    if (dialog->selectDestination(u"newsroom-wp"_s))
                        listedKind = dialog->list()->currentItem()->text(1);
                    dialog->reject();
                },
                &seen);
        window->action(u"destinations"_s)->trigger();
        QVERIFY(seen);
        QVERIFY(editSeen);
        QVERIFY(!userShownForFolder);
        QVERIFY(userShown);
        QVERIFY(secretShown);
        QVERIFY(!assetsShown);
        QVERIFY(!hubShown);
        QVERIFY(caShown);
        QCOMPARE(userLabel, u"WordPress &user:"_s);
        QCOMPARE(secretLabel, u"Application &password:"_s);
        QVERIFY2(secretTip.contains(u"Application Passwords"_s), qPrintable(secretTip));
        QVERIFY2(targetPlaceholder.startsWith(u"https://"_s), qPrintable(targetPlaceholder));
        QVERIFY2(missingUser.contains(u"user name"_s), qPrintable(missingUser));
        QVERIFY(okAtEnd);
        QCOMPARE(listedKind, u"WordPress site"_s);

        const auto kept = window->store()->destinations();
        QVERIFY(kept.ok());
        QCOMPARE(kept->size(), 1);
        const DestinationConfig &site = kept->constFirst();
        QCOMPARE(site.name, u"newsroom-wp"_s);
        QCOMPARE(site.kind, DestinationKind::WordPress);
        QCOMPARE(site.target, u"https://news.example/"_s);
        QCOMPARE(site.user, u"editor"_s);
        QCOMPARE(site.secretEnv, secretVariable);
        QVERIFY(site.assetsUrl.isEmpty());
        QVERIFY(site.hubUrl.isEmpty());
    }

    void destinationsDialogRemovesAfterAsking()
    {
        auto window = openWindow({folderDestination(u"website"_s, m_dir.filePath(u"gone"_s))});
        QVERIFY(window);
        bool seen = false;
        QString question;
        bool disabled = false;
        answerNextDialog<DestinationsDialog>(
                [&](DestinationsDialog *dialog) {
                    // Disable, then remove after saying yes.
                    QVERIFY(dialog->selectDestination(u"website"_s));
                    dialog->enableButton()->click();
                    disabled =
                            dialog->currentDestination() && !dialog->currentDestination()->enabled;
                    answerNextMessageBox(QMessageBox::Yes, &question);
                    dialog->removeButton()->click();
                    dialog->reject();
                },
                &seen);
        window->action(u"destinations"_s)->trigger();
        QVERIFY(seen);
        QVERIFY(disabled);
        QVERIFY2(question.contains(u"website"_s), qPrintable(question));
        QVERIFY(window->store()->destinations()->isEmpty());
    }
};

QTEST_MAIN(TestPublishQueue)
#include "tst_publishqueue.moc"
