// SPDX-License-Identifier: MIT
#include "feeds/ninjs.h"
#include "publish/folderdestination.h"
#include "publish/publishservice.h"
#include "store/library.h"
#include "support/testlibrary.h"
#include "wire/wireimport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/testing.h"

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Copydesk::StoryStatus)
Q_DECLARE_METATYPE(Copydesk::PublicationKind)

/// The publishing service: every transition, refused ones included, with a clock the test sets.
class TestPublishService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoryStore> m_store;
    std::unique_ptr<FolderDestination> m_folder;
    std::unique_ptr<PublishService> m_service;
    QDateTime m_now;

    QString folder() const { return m_dir->filePath(u"site"_s); }
    QByteArray siteFile(const QString &path) const { return fileBytes(folder() + u'/' + path); }

    /// A draft the house style lets through.
    Story addStory(const QString &headline = u"Harbor reopens two berths"_s)
    {
        Story story = Story::create(m_now.addDays(-1));
        story.setHeadline(headline);
        story.setHighlights({u"Repairs finished nine days early"_s, u"Ships return Monday"_s});
        story.setDateline(u"VALLETTA"_s);
        story.setBody(u"The harbor authority reopened two berths.\n"_s);
        auto saved = m_store->saveStory(story);
        if (!saved)
            qWarning("%s", qPrintable(saved.errorMessage()));
        return saved ? *saved : story;
    }

    Story stored(const QUuid &id)
    {
        auto story = m_store->loadStory(id);
        return story ? *story : Story();
    }

    Result<Publication> publish(const QUuid &id, PublicationKind kind, const QString &note = {},
                                int expectedVersion = 0)
    {
        return m_service->publish(PublishRequest{id, kind, note, expectedVersion, u"desk"_s});
    }

    /// Moves a published story into a state by the service's own steps.
    Story storyIn(StoryStatus status)
    {
        Story story = addStory();
        if (status == StoryStatus::Scheduled) {
            auto scheduled = m_service->schedule(story.id(), m_now.addSecs(3600));
            return scheduled ? *scheduled : story;
        }
        if (status == StoryStatus::Draft)
            return story;
        auto out = publish(story.id(), PublicationKind::First);
        if (!out)
            return story;
        if (status == StoryStatus::Published)
            return out->story;
        auto withdrawn = publish(story.id(), PublicationKind::Withdraw, u"Wrong figures"_s);
        return withdrawn ? withdrawn->story : story;
    }

    QJsonObject ninjsFile(const Story &story)
    {
        return QJsonDocument::fromJson(siteFile(story.effectiveSlug() + u".json"_s)).object();
    }

    QStringList feedIds()
    {
        QStringList ids;
        const QJsonArray items = QJsonDocument::fromJson(siteFile(u"feed.json"_s))
                                         .object()
                                         .value(u"items"_s)
                                         .toArray();
        for (const QJsonValue &item : items)
            ids.append(item.toObject().value(u"id"_s).toString());
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = TestLibrary::open(m_dir->filePath(u"library.sqlite"_s));
        QVERIFY2(opened, qPrintable(why(opened)));
        m_store = std::move(opened->store);
        m_now = utc(2026, 12, 1, 9, 0);
        m_store->setClock([this] { return m_now; });
        Site site = Site().withBaseUrl(QUrl(u"https://news.example/"_s));
        site.timeZone = QTimeZone("Europe/London");
        m_folder = std::make_unique<FolderDestination>(folder(), site);
        m_service = std::make_unique<PublishService>(
                *m_store, HouseStyle::defaultStyle(), QList<Destination *>{m_folder.get()},
                [this] { return m_now; }, QTimeZone("Europe/London"));
    }

    void cleanup()
    {
        m_service.reset();
        m_folder.reset();
        m_store.reset();
        m_dir.reset();
    }

    void refusedTransitions_data()
    {
        QTest::addColumn<StoryStatus>("status");
        QTest::addColumn<PublicationKind>("kind");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("message");
        QTest::newRow("first publication of a published story")
                << StoryStatus::Published << PublicationKind::First << QString()
                << u"already published"_s;
        QTest::newRow("minor update of a draft") << StoryStatus::Draft << PublicationKind::Minor
                                                 << QString() << u"not published yet"_s;
        QTest::newRow("major update without a note")
                << StoryStatus::Published << PublicationKind::Major << u"  "_s << u"needs a note"_s;
        QTest::newRow("correction without a note")
                << StoryStatus::Published << PublicationKind::Correction << QString()
                << u"needs a note"_s;
        QTest::newRow("withdraw a draft") << StoryStatus::Draft << PublicationKind::Withdraw
                                          << u"Wrong"_s << u"never published"_s;
        QTest::newRow("withdraw a scheduled story")
                << StoryStatus::Scheduled << PublicationKind::Withdraw << u"Wrong"_s
                << u"unschedule it"_s;
        QTest::newRow("withdraw without a reason")
                << StoryStatus::Published << PublicationKind::Withdraw << QString()
                << u"needs a reason"_s;
        QTest::newRow("withdraw twice") << StoryStatus::Withdrawn << PublicationKind::Withdraw
                                        << u"Again"_s << u"already withdrawn"_s;
        QTest::newRow("update a withdrawn story")
                << StoryStatus::Withdrawn << PublicationKind::Major << u"More"_s
                << u"republish it"_s;
        QTest::newRow("republish a published story")
                << StoryStatus::Published << PublicationKind::Republish << QString()
                << u"Only a withdrawn story"_s;
        QTest::newRow("first publication of a withdrawn story")
                << StoryStatus::Withdrawn << PublicationKind::First << QString()
                << u"republish it"_s;
    }

    void refusedTransitions()
    {
        QFETCH(StoryStatus, status);
        QFETCH(PublicationKind, kind);
        QFETCH(QString, note);
        QFETCH(QString, message);
        const Story story = storyIn(status);
        QCOMPARE(stored(story.id()).status(), status);
        const int version = stored(story.id()).version();
        const auto deliveriesBefore = m_store->deliveries(story.id());
        QVERIFY(deliveriesBefore);

        const auto refused = publish(story.id(), kind, note);
        QVERIFY(!refused);
        QCOMPARE(refused.errorKind(), ErrorKind::InvalidInput);
        QVERIFY2(refused.errorMessage().contains(message), qPrintable(refused.errorMessage()));
        // Nothing was recorded: no version, no delivery.
        QCOMPARE(stored(story.id()).version(), version);
        QCOMPARE(m_store->deliveries(story.id())->size(), deliveriesBefore->size());
        // The check the dialog shows says the same before anything is tried.
        const PublicationCheck checked = m_service->check(stored(story.id()), kind, note);
        QVERIFY(!checked.allowed());
        QVERIFY(checked.reasons().join(u' ').contains(message));
    }

    void houseStyleErrorsStopAPublication()
    {
        Story story = addStory();
        story.setBody(u"Figures TK from the ministry.\n"_s); // a placeholder left in
        story = *m_store->saveStory(story);
        const auto refused = publish(story.id(), PublicationKind::First);
        QVERIFY(!refused);
        QCOMPARE(refused.errorKind(), ErrorKind::InvalidInput);
        QVERIFY2(refused.errorMessage().contains(u"TK"_s), qPrintable(refused.errorMessage()));
        QCOMPARE(stored(story.id()).status(), StoryStatus::Draft);
        QVERIFY(!QFileInfo::exists(folder() + u"/harbor-reopens-two-berths.html"_s));
        // A withdrawal takes a story down whatever its text says.
        story.setBody(u"Figures from the ministry.\n"_s);
        story = *m_store->saveStory(story);
        QVERIFY(publish(story.id(), PublicationKind::First));
        story = stored(story.id());
        story.setBody(u"Figures TK from the ministry.\n"_s);
        QVERIFY(m_store->saveStory(story));
        QVERIFY(publish(story.id(), PublicationKind::Withdraw, u"Legal advice"_s));
    }

    void everyKindMovesStatusAndTimes()
    {
        const Story draft = addStory();
        const QDateTime t0 = m_now;
        auto first = publish(draft.id(), PublicationKind::First);
        QVERIFY2(first, qPrintable(why(first)));
        QVERIFY(first->delivered());
        QCOMPARE(first->story.status(), StoryStatus::Published);
        QCOMPARE(first->story.firstPublishedAt(), t0);
        QCOMPARE(first->story.updatedAt(), t0);
        QCOMPARE(ninjsFile(first->story).value(u"pubstatus"_s).toString(), u"usable"_s);
        QCOMPARE(feedIds(), QStringList{storyUrn(first->story)});

        // Minor: a new version, the stamp stays.
        m_now = t0.addSecs(600);
        Story edited = first->story;
        edited.setBody(u"The harbour authority reopened two berths.\n"_s);
        edited = *m_store->saveStory(edited);
        auto minor = publish(draft.id(), PublicationKind::Minor);
        QVERIFY2(minor, qPrintable(why(minor)));
        QCOMPARE(minor->story.version(), edited.version() + 1);
        QCOMPARE(minor->story.updatedAt(), t0);
        QCOMPARE(minor->story.updateNotes().size(), 0);
        QVERIFY(siteFile(u"harbor-reopens-two-berths.html"_s).contains("harbour authority"));

        // Major: the stamp moves and the note is listed.
        m_now = t0.addSecs(1200);
        auto major = publish(draft.id(), PublicationKind::Major, u"Adds the ministry's figures"_s);
        QVERIFY2(major, qPrintable(why(major)));
        QCOMPARE(major->story.updatedAt(), m_now);
        QCOMPARE(major->story.firstPublishedAt(), t0);
        QCOMPARE(major->story.updateNotes().size(), 1);
        QCOMPARE(major->story.updateNotes().constFirst().kind, UpdateKind::Update);
        QVERIFY(siteFile(u"harbor-reopens-two-berths.html"_s).contains("Adds the ministry"));

        // Correction: the stamp moves and a dated notice goes above the story.
        m_now = t0.addSecs(1800);
        auto correction = publish(draft.id(), PublicationKind::Correction,
                                  u"An earlier version gave the wrong berth numbers."_s);
        QVERIFY2(correction, qPrintable(why(correction)));
        QCOMPARE(correction->story.updatedAt(), m_now);
        QCOMPARE(correction->story.updateNotes().constLast().kind, UpdateKind::Correction);
        const QByteArray page = siteFile(u"harbor-reopens-two-berths.html"_s);
        QVERIFY(page.contains("notice correction"));
        QVERIFY(page.contains("1 December 2026, 09:30 GMT"));

        // Withdraw: a notice in place of the page, canceled in ninjs, out of the feeds.
        m_now = t0.addSecs(2400);
        auto withdrawn = publish(draft.id(), PublicationKind::Withdraw, u"Legal advice"_s);
        QVERIFY2(withdrawn, qPrintable(why(withdrawn)));
        QCOMPARE(withdrawn->story.status(), StoryStatus::Withdrawn);
        QCOMPARE(withdrawn->story.withdrawnAt(), m_now);
        QCOMPARE(withdrawn->story.withdrawalReason(), u"Legal advice"_s);
        const QByteArray notice = siteFile(u"harbor-reopens-two-berths.html"_s);
        QVERIFY(notice.contains("This story has been withdrawn"));
        QVERIFY(notice.contains("Legal advice"));
        QVERIFY(!notice.contains("harbour authority"));
        QCOMPARE(ninjsFile(withdrawn->story).value(u"pubstatus"_s).toString(), u"canceled"_s);
        QVERIFY(feedIds().isEmpty());
        // The story stays in the library.
        QCOMPARE(stored(draft.id()).body(), edited.body());

        // Republish: back in the feeds, the stamp moves.
        m_now = t0.addSecs(3000);
        auto back = publish(draft.id(), PublicationKind::Republish);
        QVERIFY2(back, qPrintable(why(back)));
        QCOMPARE(back->story.status(), StoryStatus::Published);
        QCOMPARE(back->story.updatedAt(), m_now);
        QCOMPARE(feedIds(), QStringList{storyUrn(back->story)});
        QVERIFY(siteFile(u"harbor-reopens-two-berths.html"_s).contains("harbour authority"));

        // Every step is in the history with its kind and who did it.
        const auto history = m_store->revisions(draft.id());
        QVERIFY2(history, qPrintable(why(history)));
        QList<RevisionKind> kinds;
        for (const RevisionInfo &revision : *history)
            kinds.prepend(revision.kind);
        QCOMPARE(kinds,
                 (QList<RevisionKind>{RevisionKind::Save, RevisionKind::Publish, RevisionKind::Save,
                                      RevisionKind::Minor, RevisionKind::Major,
                                      RevisionKind::Correction, RevisionKind::Withdraw,
                                      RevisionKind::Republish}));
        QCOMPARE(history->constFirst().author, u"desk"_s);
        QCOMPARE(history->at(1).note, u"Legal advice"_s);
        QCOMPARE(m_store->storySummary(draft.id())->publishedVersion, back->story.version());
    }

    void aSaveAfterPublicationIsNotOut()
    {
        const Story draft = addStory();
        auto first = publish(draft.id(), PublicationKind::First);
        QVERIFY2(first, qPrintable(why(first)));
        Story edited = first->story;
        edited.setHeadline(u"Harbor reopens two berths, unpublished edit"_s);
        QVERIFY(m_store->saveStory(edited));

        // Another story's publication rewrites the feeds: they keep what readers have.
        const Story other = addStory(u"Night buses run all winter"_s);
        QVERIFY(publish(other.id(), PublicationKind::First));
        QVERIFY(!siteFile(u"feed.atom"_s).contains("unpublished edit"));
        QVERIFY(siteFile(u"feed.atom"_s).contains("Harbor reopens two berths"));
        QVERIFY(!siteFile(u"harbor-reopens-two-berths.html"_s).contains("unpublished edit"));
    }

    void minorUpdateOfUnchangedTextRecordsNothing()
    {
        const Story draft = addStory();
        auto first = publish(draft.id(), PublicationKind::First);
        QVERIFY2(first, qPrintable(why(first)));
        // Saved again without a word changed: a version readers already have.
        auto resaved = m_store->saveStory(first->story);
        QVERIFY2(resaved, qPrintable(why(resaved)));
        QCOMPARE(resaved->version(), first->story.version() + 1);
        const int revisionsBefore = int(m_store->revisions(draft.id())->size());

        auto minor = publish(draft.id(), PublicationKind::Minor);
        QVERIFY2(minor, qPrintable(why(minor)));
        QVERIFY(minor->unchanged);
        QCOMPARE(minor->story.version(), resaved->version());
        QCOMPARE(minor->story.updatedAt(), first->story.updatedAt());
        // Nothing is left "not out yet", and no revision was recorded.
        QCOMPARE(m_store->storySummary(draft.id())->publishedVersion, resaved->version());
        QCOMPARE(int(m_store->revisions(draft.id())->size()), revisionsBefore);
    }

    void staleVersionIsAConflict()
    {
        const Story draft = addStory();
        const auto refused = publish(draft.id(), PublicationKind::First, {}, draft.version() + 5);
        QVERIFY(!refused);
        QCOMPARE(refused.errorKind(), ErrorKind::Conflict);
        QCOMPARE(stored(draft.id()).status(), StoryStatus::Draft);
        QVERIFY(publish(draft.id(), PublicationKind::First, {}, draft.version()));
    }

    void embargoHoldsEveryPublication()
    {
        const Story draft = addStory();
        const QDateTime lifts = m_now.addSecs(2 * 3600);
        const auto embargoed = m_service->setEmbargo(draft.id(), lifts);
        QVERIFY2(embargoed, qPrintable(why(embargoed)));
        const auto refused = publish(draft.id(), PublicationKind::First);
        QVERIFY(!refused);
        QCOMPARE(refused.errorKind(), ErrorKind::InvalidInput);
        // The time it lifts, in the newsroom's zone with UTC beside it.
        QVERIFY2(refused.errorMessage().contains(u"Tue 1 Dec 2026 11:00 GMT"_s),
                 qPrintable(refused.errorMessage()));
        // ninjs carries it while the story waits.
        QCOMPARE(ninjsObject(stored(draft.id()), m_folder->site()).value(u"embargoed"_s).toString(),
                 u"2026-12-01T11:00:00Z"_s);
        // Scheduling before it lifts is refused too; at or after it, allowed.
        QVERIFY(!m_service->schedule(draft.id(), lifts.addSecs(-60)));
        QVERIFY(m_service->schedule(draft.id(), lifts));
        m_now = lifts;
        const auto due = m_service->publishDue();
        QVERIFY2(due, qPrintable(why(due)));
        QCOMPARE(due->size(), 1);
        QVERIFY(due->constFirst().publication);
        QCOMPARE(stored(draft.id()).status(), StoryStatus::Published);
    }

    void scheduleAndPublishDueOnce()
    {
        const Story draft = addStory();
        QVERIFY(!m_service->schedule(draft.id(), m_now.addSecs(-60))); // the past
        const auto scheduled = m_service->schedule(draft.id(), m_now.addSecs(3600));
        QVERIFY2(scheduled, qPrintable(why(scheduled)));
        QCOMPARE(scheduled->status(), StoryStatus::Scheduled);
        QCOMPARE(scheduled->scheduledFor(), m_now.addSecs(3600));

        m_now = m_now.addSecs(3599);
        QVERIFY(m_service->publishDue()->isEmpty());
        QCOMPARE(stored(draft.id()).status(), StoryStatus::Scheduled);

        m_now = m_now.addSecs(1);
        const auto due = m_service->publishDue();
        QVERIFY2(due, qPrintable(why(due)));
        QCOMPARE(due->size(), 1);
        QVERIFY(due->constFirst().publication);
        QVERIFY(due->constFirst().publication->lateNote.isEmpty());
        const Story out = stored(draft.id());
        QCOMPARE(out.status(), StoryStatus::Published);
        QCOMPARE(out.firstPublishedAt(), m_now);
        QVERIFY(!out.scheduledFor().isValid());
        // A second run finds nothing left to do.
        QVERIFY(m_service->publishDue()->isEmpty());
        QCOMPARE(m_store->deliveries(draft.id())->size(), 1);
    }

    void missedScheduleIsPublishedLateAndSaysSo()
    {
        const Story draft = addStory();
        QVERIFY(m_service->schedule(draft.id(), utc(2026, 12, 1, 9, 30)));
        m_now = utc(2026, 12, 1, 12, 42);
        const auto due = m_service->publishDue();
        QVERIFY2(due, qPrintable(why(due)));
        QCOMPARE(due->size(), 1);
        const QString late = due->constFirst().publication->lateNote;
        QVERIFY2(late.contains(u"3 h 12 min late"_s), qPrintable(late));
        const auto history = m_store->revisions(draft.id());
        QCOMPARE(history->constFirst().kind, RevisionKind::Publish);
        QCOMPARE(history->constFirst().note, late);
    }

    void scheduledStoryThatBrokeHouseStyleReturnsToTheDrafts()
    {
        Story draft = addStory();
        QVERIFY(m_service->schedule(draft.id(), m_now.addSecs(600)));
        Story broken = stored(draft.id());
        broken.setHeadline(QString());
        QVERIFY(m_store->saveStory(broken));
        m_now = m_now.addSecs(600);
        const auto due = m_service->publishDue();
        QVERIFY2(due, qPrintable(why(due)));
        QCOMPARE(due->size(), 1);
        QVERIFY(due->constFirst().error);
        const Story after = stored(draft.id());
        QCOMPARE(after.status(), StoryStatus::Draft);
        QCOMPARE(m_store->revisions(draft.id())->constFirst().kind, RevisionKind::Unschedule);
        QVERIFY(m_store->deliveries(draft.id())->isEmpty());
    }

    void unscheduleAndReschedule()
    {
        const Story draft = addStory();
        QVERIFY(!m_service->unschedule(draft.id()));
        QVERIFY(m_service->schedule(draft.id(), m_now.addSecs(600)));
        QVERIFY(m_service->schedule(draft.id(), m_now.addSecs(1200))); // moved
        QCOMPARE(stored(draft.id()).scheduledFor(), m_now.addSecs(1200));
        const auto back = m_service->unschedule(draft.id());
        QVERIFY2(back, qPrintable(why(back)));
        QCOMPARE(back->status(), StoryStatus::Draft);
        m_now = m_now.addSecs(1200);
        QVERIFY(m_service->publishDue()->isEmpty());
        // A published story is not scheduled again.
        QVERIFY(publish(draft.id(), PublicationKind::First));
        QVERIFY(!m_service->schedule(draft.id(), m_now.addSecs(600)));
    }

    void restoreMakesANewVersion()
    {
        const Story draft = addStory();
        auto out = publish(draft.id(), PublicationKind::First);
        QVERIFY(out);
        Story edited = out->story;
        edited.setHeadline(u"A headline that was wrong"_s);
        edited.setBody(u"Wrong text.\n"_s);
        edited = *m_store->saveStory(edited);

        const auto restored = m_service->restore(draft.id(), out->story.version());
        QVERIFY2(restored, qPrintable(why(restored)));
        QCOMPARE(restored->version(), edited.version() + 1);
        QCOMPARE(restored->headline(), draft.headline());
        QCOMPARE(restored->body(), draft.body());
        QCOMPARE(restored->status(), StoryStatus::Published);
        // Nothing was overwritten: the wrong version is still there.
        QCOMPARE(m_store->loadRevision(draft.id(), edited.version())->body(), edited.body());
        const auto history = m_store->revisions(draft.id());
        QCOMPARE(history->constFirst().kind, RevisionKind::Restore);
        QVERIFY(history->constFirst().note.contains(QString::number(out->story.version())));
        QVERIFY(!m_service->restore(draft.id(), 99));
    }

    void failedDeliveryIsTriedAgain()
    {
        const Story draft = addStory();
        // Something in the way of the page: the library records the
        // publication, the delivery fails and is kept for another try.
        QVERIFY(QDir().mkpath(folder() + u"/harbor-reopens-two-berths.html"_s));
        const auto out = publish(draft.id(), PublicationKind::First);
        QVERIFY2(out, qPrintable(why(out)));
        QVERIFY(!out->delivered());
        QCOMPARE(out->failures().size(), 1);
        QCOMPARE(stored(draft.id()).status(), StoryStatus::Published);
        QCOMPARE(m_store->unfinishedDeliveries(m_folder->key(), 10)->size(), 1);

        QVERIFY(QDir(folder() + u"/harbor-reopens-two-berths.html"_s).removeRecursively());
        const auto again = m_service->deliverUnfinished();
        QVERIFY2(again, qPrintable(why(again)));
        QCOMPARE(again->size(), 1);
        QVERIFY(again->constFirst().ok());
        QVERIFY(siteFile(u"harbor-reopens-two-berths.html"_s).contains("Harbor reopens"));
        QVERIFY(m_store->unfinishedDeliveries(m_folder->key(), 10)->isEmpty());
        QVERIFY(m_service->deliverUnfinished()->isEmpty());
    }

    void publishingWithoutADestinationIsRefused()
    {
        PublishService nowhere(*m_store, HouseStyle::defaultStyle(), {}, [this] { return m_now; });
        const Story draft = addStory();
        const auto refused =
                nowhere.publish(PublishRequest{draft.id(), PublicationKind::First, {}, 0, {}});
        QVERIFY(!refused);
        QCOMPARE(refused.errorKind(), ErrorKind::InvalidInput);
        QCOMPARE(stored(draft.id()).status(), StoryStatus::Draft);
    }

    void kindsFollowTheStatus()
    {
        QCOMPARE(PublishService::kindsFor(StoryStatus::Draft),
                 QList<PublicationKind>{PublicationKind::First});
        QCOMPARE(PublishService::kindsFor(StoryStatus::Published).constFirst(),
                 PublicationKind::Minor);
        QVERIFY(PublishService::kindsFor(StoryStatus::Published)
                        .contains(PublicationKind::Withdraw));
        QCOMPARE(PublishService::kindsFor(StoryStatus::Withdrawn),
                 QList<PublicationKind>{PublicationKind::Republish});
    }

    void anArabicWirePageRoundTrips()
    {
        // Imported from a wire page, as the desk receives it.
        const QByteArray page =
                QStringLiteral(
                        u"استئناف محادثات جنيف بشأن المياه\n\nUpdated 1 December 2026\nFollow\n\n"
                        "استئناف محادثات جنيف بشأن المياه\n\n"
                        "  \u2022 الوفود تعود إلى الطاولة بعد ستة أسابيع\n"
                        "  \u2022 The envoy expects a draft by the end of the year\n\n"
                        "جنيف: قالت الأمم المتحدة إن المحادثات ستُستأنف يوم الإثنين.\n"
                        "وقال المبعوث إن «المسودة أقرب من أي وقت مضى».\n")
                        .toUtf8();
        const WireFileOutcome imported = importWireText(*m_store, page, WireOptions{});
        QVERIFY2(imported.problems.isEmpty(), "the Arabic page imports");
        QCOMPARE(imported.imported.size(), 1);
        Story story = imported.imported.constFirst();
        QCOMPARE(story.dateline(), u"جنيف"_s);
        QCOMPARE(story.highlights().size(), 2);

        // Edited: the language set, a paragraph added; saved.
        story.setLanguage(u"ar"_s);
        story.setBody(story.body() + u"\n\nThe talks resume on Monday in Geneva."_s);
        auto saved = m_store->saveStory(story);
        QVERIFY2(saved, qPrintable(why(saved)));
        // The slug is made from the Arabic headline, in Latin letters.
        const QString slug = saved->effectiveSlug();
        QVERIFY2(QRegularExpression(u"^[a-z0-9]+(-[a-z0-9]+)+$"_s).match(slug).hasMatch(),
                 qPrintable(slug));

        // Published: every output says Arabic, the page reads right to left.
        auto out = publish(saved->id(), PublicationKind::First);
        QVERIFY2(out, qPrintable(why(out)));
        QVERIFY(out->delivered());
        const QString html = QString::fromUtf8(siteFile(slug + u".html"_s));
        QVERIFY2(html.contains(u"lang=\"ar\""_s) && html.contains(u"dir=\"rtl\""_s),
                 qPrintable(html.left(400)));
        QVERIFY(html.contains(u"جنيف"_s));
        QVERIFY(html.contains(u"The talks resume on Monday in Geneva."_s));
        QCOMPARE(ninjsFile(*saved).value(u"language"_s).toString(), u"ar"_s);
        const QString atom = QString::fromUtf8(siteFile(u"feed.atom"_s));
        QVERIFY(atom.contains(u"xml:lang=\"ar\""_s));
        const QJsonArray items = QJsonDocument::fromJson(siteFile(u"feed.json"_s))
                                         .object()
                                         .value(u"items"_s)
                                         .toArray();
        QVERIFY(!items.isEmpty());
        QCOMPARE(items.first().toObject().value(u"language"_s).toString(), u"ar"_s);
    }

    void ownScriptSlugsArePercentEncodedInEveryAddress()
    {
        setSlugScript(SlugScript::Own);
        const auto restore = qScopeGuard([] { setSlugScript(SlugScript::Latin); });
        const QString arabic = u"موسكو تستضيف القمة"_s;
        const QString slug = u"موسكو-تستضيف-القمة"_s;
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(slug));
        Story story = addStory(arabic);
        story.setLanguage(u"ar"_s);
        QVERIFY(m_store->saveStory(story));
        QCOMPARE(stored(story.id()).effectiveSlug(), slug);
        // The library keeps own-script slugs unique as it does Latin ones.
        const Story twin = addStory(arabic);
        QCOMPARE(twin.effectiveSlug(), slug + u"-2"_s);

        auto out = publish(story.id(), PublicationKind::First);
        QVERIFY2(out && out->delivered(), qPrintable(out ? out->failures().join(u'\n') : why(out)));
        // The files carry the slug as it is; every link to them is percent-encoded.
        QVERIFY(QFileInfo::exists(folder() + u'/' + slug + u".html"_s));
        QVERIFY(QFileInfo::exists(folder() + u'/' + slug + u".json"_s));
        const QString address = u"https://news.example/"_s + encoded + u".html"_s;
        const QString page = QString::fromUtf8(siteFile(slug + u".html"_s));
        QVERIFY2(page.contains(u"<link rel=\"canonical\" href=\""_s + address + u'"'),
                 qPrintable(page.left(1200)));
        QVERIFY(page.contains(u"<meta property=\"og:url\" content=\""_s + address + u'"'));
        const QString atom = QString::fromUtf8(siteFile(u"feed.atom"_s));
        QVERIFY2(atom.contains(u"href=\""_s + address + u'"'), qPrintable(atom));
        const QJsonObject item = QJsonDocument::fromJson(siteFile(u"feed.json"_s))
                                         .object()
                                         .value(u"items"_s)
                                         .toArray()
                                         .first()
                                         .toObject();
        QCOMPARE(item.value(u"url"_s).toString(), address);
        const QString front = QString::fromUtf8(siteFile(u"index.html"_s));
        QVERIFY2(front.contains(u"href=\""_s + encoded + u".html\""_s), qPrintable(front));
        const QString shortPage =
                QString::fromUtf8(siteFile(u"s/"_s + shortCode(story.id()) + u"/index.html"_s));
        QVERIFY(shortPage.contains(address));
        // Nowhere does a raw slug stand in an address.
        for (const QString &text : {page, atom, front, shortPage})
            QVERIFY(!text.contains(u"/"_s + slug) && !text.contains(u"\""_s + slug));

        // A new headline moves the story; the old address points at the new one.
        Story renamed = stored(story.id());
        renamed.setHeadline(u"القمة تبدأ في موسكو"_s);
        QVERIFY(m_store->saveStory(renamed));
        auto moved = publish(story.id(), PublicationKind::Major, u"عنوان جديد"_s);
        QVERIFY2(moved && moved->delivered(),
                 qPrintable(moved ? moved->failures().join(u'\n') : why(moved)));
        const QString newSlug = u"القمة-تبدأ-في-موسكو"_s;
        QVERIFY(QFileInfo::exists(folder() + u'/' + newSlug + u".html"_s));
        const QString pointer = QString::fromUtf8(siteFile(slug + u".html"_s));
        QVERIFY2(pointer.contains(u"url="_s +
                                  QString::fromLatin1(QUrl::toPercentEncoding(newSlug)) +
                                  u".html"_s),
                 qPrintable(pointer));

        // Back to Latin slugs: the story moves again, and both earlier addresses point at it.
        setSlugScript(SlugScript::Latin);
        Story latin = stored(story.id());
        latin.setBody(latin.body() + u"\nMore.\n"_s);
        QVERIFY(m_store->saveStory(latin));
        auto third = publish(story.id(), PublicationKind::Minor);
        QVERIFY2(third && third->delivered(),
                 qPrintable(third ? third->failures().join(u'\n') : why(third)));
        const QString latinSlug = stored(story.id()).effectiveSlug();
        QCOMPARE(latinSlug, slugify(u"القمة تبدأ في موسكو"_s, SlugScript::Latin));
        for (const QString &earlier : {slug, newSlug})
            QVERIFY2(siteFile(earlier + u".html"_s).contains((u"url="_s + latinSlug).toUtf8()),
                     qPrintable(earlier));
    }

    void aStoryWithoutSlugLettersIsRefusedInTheChosenScriptsTerms()
    {
        const Story story = addStory(u"“…”"_s);
        auto refused = publish(story.id(), PublicationKind::First);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"Latin letters or digits"_s),
                 qPrintable(refused.errorMessage()));
        setSlugScript(SlugScript::Own);
        const auto restore = qScopeGuard([] { setSlugScript(SlugScript::Latin); });
        auto again = publish(story.id(), PublicationKind::First);
        QVERIFY(!again);
        QVERIFY2(again.errorMessage().contains(u"with letters or digits"_s),
                 qPrintable(again.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestPublishService)
#include "tst_publishservice.moc"
