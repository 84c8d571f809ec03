// SPDX-License-Identifier: MIT
// Publishing from the window: the dialog, the house-style block, the folder, the settings.
#include "bodyeditor.h"
#include "desk.h"
#include "librarypanel.h"
#include "librarywatcher.h"
#include "mainwindow.h"
#include "outputpane.h"
#include "publishdialog.h"
#include "publishsettingsdialog.h"
#include "siteaddressdialog.h"
#include "store/library.h"
#include "store/samplestory.h"
#include "story/storydocument.h"
#include "storyeditor.h"
#include "storylistmodel.h"
#include "ui/modaldialogs.h"
#include "ui/testwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimeZone>
#include <QUndoStack>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

/// What the publish dialog showed, read while it was open.
struct DialogView
{
    bool seen = false;
    bool publishEnabled = false;
    bool blockedShown = false;
    QString blocked;
    bool saveNoticeShown = false;
    QString saveNotice;
    QString folder;
    QString url;
    QStringList findings;
};

/// Reads the next publish dialog, then clicks Publish (if enabled and wanted) or Cancel.
void answerPublishDialog(DialogView *view, bool publish)
{
    answerNextDialog<PublishDialog>([view, publish](PublishDialog *dialog) {
        view->seen = true;
        view->publishEnabled = dialog->publishButton()->isEnabled();
        view->blockedShown = dialog->blockedLabel()->isVisibleTo(dialog);
        view->blocked = dialog->blockedLabel()->text();
        view->saveNoticeShown = dialog->saveNotice()->isVisibleTo(dialog);
        view->saveNotice = dialog->saveNotice()->text();
        view->folder = dialog->findChild<QLabel *>(u"publishFolder"_s)->text();
        view->url = dialog->findChild<QLabel *>(u"publishUrl"_s)->text();
        for (int i = 0; i < dialog->findingsView()->count(); ++i)
            view->findings.append(dialog->findingsView()->item(i)->text());
        if (publish && view->publishEnabled)
            dialog->publishButton()->click();
        else
            dialog->reject();
    });
}

/// Deletes the whole body as an edit, the way select-all and Delete would.
void clearBody(MainWindow &window)
{
    QTextCursor cursor(window.document()->bodyDocument());
    cursor.select(QTextCursor::Document);
    cursor.removeSelectedText();
}

} // namespace

class TestPublishUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_libraries = 0;

    std::unique_ptr<MainWindow> openWindow()
    {
        return Testing::openTestWindow(m_dir.filePath(u"desk%1.sqlite"_s.arg(++m_libraries)),
                                       Testing::WithSample::Yes);
    }

    /// The publishing settings as the window's library keeps them.
    static PublishSettings kept(MainWindow &window)
    {
        return PublishSettings::read(*window.store(), QSettings()).value();
    }

    /// Points publishing at a fresh folder of the test's own, served at address.
    QString useFolder(MainWindow &window, const QString &name,
                      const QString &address = u"https://news.example/desk/"_s)
    {
        PublishSettings settings = kept(window);
        settings.folder = m_dir.filePath(name);
        settings.baseUrl = address;
        window.setPublishSettings(settings);
        return settings.folder;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(u"settings"_s));
    }

    void houseStyleErrorBlocks()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString folder = useFolder(*window, u"blocked"_s);
        QAction *publish = window->action(u"publish"_s);
        QVERIFY(publish->isEnabled());
        QCOMPARE(publish->shortcut(), QKeySequence(u"Ctrl+Shift+P"_s));

        // An empty body is a house-style error.
        clearBody(*window);
        DialogView view;
        answerPublishDialog(&view, true);
        QVERIFY(!window->publishStory());
        QVERIFY(view.seen);
        QVERIFY(!view.publishEnabled);
        QVERIFY(view.blockedShown);
        QVERIFY2(view.blocked.contains(u"blocked"_s), qPrintable(view.blocked));
        QVERIFY2(view.findings.join(u'\n').contains(u"Error: "_s),
                 qPrintable(view.findings.join(u'\n')));
        QVERIFY(view.saveNoticeShown);
        // Nothing was saved or written.
        QVERIFY(window->document()->isModified());
        QVERIFY(!QFileInfo::exists(folder));
        window->document()->undoStack()->setClean();
    }

    void publishAGoodStory()
    {
        auto window = openWindow();
        QVERIFY(window);
        // No web address yet: the dialog flags it and the first publication asks for it.
        const QString folder = useFolder(*window, u"site"_s, QString());
        const QString slug = window->document()->story().effectiveSlug();
        QVERIFY(!slug.isEmpty());

        // An unsaved edit: published as edited, saved first.
        QLineEdit *byline = window->editor()->bylineEdit();
        byline->setFocus();
        byline->selectAll();
        QTest::keyClicks(byline, u"Desk Editor"_s);
        QVERIFY(window->document()->isModified());

        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        DialogView view;
        answerPublishDialog(&view, true);
        bool askedForAddress = false;
        bool okWithoutScheme = true;
        answerNextDialog<SiteAddressDialog>(
                [&okWithoutScheme](SiteAddressDialog *dialog) {
                    QPushButton *ok =
                            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
                    QTest::keyClicks(dialog->addressEdit(), u"news.example/desk"_s);
                    okWithoutScheme = ok->isEnabled();
                    dialog->addressEdit()->setText(u"https://news.example/desk"_s);
                    ok->click();
                    if (dialog->isVisible())
                        dialog->reject();
                },
                &askedForAddress);
        QTest::keyClick(window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(view.seen);
        QTRY_VERIFY(askedForAddress);
        QVERIFY(!okWithoutScheme);
        QCOMPARE(kept(*window).baseUrl, u"https://news.example/desk/"_s);
        QVERIFY(view.publishEnabled);
        QVERIFY(view.saveNoticeShown);
        QCOMPARE(view.saveNotice, u"Publishing saves your changes first."_s);
        // Where it goes, flagged: a folder with no web address gives readers file:// links.
        QVERIFY2(view.folder.startsWith(QDir::toNativeSeparators(folder) + u'\n'),
                 qPrintable(view.folder));
        QVERIFY2(view.folder.contains(u"folder on this computer"_s), qPrintable(view.folder));
        QCOMPARE(view.url,
                 QUrl::fromLocalFile(folder + u'/' + slug + u".html"_s).toDisplayString());

        QTRY_VERIFY(QFileInfo::exists(folder + u'/' + slug + u".html"_s));
        for (const QString &name : QStringList{slug + u".json"_s, u"feed.atom"_s, u"feed.json"_s})
            QVERIFY2(QFileInfo::exists(folder + u'/' + name), qPrintable(name));
        QVERIFY(!QDir(folder + u"/photos"_s).isEmpty());
        // Every link readers get starts with the address given, none with file://.
        for (const QString &name : QStringList{slug + u".html"_s, slug + u".json"_s, u"feed.atom"_s,
                                               u"feed.json"_s, u"index.html"_s}) {
            QFile written(folder + u'/' + name);
            QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(name));
            const QByteArray text = written.readAll();
            QVERIFY2(!text.contains("file:"), qPrintable(name));
            QVERIFY2(text.contains("https://news.example/desk/"), qPrintable(name));
        }
        // The window said the publication was recorded; the outbox worker says when it arrived.
        QTRY_VERIFY2(window->statusBar()->currentMessage().contains(
                             u"Delivered version %1 of “%2” to the folder %3."_s.arg(
                                     QString::number(window->document()->story().version()), slug,
                                     QDir::toNativeSeparators(folder))),
                     qPrintable(window->statusBar()->currentMessage()));

        // The editor holds the stored story: published, clean, same version as the library.
        StoryDocument *document = window->document();
        QVERIFY(!document->isModified());
        QCOMPARE(document->story().status(), StoryStatus::Published);
        QVERIFY(document->story().firstPublishedAt().isValid());
        QCOMPARE(document->story().byline(), u"Desk Editor"_s);
        const auto stored = window->store()->loadStory(document->id());
        QVERIFY(stored.ok());
        QCOMPARE(document->story().version(), stored->version());
        QCOMPARE(stored->status(), StoryStatus::Published);
        QCOMPARE(stored->byline(), u"Desk Editor"_s);
        const QList<StorySummary> listed = window->library()->model()->stories();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.constFirst().status, StoryStatus::Published);
        QCOMPARE(window->editor()->bylineEdit()->text(), u"Desk Editor"_s);

        // Again, unchanged: no save notice, and the dialog says it is already published.
        DialogView again;
        answerPublishDialog(&again, true);
        QVERIFY(window->publishStory());
        QVERIFY(!again.saveNoticeShown);
        QCOMPARE(window->document()->story().version(), stored->version());
    }

    void noAddressNoPublication()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString folder = useFolder(*window, u"unaddressed"_s, QString());
        DialogView view;
        answerPublishDialog(&view, true);
        bool asked = false;
        answerNextDialog<SiteAddressDialog>([](SiteAddressDialog *dialog) { dialog->reject(); },
                                            &asked);
        QVERIFY(!window->publishStory());
        QVERIFY(view.seen);
        QVERIFY(asked);
        // Nothing recorded, nothing written, nothing queued; the desk is told why.
        QCOMPARE(window->document()->story().status(), StoryStatus::Draft);
        QVERIFY(!QFileInfo::exists(folder));
        const auto queued = window->store()->deliveries(window->document()->id());
        QVERIFY(queued.ok());
        QVERIFY(queued->isEmpty());
        QVERIFY2(window->statusBar()->currentMessage().contains(u"web address"_s),
                 qPrintable(window->statusBar()->currentMessage()));
        QVERIFY(kept(*window).baseUrl.isEmpty());
    }

    void publisherFailureIsReported()
    {
        auto window = openWindow();
        QVERIFY(window);
        // A file where the folder should be: the publisher cannot write into it.
        const QString blocker = m_dir.filePath(u"not-a-folder"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        PublishSettings settings = kept(*window);
        settings.folder = blocker;
        settings.baseUrl = u"https://news.example/desk/"_s;
        window->setPublishSettings(settings);

        DialogView view;
        answerPublishDialog(&view, true);
        QString message;
        // Waits out the publish dialog and answers the error box that follows it.
        answerNextMessageBox(QMessageBox::Ok, &message);
        QVERIFY(!window->publishStory());
        QVERIFY(view.seen);
        QVERIFY2(!message.isEmpty(), "no message box said why");
        QVERIFY(message.contains(u"publish it again"_s));
    }

    void findingInTheDialogGoesToItsField()
    {
        auto window = openWindow();
        QVERIFY(window);
        useFolder(*window, u"goto"_s);
        clearBody(*window);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        bool seen = false;
        answerNextDialog<PublishDialog>(
                [](PublishDialog *dialog) {
                    QListWidget *list = dialog->findingsView();
                    for (int i = 0; i < list->count(); ++i) {
                        if (list->item(i)->text().startsWith(u"Error: "_s)) {
                            list->setCurrentRow(i);
                            Q_EMIT list->itemActivated(list->item(i));
                            return;
                        }
                    }
                    dialog->reject();
                },
                &seen);
        QVERIFY(!window->publishStory());
        QVERIFY(seen);
        // The offscreen platform does not activate the window again once the dialog is gone;
        // the body is the window's focus widget, which takes the keys once it is active.
        QTRY_COMPARE(window->focusWidget(), static_cast<QWidget *>(window->editor()->bodyEditor()));
        window->document()->undoStack()->setClean();
    }

    void settingsDialogSavesAndApplies()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString folder = m_dir.filePath(u"configured"_s);
        bool okWhenBad = true;
        QString problem;
        bool seen = false;
        answerNextDialog<PublishSettingsDialog>(
                [&](PublishSettingsDialog *dialog) {
                    dialog->folderEdit()->setText(folder);
                    dialog->baseUrlEdit()->setText(u"ftp://news.example/"_s);
                    QPushButton *ok =
                            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
                    okWhenBad = ok->isEnabled();
                    problem = dialog->problem();
                    dialog->baseUrlEdit()->setText(u"https://news.example/stories/"_s);
                    dialog->titleEdit()->setText(u"Island News"_s);
                    dialog->feedEntriesBox()->setValue(7);
                    dialog->shortUrlEdit()->setText(u"https://isl.example/s/"_s);
                    dialog->timeZoneBox()->setCurrentIndex(
                            dialog->timeZoneBox()->findData(u"Europe/Malta"_s));
                    dialog->slugScriptBox()->setCurrentIndex(
                            dialog->slugScriptBox()->findData(int(SlugScript::Own)));
                    dialog->sectionsEdit()->setPlainText(u"World\n  Sport \n\nworld\nBusiness"_s);
                    ok->click();
                    // OK disabled by mistake would leave the dialog open and the test hanging.
                    if (dialog->isVisible())
                        dialog->reject();
                },
                &seen);
        window->action(u"publish.settings"_s)->trigger();
        QVERIFY(seen);
        QVERIFY(!okWhenBad);
        QVERIFY(problem.contains(u"site address"_s));

        const PublishSettings saved = kept(*window);
        QCOMPARE(saved.folder, folder);
        QCOMPARE(saved.baseUrl, u"https://news.example/stories/"_s);
        QCOMPARE(saved.siteTitle, u"Island News"_s);
        QCOMPARE(saved.feedEntries, 7);
        QCOMPARE(saved.shortUrlBase, u"https://isl.example/s/"_s);
        QCOMPARE(saved.timeZone, u"Europe/Malta"_s);
        QCOMPARE(saved.slugScript, SlugScript::Own);
        QCOMPARE(saved.sections, (QStringList{u"World"_s, u"Sport"_s, u"Business"_s}));
        // The editor offers them at once.
        QCOMPARE(window->editor()->sectionBox()->count(), 4);
        QCOMPARE(window->editor()->sectionBox()->itemText(2), u"Sport"_s);
        // Slugs are made in the headline's own script from now on, in this window at once.
        const auto restore = qScopeGuard([] { setSlugScript(SlugScript::Latin); });
        QCOMPARE(slugScript(), SlugScript::Own);
        QCOMPARE(slugify(u"Αθήνα"_s), u"αθήνα"_s);
        // The outputs point at the new address at once.
        QCOMPARE(window->outputs()->site().baseUrl, QUrl(u"https://news.example/stories/"_s));
        QCOMPARE(window->outputs()->site().title, u"Island News"_s);
    }

    void settingsAreSharedThroughTheLibrary()
    {
        // Two desks on one library, and a third on a library of its own.
        const QString shared = m_dir.filePath(u"shared.sqlite"_s);
        auto first = Testing::openTestWindow(shared, Testing::WithSample::Yes);
        QVERIFY(first);
        auto second = Testing::openTestWindow(shared);
        QVERIFY(second);
        auto other = openWindow();
        QVERIFY(other);
        const QString otherTitle = kept(*other).siteTitle;

        PublishSettings settings = kept(*first);
        settings.siteTitle = u"Harbour Times"_s;
        settings.timeZone = u"Asia/Tokyo"_s;
        settings.baseUrl = u"https://harbour.example/"_s;
        first->setPublishSettings(settings);

        // The other desk follows within the watcher's second, and says so.
        second->watcher()->check();
        QCOMPARE(second->desk()->publishSettings().siteTitle, u"Harbour Times"_s);
        QCOMPARE(second->outputs()->site().title, u"Harbour Times"_s);
        QCOMPARE(second->outputs()->site().baseUrl, QUrl(u"https://harbour.example/"_s));
        QCOMPARE(second->desk()->newsroomZone(), QTimeZone("Asia/Tokyo"));
        QVERIFY2(second->statusBar()->currentMessage().contains(u"another desk"_s),
                 qPrintable(second->statusBar()->currentMessage()));
        // Kept in that library, not on this computer: the third desk's library is untouched.
        other->watcher()->check();
        QCOMPARE(other->desk()->publishSettings().siteTitle, otherTitle);
        QCOMPARE(kept(*other).siteTitle, otherTitle);
        QVERIFY(!QSettings().contains(u"publishing/siteTitle"_s) ||
                QSettings().value(u"publishing/siteTitle"_s).toString() != u"Harbour Times"_s);
    }
};

QTEST_MAIN(TestPublishUi)
#include "tst_publishui.moc"
