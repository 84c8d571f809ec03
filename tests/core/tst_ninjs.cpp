// SPDX-License-Identifier: MIT
#include "feeds/ninjs.h"
#include "render/storypagerenderer.h"
#include "support/feedstories.h"
#include "support/golden.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Copydesk::Story)
Q_DECLARE_METATYPE(Copydesk::StoryStatus)

namespace {

QJsonObject firstOf(const QJsonObject &object, const QString &key)
{
    return object.value(key).toArray().at(0).toObject();
}

// The body as the story page shows it, cut out of the page itself: the
// ninjs body must be these very bytes.
QString pageBody(const Story &story)
{
    PageOptions options;
    options.timeZone = TestStories::site().timeZone;
    const QString page = renderStoryPage(story, options);
    if (story.status() == StoryStatus::Withdrawn) {
        // Nothing of the story is left on its page but the notice, which is its body.
        const QString notice = renderStoryBody(story, options.timeZone).trimmed();
        return page.contains(notice) ? notice + u'\n' : QString();
    }
    const QString open = u"<div class=\"body\">\n"_s;
    const qsizetype start = page.indexOf(open);
    // The body's HTML holds no div of its own: raw HTML in Markdown is text.
    const qsizetype end = start < 0 ? -1 : page.indexOf(u"</div>"_s, start);
    if (start < 0 || end < start)
        return {};
    return page.sliced(start + open.size(), end - start - open.size());
}

} // namespace

