// SPDX-License-Identifier: MIT
#include "feeds/atomfeed.h"
#include "render/storypagerenderer.h"
#include "support/feedstories.h"
#include "support/golden.h"

#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace Copydesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Copydesk::Story)

namespace {

const QString atomNamespace = u"http://www.w3.org/2005/Atom"_s;

struct Entry
{
    QString id;
    QString title;
    QString titleType;
    QString link;
    QString enclosure;
    QString enclosureType;
    QString published;
    QString updated;
    QString author;
    QString summary;
    QString content;
    QString contentType;
    bool operator==(const Entry &) const = default;
};

struct Feed
{
    QString root;
    QString language;
    QString id;
    QString title;
    QString updated;
    QString self;
    QString alternate;
    QString author;
    QString generator;
    QList<Entry> entries;
    QString error;
};

// Reads an Atom feed or Entry Document back, element by element, with
// the Atom namespace checked on each: a structural view to test against.
Feed parse(const QByteArray &bytes)
{
    Feed feed;
    QXmlStreamReader xml(bytes);
    QStringList path;
    Entry *entry = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            path.removeLast();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.namespaceUri() != atomNamespace) {
            feed.error = u"element outside the Atom namespace: "_s + xml.name().toString();
            return feed;
        }
        const QXmlStreamAttributes attributes = xml.attributes();
        if (path.isEmpty()) {
            feed.root = xml.name().toString();
            feed.language = attributes.value(u"xml:lang"_s).toString();
            if (feed.root == u"entry") {
                feed.entries.append(Entry());
                entry = &feed.entries.last();
            }
        }
        path.append(xml.name().toString());
        const QString where = path.join(u'/');
        const QString entryPath =
                feed.root == u"entry" ? where : where.sliced(where.indexOf(u'/') + 1);
        if (where == u"feed/entry") {
            feed.entries.append(Entry());
            entry = &feed.entries.last();
            continue;
        }
        const auto text = [&xml, &path]() -> QString {
            path.removeLast(); // readElementText() reads the end element too
            return xml.readElementText();
        };
        if (where == u"feed/id") {
            feed.id = text();
        } else if (where == u"feed/title") {
            feed.title = text();
        } else if (where == u"feed/updated") {
            feed.updated = text();
        } else if (where == u"feed/link") {
            (attributes.value(u"rel"_s) == u"self" ? feed.self : feed.alternate) =
                    attributes.value(u"href"_s).toString();
        } else if (where == u"feed/author/name") {
            feed.author = text();
        } else if (where == u"feed/generator") {
            feed.generator = text();
        } else if (entry && entryPath.startsWith(u"entry/")) {
            if (entryPath == u"entry/id") {
                entry->id = text();
            } else if (entryPath == u"entry/title") {
                entry->titleType = attributes.value(u"type"_s).toString();
                entry->title = text();
            } else if (entryPath == u"entry/link") {
                if (attributes.value(u"rel"_s) == u"alternate") {
                    entry->link = attributes.value(u"href"_s).toString();
                } else if (attributes.value(u"rel"_s) == u"enclosure") {
                    entry->enclosure = attributes.value(u"href"_s).toString();
                    entry->enclosureType = attributes.value(u"type"_s).toString();
                }
            } else if (entryPath == u"entry/published") {
                entry->published = text();
            } else if (entryPath == u"entry/updated") {
                entry->updated = text();
            } else if (entryPath == u"entry/author/name") {
                entry->author = text();
            } else if (entryPath == u"entry/summary") {
                entry->summary = text();
            } else if (entryPath == u"entry/content") {
                entry->contentType = attributes.value(u"type"_s).toString();
                entry->content = text();
            }
        }
    }
    if (xml.hasError())
        feed.error = u"line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return feed;
}

QList<Story> feedStories()
{
    // Newest first, as the publisher hands them over.
    return {TestStories::full(), TestStories::noPhoto(), TestStories::photoWithoutFile(),
            TestStories::noByline(), TestStories::hostile()};
}

} // namespace

