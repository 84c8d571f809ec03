// SPDX-License-Identifier: MIT
#include "render/markdownrenderer.h"
#include "support/testing.h"
#include "wire/wireimporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const QDateTime reference(QDate(2026, 11, 24), QTime(9, 30), QTimeZone::utc());

WireOptions options()
{
    WireOptions options;
    options.sourceName = u"wire.txt"_s;
    options.referenceTime = reference;
    options.timeZone = QTimeZone("Europe/Malta"); // UTC+1 in November
    return options;
}

/// Everything the reader said, for failure messages.
QString describe(const WireParseResult &result)
{
    QStringList lines;
    for (const WireProblem &problem : result.problems)
        lines.append(problem.text());
    return lines.join(u'\n');
}

/// A well-formed one-story page around the given body lines.
QByteArray page(const QByteArray &body, const QByteArray &headline = "Harbor reopens")
{
    return headline +
            "\n\nCranes at the quay, Nov. 3, 2026. (Copydesk Photo/Lena Abela)\n"
            "Short Url\nUpdated 18 November 2026\nFollow\n\n" +
            headline + "\n\n  \xe2\x80\xa2 First bullet\n  \xe2\x80\xa2 Second bullet\n\n" + body;
}

/**
 * The paragraphs a reader sees in rendered HTML: tags of links dropped,
 * character references decoded. Anything but paragraphs and links (an
 * emphasis, a list, a heading, code) is returned as a problem instead.
 */
QStringList renderedParagraphs(const QString &html, QString *unexpected)
{
    static const QRegularExpression paragraph(u"<p>(.*?)</p>\n"_s,
                                              QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression link(u"<a href=\"[^\"]*\">|</a>"_s);
    static const QRegularExpression anyTag(u"<[^>]*>"_s);
    QStringList paragraphs;
    qsizetype next = 0;
    for (const QRegularExpressionMatch &match : paragraph.globalMatch(html)) {
        if (match.capturedStart() != next)
            *unexpected += html.mid(next, match.capturedStart() - next);
        next = match.capturedEnd();
        QString text = match.captured(1);
        text.remove(link);
        if (const QRegularExpressionMatch tag = anyTag.match(text); tag.hasMatch())
            *unexpected += tag.captured();
        text.replace(u"&lt;"_s, u"<"_s)
                .replace(u"&gt;"_s, u">"_s)
                .replace(u"&quot;"_s, u"\""_s)
                .replace(u"&#39;"_s, u"'"_s)
                .replace(u"&amp;"_s, u"&"_s);
        paragraphs.append(text);
    }
    *unexpected += html.mid(next);
    return paragraphs;
}

QByteArray randomBytes(quint32 seed, qsizetype size)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

} // namespace

