// SPDX-License-Identifier: MIT
#include "story/housestyle.h"

#include <QJsonDocument>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

/// A story the default house style has nothing to say about.
Story cleanStory()
{
    Story story = Story::create(QDateTime(QDate(2026, 11, 18), QTime(9, 0), QTimeZone::utc()));
    story.setHeadline(u"Harbor authority reopens two container berths after storm repairs"_s);
    story.setHighlights({u"Repairs finished nine days ahead of schedule"_s,
                         u"Shipping lines expect normal call times from Monday"_s});
    story.setDateline(u"VALLETTA"_s);
    story.setBody(u"The harbor reopened.\n\n“We are back,” the director said.\n"_s);
    Photo photo;
    photo.fileId = u"3f0a9c1be2d4"_s;
    photo.caption = u"Cranes stand idle at the quay."_s;
    photo.credit = u"Reuters"_s;
    photo.altText = u"Two cranes at a quay"_s;
    story.setPhotos({photo});
    return story;
}

QStringList ruleIds(const QList<Finding> &findings)
{
    QStringList ids;
    for (const Finding &finding : findings)
        ids.append(finding.ruleId + u'@' + finding.field.key());
    return ids;
}

const char json0[] = R"({"rules": [
            {"id": "short-headline", "kind": "length", "field": "headline", "warnAbove": 20, "errorAbove": 30},
            {"id": "three-bullets", "kind": "count", "field": "highlights", "exactly": 3}
        ]})";
