// SPDX-License-Identifier: MIT
// Editing leases, between two desks' connections to one library: one
// window edits a story at a time, a second one learns who, a take-over is
// explicit, and a window that stops renewing lets the story go.
#include "store/library.h"
#include "support/testing.h"
#include "support/testlibrary.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

EditLease leaseFor(const QUuid &story, const QString &holder, const QString &machine,
                   const QString &token)
{
    EditLease lease;
    lease.storyId = story;
    lease.holder = holder;
    lease.machine = machine;
    lease.token = token;
    return lease;
}

} // namespace

class TestLeases : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void oneWindowEditsAStoryAtATime()
    {
        const QString path = m_dir.filePath(u"leases.sqlite"_s);
        auto first = TestLibrary::open(path);
        QVERIFY2(first, qPrintable(why(first)));
        auto second = TestLibrary::open(path);
        QVERIFY2(second, qPrintable(why(second)));
        StoryStore &anna = *first->store;
        StoryStore &omar = *second->store;
        QDateTime now = utc(2026, 12, 2, 9, 0);
        anna.setClock([&now] { return now; });
        omar.setClock([&now] { return now; });

        Story story = Story::create(now);
        story.setHeadline(u"Floods close the valley road"_s);
        story = anna.saveStory(story).value();
        const EditLease annas = leaseFor(story.id(), u"Anna"_s, u"desk-1"_s, u"window-a"_s);
        const EditLease omars = leaseFor(story.id(), u"Omar"_s, u"desk-2"_s, u"window-b"_s);

        // Nobody holds it: Anna's window takes it.
        QCOMPARE(omar.lease(story.id()).value(), std::nullopt);
        auto taken = anna.takeLease(annas, false);
        QVERIFY2(taken, qPrintable(why(taken)));
        QCOMPARE(taken->token, u"window-a"_s);
        QCOMPARE(taken->since, now);

        // Omar's window learns who has it, and nothing changes.
        now = now.addSecs(30);
        auto refused = omar.takeLease(omars, false);
        QVERIFY2(refused, qPrintable(why(refused)));
        QCOMPARE(refused->holder, u"Anna"_s);
        QCOMPARE(refused->machine, u"desk-1"_s);
        QCOMPARE(refused->since, utc(2026, 12, 2, 9, 0));
        QCOMPARE(omar.lease(story.id()).value()->token, u"window-a"_s);

        // Renewing keeps the time it was taken; taking it again is a renewal too.
        auto renewed = anna.renewLease(annas);
        QVERIFY2(renewed, qPrintable(why(renewed)));
        QCOMPARE((*renewed)->token, u"window-a"_s);
        QCOMPARE((*renewed)->renewedAt, now);
        QCOMPARE((*renewed)->since, utc(2026, 12, 2, 9, 0));
        QCOMPARE(anna.takeLease(annas, false)->since, utc(2026, 12, 2, 9, 0));

        // An explicit take-over: Anna's next renewal learns of it.
        now = now.addSecs(10);
        auto takenOver = omar.takeLease(omars, true);
        QVERIFY2(takenOver, qPrintable(why(takenOver)));
        QCOMPARE(takenOver->token, u"window-b"_s);
        QCOMPARE(takenOver->since, now);
        auto displaced = anna.renewLease(annas);
        QVERIFY2(displaced, qPrintable(why(displaced)));
        QCOMPARE((*displaced)->holder, u"Omar"_s);
        QCOMPARE(omar.lease(story.id()).value()->holder, u"Omar"_s);
        // Anna letting go of what is no longer hers leaves Omar's lease alone.
        QVERIFY(anna.releaseLease(annas));
        QCOMPARE(anna.lease(story.id()).value()->holder, u"Omar"_s);

        // A window that stops renewing lets the story go after the lease's time.
        now = now.addSecs(EditLease::leaseSeconds + 1);
        QCOMPARE(anna.lease(story.id()).value(), std::nullopt);
        auto back = anna.takeLease(annas, false);
        QVERIFY2(back, qPrintable(why(back)));
        QCOMPARE(back->token, u"window-a"_s);
        QCOMPARE(back->since, now);

        // Released: free for anyone.
        QVERIFY(anna.releaseLease(annas));
        QCOMPARE(omar.lease(story.id()).value(), std::nullopt);
        QCOMPARE(anna.renewLease(annas).value(), std::nullopt);
        QCOMPARE(omar.takeLease(omars, false)->token, u"window-b"_s);

        // A deleted story takes its lease with it; a missing one has none to take.
        QVERIFY(anna.deleteStory(story.id()));
        QCOMPARE(omar.renewLease(omars).value(), std::nullopt);
        const auto missing = omar.takeLease(omars, false);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    }

    void eachStoryHasItsOwnLease()
    {
        const QString path = m_dir.filePath(u"two.sqlite"_s);
        auto opened = TestLibrary::open(path);
        QVERIFY2(opened, qPrintable(why(opened)));
        StoryStore &store = *opened->store;
        Story a = Story::create();
        a.setHeadline(u"One"_s);
        a = store.saveStory(a).value();
        Story b = Story::create();
        b.setHeadline(u"Two"_s);
        b = store.saveStory(b).value();
        QCOMPARE(store.takeLease(leaseFor(a.id(), u"Anna"_s, u"m"_s, u"w1"_s), false)->token,
                 u"w1"_s);
        QCOMPARE(store.takeLease(leaseFor(b.id(), u"Omar"_s, u"m"_s, u"w2"_s), false)->token,
                 u"w2"_s);
        QCOMPARE(store.lease(a.id()).value()->holder, u"Anna"_s);
        QCOMPARE(store.lease(b.id()).value()->holder, u"Omar"_s);
        // A save is not held up by a lease: the version check guards the text.
        b.setBody(u"Saved by the story's own desk.\n"_s);
        QVERIFY(store.saveStory(b));
        QCOMPARE(store.lease(b.id()).value()->holder, u"Omar"_s);
    }
};

QTEST_GUILESS_MAIN(TestLeases)
#include "tst_leases.moc"
