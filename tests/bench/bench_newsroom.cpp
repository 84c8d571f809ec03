// SPDX-License-Identifier: MIT
// The newsroom archive: a library of 1,000,000 realistic stories (600 to
// 1,500 words each, common and rare words in the proportions of real text)
// in each engine, and, each against a baseline measured in the same run:
//   - search: p50, p95 and worst over 200 queries of 1 to 3 words, against
//     the engine's own full-text query run alone (FTS5's MATCH ranked by
//     bm25; a tsquery ranked by ts_rank, cut at 10 s), after a first pass
//     of the same queries both ways (whose figures for ours are shown too);
//   - opening the window to its first paint, and its peak memory, against
//     a library of 10 stories;
//   - saving and publishing one story, against a library of 100.
// The libraries are generated once and kept outside the clone: the SQLite
// files in the cache folder (default ~/.cache/copydesk/bench/newsroom), the
// PostgreSQL cluster in --postgres-dir (default /var/tmp/copydesk-bench/postgres,
// which the server's unprivileged user can reach), started and stopped by
// this program with tests/support/postgres-cluster.sh.
//
//   bench_newsroom [--stories N] [--runs N] [--queries N] [--engines sqlite,postgresql]
//                  [--only search,window,save] [--cache DIR] [--postgres-dir DIR]
#include "bench/benchtable.h"
#include "core/allocator.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "publish/folderdestination.h"
#include "publish/publishservice.h"
#include "store/library.h"
#include "store/librarycopy.h"
#include "store/postgresdialect.h"
#include "store/searchterms.h"
#include "story/housestyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <QTreeView>
#include <QUrl>

#include <algorithm>
#include <random>
#include <vector>

using namespace Copydesk;
using namespace Copydesk::Bench;
using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const QString &text)
{
    qFatal("%s", qPrintable(text));
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(at, 0, values.size() - 1));
}

/**
 * The words of the generated archive, ranked as in real text: a few
 * function and news words make up much of every story, and tens of
 * thousands of rarer ones (names, places, terms) turn up now and then
 * (Zipf's law, exponent 1). A table maps a random number to a rank at once.
 */
class Vocabulary
{
public:
    Vocabulary()
    {
        const QString common =
                u"the of and to in a said that for on is was with he it as at by from his "
                u"be have are has but not they this had an were which their been would who "
                u"will more its after also one two new first last year years people "
                u"government minister police president officials city state country week "
                u"told percent million report market company public health court council "
                u"security military forces election party vote law since month day local "
                u"national international water energy prices school children women workers "
                u"talks plan support would could should about over into than other some "
                u"when there what all out up them she her we our may could time former "
                u"against between during under three four five early later today monday "
                u"tuesday wednesday thursday friday saturday sunday news agency statement"_s;
        m_words = common.split(u' ', Qt::SkipEmptyParts);
        // The rarer words: made of syllables, so that they read as names and terms.
        const QStringList onsets = {u"b"_s,  u"c"_s,  u"d"_s,  u"f"_s,  u"g"_s,  u"k"_s,
                                    u"l"_s,  u"m"_s,  u"n"_s,  u"p"_s,  u"r"_s,  u"s"_s,
                                    u"t"_s,  u"v"_s,  u"z"_s,  u"br"_s, u"st"_s, u"tr"_s,
                                    u"ch"_s, u"sh"_s, u"gr"_s, u"pl"_s, u"kr"_s, u"dr"_s};
        const QStringList vowels = {u"a"_s,  u"e"_s,  u"i"_s,  u"o"_s,  u"u"_s,
                                    u"ai"_s, u"ea"_s, u"ou"_s, u"io"_s, u"ei"_s};
        const QStringList codas = {QString(), u"n"_s, u"r"_s, u"s"_s,  u"l"_s,
                                   u"m"_s,    u"k"_s, u"t"_s, u"nd"_s, u"rt"_s};
        std::mt19937 rng(1951);
        QSet<QString> seen(m_words.cbegin(), m_words.cend());
        while (m_words.size() < 60'000) {
            const int syllables = 2 + int(rng() % 3);
            QString word;
            for (int s = 0; s < syllables; ++s)
                word += onsets.at(rng() % onsets.size()) + vowels.at(rng() % vowels.size()) +
                        (s == syllables - 1 ? codas.at(rng() % codas.size()) : QString());
            if (!seen.contains(word)) {
                seen.insert(word);
                m_words.append(word);
            }
        }
        std::vector<double> weights(size_t(m_words.size()));
        double total = 0;
        for (size_t rank = 0; rank < weights.size(); ++rank)
            total += weights[rank] = 1.0 / double(rank + 1);
        m_table.resize(size_t(1) << 20);
        size_t rank = 0;
        double reached = weights[0] / total;
        for (size_t i = 0; i < m_table.size(); ++i) {
            const double at = (double(i) + 0.5) / double(m_table.size());
            while (at > reached && rank + 1 < weights.size())
                reached += weights[++rank] / total;
            m_table[i] = quint32(rank);
        }
    }

