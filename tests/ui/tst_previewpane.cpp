// SPDX-License-Identifier: MIT
// The preview shows what Qt's rich text can lay out quickly and says when
// it shows only part of the body.
#include "previewpane.h"
#include "story/story.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

QString repeatedLines(const QString &line, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += line.arg(i) + u'\n';
    return text;
}

} // namespace

class TestPreviewPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bodyCut_data()
    {
        QTest::addColumn<QString>("body");
        // Where the preview stops (-1: the whole body), and a word of the note.
        QTest::addColumn<qsizetype>("at");
        QTest::addColumn<QString>("noteSays");

        const QString story = repeatedLines(u"Paragraph %1 of an ordinary story.\n"_s, 2000);
        QTest::newRow("an ordinary long story") << story << qsizetype(-1) << QString();
        const QString list = repeatedLines(u"- item %1"_s, 30'000);
        QTest::newRow("a 30,000-item list")
                << list << list.indexOf(u"- item 1000\n"_s) << u"1,000 list items"_s;
        QTest::newRow("numbered items count too")
                << repeatedLines(u"%1. item"_s, 1500) << repeatedLines(u"%1. item"_s, 1000).size()
                << u"list items"_s;
        QTest::newRow("quotes count too")
                << repeatedLines(u"> said %1"_s, 1001) << repeatedLines(u"> said %1"_s, 1000).size()
                << u"quoted lines"_s;
        QTest::newRow("a list of 1,000 is shown whole")
                << repeatedLines(u"- item %1"_s, 1000) << qsizetype(-1) << QString();
        const QString table = u"| a | b |\n|---|---|\n"_s + repeatedLines(u"| %1 | b |"_s, 500);
        QTest::newRow("a 500-row table")
                << table << table.indexOf(u"| 148 | b |"_s) << u"150 table rows"_s;
        QString nested;
        for (int depth = 0; depth < 40; ++depth)
            nested += QString(2 * depth, u' ') + u"- level %1\n"_s.arg(depth);
        QTest::newRow("a list nested 40 deep")
                << nested << nested.indexOf(u"- level 13"_s) - 26 << u"13 deep"_s;
        QTest::newRow("10,000 quote marks")
                << (u"Lead.\n\n"_s + QString(10'000, u'>')) << qsizetype(7) << u"10,000 deep"_s;
        QTest::newRow("indented code is not a list")
                << repeatedLines(u"                                code %1"_s, 50) << qsizetype(-1)
                << QString();
        const QString huge = repeatedLines(u"A long paragraph of wire copy %1.\n"_s, 40'000);
        QTest::newRow("more than a million characters")
                << huge << huge.lastIndexOf(u"\n\n"_s, PreviewPane::previewBodyLimit)
                << u"characters"_s;
    }

    void bodyCut()
    {
        QFETCH(QString, body);
        QFETCH(qsizetype, at);
        QFETCH(QString, noteSays);
        QLocale::setDefault(QLocale(QLocale::English));
        const auto cut = PreviewPane::bodyCut(body);
        QCOMPARE(cut.has_value(), at >= 0);
        if (!cut)
            return;
        QCOMPARE(cut->at, at);
        QVERIFY2(cut->note.contains(noteSays), qPrintable(cut->note));
        QVERIFY(cut->note.contains(u"Everything is kept and saved"_s));
    }

    void longListIsPreviewedInPartWithANote()
    {
        PreviewPane pane;
        pane.resize(700, 800);
        pane.show();
        Story story = Story::create();
        story.setHeadline(u"Results, town by town"_s);
        story.setBody(repeatedLines(u"- Town %1: counted"_s, 30'000));
        QSignalSpy rendered(&pane, &PreviewPane::rendered);
        pane.showStory(story);
        pane.renderNow();
        QVERIFY(rendered.wait(60'000));
        QVERIFY(pane.notice()->isVisible());
        const QString shown = pane.browser()->document()->toPlainText();
        QVERIFY(shown.contains(u"Town 999: counted"_s));
        QVERIFY(!shown.contains(u"Town 1000: counted"_s));

        // Back to a short body: the whole of it, and no note.
        story.setBody(u"Counting goes on."_s);
        pane.showStory(story);
        pane.renderNow();
        QVERIFY(rendered.wait(60'000));
        QVERIFY(!pane.notice()->isVisible());
        QVERIFY(pane.browser()->document()->toPlainText().contains(u"Counting goes on."_s));
    }
};

QTEST_MAIN(TestPreviewPane)
#include "tst_previewpane.moc"
