// SPDX-License-Identifier: MIT
#include "publish/publishedpage.h"
#include "render/storypagerenderer.h"
#include "story/story.h"
#include "support/golden.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QtConcurrent>

using namespace Copydesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Copydesk::Story)
Q_DECLARE_METATYPE(Copydesk::PageOptions)

namespace {

const QDateTime now = QDateTime(QDate(2026, 11, 18), QTime(12, 0), QTimeZone::utc());
constexpr auto regenerate = "tests/data/update-golden.sh [BUILD_DIR]";

PageOptions previewOptions()
{
    PageOptions options;
    options.now = now;
    options.timeZone = QTimeZone("Europe/Moscow");
    options.locale = QLocale(QLocale::English);
    options.shortUrlBase = u"https://cpdk.example/s"_s;
    options.photoUrl = [](const Photo &photo) -> QString {
        return u"copydesk-photo:"_s + photo.fileId;
    };
    options.photoWidth = 640;
    return options;
}

Photo leadPhoto()
{
    Photo photo;
    photo.fileId = u"9b1f4c2d"_s;
    photo.fileName = u"square.jpg"_s;
    photo.mimeType = u"image/jpeg"_s;
    photo.caption =
            u"Police officers stand near Pushkin Square in central Moscow, Nov. 18, 2026."_s;
    photo.credit = u"Copydesk Photo/Ivan Orlov"_s;
    photo.altText = u"Police officers in a row on a snowy square"_s;
    photo.width = 1600;
    photo.height = 1000;
    return photo;
}

Story fullStory()
{
    Story story;
    story.setId(QUuid::fromString(u"6f1c2a0e-8d4b-4e7a-9f3c-2b5d8e1a7c40"_s));
    story.setHeadline(u"Police detain 40 after march through central Moscow"_s);
    story.setByline(u"By Irina Sokolova"_s);
    story.setDateline(u"MOSCOW"_s);
    story.setHighlights({u"The interior ministry corrected an earlier figure of 60"_s,
                         u"Courts are expected to hear the cases on Monday"_s});
    story.setBody(
            u"Police detained at least 40 people on Saturday after a march through the city "
            "centre, the interior ministry said.\n\n"
            "\u201CWe will not be silenced,\u201D said Anna Petrova, 34, a teacher who joined the "
            "march. \u2018It was calm until the end.\u2019\n\n"
            "> The march was not authorised, and those who took part will answer for it.\n\n"
            "## What happens next\n\n"
            "Courts are expected to hear the cases on Monday. An earlier figure of ~~60~~ 40 "
            "detentions was corrected by the ministry.\n\n"
            "| District | Detained |\n|:---|---:|\n| Tverskoy | 25 |\n| Basmanny | 15 |\n\n"
            "The full statement is on the [ministry's website]"
            "(https://mvd.example/news/123?lang=en&x=1).\n"_s);
    Photo second = leadPhoto();
    second.fileId = u"second"_s;
    second.caption = u"Not the lead photo"_s;
    story.setPhotos({leadPhoto(), second});
    story.setUpdatedAt(now.addSecs(-2 * 60));
    return story;
}

const QString script = u"<script>alert(1)</script>"_s;
const QString remoteImage = u"<img src=\"http://evil.example/x.png\">"_s;

Story hostileFields()
{
    Story story = fullStory();
    story.setHeadline(script + u" \"Quoted\" & 'single' "_s + remoteImage);
    story.setByline(script);
    story.setDateline(u"<b>MOSCOW</b>"_s);
    story.setHighlights({remoteImage, u"\"onmouseover=\"alert(1)"_s, u"'onmouseover='alert(1)"_s});
    Photo photo = leadPhoto();
    photo.caption = script + u" caption"_s;
    photo.credit = remoteImage;
    photo.altText = u"\" onerror=\"alert(1)"_s;
    story.setPhotos({photo});
    story.setBody(u"Plain first paragraph.\n"_s);
    return story;
}

Story hostileBody()
{
    Story story = fullStory();
    story.setBody(
            u"<script>alert(1)</script>\n\n"
            "<div onclick=\"alert(1)\"><img src=\"http://evil.example/x.png\"></div>\n\n"
            "Inline <b onmouseover=\"alert(1)\">bold</b> and <img "
            "src=\"http://evil.example/y.png\">"
            " html.\n\n"
            "[js](javascript:alert(1)) [JS](JAVASCRIPT:alert(1)) [space]( javascript:alert(1)) "
            "[decimal](&#106;avascript:alert(1)) [hex](&#x6A;avascript&colon;alert(1)) "
            "[data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox(1)) "
            "[file](file:///etc/passwd) [relative](../admin)\n\n"
            "![remote image](http://evil.example/a.png) ![data image](data:image/png;base64,AAAA) "
            "![js image](javascript:alert(1))\n\n"
            "<https://safe.example/auto> <javascript:alert(1)> https://bare.example/path "
            "www.example.org desk@example.org [quote](https://q.example/\"onmouseover=\"x)\n"_s);
    return story;
}

Story withBody(const QString &body)
{
    Story story = fullStory();
    story.setBody(body);
    return story;
}

// Tags whose opening and closing do not pair up, or that carry an event
// handler: the page's DOM must stay simple and whole.
QString domProblem(const QString &html)
{
    static const QRegularExpression tag(u"<(/?)([A-Za-z][A-Za-z0-9]*|!DOCTYPE)([^>]*)>"_s);
    static const QRegularExpression handler(u"\\son[a-z]+\\s*="_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quotedValue(u"\"[^\"]*\""_s);
    static const QStringList voidElements = {u"!DOCTYPE"_s, u"meta"_s, u"img"_s, u"br"_s, u"hr"_s};
    QStringList open;
    for (const QRegularExpressionMatch &match : tag.globalMatch(html)) {
        const QString name = match.captured(2).toLower();
        QString attributes = match.captured(3);
        attributes.replace(quotedValue, u"\"\""_s);
        if (handler.match(attributes).hasMatch())
            return u"event handler in "_s + match.captured();
        if (voidElements.contains(match.captured(2)))
            continue;
        if (match.captured(1).isEmpty()) {
            open.append(name);
        } else if (open.isEmpty() || open.takeLast() != name) {
            return u"unpaired "_s + match.captured();
        }
    }
    if (!open.isEmpty())
        return u"unclosed <"_s + open.join(u"> <"_s) + u'>';
    return {};
}

// What must hold for any story whatever it holds.
void verifySafe(const QString &html)
{
    QVERIFY(html.startsWith(u"<!DOCTYPE html>\n"_s));
    QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
    QVERIFY(html.contains(u"<title>"_s));
    QVERIFY(!html.contains(u"SPDX"_s));
    QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"<iframe"_s, Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"<object"_s, Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"<link"_s, Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"src=\"http"_s, Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"href=\"javascript"_s, Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"@import"_s, Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"url("_s, Qt::CaseInsensitive));
    QCOMPARE(html.count(u"<style>"_s), 1);
    QVERIFY(html.count(u"<img "_s) <= 1);
    QVERIFY(html.count(u"<h1"_s) == 1);