    const QString &word(std::mt19937_64 &rng) const
    {
        return m_words.at(m_table[rng() & (m_table.size() - 1)]);
    }
    const QString &ranked(qsizetype rank) const { return m_words.at(rank); }
    qsizetype size() const { return m_words.size(); }

private:
    QStringList m_words;
    std::vector<quint32> m_table;
};

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString words(const Vocabulary &vocabulary, std::mt19937_64 &rng, int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        if (i)
            text += u' ';
        text += vocabulary.word(rng);
    }
    return text;
}

const QStringList cities = {u"MOSCOW"_s, u"LISBON"_s, u"VALLETTA"_s, u"NAIROBI"_s, u"DUBAI"_s,
                            u"LIMA"_s,   u"SEOUL"_s,  u"OSLO"_s,     u"CAIRO"_s,   u"QUITO"_s,
                            u"HANOI"_s,  u"ACCRA"_s,  u"DHAKA"_s,    u"RIGA"_s,    u"BOGOTA"_s};
const QStringList firstNames = {u"Anna"_s, u"Omar"_s, u"Ines"_s,  u"Kofi"_s,
                                u"Mei"_s,  u"Lars"_s, u"Priya"_s, u"Diego"_s};
const QStringList lastNames = {u"Petrova"_s, u"Haddad"_s, u"Duarte"_s, u"Mensah"_s,
                               u"Chen"_s,    u"Berg"_s,   u"Rao"_s,    u"Morales"_s};
const QStringList agencies = {u"Reuters"_s, u"AFP"_s, u"AP"_s, u"Xinhua"_s, u"Copydesk Photo"_s};

/// The n-th story of the archive: always the same words for the same n.
Story archiveStory(qint64 n, const Vocabulary &vocabulary, const QDateTime &created)
{
    std::mt19937_64 rng(quint64(n) * 2654435761u + 17);
    Story story = Story::create(created);
    QString headline = capitalized(words(vocabulary, rng, 5 + int(rng() % 5)));
    story.setHeadline(headline.left(68).trimmed());
    story.setHighlights({capitalized(words(vocabulary, rng, 10 + int(rng() % 6))).left(130),
                         capitalized(words(vocabulary, rng, 10 + int(rng() % 6))).left(130)});
    story.setDateline(cities.at(qsizetype(rng() % quint64(cities.size()))));
    story.setByline(firstNames.at(qsizetype(rng() % 8)) + u' ' +
                    lastNames.at(qsizetype(rng() % 8)));
    const int total = 600 + int(rng() % 901);
    QString body;
    body.reserve(total * 7);
    int written = 0;
    while (written < total) {
        const int paragraph = std::min(total - written, 40 + int(rng() % 41));
        int inParagraph = 0;
        while (inParagraph < paragraph) {
            const int sentence = std::min(paragraph - inParagraph, 12 + int(rng() % 14));
            body += capitalized(words(vocabulary, rng, sentence)) + u". "_s;
            inParagraph += sentence;
        }
        body.chop(1);
        body += u"\n\n"_s;
        written += paragraph;
    }
    story.setBody(body);
    Photo photo;
    photo.caption = capitalized(words(vocabulary, rng, 10 + int(rng() % 10))) + u'.';
    photo.credit = agencies.at(qsizetype(rng() % quint64(agencies.size())));
    photo.altText = capitalized(words(vocabulary, rng, 6 + int(rng() % 5)));
    story.setPhotos({photo});
    return story;
}

