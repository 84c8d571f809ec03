// SPDX-License-Identifier: MIT
#include "cli/cli.h"
#include "store/backup.h"
#include "store/library.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include "support/testing.h"

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

Story draft(const QString &headline)
{
    Story story = Story::create();
    story.setHeadline(headline);
    story.setBody(u"Body of "_s + headline);
    return story;
}

QStringList headlines(const QString &library)
{
    auto opened = Library::open(library);
    if (!opened)
        return {u"cannot open: "_s + opened.errorMessage()};
    QStringList list;
    StoryListQuery all;
    all.limit = 100000;
    const auto listed = opened->store->listStories(all);
    if (!listed)
        return {listed.errorMessage()};
    for (const StorySummary &summary : *listed)
        list.append(summary.headline);
    list.sort();
    return list;
}

int cli(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr)
{
    QString o;
    QString e;
    QTextStream outStream(&o);
    QTextStream errStream(&e);
    const int code = runCli(QStringList{u"copydesk-cli"_s} + arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    if (out)
        *out = o;
    if (err)
        *err = e;
    return code;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aCopyWhileAnotherProcessWritesIsWhole()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library.sqlite"_s);
        {
            auto opened = Library::open(library);
            QVERIFY(opened);
            for (int i = 0; i < 200; ++i)
                QVERIFY(opened->store->saveStory(draft(u"Before %1"_s.arg(i, 3, 10, QChar(u'0')))));
        }
        // Another process saving all the while.
        QProcess writer;
        writer.start(QCoreApplication::applicationFilePath(), {u"--write"_s, library});
        QVERIFY(writer.waitForReadyRead(10000));
        QTest::qWait(200);
        int progressCalls = 0;
        const QString copy = dir.filePath(u"copy.sqlite"_s);
        const auto copied = Backup::copyLibrary(library, copy, [&](int, int) { ++progressCalls; });
        writer.kill();
        writer.waitForFinished();
        QVERIFY2(copied, qPrintable(why(copied)));
        QVERIFY(progressCalls > 0);
        QVERIFY(!QFileInfo::exists(copy + u".partial"_s));
        QVERIFY(!QFileInfo::exists(copy + u"-wal"_s));
        const QStringList inCopy = headlines(copy);
        QVERIFY(inCopy.size() >= 200);
        QCOMPARE(inCopy.mid(0, 200).constFirst(), u"Before 000"_s);
        // A copy over the library itself is refused.
        QVERIFY(!Backup::copyLibrary(library, library));
    }

    void dailyBackupsKeepTheLastSeven()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library.sqlite"_s);
        {
            auto opened = Library::open(library);
            QVERIFY(opened->store->saveStory(draft(u"Daily"_s)));
        }
        for (int day = 1; day <= 9; ++day) {
            const auto made = Backup::makeDaily(library, QDate(2026, 11, day));
            QVERIFY2(made, qPrintable(why(made)));
            QCOMPARE(QFileInfo(*made).fileName(), u"library-2026-11-0%1.sqlite"_s.arg(day));
        }
        const QDir folder(Backup::folderFor(library));
        QCOMPARE(folder.entryList(QDir::Files),
                 QStringList({u"library-2026-11-03.sqlite"_s, u"library-2026-11-04.sqlite"_s,
                              u"library-2026-11-05.sqlite"_s, u"library-2026-11-06.sqlite"_s,
                              u"library-2026-11-07.sqlite"_s, u"library-2026-11-08.sqlite"_s,
                              u"library-2026-11-09.sqlite"_s}));
        // Once a day: the day's copy is not made again.
        const QString ninth = folder.filePath(u"library-2026-11-09.sqlite"_s);
        const QDateTime made = QFileInfo(ninth).lastModified();
        QTest::qWait(20);
        QVERIFY(Backup::makeDaily(library, QDate(2026, 11, 9)));
        QCOMPARE(QFileInfo(ninth).lastModified(), made);
        QCOMPARE(headlines(ninth), QStringList({u"Daily"_s}));
    }

    void restoreKeepsTheLibraryAsItWas()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"library.sqlite"_s);
        {
            auto opened = Library::open(library);
            QVERIFY(opened->store->saveStory(draft(u"In the backup"_s)));
        }
        const QString backup = dir.filePath(u"backup.sqlite"_s);
        QString out;
        QString err;
        QCOMPARE(cli({u"--library"_s, library, u"backup"_s, backup}, &out, &err), 0);
        QVERIFY2(out.contains(u"Backed up"_s), qPrintable(err));
        {
            auto opened = Library::open(library);
            QVERIFY(opened->store->saveStory(draft(u"After the backup"_s)));
        }
        // Not a library: refused, and nothing touched.
        const QString junk = dir.filePath(u"junk.sqlite"_s);
        QVERIFY(writeFile(junk, QByteArray(4096, 'j')));
        QCOMPARE(cli({u"--library"_s, library, u"restore-backup"_s, junk}, &out, &err), 1);
        QCOMPARE(headlines(library), QStringList({u"After the backup"_s, u"In the backup"_s}));

        QCOMPARE(cli({u"--library"_s, library, u"restore-backup"_s, backup}, &out, &err), 0);
        QCOMPARE(headlines(library), QStringList({u"In the backup"_s}));
        QCOMPARE(headlines(library + u".before-restore"_s),
                 QStringList({u"After the backup"_s, u"In the backup"_s}));

        // A folder as the destination gets a dated copy; --daily the day's one.
        const QString folder = dir.filePath(u"copies"_s);
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(cli({u"--library"_s, library, u"backup"_s, folder}, &out, &err), 0);
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);
        QCOMPARE(cli({u"--library"_s, library, u"backup"_s, u"--daily"_s}, &out, &err), 0);
        QVERIFY(QFileInfo::exists(Backup::folderFor(library) + u'/' +
                                  Backup::dailyName(library, QDate::currentDate())));
        QCOMPARE(cli({u"--library"_s, library, u"backup"_s}, &out, &err), 2);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 3 && arguments.at(1) == u"--write") {
        // The writer: saves stories until it is killed.
        auto opened = Library::open(arguments.at(2));
        if (!opened)
            return 1;
        QTextStream(stdout) << "WRITING" << Qt::endl;
        for (int i = 0;; ++i)
            (void)opened->store->saveStory(draft(u"During %1"_s.arg(i)));
    }
    TestBackup test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_backup.moc"
