// SPDX-License-Identifier: MIT
#include "render/htmlentities.h"
#include "render/htmlescape.h"
#include "render/markdownrenderer.h"

#include <QRegularExpression>
#include <QTest>
#include <QtConcurrent>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

// Every href and src in html, for checks that hold whatever the input.
QStringList urlAttributes(const QString &html)
{
    static const QRegularExpression attribute(u"\\b(?:href|src)\\s*=\\s*\"([^\"]*)\""_s,
                                              QRegularExpression::CaseInsensitiveOption);
    QStringList urls;
    for (const QRegularExpressionMatch &match : attribute.globalMatch(html))
        urls.append(match.captured(1));
    return urls;
}

// The tags in html that are not made of the elements and attributes the
// renderer writes, which is where anything injected would show.
QStringList unexpectedTags(const QString &html)
{
    static const QRegularExpression tag(u"<[^>]*>"_s);
    static const QRegularExpression allowed(
            u"^</"
            u"?(p|br|em|strong|code|pre|s|u|h[1-6]|blockquote|ul|ol|li|hr|table|thead|tbody|tr)>$"
            "|^<ol start=\"[0-9]+\">$"
            "|^<(th|td)( style=\"text-align: (left|center|right)\")?>$|^</(th|td)>$"
            "|^<a href=\"[^\"<>]*\"( title=\"[^\"<>]*\")?>$|^</a>$"_s);
    QStringList unexpected;
    for (const QRegularExpressionMatch &match : tag.globalMatch(html)) {
        if (!allowed.match(match.captured()).hasMatch())
            unexpected.append(match.captured());
    }
    return unexpected;
}

} // namespace

