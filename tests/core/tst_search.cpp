// SPDX-License-Identifier: MIT
// The library search: every field a story's words live in, ranked, with
// filters and context, kept in step with saves and deletes, and safe from
// whatever is typed into the box; on a file and on the server alike.
#include "store/library.h"
#include "store/searchterms.h"
#include "store/sqldialect.h"
#include "store/sqlstorystore.h"
#include "support/rawdatabase.h"
#include "support/testing.h"
#include "support/testlibrary.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

QStringList headlines(const QList<SearchHit> &hits)
{
    QStringList list;
    for (const SearchHit &hit : hits)
        list.append(hit.story.headline);
    return list;
}

SearchQuery words(const QString &text)
{
    SearchQuery query;
    query.text = text;
    return query;
}

SearchQuery withStatus(SearchQuery query, StoryStatus status)
{
    query.status = status;
    return query;
}

SearchQuery savedBetween(SearchQuery query, const QDateTime &from, const QDateTime &to)
{
    query.from = from;
    query.to = to;
    return query;
}

SearchQuery byByline(SearchQuery query, const QString &byline)
{
    query.byline = byline;
    return query;
}

SearchQuery page(SearchQuery query, int offset, int limit)
{
    query.offset = offset;
    query.limit = limit;
    return query;
}

Photo photoWith(const QString &caption, const QString &credit, const QString &alt = {})
{
    Photo photo;
    photo.caption = caption;
    photo.credit = credit;
    photo.altText = alt;
    return photo;
}

