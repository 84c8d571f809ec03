// SPDX-License-Identifier: MIT
// File → Open from WordPress… without a WordPress: with no site in the
// library the action says how to add one; with sites, the dialog lists the
// library's WordPress sites alone, starts with drafts and scheduled posts,
// and shows a site that does not answer, or a password not given, as a
// message in the dialog. (Importing real posts is the integration test's.)
#include "mainwindow.h"
#include "ui/modaldialogs.h"
#include "ui/testwindow.h"
#include "wordpresscontroller.h"
#include "wordpressopendialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString secretVariable = u"COPYDESK_TEST_WORDPRESS_OPEN_SECRET"_s;

/// A loopback port where nothing listens: taken from the system and given back.
quint16 closedPort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

DestinationConfig wordPressSite(const QString &name, quint16 port, bool fromEnvironment = true)
{
    DestinationConfig config;
    config.name = name;
    config.kind = DestinationKind::WordPress;
    config.target = u"http://127.0.0.1:%1/"_s.arg(port);
    config.user = u"editor"_s;
    if (fromEnvironment)
        config.secretEnv = secretVariable;
    config.timeoutSeconds = 5;
    return config;
}

DestinationConfig folder(const QString &name, const QString &path)
{
    DestinationConfig config;
    config.name = name;
    config.kind = DestinationKind::Folder;
    config.target = path;
    config.baseUrl = QUrl(u"https://news.example/"_s);
    return config;
}

} // namespace