/// Markdown to HTML: exact output for small bodies, and what must hold for hostile ones.
class TestMarkdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");

        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("paragraph") << u"Hello world"_s << u"<p>Hello world</p>\n"_s;
        QTest::newRow("soft break and paragraphs")
                << u"a\nb\n\nc"_s << u"<p>a\nb</p>\n<p>c</p>\n"_s;
        QTest::newRow("hard break") << u"a  \nb"_s << u"<p>a<br>\nb</p>\n"_s;
        QTest::newRow("emphasis") << u"*a* **b** _c_"_s
                                  << u"<p><em>a</em> <strong>b</strong> <em>c</em></p>\n"_s;
        QTest::newRow("strikethrough is s")
                << u"~~gone~~ stays"_s << u"<p><s>gone</s> stays</p>\n"_s;
        QTest::newRow("code span") << u"`a<b>&c`"_s << u"<p><code>a&lt;b&gt;&amp;c</code></p>\n"_s;
        QTest::newRow("fenced code") << u"```cpp\nif (a < b) {}\n```"_s
                                     << u"<pre><code>if (a &lt; b) {}\n</code></pre>\n"_s;
        QTest::newRow("headings") << u"# One\n## Two"_s << u"<h1>One</h1>\n<h2>Two</h2>\n"_s;
        QTest::newRow("blockquote")
                << u"> quote\n> on"_s << u"<blockquote>\n<p>quote\non</p>\n</blockquote>\n"_s;
        QTest::newRow("tight list") << u"- a\n- b"_s << u"<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n"_s;
        QTest::newRow("loose list")
                << u"- a\n\n- b"_s << u"<ul>\n<li><p>a</p>\n</li>\n<li><p>b</p>\n</li>\n</ul>\n"_s;
        QTest::newRow("ordered list keeps its start")
                << u"3. a\n4. b"_s << u"<ol start=\"3\">\n<li>a</li>\n<li>b</li>\n</ol>\n"_s;
        QTest::newRow("ordered list from one") << u"1. a"_s << u"<ol>\n<li>a</li>\n</ol>\n"_s;
        QTest::newRow("rule") << u"a\n\n---\n\nb"_s << u"<p>a</p>\n<hr>\n<p>b</p>\n"_s;
        QTest::newRow("table with alignment")
                << u"| A | B | C | D |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |"_s
                << u"<table>\n<thead>\n<tr>\n<th style=\"text-align: left\">A</th>\n"
                   "<th style=\"text-align: center\">B</th>\n<th style=\"text-align: "
                   "right\">C</th>\n<th>D</th>\n"
                   "</tr>\n</thead>\n<tbody>\n<tr>\n<td style=\"text-align: left\">1</td>\n"
                   "<td style=\"text-align: center\">2</td>\n<td style=\"text-align: "
                   "right\">3</td>\n<td>4</td>\n"
                   "</tr>\n</tbody>\n</table>\n"_s;
        QTest::newRow("text escaping")
                << u"5 > 3 & \"q\" 'a'"_s << u"<p>5 &gt; 3 &amp; &quot;q&quot; &#39;a&#39;</p>\n"_s;
        QTest::newRow("backslash escapes") << u"\\*not\\* \\<b>"_s << u"<p>*not* &lt;b&gt;</p>\n"_s;
        QTest::newRow("null character") << u"a\0b"_s << u"<p>a\uFFFDb</p>\n"_s;

        // Raw HTML shows as text.
        QTest::newRow("html block") << u"<script>alert(1)</script>"_s
                                    << u"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"_s;
        QTest::newRow("html block with image")
                << u"<div>\n<img src=\"http://evil.example/x.png\">\n</div>"_s
                << u"<p>&lt;div&gt;\n&lt;img src=&quot;http://evil.example/x.png&quot;&gt;\n"
                   "&lt;/div&gt;</p>\n"_s;
        QTest::newRow("inline html")
                << u"a <b onclick=\"x()\">b</b>"_s
                << u"<p>a &lt;b onclick=&quot;x()&quot;&gt;b&lt;/b&gt;</p>\n"_s;
        QTest::newRow("html comment")
                << u"<!-- hidden -->"_s << u"<p>&lt;!-- hidden --&gt;</p>\n"_s;

        // Character references.
        QTest::newRow("entities") << u"&copy; &mdash; &#8212; &#x2014; &amp;lt;"_s
                                  << u"<p>\u00A9 \u2014 \u2014 \u2014 &amp;lt;</p>\n"_s;
        QTest::newRow("entity spelling a tag")
                << u"&lt;script&gt;"_s << u"<p>&lt;script&gt;</p>\n"_s;
        QTest::newRow("unknown entity") << u"&nosuch;"_s << u"<p>&amp;nosuch;</p>\n"_s;
        QTest::newRow("entity of two code points")
                << u"&NotEqualTilde;"_s << u"<p>\u2242\u0338</p>\n"_s;
        QTest::newRow("entities of no character")
                << u"&#0; &#xD800; &#1114112;"_s << u"<p>\uFFFD \uFFFD \uFFFD</p>\n"_s;

        // Links: http, https and mailto only.
        QTest::newRow("link") << u"[x](http://a.example/p?q=1&r=2)"_s
                              << u"<p><a href=\"http://a.example/p?q=1&amp;r=2\">x</a></p>\n"_s;
        QTest::newRow("link with title")
                << u"[x](https://a.example \"T \\\"q\\\" 'a'\")"_s
                << u"<p><a href=\"https://a.example\" title=\"T &quot;q&quot; &#39;a&#39;\">x</a></p>\n"_s;
        QTest::newRow("mailto") << u"[desk](mailto:desk@example.org)"_s
                                << u"<p><a href=\"mailto:desk@example.org\">desk</a></p>\n"_s;
        QTest::newRow("scheme in capitals")
                << u"[x](HTTPS://A.example)"_s << u"<p><a href=\"HTTPS://A.example\">x</a></p>\n"_s;
        QTest::newRow("link text keeps markup")
                << u"[*x*](https://a.example)"_s
                << u"<p><a href=\"https://a.example\"><em>x</em></a></p>\n"_s;
        QTest::newRow("quote in url")
                << u"[x](http://a.example/\"onmouseover=\"alert(1))"_s
                << u"<p><a href=\"http://a.example/%22onmouseover=%22alert(1)\">x</a></p>\n"_s;
        QTest::newRow("apostrophe in url")
                << u"[x](http://a.example/it's)"_s
                << u"<p><a href=\"http://a.example/it&#39;s\">x</a></p>\n"_s;
        QTest::newRow("space in url") << u"[x](<http://a.example/a b>)"_s
                                      << u"<p><a href=\"http://a.example/a%20b\">x</a></p>\n"_s;
        QTest::newRow("non-ascii url") << u"[x](http://a.example/\u00E9)"_s
                                       << u"<p><a href=\"http://a.example/%C3%A9\">x</a></p>\n"_s;
        QTest::newRow("entity in url")
                << u"[x](http://a.example/?a=1&amp;b=2)"_s
                << u"<p><a href=\"http://a.example/?a=1&amp;b=2\">x</a></p>\n"_s;
        QTest::newRow("javascript") << u"[x](javascript:alert(1))"_s << u"<p>x</p>\n"_s;
        QTest::newRow("javascript in capitals") << u"[x](JAVASCRIPT:alert(1))"_s << u"<p>x</p>\n"_s;
        QTest::newRow("javascript mixed case") << u"[x](JaVaScRiPt:alert(1))"_s << u"<p>x</p>\n"_s;
        QTest::newRow("javascript after a space")
                << u"[x]( javascript:alert(1))"_s << u"<p>x</p>\n"_s;
        QTest::newRow("javascript after a space in brackets")
                << u"[x](< javascript:alert(1)>)"_s << u"<p>x</p>\n"_s;
        QTest::newRow("javascript with a tab")
                << u"[x](<java\tscript:alert(1)>)"_s << u"<p>x</p>\n"_s;
        QTest::newRow("javascript with a decimal entity")
                << u"[x](&#106;avascript:alert(1))"_s << u"<p>x</p>\n"_s;
        QTest::newRow("javascript with a hex entity")
                << u"[x](&#x6A;avascript:alert(1))"_s << u"<p>x</p>\n"_s;
        QTest::newRow("javascript with a named colon")
                << u"[x](javascript&colon;alert(1))"_s << u"<p>x</p>\n"_s;
        QTest::newRow("javascript after an encoded control character")
                << u"[x](&#1;javascript:alert(1))"_s << u"<p>x</p>\n"_s;
        QTest::newRow("javascript after an encoded tab")
                << u"[x](&Tab;javascript:alert(1))"_s << u"<p>x</p>\n"_s;
        QTest::newRow("javascript percent-encoded")
                << u"[x](%6Aavascript:alert(1))"_s << u"<p>x</p>\n"_s;
        QTest::newRow("javascript autolink")
                << u"<javascript:alert(1)>"_s << u"<p>javascript:alert(1)</p>\n"_s;
        QTest::newRow("vbscript") << u"[x](vbscript:msgbox(1))"_s << u"<p>x</p>\n"_s;
        QTest::newRow("data url") << u"[x](data:text/html;base64,PHNjcmlwdD4=)"_s
                                  << u"<p>x</p>\n"_s;
        QTest::newRow("file url") << u"[x](file:///etc/passwd)"_s << u"<p>x</p>\n"_s;
        QTest::newRow("relative url") << u"[x](story.html)"_s << u"<p>x</p>\n"_s;
        QTest::newRow("absolute path") << u"[x](/story/1)"_s << u"<p>x</p>\n"_s;
        QTest::newRow("protocol-relative url") << u"[x](//evil.example/)"_s << u"<p>x</p>\n"_s;
        QTest::newRow("empty url") << u"[x]()"_s << u"<p>x</p>\n"_s;
        QTest::newRow("reference link") << u"[x][r]\n\n[r]: https://a.example"_s
                                        << u"<p><a href=\"https://a.example\">x</a></p>\n"_s;

        // Autolinks.
        QTest::newRow("autolink")
                << u"<https://a.example/x>"_s
                << u"<p><a href=\"https://a.example/x\">https://a.example/x</a></p>\n"_s;
        QTest::newRow("email autolink")
                << u"<desk@example.org>"_s
                << u"<p><a href=\"mailto:desk@example.org\">desk@example.org</a></p>\n"_s;
        QTest::newRow("bare url")
                << u"see https://a.example/x."_s
                << u"<p>see <a href=\"https://a.example/x\">https://a.example/x</a>.</p>\n"_s;
        QTest::newRow("bare www")
                << u"www.example.org"_s
                << u"<p><a href=\"http://www.example.org\">www.example.org</a></p>\n"_s;
        QTest::newRow("bare email")
                << u"desk@example.org"_s
                << u"<p><a href=\"mailto:desk@example.org\">desk@example.org</a></p>\n"_s;

        // Images never load: a link to them, or their words.
        QTest::newRow("image") << u"![alt text](http://evil.example/a.png)"_s
                               << u"<p><a href=\"http://evil.example/a.png\">alt text</a></p>\n"_s;
        QTest::newRow("image without alt text")
                << u"![](https://a.example/i.png)"_s
                << u"<p><a href=\"https://a.example/i.png\">https://a.example/i.png</a></p>\n"_s;
        QTest::newRow("image alt text loses markup")
                << u"![*a* <b>](http://a.example/i.png)"_s
                << u"<p><a href=\"http://a.example/i.png\">a &lt;b&gt;</a></p>\n"_s;
        QTest::newRow("relative image") << u"![alt](a.png)"_s << u"<p>alt</p>\n"_s;
        QTest::newRow("data image") << u"![alt](data:image/png;base64,AAAA)"_s << u"<p>alt</p>\n"_s;
        QTest::newRow("mailto image") << u"![alt](mailto:a@example.org)"_s << u"<p>alt</p>\n"_s;
        QTest::newRow("javascript image") << u"![alt](javascript:alert(1))"_s << u"<p>alt</p>\n"_s;
        QTest::newRow("image inside a link")
                << u"[![alt](http://a.example/i.png)](https://b.example)"_s
                << u"<p><a href=\"https://b.example\">alt</a></p>\n"_s;
    }

    void render()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        QCOMPARE(renderMarkdown(markdown), html);
        QCOMPARE(unexpectedTags(html), QStringList());
    }

    void headingLevelShift_data()
    {
        QTest::addColumn<int>("shift");
        QTest::addColumn<QString>("html");
        QTest::newRow("none") << 0 << u"<h1>A</h1>\n<h2>B</h2>\n<h6>F</h6>\n"_s;
        QTest::newRow("one") << 1 << u"<h2>A</h2>\n<h3>B</h3>\n<h6>F</h6>\n"_s;
        QTest::newRow("more than six") << 9 << u"<h6>A</h6>\n<h6>B</h6>\n<h6>F</h6>\n"_s;
    }

    void headingLevelShift()
    {
        QFETCH(int, shift);
        QFETCH(QString, html);
        MarkdownOptions options;
        options.headingLevelShift = shift;
        QCOMPARE(renderMarkdown(u"# A\n## B\n###### F"_s, options), html);
    }

    void characterReferences_data()
    {
        QTest::addColumn<QByteArray>("reference");
        QTest::addColumn<QString>("text");
        QTest::newRow("named") << "&amp;"_ba << u"&"_s;
        QTest::newRow("first in the table") << "&AElig;"_ba << u"\u00C6"_s;
        QTest::newRow("last in the table") << "&zwnj;"_ba << u"\u200C"_s;
        QTest::newRow("outside the basic plane") << "&Afr;"_ba << u"\U0001D504"_s;
        QTest::newRow("decimal") << "&#106;"_ba << u"j"_s;
        QTest::newRow("hex") << "&#X6a;"_ba << u"j"_s;
        QTest::newRow("too large") << "&#99999999999;"_ba << u"\uFFFD"_s;
        QTest::newRow("unknown") << "&nosuch;"_ba << QString();
        QTest::newRow("case matters") << "&AMp;"_ba << QString();
        QTest::newRow("no semicolon") << "&amp"_ba << QString();
        QTest::newRow("no digits") << "&#;"_ba << QString();
        QTest::newRow("not hex") << "&#xZZ;"_ba << QString();
    }

    void characterReferences()
    {
        QFETCH(QByteArray, reference);
        QFETCH(QString, text);
        QCOMPARE(QString::fromUtf8(decodeCharacterReference(reference)), text);
    }

    void urlPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("link");
        QTest::addColumn<bool>("web");
        QTest::newRow("http") << u"http://a.example"_s << true << true;
        QTest::newRow("https") << u"https://a.example"_s << true << true;
        QTest::newRow("mailto") << u"mailto:a@example.org"_s << true << false;
        QTest::newRow("leading blanks") << u" \u0001https://a.example"_s << true << true;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false << false;
        QTest::newRow("javascript with a newline") << u"java\nscript:alert(1)"_s << false << false;
        QTest::newRow("javascript after a control")
                << u"\u0000\u001Fjavascript:alert(1)"_s << false << false;
        QTest::newRow("javascript after a no-break space")
                << u"\u00A0javascript:alert(1)"_s << false << false;
        QTest::newRow("https lookalike") << u"https\u2024//a.example"_s << false << false;
        QTest::newRow("relative") << u"a/b:c"_s << false << false;
        QTest::newRow("empty") << QString() << false << false;
        QTest::newRow("colon only") << u":"_s << false << false;
        QTest::newRow("custom scheme") << u"copydesk-photo:abc"_s << false << false;
    }

    void urlPolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, link);
        QFETCH(bool, web);
        QCOMPARE(safeUrlAttribute(url, UrlPolicy::Link).has_value(), link);
        QCOMPARE(safeUrlAttribute(url, UrlPolicy::Web).has_value(), web);
    }

    void hostileInputsStaySafe()
    {
        // Pieces that each try something, combined in pairs inside and
        // around links, so that one piece's leftovers meet another's.
        const QStringList pieces = {
                u"<script>alert(1)</script>"_s,
                u"<img src=\"http://evil.example/x.png\" onerror=\"alert(1)\">"_s,
                u"[x](javascript:alert(1))"_s,
                u"[x](JAVASCRIPT:alert(1))"_s,
                u"[x]( javascript:alert(1))"_s,
                u"[x](&#106;avascript:alert(1))"_s,
                u"[x](&#x26;#106;avascript:alert(1))"_s,
                u"[x](data:text/html,<script>alert(1)</script>)"_s,
                u"![x](http://evil.example/a.png)"_s,
                u"![x](javascript:alert(1))"_s,
                u"<javascript:alert(1)>"_s,
                u"[x](\"onmouseover=alert(1))"_s,
                u"\" onmouseover=\"alert(1)"_s,
                u"' onmouseover='alert(1)"_s,
                u"<a href=\"javascript:alert(1)\">x</a>"_s,
                u"<style>body{}</style>"_s,
                u"```\n</code></pre><script>\n```"_s,
                u"`</code><script>`"_s,
                u"&lt;script&gt;"_s,
                u"[x](<javascript:alert(1)>)"_s,
                u"[x][r]\n\n[r]: javascript:alert(1)"_s,
        };
        for (const QString &first : pieces) {
            for (const QString &second : pieces) {
                const QStringList combined = {
                        first + second,
                        first + u"\n\n"_s + second,
                        u"["_s + first + u"]("_s + second + u')',
                        u"| a |\n|---|\n| "_s + first + second + u" |"_s,
                };
                for (const QString &markdown : combined) {
                    const QString html = renderMarkdown(markdown);
                    QVERIFY2(!html.contains(u"<script"_s, Qt::CaseInsensitive),
                             qPrintable(markdown));
                    QVERIFY2(!html.contains(u"<img"_s, Qt::CaseInsensitive), qPrintable(markdown));
                    QVERIFY2(!html.contains(u"<style"_s, Qt::CaseInsensitive),
                             qPrintable(markdown));
                    const QStringList unexpected = unexpectedTags(html);
                    QVERIFY2(unexpected.isEmpty(),
                             qPrintable(markdown + u" gave "_s + unexpected.join(u' ')));
                    for (const QString &url : urlAttributes(html)) {
                        QVERIFY2(url.startsWith(u"http://"_s, Qt::CaseInsensitive) ||
                                         url.startsWith(u"https://"_s, Qt::CaseInsensitive) ||
                                         url.startsWith(u"mailto:"_s, Qt::CaseInsensitive),
                                 qPrintable(markdown + u" gave "_s + url));
                    }
                }
            }
        }
    }

    void deepAndPathologicalInputsFinish_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("deep quotes") << QString(u">"_s.repeated(5000) + u" a"_s);
        QTest::newRow("deep lists") << QString(u"- "_s.repeated(2000) + u"a"_s);
        QTest::newRow("open brackets") << QString(u"["_s.repeated(100000));
        QTest::newRow("open emphasis") << QString(u"*a **a "_s.repeated(50000));
        QTest::newRow("unclosed links") << QString(u"[a](b "_s.repeated(50000));
        QTest::newRow("backticks") << QString(u"`a``"_s.repeated(50000));
        QTest::newRow("table columns")
                << QString(u"|a"_s.repeated(5000) + u"\n"_s + u"|-"_s.repeated(5000) + u"\n"_s +
                           u"|b"_s.repeated(5000));
    }

    void deepAndPathologicalInputsFinish()
    {
        QFETCH(QString, markdown);
        const QString html = renderMarkdown(markdown);
        QVERIFY(!html.isEmpty());
    }

    void concurrentRendersAgree()
    {
        const QString markdown =
                u"# Title\n\nSome *text* with [a link](https://a.example) and "
                "&mdash; an entity.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"_s.repeated(200);
        const QString expected = renderMarkdown(markdown);
        const QList<QString> inputs(16, markdown);
        const QList<QString> results = QtConcurrent::blockingMapped(
                inputs, [](const QString &input) { return renderMarkdown(input); });
        QCOMPARE(results.size(), inputs.size());
        for (const QString &html : results)
            QCOMPARE(html, expected);
    }
};

QTEST_GUILESS_MAIN(TestMarkdown)
#include "tst_markdown.moc"