/// The ninjs 2.2 document of a story: golden files and each property's rule.
class TestNinjs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void golden_data()
    {
        QTest::addColumn<Story>("story");
        for (const auto &[name, story] : TestStories::all())
            QTest::newRow(qPrintable(name)) << story;
    }

    void golden()
    {
        QFETCH(Story, story);
        const QByteArray bytes = ninjsDocument(story, TestStories::site());
        QVERIFY(bytes.endsWith("}\n"));
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(bytes, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(parsed.object(), ninjsObject(story, TestStories::site()));
        Golden::compare(u"feeds/"_s + QLatin1StringView(QTest::currentDataTag()) + u".ninjs.json"_s,
                        bytes);
    }

    void sameStoryGivesSameBytes()
    {
        QCOMPARE(ninjsDocument(TestStories::full(), TestStories::site()),
                 ninjsDocument(TestStories::full(), TestStories::site()));
    }

    void onlySchemaPropertiesAtTheRoot_data() { golden_data(); }

    void onlySchemaPropertiesAtTheRoot()
    {
        QFETCH(Story, story);
        const QStringList known = ninjsRootProperties();
        const QJsonObject object = ninjsObject(story, TestStories::site());
        for (const QString &key : object.keys())
            QVERIFY2(known.contains(key), qPrintable(key));
        QVERIFY(!object.contains(u"shorturl"_s));
        QVERIFY(!object.contains(u"credit"_s));
    }

    void fullStory()
    {
        const Story story = TestStories::full();
        const QJsonObject ninjs = ninjsObject(story, TestStories::site());
        QCOMPARE(ninjs.value(u"uri"_s).toString(),
                 u"urn:copydesk:story:6f1c2a0e-8d4b-4e7a-9f3c-2b5d8e1a7c40"_s);
        QCOMPARE(ninjs.value(u"type"_s).toString(), u"text"_s);
        QCOMPARE(firstOf(ninjs, u"headlines"_s),
                 (QJsonObject{
                         {u"role"_s, u"main"_s},
                         {u"value"_s, u"Police detain 40 after march through central Moscow"_s}}));
        const QJsonArray descriptions = ninjs.value(u"descriptions"_s).toArray();
        QCOMPARE(descriptions.size(), 2);
        QCOMPARE(descriptions.at(1).toObject(),
                 (QJsonObject{{u"role"_s, u"highlight"_s},
                              {u"value"_s, u"Courts are expected to hear the cases on Monday"_s}}));
        QCOMPARE(ninjs.value(u"located"_s).toString(), u"MOSCOW"_s);
        QCOMPARE(ninjs.value(u"by"_s).toString(), u"By Irina Sokolova"_s);
        QCOMPARE(ninjs.value(u"slugline"_s).toString(),
                 u"police-detain-40-after-march-through-central-moscow"_s);
        QCOMPARE(ninjs.value(u"language"_s).toString(), u"en"_s);
        QCOMPARE(ninjs.value(u"pubstatus"_s).toString(), u"usable"_s);
        // The schema types version as a string.
        QVERIFY(ninjs.value(u"version"_s).isString());
        QCOMPARE(ninjs.value(u"version"_s).toString(), u"7"_s);
        QCOMPARE(ninjs.value(u"firstcreated"_s).toString(), u"2026-11-18T08:00:00Z"_s);
        QCOMPARE(ninjs.value(u"versioncreated"_s).toString(), u"2026-11-18T12:05:00Z"_s);
        QVERIFY(!ninjs.contains(u"embargoed"_s));
        QCOMPARE(firstOf(ninjs, u"altids"_s),
                 (QJsonObject{{u"role"_s, u"shorturl"_s},
                              {u"value"_s, u"https://cpdk.example/s/dwe2m3md"_s}}));
    }

    void bodyIsThePageBody_data() { golden_data(); }

    void bodyIsThePageBody()
    {
        QFETCH(Story, story);
        const QJsonObject body = firstOf(ninjsObject(story, TestStories::site()), u"bodies"_s);
        QCOMPARE(body.value(u"role"_s).toString(), u"main"_s);
        QCOMPARE(body.value(u"contenttype"_s).toString(), u"text/html"_s);
        const QString expected = pageBody(story);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(body.value(u"value"_s).toString(), expected);
        QVERIFY(body.value(u"charcount"_s).isDouble());
        QVERIFY(body.value(u"wordcount"_s).isDouble());
    }

    void bodyCounts_data()
    {
        QTest::addColumn<QString>("dateline");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("characters");
        QTest::addColumn<int>("words");
        // "ROME: One two three." is what a reader sees.
        QTest::newRow("dateline opens the text") << u"ROME"_s << u"One two three."_s << 20 << 4;
        QTest::newRow("markup and entities are not text")
                << QString() << u"**Bold** &amp; *it*\n\n## Sub"_s << 13 << 3;
        // Raw HTML in a body is shown as text, so it counts as text.
        QTest::newRow("raw html is text") << QString() << u"a <b>x</b>"_s << 10 << 4;
        QTest::newRow("astral characters count once")
                << QString() << u"\U0001F600 smile"_s << 7 << 1;
        QTest::newRow("blocks are separated") << QString() << u"one\n\ntwo"_s << 7 << 2;
    }

    void bodyCounts()
    {
        QFETCH(QString, dateline);
        QFETCH(QString, body);
        QFETCH(int, characters);
        QFETCH(int, words);
        Story story = TestStories::noPhoto();
        story.setDateline(dateline);
        story.setBody(body);
        const QJsonObject value = firstOf(ninjsObject(story, TestStories::site()), u"bodies"_s);
        QCOMPARE(value.value(u"charcount"_s).toInt(), characters);
        QCOMPARE(value.value(u"wordcount"_s).toInt(), words);
    }

    void noBodyNoBodies()
    {
        Story story = TestStories::noPhoto();
        story.setBody(QString());
        story.setDateline(QString());
        QVERIFY(!ninjsObject(story, TestStories::site()).contains(u"bodies"_s));
    }

    void pubstatus_data()
    {
        QTest::addColumn<StoryStatus>("status");
        QTest::addColumn<QString>("pubstatus");
        QTest::newRow("published") << StoryStatus::Published << u"usable"_s;
        QTest::newRow("draft") << StoryStatus::Draft << u"withheld"_s;
        QTest::newRow("scheduled") << StoryStatus::Scheduled << u"withheld"_s;
        QTest::newRow("withdrawn") << StoryStatus::Withdrawn << u"canceled"_s;
    }

    void pubstatus()
    {
        QFETCH(StoryStatus, status);
        QFETCH(QString, pubstatus);
        Story story = TestStories::full();
        story.setStatus(status);
        QCOMPARE(ninjsObject(story, TestStories::site()).value(u"pubstatus"_s).toString(),
                 pubstatus);
    }

    void timesAreUtcWithZ()
    {
        Story story = TestStories::full();
        const QTimeZone moscow("Europe/Moscow");
        story.setCreatedAt(QDateTime(QDate(2026, 11, 18), QTime(11, 0, 0, 250), moscow));
        story.setSavedAt(QDateTime());
        story.setEmbargoUntil(QDateTime(QDate(2026, 11, 19), QTime(15, 0), moscow));
        const QJsonObject ninjs = ninjsObject(story, TestStories::site());
        QCOMPARE(ninjs.value(u"firstcreated"_s).toString(), u"2026-11-18T08:00:00Z"_s);
        // Never saved: the version is as new as its last update.
        QCOMPARE(ninjs.value(u"versioncreated"_s).toString(), u"2026-11-18T11:58:00Z"_s);
        QCOMPARE(ninjs.value(u"embargoed"_s).toString(), u"2026-11-19T12:00:00Z"_s);
    }

    void unsetThingsAreLeftOut()
    {
        Story story;
        story.setId(QUuid::fromString(u"6f1c2a0e-8d4b-4e7a-9f3c-2b5d8e1a7c40"_s));
        // A site on this disk only: no short URL either.
        Site site = TestStories::site().withBaseUrl(QUrl(u"file:///srv/site/"_s));
        site.shortUrlBase.clear();
        site.language.clear();
        const QJsonObject ninjs = ninjsObject(story, site);
        QCOMPARE(QStringList(ninjs.keys()), (QStringList{u"pubstatus"_s, u"type"_s, u"uri"_s}));
        QCOMPARE(ninjs.value(u"pubstatus"_s).toString(), u"withheld"_s);
    }

    void photosAsAssociations()
    {
        const QJsonObject ninjs = ninjsObject(TestStories::full(), TestStories::site());
        const QJsonArray associations = ninjs.value(u"associations"_s).toArray();
        QCOMPARE(associations.size(), 2);

        const QJsonObject lead = associations.at(0).toObject();
        QCOMPARE(lead.value(u"name"_s).toString(), u"photo1"_s);
        QCOMPARE(lead.value(u"type"_s).toString(), u"picture"_s);
        QCOMPARE(lead.value(u"uri"_s).toString(), u"urn:copydesk:picture:3f0a9c1be2d4"_s);
        QCOMPARE(lead.value(u"by"_s).toString(), u"Copydesk Photo/Ivan Orlov"_s);
        QCOMPARE(lead.value(u"copyrightholder"_s).toString(), u"Copydesk Photo"_s);
        QCOMPARE(lead.value(u"descriptions"_s).toArray(),
                 (QJsonArray{QJsonObject{{u"role"_s, u"caption"_s},
                                         {u"value"_s, TestStories::leadPhoto().caption}},
                             QJsonObject{{u"role"_s, u"alt"_s},
                                         {u"value"_s, TestStories::leadPhoto().altText}}}));
        const QJsonArray renditions = lead.value(u"renditions"_s).toArray();
        QCOMPARE(renditions.size(), 3);
        QCOMPARE(renditions.at(0).toObject(),
                 (QJsonObject{{u"name"_s, u"original"_s},
                              {u"href"_s, u"https://news.example/desk/photos/3f0a9c1be2d4.jpg"_s},
                              {u"contenttype"_s, u"image/jpeg"_s},
                              {u"width"_s, 1600},
                              {u"height"_s, 1000}}));
        QCOMPARE(renditions.at(2).toObject(),
                 (QJsonObject{
                         {u"name"_s, u"w400"_s},
                         {u"href"_s, u"https://news.example/desk/photos/3f0a9c1be2d4-w400.jpg"_s},
                         {u"contenttype"_s, u"image/jpeg"_s},
                         {u"width"_s, 400},
                         {u"height"_s, 250}}));

        // "(Reuters)" as typed: the parentheses are the page's, not the name's.
        const QJsonObject second = associations.at(1).toObject();
        QCOMPARE(second.value(u"name"_s).toString(), u"photo2"_s);
        QCOMPARE(second.value(u"by"_s).toString(), u"Reuters"_s);
        QCOMPARE(second.value(u"copyrightholder"_s).toString(), u"Reuters"_s);
        QCOMPARE(second.value(u"descriptions"_s).toArray().size(), 1);
        const QJsonArray pngs = second.value(u"renditions"_s).toArray();
        QCOMPARE(pngs.size(), 2); // 800 wide: no 1200 rendition, never enlarged
        QCOMPARE(pngs.at(0).toObject().value(u"contenttype"_s).toString(), u"image/png"_s);
        QCOMPARE(pngs.at(1).toObject().value(u"name"_s).toString(), u"w400"_s);
    }

    void photoWithoutPictureIsLeftOut()
    {
        // A wire caption whose picture has not come: no association to a picture that is not there.
        const Story story = TestStories::photoWithoutFile();
        const QJsonObject ninjs = ninjsObject(story, TestStories::site());
        QVERIFY(!ninjs.contains(u"associations"_s));
        QVERIFY(!QJsonDocument(ninjs).toJson().contains("Cranes stand idle"));
    }

    void hostileTextStaysText()
    {
        const Story story = TestStories::hostile();
        const QJsonObject ninjs = ninjsObject(story, TestStories::site());
        // Plain-text properties carry the words exactly, not escaped twice.
        QCOMPARE(firstOf(ninjs, u"headlines"_s).value(u"value"_s).toString(),
                 story.headline().trimmed());
        // The HTML body never carries the markup as markup.
        const QString body = firstOf(ninjs, u"bodies"_s).value(u"value"_s).toString();
        QVERIFY(!body.contains(u"<script"_s));
        QVERIFY(!body.contains(u"<b "_s));
        QVERIFY(!body.contains(u"javascript:"_s));
        QVERIFY(body.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QVERIFY(body.contains(u"<strong class=\"dateline\">Z\u00DCRICH &lt;i&gt;:</strong>"_s));
        QVERIFY(body.contains(u"\U0001F600"_s));
        // The JSON itself parses back to the same text.
        const QByteArray bytes = ninjsDocument(story, TestStories::site());
        QCOMPARE(QJsonDocument::fromJson(bytes).object(), ninjs);
    }

    void shortUrlLivesOnTheSiteWithoutABase()
    {
        // No short-link service: the site answers s/<code> itself.
        Site site = TestStories::site();
        site.shortUrlBase = u"  "_s;
        const Story story = TestStories::full();
        const QJsonObject altid = firstOf(ninjsObject(story, site), u"altids"_s);
        QCOMPARE(altid.value(u"value"_s).toString(),
                 site.url(u"s/"_s).toString() + shortCode(story.id()));
        QCOMPARE(site.shortUrlFile(story), u"s/"_s + shortCode(story.id()) + u"/index.html"_s);
        // A site only on this disk has none.
        site = site.withBaseUrl(QUrl(u"file:///srv/site/"_s));
        QVERIFY(!ninjsObject(story, site).contains(u"altids"_s));
        QVERIFY(site.shortUrlFile(story).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNinjs)
#include "tst_ninjs.moc"
