// SPDX-License-Identifier: MIT
#include "store/library.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/testing.h"

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int processes = 4;
constexpr int rounds = 20;
constexpr int storiesPerFile = 3;

/// A wire page of a few stories, the headlines told apart by tag.
QByteArray wirePage(const QString &tag)
{
    QByteArray page;
    for (int i = 1; i <= storiesPerFile; ++i) {
        const QString headline = u"Ferry %1 runs again on route %2"_s.arg(tag).arg(i);
        page += (headline + u"\n\nUpdated 18 November 2026\nFollow\n\n"_s + headline +
                 u"\n\n  • The first sailing left at dawn\n  • Fares are unchanged\n\n"
                 u"VALLETTA: The operator said the route reopens today.\n\n\n"_s)
                        .toUtf8();
    }
    return page;
}

} // namespace

/**
 * Several copydesk-cli import-wire runs into a library that does not exist
 * yet, started together, round after round: each must succeed, and the one
 * library that results must hold every story, whole.
 */
class TestConcurrentCreation : public QObject
{
    Q_OBJECT

private:
    QString m_cli;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cli = qEnvironmentVariable("COPYDESK_CLI");
        COPYDESK_REQUIRE(QFileInfo(m_cli).isExecutable(),
                         "COPYDESK_CLI does not name copydesk-cli (ctest sets it)");
    }

    void newLibraryOpenedByManyAtOnce_data()
    {
        QTest::addColumn<int>("round");
        QTest::addColumn<bool>("emptyFile");
        for (int round = 1; round <= rounds; ++round)
            QTest::addRow("round %d", round) << round << false;
        // An empty file counts as a new library: the schema is built in it,
        // each step by whichever process takes the write lock first.
        for (int round = 1; round <= rounds / 4; ++round)
            QTest::addRow("empty file, round %d", round) << round << true;
    }

    void newLibraryOpenedByManyAtOnce()
    {
        QFETCH(int, round);
        QFETCH(bool, emptyFile);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A folder that does not exist yet either: every process makes it.
        const QString library = dir.filePath(u"desk/library.sqlite"_s);
        if (emptyFile) {
            QVERIFY(QDir().mkpath(dir.filePath(u"desk"_s)));
            QVERIFY(writeFile(library, {}));
        }
        QStringList pages;
        for (int p = 0; p < processes; ++p) {
            pages.append(dir.filePath(u"wire-%1.txt"_s.arg(p)));
            QVERIFY(writeFile(pages.constLast(), wirePage(u"R%1P%2"_s.arg(round).arg(p))));
        }

        std::vector<std::unique_ptr<QProcess>> running;
        for (int p = 0; p < processes; ++p) {
            auto process = std::make_unique<QProcess>();
            process->setProgram(m_cli);
            process->setArguments({u"--library"_s, library, u"import-wire"_s, pages.at(p)});
            running.push_back(std::move(process));
        }
        for (auto &process : running)
            process->start();
        for (int p = 0; p < processes; ++p) {
            QProcess &process = *running.at(p);
            QVERIFY2(process.waitForFinished(60'000), qPrintable(u"process %1 hung"_s.arg(p)));
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                     qPrintable(u"process %1: %2"_s.arg(p).arg(
                             QString::fromUtf8(process.readAllStandardError()))));
        }

        // One library, whole, with every process's stories; nothing of the
        // processes' own unfinished files is left beside it.
        QVERIFY(QFileInfo::exists(library));
        QCOMPARE(QDir(dir.filePath(u"desk"_s))
                         .entryList({u".library.sqlite.new-*"_s},
                                    QDir::Files | QDir::Hidden | QDir::System),
                 QStringList());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(library);
            QVERIFY(db.open());
            QSqlQuery integrity(u"PRAGMA integrity_check"_s, db);
            QVERIFY(integrity.next());
            QCOMPARE(integrity.value(0).toString(), u"ok"_s);
            QSqlQuery count(u"SELECT COUNT(*) FROM stories"_s, db);
            QVERIFY(count.next());
            QCOMPARE(count.value(0).toInt(), processes * storiesPerFile);
        }
        QSqlDatabase::removeDatabase(u"check"_s);
        auto opened = Library::open(library);
        QVERIFY2(opened, qPrintable(why(opened)));
        QVERIFY(!opened->created);
        const auto counted = opened->store->countStories();
        QVERIFY2(counted, qPrintable(why(counted)));
        QCOMPARE(*counted, processes * storiesPerFile);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentCreation)
#include "tst_concurrentcreation.moc"
