// SPDX-License-Identifier: MIT
// Library → Connect to Server…: a wrong password told in the dialog with
// every field kept, the right one opening the newsroom's library in a window
// of its own, the password kept in the secret service (never in the
// settings) and the address made the library of every start, which the
// window and copydesk-cli then open without asking. Runs only as
// postgresql/ui/connectui, against ctest's server, with a secret service of
// its own (tests/support/with-secret-service.sh).
#include "cli/cli.h"
#include "connectdialog.h"
#include "librarycontroller.h"
#include "publish/secrets.h"
#include "store/library.h"
#include "store/postgresdialect.h"
#include "support/testing.h"
#include "support/testlibrary.h"
#include "ui/modaldialogs.h"
#include "ui/testwindow.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString role = u"copydesk_password"_s;
const QString rightPassword = u"harbour-42"_s;
const QString database = u"connect_desk"_s;

/// Runs statements as the test server's superuser; 42710/42P04: there already.
Result<void> asSuperuser(const QStringList &statements)
{
    const auto maintenance = TestLibrary::serverAddress();
    if (!maintenance)
        return maintenance.error();
    auto address = ServerAddress::parse(*maintenance);
    if (!address)
        return address.error();
    const QString connection = u"connectui-maintenance"_s;
    Result<void> outcome;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        PostgresDialect(*address).configure(db, address->database);
        if (!db.open()) {
            outcome = Error{ErrorKind::Io, db.lastError().text()};
        } else {
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                if (!query.exec(statement)) {
                    const QString code = query.lastError().nativeErrorCode();
                    if (code != u"42710" && code != u"42P04") {
                        outcome = Error{ErrorKind::Io, query.lastError().text()};
                        break;
                    }
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return outcome;
}

/// Fills the dialog with the test server's address for role, and password.
void fill(ConnectDialog *dialog, const ServerAddress &server, const QString &password)
{
    dialog->hostEdit()->setText(server.host);
    dialog->portBox()->setValue(server.port);
    dialog->databaseEdit()->setText(database);
    dialog->userEdit()->setText(role);
    dialog->passwordEdit()->setText(password);
}

QPushButton *connectButton(ConnectDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestConnectUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerAddress m_server;

    /// The address every desk is given: the role's, without a password.
    QString deskAddress() const
    {
        ServerAddress address = m_server;
        address.user = role;
        address.password.clear();
        address.database = database;
        return address.toString(false);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<MainWindow *>();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(u"settings"_s));
        QVERIFY2(TestLibrary::onServer(), "COPYDESK_TEST_ENGINE=postgresql is not set");
        QVERIFY2(Secrets::serviceAvailable(),
                 "no secret service: run under tests/support/with-secret-service.sh");
        qunsetenv("PGPASSWORD");
        const auto server = TestLibrary::serverAddress();
        QVERIFY2(server, qPrintable(why(server)));
        auto parsed = ServerAddress::parse(*server);
        QVERIFY2(parsed, qPrintable(why(parsed)));
        m_server = *parsed;
        // The fixture's server asks this role, and only it, for its password.
        const auto made =
                asSuperuser({u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(role, rightPassword),
                             u"CREATE DATABASE %1 OWNER %2"_s.arg(database, role)});
        QVERIFY2(made, qPrintable(why(made)));
    }

    void theFieldsMustNameALibrary()
    {
        ConnectDialog dialog(QString(), true);
        dialog.hostEdit()->clear();
        QVERIFY(!connectButton(&dialog)->isEnabled());
        QVERIFY(dialog.problem().contains(u"server"_s));
        dialog.hostEdit()->setText(u"db.newsroom.example"_s);
        dialog.databaseEdit()->clear();
        QVERIFY(!connectButton(&dialog)->isEnabled());
        QVERIFY(dialog.problem().contains(u"database"_s));
        dialog.databaseEdit()->setText(u"copydesk"_s);
        dialog.userEdit()->setText(u"anna"_s);
        dialog.passwordEdit()->setText(u"s3cret"_s);
        dialog.portBox()->setValue(6432);
        QVERIFY(connectButton(&dialog)->isEnabled());
        // The address to give the other desks; the password stays out of it.
        QCOMPARE(dialog.address(), u"postgresql://anna@db.newsroom.example:6432/copydesk"_s);
        QCOMPARE(dialog.location(),
                 u"postgresql://anna:s3cret@db.newsroom.example:6432/copydesk"_s);
        QVERIFY(!dialog.findChild<QLabel *>(u"connectAddress"_s)->text().contains(u"s3cret"_s));

        // An address given before comes back in the fields, its TLS choice too.
        ConnectDialog again(u"postgresql://desk@db.example:5433/news?sslmode=require"_s, true);
        QCOMPARE(again.hostEdit()->text(), u"db.example"_s);
        QCOMPARE(again.portBox()->value(), 5433);
        QCOMPARE(again.databaseEdit()->text(), u"news"_s);
        QCOMPARE(again.address(), u"postgresql://desk@db.example:5433/news?sslmode=require"_s);
    }

    void withoutASecretServiceNothingIsKept()
    {
        ConnectDialog dialog(deskAddress(), false);
        QVERIFY(!dialog.rememberBox()->isEnabled());
        QVERIFY(!dialog.rememberPassword());
        QVERIFY(dialog.rememberBox()->toolTip().contains(u"PGPASSWORD"_s));
    }

    void aWrongPasswordIsToldAndTheRightOneConnects()
    {
        auto window = openTestWindow(m_dir.filePath(u"desk.sqlite"_s), WithSample::Yes);
        QVERIFY(window);
        QSignalSpy opened(window->libraries(), &LibraryController::windowOpened);
        bool seen = false;
        QString refusal;
        bool keptFields = false;
        bool busyWhileConnecting = false;
        answerNextDialog<ConnectDialog>(
                [&](ConnectDialog *dialog) {
                    fill(dialog, m_server, u"not-the-password"_s);
                    connectButton(dialog)->click();
                    busyWhileConnecting = dialog->isConnecting() &&
                            !dialog->passwordEdit()->isEnabled() &&
                            !connectButton(dialog)->isEnabled();
                    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isConnecting(), 20'000);
                    refusal = dialog->refusal();
                    keptFields = dialog->isVisible() &&
                            dialog->databaseEdit()->text() == database &&
                            dialog->passwordEdit()->text() == u"not-the-password"_s &&
                            connectButton(dialog)->isEnabled();
                    dialog->passwordEdit()->setText(rightPassword);
                    QVERIFY(dialog->rememberBox()->isChecked());
                    QVERIFY(dialog->atStartBox()->isChecked());
                    connectButton(dialog)->click();
                },
                &seen);
        window->action(u"library.connect"_s)->trigger();
        QVERIFY(seen);
        QVERIFY(busyWhileConnecting);
        QVERIFY2(refusal.contains(u"password"_s), qPrintable(refusal));
        QVERIFY2(!refusal.contains(u"not-the-password"_s), qPrintable(refusal));
        // Told as a server's refusal, not as a full disk.
        QVERIFY2(refusal.contains(u"the server runs"_s), qPrintable(refusal));
        QVERIFY2(!refusal.contains(u"disk"_s), qPrintable(refusal));
        QVERIFY(keptFields);

        // The newsroom's library in a window of its own, saying so in its title.
        QCOMPARE(opened.size(), 1);
        auto *server = opened.first().first().value<MainWindow *>();
        QVERIFY(server);
        QVERIFY(ServerAddress::isServerAddress(server->store()->location()));
        QVERIFY2(server->windowTitle().contains(u"connect_desk on "_s),
                 qPrintable(server->windowTitle()));
        QVERIFY(server->testAttribute(Qt::WA_DeleteOnClose));

        // Every start opens it; the settings hold the address, never the password.
        QCOMPARE(QSettings().value(u"library/location"_s).toString(), deskAddress());
        QCOMPARE(Library::deskLocation(), deskAddress());
        QSettings().sync();
        QFile settings(QSettings().fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(rightPassword.toUtf8()));
        // The secret service holds it, and the next start opens the library with it.
        const auto kept = Secrets::libraryPassword(deskAddress());
        QVERIFY2(kept, qPrintable(why(kept)));
        QCOMPARE(*kept, rightPassword);
        QVERIFY(!Library::open(deskAddress()));
        const auto again = Library::open(Secrets::withKeptPassword(deskAddress()));
        QVERIFY2(again, qPrintable(why(again)));
        // So does copydesk-cli, which opens the desk's library by default.
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(runCli({u"copydesk-cli"_s, u"list"_s, u"--json"_s}, outStream, errStream), 0);
        errStream.flush();
        QVERIFY2(err.isEmpty(), qPrintable(err));

        server->close();
        // Not remembering it any more takes it out of the secret service.
        bool forgotten = false;
        answerNextDialog<ConnectDialog>(
                [&](ConnectDialog *dialog) {
                    forgotten = dialog->hostEdit()->text() == m_server.host;
                    dialog->passwordEdit()->setText(rightPassword);
                    dialog->rememberBox()->setChecked(false);
                    dialog->atStartBox()->setChecked(false);
                    connectButton(dialog)->click();
                },
                &seen);
        window->action(u"library.connect"_s)->trigger();
        QTRY_COMPARE(opened.size(), 2);
        QVERIFY(forgotten);
        QCOMPARE(Secrets::libraryPassword(deskAddress()).errorKind(), ErrorKind::NotFound);
        opened.last().first().value<MainWindow *>()->close();
    }

    void aSilentServerCanBeLeft()
    {
        // A server that takes the connection and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        auto window = openTestWindow(m_dir.filePath(u"silent.sqlite"_s));
        QVERIFY(window);
        QSignalSpy opened(window->libraries(), &LibraryController::windowOpened);
        bool seen = false;
        bool busy = false;
        answerNextDialog<ConnectDialog>(
                [&](ConnectDialog *dialog) {
                    dialog->hostEdit()->setText(u"127.0.0.1"_s);
                    dialog->portBox()->setValue(silent.serverPort());
                    dialog->databaseEdit()->setText(u"copydesk"_s);
                    dialog->userEdit()->setText(u"anna"_s);
                    connectButton(dialog)->click();
                    QTest::qWait(300);
                    // Still trying, and the dialog answers the keyboard meanwhile.
                    busy = dialog->isConnecting() &&
                            dialog->findChild<QProgressBar *>(u"connectBusy"_s)->isVisible();
                    QTest::keyClick(dialog, Qt::Key_Escape);
                },
                &seen);
        window->action(u"library.connect"_s)->trigger();
        QVERIFY(seen);
        QVERIFY(busy);
        // The dialog went while the attempt still hangs on the silent server: its
        // connection is still open (a finished attempt would have closed it).
        QTRY_VERIFY(silent.hasPendingConnections());
        QTcpSocket *attempt = silent.nextPendingConnection();
        QVERIFY(attempt);
        QVERIFY(!attempt->waitForDisconnected(100));
        QCOMPARE(attempt->state(), QAbstractSocket::ConnectedState);
        QCOMPARE(opened.size(), 0);
        // Once the server hangs up, the attempt ends by itself: nothing keeps the program
        // from quitting.
        delete attempt;
        silent.close();
        QVERIFY2(QThreadPool::globalInstance()->waitForDone(30'000),
                 "A connection attempt still runs after its server hung up.");
    }
};

QTEST_MAIN(TestConnectUi)
#include "tst_connectui.moc"
