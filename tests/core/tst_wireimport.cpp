// SPDX-License-Identifier: MIT
#include "store/library.h"
#include "support/testlibrary.h"
#include "wire/wireimport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/rawdatabase.h"
#include "support/testing.h"
#include "support/unprivileged.h"

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const QDateTime reference(QDate(2026, 11, 24), QTime(9, 30), QTimeZone::utc());

WireOptions options()
{
    WireOptions options;
    options.referenceTime = reference;
    options.timeZone = QTimeZone("Europe/Malta");
    return options;
}

QByteArray story(const QByteArray &headline, const QByteArray &repeated, const QByteArray &city)
{
    return headline + "\n\nUpdated 2 min ago\nFollow\n\n" + repeated +
            "\n\n  \xe2\x80\xa2 A highlight\n\n" + city + ": The body.\n\n\n";
}

QString describe(const WireFileOutcome &outcome)
{
    QStringList lines;
    for (const WireProblem &problem : outcome.problems)
        lines.append(problem.text());
    return lines.join(u'\n');
}

} // namespace

/// Importing wire pages into a real library: every story of a file, or none.
class TestWireImport : public QObject
{
    Q_OBJECT

private:
    QString libraryPath() const { return m_dir->filePath(u"library.sqlite"_s); }

    /// Headlines in the library, sorted, so that a comparison shows what changed.
    QStringList headlines()
    {
        const auto listed = m_store->listStories();
        if (!listed) {
            qWarning("%s", qPrintable(listed.errorMessage()));
            return {u"<cannot list the library>"_s};
        }
        QStringList headlines;
        for (const StorySummary &summary : *listed)
            headlines.append(summary.headline);
        headlines.sort();
        return headlines;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoryStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLITE"_s));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = TestLibrary::open(libraryPath());
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        m_store = std::move(opened->store);
        // One story the desk already had: an import must never touch it.
        Story existing = Story::create(reference);
        existing.setHeadline(u"Already in the library"_s);
        const auto saved = m_store->saveStory(existing);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void sampleImportsThreeStories()
    {
        const QString sample =
                qEnvironmentVariable("COPYDESK_SHARED_DIR") + u"/samples/wire-page-sample.txt"_s;
        COPYDESK_REQUIRE(
                !(qEnvironmentVariableIsEmpty("COPYDESK_SHARED_DIR") || !QFileInfo::exists(sample)),
                "The shared sample is not available: set COPYDESK_SHARED_DIR to the shared "
                "folder that holds samples/wire-page-sample.txt.");
        const WireFileOutcome outcome = importWireFile(*m_store, sample, options());
        QVERIFY2(outcome.ok(), qPrintable(describe(outcome)));
        QCOMPARE(outcome.path, sample);
        QCOMPARE(outcome.imported.size(), 3);
        const QStringList expected{
                u"Already in the library"_s,
                u"City council votes to extend night bus routes through winter"_s,
                u"Harbor authority reopens two container berths after storm repairs"_s,
                u"Observatory team spots comet’s tail splitting in two"_s,
        };
        QCOMPARE(headlines(), expected);
        for (const Story &stored : outcome.imported) {
            QCOMPARE(stored.version(), 1);
            QVERIFY(!stored.effectiveSlug().isEmpty());
            const auto loaded = m_store->loadStory(stored.id());
            QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
            QVERIFY(loaded->sameContent(stored));
        }
        const Story &council = outcome.imported.at(1);
        QCOMPARE(council.dateline(), u"LISBON"_s);
        QCOMPARE(council.updatedAt(), reference.addSecs(-120));
        QCOMPARE(outcome.imported.at(0).photos().constFirst().credit,
                 u"Copydesk Photo/Lena Abela"_s);
    }

    void badStoryAmongGoodOnesImportsNothing()
    {
        const QString path = m_dir->filePath(u"three.txt"_s);
        // Twelve lines a story: the third repeats its headline wrongly on line 30.
        QVERIFY(writeFile(path,
                          story("First", "First", "VALLETTA") +
                                  story("Second", "Second", "LISBON") +
                                  story("Third", "Not the third", "ROME")));
        const QStringList before = headlines();
        const WireFileOutcome outcome = importWireFile(*m_store, path, options());
        QVERIFY(!outcome.ok());
        QVERIFY(outcome.imported.isEmpty());
        QCOMPARE(outcome.problems.size(), 1);
        QCOMPARE(outcome.problems.constFirst().sourceName, u"three.txt"_s);
        QCOMPARE(outcome.problems.constFirst().line, 30);
        QVERIFY2(outcome.problems.constFirst().text().startsWith(u"three.txt, line 30: "_s),
                 qPrintable(describe(outcome)));
        QCOMPARE(headlines(), before);
    }

    void storeFailureMidBatchImportsNothing()
    {
        {
            // The library refuses the second story, after the first is written
            // inside the same transaction.
            RawDatabase raw(libraryPath());
            QVERIFY(raw.isOpen());
            if (TestLibrary::onServer()) {
                QCOMPARE(raw.exec(u"CREATE FUNCTION refuse_second() RETURNS trigger LANGUAGE "
                                  u"plpgsql AS $$ BEGIN IF NEW.headline = 'Second' THEN RAISE "
                                  u"EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$"_s),
                         QString());
                QCOMPARE(raw.exec(u"CREATE TRIGGER refuse_second BEFORE INSERT ON stories FOR "
                                  u"EACH ROW EXECUTE FUNCTION refuse_second()"_s),
                         QString());
            } else {
                QCOMPARE(raw.exec(u"CREATE TRIGGER refuse_second BEFORE INSERT ON stories "
                                  u"WHEN NEW.headline = 'Second' "
                                  u"BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s),
                         QString());
            }
        }
        const QString path = m_dir->filePath(u"three.txt"_s);
        QVERIFY(writeFile(path,
                          story("First", "First", "VALLETTA") +
                                  story("Second", "Second", "LISBON") +
                                  story("Third", "Third", "ROME")));
        const QStringList before = headlines();
        const WireFileOutcome outcome = importWireFile(*m_store, path, options());
        QVERIFY(!outcome.ok());
        QVERIFY(outcome.imported.isEmpty());
        QCOMPARE(outcome.problems.size(), 1);
        QCOMPARE(outcome.problems.constFirst().line, 0);
        QVERIFY2(outcome.problems.constFirst().message.contains(u"refused by the test"_s),
                 qPrintable(describe(outcome)));
        QVERIFY2(outcome.problems.constFirst().message.contains(
                         u"None of the 3 stories was saved"_s),
                 qPrintable(describe(outcome)));
        QCOMPARE(headlines(), before);
        RawDatabase raw(libraryPath());
        QCOMPARE(raw.value(u"SELECT COUNT(*) FROM story_revisions"_s).toInt(), 1);
    }

    void unusableFilesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << u"missing.txt"_s << u"does not exist"_s;
        QTest::newRow("folder") << u"a-folder"_s << u"is a folder"_s;
        QTest::newRow("50 MB") << u"huge.txt"_s
                               << u"The page is 50 MB; Copydesk imports wire pages of up to 4 MB"_s;
        QTest::newRow("one byte over") << u"over.txt"_s << u"The page is 4.1 MB"_s;
        QTest::newRow("empty") << u"empty.txt"_s << u"The page is empty"_s;
        QTest::newRow("binary") << u"photo.jpg"_s << u"binary data"_s;
    }

    void unusableFilesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        QVERIFY(QDir(m_dir->path()).mkdir(u"a-folder"_s));
        QFile huge(m_dir->filePath(u"huge.txt"_s));
        QVERIFY(huge.open(QIODevice::WriteOnly) && huge.resize(50 * 1024 * 1024));
        huge.close();
        QVERIFY(writeFile(m_dir->filePath(u"over.txt"_s), QByteArray(maxWirePageBytes + 1, 'a')));
        QVERIFY(writeFile(m_dir->filePath(u"empty.txt"_s), QByteArray()));
        QVERIFY(writeFile(m_dir->filePath(u"photo.jpg"_s),
                          QByteArray("\xff\xd8\xff\xe0\0\x10JFIF\0", 11)));

        const QStringList before = headlines();
        QElapsedTimer timer;
        timer.start();
        const WireFileOutcome outcome = importWireFile(*m_store, m_dir->filePath(name), options());
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!outcome.ok());
        QVERIFY(outcome.imported.isEmpty());
        QCOMPARE(outcome.problems.constFirst().sourceName, name);
        QVERIFY2(outcome.problems.constFirst().message.contains(message),
                 qPrintable(describe(outcome)));
        QCOMPARE(headlines(), before);
    }

    void unreadableFileIsRefused()
    {
        const QString path = m_dir->filePath(u"locked.txt"_s);
        QVERIFY(writeFile(path, story("First", "First", "VALLETTA")));
        QVERIFY(QFile::setPermissions(path, QFile::Permissions()));
        if (!Unprivileged::needed()) {
            const WireFileOutcome outcome = importWireFile(*m_store, path, options());
            QVERIFY(!outcome.ok());
            QCOMPARE(outcome.problems.constFirst().line, 0);
            QVERIFY2(outcome.problems.constFirst().message.contains(u"cannot read"_s),
                     qPrintable(describe(outcome)));
            return;
        }
        // Root reads it anyway: the importer runs as nobody, through copydesk-cli.
        COPYDESK_REQUIRE(Unprivileged::available(), "setpriv or the user nobody is missing");
        const QString cli = qEnvironmentVariable("COPYDESK_CLI");
        COPYDESK_REQUIRE(QFileInfo(cli).isExecutable(), "COPYDESK_CLI does not name copydesk-cli");
        const QString home = m_dir->filePath(u"nobody"_s);
        QVERIFY(QDir().mkpath(home + u"/tmp"_s));
        QVERIFY(Unprivileged::giveAway(home));
        QVERIFY(QFile::setPermissions(m_dir->path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ExeOther | QFile::ReadOther));
        const CommandRun run = Unprivileged::run(
                cli, {u"--library"_s, home + u"/library.sqlite"_s, u"import-wire"_s, path},
                Unprivileged::environmentIn(home));
        QVERIFY2(run.started, qPrintable(run.err));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"nothing imported"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"cannot read"_s), qPrintable(run.err));
    }

    void endlessDeviceIsRefused()
    {
        // A device reports no size; reading stops one byte past the limit.
        COPYDESK_REQUIRE(QFileInfo::exists(u"/dev/zero"_s), "No /dev/zero on this system.");
        const WireFileOutcome outcome = importWireFile(*m_store, u"/dev/zero"_s, options());
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.problems.constFirst().message.contains(u"The page is 4.1 MB"_s),
                 qPrintable(describe(outcome)));
    }

    void textImportsEveryStory()
    {
        const WireFileOutcome outcome = importWireText(
                *m_store, story("First", "First", "VALLETTA") + story("Second", "Second", "LISBON"),
                options());
        QVERIFY2(outcome.ok(), qPrintable(describe(outcome)));
        QCOMPARE(outcome.imported.size(), 2);
        QCOMPARE(headlines(), QStringList({u"Already in the library"_s, u"First"_s, u"Second"_s}));
    }

    void theSameStoryAgainIsSkippedByDefault()
    {
        const QByteArray page =
                story("First", "First", "VALLETTA") + story("Second", "Second", "LISBON");
        const WireFileOutcome first = importWireText(*m_store, page, options());
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        const QStringList before = headlines();

        // The same page again, and a third story: only the new one comes in.
        const WireFileOutcome again =
                importWireText(*m_store, page + story("Third", "Third", "MDINA"), options());
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QCOMPARE(again.imported.size(), 1);
        QCOMPARE(again.imported.constFirst().headline(), u"Third"_s);
        QCOMPARE(again.duplicates.size(), 2);
        QCOMPARE(again.duplicates.at(0).existing.id, first.imported.at(0).id());
        QCOMPARE(again.duplicates.at(1).existing.id, first.imported.at(1).id());
        QVERIFY(again.updated.isEmpty());
        QCOMPARE(headlines(), QStringList(before) << u"Third"_s);

        // Same headline, another first paragraph: a different story.
        const WireFileOutcome other = importWireText(
                *m_store,
                "First\n\nUpdated 2 min ago\nFollow\n\nFirst\n\n  \xe2\x80\xa2 A highlight\n\n"
                "VALLETTA: A different opening.\n\n\n",
                options());
        QCOMPARE(other.imported.size(), 1);
        QVERIFY(other.duplicates.isEmpty());
    }

    void updatingKeepsStatusSlugAndPictures()
    {
        const QByteArray page = story("Harbour reopens", "Harbour reopens", "VALLETTA");
        const WireFileOutcome first = importWireText(*m_store, page, options());
        QVERIFY(first.ok());
        // The desk attached a picture and published it meanwhile.
        Story held = *m_store->loadStory(first.imported.constFirst().id());
        const QString fileId = *m_store->addPhotoFile("not really a jpeg", u"image/jpeg"_s);
        held.setPhotos({Photo{fileId,
                              u"quay.jpg"_s,
                              u"image/jpeg"_s,
                              u"Old caption"_s,
                              u"Reuters"_s,
                              u"Alt"_s,
                              10,
                              10,
                              {},
                              {}}});
        held.setStatus(StoryStatus::Published);
        held.setSlug(u"harbour-desk-slug"_s);
        held = *m_store->saveStory(held);

        const QByteArray revised = "Harbour reopens\n\nUpdated 1 min ago\nFollow\n\n"
                                   "Harbour reopens\n\n  \xe2\x80\xa2 A highlight\n"
                                   "  \xe2\x80\xa2 A second highlight\n\n"
                                   "VALLETTA: The body.\nA paragraph the wire added.\n\n\n";
        const WireFileOutcome updated =
                importWireText(*m_store, revised, options(), DuplicatePolicy::Update);
        QVERIFY2(updated.ok(), qPrintable(describe(updated)));
        QVERIFY(updated.imported.isEmpty());
        QVERIFY(updated.duplicates.isEmpty());
        QCOMPARE(updated.updated.size(), 1);
        const Story now = *m_store->loadStory(held.id());
        QCOMPARE(now.version(), held.version() + 1);
        QVERIFY(now.body().contains(u"A paragraph the wire added."_s));
        QCOMPARE(now.highlights().size(), 2);
        QCOMPARE(now.status(), StoryStatus::Published);
        QCOMPARE(now.slug(), u"harbour-desk-slug"_s);
        QCOMPARE(now.photos().size(), 1);
        QCOMPARE(now.photos().constFirst().fileId, fileId);

        // The same text once more changes nothing.
        const WireFileOutcome same =
                importWireText(*m_store, revised, options(), DuplicatePolicy::Update);
        QVERIFY(same.updated.isEmpty());
        QCOMPARE(m_store->loadStory(held.id())->version(), now.version());
    }

    void badTextIsNamedAsPasted()
    {
        const QStringList before = headlines();
        const WireFileOutcome outcome =
                importWireText(*m_store, story("First", "Other", "VALLETTA"), options());
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.problems.constFirst().sourceName, u"pasted text"_s);
        QCOMPARE(outcome.problems.constFirst().text().left(20), u"pasted text, line 6:"_s);
        QCOMPARE(headlines(), before);

        WireOptions named = options();
        named.sourceName = u"agency feed"_s;
        const WireFileOutcome again = importWireText(*m_store, "", named);
        QCOMPARE(again.problems.constFirst().sourceName, u"agency feed"_s);
    }
};

QTEST_GUILESS_MAIN(TestWireImport)
#include "tst_wireimport.moc"