/// The words a hit marked, as the results list shows them in bold.
QStringList marked(const SearchHit &hit)
{
    QStringList words;
    for (const auto &[start, length] : hit.marks)
        words.append(hit.context.mid(start, length).toLower());
    return words;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_opened = 0;
    std::optional<Library::OpenedLibrary> m_library;
    QDateTime m_now = utc(2026, 11, 30, 9, 0);

    StoryStore &store() { return *m_library->store; }

    Story save(const QString &headline, const QString &body,
               const std::function<void(Story &)> &more = {})
    {
        Story story = Story::create(m_now);
        story.setHeadline(headline);
        story.setBody(body);
        if (more)
            more(story);
        auto saved = store().saveStory(story);
        if (!saved)
            qFatal("%s", qPrintable(saved.errorMessage()));
        return *saved;
    }

    /// The whole answer to query, which must come.
    SearchResults results(const SearchQuery &query)
    {
        auto answered = store().search(query);
        if (!answered)
            qFatal("%s", qPrintable(answered.errorMessage()));
        return *answered;
    }

    QList<SearchHit> find(const SearchQuery &query) { return results(query).hits; }

    QStringList found(const QString &text) { return headlines(find(words(text))); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_library.reset();
        auto opened = TestLibrary::open(m_dir.filePath(u"search-%1.sqlite"_s.arg(++m_opened)));
        QVERIFY2(opened, qPrintable(why(opened)));
        m_library.emplace(*std::move(opened));
        store().setClock([this] { return m_now; });
    }

    void cleanup() { m_library.reset(); }

    void termsAreParsedAsTyped()
    {
        using SearchTerms::parse;
        QCOMPARE(parse(u"  harbour   reopens "_s),
                 (QList<SearchTerm>{{u"harbour"_s, false, false}, {u"reopens"_s, false, false}}));
        QCOMPARE(
                parse(u"“prime minister” elect*"_s),
                (QList<SearchTerm>{{u"prime minister"_s, true, false}, {u"elect"_s, false, true}}));
        // An unclosed quote runs to the end; a one-word phrase is a word.
        QCOMPARE(parse(u"\"central bank"_s), (QList<SearchTerm>{{u"central bank"_s, true, false}}));
        QCOMPARE(parse(u"«Kremlin»"_s), (QList<SearchTerm>{{u"Kremlin"_s, false, false}}));
        // Nothing to look for.
        QVERIFY(parse(u""_s).isEmpty());
        QVERIFY(parse(u"* \"\" -- ... ***"_s).isEmpty());
    }

    void theContextShowsTheMatches()
    {
        using SearchTerms::context;
        using SearchTerms::parse;
        const QString body = u"First words of a long body. The Médvédev government said on "
                             u"Tuesday that talks\nwould resume.\n\nMore words follow here."_s;
        const QStringList fields{u"Talks resume"_s, QString(), u"MOSCOW"_s, QString(), body};
        // The field with the most terms wins over an earlier one with fewer.
        auto found = context(parse(u"medvedev talks"_s), fields, 8);
        QCOMPARE(found.text, u"…body. The Médvédev government said on Tuesday that…"_s);
        QCOMPARE(found.marks.size(), 1);
        QCOMPARE(found.text.mid(found.marks.at(0).first, found.marks.at(0).second), u"Médvédev"_s);
        // A tie goes to the field worth more: the headline.
        found = context(parse(u"talks"_s), fields);
        QCOMPARE(found.text, u"Talks resume"_s);
        QCOMPARE(found.marks, (QList<std::pair<int, int>>{{0, 5}}));
        // Phrases and starts; line breaks become spaces.
        found = context(parse(u"\"talks would\" resum*"_s), {QString(), body});
        QVERIFY2(found.text.contains(u"that talks would resume."_s), qPrintable(found.text));
        QStringList words;
        for (const auto &[start, length] : found.marks)
            words.append(found.text.mid(start, length));
        QCOMPARE(words, (QStringList{u"talks would"_s, u"resume"_s}));
        // Other scripts, and what the index matched but this reading does not.
        found = context(parse(u"المحادثات"_s), {u"قال الرئيس إن المحادثات كانت مثمرة"_s});
        QCOMPARE(found.marks.size(), 1);
        found = context(parse(u"volcano"_s), {QString(), u"Nothing of the kind."_s});
        QCOMPARE(found.text, u"Nothing of the kind."_s);
        QVERIFY(found.marks.isEmpty());
        QCOMPARE(context(parse(u"volcano"_s), {QString(), u"  "_s}).text, QString());
    }

    void everyFieldIsSearched()
    {
        const Photo photo = photoWith(u"Fishermen mend nets at dawn"_s, u"(Xinhua)"_s,
                                      u"Turquoise boats in a row"_s);
        save(u"Harbour reopens after the storm"_s,
             u"PORTO: Ferries ran again on Tuesday after repairs costing millions.\n\n"
             u"“We are back,” said the harbourmaster.\n"_s,
             [&](Story &story) {
                 story.setHighlights({u"Cranes restored within a week"_s, u"Second point"_s});
                 story.setDateline(u"MARSAXLOKK"_s);
                 story.setByline(u"Inês Duarte"_s);
                 story.setPhotos({photo});
             });
        save(u"Comet’s tail splits in two"_s, u"Astronomers watched the tail split.\n"_s);

        for (const QString &words :
             {u"harbour"_s, u"Ferries"_s, u"harbourmaster"_s, u"cranes"_s, u"marsaxlokk"_s,
              u"Duarte"_s, u"fishermen"_s, u"Xinhua"_s, u"turquoise"_s, u"TUESDAY"_s}) {
            QCOMPARE(found(words), QStringList{u"Harbour reopens after the storm"_s});
        }
        QCOMPARE(found(u"comet"_s), QStringList{u"Comet’s tail splits in two"_s});
        QCOMPARE(found(u"volcano"_s), QStringList{});

        // The context holds the match, marked, on one line.
        const QList<SearchHit> hits = find(words(u"repairs"_s));
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.constFirst().context.contains(u"repairs costing"_s),
                 qPrintable(hits.constFirst().context));
        QVERIFY(!hits.constFirst().context.contains(u'\n'));
        QCOMPARE(marked(hits.constFirst()), QStringList{u"repairs"_s});
        QCOMPARE(hits.constFirst().story.slug, u"harbour-reopens-after-the-storm"_s);
    }

    void everyTermMustBeFoundPhrasesAndStarts()
    {
        save(u"Central bank raises rates"_s, u"The central bank of the country raised rates.\n"_s);
        save(u"Bank holiday traffic"_s, u"Roads were central to the holiday plans.\n"_s);
        save(u"Electricity prices fall"_s, u"Power is cheaper.\n"_s);
        save(u"Election day"_s, u"Voters went to the polls.\n"_s);

        QCOMPARE(found(u"central bank"_s).size(), 2);
        QCOMPARE(found(u"\"central bank\""_s), QStringList{u"Central bank raises rates"_s});
        QCOMPARE(found(u"bank holiday"_s), QStringList{u"Bank holiday traffic"_s});
        QStringList elect = found(u"elect*"_s);
        elect.sort();
        QCOMPARE(elect, (QStringList{u"Election day"_s, u"Electricity prices fall"_s}));
        // Without the star a start is not a word.
        QCOMPARE(found(u"elect"_s), QStringList{});
        QCOMPARE(found(u"\"central ba*\""_s), QStringList{u"Central bank raises rates"_s});
    }

    void aHeadlineWordRanksAboveABodyWord()
    {
        save(u"Weather turns cold"_s,
             u"A long body that mentions the glacier once, in passing, "
             u"among many other words about the weather.\n"_s);
        m_now = m_now.addSecs(60);
        save(u"Glacier retreats"_s, u"Scientists measured the ice.\n"_s);
        m_now = m_now.addSecs(60);
        save(u"Skiing season opens"_s, u"Resorts expect crowds.\n"_s);
        QCOMPARE(found(u"glacier"_s),
                 (QStringList{u"Glacier retreats"_s, u"Weather turns cold"_s}));
    }

    void filtersNarrowTheResults()
    {
        save(u"Floods in the north"_s, u"Rivers burst their banks.\n"_s,
             [](Story &story) { story.setByline(u"Anna Petrova"_s); });
        m_now = utc(2026, 12, 1, 9, 0);
        Story scheduled = save(u"Floods expected to ease"_s, u"The water recedes.\n"_s,
                               [](Story &story) { story.setByline(u"Omar Haddad"_s); });
        scheduled.setStatus(StoryStatus::Scheduled);
        scheduled.setScheduledFor(utc(2026, 12, 2, 9, 0));
        QVERIFY(store().saveStory(scheduled));

        QCOMPARE(find(words(u"floods"_s)).size(), 2);
        QCOMPARE(headlines(find(withStatus(words(u"floods"_s), StoryStatus::Scheduled))),
                 QStringList{u"Floods expected to ease"_s});
        QCOMPARE(headlines(find(withStatus(words(u"floods"_s), StoryStatus::Published))),
                 QStringList{});
        QCOMPARE(headlines(find(savedBetween(words(u"floods"_s), utc(2026, 12, 1, 0, 0), {}))),
                 QStringList{u"Floods expected to ease"_s});
        QCOMPARE(headlines(find(savedBetween(words(u"floods"_s), {}, utc(2026, 12, 1, 0, 0)))),
                 QStringList{u"Floods in the north"_s});
        QCOMPARE(headlines(find(byByline(words(u"floods"_s), u"petrova"_s))),
                 QStringList{u"Floods in the north"_s});
        // A byline filter is text, not a pattern.
        QCOMPARE(headlines(find(byByline(words(u"floods"_s), u"%"_s))), QStringList{});
    }

    void theIndexFollowsSavesAndDeletes()
    {
        Story story = save(u"Minister resigns"_s, u"The minister quit on Monday.\n"_s);
        QCOMPARE(found(u"monday"_s).size(), 1);
        story.setBody(u"The minister quit on Friday.\n"_s);
        story.setHeadline(u"Minister quits"_s);
        story = store().saveStory(story).value();
        QCOMPARE(found(u"monday"_s), QStringList{});
        QCOMPARE(found(u"resigns"_s), QStringList{});
        QCOMPARE(found(u"friday"_s), QStringList{u"Minister quits"_s});

        // A refused save changes nothing in the index either.
        Story stale = story;
        stale.setVersion(story.version() - 1);
        stale.setBody(u"Written on Sunday.\n"_s);
        QVERIFY(!store().saveStory(stale));
        QCOMPARE(found(u"sunday"_s), QStringList{});
        QCOMPARE(found(u"friday"_s).size(), 1);

        // Photos added later are found, and forgotten when removed.
        story.setPhotos({photoWith(u"Outside the ministry"_s, u"(AFP)"_s)});
        story = store().saveStory(story).value();
        QCOMPARE(found(u"ministry AFP"_s), QStringList{u"Minister quits"_s});
        story.setPhotos({});
        story = store().saveStory(story).value();
        QCOMPARE(found(u"ministry"_s), QStringList{});

        QVERIFY(store().deleteStory(story.id()));
        QCOMPARE(found(u"friday"_s), QStringList{});
        QCOMPARE(found(u"minister"_s), QStringList{});
        // Deleting what is not there still says so.
        const auto again = store().deleteStory(story.id());
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::NotFound);
    }

    void wordsOfEveryScript()
    {
        save(u"Путин встретился с делегацией"_s, u"МОСКВА: Переговоры прошли успешно.\n"_s);
        save(u"الرئيس يزور موسكو"_s, u"قال الرئيس إن المحادثات كانت مثمرة.\n"_s);
        save(u"Ελλάδα: νέα μέτρα"_s, u"Η κυβέρνηση ανακοίνωσε μέτρα.\n"_s);
        QCOMPARE(found(u"переговоры"_s), QStringList{u"Путин встретился с делегацией"_s});
        QCOMPARE(found(u"ПУТИН"_s), QStringList{u"Путин встретился с делегацией"_s});
        QCOMPARE(found(u"المحادثات"_s), QStringList{u"الرئيس يزور موسكو"_s});
        QCOMPARE(found(u"κυβέρνηση"_s), QStringList{u"Ελλάδα: νέα μέτρα"_s});
    }

    void whateverIsTypedIsText_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("unbalanced quote") << u"\"harbour"_s;
        QTest::newRow("fts operators") << u"harbour AND NOT OR NEAR(a b)"_s;
        QTest::newRow("column filter") << u"headline:harbour"_s;
        QTest::newRow("tsquery operators") << u"harbour & | ! <-> :*"_s;
        QTest::newRow("sql") << u"harbour'; DROP TABLE stories; --"_s;
        QTest::newRow("backslashes") << u"harbour \\ \\\\ '"_s;
        QTest::newRow("stars") << u"harbour** *harbour h*r*"_s;
        QTest::newRow("caret and braces") << u"^harbour {headline} + -harbour"_s;
    }

    void whateverIsTypedIsText()
    {
        QFETCH(QString, typed);
        save(u"Harbour reopens"_s, u"The headline says it all.\n"_s);
        const auto hits = store().search(words(typed));
        QVERIFY2(hits, qPrintable(why(hits)));
        QVERIFY(hits->hits.size() <= 1);
        QCOMPARE(store().listStories({})->size(), 1);
        // Nothing but punctuation asks for nothing.
        QCOMPARE(store().search(words(u"* & | ! ' \" :"_s))->hits.size(), 0);
    }

    void resultsComeInPages()
    {
        for (int n = 1; n <= 25; ++n) {
            m_now = m_now.addSecs(60);
            save(u"Budget vote %1"_s.arg(n), u"Lawmakers voted on the budget.\n"_s);
        }
        const QList<SearchHit> first = find(page(words(u"budget"_s), 0, 10));
        const QList<SearchHit> second = find(page(words(u"budget"_s), 10, 10));
        const QList<SearchHit> last = find(page(words(u"budget"_s), 20, 10));
        QCOMPARE(first.size(), 10);
        QCOMPARE(second.size(), 10);
        QCOMPARE(last.size(), 5);
        // Equal ranks: the newest save first, and no story twice.
        QCOMPARE(first.constFirst().story.headline, u"Budget vote 25"_s);
        QSet<QUuid> seen;
        for (const auto *page : {&first, &second, &last}) {
            for (const SearchHit &hit : *page)
                seen.insert(hit.story.id);
        }
        QCOMPARE(seen.size(), 25);
    }

    void aCommonWordIsRankedAmongTheNewestMatches()
    {
        // The oldest story holds the word in its headline: the best match of all.
        save(u"Ferry timetable"_s, u"The ferry leaves at nine.\n"_s);
        for (int n = 1; n <= 5; ++n) {
            m_now = m_now.addSecs(60);
            save(u"Harbour note %1"_s.arg(n), u"A ferry was late again.\n"_s);
        }
        m_now = m_now.addSecs(60);
        save(u"Weather"_s, u"Rain at noon.\n"_s);

        SearchQuery newest = words(u"ferry"_s);
        newest.rankNewest = 3;
        const auto narrowed = results(newest);
        QVERIFY(narrowed.newestOnly);
        QCOMPARE(headlines(narrowed.hits),
                 (QStringList{u"Harbour note 5"_s, u"Harbour note 4"_s, u"Harbour note 3"_s}));

        // Every match ranked: the headline's word puts the oldest first.
        SearchQuery every = words(u"ferry"_s);
        every.rankNewest = 0;
        const auto all = results(every);
        QVERIFY(!all.newestOnly);
        QCOMPARE(all.hits.size(), 6);
        QCOMPARE(all.hits.constFirst().story.headline, u"Ferry timetable"_s);

        // As many matches as are ranked, or fewer: nothing is left out.
        SearchQuery enough = words(u"ferry"_s);
        enough.rankNewest = 6;
        const auto whole = results(enough);
        QVERIFY(!whole.newestOnly);
        QCOMPARE(whole.hits.constFirst().story.headline, u"Ferry timetable"_s);

        // The newest are counted among the stories the filters keep.
        SearchQuery older = words(u"ferry"_s);
        older.rankNewest = 3;
        older.to = m_now.addSecs(-3 * 60);
        const auto before = results(older);
        QVERIFY(!before.newestOnly);
        QCOMPARE(headlines(before.hits),
                 (QStringList{u"Ferry timetable"_s, u"Harbour note 2"_s, u"Harbour note 1"_s}));

        // Where nearly every story holds the word, the server reads the
        // matches of the newest band alone rather than every match: the same
        // stories come either way.
        for (int n = 6; n <= 40; ++n) {
            m_now = m_now.addSecs(60);
            save(u"Harbour note %1"_s.arg(n), u"A ferry was late again.\n"_s);
        }
        const auto common = results(newest);
        QVERIFY(common.newestOnly);
        QCOMPARE(headlines(common.hits),
                 (QStringList{u"Harbour note 40"_s, u"Harbour note 39"_s, u"Harbour note 38"_s}));

        // A page past the ranked ones is empty, and still says the newest were ranked.
        SearchQuery past = page(newest, 3, 10);
        const auto nothing = results(past);
        QVERIFY(nothing.hits.isEmpty());
        QVERIFY(nothing.newestOnly);
        const auto second = results(page(newest, 2, 10));
        QCOMPARE(headlines(second.hits), QStringList{u"Harbour note 38"_s});
        QVERIFY(second.newestOnly);
    }

    void theNewestMatchesAreFoundBandByBand()
    {
        // A server files each story's words with its band of numbers; here
        // the stories are numbered far apart, as a busy archive's are, so
        // the newest matches lie in bands read one after another.
        const auto numberFrom = [this](qint64 next) {
            if (!TestLibrary::onServer())
                return;
            RawDatabase raw(m_dir.filePath(u"search-%1.sqlite"_s.arg(m_opened)));
            QVERIFY(raw.isOpen());
            QCOMPARE(raw.exec(u"SELECT setval(pg_get_serial_sequence('stories', 'story_row'), ?)"_s,
                              {next}),
                     QString());
        };
        // A few stories: bands cost more than they save here, so the store
        // is told to read by them whenever it can.
        auto *sql = dynamic_cast<SqlStoryStore *>(&store());
        QVERIFY(sql);
        sql->setSearchReading(SqlStoryStore::SearchReading::Bands);
        save(u"Ferry timetable"_s, u"The ferry leaves at nine.\n"_s);
        for (int n = 1; n <= 3; ++n) {
            m_now = m_now.addSecs(60);
            save(u"Harbour note %1"_s.arg(n), u"A ferry was late again.\n"_s);
        }
        numberFrom(5000);
        m_now = m_now.addSecs(60);
        save(u"Harbour note 4"_s, u"A ferry was late again.\n"_s);
        for (int n = 1; n <= 30; ++n) {
            m_now = m_now.addSecs(60);
            save(u"Weather %1"_s.arg(n), u"Rain at noon.\n"_s);
        }

        if (TestLibrary::onServer()) {
            // Each story's words carry its band's word: rows 5000 to 5030 are band 4.
            RawDatabase raw(m_dir.filePath(u"search-%1.sqlite"_s.arg(m_opened)));
            QCOMPARE(raw.value(u"SELECT COUNT(*) FROM story_search WHERE document @@ "
                               u"'§4'::tsquery"_s)
                             .toInt(),
                     31);
            QCOMPARE(raw.value(u"SELECT COUNT(*) FROM story_search WHERE document @@ "
                               u"'§0'::tsquery"_s)
                             .toInt(),
                     4);
        }

        // One match in the newest band: the bands further back are read
        // until enough are found, then every match.
        SearchQuery newest = words(u"ferry"_s);
        newest.rankNewest = 3;
        const auto spread = results(newest);
        QVERIFY(spread.newestOnly);
        QCOMPARE(headlines(spread.hits),
                 (QStringList{u"Harbour note 4"_s, u"Harbour note 3"_s, u"Harbour note 2"_s}));

        // Filters that leave out the newest band's matches.
        SearchQuery older = newest;
        older.to = m_now.addSecs(-30 * 60 - 30);
        const auto before = results(older);
        QVERIFY(before.newestOnly);
        QCOMPARE(headlines(before.hits),
                 (QStringList{u"Harbour note 3"_s, u"Harbour note 2"_s, u"Harbour note 1"_s}));

        // Enough matches in the newest band: they alone are read.
        numberFrom(9000);
        for (int n = 5; n <= 9; ++n) {
            m_now = m_now.addSecs(60);
            save(u"Harbour note %1"_s.arg(n), u"A ferry was late again.\n"_s);
        }
        const auto recent = results(newest);
        QVERIFY(recent.newestOnly);
        QCOMPARE(headlines(recent.hits),
                 (QStringList{u"Harbour note 9"_s, u"Harbour note 8"_s, u"Harbour note 7"_s}));
    }

    void theNewestMatchesAreFoundAmongTheNewestStories()
    {
        // A server keeps a second word index of its newest 131,072 stories
        // by number; here the numbers jump past that, so the older stories
        // fall out of it, as a million-story archive's do. A file has no
        // such index, and the same stories come.
        auto *sql = dynamic_cast<SqlStoryStore *>(&store());
        QVERIFY(sql);
        sql->setSearchReading(SqlStoryStore::SearchReading::Recent);
        const bool server = TestLibrary::onServer();
        RawDatabase raw(m_dir.filePath(u"search-%1.sqlite"_s.arg(m_opened)));
        QVERIFY(raw.isOpen());
        const auto recentRows = [&raw, server] {
            return server ? raw.value(u"SELECT COUNT(*) FROM story_search_recent"_s).toInt() : -1;
        };
        save(u"Ferry timetable"_s, u"The ferry leaves at nine.\n"_s);
        for (int n = 1; n <= 3; ++n) {
            m_now = m_now.addSecs(60);
            save(u"Harbour note %1"_s.arg(n), u"A ferry was late again.\n"_s);
        }
        if (server) {
            QCOMPARE(recentRows(), 4);
            QCOMPARE(raw.exec(u"SELECT setval(pg_get_serial_sequence('stories', 'story_row'), "
                              u"200000)"_s),
                     QString());
        }
        for (int n = 4; n <= 5; ++n) {
            m_now = m_now.addSecs(60);
            save(u"Harbour note %1"_s.arg(n), u"A ferry was late again.\n"_s);
        }
        // The stories numbered before the newest 131,072 have left it.
        if (server)
            QCOMPARE(recentRows(), 2);

        // Too few of the newest hold the word: every match is read.
        SearchQuery ferry = words(u"ferry"_s);
        ferry.rankNewest = 3;
        const auto spread = results(ferry);
        QVERIFY(spread.newestOnly);
        QCOMPARE(headlines(spread.hits),
                 (QStringList{u"Harbour note 5"_s, u"Harbour note 4"_s, u"Harbour note 3"_s}));

        // Enough among the newest: they alone are read, and the same come.
        for (int n = 6; n <= 8; ++n) {
            m_now = m_now.addSecs(60);
            save(u"Harbour note %1"_s.arg(n), u"A ferry was late again.\n"_s);
        }
        const auto recent = results(ferry);
        QVERIFY(recent.newestOnly);
        QCOMPARE(headlines(recent.hits),
                 (QStringList{u"Harbour note 8"_s, u"Harbour note 7"_s, u"Harbour note 6"_s}));
        // A story deleted leaves the index with its words.
        QVERIFY(store().deleteStory(recent.hits.constFirst().story.id));
        if (server)
            QCOMPARE(recentRows(), 4);
        QCOMPARE(headlines(results(ferry).hits),
                 (QStringList{u"Harbour note 7"_s, u"Harbour note 6"_s, u"Harbour note 5"_s}));
        // An old story is still found by a word only it holds.
        QCOMPARE(headlines(results(words(u"timetable"_s)).hits), QStringList{u"Ferry timetable"_s});
    }

    void aHugeBodyIsSavedAndItsStartFound()
    {
        // Far more words than PostgreSQL keeps for one row: only the start is indexed.
        QString body = u"Opening paragraph about zeppelins.\n\n"_s;
        QString filler;
        for (int n = 0; n < 60000; ++n)
            filler += u"w%1x "_s.arg(n);
        body += filler + u"\n\nClosing paragraph about unicorns.\n"_s;
        QVERIFY(body.size() > 4 * indexedBodyCharacters);
        save(u"A pasted book"_s, body);
        QCOMPARE(found(u"zeppelins"_s), QStringList{u"A pasted book"_s});
        QCOMPARE(found(u"w10x"_s), QStringList{u"A pasted book"_s});
        QCOMPARE(found(u"unicorns"_s), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
