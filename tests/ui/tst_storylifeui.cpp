// SPDX-License-Identifier: MIT
// A story's life in the window: schedule it, publish it, publish a major
// update with a note, look at its history, compare two versions, restore one.
#include "bodyeditor.h"
#include "comparisonview.h"
#include "historycontroller.h"
#include "historypanel.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "publishdialog.h"
#include "schedulecontroller.h"
#include "scheduledialog.h"
#include "schedulepanel.h"
#include "storyeditor.h"
#include "storylistmodel.h"
#include "ui/modaldialogs.h"
#include "ui/testwindow.h"
#include "zonedtimeedit.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QUndoStack>

#include "support/testing.h"

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

/// Appends text to the body as typing at its end would.
void appendToBody(MainWindow &window, const QString &text)
{
    QTextCursor cursor(window.document()->bodyDocument());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

/// Selects these versions in the History panel, as Ctrl-clicks would.
void selectVersions(MainWindow &window, const QList<int> &versions)
{
    window.historyPanel()->selectVersions(versions);
}

} // namespace

class TestStoryLifeUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_libraries = 0;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = openTestWindow(m_dir.filePath(u"life%1.sqlite"_s.arg(++m_libraries)),
                                     WithSample::Yes);
        if (!window)
            return window;
        PublishSettings settings = PublishSettings::load(QSettings());
        settings.folder = m_dir.filePath(u"site%1"_s.arg(m_libraries));
        settings.baseUrl = u"https://news.example/"_s;
        settings.timeZone = u"Europe/London"_s;
        window->setPublishSettings(settings);
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(u"settings"_s));
    }

    void scheduleUpdateHistoryCompareRestore()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString folder = m_dir.filePath(u"site%1"_s.arg(m_libraries));
        const QString originalBody = window->document()->story().body();

        // Schedule for tomorrow 06:00 in the newsroom's zone.
        const QDate tomorrow = QDateTime::currentDateTimeUtc()
                                       .toTimeZone(QTimeZone("Europe/London"))
                                       .date()
                                       .addDays(1);
        bool seen = false;
        QString explanation;
        answerNextDialog<ScheduleDialog>(
                [&](ScheduleDialog *dialog) {
                    dialog->timeEdit()->dateEdit()->setDate(tomorrow);
                    dialog->timeEdit()->timeEdit()->setTime(QTime(6, 0));
                    explanation = dialog->timeEdit()->explanation()->text();
                    dialog->scheduleButton()->click();
                },
                &seen);
        QVERIFY(window->action(u"schedule"_s)->isEnabled());
        window->action(u"schedule"_s)->trigger();
        QVERIFY(seen);
        QVERIFY2(explanation.contains(u"UTC"_s), qPrintable(explanation));
        QCOMPARE(window->document()->story().status(), StoryStatus::Scheduled);
        const QDateTime scheduled = window->document()->story().scheduledFor();
        QCOMPARE(scheduled.toTimeZone(QTimeZone("Europe/London")).time(), QTime(6, 0));
        // The list shows the time and a countdown; the schedule lists it.
        const QModelIndex row = window->library()->model()->index(
                window->library()->model()->rowOf(window->document()->id()),
                StoryListModel::StatusColumn);
        QVERIFY2(row.data().toString().contains(u"due in"_s), qPrintable(row.data().toString()));
        window->schedulePanel()->setDay(tomorrow);
        QCOMPARE(window->schedulePanel()->list()->topLevelItemCount(), 1);
        QVERIFY(window->schedulePanel()->list()->topLevelItem(0)->text(0).startsWith(u"06:00"_s));
        QVERIFY(window->action(u"unschedule"_s)->isEnabled());

        // Publishing it now, by hand, is a first publication.
        bool first = false;
        answerNextDialog<PublishDialog>([&first](PublishDialog *dialog) {
            first = dialog->kind() == PublicationKind::First;
            dialog->publishButton()->click();
        });
        QVERIFY(window->publishStory());
        QVERIFY(first);
        QCOMPARE(window->document()->story().status(), StoryStatus::Published);
        const int firstPublished = window->document()->story().version();
        const QString page =
                folder + u'/' + window->document()->story().effectiveSlug() + u".html"_s;
        // Recorded at once, delivered by the outbox worker on its own thread.
        QTRY_VERIFY(QFileInfo::exists(page));
        QVERIFY(window->action(u"withdraw"_s)->isEnabled());
        QVERIFY(!window->action(u"schedule"_s)->isEnabled());

        // A major update needs its note; the dialog says so until it has one.
        appendToBody(*window, u"\n\nThe harbour master said the work was done early.\n"_s);
        bool blockedWithoutNote = false;
        bool minorFirst = false;
        QString blockedText;
        answerNextDialog<PublishDialog>([&](PublishDialog *dialog) {
            minorFirst = dialog->kind() == PublicationKind::Minor;
            if (QRadioButton *major = dialog->kindButton(PublicationKind::Major)) {
                major->click();
                blockedWithoutNote = !dialog->publishButton()->isEnabled();
                blockedText = dialog->blockedLabel()->text();
                QTest::keyClicks(dialog->noteEdit(), u"Adds the harbour master's comment."_s);
            }
            if (dialog->publishButton()->isEnabled())
                dialog->publishButton()->click();
            else
                dialog->reject();
        });
        QVERIFY(window->publishStory());
        QVERIFY(minorFirst);
        QVERIFY(blockedWithoutNote);
        QVERIFY2(blockedText.contains(u"needs a note"_s), qPrintable(blockedText));
        const Story updated = window->document()->story();
        QCOMPARE(updated.updateNotes().size(), 1);
        QCOMPARE(updated.updateNotes().constFirst().text, u"Adds the harbour master's comment."_s);
        QTRY_VERIFY(fileBytes(page).contains("Adds the harbour master&#39;s comment."));

        // The history lists every version with what made it.
        QTreeWidget *history = window->historyPanel()->list();
        QTRY_VERIFY(history->topLevelItemCount() >= 4);
        QCOMPARE(history->topLevelItem(0)->text(2), revisionKindDisplayName(RevisionKind::Major));
        QCOMPARE(history->topLevelItem(0)->text(4), u"Adds the harbour master's comment."_s);
        QVERIFY(history->topLevelItem(0)->font(0).bold()); // readers have it

        // Compare the first publication with the update, side by side.
        selectVersions(*window, {firstPublished, updated.version()});
        QVERIFY(window->historyPanel()->compareButton()->isEnabled());
        window->historyPanel()->compareButton()->click();
        ComparisonView *view = window->history()->comparison();
        QVERIFY(view);
        QTRY_VERIFY(view->isReady());
        bool bodyChanged = false;
        for (const FieldDiff &field : view->fields()) {
            if (field.key == u"body"_s) {
                bodyChanged = field.changed();
                QVERIFY(std::any_of(field.changes.cbegin(), field.changes.cend(),
                                    [](const TextChange &change) {
                                        return change.kind == TextChange::Kind::Inserted &&
                                                change.text.contains(u"harbour master"_s);
                                    }));
            }
        }
        QVERIFY(bodyChanged);
        const QString html = view->browser()->toHtml();
        QVERIFY2(html.contains(u"harbour master"_s), qPrintable(html.left(2000)));
        QVERIFY(!view->showUnchanged()->isChecked());
        view->close();

        // Restore the first version: a new version with its text, nothing overwritten.
        selectVersions(*window, {1});
        QVERIFY(window->historyPanel()->restoreButton()->isEnabled());
        answerNextMessageBox(QMessageBox::Yes);
        window->historyPanel()->restoreButton()->click();
        QTRY_COMPARE(window->document()->story().body(), originalBody);
        const Story restored = window->document()->story();
        QCOMPARE(restored.version(), updated.version() + 1);
        QCOMPARE(restored.status(), StoryStatus::Published);
        QVERIFY(!window->document()->isModified());
        QTRY_COMPARE(history->topLevelItem(0)->text(2),
                     revisionKindDisplayName(RevisionKind::Restore));
        // The updated version is still there, and still what readers have.
        const auto kept = window->store()->loadRevision(restored.id(), updated.version());
        QVERIFY(kept.ok());
        QCOMPARE(kept->body(), updated.body());
        QVERIFY(fileBytes(page).contains("harbour master said"));
    }

    void doubledAndSkippedTimesAreNeverGuessed()
    {
        auto window = openWindow();
        QVERIFY(window);
        bool checked = false;
        answerNextDialog<ScheduleDialog>([&](ScheduleDialog *dialog) {
            ZonedTimeEdit *edit = dialog->timeEdit();
            // London's clocks go back on 31 October 2027: 01:30 happens twice.
            edit->dateEdit()->setDate(QDate(2027, 10, 31));
            edit->timeEdit()->setTime(QTime(1, 30));
            QVERIFY(edit->choice(0)->isVisible());
            QVERIFY(edit->choice(1)->isVisible());
            QVERIFY(!dialog->scheduleButton()->isEnabled());
            edit->choice(1)->click();
            QVERIFY(dialog->scheduleButton()->isEnabled());
            QCOMPARE(dialog->scheduledFor(),
                     QDateTime(QDate(2027, 10, 31), QTime(1, 30), QTimeZone::utc()));
            // They go forward on 28 March 2027: 01:30 does not exist.
            edit->dateEdit()->setDate(QDate(2027, 3, 28));
            QVERIFY(!dialog->scheduleButton()->isEnabled());
            QVERIFY(dialog->problemLabel()->text().contains(u"does not exist"_s));
            // An embargo after the scheduled time is refused.
            edit->timeEdit()->setTime(QTime(9, 0));
            QVERIFY(dialog->scheduleButton()->isEnabled());
            dialog->embargoCheck()->setChecked(true);
            dialog->embargoEdit()->dateEdit()->setDate(QDate(2027, 3, 28));
            dialog->embargoEdit()->timeEdit()->setTime(QTime(10, 0));
            QVERIFY(!dialog->scheduleButton()->isEnabled());
            dialog->embargoEdit()->timeEdit()->setTime(QTime(8, 0));
            QVERIFY(dialog->scheduleButton()->isEnabled());
            checked = true;
            dialog->reject();
        });
        window->action(u"schedule"_s)->trigger();
        QVERIFY(checked);
        QCOMPARE(window->document()->story().status(), StoryStatus::Draft);
    }

    void schedulerPublishesWhatIsDue()
    {
        auto window = openWindow();
        QVERIFY(window);
        QVERIFY(window->scheduling()->isSchedulerRunning());
        const QUuid id = window->document()->id();
        PublishService service(*window->store(), HouseStyle::defaultStyle(), {}, {},
                               QTimeZone::utc());
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(2);
        QVERIFY(service.schedule(id, soon).ok());
        // Published once its time comes, by this call or by the window's own timer.
        bool dueRunsFailed = false;
        const auto publishedNow = [&] {
            dueRunsFailed = dueRunsFailed || !window->scheduling()->publishDue().ok();
            return window->store()->loadStory(id)->status();
        };
        QTRY_COMPARE_WITH_TIMEOUT(publishedNow(), StoryStatus::Published, 10000);
        QVERIFY(!dueRunsFailed);
        const auto versions = window->store()->revisions(id);
        QVERIFY(versions.ok());
        QCOMPARE(std::count_if(
                         versions->cbegin(), versions->cend(),
                         [](const RevisionInfo &r) { return r.kind == RevisionKind::Publish; }),
                 1);
        // The open story, untouched, follows; the list shows it published.
        QTRY_COMPARE(window->document()->story().status(), StoryStatus::Published);
        const int row = window->library()->model()->rowOf(id);
        QVERIFY(row >= 0);
        QCOMPARE(window->library()->model()->stories().at(row).status, StoryStatus::Published);
        QVERIFY(window->scheduling()->publishDue().value().isEmpty());
    }
};

QTEST_MAIN(TestStoryLifeUi)
#include "tst_storylifeui.moc"