/// The Atom feed and Entry Documents: golden files, parsed back, RFC 4287's rules.
class TestAtomFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void goldenEntry_data()
    {
        QTest::addColumn<Story>("story");
        for (const auto &[name, story] : TestStories::all())
            QTest::newRow(qPrintable(name)) << story;
    }

    void goldenEntry()
    {
        QFETCH(Story, story);
        const QByteArray bytes = atomEntry(story, TestStories::site());
        const Feed parsed = parse(bytes);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.root, u"entry"_s);
        Golden::compare(u"feeds/"_s + QLatin1StringView(QTest::currentDataTag()) + u".entry.atom"_s,
                        bytes);
    }

    void goldenFeed()
    {
        const QByteArray bytes = atomFeed(feedStories(), TestStories::site());
        const Feed parsed = parse(bytes);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        Golden::compare(u"feeds/feed.atom"_s, bytes);
        if (QTest::currentTestFailed())
            return;
        Golden::compare(u"feeds/empty.atom"_s, atomFeed({}, TestStories::site()));
        if (QTest::currentTestFailed())
            return;
        Golden::compare(u"feeds/section.atom"_s,
                        atomFeed({TestStories::filed()}, TestStories::site(), u"World"_s));
    }

    void sectionFeedElements()
    {
        // A section's feed is a feed of its own: its title, id and links are the section's.
        const Feed feed =
                parse(atomFeed({TestStories::filed()}, TestStories::site(), u"World & Europe"_s));
        QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
        QCOMPARE(feed.title, u"Copydesk Test Desk — World & Europe"_s);
        QCOMPARE(feed.id, u"https://news.example/desk/section/world-europe/feed.atom"_s);
        QCOMPARE(feed.self, feed.id);
        QCOMPARE(feed.alternate, u"https://news.example/desk/section/world-europe/"_s);
        QCOMPARE(feed.author, u"Copydesk Test Desk"_s);
        QCOMPARE(feed.entries.size(), 1);
        // The site's feed is the same as before, with or without an empty section.
        QCOMPARE(atomFeed(feedStories(), TestStories::site(), QString()),
                 atomFeed(feedStories(), TestStories::site()));
    }

    void feedElements()
    {
        const Feed feed = parse(atomFeed(feedStories(), TestStories::site()));
        QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
        QCOMPARE(feed.root, u"feed"_s);
        QCOMPARE(feed.language, u"en"_s);
        QCOMPARE(feed.id, u"https://news.example/desk/feed.atom"_s);
        QCOMPARE(feed.title, u"Copydesk Test Desk"_s);
        QCOMPARE(feed.self, u"https://news.example/desk/feed.atom"_s);
        QCOMPARE(feed.alternate, u"https://news.example/desk/"_s);
        QCOMPARE(feed.author, u"Copydesk Test Desk"_s);
        QCOMPARE(feed.generator, u"Copydesk"_s);
        // The newest entry's update, not the clock and not a minor save.
        QCOMPARE(feed.updated, u"2026-11-18T11:58:00Z"_s);
        QCOMPARE(feed.entries.size(), feedStories().size());
    }

    void entries_data()
    {
        QTest::addColumn<Story>("story");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("enclosure");
        QTest::newRow("full") << TestStories::full() << u"Irina Sokolova"_s
                              << u"https://news.example/desk/photos/3f0a9c1be2d4.jpg"_s;
        QTest::newRow("no-photo") << TestStories::noPhoto() << u"Irina Sokolova"_s << QString();
        QTest::newRow("photo-without-file")
                << TestStories::photoWithoutFile() << u"Irina Sokolova"_s << QString();
        // RFC 4287 wants an author: the site stands in for a missing byline.
        QTest::newRow("no-byline")
                << TestStories::noByline() << u"Copydesk Test Desk"_s << QString();
    }

    void entries()
    {
        QFETCH(Story, story);
        QFETCH(QString, author);
        QFETCH(QString, enclosure);
        const Feed feed = parse(atomFeed({story}, TestStories::site()));
        QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
        QCOMPARE(feed.entries.size(), 1);
        const Entry entry = feed.entries.first();
        QCOMPARE(entry.id, storyUrn(story));
        QCOMPARE(entry.title, story.headline());
        QCOMPARE(entry.titleType, u"text"_s);
        QCOMPARE(entry.link, TestStories::site().storyUrl(story).toString());
        QCOMPARE(entry.published, story.firstPublishedAt().toString(Qt::ISODate));
        QCOMPARE(entry.updated, story.updatedAt().toString(Qt::ISODate));
        QCOMPARE(feed.updated, entry.updated);
        QCOMPARE(entry.author, author);
        QCOMPARE(entry.summary, story.highlights().join(u'\n'));
        QCOMPARE(entry.contentType, u"html"_s);
        QCOMPARE(entry.content, renderStoryBody(story));
        QCOMPARE(entry.enclosure, enclosure);
        if (!enclosure.isEmpty())
            QCOMPARE(entry.enclosureType, u"image/jpeg"_s);
    }

    void entryDocumentMatchesFeedEntry_data() { goldenEntry_data(); }

    void entryDocumentMatchesFeedEntry()
    {
        QFETCH(Story, story);
        const Feed document = parse(atomEntry(story, TestStories::site()));
        const Feed feed = parse(atomFeed({story}, TestStories::site()));
        QVERIFY2(document.error.isEmpty(), qPrintable(document.error));
        QCOMPARE(document.root, u"entry"_s);
        QCOMPARE(document.language, u"en"_s);
        QCOMPARE(document.entries.size(), 1);
        QVERIFY(document.entries.first() == feed.entries.first());
        QVERIFY(!document.entries.first().updated.isEmpty());
        QVERIFY(!document.entries.first().author.isEmpty());
    }

    void onlyMajorUpdatesMoveUpdated()
    {
        Story story = TestStories::full();
        const QByteArray before = atomFeed({story}, TestStories::site());
        story.setSavedAt(story.savedAt().addSecs(3600)); // a minor save
        story.setVersion(story.version() + 1);
        QCOMPARE(atomFeed({story}, TestStories::site()), before);
        story.setUpdatedAt(story.updatedAt().addSecs(3600)); // a major update
        const Feed after = parse(atomFeed({story}, TestStories::site()));
        QCOMPARE(after.updated, u"2026-11-18T12:58:00Z"_s);
        QCOMPARE(after.entries.first().published, u"2026-11-18T09:30:00Z"_s);
    }

    void sameStoriesGiveSameBytes()
    {
        QCOMPARE(atomFeed(feedStories(), TestStories::site()),
                 atomFeed(feedStories(), TestStories::site()));
    }

    void emptyFeedHasAFixedUpdated()
    {
        const Feed feed = parse(atomFeed({}, TestStories::site()));
        QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
        QCOMPARE(feed.updated, u"1970-01-01T00:00:00Z"_s);
        QCOMPARE(feed.author, u"Copydesk Test Desk"_s);
        QVERIFY(feed.entries.isEmpty());
    }

    void hostileTextIsEscaped()
    {
        const Story story = TestStories::hostile();
        const QByteArray bytes = atomFeed({story}, TestStories::site());
        QVERIFY(!bytes.contains("<script"));
        QVERIFY(!bytes.contains("<b>"));
        QVERIFY(!bytes.contains("<img"));
        QVERIFY(!bytes.contains("\x01"));
        const Feed feed = parse(bytes);
        QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
        const Entry entry = feed.entries.first();
        QCOMPARE(entry.title, story.headline().trimmed());
        QCOMPARE(entry.author, u"<b>Nobody</b> & Co"_s);
        // The body's control character cannot go into XML at all; the rest
        // arrives as the same HTML the page shows.
        QString body = renderStoryBody(story);
        QVERIFY(body.contains(u'\x01'));
        body.remove(u'\x01');
        QCOMPARE(entry.content, body);
        QVERIFY(!entry.content.contains(u"<script"_s));
    }
};

QTEST_GUILESS_MAIN(TestAtomFeed)
#include "tst_atomfeed.moc"
