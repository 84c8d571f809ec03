// SPDX-License-Identifier: MIT
// The secret service holding destinations' passwords and newsroom servers'
// library passwords: kept, read back, replaced and removed through a real
// secret service (gnome-keyring on a D-Bus session of the test's own, from
// tests/support/with-secret-service.sh), and a library's address gaining its
// kept password only where it names a server without one.
#include "publish/secrets.h"
#include "store/postgresdialect.h"
#include "support/testing.h"

#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(Secrets::serviceAvailable(),
                 "no secret service: run under tests/support/with-secret-service.sh");
    }

    void aDestinationsPasswordIsKeptReadAndForgotten()
    {
        DestinationConfig config;
        config.name = u"partner-feed"_s;
        config.kind = DestinationKind::Push;
        QCOMPARE(Secrets::read(config).errorKind(), ErrorKind::NotFound);
        QVERIFY(Secrets::store(config.name, u"first-secret"_s));
        QCOMPARE(*Secrets::read(config), u"first-secret"_s);
        QVERIFY(Secrets::store(config.name, u"second-secret"_s));
        QCOMPARE(*Secrets::read(config), u"second-secret"_s);
        QVERIFY(Secrets::forget(config.name));
        QCOMPARE(Secrets::read(config).errorKind(), ErrorKind::NotFound);
        // Forgetting what is not there is fine.
        QVERIFY(Secrets::forget(config.name));
        // An environment variable the destination names wins over the service.
        QVERIFY(Secrets::store(config.name, u"kept"_s));
        qputenv("COPYDESK_TEST_PARTNER_SECRET", "from-the-environment");
        config.secretEnv = u"COPYDESK_TEST_PARTNER_SECRET"_s;
        QCOMPARE(*Secrets::read(config), u"from-the-environment"_s);
        qunsetenv("COPYDESK_TEST_PARTNER_SECRET");
        QVERIFY(Secrets::forget(config.name));
    }

    void aServerLibrarysPasswordIsKeptUnderItsAddress()
    {
        const QString address = u"postgresql://anna@db.newsroom.example:6432/copydesk"_s;
        QCOMPARE(Secrets::libraryPassword(address).errorKind(), ErrorKind::NotFound);
        QCOMPARE(Secrets::withKeptPassword(address), address);

        QVERIFY(Secrets::storeLibraryPassword(address, u"p@ss word/with:signs"_s));
        QCOMPARE(*Secrets::libraryPassword(address), u"p@ss word/with:signs"_s);
        // The same library however its address is written: kept under the address without
        // a password.
        QCOMPARE(*Secrets::libraryPassword(
                         u"postgresql://anna:other@db.newsroom.example:6432/copydesk"_s),
                 u"p@ss word/with:signs"_s);
        const QString opened = Secrets::withKeptPassword(address);
        auto parsed = ServerAddress::parse(opened);
        QVERIFY2(parsed, qPrintable(why(parsed)));
        QCOMPARE(parsed->password, u"p@ss word/with:signs"_s);
        QCOMPARE(parsed->toString(false), address);

        // Another user, port or database is another library.
        QCOMPARE(Secrets::libraryPassword(u"postgresql://bob@db.newsroom.example:6432/copydesk"_s)
                         .errorKind(),
                 ErrorKind::NotFound);
        QCOMPARE(Secrets::libraryPassword(u"postgresql://anna@db.newsroom.example/copydesk"_s)
                         .errorKind(),
                 ErrorKind::NotFound);
        // A password in the address is used as it is; a file is not a server.
        const QString given = u"postgresql://anna:given@db.newsroom.example:6432/copydesk"_s;
        QCOMPARE(Secrets::withKeptPassword(given), given);
        QCOMPARE(Secrets::withKeptPassword(u"/srv/desk/library.sqlite"_s),
                 u"/srv/desk/library.sqlite"_s);
        // Nonsense is refused, not kept.
        QVERIFY(!Secrets::storeLibraryPassword(u"postgresql://"_s, u"x"_s));

        QVERIFY(Secrets::forgetLibraryPassword(address));
        QCOMPARE(Secrets::libraryPassword(address).errorKind(), ErrorKind::NotFound);
        QCOMPARE(Secrets::withKeptPassword(address), address);
    }
};

QTEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
