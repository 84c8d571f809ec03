// SPDX-License-Identifier: MIT
#include "story/story.h"
#include "story/storyjson.h"

#include <QJsonDocument>
#include <QScopeGuard>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class TestStory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slugify_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("slug");
        QTest::newRow("plain") << u"City council votes to extend night bus routes"_s
                               << u"city-council-votes-to-extend-night-bus-routes"_s;
        QTest::newRow("apostrophe") << u"Observatory team spots comet’s tail"_s
                                    << u"observatory-team-spots-comets-tail"_s;
        QTest::newRow("accents") << u"Inês Duarte wins in São Tomé"_s
                                 << u"ines-duarte-wins-in-sao-tome"_s;
        QTest::newRow("punctuation runs")
                << u"  Wall -- cracked!!  (again) "_s << u"wall-cracked-again"_s;
        QTest::newRow("digits") << u"1.2 million euros for 3 routes"_s
                                << u"1-2-million-euros-for-3-routes"_s;
        QTest::newRow("nothing usable") << u"“…”"_s << QString();
        QTest::newRow("German") << u"Straße in Köln"_s << u"strasse-in-koln"_s;
        QTest::newRow("Polish") << u"Łódź"_s << u"lodz"_s;
        QTest::newRow("Greek") << u"Αθήνα"_s << u"athena"_s;
        QTest::newRow("Cyrillic") << u"Киев и Москва"_s << u"kiev-i-moskva"_s;
        QTest::newRow("Arabic") << u"موسكو تستضيف القمة"_s << u"mwskw-tstdyf-alqmt"_s;
        QTest::newRow("Arabic and English") << u"قمة G20 في الرياض"_s << u"qmt-g20-fy-alryad"_s;
        QTest::newRow("Chinese") << u"北京"_s << u"bei-jing"_s;
        QTest::newRow("long text cut at a word")
                << QString(u"word "_s.repeated(30))
                << u"word-word-word-word-word-word-word-word-word-word-word-word-word-word-word-word"_s;
    }

    void slugify()
    {
        QFETCH(QString, text);
        QFETCH(QString, slug);
        QCOMPARE(Copydesk::slugify(text), slug);
        QVERIFY(Copydesk::slugify(text).size() <= 80);
    }

    void ownScriptSlugs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("slug");
        QTest::newRow("Arabic") << u"موسكو تستضيف القمة"_s << u"موسكو-تستضيف-القمة"_s;
        QTest::newRow("Arabic with tatweel, vowels and a colon")
                << u"جنيف: القمـــة تُعقد غداً"_s << u"جنيف-القمة-تُعقد-غداً"_s;
        QTest::newRow("Arabic and English") << u"قمة G20 في الرياض"_s << u"قمة-g20-في-الرياض"_s;
        QTest::newRow("Greek lower-cased") << u"Αθήνα"_s << u"αθήνα"_s;
        QTest::newRow("German kept") << u"Straße in Köln"_s << u"straße-in-köln"_s;
        QTest::newRow("decomposed accents composed") << u"Sa\u0303o Tome\u0301"_s << u"são-tomé"_s;
        QTest::newRow("Devanagari vowel signs kept") << u"हिन्दी समाचार"_s << u"हिन्दी-समाचार"_s;
        QTest::newRow("Persian zero-width non-joiner") << u"می\u200Cخواهم"_s << u"میخواهم"_s;
        QTest::newRow("apostrophe") << u"Comet’s tail"_s << u"comets-tail"_s;
        QTest::newRow("a lone mark is dropped") << u"\u0301 news"_s << u"news"_s;
        QTest::newRow("supplementary plane letters") << u"𠀀𠀁 city"_s << u"𠀀𠀁-city"_s;
        QTest::newRow("nothing usable") << u"“…” !"_s << QString();
    }

    void ownScriptSlugs()
    {
        QFETCH(QString, text);
        QFETCH(QString, slug);
        QCOMPARE(Copydesk::slugify(text, Copydesk::SlugScript::Own), slug);
        // A slug slugified again stays itself: earlier slugs and typed ones round-trip.
        QCOMPARE(Copydesk::slugify(slug, Copydesk::SlugScript::Own), slug);
    }

    void longOwnScriptSlugsFitAFileName()
    {
        // Four bytes of UTF-8 a letter: 80 letters would make a 320-byte name.
        const QString text = QString(u"𠀀𠀁𠀂 "_s).repeated(40);
        const QString slug = Copydesk::slugify(text, Copydesk::SlugScript::Own);
        QVERIFY(!slug.isEmpty());
        QVERIFY2(slug.toUtf8().size() <= 180, qPrintable(QString::number(slug.toUtf8().size())));
        QVERIFY(!slug.endsWith(u'-'));
        QVERIFY(!slug.back().isHighSurrogate()); // cut between letters, never inside one
        QCOMPARE(QString::fromUtf8(slug.toUtf8()), slug);
        const QString arabic =
                Copydesk::slugify(u"كلمة "_s.repeated(60), Copydesk::SlugScript::Own);
        QVERIFY(arabic.size() <= 80);
        QVERIFY(arabic.endsWith(u"كلمة"_s));
    }

    void theProcessWideChoiceIsFollowed()
    {
        const auto restore =
                qScopeGuard([] { Copydesk::setSlugScript(Copydesk::SlugScript::Latin); });
        Copydesk::Story story;
        story.setHeadline(u"موسكو تستضيف القمة"_s);
        QCOMPARE(story.effectiveSlug(), u"mwskw-tstdyf-alqmt"_s);
        Copydesk::setSlugScript(Copydesk::SlugScript::Own);
        QCOMPARE(story.effectiveSlug(), u"موسكو-تستضيف-القمة"_s);
        story.setSlug(u"Qimma Moscow"_s);
        QCOMPARE(story.effectiveSlug(), u"qimma-moscow"_s);
    }

    void effectiveSlugPrefersTheEditedOne()
    {
        Story story = Story::create();
        story.setHeadline(u"Port reopens"_s);
        QCOMPARE(story.effectiveSlug(), u"port-reopens"_s);
        story.setSlug(u"Harbor Reopens"_s);
        QCOMPARE(story.effectiveSlug(), u"harbor-reopens"_s);
    }

    void shortCodeIsStableAndShort()
    {
        const QUuid id = QUuid::fromString(u"6f1c2a0e-8d4b-4e7a-9f3c-2b5d8e1a7c40"_s);
        QCOMPARE(shortCode(id).size(), 8);
        QCOMPARE(shortCode(id), u"dwe2m3md"_s);
        QCOMPARE(shortUrl(u"https://cpdk.example/s"_s, id), u"https://cpdk.example/s/dwe2m3md"_s);
        QCOMPARE(shortUrl(u"https://cpdk.example/s/"_s, id), u"https://cpdk.example/s/dwe2m3md"_s);
        QVERIFY(shortUrl(QString(), id).isEmpty());
        QVERIFY(shortCode(QUuid::createUuid()) != shortCode(id));
    }

    void wordsAndReadingTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("markdown marks are not words") << u"## Heading\n\n* one *two*"_s << 3;
        QTest::newRow("apostrophes stay in the word") << u"the comet’s tail isn't"_s << 4;
        QTest::newRow("numbers") << u"1.2 million euros"_s << 4;
    }

    void wordsAndReadingTime()
    {
        QFETCH(QString, text);
        QFETCH(int, words);
        QCOMPARE(wordCount(text), words);
        QCOMPARE(readingMinutes(0), 0);
        QCOMPARE(readingMinutes(1), 1);
        QCOMPARE(readingMinutes(230), 1);
        QCOMPARE(readingMinutes(231), 2);
    }

    void createdStoryIsADraftWithTimes()
    {
        const QDateTime now(QDate(2026, 11, 24), QTime(10, 30, 15, 500), QTimeZone::utc());
        const Story story = Story::create(now);
        QVERIFY(!story.id().isNull());
        QCOMPARE(story.status(), StoryStatus::Draft);
        QCOMPARE(story.version(), 0);
        QCOMPARE(story.createdAt(), now.addMSecs(-500));
        QCOMPARE(story.updatedAt(), story.createdAt());
        QVERIFY(!story.firstPublishedAt().isValid());
    }

    void jsonRoundTrip()
    {
        Story story = Story::create();
        story.setHeadline(u"Observatory team spots comet’s tail splitting in two"_s);
        story.setSlug(u"comet-tail"_s);
        story.setHighlights({u"One “quoted”"_s, u"Two"_s});
        story.setDateline(u"SANTA CRUZ DE LA PALMA"_s);
        story.setByline(u"Ana Rodríguez"_s);
        story.setBody(u"Para one.\n\nPara <two>."_s);
        story.setStatus(StoryStatus::Published);
        story.setFirstPublishedAt(QDateTime(QDate(2026, 11, 21), QTime(8, 0), QTimeZone::utc()));
        story.setEmbargoUntil(QDateTime(QDate(2026, 11, 21), QTime(7, 0), QTimeZone::utc()));
        story.setVersion(7);
        Photo photo;
        photo.fileId = u"ab12"_s;
        photo.caption = u"Tail above the dome."_s;
        photo.credit = u"Copydesk Photo"_s;
        photo.altText = u"A comet"_s;
        photo.width = 1200;
        photo.height = 800;
        story.setPhotos({photo});
        story.setUpdateNotes({{QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc()),
                               UpdateKind::Correction, u"Fixes the observatory’s name."_s}});

        const QByteArray bytes = QJsonDocument(StoryJson::toJson(story)).toJson();
        const auto back = StoryJson::fromJson(QJsonDocument::fromJson(bytes).object());
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.errorMessage()));
        QCOMPARE(back->headline(), story.headline());
        QCOMPARE(back->photos(), story.photos());
        QCOMPARE(back->updateNotes(), story.updateNotes());
        QVERIFY(*back == story);
    }

    void jsonRefusesBadInput()
    {
        QVERIFY(!StoryJson::fromJson(QJsonObject{}).ok());
        QJsonObject object = StoryJson::toJson(Story::create());
        object.insert(u"status"_s, u"frozen"_s);
        const auto result = StoryJson::fromJson(object);
        QVERIFY(!result.ok());
        QVERIFY(result.errorMessage().contains(u"frozen"_s));
    }
};

QTEST_GUILESS_MAIN(TestStory)
#include "tst_story.moc"
