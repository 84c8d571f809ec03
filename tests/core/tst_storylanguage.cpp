// SPDX-License-Identifier: MIT
// A story's language and right-to-left copy: the field, where it is kept,
// what every output says, the page's direction and the slug of a non-Latin
// headline.
#include "feeds/atomfeed.h"
#include "feeds/jsonfeed.h"
#include "feeds/ninjs.h"
#include "feeds/outputcheck.h"
#include "publish/editionmaker.h"
#include "publish/publishedpage.h"
#include "render/storypagerenderer.h"
#include "store/library.h"
#include "story/storydiff.h"
#include "story/storydocument.h"
#include "story/storyjson.h"
#include "story/storymerge.h"
#include "support/feedstories.h"
#include "support/testlibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

/// A story of an Arabic desk: Arabic headline and body with English names and figures in it.
Story arabicStory()
{
    Story story = TestStories::full();
    story.setHeadline(u"موسكو تستضيف قمة G20 للطاقة"_s);
    story.setHighlights({u"وزراء الطاقة يجتمعون يوم الاثنين"_s, u"Reuters: 20 وفداً"_s});
    story.setDateline(u"موسكو"_s);
    story.setBody(u"قال المتحدث إن القمة تبدأ يوم الاثنين.\n\n\"We expect 20 delegations,\" "
                  u"he said.\n"_s);
    story.setSlug(QString());
    story.setLanguage(u"ar"_s);
    return story;
}

/// The xml:lang attributes of the entries of an Atom document, in order, and the root's.
QStringList atomLanguages(const QByteArray &atom)
{
    QStringList found;
    QXmlStreamReader xml(atom);
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (xml.isStartElement() && (xml.name() == u"feed"_s || xml.name() == u"entry"_s))
            found.append(xml.name().toString() + u'=' +
                         xml.attributes().value(u"xml:lang"_s).toString());
        if (xml.hasError())
            break;
        if (!xml.isStartElement())
            xml.readNext();
    }
    return found;
}

} // namespace

class TestStoryLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rightToLeftLanguages_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("rtl");
        QTest::newRow("Arabic") << u"ar"_s << true;
        QTest::newRow("Egyptian Arabic") << u"ar-EG"_s << true;
        QTest::newRow("Hebrew") << u"he"_s << true;
        QTest::newRow("Persian") << u"fa-IR"_s << true;
        QTest::newRow("Urdu") << u"ur"_s << true;
        QTest::newRow("Azerbaijani in Arabic script") << u"az-Arab"_s << true;
        QTest::newRow("English") << u"en"_s << false;
        QTest::newRow("Serbian in Latin script") << u"sr-Latn"_s << false;
        QTest::newRow("Arabic in Latin script") << u"ar-Latn"_s << false;
        QTest::newRow("not a tag") << u"ar EG"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void rightToLeftLanguages()
    {
        QFETCH(QString, tag);
        QFETCH(bool, rtl);
        QCOMPARE(isRightToLeftLanguage(tag), rtl);
    }

    void theSiteLanguageUnlessTheStoryHasItsOwn()
    {
        Story story = TestStories::full();
        story.setLanguage(QString());
        QCOMPARE(story.languageOr(u"en-GB"_s), u"en-GB"_s);
        story.setLanguage(u" ar "_s);
        QCOMPARE(story.languageOr(u"en-GB"_s), u"ar"_s);
    }

    void everyOutputSaysTheStorysLanguage()
    {
        const Story story = arabicStory();
        const Site site = TestStories::site();
        QCOMPARE(site.language, u"en"_s);

        const QJsonObject ninjs = QJsonDocument::fromJson(ninjsDocument(story, site)).object();
        QCOMPARE(ninjs.value(u"language"_s).toString(), u"ar"_s);
        const QJsonObject item =
                QJsonDocument::fromJson(jsonFeedItemDocument(story, site)).object();
        QCOMPARE(item.value(u"language"_s).toString(), u"ar"_s);
        // The feed is the site's; the Arabic entry in it says it is Arabic, the English one
        // nothing.
        const QByteArray feed = atomFeed({story, TestStories::full()}, site);
        QCOMPARE(atomLanguages(feed), (QStringList{u"feed=en"_s, u"entry=ar"_s, u"entry="_s}));
        QCOMPARE(atomLanguages(atomEntry(story, site)), QStringList{u"entry=ar"_s});
        const QJsonObject jsonFeedDocument =
                QJsonDocument::fromJson(jsonFeed({story}, site)).object();
        QCOMPARE(jsonFeedDocument.value(u"language"_s).toString(), u"en"_s);
        QCOMPARE(jsonFeedDocument.value(u"items"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"language"_s),
                 u"ar"_s);

        // The page reads right to left; an English story's left to right.
        const QString page = renderStoryPage(story, publishedPageOptions(site));
        QVERIFY2(page.contains(u"<html lang=\"ar\" dir=\"rtl\">"_s), qPrintable(page.left(200)));
        const QString english = renderStoryPage(TestStories::full(), publishedPageOptions(site));
        QVERIFY(english.contains(u"<html lang=\"en\" dir=\"ltr\">"_s));
        QVERIFY(pointerPage(story, site).contains("lang=\"ar\" dir=\"rtl\""));
        QVERIFY(shortUrlPage(story, site).contains("lang=\"ar\" dir=\"rtl\""));
    }

    void aBadLanguageIsFlagged()
    {
        Story story = arabicStory();
        story.setLanguage(u"Arabic!"_s);
        const QList<OutputFinding> findings = checkOutputs(story, TestStories::site());
        QStringList messages;
        for (const OutputFinding &finding : findings)
            messages.append(finding.message);
        QVERIFY2(messages.join(u'\n').contains(u"“Arabic!”"_s) ||
                         messages.join(u'\n').contains(u"\"Arabic!\""_s),
                 qPrintable(messages.join(u'\n')));
    }

    void anArabicHeadlineGetsASlug()
    {
        const Story story = arabicStory();
        QCOMPARE(story.effectiveSlug(), u"mwskw-tstdyf-qmt-g20-lltaqt"_s);
    }

    void keptInTheLibraryAndItsVersions()
    {
        QTemporaryDir dir;
        auto opened = TestLibrary::open(dir.filePath(u"language.sqlite"_s));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        Story story = arabicStory();
        story.setVersion(0);
        const auto saved = opened->store->saveStory(story);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QCOMPARE(saved->language(), u"ar"_s);
        QCOMPARE(saved->effectiveSlug(), u"mwskw-tstdyf-qmt-g20-lltaqt"_s);
        Story english = *saved;
        english.setLanguage(QString());
        const auto second = opened->store->saveStory(english);
        QVERIFY(second.ok());
        const auto loaded = opened->store->loadStory(story.id());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->language(), QString());
        const auto first = opened->store->loadRevision(story.id(), saved->version());
        QVERIFY(first.ok());
        QCOMPARE(first->language(), u"ar"_s);
        QCOMPARE(first->headline(), story.headline());

        // The JSON form keeps it; the history names it among the changes.
        QCOMPARE(StoryJson::fromJson(StoryJson::toJson(*saved))->language(), u"ar"_s);
        QStringList changed;
        for (const FieldDiff &change : diffStories(*first, *loaded))
            changed.append(change.key);
        QVERIFY2(changed.contains(u"language"_s), qPrintable(changed.join(u' ')));
    }

    void editedWithUndoAndMerged()
    {
        StoryDocument document(arabicStory());
        document.setText(StoryDocument::TextField::Language, u"ar-EG"_s);
        QCOMPARE(document.story().language(), u"ar-EG"_s);
        QCOMPARE(document.undoStack()->undoText(), u"Edit language"_s);
        document.undoStack()->undo();
        QCOMPARE(document.story().language(), u"ar"_s);

        Story theirs = arabicStory();
        theirs.setHeadline(u"Another headline"_s);
        Story mine = arabicStory();
        mine.setLanguage(u"ar-EG"_s);
        const Story merged = mergeEdits(theirs, mine, {EditableField::Language});
        QCOMPARE(merged.language(), u"ar-EG"_s);
        QCOMPARE(merged.headline(), u"Another headline"_s);
        QVERIFY(!sameEdits(theirs, merged));
    }
};

QTEST_MAIN(TestStoryLanguage)
#include "tst_storylanguage.moc"