    static const QRegularExpression attribute(u"\\s(href|src)=\"([^\"]*)\""_s);
    for (const QRegularExpressionMatch &match : attribute.globalMatch(html)) {
        const QString url = match.captured(2);
        if (match.captured(1) == u"src") {
            // Only the photoUrl callback's own kinds: the preview's scheme or a relative path.
            static const QRegularExpression scheme(u"^\\s*[A-Za-z][A-Za-z0-9+.-]*:"_s);
            QVERIFY2(url.startsWith(u"copydesk-photo:"_s) || !scheme.match(url).hasMatch(),
                     qPrintable(url));
        } else {
            QVERIFY2(url.startsWith(u"https://"_s, Qt::CaseInsensitive) ||
                             url.startsWith(u"http://"_s, Qt::CaseInsensitive) ||
                             url.startsWith(u"mailto:"_s, Qt::CaseInsensitive),
                     qPrintable(url));
        }
    }
    const QString problem = domProblem(html);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// The golden files hold the page's markup; the stylesheet, the same on every
// page, is checked once against its resource instead of churning every file.
QString withoutStylesheet(QString html)
{
    const qsizetype start = html.indexOf(u"<style>\n"_s);
    const qsizetype end = html.indexOf(u"</style>"_s);
    if (start >= 0 && end > start)
        html.replace(start + 8, end - start - 8, u"/* story-page.css */\n"_s);
    return html;
}

} // namespace