class TestWordPressOpen : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_libraries = 0;

    std::unique_ptr<MainWindow> openWindow(const QList<DestinationConfig> &destinations)
    {
        const QString path = m_dir.filePath(u"wordpress%1.sqlite"_s.arg(++m_libraries));
        {
            auto opened = Library::open(path);
            if (!opened)
                return {};
            for (const DestinationConfig &config : destinations) {
                if (!opened->store->saveDestination(config))
                    return {};
            }
        }
        return openTestWindow(path, WithSample::Yes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(u"settings"_s));
        qputenv(secretVariable.toLocal8Bit().constData(), "application password 1234");
    }

    void theFileMenuOffersIt()
    {
        auto window = openWindow({});
        QVERIFY(window);
        QAction *open = window->action(u"import.wordpress"_s);
        QVERIFY(open);
        QVERIFY(open->isEnabled());
        QCOMPARE(open->text(), u"Open from &WordPress…"_s);
        QVERIFY(!open->statusTip().isEmpty());
        const QList<QAction *> menus = window->menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QVERIFY(menus.constFirst()->menu()->actions().contains(open));
    }

    void withoutASiteItSaysHowToAddOne()
    {
        auto window = openWindow({folder(u"website"_s, m_dir.filePath(u"site"_s))});
        QVERIFY(window);
        bool seen = false;
        QString text;
        QString how;
        bool offersDestinations = false;
        answerNextDialog<QMessageBox>(
                [&](QMessageBox *box) {
                    text = box->text();
                    how = box->informativeText();
                    for (QAbstractButton *button : box->buttons())
                        offersDestinations |= button->text() == u"&Destinations…"_s;
                    box->button(QMessageBox::Close)->click();
                },
                &seen);
        window->action(u"import.wordpress"_s)->trigger();
        QVERIFY(seen);
        QVERIFY2(text.contains(u"no WordPress site"_s), qPrintable(text));
        QVERIFY2(how.contains(u"Destinations"_s) && how.contains(u"WordPress site (REST API)"_s) &&
                         how.contains(u"Application Passwords"_s),
                 qPrintable(how));
        QVERIFY(offersDestinations);
        QVERIFY(!window->wordpress()->dialog());
    }

    void theDialogListsTheLibrarysSites()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        auto window =
                openWindow({folder(u"website"_s, m_dir.filePath(u"site"_s)),
                            wordPressSite(u"blog"_s, port), wordPressSite(u"magazine"_s, port)});
        QVERIFY(window);
        bool seen = false;
        QStringList sites;
        bool drafts = false;
        bool scheduled = false;
        bool published = true;
        QStringList statuses;
        bool importIsDefault = false;
        bool listFocusable = false;
        QStringList unnamed;
        bool busyWhileListing = false;
        bool listed = false;
        QString answer;
        bool importAfterFailure = true;
        QString noStatus;
        bool closedByEscape = false;
        answerNextDialog<WordPressOpenDialog>(
                [&](WordPressOpenDialog *dialog) {
                    for (int i = 0; i < dialog->siteBox()->count(); ++i)
                        sites.append(dialog->siteBox()->itemData(i).toString());
                    drafts = dialog->draftsCheck()->isChecked();
                    scheduled = dialog->scheduledCheck()->isChecked();
                    published = dialog->publishedCheck()->isChecked();
                    statuses = dialog->statuses();
                    importIsDefault = dialog->importButton()->isDefault();
                    listFocusable = dialog->list()->focusPolicy() & Qt::TabFocus;
                    for (QWidget *widget : {static_cast<QWidget *>(dialog->siteBox()),
                                            static_cast<QWidget *>(dialog->list()),
                                            static_cast<QWidget *>(dialog->busyBar()),
                                            static_cast<QWidget *>(dialog->statusLabel())}) {
                        if (widget->accessibleName().isEmpty())
                            unnamed.append(widget->objectName());
                    }
                    // The listing runs on a worker; nothing listens at the site's port.
                    QSignalSpy finished(dialog, &WordPressOpenDialog::listingFinished);
                    listed = QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, 15000);
                    // Asked again, it is busy until the worker answers.
                    dialog->refreshButton()->click();
                    busyWhileListing = dialog->isBusy() && dialog->busyBar()->isVisible() &&
                            !dialog->importButton()->isEnabled();
                    listed = listed && finished.wait(15000);
                    answer = dialog->statusLabel()->text();
                    importAfterFailure = dialog->importButton()->isEnabled();
                    if (const QString shots = qEnvironmentVariable("COPYDESK_SCREENSHOT_DIR");
                        !shots.isEmpty())
                        dialog->grab().save(shots + u"/wordpress-open-refused.png"_s);
                    // With no status ticked there is nothing to ask the site for.
                    dialog->draftsCheck()->setChecked(false);
                    dialog->scheduledCheck()->setChecked(false);
                    noStatus = dialog->statusLabel()->text();
                    dialog->draftsCheck()->setChecked(true);
                    dialog->list()->setFocus();
                    QTest::keyClick(dialog->list(), Qt::Key_Escape);
                    closedByEscape = !dialog->isVisible();
                    if (!closedByEscape)
                        dialog->reject();
                },
                &seen);
        window->action(u"import.wordpress"_s)->trigger();
        QVERIFY(seen);
        QCOMPARE(sites, (QStringList{u"blog"_s, u"magazine"_s}));
        QVERIFY(drafts);
        QVERIFY(scheduled);
        QVERIFY(!published);
        QCOMPARE(statuses, (QStringList{u"draft"_s, u"pending"_s, u"future"_s}));
        QVERIFY(importIsDefault);
        QVERIFY(listFocusable);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
        QVERIFY(busyWhileListing);
        QVERIFY(listed);
        QVERIFY2(answer.contains(u"refused"_s), qPrintable(answer));
        QVERIFY(!importAfterFailure);
        QVERIFY2(noStatus.contains(u"Tick at least one"_s), qPrintable(noStatus));
        QVERIFY(closedByEscape);
        QVERIFY(!window->wordpress()->dialog());
    }

    void aPasswordNotGivenIsSaidInTheDialog()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        // Disabled, so the window does not ask for its password as it starts:
        // the dialog does, as it opens, since no secret service holds it.
        DestinationConfig blog = wordPressSite(u"blog"_s, port, false);
        blog.enabled = false;
        auto window = openWindow({blog});
        QVERIFY(window);
        bool asked = false;
        QString prompt;
        answerNextDialog<QInputDialog>(
                [&prompt](QInputDialog *input) {
                    prompt = input->labelText();
                    input->reject();
                },
                &asked);
        bool seen = false;
        int looks = 0;
        QString answer;
        // Looked at again and again without waiting inside the answer, which
        // may run while the password prompt is still returning.
        std::function<void(WordPressOpenDialog *)> look = [&](WordPressOpenDialog *dialog) {
            if (dialog->statusLabel()->text().isEmpty() && ++looks < 100) {
                answerNextDialog<WordPressOpenDialog>(look);
                return;
            }
            answer = dialog->statusLabel()->text();
            dialog->reject();
        };
        answerNextDialog<WordPressOpenDialog>(look, &seen);
        window->action(u"import.wordpress"_s)->trigger();
        QVERIFY(asked);
        QVERIFY2(prompt.contains(u"Application password for blog"_s), qPrintable(prompt));
        QVERIFY(seen);
        QVERIFY2(answer.contains(u"No password was given"_s), qPrintable(answer));
    }
};

QTEST_MAIN(TestWordPressOpen)
#include "tst_wordpressopen.moc"
