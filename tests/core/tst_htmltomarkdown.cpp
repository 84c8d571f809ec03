// SPDX-License-Identifier: MIT
// Posts written in a CMS's editor come in as Markdown, and what a WordPress
// destination records of a post reads back.
#include "publish/wordpressdestination.h"
#include "publish/wordpressimport.h"
#include "render/htmltomarkdown.h"
#include "render/markdownrenderer.h"

#include <QTest>
#include <QUuid>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class TestHtmlToMarkdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocksAndInlineMarkup_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("markdown");
        QTest::newRow("paragraphs")
                << u"<p>One.</p>\n<p>Two  lines\nof text.</p>"_s << u"One.\n\nTwo lines of text."_s;
        QTest::newRow("block editor comments")
                << u"<!-- wp:paragraph -->\n<p>Text.</p>\n<!-- /wp:paragraph -->"_s << u"Text."_s;
        QTest::newRow("inline")
                << u"<p><strong>Bold</strong>, <em>it</em> and <code>a*b</code></p>"_s
                << u"**Bold**, *it* and `a*b`"_s;
        QTest::newRow("link") << u"<p>See <a href=\"https://e.org/a b\">this</a>.</p>"_s
                              << u"See [this](https://e.org/a%20b)."_s;
        QTest::newRow("script link is text")
                << u"<p><a href=\"javascript:alert(1)\">click</a></p>"_s << u"click"_s;
        QTest::newRow("heading and list")
                << u"<h2>Next</h2><ul><li>One</li><li>Two</li></ul><ol><li>A</li></ol>"_s
                << u"## Next\n\n- One\n- Two\n\n1. A"_s;
        QTest::newRow("nested list")
                << u"<ul><li>One<ul><li>Inner</li></ul></li><li>Two</li></ul>"_s
                << u"- One\n   - Inner\n- Two"_s;
        QTest::newRow("quote") << u"<blockquote><p>Said.</p></blockquote>"_s << u"> Said."_s;
        QTest::newRow("break") << u"<p>Line<br>next</p>"_s << u"Line\\\nnext"_s;
        QTest::newRow("entities") << u"<p>AT&amp;T &lt;b&gt; &#8217; &nbsp;x</p>"_s
                                  << u"AT&T \\<b\\> ’ x"_s;
        QTest::newRow("markup characters are escaped")
                << u"<p>2 * 3 = [6] and_so_on</p><p># not a heading</p><p>1. not a list</p>"_s
                << u"2 \\* 3 = \\[6\\] and\\_so\\_on\n\n\\# not a heading\n\n1\\. not a list"_s;
        QTest::newRow("pictures, scripts and styles are left out")
                << u"<figure><img src=\"x.jpg\"><figcaption>Cap</figcaption></figure>"
                   u"<script>alert('x')</script><style>p{}</style><p>Kept</p>"_s
                << u"Kept"_s;
        QTest::newRow("broken html") << u"<p>Open <b>bold <i>both</p><p>after < before"_s
                                     << u"Open **bold *both\n\nafter \\< before"_s;
    }

    void blocksAndInlineMarkup()
    {
        QFETCH(QString, html);
        QFETCH(QString, markdown);
        QCOMPARE(htmlToMarkdown(html), markdown);
    }

    void theMarkdownRendersToTheSameText()
    {
        const QString html = u"<p>A <strong>bold</strong> move, 2 * 3 [sic] &amp; more.</p>"_s;
        const QString rendered = renderMarkdown(htmlToMarkdown(html), {});
        QCOMPARE(rendered.trimmed(),
                 u"<p>A <strong>bold</strong> move, 2 * 3 [sic] &amp; more.</p>"_s);
    }

    void plainTextKeepsLines()
    {
        QCOMPARE(htmlToPlainText(u"<p>One <b>two</b></p><ul><li>Three</li></ul>Four<br>Five"_s),
                 u"One two\n\nThree\n\nFour\nFive"_s);
    }

    void hugeAndUnclosedInput()
    {
        // Read in one pass: 7 MB with 50,000 tags never closed.
        QString html;
        for (int i = 0; i < 100'000; ++i)
            html += u"<p>Paragraph <b>number</b> <a href=\"https://e.org/\">"_s +
                    QString::number(i) + u"</a></p>"_s;
        html += u"<b>"_s.repeated(50'000) + u"<!-- never closed"_s;
        const QString markdown = htmlToMarkdown(html);
        QVERIFY(markdown.startsWith(u"Paragraph **number** [0](https://e.org/)"_s));
        QVERIFY(markdown.contains(u"Paragraph **number** [99999](https://e.org/)"_s));
    }

    void datelinesAndCredits()
    {
        QCOMPARE(WordPressImport::splitDateline(u"**SIDON:** The storm."_s),
                 std::make_pair(u"SIDON:"_s, u"The storm."_s));
        QCOMPARE(WordPressImport::splitDateline(u"NEW YORK: Markets rose."_s),
                 std::make_pair(u"NEW YORK:"_s, u"Markets rose."_s));
        QCOMPARE(WordPressImport::splitDateline(u"Note: lower case is text."_s),
                 std::make_pair(QString(), u"Note: lower case is text."_s));
        QCOMPARE(WordPressImport::splitCredit(u"Boats at dawn (AFP/Rami Haddad)"_s),
                 std::make_pair(u"Boats at dawn"_s, u"AFP/Rami Haddad"_s));
        QCOMPARE(WordPressImport::splitCredit(u"No credit here"_s),
                 std::make_pair(u"No credit here"_s, QString()));
    }

    void theDeliveriesRecordNamesThePostAndItsPictures()
    {
        const QUrl site(u"https://news.example/blog/"_s);
        const QString post = WordPressDestination::postRecord(site, 42);
        QCOMPARE(post, u"https://news.example/blog/?p=42"_s);
        const QString media =
                WordPressDestination::mediaRecord(site, 7, u"3f0a9c1be2d4"_s, u"abc123"_s);
        QCOMPARE(media, u"https://news.example/blog/?attachment_id=7#3f0a9c1be2d4.abc123"_s);
        QCOMPARE(WordPressDestination::postIn({media, post}), qint64(42));
        QCOMPARE(WordPressDestination::postIn({media}), qint64(0));
        const QUuid id = QUuid::createUuid();
        QVERIFY(WordPressDestination::storyMark(id).startsWith(u"<!-- "_s));
        QVERIFY(WordPressDestination::storyMark(id).contains(id.toString(QUuid::WithoutBraces)));
    }
};

QTEST_GUILESS_MAIN(TestHtmlToMarkdown)
#include "tst_htmltomarkdown.moc"
