// SPDX-License-Identifier: MIT
// The SQLite library's own ranking: bm25's scores, each word's share of the
// stories estimated from its oldest matches instead of counted over all.

#include "store/sqldialect.h"
#include "store/sqliteranking.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

constexpr auto weights = "8.0, 4.0, 2.0, 2.0, 1.0, 2.0";

} // namespace

class TestSqliteRanking : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_opened = 0;

    /// A connection with an index of six columns, like the library's.
    QSqlDatabase index(const QString &name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_dir.filePath(name + u".sqlite"_s));
        if (!db.open())
            qFatal("%s", qPrintable(db.lastError().text()));
        exec(db,
             u"CREATE VIRTUAL TABLE words USING fts5(headline, highlights, dateline, byline, "
             u"body, photos)"_s);
        return db;
    }

    static void exec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(db);
        if (!query.prepare(sql))
            qFatal("%s", qPrintable(query.lastError().text()));
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            qFatal("%s", qPrintable(query.lastError().text()));
    }

    /// Each matching row's number and score, by the function named.
    static QList<std::pair<qint64, double>> scores(QSqlDatabase &db, const QString &function,
                                                   const QString &match)
    {
        QSqlQuery query(db);
        if (!query.prepare(u"SELECT rowid, %1(words, %2) FROM words WHERE words MATCH ? ORDER BY "
                           u"rowid"_s.arg(function, QLatin1StringView(weights))))
            qFatal("%s", qPrintable(query.lastError().text()));
        query.addBindValue(match);
        if (!query.exec())
            qFatal("%s", qPrintable(query.lastError().text()));
        QList<std::pair<qint64, double>> found;
        while (query.next())
            found.append({query.value(0).toLongLong(), query.value(1).toDouble()});
        return found;
    }

    /// A story's six fields of words drawn from vocabulary.
    static QVariantList story(QRandomGenerator &random, const QStringList &vocabulary)
    {
        const int lengths[] = {6, 12, 1, 2, 60, 8};
        QVariantList fields;
        for (const int length : lengths) {
            QStringList words;
            for (int n = 0; n < length; ++n)
                words.append(vocabulary.at(int(random.bounded(vocabulary.size()))));
            fields.append(words.join(u' '));
        }
        return fields;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanup()
    {
        for (const QString &name : QSqlDatabase::connectionNames())
            QSqlDatabase::removeDatabase(name);
    }

    void theLibraryConnectionRanksOnItsOwn()
    {
        // Debian's Qt uses the system's SQLite, which Copydesk links too: the
        // library's connections must get the function there.
        QSqlDatabase db = index(u"installed-%1"_s.arg(++m_opened));
        SqliteDialect dialect;
        QVERIFY(!dialect.ranksOnItsOwn());
        dialect.addFunctions(db);
        QVERIFY(dialect.ranksOnItsOwn());
        exec(db, u"INSERT INTO words VALUES ('Harbour ferry late', '', '', '', 'ferry', '')"_s);
        QCOMPARE(scores(db, u"copydesk_rank"_s, u"ferry"_s).size(), 1);
    }

    void aWordInFewStoriesScoresAsBm25()
    {
        QSqlDatabase db = index(u"exact-%1"_s.arg(++m_opened));
        QVERIFY(SqliteRanking::install(db));
        QRandomGenerator random(7);
        QStringList vocabulary;
        for (int n = 0; n < 400; ++n)
            vocabulary.append(u"w%1"_s.arg(n));
        vocabulary += QStringList{u"police"_s, u"police"_s, u"police"_s, u"minister"_s,
                                  u"prime minister"_s};
        QVERIFY(db.transaction());
        for (int n = 0; n < 600; ++n)
            exec(db, u"INSERT INTO words VALUES (?, ?, ?, ?, ?, ?)"_s, story(random, vocabulary));
        QVERIFY(db.commit());

        // Every word here is in fewer stories than are sampled: counted
        // exactly, so the scores are bm25's to the last digit.
        for (const QString &match : {u"police"_s, u"police minister"_s, u"w17 police"_s,
                                     u"\"prime minister\""_s, u"headline: police"_s, u"w1*"_s}) {
            const auto ours = scores(db, u"copydesk_rank"_s, match);
            const auto bm25 = scores(db, u"bm25"_s, match);
            QVERIFY2(!bm25.isEmpty(), qPrintable(match));
            QCOMPARE(ours.size(), bm25.size());
            for (qsizetype i = 0; i < ours.size(); ++i) {
                QCOMPARE(ours.at(i).first, bm25.at(i).first);
                QVERIFY2(std::abs(ours.at(i).second - bm25.at(i).second) < 1e-9,
                         qPrintable(u"%1: %2 against %3"_s.arg(match)
                                            .arg(ours.at(i).second)
                                            .arg(bm25.at(i).second)));
            }
        }
    }

    void aWordInManyStoriesIsEstimated()
    {
        // "tide" in every third story, "squall" in every seventh: more
        // matches than sampled, so each share comes from its oldest matches.
        QSqlDatabase db = index(u"estimated-%1"_s.arg(++m_opened));
        QVERIFY(SqliteRanking::install(db));
        QVERIFY(db.transaction());
        const int stories = 9000;
        for (int n = 1; n <= stories; ++n) {
            QString body = u"a story of the day number %1"_s.arg(n);
            if (n % 3 == 0)
                body += u" with the tide"_s.repeated(1 + n % 4);
            if (n % 7 == 0)
                body += u" and a squall"_s;
            exec(db, u"INSERT INTO words VALUES ('Day', '', '', '', ?, '')"_s, {body});
        }
        QVERIFY(db.commit());
        QVERIFY(stories / 3 > SqliteRanking::sampledMatches);

        // One word: the order is bm25's, whatever its share.
        const auto ours = scores(db, u"copydesk_rank"_s, u"tide"_s);
        const auto bm25 = scores(db, u"bm25"_s, u"tide"_s);
        QCOMPARE(ours.size(), stories / 3);
        for (qsizetype i = 0; i < ours.size(); ++i) {
            QCOMPARE(ours.at(i).first, bm25.at(i).first);
            // The estimate is within a hundredth of the count here.
            QVERIFY(std::abs(ours.at(i).second / bm25.at(i).second - 1) < 0.01);
        }

        // Two words: the rarer weighs more, as in bm25.
        const auto both = scores(db, u"copydesk_rank"_s, u"tide squall"_s);
        const auto bothBm25 = scores(db, u"bm25"_s, u"tide squall"_s);
        QCOMPARE(both.size(), bothBm25.size());
        for (qsizetype i = 0; i < both.size(); ++i)
            QVERIFY(std::abs(both.at(i).second / bothBm25.at(i).second - 1) < 0.01);
    }
};

QTEST_GUILESS_MAIN(TestSqliteRanking)
#include "tst_sqliteranking.moc"
