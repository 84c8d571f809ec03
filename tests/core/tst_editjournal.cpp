// SPDX-License-Identifier: MIT
#include "store/editjournal.h"
#include "store/journalwriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "support/testing.h"

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

Story draft(const QString &headline, int version = 0)
{
    Story story = Story::create(utc(2026, 11, 30, 9));
    story.setHeadline(headline);
    story.setHighlights({u"First bullet"_s, u"Second — with a dash"_s});
    story.setDateline(u"MOSCOW"_s);
    story.setBody(u"Typed body with “quotes” and 🚢.\n\nSecond paragraph."_s);
    story.setPhotos({Photo{u"aa11"_s,
                           u"quay.jpg"_s,
                           u"image/jpeg"_s,
                           u"Caption"_s,
                           u"Reuters"_s,
                           u"Alt"_s,
                           1600,
                           1067,
                           {},
                           {}}});
    story.setVersion(version);
    return story;
}

QStringList journalFiles(const QString &directory)
{
    return QDir(directory).entryList({u"*.edits"_s}, QDir::Files);
}

/// A process id that is surely not running: one of a process that has ended.
qint64 endedProcessId()
{
    QProcess process;
    process.start(u"/bin/true"_s, {});
    process.waitForFinished();
    return process.processId() > 0 ? process.processId() : 999999;
}

} // namespace

class TestEditJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsAndReadsTheNewestState()
    {
        QTemporaryDir dir;
        const QString journalDir = dir.filePath(u"library.sqlite.edits"_s);
        QCOMPARE(EditJournal::directoryFor(dir.filePath(u"library.sqlite"_s)), journalDir);
        EditJournal journal(journalDir);
        Story story = draft(u"First"_s, 3);
        QVERIFY2(journal.record(story, utc(2026, 11, 30, 10)), "first record");
        story.setBody(story.body() + u"\n\nThird paragraph."_s);
        QVERIFY(journal.record(story, utc(2026, 11, 30, 10, 0, 1)));

        const auto entries = EditJournal::entries(journalDir);
        QVERIFY2(entries, qPrintable(why(entries)));
        QCOMPARE(entries->size(), 1);
        const JournalEntry &entry = entries->constFirst();
        QCOMPARE(entry.story.body(), story.body());
        QCOMPARE(entry.story.photos(), story.photos());
        QCOMPARE(entry.story.version(), 3);
        QCOMPARE(entry.editedAt, utc(2026, 11, 30, 10, 0, 1));
        QCOMPARE(entry.damagedBytes, 0);
        // This process still writes it: not a left-over of a crash.
        QVERIFY(entry.inUse);
    }

    void keepsTwoStoriesApart()
    {
        QTemporaryDir dir;
        EditJournal journal(dir.path());
        const Story one = draft(u"One"_s);
        const Story two = draft(u"Two"_s, 7);
        QVERIFY(journal.record(one, utc(2026, 11, 30, 10)));
        QVERIFY(journal.record(two, utc(2026, 11, 30, 11)));
        auto entries = EditJournal::entries(dir.path());
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).story.headline(), u"Two"_s); // newest edit first
        QCOMPARE(entries->at(1).story.headline(), u"One"_s);

        QVERIFY(journal.forget(one.id()));
        entries = EditJournal::entries(dir.path());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->constFirst().story.id(), two.id());
        const auto forTwo = EditJournal::entriesFor(dir.path(), two.id());
        QCOMPARE(forTwo->size(), 1);
        QVERIFY(EditJournal::entriesFor(dir.path(), one.id())->isEmpty());
    }

    void tornLastRecordLeavesTheOneBefore_data()
    {
        QTest::addColumn<int>("cut");
        QTest::addColumn<QByteArray>("garbage");
        QTest::newRow("cut in the payload") << 20 << QByteArray();
        QTest::newRow("cut in the record header") << 0 << QByteArray("CDJR\x10");
        QTest::newRow("flipped byte") << -1 << QByteArray();
        QTest::newRow("zeros after a power cut") << 0 << QByteArray(4096, '\0');
    }

    void tornLastRecordLeavesTheOneBefore()
    {
        QFETCH(int, cut);
        QFETCH(QByteArray, garbage);
        QTemporaryDir dir;
        Story story = draft(u"Torn"_s, 2);
        QString file;
        {
            EditJournal journal(dir.path());
            QVERIFY(journal.record(story, utc(2026, 11, 30, 10)));
            file = dir.filePath(journalFiles(dir.path()).constFirst());
            const qint64 whole = QFileInfo(file).size();
            Story later = story;
            later.setBody(u"A newer body that the crash tore."_s);
            QVERIFY(journal.record(later, utc(2026, 11, 30, 10, 0, 1)));
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            if (cut > 0) {
                QVERIFY(f.resize(f.size() - cut));
            } else if (cut < 0) {
                // A byte in the newer record's payload turned.
                f.seek(whole + 30);
                char byte = 0;
                f.getChar(&byte);
                f.seek(whole + 30);
                f.putChar(static_cast<char>(byte ^ 0x20));
            } else {
                QVERIFY(f.resize(whole));
                f.seek(whole);
                f.write(garbage);
            }
        }
        const auto entry = EditJournal::readFile(file);
        QVERIFY2(entry, qPrintable(why(entry)));
        QCOMPARE(entry->story.body(), story.body());
        QCOMPARE(entry->editedAt, utc(2026, 11, 30, 10));
        QVERIFY(entry->damagedBytes > 0);
        QVERIFY(!entry->inUse); // the journal object is gone: its session ended
    }

    void aFileWithNoWholeRecordIsLeftOut()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"x.abc.edits"_s), "COPYDESK-EDITS 1\nCDJR"));
        QVERIFY(writeFile(dir.filePath(u"y.abc.edits"_s), "something else entirely"));
        const auto entries = EditJournal::entries(dir.path());
        QVERIFY(entries);
        QVERIFY(entries->isEmpty());
        QVERIFY(!EditJournal::readFile(dir.filePath(u"y.abc.edits"_s)));
    }

    void aCrashedSessionIsNotInUse()
    {
        QTemporaryDir dir;
        {
            EditJournal journal(dir.path());
            QVERIFY(journal.record(draft(u"Crashed"_s), utc(2026, 11, 30, 10)));
        }
        // As a killed window leaves it: the lock names a process that is gone.
        const QString file = journalFiles(dir.path()).constFirst();
        const QString session = file.split(u'.').at(1);
        QVERIFY(writeFile(dir.filePath(session + u".session.lock"_s),
                          QByteArray::number(endedProcessId()) + "\ncopydesk\n" +
                                  QSysInfo::machineHostName().toUtf8() + '\n'));
        const auto entries = EditJournal::entries(dir.path());
        QCOMPARE(entries->size(), 1);
        QVERIFY(!entries->constFirst().inUse);
        QVERIFY(EditJournal::discard(entries->constFirst()));
        QVERIFY(journalFiles(dir.path()).isEmpty());
    }

    void anOlderVersionIsKeptAsItWas()
    {
        // Edits that started from version 2 stay version 2 in the journal,
        // whatever the library holds by now: the recovery compares.
        QTemporaryDir dir;
        EditJournal journal(dir.path());
        QVERIFY(journal.record(draft(u"Old base"_s, 2), utc(2026, 11, 30, 10)));
        QCOMPARE(EditJournal::entries(dir.path())->constFirst().story.version(), 2);
    }

    void longSessionsStaySmall()
    {
        QTemporaryDir dir;
        EditJournal journal(dir.path());
        Story story = draft(u"Long"_s);
        story.setBody(QString(200 * 1024, u'x'));
        for (int i = 0; i < 60; ++i) {
            story.setHeadline(u"Long %1"_s.arg(i));
            QVERIFY(journal.record(story, utc(2026, 11, 30, 10, 0, i)));
        }
        const QString file = dir.filePath(journalFiles(dir.path()).constFirst());
        QVERIFY2(QFileInfo(file).size() < 5 * 1024 * 1024, "compacted");
        QCOMPARE(EditJournal::readFile(file)->story.headline(), u"Long 59"_s);
    }

    void writerWritesInOrderOffTheCallersThread()
    {
        QTemporaryDir dir;
        Story story = draft(u"Writer"_s);
        {
            JournalWriter writer(dir.path());
            for (int i = 0; i < 50; ++i) {
                story.setHeadline(u"Writer %1"_s.arg(i));
                writer.record(story, utc(2026, 11, 30, 10, 0, i));
            }
            QVERIFY(writer.flush(10000));
            auto entries = EditJournal::entries(dir.path());
            QCOMPARE(entries->size(), 1);
            QCOMPARE(entries->constFirst().story.headline(), u"Writer 49"_s);

            writer.record(story, utc(2026, 11, 30, 11));
            writer.forget(story.id());
            QVERIFY(writer.flush(10000));
            QVERIFY(EditJournal::entries(dir.path())->isEmpty());

            story.setHeadline(u"After the save"_s);
            writer.record(story, utc(2026, 11, 30, 12));
        }
        // Destroying the writer finishes what was asked.
        QCOMPARE(EditJournal::entries(dir.path())->constFirst().story.headline(),
                 u"After the save"_s);
    }

    void writerReportsAFolderItCannotWrite()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"blocked"_s), "a file where the folder should be"));
        JournalWriter writer(dir.filePath(u"blocked"_s));
        QSignalSpy failed(&writer, &JournalWriter::failed);
        writer.record(draft(u"Nowhere"_s), utc(2026, 11, 30, 10));
        // Told from the writer's thread, perhaps before this one starts waiting.
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10'000);
        QVERIFY(failed.constFirst().constFirst().toString().contains(u"blocked"_s));
    }
};

QTEST_GUILESS_MAIN(TestEditJournal)
#include "tst_editjournal.moc"
