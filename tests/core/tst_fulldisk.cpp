// SPDX-License-Identifier: MIT
// Storage faults on a small tmpfs of the test's own (a full disk, a disk
// mounted read-only) and a library moved while open: nothing half-written,
// the old files and the library whole, and messages that say what happened.
#include "feeds/site.h"
#include "publish/folderdestination.h"
#include "publish/publishservice.h"
#include "store/backup.h"
#include "store/editjournal.h"
#include "store/library.h"

#include <QDir>
#include <QDirIterator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <cerrno>
#include <cstring>

#include "support/loopdisk.h"
#include "support/rawdatabase.h"
#include "support/smalldisk.h"
#include "support/testing.h"

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

Story publishable(const QString &headline, const QString &body)
{
    Story story = Story::create(utc(2026, 11, 20, 9));
    story.setHeadline(headline);
    story.setHighlights(
            {u"Repairs finished nine days early"_s, u"Normal call times from Monday"_s});
    story.setDateline(u"VALLETTA"_s);
    story.setBody(body);
    return story;
}

QString integrity(const QString &library)
{
    RawDatabase raw(library);
    QSqlQuery query(raw.db());
    if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next())
        return u"cannot check"_s;
    return query.value(0).toString();
}

} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void publishingOnAFullDiskKeepsTheOldFiles()
    {
        SmallDisk disk(8192);
        COPYDESK_REQUIRE(disk.isReady(), disk.whyNot());
        QTemporaryDir libraryDir; // the library elsewhere: only the site's disk fills
        auto opened = Library::open(libraryDir.filePath(u"library.sqlite"_s));
        QVERIFY(opened);
        StoryStore &store = *opened->store;
        Site site = Site().withBaseUrl(QUrl(u"https://news.example/"_s));
        site.title = u"Desk"_s;
        site.timeZone = QTimeZone::utc();
        const QString folder = disk.filePath(u"site"_s);
        const auto now = [] { return utc(2026, 11, 20, 10); };
        FolderDestination destination(folder, site);
        PublishService service(store, HouseStyle::defaultStyle(), {&destination}, now,
                               QTimeZone::utc());
        const Story first = *store.saveStory(publishable(u"Harbour reopens"_s, u"Short."_s));
        auto published =
                service.publish(PublishRequest{first.id(), PublicationKind::First, {}, 0, {}});
        QVERIFY2(published && published->delivered(), "the first publication");
        QMap<QString, QByteArray> before;
        for (const QString &name : {u"feed.atom"_s, u"feed.json"_s}) {
            before.insert(name, fileBytes(folder + u'/' + name));
            QVERIFY(!before.value(name).isEmpty());
        }

        // A long second story on a disk with no room left.
        QString longBody;
        while (longBody.size() < 600'000)
            longBody += u"A paragraph of the long second story, written on deadline.\n\n"_s;
        const Story second = *store.saveStory(publishable(u"Council votes"_s, longBody));
        QVERIFY(disk.fill(16));
        auto full = service.publish(PublishRequest{second.id(), PublicationKind::First, {}, 0, {}});
        QVERIFY(full); // recorded: the library is not on the full disk
        QVERIFY(!full->delivered());
        const QString failure = full->failures().join(u' ');
        QVERIFY2(failure.contains(u"disk is full"_s), qPrintable(failure));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(fileBytes(folder + u'/' + it.key()), it.value());
        // Nothing half-written where readers look.
        QDirIterator files(folder, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
        }

        // With room again, another story goes out: its feeds must not link to
        // the page that was never written.
        disk.empty();
        const Story third = *store.saveStory(publishable(u"Ferry resumes"_s, u"Short too."_s));
        auto next = service.publish(PublishRequest{third.id(), PublicationKind::First, {}, 0, {}});
        QVERIFY(next && next->delivered());
        const QByteArray feed = fileBytes(folder + u"/feed.atom"_s);
        QVERIFY(feed.contains("Ferry resumes"));
        QVERIFY(feed.contains("Harbour reopens"));
        QVERIFY2(!feed.contains("Council votes"), "a feed links to a page that is not there");
        QVERIFY(!fileBytes(folder + u"/feed.json"_s).contains("Council votes"));
        // The delivery that failed goes out when delivered again.
        const auto again = service.deliverUnfinished();
        QVERIFY2(again, qPrintable(why(again)));
        QVERIFY(again->constFirst().ok());
        QVERIFY(fileBytes(folder + u"/feed.atom"_s).contains("Council votes"));
    }

    void aSaveOnAFullDiskLeavesTheLibraryWhole()
    {
        SmallDisk disk(3072);
        COPYDESK_REQUIRE(disk.isReady(), disk.whyNot());
        const QString library = disk.filePath(u"library.sqlite"_s);
        QUuid id;
        {
            auto opened = Library::open(library);
            QVERIFY2(opened, qPrintable(why(opened)));
            StoryStore &store = *opened->store;
            Story story = *store.saveStory(publishable(u"Kept"_s, u"The saved text."_s));
            id = story.id();
            QVERIFY(disk.fill(8));
            QString longBody;
            while (longBody.size() < 400'000)
                longBody += u"Typed on a full disk, and it must not be lost.\n\n"_s;
            story.setBody(longBody);
            const auto saved = store.saveStory(story);
            QVERIFY(!saved);
            QCOMPARE(saved.errorKind(), ErrorKind::Io);
            QVERIFY2(saved.errorMessage().contains(u"full"_s), qPrintable(saved.errorMessage()));
            // The edit journal cannot keep it either, and says so.
            EditJournal journal(EditJournal::directoryFor(library));
            const auto kept = journal.record(story, utc(2026, 11, 30, 10));
            QVERIFY(!kept);
            QVERIFY2(kept.errorMessage().contains(u"Save the story"_s) ||
                             kept.errorMessage().contains(u"full"_s),
                     qPrintable(kept.errorMessage()));
        }
        disk.empty();
        QCOMPARE(integrity(library), u"ok"_s);
        auto reopened = Library::open(library);
        QVERIFY(reopened);
        QCOMPARE(reopened->store->loadStory(id)->body(), u"The saved text."_s);
    }

    void aLibraryOnAReadOnlyDiskIsRefusedAtOpen()
    {
        SmallDisk disk(2048);
        COPYDESK_REQUIRE(disk.isReady(), disk.whyNot());
        const QString library = disk.filePath(u"library.sqlite"_s);
        {
            auto opened = Library::open(library);
            QVERIFY2(opened, qPrintable(why(opened)));
            QVERIFY(opened->store->saveStory(publishable(u"Kept"_s, u"Text."_s)));
        }
        QVERIFY2(disk.setReadOnly(true), std::strerror(errno));
        const auto opened = Library::open(library);
        QVERIFY(disk.setReadOnly(false));
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(u"is read-only; Copydesk needs to write"_s),
                 qPrintable(opened.errorMessage()));
        QCOMPARE(integrity(library), u"ok"_s);
    }

    void aDiskTurnedReadOnlyUnderAnOpenLibrary()
    {
        LoopDisk disk(16);
        COPYDESK_REQUIRE(disk.isReady(), disk.whyNot());
        const QString library = disk.filePath(u"library.sqlite"_s);
        auto opened = Library::open(library);
        QVERIFY2(opened, qPrintable(why(opened)));
        std::unique_ptr<StoryStore> store = std::move(opened->store);
        Story story = *store->saveStory(publishable(u"Kept"_s, u"The saved text."_s));
        EditJournal journal(EditJournal::directoryFor(library));

        QVERIFY2(disk.turnReadOnly(), qPrintable(disk.whyNot()));
        story.setBody(u"Typed after the disk failed."_s);
        const auto saved = store->saveStory(story);
        QVERIFY(!saved);
        QCOMPARE(saved.errorKind(), ErrorKind::Io);
        QVERIFY2(saved.errorMessage().contains(u"read-only"_s) &&
                         saved.errorMessage().contains(u"nothing was saved"_s),
                 qPrintable(saved.errorMessage()));
        // The journal on the same disk cannot keep the text either, and says so.
        const auto kept = journal.record(story, utc(2026, 11, 30, 10));
        QVERIFY(!kept);
        QVERIFY(!kept.errorMessage().isEmpty());
        store.reset();

        // What was saved before the failure is whole; the failed save left nothing.
        QTemporaryDir copy;
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            if (QFile::exists(library + suffix))
                QVERIFY(QFile::copy(library + suffix, copy.filePath(u"library.sqlite"_s) + suffix));
        }
        QCOMPARE(integrity(copy.filePath(u"library.sqlite"_s)), u"ok"_s);
        auto reopened = Library::open(copy.filePath(u"library.sqlite"_s));
        QVERIFY2(reopened, qPrintable(why(reopened)));
        QCOMPARE(reopened->store->loadStory(story.id())->body(), u"The saved text."_s);
    }

    void aBackupOnAFullDiskLeavesNothingBehind()
    {
        SmallDisk disk(1024);
        COPYDESK_REQUIRE(disk.isReady(), disk.whyNot());
        QTemporaryDir libraryDir;
        const QString library = libraryDir.filePath(u"library.sqlite"_s);
        {
            auto opened = Library::open(library);
            QVERIFY(opened);
            QString body;
            while (body.size() < 3'000'000)
                body += u"Some of a library larger than the backup disk.\n"_s;
            QVERIFY(opened->store->saveStory(publishable(u"Big"_s, body)));
        }
        const QString dest = disk.filePath(u"copy.sqlite"_s);
        const auto copied = Backup::copyLibrary(library, dest);
        QVERIFY(!copied);
        QVERIFY2(copied.errorMessage().contains(u"disk is full"_s),
                 qPrintable(copied.errorMessage()));
        QVERIFY(!QFileInfo::exists(dest));
        QVERIFY(!QFileInfo::exists(dest + u".partial"_s));
    }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