/// The story page: golden pages, safety properties, Qt rich text, threads and size.
class TestStoryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<Story>("story");
        QTest::addColumn<PageOptions>("options");

        const PageOptions preview = previewOptions();
        QTest::newRow("full-story") << fullStory() << preview;

        Story noPhoto = fullStory();
        noPhoto.setPhotos({});
        QTest::newRow("no-photo") << noPhoto << preview;

        // A wire import: the caption and credit of a picture that did not come along.
        Story wirePhoto = fullStory();
        Photo captionOnly;
        captionOnly.caption = u"Cranes stand idle at the harbor after the storm."_s;
        captionOnly.credit = u"Copydesk Wire/Maria Lopes"_s;
        wirePhoto.setPhotos({captionOnly});
        QTest::newRow("photo-without-file") << wirePhoto << preview;

        Story filed = fullStory();
        filed.setSection(u"World"_s);
        filed.setTags({u"Russia"_s, u"<b>bold</b> & \"quoted\""_s});
        QTest::newRow("filed") << filed << preview;

        Story noDateline = fullStory();
        noDateline.setDateline(QString());
        QTest::newRow("no-dateline") << noDateline << preview;

        QTest::newRow("body-starts-with-heading")
                << withBody(u"## Background\n\nThe first paragraph after a subhead.\n"_s)
                << preview;
        QTest::newRow("dateline-without-body") << withBody(QString()) << preview;
        QTest::newRow("empty-story") << Story() << PageOptions();

        Story hoursAgo = fullStory();
        hoursAgo.setUpdatedAt(now.addSecs(-5 * 3600 - 17 * 60));
        QTest::newRow("stamp-relative") << hoursAgo << preview;
        Story daysAgo = fullStory();
        daysAgo.setUpdatedAt(QDateTime(QDate(2026, 11, 16), QTime(22, 30), QTimeZone::utc()));
        QTest::newRow("stamp-absolute") << daysAgo << preview;
        PageOptions published = preview;
        published.now = QDateTime();
        published.photoUrl = [](const Photo &photo) -> QString {
            return u"photos/"_s + photo.fileId + u".jpg"_s;
        };
        QTest::newRow("stamp-for-a-static-page") << fullStory() << published;

        PageOptions oddPhotoUrl = preview;
        oddPhotoUrl.photoUrl = [](const Photo &) -> QString {
            return u"copydesk-photo:a\" onerror=\"alert(1)' <b>"_s;
        };
        QTest::newRow("escaping-fields") << hostileFields() << oddPhotoUrl;
        QTest::newRow("escaping-body") << hostileBody() << preview;

        Story placeholders = fullStory();
        placeholders.setHeadline(u"{{body}} {{style}}"_s);
        placeholders.setByline(u"{{headline}}"_s);
        placeholders.setHighlights({u"{{highlights}}"_s, u"{{"_s});
        placeholders.setDateline(u"{{lang}}"_s);
        placeholders.setBody(u"{{title}}\n\n{{unknown}} }}\n"_s);
        Photo photo = leadPhoto();
        photo.caption = u"{{photo}}"_s;
        placeholders.setPhotos({photo});
        QTest::newRow("placeholders-in-user-text") << placeholders << preview;
    }

    void golden()
    {
        QFETCH(Story, story);
        QFETCH(PageOptions, options);
        const QString html = renderStoryPage(story, options);
        verifySafe(html);
        if (QTest::currentTestFailed())
            return;
        Golden::compare(u"render/"_s + QString::fromLatin1(QTest::currentDataTag()) + u".html"_s,
                        withoutStylesheet(html).toUtf8());
    }

    void aPublishedPageLinksItsSection()
    {
        Story filed = fullStory();
        filed.setSection(u"World & Europe"_s);
        PageOptions published = previewOptions();
        published.now = QDateTime();
        published.site =
                PageSite{u"Desk"_s, u"https://news.example/a.html"_s, {}, u"index.html"_s, {},
                         {},        u"section/world-europe/"_s};
        const QString html = renderStoryPage(filed, published);
        QVERIFY(html.contains(u"<p class=\"filed\"><a class=\"section\" "
                              u"href=\"section/world-europe/\">World &amp; Europe</a></p>"_s));
        // The preview names the section without a link: it has no site to go to.
        QVERIFY(renderStoryPage(filed, previewOptions())
                        .contains(u"<span class=\"section\">World &amp; Europe</span>"_s));
        // Published, it links to the section's page, which each delivery writes.
        const Site site = Site().withBaseUrl(QUrl(u"https://www.harbour-daily.mt/news/"_s));
        QCOMPARE(publishedPageOptions(site, filed).site->sectionUrl,
                 u"https://www.harbour-daily.mt/news/section/world-europe/"_s);
        QVERIFY(renderStoryPage(filed, publishedPageOptions(site, filed))
                        .contains(u"<a class=\"section\" href=\"https://www.harbour-daily.mt/news/"
                                  u"section/world-europe/\">World &amp; Europe</a>"_s));
        // A story filed under none, or withdrawn, links to no section.
        QVERIFY(publishedPageOptions(site, fullStory()).site->sectionUrl.isEmpty());
        Story withdrawn = filed;
        withdrawn.setStatus(StoryStatus::Withdrawn);
        QVERIFY(publishedPageOptions(site, withdrawn).site->sectionUrl.isEmpty());
    }

    void stylesheetIsInlinedFromTheResource()
    {
        QFile css(u":/copydesk/page/story-page.css"_s);
        QVERIFY(css.open(QIODevice::ReadOnly));
        QString expected = QString::fromUtf8(css.readAll());
        expected.remove(0, expected.indexOf(u'\n') + 1); // the licence line stays behind
        QVERIFY(expected.contains(u"font-family"_s));
        const QString html = renderStoryPage(fullStory(), previewOptions());
        QVERIFY(html.contains(u"<style>\n"_s + expected + u"</style>"_s));
    }

    void datelineOpensTheFirstParagraph()
    {
        const QString html = renderStoryPage(fullStory(), previewOptions());
        QVERIFY(html.contains(u"<div class=\"body\">\n<p><strong class=\"dateline\">MOSCOW:"
                              "</strong> Police detained at least 40 people"_s));
    }

    void datelineStandsAloneBeforeAnythingElse_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("start");
        QTest::newRow("heading") << u"## Sub\n\nText"_s << u"<h3>Sub</h3>"_s;
        QTest::newRow("quote") << u"> Said\n"_s << u"<blockquote>"_s;
        QTest::newRow("list") << u"- one\n"_s << u"<ul>"_s;
        QTest::newRow("table") << u"| a |\n|---|\n| b |\n"_s << u"<table>"_s;
        QTest::newRow("empty") << QString() << u"</div>"_s;
    }

    void datelineStandsAloneBeforeAnythingElse()
    {
        QFETCH(QString, body);
        QFETCH(QString, start);
        const QString html = renderStoryPage(withBody(body), previewOptions());
        QVERIFY2(html.contains(u"<div class=\"body\">\n<p><strong class=\"dateline\">MOSCOW:"
                               "</strong></p>\n"_s +
                               start),
                 qPrintable(html));
    }

    void datelineColonIsNotDoubled()
    {
        Story story = fullStory();
        story.setDateline(u" Moscow: "_s);
        const QString html = renderStoryPage(story, previewOptions());
        QVERIFY(html.contains(u"<strong class=\"dateline\">Moscow:</strong> Police"_s));
    }

    void placeholdersInUserTextStayLiteral()
    {
        Story story = fullStory();
        story.setHeadline(u"{{body}}"_s);
        const QString html = renderStoryPage(story, previewOptions());
        QVERIFY(html.contains(u"<title>{{body}}</title>"_s));
        QVERIFY(html.contains(u"<h1 class=\"headline\">{{body}}</h1>"_s));
        QCOMPARE(html.count(u"Police detained at least 40 people"_s), 1);
    }

    void leadPhotoIsTheFirstAndSizedForQt()
    {
        QStringList asked;
        PageOptions options = previewOptions();
        options.photoUrl = [&asked](const Photo &photo) -> QString {
            asked.append(photo.fileId);
            return u"copydesk-photo:"_s + photo.fileId;
        };
        const QString html = renderStoryPage(fullStory(), options);
        QCOMPARE(asked, QStringList{u"9b1f4c2d"_s});
        QVERIFY(html.contains(u"<img class=\"lead-photo\" src=\"copydesk-photo:9b1f4c2d\" "
                              "alt=\"Police officers in a row on a snowy square\" width=\"640\" "
                              "height=\"400\">"_s));
        QVERIFY(html.contains(u"<span class=\"credit\">(Copydesk Photo/Ivan Orlov)</span>"_s));
        QVERIFY(!html.contains(u"Not the lead photo"_s));
    }

    void noPhotoWithoutAUrl()
    {
        PageOptions options = previewOptions();
        options.photoUrl = nullptr;
        QVERIFY(!renderStoryPage(fullStory(), options).contains(u"<img"_s));
        options.photoUrl = [](const Photo &) -> QString { return QString(); };
        QVERIFY(!renderStoryPage(fullStory(), options).contains(u"class=\"photo\""_s));
    }

    void photoWithoutPictureIsLeftOut()
    {
        // A wire caption whose picture has not come: never a stray caption
        // under the headline (the house style says why it is missing).
        Story story = fullStory();
        Photo captionOnly;
        captionOnly.caption = u"Cranes at the harbor."_s;
        captionOnly.credit = u"Wire"_s;
        story.setPhotos({captionOnly});
        bool asked = false;
        PageOptions options = previewOptions();
        options.photoUrl = [&asked](const Photo &) -> QString {
            asked = true;
            return u"copydesk-photo:"_s;
        };
        for (const PageOptions &each : {options, PageOptions()}) {
            const QString html = renderStoryPage(story, each);
            QVERIFY(!html.contains(u"<img"_s));
            QVERIFY(!html.contains(u"class=\"photo\""_s));
            QVERIFY2(!html.contains(u"Cranes at the harbor"_s), qPrintable(html));
        }
        QVERIFY(!asked);
        // A photo with a picture after it leads the page instead.
        Photo pictured = captionOnly;
        pictured.fileId = u"3f0a9c1be2d4"_s;
        pictured.caption = u"The reopened berths."_s;
        story.setPhotos({captionOnly, pictured});
        const QString html = renderStoryPage(story, options);
        QVERIFY(asked);
        QVERIFY(html.contains(u"The reopened berths."_s));
        QVERIFY(!html.contains(u"Cranes at the harbor"_s));
    }

    void publishedPageCarriesCardsFeedsAndSrcset()
    {
        Story story = fullStory();
        Photo photo;
        photo.fileId = u"3f0a9c1be2d4"_s;
        photo.mimeType = u"image/jpeg"_s;
        photo.width = 1600;
        photo.height = 1000;
        photo.caption = u"The reopened berths."_s;
        photo.altText = u"Two cranes over a quay"_s;
        story.setPhotos({photo});
        Site site = Site().withBaseUrl(QUrl(u"https://www.harbour-daily.mt/news/"_s));
        site.title = u"Harbour Daily"_s;
        const QString html = renderStoryPage(story, publishedPageOptions(site, story));
        const QString page = site.storyUrl(story).toString();
        const QString highlight = story.highlights().constFirst().toHtmlEscaped();
        const QStringList tags{
                QString(u"<meta name=\"description\" content=\""_s + highlight + u"\">"_s),
                QString(u"<link rel=\"canonical\" href=\""_s + page + u"\">"_s),
                QString(u"<meta property=\"og:url\" content=\""_s + page + u"\">"_s),
                u"<meta property=\"og:site_name\" content=\"Harbour Daily\">"_s,
                u"<meta property=\"og:image\" content=\"https://www.harbour-daily.mt/news/photos/3f0a9c1be2d4-w1200.jpg\">"_s,
                u"<meta property=\"og:image:alt\" content=\"Two cranes over a quay\">"_s,
                u"<meta name=\"twitter:card\" content=\"summary_large_image\">"_s,
                u"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Harbour Daily\" href=\"https://www.harbour-daily.mt/news/feed.atom\">"_s,
                u"<link rel=\"alternate\" type=\"application/feed+json\" title=\"Harbour Daily\" href=\"https://www.harbour-daily.mt/news/feed.json\">"_s,
                u"srcset=\"photos/3f0a9c1be2d4-w400.jpg 400w, photos/3f0a9c1be2d4-w1200.jpg 1200w, photos/3f0a9c1be2d4.jpg 1600w\""_s,
                u"<p class=\"site-name\"><a href=\"index.html\">Harbour Daily</a></p>"_s};
        for (const QString &tag : tags)
            QVERIFY2(html.contains(tag), qPrintable(tag));
        // The preview shows none of it but the description.
        const QString preview = renderStoryPage(story, previewOptions());
        QVERIFY(!preview.contains(u"og:"_s));
        QVERIFY(!preview.contains(u"class=\"site-name\""_s));
    }

    void creditAlreadyInParentheses()
    {
        Story story = fullStory();
        Photo photo = leadPhoto();
        photo.credit = u"(Reuters)"_s;
        story.setPhotos({photo});
        const QString html = renderStoryPage(story, previewOptions());
        QVERIFY(html.contains(u"<span class=\"credit\">(Reuters)</span>"_s));
    }

    void readsInQtRichText()
    {
        // The preview is a QTextBrowser: what the page means must survive
        // Qt's HTML subset, not only a browser's.
        QTextDocument document;
        document.setHtml(renderStoryPage(fullStory(), previewOptions()));
        const QString text = document.toPlainText();
        QVERIFY(!text.contains(u"{{"_s));
        QVERIFY(!text.contains(u"font-family"_s)); // the style block is not shown as text
        QVERIFY(text.contains(u"Updated 2 min ago"_s));
        QVERIFY(text.contains(u"(Copydesk Photo/Ivan Orlov)"_s));
        QCOMPARE(document.metaInformation(QTextDocument::DocumentTitle), fullStory().headline());

        QTextBlock headline = document.begin();
        while (headline.isValid() && headline.text().isEmpty())
            headline = headline.next();
        QCOMPARE(headline.text(), fullStory().headline());
        QCOMPARE(headline.blockFormat().headingLevel(), 1);

        QTextCursor dateline = document.find(u"MOSCOW:"_s);
        QVERIFY(!dateline.isNull());
        QVERIFY(dateline.charFormat().fontWeight() >= QFont::Bold);
        QVERIFY(dateline.block().text().startsWith(u"MOSCOW: Police detained"_s));

        const QTextCursor corrected = document.find(u"60 40 detentions"_s);
        QVERIFY(!corrected.isNull());
        QTextCursor struck(&document);
        struck.setPosition(corrected.selectionStart() + 1);
        QVERIFY(struck.charFormat().fontStrikeOut());

        const QTextCursor highlight =
                document.find(u"Courts are expected to hear the cases on Monday"_s);
        QVERIFY(highlight.currentList());

        int images = 0;
        int tables = 0;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.isImageFormat()) {
                    ++images;
                    QCOMPARE(format.toImageFormat().name(), u"copydesk-photo:9b1f4c2d"_s);
                    QCOMPARE(format.toImageFormat().width(), 640.0);
                }
            }
            if (qobject_cast<QTextTable *>(QTextCursor(block).currentFrame()))
                ++tables;
        }
        QCOMPARE(images, 1);
        QVERIFY(tables > 0);
    }

    void concurrentRendersAgree()
    {
        const Story story = fullStory();
        const PageOptions options = previewOptions();
        const QString expected = renderStoryPage(story, options);
        const QList<Story> stories(32, story);
        const QList<QString> pages = QtConcurrent::blockingMapped(
                stories, [options](const Story &s) { return renderStoryPage(s, options); });
        QCOMPARE(pages.size(), stories.size());
        for (const QString &page : pages)
            QCOMPARE(page, expected);
    }

    void largeBodyRenders()
    {
        const QString paragraph =
                u"Officials said the *new* rules would take effect in [March](https://a.example/m) "
                "and apply to every district & suburb, with \u201Cno exceptions\u201D.\n\n"_s;
        const QString body = paragraph.repeated(5 * 1024 * 1024 / int(paragraph.size()));
        QVERIFY(body.size() > 5'000'000);
        const QString html = renderStoryPage(withBody(body), previewOptions());
        QVERIFY(html.size() > body.size());
        QVERIFY(html.size() < 2 * body.size());
        QVERIFY(html.contains(u"<p><strong class=\"dateline\">MOSCOW:</strong> Officials said"_s));
        QVERIFY(html.endsWith(u"</body>\n</html>\n"_s));
    }
};

QTEST_MAIN(TestStoryPage)
#include "tst_storypage.moc"
