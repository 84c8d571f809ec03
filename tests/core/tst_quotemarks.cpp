// SPDX-License-Identifier: MIT
// Which curly mark a typed straight quote becomes, by position and language.
#include "story/quotemarks.h"

#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

/// Types text one character at a time, turning each straight quote as a field would.
QString typed(const QString &text, const QString &language)
{
    const QuoteMarks marks = quoteMarksFor(language);
    QString out;
    for (const QChar c : text)
        out.append(smartQuote(c, out, marks));
    return out;
}

} // namespace

class TestQuoteMarks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typing_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<QString>("expected");
        QTest::newRow("English quote")
                << u"en"_s << u"He said \"it's over\" today."_s << u"He said “it’s over” today."_s;
        QTest::newRow("English at the start and after a dash")
                << u"en-GB"_s << u"\"Yes\"—\"no\""_s << u"“Yes”—“no”"_s;
        QTest::newRow("single quotes inside double")
                << u"en"_s << u"\"He called it 'a disgrace'.\""_s
                << u"“He called it ‘a disgrace’.”"_s;
        QTest::newRow("apostrophe after a letter")
                << u"en"_s << u"the minister's"_s << u"the minister’s"_s;
        QTest::newRow("German") << u"de"_s << u"Er sagte: \"Das geht's nicht.\""_s
                                << u"Er sagte: „Das geht’s nicht.“"_s;
        QTest::newRow("German single inside")
                << u"de-AT"_s << u"\"Sie nannte es 'Unsinn'.\""_s << u"„Sie nannte es ‚Unsinn‘.“"_s;
        QTest::newRow("French") << u"fr"_s << u"Il a dit \"non\"."_s << u"Il a dit «non»."_s;
        QTest::newRow("Arabic") << u"ar"_s << u"قال \"نعم\""_s << u"قال «نعم»"_s;
        QTest::newRow("in brackets") << u"en"_s << u"(\"quoted\")"_s << u"(“quoted”)"_s;
        QTest::newRow("no language: English") << QString() << u"\"a\""_s << u"“a”"_s;
    }

    void typing()
    {
        QFETCH(QString, language);
        QFETCH(QString, keys);
        QFETCH(QString, expected);
        QCOMPARE(typed(keys, language), expected);
    }

    void otherCharactersPassThrough()
    {
        const QuoteMarks marks = quoteMarksFor(u"en"_s);
        QCOMPARE(smartQuote(u'x', u"abc", marks), QChar(u'x'));
        QCOMPARE(smartQuote(u'`', QStringView(), marks), QChar(u'`'));
    }
};

QTEST_APPLESS_MAIN(TestQuoteMarks)
#include "tst_quotemarks.moc"