/// The wire-page reader: the shared sample field by field, every kind of bad input, variants.
class TestWireImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sharedSample()
    {
        const QString path =
                qEnvironmentVariable("COPYDESK_SHARED_DIR") + u"/samples/wire-page-sample.txt"_s;
        QFile file(path);
        COPYDESK_REQUIRE(
                !(qEnvironmentVariableIsEmpty("COPYDESK_SHARED_DIR") ||
                  !file.open(QIODevice::ReadOnly)),
                "The shared sample is not available: set COPYDESK_SHARED_DIR to the shared "
                "folder that holds samples/wire-page-sample.txt.");
        const WireParseResult result = parseWirePage(file.readAll(), options());
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(result.stories.size(), 3);

        for (const Story &story : result.stories) {
            QVERIFY(!story.id().isNull());
            QCOMPARE(story.slug(), QString());
            QCOMPARE(story.byline(), QString());
            QCOMPARE(story.status(), StoryStatus::Draft);
            QCOMPARE(story.createdAt(), reference);
            QCOMPARE(story.version(), 0);
            QCOMPARE(story.updateNotes(), QList<UpdateNote>());
        }
        QVERIFY(result.stories.at(0).id() != result.stories.at(1).id());
        QVERIFY(result.stories.at(1).id() != result.stories.at(2).id());

        const Story &harbor = result.stories.at(0);
        QCOMPARE(harbor.headline(),
                 u"Harbor authority reopens two container berths after storm repairs"_s);
        QCOMPARE(harbor.highlights(),
                 QStringList(
                         {u"Repairs to the quay wall finished nine days ahead of schedule"_s,
                          u"Shipping lines were told to expect normal call times from Monday"_s}));
        QCOMPARE(harbor.dateline(), u"VALLETTA"_s);
        QCOMPARE(
                harbor.body().split(u"\n\n"_s),
                QStringList({
                        u"The national harbor authority reopened two container berths on "
                        u"Wednesday after three weeks of repairs to a quay wall cracked by the "
                        u"storm that hit the island in late October."_s,
                        u"“We are back to full capacity on the northern quay,” operations director "
                        u"Karl Mifsud told reporters at the port, adding that the work had cost "
                        u"less than first estimated."_s,
                        u"The storm brought waves of up to seven meters and forced the closure of "
                        u"the port for two days."_s,
                        u"Engineers found that a 40-meter section of the wall had shifted, the "
                        u"authority said in a statement."_s,
                        u"Two shipping lines had diverted calls to other ports in the region "
                        u"during the repairs."_s,
                        u"The authority said it would publish a full report on the damage by the "
                        u"end of the year."_s,
                }));
        Photo cranes;
        cranes.caption = u"Cranes stand idle at the northern quay of the port of Marsaxlokk after "
                         u"last month's storm, Nov. 3, 2026."_s;
        cranes.credit = u"Copydesk Photo/Lena Abela"_s;
        QCOMPARE(harbor.photos(), QList<Photo>{cranes});
        QVERIFY(harbor.photos().constFirst().fileId.isEmpty());
        QVERIFY(harbor.photos().constFirst().altText.isEmpty());
        // Midnight in Malta (UTC+1).
        QCOMPARE(harbor.updatedAt(), utc(2026, 11, 17, 23, 0));

        const Story &council = result.stories.at(1);
        QCOMPARE(council.headline(),
                 u"City council votes to extend night bus routes through winter"_s);
        QCOMPARE(council.highlights(),
                 QStringList({u"Three night routes will run until 3 a.m. from December to March"_s,
                              u"Council members said ridership rose 18 percent since the pilot "
                              u"began"_s}));
        QCOMPARE(council.dateline(), u"LISBON"_s);
        QCOMPARE(
                council.body().split(u"\n\n"_s),
                QStringList({
                        u"The city council voted on Tuesday to keep three night bus routes running "
                        u"through the winter, after a summer pilot drew more riders than "
                        u"expected."_s,
                        u"The routes link the city center with the eastern districts, where many "
                        u"hospital and hotel workers live."_s,
                        u"“People finishing a late shift should not have to choose between a taxi "
                        u"and a long walk,” councilor Inês Duarte said during the debate."_s,
                        u"The extension will cost the city about 1.2 million euros, which will "
                        u"come from the transport budget’s reserve."_s,
                        u"Opposition members supported the measure but asked for a review of "
                        u"ticket prices in the spring."_s,
                }));
        QCOMPARE(council.photos(), QList<Photo>());
        // "Updated 2 min ago" against the reference time.
        QCOMPARE(council.updatedAt(), utc(2026, 11, 24, 9, 28));

        const Story &comet = result.stories.at(2);
        QCOMPARE(comet.headline(), u"Observatory team spots comet’s tail splitting in two"_s);
        QCOMPARE(comet.highlights(),
                 QStringList({u"Images taken over four nights show the ion tail separating from "
                              u"the dust tail"_s,
                              u"Astronomers said the event is common but rarely captured in such "
                              u"detail"_s}));
        QCOMPARE(comet.dateline(), u"SANTA CRUZ DE LA PALMA"_s);
        QCOMPARE(
                comet.body().split(u"\n\n"_s),
                QStringList({
                        u"Astronomers at a mountaintop observatory on La Palma said on Friday they "
                        u"had recorded a comet’s tail splitting in two over four consecutive "
                        u"nights."_s,
                        u"The images show the comet’s bluish ion tail drifting away from its "
                        u"brighter dust tail as the solar wind changed direction, the team "
                        u"said."_s,
                        u"“It looks dramatic, but it tells us a lot about the solar wind that "
                        u"day,” said Dr. Ana Rodríguez, who led the observations."_s,
                        u"The comet is expected to remain visible through small telescopes until "
                        u"early December, she said."_s,
                        u"The team plans to share its images with other observatories for a joint "
                        u"study."_s,
                }));
        Photo tail;
        tail.caption = u"A long-exposure image shows the comet’s tail above the observatory dome "
                       u"on La Palma, Nov. 20, 2026."_s;
        tail.credit = u"Copydesk Photo"_s;
        QCOMPARE(comet.photos(), QList<Photo>{tail});
        QCOMPARE(comet.updatedAt(), utc(2026, 11, 20, 23, 0));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");

        const QByteArray bullets = "  \xe2\x80\xa2 One\n  \xe2\x80\xa2 Two\n";
        QTest::newRow("repeated headline differs")
                << QByteArray(
                           "Good headline\n\nUpdated 18 November 2026\n\nA different headline\n\n" +
                           bullets + "VALLETTA: Body text.\n")
                << 5
                << u"The repeated headline “A different headline” differs from the headline "
                   u"“Good headline” on line 1"_s;
        QByteArray flood;
        for (int i = 0; i < 100'000; ++i)
            flood += "  \xe2\x80\xa2 H\n";
        QTest::newRow("a hundred thousand highlights")
                << QByteArray("Headline\n\nUpdated 2 min ago\n\nHeadline\n\n" + flood +
                              "VALLETTA: Body.\n")
                << 1
                << u"The story “Headline” has 100,000 highlight bullets; a story takes at most 20"_s;
        const QByteArray longLine(3000, 'x');
        QTest::newRow("a highlight run together with the page")
                << QByteArray("Headline\n\nUpdated 2 min ago\n\nHeadline\n\n  \xe2\x80\xa2 " +
                              longLine + "\nVALLETTA: Body.\n")
                << 1
                << u"The story “Headline” has a highlight of 3,000 characters; it takes at most "
                   u"2,000"_s;
        QTest::newRow("a caption run together with the page")
                << QByteArray("Headline\n\n" + longLine +
                              " (AP)\nShort Url\nUpdated 2 min ago\n\nHeadline\n\n" + bullets +
                              "VALLETTA: Body.\n")
                << 1 << u"The story “Headline” has a caption of 3,000 characters"_s;
        QTest::newRow("no body at the end")
                << QByteArray("Headline\n\nUpdated 2 min ago\n\nHeadline\n\n" + bullets) << 1
                << u"The story “Headline” has no body"_s;
        QTest::newRow("no body before the next story")
                << QByteArray("First\n\nUpdated 2 min ago\n\nFirst\n\n" + bullets +
                              "\n\nSecond\n\nUpdated 2 min ago\n\nSecond\n\n" + bullets +
                              "LISBON: Body.\n")
                << 1 << u"The story “First” has no body"_s;
        QTest::newRow("no repeated headline")
                << QByteArray("Headline\n\nUpdated 2 min ago\nFollow\n\n" + bullets +
                              "VALLETTA: Body.\n")
                << 1 << u"The story “Headline” has no repeated headline"_s;
        QTest::newRow("file ends inside the header")
                << QByteArray(
                           "Headline\n\nCranes at the quay. (AP)\nShort Url\nUpdated 2 min ago\n")
                << 1 << u"The page ends inside the story “Headline”"_s;
        QTest::newRow("next story starts inside the header")
                << QByteArray("First\n\nUpdated 2 min ago\n\n\nSecond\n\nUpdated 2 min ago\n\n"
                              "Second\n\n" +
                              bullets + "LISBON: Body.\n")
                << 1 << u"The story “First” ends before its repeated headline"_s;
        QTest::newRow("unreadable stamp")
                << QByteArray("Headline\n\nUpdated sometime last week\n\nHeadline\n\n" + bullets +
                              "VALLETTA: Body.\n")
                << 3 << u"cannot read the date in “Updated sometime last week”"_s;
        QTest::newRow("impossible date")
                << QByteArray("Headline\n\nUpdated 31 February 2026\n\nHeadline\n\n" + bullets +
                              "VALLETTA: Body.\n")
                << 3 << u"cannot read the date in “Updated 31 February 2026”"_s;
        QTest::newRow("stamp without a date")
                << QByteArray("Headline\n\nUpdated\n\nHeadline\n\n" + bullets + "Body.\n") << 3
                << u"cannot read the date in “Updated”"_s;
        QTest::newRow("page opens with furniture")
                << QByteArray("Follow\n\nHeadline\n\nUpdated 2 min ago\n\nHeadline\n\n" + bullets +
                              "Body.\n")
                << 1 << u"A story starts with its headline, but this line is “Follow”"_s;
        QTest::newRow("NUL byte") << QByteArray(QByteArray("Headline\n\nUpdated 2 min ago\nFol") +
                                                '\0' + "low\n")
                                  << 4 << u"binary data, not text: the line holds a NUL byte"_s;
        QTest::newRow("control characters")
                << QByteArray("Headline\r\n\r\n\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\n") << 3
                << u"binary data, not text: it holds 10 control characters, the first on this "
                   u"line"_s;
        QTest::newRow("invalid UTF-8")
                << QByteArray("Headline\n\nUpdated 2 min ago\n\nHeadline\n\nVALLETTA: caf\xc3(\n")
                << 7 << u"not valid UTF-8 (byte 0xC3"_s;
        QTest::newRow("Latin-1 text")
                << QByteArray("Headline\rCaf\xe9 opens\r") << 2 << u"not valid UTF-8 (byte 0xE9"_s;
        QTest::newRow("overlong UTF-8") << QByteArray("\n\xc0\xaf") << 2 << u"byte 0xC0"_s;
        QTest::newRow("UTF-8 surrogate") << QByteArray("\xed\xa0\x80 x") << 1 << u"byte 0xED"_s;
        QTest::newRow("UTF-8 beyond U+10FFFF")
                << QByteArray("x\xf4\x90\x80\x80") << 1 << u"byte 0xF4"_s;
        QTest::newRow("cut-off UTF-8 at the end")
                << QByteArray("Headline\n\xe2\x80") << 2 << u"byte 0xE2"_s;
        QTest::newRow("UTF-16") << QByteArray("\xff\xfeH\0e\0", 6) << 1
                                << u"saved as UTF-16 text; Copydesk reads UTF-8"_s;
        QTest::newRow("empty") << QByteArray() << 0 << u"The page is empty"_s;
        QTest::newRow("only a byte-order mark")
                << QByteArray("\xef\xbb\xbf") << 0 << u"The page holds only blank lines"_s;
        QTest::newRow("blank lines only")
                << QByteArray(" \n\t\r\n\xc2\xa0\n\r") << 0 << u"The page holds only blank lines"_s;
        QTest::newRow("one byte over the limit")
                << QByteArray(maxWirePageBytes + 1, 'a') << 0
                << u"The page is 4.1 MB; Copydesk imports wire pages of up to 4 MB"_s;
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, message);
        const WireParseResult result = parseWirePage(bytes, options());
        QVERIFY(result.stories.isEmpty());
        QVERIFY2(!result.problems.isEmpty(), "bad input was accepted");
        const WireProblem &problem = result.problems.constFirst();
        QVERIFY2(problem.message.contains(message), qPrintable(describe(result)));
        QCOMPARE(problem.line, line);
        QCOMPARE(problem.sourceName, u"wire.txt"_s);
        if (line > 0)
            QVERIFY2(problem.text().startsWith(u"wire.txt, line %1: "_s.arg(line)),
                     qPrintable(problem.text()));
        else
            QVERIFY2(problem.text().startsWith(u"wire.txt: "_s), qPrintable(problem.text()));
        // One thing wrong, one message: no follow-on noise.
        QCOMPARE(result.problems.size(), 1);
    }

    void everyProblemIsListed()
    {
        const QByteArray bullets = "  \xe2\x80\xa2 One\n";
        const QByteArray bytes = "First\n\nUpdated 2 min ago\n\nFirst\n\n" + bullets +
                "VALLETTA: Fine.\n\n\n" // lines 1-8
                + "Second\n\nUpdated never\n\nSecond\n\n" + bullets +
                "LISBON: Bad stamp.\n\n\n" // 11-
                + "Third\n\nUpdated 2 min ago\n\nNot the third\n\n" + bullets + "ROME: Mismatch.\n";
        const WireParseResult result = parseWirePage(bytes, options());
        QVERIFY(result.stories.isEmpty());
        QCOMPARE(result.problems.size(), 2);
        QCOMPARE(result.problems.at(0).line, 13);
        QVERIFY(result.problems.at(0).message.contains(u"Updated never"_s));
        QCOMPARE(result.problems.at(1).line, 25);
        QVERIFY(result.problems.at(1).message.contains(u"Not the third"_s));
    }

    void problemsAreCapped()
    {
        QByteArray bytes;
        for (int i = 0; i < 200; ++i)
            bytes += "Headline " + QByteArray::number(i) +
                    "\n\nUpdated 2 min ago\n\nOther\n\n  \xe2\x80\xa2 One\nBody.\n\n";
        const WireParseResult result = parseWirePage(bytes, options());
        QVERIFY(result.stories.isEmpty());
        QCOMPARE(result.problems.size(), 50);
        QCOMPARE(result.problems.at(0).line, 5);
        QCOMPARE(result.problems.at(48).line, 48 * 9 + 5); // nine lines a story
        QCOMPARE(result.problems.constLast().line, 0);
        QVERIFY2(result.problems.constLast().message.contains(u"more problems"_s),
                 qPrintable(result.problems.constLast().message));
    }

    void variants_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QStringList>("highlights");
        QTest::addColumn<QString>("dateline");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("caption"); // empty: no photo
        QTest::addColumn<QString>("credit");

        const QStringList two{u"First bullet"_s, u"Second bullet"_s};
        const QString caption = u"Cranes at the quay, Nov. 3, 2026."_s;
        const QString credit = u"Copydesk Photo/Lena Abela"_s;
        const QByteArray body =
                "VALLETTA: The port reopened.\n\xe2\x80\x9cWe are back,\xe2\x80\x9d "
                "he said.\n";
        const QString bodyText = u"The port reopened.\n\n“We are back,” he said."_s;

        QTest::newRow("plain") << page(body) << u"Harbor reopens"_s << two << u"VALLETTA"_s
                               << bodyText << caption << credit;
        QByteArray crlf = page(body);
        crlf.replace("\n", "\r\n");
        QTest::newRow("CRLF") << crlf << u"Harbor reopens"_s << two << u"VALLETTA"_s << bodyText
                              << caption << credit;
        QByteArray cr = page(body);
        cr.replace("\n", "\r");
        QTest::newRow("CR") << cr << u"Harbor reopens"_s << two << u"VALLETTA"_s << bodyText
                            << caption << credit;
        QTest::newRow("byte-order mark")
                << QByteArray("\xef\xbb\xbf" + page(body)) << u"Harbor reopens"_s << two
                << u"VALLETTA"_s << bodyText << caption << credit;
        QByteArray noBlank = page(body);
        noBlank.replace("Second bullet\n\n", "Second bullet\n");
        QTest::newRow("no blank line before the body")
                << noBlank << u"Harbor reopens"_s << two << u"VALLETTA"_s << bodyText << caption
                << credit;
        QTest::newRow("no photo")
                << QByteArray(
                           "Harbor reopens\n\nShort Url\nUpdated 18 November 2026\nFollow\n\n"
                           "Harbor reopens\n\n  \xe2\x80\xa2 First bullet\n  \xe2\x80\xa2 Second "
                           "bullet\n\n" +
                           body)
                << u"Harbor reopens"_s << two << u"VALLETTA"_s << bodyText << QString()
                << QString();
        QByteArray agency = page(body);
        agency.replace("(Copydesk Photo/Lena Abela)", "( AP )");
        QTest::newRow("credit names the agency only")
                << agency << u"Harbor reopens"_s << two << u"VALLETTA"_s << bodyText << caption
                << u"AP"_s;
        // The page's structure, not the credit's shape, says what the caption is.
        QByteArray noCredit = page(body);
        noCredit.replace(" (Copydesk Photo/Lena Abela)", "");
        QTest::newRow("caption without a credit")
                << noCredit << u"Harbor reopens"_s << two << u"VALLETTA"_s << bodyText << caption
                << QString();
        QByteArray markup = page(body);
        markup.replace("(Copydesk Photo/Lena Abela)", "(<b>Reuters</b>/<i>Ana Ruiz</i>)");
        QTest::newRow("credit with markup")
                << markup << u"Harbor reopens"_s << two << u"VALLETTA"_s << bodyText << caption
                << u"<b>Reuters</b>/<i>Ana Ruiz</i>"_s;
        QByteArray doubled = page(body);
        doubled.replace("(Copydesk Photo/Lena Abela)", "((Reuters))");
        QTest::newRow("credit in doubled parentheses")
                << doubled << u"Harbor reopens"_s << two << u"VALLETTA"_s << bodyText << caption
                << u"Reuters"_s;
        QByteArray unclosed = page(body);
        unclosed.replace("(Copydesk Photo/Lena Abela)", "(Reuters");
        QTest::newRow("credit left unclosed")
                << unclosed << u"Harbor reopens"_s << two << u"VALLETTA"_s << bodyText
                << QString(caption + u" (Reuters"_s) << QString();
        QTest::newRow("no furniture at all")
                << QByteArray("Harbor reopens\nHarbor reopens\n" + body) << u"Harbor reopens"_s
                << QStringList() << u"VALLETTA"_s << bodyText << QString() << QString();
        QTest::newRow("many blank lines")
                << QByteArray(
                           "\n\n\nHarbor reopens\n\n\n\nCranes at the quay, Nov. 3, 2026. "
                           "(Copydesk Photo/Lena Abela)\n\nShort Url\n\nUpdated 18 November "
                           "2026\n\n\nFollow\n\n\n\nHarbor reopens\n\n\n  \xe2\x80\xa2 First "
                           "bullet\n\n\n  \xe2\x80\xa2 Second bullet\n\n\n\nVALLETTA: The port "
                           "reopened.\n\n\n\n\xe2\x80\x9cWe are back,\xe2\x80\x9d he said.\n\n\n")
                << u"Harbor reopens"_s << two << u"VALLETTA"_s << bodyText << caption << credit;
        QTest::newRow("indentation, tabs and no-break spaces")
                << QByteArray(
                           "  Harbor\t reopens  \n\n\tCranes at the quay, Nov. 3, 2026. "
                           "(Copydesk Photo/Lena Abela)\n    Short Url\n\xc2\xa0Updated 18 "
                           "November 2026\nFollow\n\n Harbor\xc2\xa0reopens\n\n\t\xe2\x80\xa2\t"
                           "First  bullet\n\xc2\xa0\xe2\x80\xa2 Second bullet\n\n    VALLETTA:   "
                           "The port reopened.\n\t\t\xe2\x80\x9cWe are back,\xe2\x80\x9d he "
                           "said.   \n")
                << u"Harbor reopens"_s << two << u"VALLETTA"_s << bodyText << caption << credit;
        QTest::newRow("middle-dot bullets")
                << QByteArray("Harbor reopens\n\nUpdated 18 November 2026\n\nHarbor reopens\n\n"
                              "\xc2\xb7 First bullet\n\xc2\xb7 Second bullet\n" +
                              body)
                << u"Harbor reopens"_s << two << u"VALLETTA"_s << bodyText << QString()
                << QString();
        QTest::newRow("no dateline")
                << page("The port reopened.\nMore text.\n") << u"Harbor reopens"_s << two
                << QString() << u"The port reopened.\n\nMore text."_s << caption << credit;
        QTest::newRow("accented dateline")
                << page("S\xc3\x83O PAULO: Rain fell.\n") << u"Harbor reopens"_s << two
                << u"SÃO PAULO"_s << u"Rain fell."_s << caption << credit;
        QTest::newRow("dateline with punctuation")
                << page("ST. JOHN\xe2\x80\x99S: Fog lifted.\n") << u"Harbor reopens"_s << two
                << u"ST. JOHN’S"_s << u"Fog lifted."_s << caption << credit;
        QTest::newRow("Arabic dateline")
                << page(QStringLiteral(u"جنيف: استؤنفت المحادثات.\n").toUtf8())
                << u"Harbor reopens"_s << two << u"جنيف"_s << u"استؤنفت المحادثات."_s << caption
                << credit;
        QTest::newRow("Arabic dateline of two words")
                << page(QStringLiteral(u"الدار البيضاء: هطلت الأمطار.\n").toUtf8())
                << u"Harbor reopens"_s << two << u"الدار البيضاء"_s << u"هطلت الأمطار."_s << caption
                << credit;
        QTest::newRow("an Arabic sentence with a colon is no dateline")
                << page(QStringLiteral(u"وقال المتحدث باسم الوزارة: الاتفاق قريب.\n").toUtf8())
                << u"Harbor reopens"_s << two << QString()
                << u"وقال المتحدث باسم الوزارة: الاتفاق قريب."_s << caption << credit;
        QTest::newRow("lower-case words are no dateline")
                << page("Officials said: it rained.\n") << u"Harbor reopens"_s << two << QString()
                << u"Officials said: it rained."_s << caption << credit;
        QTest::newRow("headline ending in parentheses")
                << QByteArray("Storm hits coast (update)\n\nUpdated 2 min ago\n\nStorm hits coast "
                              "(update)\n\n" +
                              body)
                << u"Storm hits coast (update)"_s << QStringList() << u"VALLETTA"_s << bodyText
                << QString() << QString();
        QTest::newRow("headline starting with Updated")
                << QByteArray(
                           "Updated forecast warns of storms\n\nFollow\n\nUpdated forecast warns "
                           "of storms\n\n" +
                           body)
                << u"Updated forecast warns of storms"_s << QStringList() << u"VALLETTA"_s
                << bodyText << QString() << QString();
        QTest::newRow("blank lines inside the body")
                << page("VALLETTA: One.\n\nTwo.\n\n\nThree, the agency said (AP)\n\nUpdated "
                        "figures "
                        "followed.\n\nFollow the money, he said.\n")
                << u"Harbor reopens"_s << two << u"VALLETTA"_s
                << u"One.\n\nTwo.\n\nThree, the agency said (AP)\n\nUpdated figures followed.\n\n"
                   u"Follow the money, he said."_s
                << caption << credit;
        QTest::newRow("stray control character dropped")
                << page("VALLETTA: The port\x1b reopened.\nMore\x0btext.\n") << u"Harbor reopens"_s
                << two << u"VALLETTA"_s << u"The port reopened.\n\nMore text."_s << caption
                << credit;
        QTest::newRow("Markdown characters escaped")
                << page("VALLETTA: *Not* _emphasis_.\n# Not a heading\n- not a list\n1. not "
                        "ordered\n")
                << u"Harbor reopens"_s << two << u"VALLETTA"_s
                << u"\\*Not\\* \\_emphasis\\_.\n\n\\# Not a heading\n\n\\- not a list\n\n1\\. not "
                   u"ordered"_s
                << caption << credit;
    }

    void variants()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, headline);
        QFETCH(QStringList, highlights);
        QFETCH(QString, dateline);
        QFETCH(QString, body);
        QFETCH(QString, caption);
        QFETCH(QString, credit);
        const WireParseResult result = parseWirePage(bytes, options());
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(result.stories.size(), 1);
        const Story &story = result.stories.constFirst();
        QCOMPARE(story.headline(), headline);
        QCOMPARE(story.highlights(), highlights);
        QCOMPARE(story.dateline(), dateline);
        QCOMPARE(story.body(), body);
        if (caption.isEmpty()) {
            QCOMPARE(story.photos().size(), 0);
        } else {
            QCOMPARE(story.photos().size(), 1);
            QCOMPARE(story.photos().constFirst().caption, caption);
            QCOMPARE(story.photos().constFirst().credit, credit);
        }
    }

    void severalStories()
    {
        const QByteArray bullets = "  \xe2\x80\xa2 One\n";
        const QByteArray bytes = "First\n\nUpdated 2 min ago\n\nFirst\n\n" + bullets +
                "VALLETTA: One.\n\nStill the first story.\n\n\n" +
                "Second (AP)\n\nA caption. (AP)\nShort Url\n\nSecond (AP)\n\n" + bullets +
                "LISBON: Two.\n\n" + "Third\n\nThird\n\n" + bullets + "ROME: Three.\n";
        const WireParseResult result = parseWirePage(bytes, options());
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(result.stories.size(), 3);
        QCOMPARE(result.stories.at(0).body(), u"One.\n\nStill the first story."_s);
        QCOMPARE(result.stories.at(1).headline(), u"Second (AP)"_s);
        QCOMPARE(result.stories.at(1).photos().constFirst().caption, u"A caption."_s);
        QCOMPARE(result.stories.at(1).updatedAt(), reference);
        QCOMPARE(result.stories.at(2).headline(), u"Third"_s);
        QCOMPARE(result.stories.at(2).dateline(), u"ROME"_s);
    }

    void captionsWithoutCreditsBetweenStories()
    {
        // A creditless caption on a later story still starts that story.
        const QByteArray bullets = "  \xe2\x80\xa2 One\n";
        const QByteArray bytes = "First\n\nUpdated 2 min ago\n\nFirst\n\n" + bullets +
                "VALLETTA: One.\n\n\n" +
                "Second\n\nDivers at the wreck, Nov. 3.\nShort Url\nUpdated 2 min ago\n"
                "Follow\n\nSecond\n\n" +
                bullets + "LISBON: Two.\n\n\n" +
                "Third\n\nThe square at dusk. [Reuters]\nUpdated 2 min ago\n\nThird\n\n" + bullets +
                "ROME: Three.\n";
        const WireParseResult result = parseWirePage(bytes, options());
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(result.stories.size(), 3);
        QCOMPARE(result.stories.at(0).body(), u"One."_s);
        QCOMPARE(result.stories.at(1).photos().size(), 1);
        QCOMPARE(result.stories.at(1).photos().constFirst().caption,
                 u"Divers at the wreck, Nov. 3."_s);
        QCOMPARE(result.stories.at(1).photos().constFirst().credit, QString());
        QCOMPARE(result.stories.at(2).photos().constFirst().caption,
                 u"The square at dusk. [Reuters]"_s);
        QCOMPARE(result.stories.at(2).dateline(), u"ROME"_s);
    }

    void stamps_data()
    {
        QTest::addColumn<QString>("stamp");
        QTest::addColumn<QDateTime>("expected");

        QTest::newRow("day month year") << u"18 November 2026"_s << utc(2026, 11, 17, 23);
        QTest::newRow("with time") << u"18 November 2026 14:05"_s << utc(2026, 11, 18, 13, 5);
        QTest::newRow("abbreviated US") << u"Nov. 18, 2026"_s << utc(2026, 11, 17, 23);
        QTest::newRow("full US") << u"November 18, 2026"_s << utc(2026, 11, 17, 23);
        QTest::newRow("US with p.m.") << u"Nov. 18, 2026, 2:05 p.m."_s << utc(2026, 11, 18, 13, 5);
        QTest::newRow("weekday and am")
                << u"Wednesday, 18 Nov 2026 9:15am"_s << utc(2026, 11, 18, 8, 15);
        QTest::newRow("summer time") << u"18 July 2026 14:05"_s << utc(2026, 7, 18, 12, 5);
        QTest::newRow("UTC") << u"18 November 2026 14:05 UTC"_s << utc(2026, 11, 18, 14, 5);
        QTest::newRow("ISO with offset")
                << u"2026-11-18T14:05:00+03:00"_s << utc(2026, 11, 18, 11, 5);
        QTest::newRow("ISO date") << u"2026-11-18"_s << utc(2026, 11, 17, 23);
        QTest::newRow("10 sec ago") << u"10 sec ago"_s << utc(2026, 11, 24, 9, 29, 50);
        QTest::newRow("seconds") << u"45 seconds ago"_s << utc(2026, 11, 24, 9, 29, 15);
        QTest::newRow("2 min ago") << u"2 min ago"_s << utc(2026, 11, 24, 9, 28);
        QTest::newRow("mins") << u"15 mins ago"_s << utc(2026, 11, 24, 9, 15);
        QTest::newRow("minutes") << u"30 minutes ago"_s << utc(2026, 11, 24, 9, 0);
        QTest::newRow("1 hour ago") << u"1 hour ago"_s << utc(2026, 11, 24, 8, 30);
        QTest::newRow("an hour ago") << u"an hour ago"_s << utc(2026, 11, 24, 8, 30);
        QTest::newRow("3 hours ago") << u"3 hours ago"_s << utc(2026, 11, 24, 6, 30);
        QTest::newRow("hrs") << u"4 hrs ago"_s << utc(2026, 11, 24, 5, 30);
        QTest::newRow("5 days ago") << u"5 days ago"_s << utc(2026, 11, 19, 9, 30);
        QTest::newRow("just now") << u"just now"_s << reference;
        QTest::newRow("colon and capitals") << u": 2 MIN AGO"_s << utc(2026, 11, 24, 9, 28);
    }

    void stamps()
    {
        QFETCH(QString, stamp);
        QFETCH(QDateTime, expected);
        const QByteArray bytes = "Headline\n\nUpdated" +
                QByteArray(stamp.startsWith(u':') ? "" : " ") + stamp.toUtf8() +
                "\n\nHeadline\n\nBody.\n";
        const WireParseResult result = parseWirePage(bytes, options());
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(result.stories.size(), 1);
        QCOMPARE(result.stories.constFirst().updatedAt(), expected);
        QCOMPARE(result.stories.constFirst().createdAt(), reference);
    }

    void invalidReferenceTimeMeansNow()
    {
        WireOptions now = options();
        now.referenceTime = QDateTime();
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const WireParseResult result =
                parseWirePage("Headline\n\nUpdated 2 min ago\n\nHeadline\n\nBody.\n", now);
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
        const Story &story = result.stories.constFirst();
        QVERIFY(story.createdAt() >= before && story.createdAt() <= after);
        QCOMPARE(story.updatedAt(), story.createdAt().addSecs(-120));
    }

    void markdownRoundTrip_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("emphasis") << u"*stars* and _underscores_ and **strong** __too__"_s;
        QTest::newRow("code") << u"`code` and ``more`` and ```fence"_s;
        QTest::newRow("link") << u"[a link](https://example.com) and ![image](x.png)"_s;
        QTest::newRow("reference link") << u"[ref]: https://example.com \"title\""_s;
        QTest::newRow("html") << u"<b>bold</b> <script>alert(1)</script> <!-- c -->"_s;
        QTest::newRow("autolink") << u"<https://example.com> and www.example.com"_s;
        QTest::newRow("heading") << u"# Not a heading ##"_s;
        QTest::newRow("quote") << u"> not a quote"_s;
        QTest::newRow("dash list") << u"- not a list"_s;
        QTest::newRow("plus list") << u"+ not a list"_s;
        QTest::newRow("star list") << u"* not a list"_s;
        QTest::newRow("ordered list") << u"1. not a list"_s;
        QTest::newRow("ordered list paren") << u"2) not a list"_s;
        QTest::newRow("year alone") << u"2026."_s;
        QTest::newRow("rule") << u"---"_s;
        QTest::newRow("star rule") << u"* * *"_s;
        QTest::newRow("underscore rule") << u"___"_s;
        QTest::newRow("strikethrough") << u"~~struck~~ and ~single~"_s;
        QTest::newRow("tilde fence") << u"~~~"_s;
        QTest::newRow("entities") << u"&amp; &copy; &#169; &#x41; AT&T R&D"_s;
        QTest::newRow("backslashes") << u"C:\\path\\ and a trailing \\"_s;
        QTest::newRow("escapes") << u"\\* already escaped \\_"_s;
        QTest::newRow("table pipes") << u"| a | b |"_s;
        QTest::newRow("setext") << u"==="_s;
        QTest::newRow("curly quotes") << u"“Quoted,” she said, ‘twice’ — it’s kept"_s;
        QTest::newRow("inner spaces") << u"two  spaces and a\ttab"_s;
        QTest::newRow("indented code") << u"        indented eight spaces"_s;
        QTest::newRow("emoji") << u"Ships 🚢 and anchors ⚓"_s;
        QTest::newRow("email") << u"write to desk@example.com"_s;
        // md4c drops an escape right after a permissive autolink's "scheme://".
        QTest::newRow("escape after a URL scheme")
                << u"ftp://`` and https://`code` and http://*x* and https://&amp; https://\\ end"_s;
        QTest::newRow("scheme after a URL scheme") << u"ftp://://` and https://http://*x*"_s;
        QTest::newRow("URL schemes") << u"https://a.example/*x* and HTTPS://_x_ and x://[y]"_s;
    }

    void markdownRoundTrip()
    {
        QFETCH(QString, line);
        // The line as the first paragraph after a dateline and as a paragraph of its own.
        const QByteArray bytes = page("VALLETTA: " + line.toUtf8() + "\n" + line.toUtf8() + "\n");
        const WireParseResult result = parseWirePage(bytes, options());
        QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(result.stories.size(), 1);
        const QString body = result.stories.constFirst().body();
        QString unexpected;
        const QStringList seen = renderedParagraphs(renderMarkdown(body), &unexpected);
        QVERIFY2(unexpected.isEmpty(),
                 qPrintable(u"unexpected markup “%1” for body “%2”"_s.arg(unexpected, body)));
        const QString expected = line.trimmed();
        QCOMPARE(seen, QStringList({expected, expected}));
    }

    void hugeInputIsRefusedQuickly()
    {
        const QByteArray bytes(50 * 1024 * 1024, 'a');
        QElapsedTimer timer;
        timer.start();
        const WireParseResult result = parseWirePage(bytes, options());
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(result.stories.isEmpty());
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.constFirst().message.contains(
                         u"The page is 50 MB; Copydesk "
                         u"imports wire pages of up to 4 MB"_s),
                 qPrintable(result.problems.constFirst().message));
    }

    void largePagesTakeLinearTime_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("accepted");
        const qsizetype room = maxWirePageBytes - 200;
        QTest::newRow("one long body line")
                << page("VALLETTA: " + QByteArray(room, '*') + "\n") << true;
        QTest::newRow("one long headline") << QByteArray(maxWirePageBytes, 'H') << false;
        QTest::newRow("long caption-like line")
                << QByteArray(QByteArray(room, '(') + ')' + "\n") << false;
        QTest::newRow("many short lines") << page(QByteArray("x\ny\n").repeated(room / 4)) << true;
        QTest::newRow("many blank lines inside a body")
                << page(QByteArray("x\n\n\ny\n\n\n").repeated(room / 8)) << true;
        QTest::newRow("many blank lines") << QByteArray(maxWirePageBytes, '\n') << false;
        QTest::newRow("many tiny stories")
                << QByteArray("H\n\nFollow\n\nH\n\nB\n\n").repeated(room / 17) << true;
        QTest::newRow("many unreadable stamps")
                << QByteArray("Updated x\n\n").repeated(room / 11) << false;
        QTest::newRow("many candidate headlines")
                << page(QByteArray("A\n\nA\n\n").repeated(room / 6)) << false;
    }

    void largePagesTakeLinearTime()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, accepted);
        QVERIFY(bytes.size() <= maxWirePageBytes);
        QElapsedTimer timer;
        timer.start();
        const WireParseResult result = parseWirePage(bytes, options());
        // A quadratic pass over 4 MB would take hours; linear ones take well under a second.
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(result.problems.isEmpty(), accepted);
        QCOMPARE(result.stories.isEmpty(), !accepted);
        QVERIFY(result.problems.size() <= 50);
    }

    void randomBinaryIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        for (quint32 seed : {1u, 2u, 3u, 4u, 5u}) {
            QTest::addRow("random %u", seed) << randomBytes(seed, 4096 * seed);
            QByteArray noNul = randomBytes(seed + 100, 4096);
            noNul.replace('\0', '\x01');
            QTest::addRow("random without NUL %u", seed) << noNul;
        }
    }

    void randomBinaryIsRefused()
    {
        QFETCH(QByteArray, bytes);
        const WireParseResult result = parseWirePage(bytes, options());
        QVERIFY(result.stories.isEmpty());
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.constFirst().message.contains(u"binary data"_s),
                 qPrintable(describe(result)));
        QVERIFY(result.problems.constFirst().line >= 1);
    }
};

QTEST_GUILESS_MAIN(TestWireImporter)
#include "tst_wireimporter.moc"
