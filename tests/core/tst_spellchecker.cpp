// SPDX-License-Identifier: MIT
// Spelling: Hunspell with the installed en_US dictionary, repeated words,
// what is not checked, and the newsroom dictionary kept in the library.
#include "spell/spellchecker.h"
#include "store/library.h"
#include "support/testing.h"
#include "support/testlibrary.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

QStringList described(const QList<Misspelling> &found, QStringView text)
{
    QStringList list;
    for (const Misspelling &m : found) {
        // Each names the text it stands on.
        if (text.mid(m.start, m.length).toString() != m.word)
            list.append(u"misplaced:"_s + m.word);
        list.append((m.kind == Misspelling::Kind::Repeated ? u"repeated:"_s : u"unknown:"_s) +
                    m.word);
    }
    return list;
}

} // namespace

class TestSpellChecker : public QObject
{
    Q_OBJECT

    std::unique_ptr<SpellChecker> m_checker;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_checker = SpellChecker::forLanguage(u"en"_s);
        COPYDESK_REQUIRE(m_checker, "hunspell-en-us is not installed (no en_US dictionary)");
        QCOMPARE(m_checker->dictionaryName(), u"en_US"_s);
        QVERIFY(SpellChecker::installedDictionaries().contains(u"en_US"_s));
    }

    void findsMistakesAndRepeatedWords()
    {
        const QString text = u"Teh goverment said the the plan is on track."_s;
        QCOMPARE(described(m_checker->check(text), text),
                 (QStringList{u"unknown:Teh"_s, u"unknown:goverment"_s, u"repeated:the"_s}));
        const QList<Misspelling> found = m_checker->check(text);
        QCOMPARE(found.at(2).start, text.indexOf(u"the the"_s) + 4);
        // Across a sentence or a line the same word twice is no mistake.
        QVERIFY(m_checker->check(u"It was that. That was it."_s).isEmpty());
        QVERIFY(m_checker->check(u"the\nthe"_s).isEmpty());
        // The first word of a text is checked like the others.
        QCOMPARE(described(m_checker->check(u"Recieve"_s), u"Recieve"),
                 QStringList{u"unknown:Recieve"_s});
    }

    void suggestsTheRightWord()
    {
        QVERIFY(m_checker->suggestions(u"goverment"_s).contains(u"government"_s));
        QVERIFY(m_checker->suggestions(u"recieve"_s).contains(u"receive"_s));
        QVERIFY(m_checker->suggestions(u"goverment"_s, 2).size() <= 2);
    }

    void leavesAloneWhatIsNotProse()
    {
        for (const QString &text :
             {u"TK: the G20 met in 2026 with NATO."_s, u"See https://news.example/qwzx-plxn now."_s,
              u"Write to desk@news.example today."_s,
              u"A [link](https://qwzx.example/plxn) here."_s, u"They don’t and they won't."_s})
            QVERIFY2(m_checker->check(text).isEmpty(),
                     qPrintable(described(m_checker->check(text), text).join(u' ')));
    }

    void acceptedWordsAreRight()
    {
        auto checker = SpellChecker::forLanguage(u"en-US"_s);
        QVERIFY(checker);
        QVERIFY(!checker->isCorrect(u"Zelenskyy"_s));
        checker->acceptWords({u"Zelenskyy"_s});
        QVERIFY(checker->isCorrect(u"Zelenskyy"_s));
        QVERIFY(checker->check(u"Zelenskyy spoke."_s).isEmpty());
    }

    void aLanguageWithoutItsDictionary()
    {
        // en-GB takes another English dictionary where en_GB is not installed.
        auto british = SpellChecker::forLanguage(u"en-GB"_s);
        QVERIFY(british);
        QVERIFY(british->dictionaryName().startsWith(u"en_"_s));
        QVERIFY(!SpellChecker::forLanguage(u"xx"_s));
        QVERIFY(!SpellChecker::forLanguage(QString()));
        QTemporaryDir empty;
        QVERIFY(!SpellChecker::forLanguage(u"en"_s, {empty.path()}));
    }

    void theNewsroomDictionaryIsShared()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"words.sqlite"_s);
        auto first = TestLibrary::open(path);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        auto second = TestLibrary::open(path);
        QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
        QVERIFY(first->store->addNewsroomWord(u"Zelenskyy"_s, u"desk"_s).ok());
        QVERIFY(first->store->addNewsroomWord(u"Kyiv"_s, u"desk"_s).ok());
        QVERIFY(first->store->addNewsroomWord(u"Kyiv"_s, u"night desk"_s).ok());
        QVERIFY(!first->store->addNewsroomWord(u"two words"_s, u"desk"_s).ok());
        // Who added it may be unknown (no USER in the environment).
        QVERIFY(first->store->addNewsroomWord(u"Odesa"_s, QString()).ok());
        QVERIFY(first->store->removeNewsroomWord(u"Odesa"_s).ok());
        const auto seen = second->store->newsroomWords();
        QVERIFY(seen.ok());
        QCOMPARE(*seen, (QStringList{u"Kyiv"_s, u"Zelenskyy"_s}));
        QVERIFY(second->store->removeNewsroomWord(u"Kyiv"_s).ok());
        QCOMPARE(second->store->removeNewsroomWord(u"Kyiv"_s).errorKind(), ErrorKind::NotFound);
        QCOMPARE(*first->store->newsroomWords(), QStringList{u"Zelenskyy"_s});
    }
};

QTEST_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
