// SPDX-License-Identifier: MIT
#include "feeds/jsonfeed.h"
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

namespace {

QList<Story> feedStories()
{
    return {TestStories::full(), TestStories::noPhoto(), TestStories::photoWithoutFile(),
            TestStories::noByline(), TestStories::hostile()};
}

QJsonObject parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return document.object();
}

} // namespace

/// The JSON Feed 1.1 feed and items: golden files, parsed back, the spec's members.
class TestJsonFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void goldenItem_data()
    {
        QTest::addColumn<Story>("story");
        for (const auto &[name, story] : TestStories::all())
            QTest::newRow(qPrintable(name)) << story;
    }

    void goldenItem()
    {
        QFETCH(Story, story);
        const QByteArray bytes = jsonFeedItemDocument(story, TestStories::site());
        QCOMPARE(parse(bytes), jsonFeedItem(story, TestStories::site()));
        Golden::compare(u"feeds/"_s + QLatin1StringView(QTest::currentDataTag()) + u".item.json"_s,
                        bytes);
    }

    void goldenFeed()
    {
        Golden::compare(u"feeds/feed.json"_s, jsonFeed(feedStories(), TestStories::site()));
    }

    void feedMembers()
    {
        const QJsonObject feed = parse(jsonFeed(feedStories(), TestStories::site()));
        QCOMPARE(feed.value(u"version"_s).toString(), u"https://jsonfeed.org/version/1.1"_s);
        QCOMPARE(feed.value(u"title"_s).toString(), u"Copydesk Test Desk"_s);
        QCOMPARE(feed.value(u"home_page_url"_s).toString(), u"https://news.example/desk/"_s);
        QCOMPARE(feed.value(u"feed_url"_s).toString(), u"https://news.example/desk/feed.json"_s);
        QCOMPARE(feed.value(u"language"_s).toString(), u"en"_s);
        const QJsonArray items = feed.value(u"items"_s).toArray();
        QCOMPARE(items.size(), feedStories().size());
        // Newest first, as given.
        QCOMPARE(items.at(0).toObject().value(u"id"_s).toString(), storyUrn(TestStories::full()));
        QCOMPARE(items.at(4).toObject().value(u"id"_s).toString(),
                 storyUrn(TestStories::hostile()));
    }

    void item()
    {
        const Story story = TestStories::full();
        const QJsonObject item = jsonFeedItem(story, TestStories::site());
        QCOMPARE(item.value(u"id"_s).toString(),
                 u"urn:copydesk:story:6f1c2a0e-8d4b-4e7a-9f3c-2b5d8e1a7c40"_s);
        QCOMPARE(
                item.value(u"url"_s).toString(),
                u"https://news.example/desk/police-detain-40-after-march-through-central-moscow.html"_s);
        QCOMPARE(item.value(u"title"_s).toString(), story.headline());
        QCOMPARE(item.value(u"summary"_s).toString(), story.highlights().join(u'\n'));
        QCOMPARE(item.value(u"content_html"_s).toString(), renderStoryBody(story));
        // The largest picture file: the original.
        QCOMPARE(item.value(u"image"_s).toString(),
                 u"https://news.example/desk/photos/3f0a9c1be2d4.jpg"_s);
        QCOMPARE(item.value(u"date_published"_s).toString(), u"2026-11-18T09:30:00Z"_s);
        QCOMPARE(item.value(u"date_modified"_s).toString(), u"2026-11-18T11:58:00Z"_s);
        QCOMPARE(item.value(u"authors"_s).toArray(),
                 (QJsonArray{QJsonObject{{u"name"_s, u"Irina Sokolova"_s}}}));
        QCOMPARE(item.value(u"language"_s).toString(), u"en"_s);
    }

    void optionalMembersLeftOut()
    {
        const QJsonObject noByline = jsonFeedItem(TestStories::noByline(), TestStories::site());
        QVERIFY(!noByline.contains(u"authors"_s));
        QVERIFY(!noByline.contains(u"image"_s));
        const QJsonObject wire = jsonFeedItem(TestStories::photoWithoutFile(), TestStories::site());
        QVERIFY(!wire.contains(u"image"_s));
        const QJsonObject draft = jsonFeedItem(TestStories::embargoedDraft(), TestStories::site());
        QVERIFY(!draft.contains(u"date_published"_s));
        QVERIFY(draft.contains(u"date_modified"_s));
    }

    void emptyBodyStillHasContent()
    {
        Story story = TestStories::noPhoto();
        story.setBody(QString());
        story.setDateline(QString());
        const QJsonObject item = jsonFeedItem(story, TestStories::site());
        QVERIFY(item.value(u"content_html"_s).isString());
    }

    void onlyMajorUpdatesMoveDateModified()
    {
        Story story = TestStories::full();
        const QByteArray before = jsonFeed({story}, TestStories::site());
        story.setSavedAt(story.savedAt().addSecs(600));
        story.setVersion(story.version() + 1);
        QCOMPARE(jsonFeed({story}, TestStories::site()), before);
    }

    void hostileTextIsEscaped()
    {
        const Story story = TestStories::hostile();
        const QJsonObject item = jsonFeedItem(story, TestStories::site());
        const QString html = item.value(u"content_html"_s).toString();
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(html.contains(u"&lt;script&gt;"_s));
        QCOMPARE(item.value(u"title"_s).toString(), story.headline().trimmed());
        QCOMPARE(parse(jsonFeed({story}, TestStories::site()))
                         .value(u"items"_s)
                         .toArray()
                         .at(0)
                         .toObject(),
                 item);
    }
};

QTEST_GUILESS_MAIN(TestJsonFeed)
#include "tst_jsonfeed.moc"