/// Generates the archive's stories from the count already there up to count, a batch per
/// transaction.
void fillLibrary(const QString &location, qint64 count, const Vocabulary &vocabulary)
{
    auto opened = Library::open(location);
    if (!opened)
        fail(opened.errorMessage());
    StoryStore &store = *opened->store;
    const auto have = store.countStories({});
    if (!have)
        fail(have.errorMessage());
    if (*have >= count)
        return;
    note(u"Generating %1 stories in %2 (once; %3 there)"_s.arg(count).arg(location).arg(*have));
    // Ten years of a desk, oldest first.
    const QDateTime start(QDate(2016, 1, 1), QTime(6, 0), QTimeZone::utc());
    const qint64 spacing = std::max<qint64>(1, 10LL * 365 * 86400 / std::max<qint64>(count, 1));
    QElapsedTimer timer;
    timer.start();
    constexpr qint64 batchSize = 1000;
    for (qint64 first = *have; first < count; first += batchSize) {
        QList<Story> batch;
        for (qint64 n = first; n < std::min(count, first + batchSize); ++n) {
            const QDateTime created = start.addSecs(spacing * n);
            Story story = archiveStory(n, vocabulary, created);
            if (n % 20 != 0) {
                story.setStatus(StoryStatus::Published);
                story.setFirstPublishedAt(created.addSecs(600));
                story.setUpdatedAt(created.addSecs(600));
            }
            batch.append(story);
        }
        const auto done = store.writeTransaction([&]() -> Result<void> {
            auto saved = store.saveStories(batch, RevisionStamp{RevisionKind::Publish, {}, {}});
            if (!saved)
                return saved.error();
            for (const Story &story : *saved) {
                if (story.status() != StoryStatus::Published)
                    continue;
                if (auto marked = store.setPublishedVersion(story.id(), story.version()); !marked)
                    return marked;
            }
            return {};
        });
        if (!done)
            fail(done.errorMessage());
        const qint64 made = std::min(count, first + batchSize);
        if (made % 50'000 == 0 || made == count)
            note(u"%1 stories, %2 per second"_s.arg(made).arg(
                    number(double(made - *have) / (double(timer.elapsed()) / 1000.0 + 1e-9))));
    }
}

/// The PostgreSQL cluster the server libraries live in, kept between runs.
class Cluster
{
public:
    Cluster(const QString &script, const QString &keep, const QString &state)
        : m_script(script)
        , m_state(state)
    {
        QProcess start;
        start.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        start.start(u"bash"_s, {m_script, u"start"_s, m_state, keep});
        if (!start.waitForFinished(180'000) || start.exitCode() != 0)
            fail(u"The PostgreSQL cluster in %1 did not start."_s.arg(keep));
        QFile address(QDir(m_state).filePath(u"address"_s));
        if (!address.open(QIODevice::ReadOnly))
            fail(u"The cluster wrote no address."_s);
        m_address = QString::fromUtf8(address.readAll().trimmed());
    }
    ~Cluster()
    {
        QProcess stop;
        stop.start(u"bash"_s, {m_script, u"stop"_s, m_state});
        stop.waitForFinished(180'000);
    }

    /// The address of database name, made when missing.
    QString database(const QString &name)
    {
        // 42P04: made already, by an earlier run.
        maintenance(u"CREATE DATABASE %1"_s.arg(name), u"42P04"_s);
        auto address = ServerAddress::parse(m_address);
        address->database = name;
        return address->toString(true);
    }

    void drop(const QString &name) { maintenance(u"DROP DATABASE IF EXISTS %1"_s.arg(name)); }

private:
    /// Runs sql on the cluster's maintenance database; an error other than allowed ends the run.
    void maintenance(const QString &sql, const QString &allowed = {})
    {
        auto address = ServerAddress::parse(m_address);
        if (!address)
            fail(address.errorMessage());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-maintenance"_s);
            PostgresDialect(*address).configure(db, address->database);
            if (!db.open())
                fail(db.lastError().text());
            QSqlQuery query(db);
            if (!query.exec(sql) &&
                (allowed.isEmpty() || query.lastError().nativeErrorCode() != allowed))
                fail(query.lastError().text());
            query = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"bench-maintenance"_s);
    }

    QString m_script;
    QString m_state;
    QString m_address;
};

/// The server library with the same stories as the file: copied once (Library::copy).
QString serverCopy(Cluster &cluster, const QString &keptIn, const QString &file, qint64 count)
{
    const QString name = u"newsroom_%1"_s.arg(count);
    // Written once the copy is whole: a copy cut short has every story but not
    // yet its word index, which is built last.
    const QString finished = QDir(keptIn).filePath(name + u".copied"_s);
    QString location = cluster.database(name);
    if (QFile::exists(finished)) {
        auto opened = Library::open(location);
        if (!opened)
            fail(opened.errorMessage());
        const auto have = opened->store->countStories({});
        if (have && *have >= count)
            return location;
    }
    // A copy goes into an empty library only: an unfinished one starts again.
    cluster.drop(name);
    location = cluster.database(name);
    note(u"Copying %1 stories to %2 (once)"_s.arg(count).arg(name));
    QElapsedTimer timer;
    timer.start();
    const auto copied = Library::copy(file, location, [&](const QString &table, qint64 rows) {
        if (rows % 100'000 == 0)
            note(u"%1: %2 rows, %3 s"_s.arg(table).arg(rows).arg(timer.elapsed() / 1000));
    });
    if (!copied)
        fail(copied.errorMessage());
    note(u"copied in %1 s"_s.arg(timer.elapsed() / 1000));
    QFile mark(finished);
    if (!mark.open(QIODevice::WriteOnly))
        fail(u"Cannot write %1: %2"_s.arg(finished, mark.errorString()));
    return location;
}

/// The queries: 1 to 3 words, common and rare, the same every run.
QStringList searchQueries(const Vocabulary &vocabulary, int count)
{
    std::mt19937_64 rng(2026);
    QStringList queries;
    const auto common = [&] { return vocabulary.ranked(qsizetype(rng() % 200)); };
    const auto middling = [&] { return vocabulary.ranked(200 + qsizetype(rng() % 2000)); };
    const auto rare = [&] {
        return vocabulary.ranked(5000 + qsizetype(rng() % quint64(vocabulary.size() - 5000)));
    };
    for (int i = 0; i < count; ++i) {
        switch (i % 8) {
        case 0:
            queries.append(common());
            break;
        case 1:
            queries.append(rare());
            break;
        case 2:
            queries.append(middling());
            break;
        case 3:
            queries.append(common() + u' ' + rare());
            break;
        case 4:
            queries.append(middling() + u' ' + middling());
            break;
        case 5:
            queries.append(common() + u' ' + common());
            break;
        case 6:
            queries.append(rare() + u' ' + middling() + u' ' + common());
            break;
        default:
            queries.append(common() + u' ' + middling() + u' ' + common());
            break;
        }
    }
    return queries;
}

/// The engine's own full-text query, ranked, without the store around it: the baseline.
class RawSearch
{
public:
    RawSearch(const QString &location, bool server)
        : m_server(server)
    {
        m_db = QSqlDatabase::addDatabase(server ? u"QPSQL"_s : u"QSQLITE"_s, u"bench-raw"_s);
        if (server) {
            auto address = ServerAddress::parse(location);
            PostgresDialect(*address).configure(m_db, address->database);
        } else {
            m_db.setDatabaseName(location);
        }
        if (!m_db.open())
            fail(m_db.lastError().text());
        if (server) {
            // Ranking every story of a word in most of a million takes the
            // server minutes: such a query is cut at rawLimitMs and counted
            // as taking that long, which flatters the baseline, never ours.
            QSqlQuery limit(m_db);
            if (!limit.exec(u"SET statement_timeout = %1"_s.arg(rawLimitMs)))
                fail(limit.lastError().text());
        }
    }
    ~RawSearch()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"bench-raw"_s);
    }

    /// ms for the best 20 stories matching every word of text.
    double run(const QString &text)
    {
        QElapsedTimer timer;
        timer.start();
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (m_server) {
            query.prepare(u"SELECT story_row FROM story_search WHERE document @@ "
                          u"plainto_tsquery('simple', ?) ORDER BY ts_rank(document, "
                          u"plainto_tsquery('simple', ?)) DESC LIMIT 20"_s);
            query.addBindValue(text);
            query.addBindValue(text);
        } else {
            query.prepare(u"SELECT rowid FROM story_search WHERE story_search MATCH ? ORDER BY "
                          u"rank LIMIT 20"_s);
            query.addBindValue(text);
        }
        if (!query.exec()) {
            // 57014: cancelled by the statement timeout.
            if (!m_server || query.lastError().nativeErrorCode() != u"57014")
                fail(query.lastError().text());
            ++m_cut;
            return double(rawLimitMs);
        }
        int rows = 0;
        while (query.next())
            ++rows;
        return double(timer.nsecsElapsed()) / 1e6;
    }

    /// How many queries were cut at rawLimitMs.
    int cut() const { return m_cut; }

    /// The longest a server's baseline query runs.
    static constexpr int rawLimitMs = 10'000;

private:
    QSqlDatabase m_db;
    bool m_server;
    int m_cut = 0;
};

void searchFigures(const QString &engine, const QString &location, bool server,
                   const QStringList &queries, qint64 count)
{
    auto opened = Library::open(location);
    if (!opened)
        fail(opened.errorMessage());
    StoryStore &store = *opened->store;
    RawSearch raw(location, server);
    QList<double> ours;
    QList<double> bare;
    QString slowest;
    double slowestMs = 0;
    int newestOnly = 0; // queries matching more stories than are ranked
    const auto search = [&store](const QString &text, bool *newest) {
        SearchQuery query;
        query.text = text;
        query.limit = 20;
        QElapsedTimer timer;
        timer.start();
        const auto found = store.search(query);
        if (!found)
            fail(found.errorMessage());
        *newest = found->newestOnly;
        return double(timer.nsecsElapsed()) / 1e6;
    };
    // A first pass runs every query both ways, untimed but for ours, so
    // that what each reads is in the caches, as on a desk that has been
    // searching; its figures are shown too, as the cold ones.
    QList<double> first;
    for (const QString &text : queries) {
        raw.run(text);
        bool newest = false;
        first.append(search(text, &newest));
    }
    const int cutBefore = raw.cut();
    for (const QString &text : queries) {
        bare.append(raw.run(text));
        bool newest = false;
        const double ms = search(text, &newest);
        if (newest)
            ++newestOnly;
        ours.append(ms);
        if (ms > slowestMs) {
            slowestMs = ms;
            slowest = text;
        }
    }
    const int cut = raw.cut() - cutBefore;
    row(u"%1: search, %2 queries of 1–3 words, %3 stories"_s.arg(engine)
                .arg(queries.size())
                .arg(number(double(count))),
        u"p50 %1 ms, p95 %2 ms, worst %3 ms (“%4”); %5 ranked among the newest %6 matches; "
        u"first pass: p50 %7 ms, p95 %8 ms, worst %9 ms"_s.arg(
                number(median(ours), 1), number(percentile(ours, 0.95), 1), number(slowestMs, 1),
                slowest, QString::number(newestOnly), number(double(SearchQuery{}.rankNewest)),
                number(median(first), 1), number(percentile(first, 0.95), 1),
                number(percentile(first, 1.0), 1)),
        u"raw full-text query: p50 %1 ms, p95 %2 ms, worst %3 ms%4"_s.arg(
                number(median(bare), 1), number(percentile(bare, 0.95), 1),
                number(percentile(bare, 1.0), 1),
                cut > 0 ? u" (%1 cut at %2 ms)"_s.arg(cut).arg(number(RawSearch::rawLimitMs))
                        : QString()),
        u"p50 %1, p95 %2"_s.arg(
                number(median(ours) / std::max(median(bare), 0.001), 2),
                number(percentile(ours, 0.95) / std::max(percentile(bare, 0.95), 0.001), 2)),
        u"p95 ≤ 50 ms, worst ≤ 150 ms, ≤ 1.5×"_s);
}

/// A window in a process of its own: ms to its first paint and the process's peak memory.
struct WindowRun
{
    double ms = 0;
    double peakMb = 0;
};

WindowRun windowRun(const QString &program, const QString &location)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(program, {u"--window-child"_s, location});
    if (!child.waitForFinished(600'000) || child.exitCode() != 0)
        fail(u"The window on %1 did not open: %2"_s.arg(
                location, QString::fromLocal8Bit(child.readAllStandardError())));
    const QStringList figures = QString::fromUtf8(child.readAllStandardOutput()).split(u' ');
    return {figures.value(0).toDouble(), figures.value(1).toDouble()};
}

/// The child's side: opens the window as the app does and reports when it first paints.
int windowChild(const QString &location)
{
    QElapsedTimer timer;
    timer.start();
    auto opened = Library::open(location);
    if (!opened)
        fail(opened.errorMessage());
    FirstPaint watcher;
    MainWindow window(std::move(opened->store));
    window.library()->view()->viewport()->installEventFilter(&watcher);
    window.show();
    window.openNewestStory();
    while (!watcher.painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    double peakKb = 0;
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                peakKb = line.mid(6).trimmed().split(' ').value(0).toDouble();
        }
    }
    out << number(ms, 1) << u' ' << number(peakKb / 1024.0, 1) << Qt::endl;
    return 0;
}

void windowFigures(const QString &engine, const QString &program, const QString &large,
                   const QString &small, qint64 count, int runs)
{
    QList<double> largeMs;
    QList<double> smallMs;
    QList<double> largeMb;
    QList<double> smallMb;
    for (int i = 0; i < runs; ++i) {
        const WindowRun a = windowRun(program, large);
        const WindowRun b = windowRun(program, small);
        largeMs.append(a.ms);
        largeMb.append(a.peakMb);
        smallMs.append(b.ms);
        smallMb.append(b.peakMb);
    }
    row(u"%1: window open to first paint, %2 stories"_s.arg(engine, number(double(count))),
        u"%1 ms, %2 MB peak"_s.arg(number(median(largeMs)), number(median(largeMb))),
        u"10 stories: %1 ms, %2 MB peak"_s.arg(number(median(smallMs)), number(median(smallMb))),
        number(median(largeMs) / median(smallMs), 2), u"≤ 2×, ≤ 150 MB"_s);
}

/// ms to save a new story and publish it to a folder, median of runs, on the library at location.
double saveAndPublish(const QString &location, const QString &folder, const Vocabulary &vocabulary,
                      int runs)
{
    auto opened = Library::open(location);
    if (!opened)
        fail(opened.errorMessage());
    StoryStore &store = *opened->store;
    FolderDestination destination(folder, Site().withBaseUrl(QUrl(u"https://news.example/"_s)));
    PublishService service(store, HouseStyle::defaultStyle(), {&destination});
    service.setDeliverNow(true);
    QList<double> times;
    static qint64 next = 50'000'000;
    for (int i = 0; i < runs + 1; ++i) {
        Story story = archiveStory(next++, vocabulary, QDateTime::currentDateTimeUtc());
        QElapsedTimer timer;
        timer.start();
        const auto saved = store.saveStory(story);
        if (!saved)
            fail(saved.errorMessage());
        const auto published = service.publish({saved->id(), PublicationKind::First, {}, 0, {}});
        if (!published || !published->delivered())
            fail(published ? published->failures().join(u"; "_s) : published.errorMessage());
        if (i > 0) // the first run reads the feeds' pages into the cache
            times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

void saveFigures(const QString &engine, const QString &large, const QString &small, qint64 count,
                 const Vocabulary &vocabulary, int runs, const QString &work)
{
    const double a =
            saveAndPublish(large, QDir(work).filePath(engine + u"-large"_s), vocabulary, runs);
    const double b =
            saveAndPublish(small, QDir(work).filePath(engine + u"-small"_s), vocabulary, runs);
    row(u"%1: save and publish one story, %2 stories"_s.arg(engine, number(double(count))),
        u"%1 ms"_s.arg(number(a, 1)), u"100 stories: %1 ms"_s.arg(number(b, 1)), number(a / b, 2),
        u"≤ 1.3×"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Copydesk Bench"_s);
    QStandardPaths::setTestModeEnabled(true);
    // The allocator as the app and copydesk-cli set it up.
    tuneAllocator();
    if (argc == 3 && QByteArrayView(argv[1]) == "--window-child")
        return windowChild(QString::fromLocal8Bit(argv[2]));

    QCommandLineParser parser;
    const QCommandLineOption cacheOption(u"cache"_s, u"Where the generated files are kept."_s,
                                         u"dir"_s,
                                         QDir::homePath() + u"/.cache/copydesk/bench/newsroom"_s);
    const QCommandLineOption postgresOption(u"postgres-dir"_s,
                                            u"Where the benchmark's PostgreSQL cluster is kept."_s,
                                            u"dir"_s, u"/var/tmp/copydesk-bench/postgres"_s);
    const QCommandLineOption storiesOption(u"stories"_s, u"Stories in the archive."_s, u"n"_s,
                                           u"1000000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per figure (median)."_s, u"n"_s, u"5"_s);
    const QCommandLineOption queriesOption(u"queries"_s, u"Search queries."_s, u"n"_s, u"200"_s);
    const QCommandLineOption enginesOption(u"engines"_s, u"sqlite, postgresql or both."_s,
                                           u"list"_s, u"sqlite,postgresql"_s);
    const QCommandLineOption onlyOption(u"only"_s, u"search, window, save (comma-separated)."_s,
                                        u"figures"_s);
    const QCommandLineOption generateOption(u"generate-only"_s,
                                            u"Generate the libraries and stop."_s);
    parser.addOptions({cacheOption, postgresOption, storiesOption, runsOption, queriesOption,
                       enginesOption, onlyOption, generateOption});
    parser.addHelpOption();
    parser.process(app);

    const QString cache = QDir(parser.value(cacheOption)).absolutePath();
    QDir().mkpath(cache);
    const qint64 count = std::max<qint64>(100, parser.value(storiesOption).toLongLong());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QStringList engines = parser.value(enginesOption).split(u',', Qt::SkipEmptyParts);
    const QStringList only = parser.value(onlyOption).split(u',', Qt::SkipEmptyParts);
    const auto wanted = [&only](const QString &figure) {
        return only.isEmpty() || only.contains(figure);
    };
    QTemporaryDir work;
    if (!work.isValid())
        fail(u"No temporary folder"_s);
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(work.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(work.filePath(u"data"_s)));

    const Vocabulary vocabulary;
    const auto file = [&cache](qint64 stories) {
        return QDir(cache).filePath(u"archive-%1.sqlite"_s.arg(stories));
    };
    for (const qint64 stories : {qint64(10), qint64(100), count})
        fillLibrary(file(stories), stories, vocabulary);

    std::unique_ptr<Cluster> cluster;
    const QString keptIn = parser.value(postgresOption);
    if (engines.contains(u"postgresql"_s)) {
        QDir().mkpath(keptIn);
        cluster = std::make_unique<Cluster>(QStringLiteral(COPYDESK_SOURCE_DIR) +
                                                    u"/tests/support/postgres-cluster.sh"_s,
                                            keptIn, work.filePath(u"cluster"_s));
    }
    struct Engine
    {
        QString name;
        bool server;
        QString large, hundred, ten;
    };
    QList<Engine> runsOn;
    if (engines.contains(u"sqlite"_s))
        runsOn.append({u"SQLite"_s, false, file(count), file(100), file(10)});
    if (cluster)
        runsOn.append({u"PostgreSQL"_s, true, serverCopy(*cluster, keptIn, file(count), count),
                       serverCopy(*cluster, keptIn, file(100), 100),
                       serverCopy(*cluster, keptIn, file(10), 10)});
    if (parser.isSet(generateOption))
        return 0;

    out << u"| figure | measured | baseline (same run) | ratio | goal |"_s << Qt::endl
        << u"|---|---|---|---|---|"_s << Qt::endl;
    const QStringList queries = searchQueries(vocabulary, parser.value(queriesOption).toInt());
    for (const Engine &engine : runsOn) {
        if (wanted(u"search"_s))
            searchFigures(engine.name, engine.large, engine.server, queries, count);
        if (wanted(u"window"_s))
            windowFigures(engine.name, QCoreApplication::applicationFilePath(), engine.large,
                          engine.ten, count, runs);
        if (wanted(u"save"_s))
            saveFigures(engine.name, engine.large, engine.hundred, count, vocabulary, runs,
                        work.path());
    }
    return 0;
}