const char json1[] = R"({"rules":[{"id":"x","kind":"vibes","field":"headline"}]})";
const char json2[] = R"({"rules":[{"id":"x","kind":"required","field":"kicker"}]})";
const char json3[] = R"({"rules":[{"id":"x","kind":"pattern","field":"dateline","pattern":"(["}]})";
const char json4[] = R"({"rules":[{"id":"x","kind":"forbidden","field":"body"}]})";

} // namespace

class TestHouseStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!HouseStyle::defaultStyle().rules().isEmpty(),
                 "the bundled house style must load");
    }

    void cleanStoryHasNoFindings()
    {
        const QList<Finding> findings = HouseStyle::defaultStyle().check(cleanStory());
        QVERIFY2(findings.isEmpty(), qPrintable(ruleIds(findings).join(u", ")));
    }

    void captionWithoutPictureIsWarnedAbout()
    {
        // A wire photo: its caption came, its picture did not.
        Story story = cleanStory();
        QList<Photo> photos = story.photos();
        photos[0].fileId.clear();
        story.setPhotos(photos);
        const QList<Finding> findings = HouseStyle::defaultStyle().check(story);
        QCOMPARE(ruleIds(findings), QStringList{u"photo-without-picture@photos[0].caption"_s});
        QCOMPARE(findings.constFirst().severity, Severity::Warning);
        QCOMPARE(findings.constFirst().field, (FieldRef{FieldRef::Caption, 0}));
        QVERIFY(findings.constFirst().message.contains(u"left out"_s));
        // A photo slot with nothing in it yet says nothing.
        photos[0].caption.clear();
        photos[0].credit.clear();
        story.setPhotos(photos);
        QVERIFY(!ruleIds(HouseStyle::defaultStyle().check(story))
                         .contains(u"photo-without-picture"_s));
    }

    void findings_data()
    {
        QTest::addColumn<std::function<void(Story &)>>("edit");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("headline 71 characters warns")
                << std::function([](Story &s) { s.setHeadline(QString(71, u'x')); })
                << QStringList{u"headline-length@headline"_s};
        QTest::newRow("headline 70 characters is fine")
                << std::function([](Story &s) { s.setHeadline(QString(70, u'x')); })
                << QStringList{};
        QTest::newRow("headline 111 characters is an error")
                << std::function([](Story &s) { s.setHeadline(QString(111, u'x')); })
                << QStringList{u"headline-length@headline"_s};
        QTest::newRow("empty headline") << std::function([](Story &s) { s.setHeadline(u"  "_s); })
                                        << QStringList{u"headline-required@headline"_s};
        QTest::newRow("one highlight")
                << std::function([](Story &s) { s.setHighlights({u"Only one"_s}); })
                << QStringList{u"highlight-count@highlights"_s};
        QTest::newRow("three highlights") << std::function([](Story &s) {
            s.setHighlights({u"One"_s, u"Two"_s, u"Three"_s});
        }) << QStringList{u"highlight-count@highlights"_s};
        QTest::newRow("long second highlight") << std::function([](Story &s) {
            s.setHighlights({u"Fine"_s, QString(141, u'y')});
        }) << QStringList{u"highlight-length@highlights[1]"_s};
        QTest::newRow("dateline in lower case")
                << std::function([](Story &s) { s.setDateline(u"Moscow"_s); })
                << QStringList{u"dateline-capitals@dateline"_s};
        QTest::newRow("dateline in a script without capitals")
                << std::function([](Story &s) { s.setDateline(u"الدار البيضاء"_s); })
                << QStringList{};
        QTest::newRow("dateline mixing capitals and small letters in Greek")
                << std::function([](Story &s) { s.setDateline(u"Αθήνα"_s); })
                << QStringList{u"dateline-capitals@dateline"_s};
        QTest::newRow("dateline with spaces and accents")
                << std::function([](Story &s) { s.setDateline(u"SÃO TOMÉ"_s); }) << QStringList{};
        QTest::newRow("empty dateline is not checked for capitals")
                << std::function([](Story &s) { s.setDateline({}); }) << QStringList{};
        QTest::newRow("empty body") << std::function([](Story &s) { s.setBody(u"\n\n"_s); })
                                    << QStringList{u"body-required@body"_s};
        QTest::newRow("credit left in caption") << std::function([](Story &s) {
            QList<Photo> photos = s.photos();
            photos[0].caption = u"Cranes at the quay. (Reuters/Jane Doe)"_s;
            photos[0].credit.clear();
            s.setPhotos(photos);
        }) << QStringList{u"caption-credit@photos[0].caption"_s};
        QTest::newRow("no credit at all") << std::function([](Story &s) {
            QList<Photo> photos = s.photos();
            photos[0].credit.clear();
            s.setPhotos(photos);
        }) << QStringList{u"caption-credit@photos[0].credit"_s};
        QTest::newRow("credit in parentheses") << std::function([](Story &s) {
            QList<Photo> photos = s.photos();
            photos[0].credit = u"(AP)"_s;
            s.setPhotos(photos);
        }) << QStringList{u"caption-credit@photos[0].credit"_s};
        QTest::newRow("no alt text") << std::function([](Story &s) {
            QList<Photo> photos = s.photos();
            photos[0].altText.clear();
            s.setPhotos(photos);
        }) << QStringList{u"photo-alt-text@photos[0].altText"_s};
        QTest::newRow("unclosed curly quote in body") << std::function([](Story &s) {
            s.setBody(u"He said “we are back, and left.\n\nThe end."_s);
        }) << QStringList{u"balanced-quotes@body"_s};
        QTest::newRow("stray closing quote in headline")
                << std::function([](Story &s) { s.setHeadline(u"Minister says” no"_s); })
                << QStringList{u"balanced-quotes@headline"_s};
        QTest::newRow("odd straight quotes in caption") << std::function([](Story &s) {
            QList<Photo> photos = s.photos();
            photos[0].caption = u"The \"Blue Star arrives."_s;
            s.setPhotos(photos);
        }) << QStringList{u"balanced-quotes@photos[0].caption"_s};
        QTest::newRow("quote running over paragraphs is fine") << std::function([](Story &s) {
            s.setBody(u"“We rebuilt the wall.\n\n“We are back,” he said."_s);
        }) << QStringList{};
        QTest::newRow("quote over two lines of one paragraph") << std::function([](Story &s) {
            s.setBody(u"“We rebuilt\nthe wall,” he said.\n\nNext."_s);
        }) << QStringList{};
        QTest::newRow("unclosed quote before a paragraph that does not open one")
                << std::function([](Story &s) {
                       s.setBody(u"“We rebuilt the wall.\n  \nHe left.\n\n“Again.”"_s);
                   })
                << QStringList{u"balanced-quotes@body"_s};
        QTest::newRow("house spellings")
                << std::function([](Story &s) { s.setHeadline(u"Rates rise 2 percent in Kiev"_s); })
                << QStringList{u"spelling-per-cent@headline"_s, u"spelling-kyiv@headline"_s};
        QTest::newRow("house spellings already kept") << std::function([](Story &s) {
            s.setHeadline(u"Rates rise 2 per cent in Kyiv; Kievan Rus remembered"_s);
        }) << QStringList{};
        QTest::newRow("German quotes") << std::function([](Story &s) {
            s.setLanguage(u"de"_s);
            s.setBody(u"„Wir sind zurück“, sagte er.\n\nDas Ende."_s);
        }) << QStringList{};
        QTest::newRow("German quote left open") << std::function([](Story &s) {
            s.setLanguage(u"de-AT"_s);
            s.setBody(u"„Wir sind zurück, sagte er.\n\nDas Ende."_s);
        }) << QStringList{u"balanced-quotes@body"_s};
        QTest::newRow("French guillemets") << std::function([](Story &s) {
            s.setLanguage(u"fr"_s);
            s.setBody(u"« Nous sommes de retour », a-t-il dit.\n\nLa fin."_s);
        }) << QStringList{};
        QTest::newRow("French guillemet never closed") << std::function([](Story &s) {
            s.setLanguage(u"fr"_s);
            s.setHeadline(u"« Nous sommes de retour"_s);
        }) << QStringList{u"balanced-quotes@headline"_s};
        QTest::newRow("apostrophes are not quotes") << std::function([](Story &s) {
            s.setBody(u"The comet’s tail and the port's wall."_s);
        }) << QStringList{};
        QTest::newRow("TK in body")
                << std::function([](Story &s) { s.setBody(u"The wall cost TK million euros."_s); })
                << QStringList{u"placeholder-tk@body"_s};
        QTest::newRow("TK inside a word is fine") << std::function([](Story &s) {
            s.setBody(u"The TKO came in round two; Atkins won."_s);
        }) << QStringList{};
        QTest::newRow("errors sort before warnings") << std::function([](Story &s) {
            s.setDateline(u"Lisbon"_s);
            s.setHeadline(QString(120, u'z'));
        }) << QStringList{u"headline-length@headline"_s, u"dateline-capitals@dateline"_s};
    }

    void findings()
    {
        QFETCH(std::function<void(Story &)>, edit);
        QFETCH(QStringList, expected);
        Story story = cleanStory();
        edit(story);
        const QList<Finding> findings = HouseStyle::defaultStyle().check(story);
        QCOMPARE(ruleIds(findings), expected);
        for (const Finding &finding : findings)
            QVERIFY2(!finding.message.isEmpty(), qPrintable(finding.ruleId));
    }

    void messagesSayWhatToChange()
    {
        Story story = cleanStory();
        story.setHeadline(QString(115, u'x'));
        const QList<Finding> findings = HouseStyle::defaultStyle().check(story);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().severity, Severity::Error);
        QCOMPARE(findings.first().message,
                 u"The headline is 115 characters; the limit is 110. Cut 5."_s);
    }

    void positionsPointIntoTheField()
    {
        Story story = cleanStory();
        story.setBody(u"Costs were TK euros."_s);
        const QList<Finding> findings = HouseStyle::defaultStyle().check(story);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().position, 11);
    }

    void limitsAreData()
    {
        const HouseStyle &style = HouseStyle::defaultStyle();
        QCOMPARE(style.warnLength(FieldRef::Headline), 70);
        QCOMPARE(style.maxLength(FieldRef::Headline), 110);
        QCOMPARE(style.maxLength(FieldRef::Highlight), 140);

        const QByteArray json(json0);
        const auto custom = HouseStyle::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(custom.ok());
        QCOMPARE(custom->maxLength(FieldRef::Headline), 30);
        Story story = cleanStory();
        story.setHeadline(QString(25, u'h'));
        QCOMPARE(ruleIds(custom->check(story)),
                 (QStringList{u"short-headline@headline"_s, u"three-bullets@highlights"_s}));
    }

    void brokenRulesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedInMessage");
        QTest::newRow("unknown kind") << QByteArray(json1) << u"unknown kind"_s;
        QTest::newRow("unknown field") << QByteArray(json2) << u"unknown field"_s;
        QTest::newRow("broken pattern") << QByteArray(json3) << u"broken pattern"_s;
        QTest::newRow("photos with a kind that ignores it")
                << QByteArray(R"({"rules":[{"id":"x","kind":"required","field":"photos"}]})")
                << u"only with it"_s;
        QTest::newRow("pattern missing") << QByteArray(json4) << u"needs a pattern"_s;
    }

    void brokenRulesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedInMessage);
        const auto style = HouseStyle::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!style.ok());
        QVERIFY2(style.errorMessage().contains(expectedInMessage),
                 qPrintable(style.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestHouseStyle)
#include "tst_housestyle.moc"
