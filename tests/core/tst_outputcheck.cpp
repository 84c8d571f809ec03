// SPDX-License-Identifier: MIT
#include "feeds/outputcheck.h"
#include "support/feedstories.h"

#include <QStandardPaths>
#include <QTest>

#include <functional>

using namespace Copydesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Copydesk::Story)
Q_DECLARE_METATYPE(Copydesk::Site)
Q_DECLARE_METATYPE(Copydesk::OutputFormat)
Q_DECLARE_METATYPE(Copydesk::OutputFinding::Severity)

namespace {

using Severity = OutputFinding::Severity;

QString describe(const QList<OutputFinding> &findings)
{
    QStringList lines;
    for (const OutputFinding &finding : findings) {
        const QString format = finding.format == OutputFormat::Ninjs ? u"ninjs"_s
                : finding.format == OutputFormat::Atom               ? u"atom"_s
                                                                     : u"jsonfeed"_s;
        lines.append(format +
                     (finding.severity == Severity::Error ? u" error: "_s : u" warning: "_s) +
                     finding.message);
    }
    return lines.isEmpty() ? u"(no findings)"_s : lines.join(u'\n');
}

bool has(const QList<OutputFinding> &findings, OutputFormat format, Severity severity,
         const QString &fragment)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const OutputFinding &finding) {
        return finding.format == format && finding.severity == severity &&
                finding.message.contains(fragment, Qt::CaseInsensitive);
    });
}

} // namespace

/// checkOutputs: quiet on good stories, a finding that says what to change on broken ones.
/// The shared test site with an address readers could use.
Site realSite()
{
    return TestStories::site().withBaseUrl(QUrl(u"https://www.harbour-daily.mt/desk/"_s));
}

class TestOutputCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void goodStoriesHaveNoFindings_data()
    {
        QTest::addColumn<Story>("story");
        QTest::newRow("full") << TestStories::full();
        QTest::newRow("no-photo") << TestStories::noPhoto();
        QTest::newRow("no-byline") << TestStories::noByline();
        QTest::newRow("withdrawn") << TestStories::withdrawn();
        QTest::newRow("embargoed-draft") << TestStories::embargoedDraft();
    }

    void goodStoriesHaveNoFindings()
    {
        QFETCH(Story, story);
        const QList<OutputFinding> findings = checkOutputs(story, realSite());
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }

    void siteAddressReadersCannotUseIsFlagged_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("expected");
        QTest::newRow("folder on this disk")
                << u"file:///srv/www/news/"_s << u"folder on this computer"_s;
        QTest::newRow("placeholder host") << u"https://news.example/desk/"_s << u"placeholder"_s;
        QTest::newRow("example.com") << u"https://www.example.com/"_s << u"placeholder"_s;
    }

    void siteAddressReadersCannotUseIsFlagged()
    {
        QFETCH(QString, address);
        QFETCH(QString, expected);
        const Site site = TestStories::site().withBaseUrl(QUrl(address));
        const QList<OutputFinding> findings = checkOutputs(TestStories::full(), site);
        // Every output tab says so: every link in each starts with the address.
        for (OutputFormat format :
             {OutputFormat::Ninjs, OutputFormat::Atom, OutputFormat::JsonFeed}) {
            const bool flagged =
                    std::any_of(findings.cbegin(), findings.cend(), [&](const auto &f) {
                        return f.format == format && f.message.contains(expected);
                    });
            QVERIFY2(flagged, qPrintable(describe(findings)));
        }
    }

    void findings_data()
    {
        QTest::addColumn<Story>("story");
        QTest::addColumn<Site>("site");
        QTest::addColumn<OutputFormat>("format");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<QString>("fragment");

        const Site site = TestStories::site();
        const auto story = [](const std::function<void(Story &)> &change) {
            Story changed = TestStories::full();
            change(changed);
            return changed;
        };

        const Story noHeadline = story([](Story &s) { s.setHeadline(u"  "_s); });
        QTest::newRow("empty headline: ninjs") << noHeadline << site << OutputFormat::Ninjs
                                               << Severity::Error << u"headline is empty"_s;
        QTest::newRow("empty headline: atom") << noHeadline << site << OutputFormat::Atom
                                              << Severity::Warning << u"title is empty"_s;
        QTest::newRow("empty headline: json feed") << noHeadline << site << OutputFormat::JsonFeed
                                                   << Severity::Warning << u"no title"_s;

        const Story noBody = story([](Story &s) { s.setBody(u"\n \n"_s); });
        QTest::newRow("empty body: ninjs")
                << noBody << site << OutputFormat::Ninjs << Severity::Error << u"body is empty"_s;
        QTest::newRow("empty body: atom")
                << noBody << site << OutputFormat::Atom << Severity::Warning << u"body is empty"_s;
        QTest::newRow("empty body: json feed") << noBody << site << OutputFormat::JsonFeed
                                               << Severity::Warning << u"content is empty"_s;

        QTest::newRow("date RFC 3339 cannot write") << story([](Story &s) {
            s.setCreatedAt(QDateTime(QDate(10000, 1, 1), QTime(0, 0), QTimeZone::utc()));
        }) << site << OutputFormat::Ninjs << Severity::Error
                                                    << u"year 10000"_s;

        const Story noTimes = story([](Story &s) {
            s.setCreatedAt(QDateTime());
            s.setFirstPublishedAt(QDateTime());
            s.setUpdatedAt(QDateTime());
            s.setSavedAt(QDateTime());
        });
        QTest::newRow("no times: atom updated")
                << noTimes << site << OutputFormat::Atom << Severity::Error << u"no updated date"_s;
        QTest::newRow("no times: ninjs versioncreated") << noTimes << site << OutputFormat::Ninjs
                                                        << Severity::Warning << u"versioncreated"_s;

        QTest::newRow("no id") << story([](Story &s) { s.setId(QUuid()); }) << site
                               << OutputFormat::Ninjs << Severity::Error << u"no id"_s;

        Site relative = site;
        relative.baseUrl = QUrl(u"desk/"_s);
        QTest::newRow("relative site address: ninjs")
                << TestStories::full() << relative << OutputFormat::Ninjs << Severity::Error
                << u"publishing settings"_s;
        QTest::newRow("relative site address: atom")
                << TestStories::full() << relative << OutputFormat::Atom << Severity::Error
                << u"not an absolute address"_s;
        QTest::newRow("relative site address: json feed")
                << TestStories::full() << relative << OutputFormat::JsonFeed << Severity::Error
                << u"url is not an absolute address"_s;

        Site badLanguage = site;
        badLanguage.language = u"English (UK)"_s;
        QTest::newRow("language not BCP 47")
                << TestStories::full() << badLanguage << OutputFormat::Ninjs << Severity::Warning
                << u"BCP 47"_s;

        Site badShortUrl = site;
        badShortUrl.shortUrlBase = u"cpdk"_s;
        QTest::newRow("short URL base not a web address")
                << TestStories::full() << badShortUrl << OutputFormat::Ninjs << Severity::Warning
                << u"short URL base"_s;

        QTest::newRow("control characters")
                << TestStories::hostile() << site << OutputFormat::Atom << Severity::Warning
                << u"Control characters that XML cannot carry are in the body"_s;

        Site untitled = site;
        untitled.title.clear();
        QTest::newRow("no author at all")
                << TestStories::noByline() << untitled << OutputFormat::Atom << Severity::Error
                << u"no author name"_s;
    }

    void findings()
    {
        QFETCH(Story, story);
        QFETCH(Site, site);
        QFETCH(OutputFormat, format);
        QFETCH(Severity, severity);
        QFETCH(QString, fragment);
        const QList<OutputFinding> findings = checkOutputs(story, site);
        QVERIFY2(has(findings, format, severity, fragment), qPrintable(describe(findings)));
        for (const OutputFinding &finding : findings) {
            // Each one a sentence for people.
            QVERIFY(finding.message.size() > 20);
            QVERIFY2(finding.message.endsWith(u'.'), qPrintable(finding.message));
        }
    }

    void findingsBelongToTheirFormat()
    {
        Story story = TestStories::full();
        story.setBody(QString());
        const QList<OutputFinding> findings = checkOutputs(story, TestStories::site());
        // The empty body is an error for ninjs, whose consumers want an
        // article, but only a warning for the feeds.
        QVERIFY(has(findings, OutputFormat::Ninjs, Severity::Error, u"body"_s));
        QVERIFY(!has(findings, OutputFormat::Atom, Severity::Error, u"body"_s));
        QVERIFY(!has(findings, OutputFormat::JsonFeed, Severity::Error, u"content"_s));
    }
};

QTEST_GUILESS_MAIN(TestOutputCheck)
#include "tst_outputcheck.moc"
