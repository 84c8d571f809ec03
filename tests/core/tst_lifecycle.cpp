// SPDX-License-Identifier: MIT
#include "publish/folderdestination.h"
#include "publish/publishservice.h"
#include "store/library.h"
#include "support/testlibrary.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/golden.h"
#include "support/testing.h"

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Copydesk::PublicationKind)

/**
 * A story's whole life, publish → minor → major → correction → withdraw →
 * republish, through the publishing service into a folder: after every step
 * the page, the ninjs document and both feeds are compared with golden
 * files in tests/data/lifecycle/.
 */
class TestLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sequence()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto opened = TestLibrary::open(dir.filePath(u"library.sqlite"_s));
        QVERIFY2(opened, qPrintable(why(opened)));
        StoryStore &store = *opened->store;
        QDateTime now = utc(2026, 12, 1, 8, 0);
        store.setClock([&now] { return now; });

        Site site = Site().withBaseUrl(QUrl(u"https://news.example/world/"_s));
        site.title = u"Copydesk World"_s;
        site.timeZone = QTimeZone("Europe/London");
        site.shortUrlBase = u"https://cpdk.example/s/"_s;
        const QString folder = dir.filePath(u"site"_s);
        FolderDestination destination(folder, site);
        PublishService service(
                store, HouseStyle::defaultStyle(), {&destination}, [&now] { return now; },
                site.timeZone);

        Story story = Story::create(now);
        story.setId(QUuid::fromString(u"3f2a9c1e-7b4d-4e8f-a1c2-5d6e7f8a9b0c"_s));
        story.setHeadline(u"Ferry service resumes after storm"_s);
        story.setHighlights(
                {u"First sailing leaves at 07:00"_s, u"Timetable back to normal by Friday"_s});
        story.setDateline(u"VALLETTA"_s);
        story.setByline(u"By Lena Abela"_s);
        story.setBody(u"Ferries to Gozo resumed on Tuesday after two days of storms.\n\n"
                      u"“We are running every crossing,” the operator said.\n"_s);
        auto saved = store.saveStory(story);
        QVERIFY2(saved, qPrintable(why(saved)));

        struct Step
        {
            const char *name;
            PublicationKind kind;
            QString note;
            std::function<void(Story &)> edit;
        };
        const QList<Step> steps = {
                {"1-publish", PublicationKind::First, {}, {}},
                {"2-minor",
                 PublicationKind::Minor,
                 {},
                 [](Story &s) {
                     s.setBody(u"Ferries to Gozo resumed on Tuesday after two days of storms.\n\n"
                               u"“We are running every crossing,” the operator said.\n"_s);
                     s.setHighlights({u"First sailing left at 07:00"_s,
                                      u"Timetable back to normal by Friday"_s});
                 }},
                {"3-major", PublicationKind::Major, u"Adds the operator's figures for Wednesday."_s,
                 [](Story &s) {
                     s.setBody(s.body() + u"\nOn Wednesday 14 crossings are planned.\n"_s);
                 }},
                {"4-correction",
                 PublicationKind::Correction,
                 u"An earlier version said the storm lasted three days; it lasted two."_s,
                 {}},
                {"5-withdraw",
                 PublicationKind::Withdraw,
                 u"The operator's statement was not genuine."_s,
                 {}},
                {"6-republish",
                 PublicationKind::Republish,
                 u"Republished after the operator confirmed the statement."_s,
                 {}},
        };
        for (const Step &step : steps) {
            now = now.addSecs(45 * 60);
            if (step.edit) {
                auto current = store.loadStory(story.id());
                QVERIFY(current);
                step.edit(*current);
                QVERIFY(store.saveStory(*current));
            }
            const auto publication =
                    service.publish(PublishRequest{story.id(), step.kind, step.note, 0, u"desk"_s});
            QVERIFY2(publication,
                     qPrintable(u"%1: %2"_s.arg(QLatin1StringView(step.name),
                                                publication.errorMessage())));
            QVERIFY2(publication->delivered(), qPrintable(publication->failures().join(u'\n')));
            const QString base = u"lifecycle/"_s + QLatin1StringView(step.name);
            const QString slug = publication->story.effectiveSlug();
            Golden::compare(base + u".html"_s, fileBytes(folder + u'/' + slug + u".html"_s));
            Golden::compare(base + u".ninjs.json"_s, fileBytes(folder + u'/' + slug + u".json"_s));
            Golden::compare(base + u".feed.atom"_s, fileBytes(folder + u"/feed.atom"_s));
            Golden::compare(base + u".feed.json"_s, fileBytes(folder + u"/feed.json"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
