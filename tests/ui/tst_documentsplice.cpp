// SPDX-License-Identifier: MIT
// The preview replaces only the paragraphs an edit changed: after a splice
// the page on screen must be exactly the page a fresh parse gives.
#include "documentsplice.h"
#include "render/storypagerenderer.h"
#include "story/story.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <functional>
#include <memory>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

Story sampleStory()
{
    Story story = Story::create();
    story.setHeadline(u"Harbour plan passes after a long night"_s);
    story.setHighlights({u"Council votes 7 to 4"_s, u"Work starts in spring"_s});
    story.setDateline(u"VALLETTA"_s);
    story.setByline(u"Maria Camilleri"_s);
    QString body;
    for (int i = 1; i <= 40; ++i)
        body += u"Paragraph %1 says the *council* met, and \"quotes\" are [linked](https://example.org/%1).\n\n"_s
                        .arg(i);
    body += u"- a list item\n- another one\n\nThe last word."_s;
    story.setBody(body);
    return story;
}

QString pageHtml(const Story &story)
{
    PageOptions options;
    options.timeZone = QTimeZone::utc();
    return renderStoryPage(story, options);
}

std::unique_ptr<QTextDocument> pageOf(const Story &story)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    document->setHtml(pageHtml(story));
    return document;
}

QString paragraphs(const QTextDocument &document)
{
    QStringList texts;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        texts.append(block.text());
    return texts.join(u'\n');
}

} // namespace

class TestDocumentSplice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spliceReadsLikeAFreshPage_data()
    {
        QTest::addColumn<std::function<void(Story &)>>("edit");
        // How many paragraphs the splice rewrites; -1: it must swap the page instead.
        QTest::addColumn<int>("rewritten");
        const auto body = [](const std::function<QString(QString)> &change) {
            return std::function<void(Story &)>(
                    [change](Story &story) { story.setBody(change(story.body())); });
        };
        QTest::newRow("a letter typed") << body([](QString text) -> QString {
            return text.insert(text.indexOf(u"met") + 3, u"e"_s);
        }) << 1;
        QTest::newRow("a word deleted") << body([](QString text) -> QString {
            return text.remove(text.indexOf(u"Paragraph 7 says"), 10);
        }) << 1;
        QTest::newRow("a paragraph split") << body([](QString text) -> QString {
            return text.insert(text.indexOf(u" and", text.indexOf(u"Paragraph 12")), u"\n\n"_s);
        }) << 2;
        QTest::newRow("two paragraphs joined") << body([](QString text) -> QString {
            const qsizetype at = text.indexOf(u"\n\nParagraph 20");
            return text.remove(at, 2).insert(at, u" "_s);
        }) << 1;
        QTest::newRow("a paragraph removed") << body([](QString text) -> QString {
            const qsizetype at = text.indexOf(u"Paragraph 30");
            return text.remove(at, text.indexOf(u"Paragraph 31") - at);
        }) << 1;
        QTest::newRow("the last paragraph typed in")
                << body([](QString text) -> QString { return text + u" Really."_s; }) << 1;
        QTest::newRow("bold made plain") << body([](QString text) -> QString {
            return text.replace(text.indexOf(u"*council*"), 9, u"council"_s);
        }) << 1;
        QTest::newRow("headline") << std::function<void(Story &)>([](Story &story) {
            story.setHeadline(story.headline() + u" again"_s);
        }) << 1;
        QTest::newRow("a list item typed in") << body([](QString text) -> QString {
            return text.replace(u"another one"_s, u"another"_s);
        }) << -1;
        QTest::newRow("a highlight added") << std::function<void(Story &)>([](Story &story) {
            story.setHighlights(story.highlights() << u"A third"_s);
        }) << -1;
        QTest::newRow("the whole body replaced")
                << body([](const QString &) -> QString { return u"Nothing is left."_s; }) << -1;
    }

    void spliceReadsLikeAFreshPage()
    {
        QFETCH(std::function<void(Story &)>, edit);
        QFETCH(int, rewritten);
        Story story = sampleStory();
        const auto shown = pageOf(story);
        const auto before = pageOf(story);
        edit(story);
        const auto after = pageOf(story);

        const std::optional<SplicePlan> plan = planSplice(*before, *after);
        QCOMPARE(plan.has_value(), rewritten >= 0);
        if (!plan)
            return;
        QCOMPARE(plan->freshEnd - plan->first, rewritten);
        applySplice(*shown, *after, *plan);
        QCOMPARE(paragraphs(*shown), paragraphs(*after));
        QCOMPARE(shown->toHtml(), after->toHtml());
    }

    void identicalPagesNeedNothing()
    {
        const Story story = sampleStory();
        const auto plan = planSplice(*pageOf(story), *pageOf(story));
        // Two stories made apart differ in their ids only, which the page does not show.
        QVERIFY(plan);
        QCOMPARE(plan->first, plan->oldEnd);
        QCOMPARE(plan->first, plan->freshEnd);
    }

    void manyEditsInARowStayExact()
    {
        // The page on screen is spliced edit after edit, as typing does; it
        // must never drift from what a fresh parse shows.
        QRandomGenerator random(20261130);
        Story story = sampleStory();
        const auto shown = pageOf(story);
        std::unique_ptr<QTextDocument> before = pageOf(story);
        int spliced = 0;
        for (int round = 0; round < 200; ++round) {
            QString text = story.body();
            const qsizetype at = random.bounded(int(text.size()));
            switch (random.bounded(4)) {
            case 0:
                text.insert(at, u"xyz "_s.at(random.bounded(4)));
                break;
            case 1:
                text.remove(at, 1 + random.bounded(3));
                break;
            case 2:
                text.insert(at, u"\n\n"_s);
                break;
            default:
                text.insert(at, u"*b*"_s);
                break;
            }
            story.setBody(text);
            std::unique_ptr<QTextDocument> after = pageOf(story);
            if (const auto plan = planSplice(*before, *after)) {
                applySplice(*shown, *after, *plan);
                ++spliced;
            } else {
                shown->setHtml(pageHtml(story));
            }
            QCOMPARE(paragraphs(*shown), paragraphs(*after));
            before = std::move(after);
        }
        QVERIFY2(spliced > 150, qPrintable(u"only %1 of 200 edits spliced"_s.arg(spliced)));
        QCOMPARE(shown->toHtml(), before->toHtml());
    }
};

QTEST_MAIN(TestDocumentSplice)
#include "tst_documentsplice.moc"
