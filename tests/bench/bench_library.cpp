// SPDX-License-Identifier: MIT
// The library at a real desk's size, each figure against a baseline
// measured in the same run, printed as one table:
//   - publishing one story (copydesk-cli publish) into a library of 100
//     published stories and one of 100,000: time and peak memory;
//   - importing 100,000 wire stories: the rate of the first 10,000 against
//     the last 10,000, and the library's saves against plain SQLite inserts
//     of the same rows;
//   - copydesk-cli list --json of 100,000 stories: peak memory;
//   - opening the window on 100,000 stories to its first paint, against 10;
//   - copydesk-cli republish --all of 10,000 stories against Hugo building
//     the same stories as a site with its feed.
// The libraries are generated once and kept in the cache folder (default
// ~/.cache/copydesk/bench), outside the clone.
//
//   bench_library [--cache DIR] [--runs N] [--quick]
// --quick uses 10,000 stories where the figures say 100,000 (for a first look).
#include "bench/benchtable.h"
#include "core/allocator.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "store/library.h"
#include "store/migrations.h"
#include "store/sqldialect.h"
#include "story/storyjson.h"
#include "wire/wireimporter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace Copydesk;
using namespace Copydesk::Bench;
using namespace Qt::StringLiterals;

namespace {

/// A process run as a whole: wall time and its peak resident memory (from wait4).
struct ProcessRun
{
    double ms = 0;
    double peakMb = 0;
    int exitCode = -1;
};

ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QString &stdoutFile = u"/dev/null"_s)
{
    // GNU time measures the peak memory: its child's mm is copied from the
    // small time process, not from this big one, whose high-water mark a
    // child of ours would inherit.
    static const QString time = QStandardPaths::findExecutable(u"time"_s, {u"/usr/bin"_s});
    if (time.isEmpty())
        qFatal("/usr/bin/time is missing: apt-get install time (tests/bench/run.sh does)");
    const QString report = QDir::temp().filePath(u"copydesk-bench-time-%1"_s.arg(getpid()));
    QProcess process;
    process.setStandardOutputFile(stdoutFile);
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(time, QStringList{u"-o"_s, report, u"-f"_s, u"%M"_s, program} + arguments);
    ProcessRun run;
    if (!process.waitForFinished(-1))
        return run;
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    QFile file(report);
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        run.peakMb = lines.constLast().trimmed().toDouble() / 1024.0;
    }
    file.remove();
    return run;
}

const QStringList topics = {u"harbour"_s,  u"council"_s, u"comet"_s,  u"ferry"_s,  u"budget"_s,
                            u"election"_s, u"storm"_s,   u"museum"_s, u"school"_s, u"market"_s};
const QStringList cities = {u"VALLETTA"_s, u"LISBON"_s, u"PORTO"_s, u"MOSCOW"_s, u"DUBAI"_s};

/// The n-th story of a generated desk: a headline, two bullets, a dateline and ~250 words.
Story generatedStory(int n, const QDateTime &created)
{
    const QString topic = topics.at(n % topics.size());
    Story story = Story::create(created);
    story.setHeadline(u"Story %1: the %2 desk reports a new development"_s.arg(n).arg(topic));
    story.setHighlights({u"Officials confirmed the %1 figures on Tuesday"_s.arg(topic),
                         u"A decision is expected within %1 days"_s.arg(n % 30 + 1)});
    story.setDateline(cities.at(n % cities.size()));
    story.setByline(u"By Desk Reporter %1"_s.arg(n % 50));
    QString body;
    for (int paragraph = 0; paragraph < 5; ++paragraph) {
        body += u"The %1 committee met for the %2th time this year and heard from residents, "
                u"officials and experts about what the %3 plans would mean for the city. "
                u"“We have listened carefully,” said one member, adding that the next steps "
                u"would be published before the end of the month. Figures from the ministry "
                u"show a change of %4 percent since last year.\n\n"_s.arg(topic)
                        .arg(paragraph + n % 40)
                        .arg(topic)
                        .arg(n % 17 + paragraph);
    }
    story.setBody(body);
    return story;
}

/// The same story as the wire page reader reads it.
QByteArray wireText(const Story &story)
{
    QString text = story.headline() + u"\n\nUpdated 18 November 2026\nFollow\n\n"_s +
            story.headline() + u"\n\n"_s;
    for (const QString &highlight : story.highlights())
        text += u"  • "_s + highlight + u'\n';
    text += u'\n';
    const QStringList paragraphs = story.body().split(u"\n\n"_s, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < paragraphs.size(); ++i)
        text += (i == 0 ? story.dateline() + u": "_s : QString()) + paragraphs.at(i).trimmed() +
                u'\n';
    return (text + u"\n\n"_s).toUtf8();
}

/// A library of count published stories (first publications a minute apart), made once.
QString publishedLibrary(const QString &cache, int count)
{
    const QString path = QDir(cache).filePath(u"published-%1.sqlite"_s.arg(count));
    if (QFileInfo::exists(path))
        return path;
    note(u"Generating %1 published stories in %2 (once)"_s.arg(count).arg(path));
    const QString partial = path + u".partial"_s;
    QFile::remove(partial);
    {
        auto opened = Library::open(partial);
        if (!opened)
            qFatal("%s", qPrintable(opened.errorMessage()));
        StoryStore &store = *opened->store;
        const QDateTime start(QDate(2026, 1, 1), QTime(6, 0), QTimeZone::utc());
        for (int first = 0; first < count; first += 1000) {
            QList<Story> batch;
            for (int n = first; n < std::min(count, first + 1000); ++n) {
                Story story = generatedStory(n, start.addSecs(60LL * n));
                story.setStatus(StoryStatus::Published);
                story.setFirstPublishedAt(start.addSecs(60LL * n + 30));
                story.setUpdatedAt(start.addSecs(60LL * n + 30));
                batch.append(story);
            }
            const auto done = store.writeTransaction([&]() -> Result<void> {
                auto saved = store.saveStories(batch, RevisionStamp{RevisionKind::Publish, {}, {}});
                if (!saved)
                    return saved.error();
                for (const Story &story : *saved) {
                    if (auto marked = store.setPublishedVersion(story.id(), story.version());
                        !marked)
                        return marked;
                }
                return {};
            });
            if (!done)
                qFatal("%s", qPrintable(done.errorMessage()));
        }
    }
    QFile::rename(partial, path);
    return path;
}

/// A copy to change, so the cached library stays as generated.
QString copyOf(const QString &library, const QString &folder)
{
    const QString copy = QDir(folder).filePath(QFileInfo(library).fileName());
    QFile::remove(copy);
    if (!QFile::copy(library, copy))
        qFatal("Cannot copy %s", qPrintable(library));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

/// Adds count drafts the house style lets through; returns their ids.
QStringList addDrafts(const QString &library, int count)
{
    auto opened = Library::open(library);
    if (!opened)
        qFatal("%s", qPrintable(opened.errorMessage()));
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        Story story = generatedStory(900'000 + i, QDateTime::currentDateTimeUtc());
        auto saved = opened->store->saveStory(story);
        if (!saved)
            qFatal("%s", qPrintable(saved.errorMessage()));
        ids.append(saved->id().toString(QUuid::WithoutBraces));
    }
    return ids;
}

struct PublishFigures
{
    double ms = 0;
    double peakMb = 0;
};

PublishFigures publishOne(const QString &cli, const QString &library, const QString &work, int runs)
{
    const QString copy = copyOf(library, work);
    const QStringList ids = addDrafts(copy, runs + 1);
    const QString folder = QDir(work).filePath(u"site"_s);
    QList<double> times;
    QList<double> memory;
    for (int i = 0; i <= runs; ++i) {
        const ProcessRun run = runProcess(cli,
                                          {u"--library"_s, copy, u"publish"_s, ids.at(i),
                                           u"--folder"_s, folder, u"--base-url"_s,
                                           u"https://news.example/"_s, u"--time-zone"_s, u"UTC"_s});
        if (run.exitCode != 0)
            qFatal("copydesk-cli publish failed (%d)", run.exitCode);
        if (i == 0)
            continue; // the first run warms the file cache
        times.append(run.ms);
        memory.append(run.peakMb);
    }
    QFile::remove(copy);
    QDir(folder).removeRecursively();
    return {median(times), median(memory)};
}

/// The rows a library save writes, with plain prepared INSERTs and nothing else; with
/// indexWords, each story's words also go into the library's full-text index as one
/// plain INSERT, as much work as any search index of the same words must do.
double plainInserts(const QList<QByteArray> &wirePages, const WireOptions &options,
                    const QString &path, bool indexWords = false)
{
    QFile::remove(path);
    double ms = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plain"_s);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("%s", qPrintable(db.lastError().text()));
        SqliteDialect dialect;
        QSqlQuery(u"PRAGMA journal_mode = WAL"_s, db);
        if (auto made = Migrations::migrate(db, dialect); !made)
            qFatal("%s", qPrintable(made.errorMessage()));
        QSqlQuery story(db);
        story.prepare(u"INSERT INTO stories (id, slug, edited_slug, headline, dateline, byline, "
                      u"status, created_at, updated_at, saved_at, save_order, version) VALUES "
                      u"(?, ?, '', ?, ?, ?, 'draft', ?, ?, ?, ?, 1) RETURNING story_row"_s);
        QSqlQuery texts(db);
        texts.prepare(u"INSERT INTO story_texts (story_row, highlights, body, photos, "
                      u"update_notes) VALUES (?, ?, ?, '[]', '[]')"_s);
        QSqlQuery revision(db);
        revision.prepare(u"INSERT INTO story_revisions (story_row, version, saved_at, headline, "
                         u"story) VALUES (?, 1, ?, ?, ?)"_s);
        QSqlQuery words(db);
        words.prepare(u"INSERT INTO story_search (rowid, headline, highlights, dateline, byline, "
                      u"body, photos) VALUES (?, ?, ?, ?, ?, ?, '')"_s);
        const auto check = [](QSqlQuery &query) {
            if (!query.exec())
                qFatal("plain insert: %s", qPrintable(query.lastError().text()));
        };
        QElapsedTimer timer;
        timer.start();
        qint64 order = 0;
        QElapsedTimer slice;
        slice.start();
        double parsing = 0;
        for (const QByteArray &wirePage : wirePages) {
            // The same stories, read again; the reading is not what is timed.
            QElapsedTimer reading;
            reading.start();
            const QList<Story> page = parseWirePage(wirePage, options).stories;
            parsing += double(reading.nsecsElapsed()) / 1e6;
            if (order > 0 && order % 10000 == 0 &&
                qEnvironmentVariableIsSet("COPYDESK_BENCH_TRACE")) {
                note(u"plain %1: %2 stories/s"_s.arg(order).arg(10000 /
                                                                (slice.nsecsElapsed() / 1e9)));
                slice.restart();
            }
            db.transaction();
            for (const Story &s : page) {
                const QString id = s.id().toString(QUuid::WithoutBraces);
                const QString at = s.createdAt().toString(Qt::ISODate);
                story.addBindValue(id);
                story.addBindValue(QString(s.effectiveSlug() + u"-"_s + QString::number(order)));
                // Qt binds a null QString as NULL; the columns want text.
                story.addBindValue(QString(u""_s + s.headline()));
                story.addBindValue(QString(u""_s + s.dateline()));
                story.addBindValue(QString(u""_s + s.byline()));
                story.addBindValue(at);
                story.addBindValue(at);
                story.addBindValue(at);
                story.addBindValue(++order);
                check(story);
                story.next();
                const qint64 row = story.value(0).toLongLong();
                story.finish();
                texts.addBindValue(row);
                texts.addBindValue(
                        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(s.highlights()))
                                                  .toJson(QJsonDocument::Compact)));
                texts.addBindValue(s.body());
                check(texts);
                revision.addBindValue(row);
                revision.addBindValue(at);
                revision.addBindValue(s.headline());
                revision.addBindValue(QString::fromUtf8(
                        QJsonDocument(StoryJson::toJson(s)).toJson(QJsonDocument::Compact)));
                check(revision);
                if (indexWords) {
                    words.addBindValue(row);
                    words.addBindValue(QString(u""_s + s.headline()));
                    words.addBindValue(s.highlights().join(u" · "_s));
                    words.addBindValue(QString(u""_s + s.dateline()));
                    words.addBindValue(QString(u""_s + s.byline()));
                    words.addBindValue(s.body());
                    check(words);
                }
            }
            db.commit();
        }
        ms = double(timer.nsecsElapsed()) / 1e6 - parsing;
        db.close();
    }
    QSqlDatabase::removeDatabase(u"plain"_s);
    QFile::remove(path);
    return ms;
}

void importFigures(int count, const QString &work)
{
    // The wire pages, ten stories each, made before anything is timed.
    constexpr int storiesPerPage = 10;
    QList<QByteArray> pages;
    const QDateTime created = QDateTime::currentDateTimeUtc();
    QByteArray page;
    for (int n = 0; n < count; ++n) {
        page += wireText(generatedStory(n, created));
        if ((n + 1) % storiesPerPage == 0) {
            pages.append(page);
            page.clear();
        }
    }
    WireOptions options;
    options.referenceTime = created;
    options.timeZone = QTimeZone::utc();
    const QString path = QDir(work).filePath(u"import.sqlite"_s);
    QFile::remove(path);
    auto opened = Library::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.errorMessage()));
    StoryStore &store = *opened->store;
    const int slice = std::max(1, count / 10); // 10,000 of 100,000
    double parseMs = 0;
    double saveMs = 0;
    // Each page's time, so that a rate is the median page's: one stall of a
    // shared machine's disk does not decide the figure.
    QList<double> firstPages;
    QList<double> lastPages;
    int imported = 0;
    for (const QByteArray &text : std::as_const(pages)) {
        QElapsedTimer timer;
        timer.start();
        options.sourceName = u"page"_s;
        WireParseResult result = parseWirePage(text, options);
        const double parsedMs = double(timer.nsecsElapsed()) / 1e6;
        if (!result.problems.isEmpty())
            qFatal("%s", qPrintable(result.problems.constFirst().text()));
        timer.restart();
        auto saved = store.saveStories(result.stories, RevisionStamp{RevisionKind::Import, {}, {}});
        const double savedMs = double(timer.nsecsElapsed()) / 1e6;
        if (!saved)
            qFatal("%s", qPrintable(saved.errorMessage()));
        parseMs += parsedMs;
        saveMs += savedMs;
        if (imported < slice)
            firstPages.append(parsedMs + savedMs);
        if (imported >= count - slice)
            lastPages.append(parsedMs + savedMs);
        imported += int(saved->size());
        static double sliceMs = 0;
        sliceMs += parsedMs + savedMs;
        if (imported % (slice / 10 * 10) == 0 &&
            qEnvironmentVariableIsSet("COPYDESK_BENCH_TRACE")) {
            note(u"%1: %2 stories/s"_s.arg(imported).arg(slice / (sliceMs / 1000)));
            sliceMs = 0;
        }
    }
    opened->store.reset();
    QFile::remove(path);
    const double firstRate = storiesPerPage / (median(firstPages) / 1000);
    const double lastRate = storiesPerPage / (median(lastPages) / 1000);
    row(u"import %1 stories: rate of the last %2 (median page of %3)"_s.arg(
                number(count), number(slice), number(storiesPerPage)),
        u"%1 stories/s"_s.arg(number(lastRate)),
        u"first %1: %2 stories/s"_s.arg(number(slice), number(firstRate)),
        number(lastRate / firstRate, 2), u"≥ 0.8"_s);
    const double plain = plainInserts(pages, options, QDir(work).filePath(u"plain.sqlite"_s));
    row(u"import %1 stories: library saves"_s.arg(number(count)),
        u"%1 s (+ %2 s reading the wire text)"_s.arg(number(saveMs / 1000, 1),
                                                     number(parseMs / 1000, 1)),
        u"plain SQLite inserts of the same rows: %1 s"_s.arg(number(plain / 1000, 1)),
        number(saveMs / plain, 2), u"≤ 2"_s);
    // The library indexes every story's words for the search; the same rows
    // with the same words indexed are the baseline that work can be held to.
    const double indexed =
            plainInserts(pages, options, QDir(work).filePath(u"plain.sqlite"_s), true);
    row(u"import %1 stories: library saves, against inserts with the full-text index"_s.arg(
                number(count)),
        u"%1 s"_s.arg(number(saveMs / 1000, 1)),
        u"plain inserts and FTS5 inserts of the same words: %1 s"_s.arg(number(indexed / 1000, 1)),
        number(saveMs / indexed, 2), u"≤ 2"_s);
}

/// Opens the window on library, as the app does, and returns the ms to its first paint.
double windowToFirstPaint(const QString &library)
{
    QElapsedTimer timer;
    timer.start();
    auto opened = Library::open(library);
    if (!opened)
        qFatal("%s", qPrintable(opened.errorMessage()));
    FirstPaint watcher;
    double ms = 0;
    {
        MainWindow window(std::move(opened->store));
        window.library()->view()->viewport()->installEventFilter(&watcher);
        window.show();
        window.openNewestStory();
        while (!watcher.painted)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        ms = double(timer.nsecsElapsed()) / 1e6;
        window.document()->undoStack();
    }
    return ms;
}

/// A Hugo site with the same stories: Markdown content files, a page and a feed template.
QString hugoSite(const QString &library, const QString &folder)
{
    const QString site = QDir(folder).filePath(u"hugo"_s);
    QDir(site).removeRecursively();
    QDir().mkpath(site + u"/content/stories"_s);
    QDir().mkpath(site + u"/layouts/_default"_s);
    const auto write = [](const QString &path, const QByteArray &bytes) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("Cannot write %s", qPrintable(path));
    };
    write(site + u"/config.toml"_s,
          "baseURL = 'https://news.example/'\ntitle = 'Copydesk'\nlanguageCode = 'en'\n"
          "disableKinds = ['taxonomy', 'term']\n[outputs]\nhome = ['HTML', 'RSS']\n"
          "section = ['HTML']\n[services.rss]\nlimit = 20\n");
    write(site + u"/layouts/_default/single.html"_s,
          "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}"
          "</title></head><body><h1>{{ .Title }}</h1><ul>{{ range .Params.highlights }}<li>{{ "
          ". }}</li>{{ end }}</ul><p>Updated {{ .Lastmod.Format \"2 January 2006\" }}</p>"
          "{{ .Content }}</body></html>\n");
    write(site + u"/layouts/_default/list.html"_s,
          "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}"
          "</title></head><body><ul>{{ range first 20 .Pages }}<li><a href=\"{{ .Permalink }}"
          "\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n");
    auto opened = Library::open(library);
    if (!opened)
        qFatal("%s", qPrintable(opened.errorMessage()));
    const auto done = opened->store->forEachPublishedVersion([&](const Story &story) {
        QString front = u"---\ntitle: \"%1\"\ndate: %2\nlastmod: %3\nslug: %4\nhighlights:\n"_s.arg(
                story.headline(), story.firstPublishedAt().toString(Qt::ISODate),
                story.updatedAt().toString(Qt::ISODate), story.effectiveSlug());
        for (const QString &highlight : story.highlights())
            front += u"  - \"%1\"\n"_s.arg(highlight);
        front += u"---\n**"_s + story.dateline() + u":** "_s + story.body();
        write(site + u"/content/stories/"_s + story.effectiveSlug() + u".md"_s, front.toUtf8());
        return true;
    });
    if (!done)
        qFatal("%s", qPrintable(done.errorMessage()));
    return site;
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
    QCommandLineParser parser;
    const QCommandLineOption cacheOption(
            u"cache"_s, u"Where the generated libraries are kept."_s, u"dir"_s,
            QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation).isEmpty()
                    ? QDir::homePath() + u"/.cache/copydesk/bench"_s
                    : QDir::homePath() + u"/.cache/copydesk/bench"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per figure (median)."_s, u"n"_s, u"7"_s);
    const QCommandLineOption quickOption(u"quick"_s, u"10,000 stories instead of 100,000."_s);
    const QCommandLineOption onlyOption(u"only"_s,
                                        u"Only these figures: publish, import, list, window, "
                                        u"republish (comma-separated)."_s,
                                        u"figures"_s);
    parser.addOptions({cacheOption, runsOption, quickOption, onlyOption});
    parser.addHelpOption();
    parser.process(app);
    const QString cache = QDir(parser.value(cacheOption)).absolutePath() + u"/schema-"_s +
            QString::number(Migrations::latestVersion());
    QDir().mkpath(cache);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int big = parser.isSet(quickOption) ? 10'000 : 100'000;
    const QStringList only = parser.value(onlyOption).split(u',', Qt::SkipEmptyParts);
    const auto wanted = [&only](const QString &figure) {
        return only.isEmpty() || only.contains(figure);
    };
    const QString cli = QStringLiteral(COPYDESK_CLI_PATH);
    QTemporaryDir work;
    if (!work.isValid())
        qFatal("No temporary folder");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(work.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(work.filePath(u"data"_s)));

    out << u"| figure | measured | baseline (same run) | ratio | goal |\n"_s
        << u"|---|---|---|---|---|\n"_s;
    out.flush();

    if (wanted(u"publish"_s)) {
        const QString small = publishedLibrary(cache, 100);
        const QString large = publishedLibrary(cache, big);
        note(u"copydesk-cli publish, %1 runs each"_s.arg(runs));
        const PublishFigures base = publishOne(cli, small, work.path(), runs);
        const PublishFigures measured = publishOne(cli, large, work.path(), runs);
        row(u"publish one story, library of %1 published"_s.arg(number(big)),
            u"%1 ms, %2 MB"_s.arg(number(measured.ms), number(measured.peakMb)),
            u"100 published: %1 ms, %2 MB"_s.arg(number(base.ms), number(base.peakMb)),
            number(measured.ms / base.ms, 2), u"≤ 1.3"_s);
    }
    if (wanted(u"import"_s)) {
        note(u"importing %1 wire stories"_s.arg(big));
        importFigures(big, work.path());
    }
    if (wanted(u"list"_s)) {
        const QString small = publishedLibrary(cache, 100);
        const QString large = publishedLibrary(cache, big);
        const QString output = work.filePath(u"list.json"_s);
        QList<double> largeMb;
        QList<double> smallMb;
        QList<double> largeMs;
        for (int i = 0; i < std::max(3, runs / 2); ++i) {
            const ProcessRun a =
                    runProcess(cli, {u"--library"_s, large, u"list"_s, u"--json"_s}, output);
            const ProcessRun b =
                    runProcess(cli, {u"--library"_s, small, u"list"_s, u"--json"_s}, output);
            if (a.exitCode != 0 || b.exitCode != 0)
                qFatal("copydesk-cli list --json failed");
            largeMb.append(a.peakMb);
            largeMs.append(a.ms);
            smallMb.append(b.peakMb);
        }
        runProcess(cli, {u"--library"_s, large, u"list"_s, u"--json"_s}, output);
        const qint64 bytes = QFileInfo(output).size();
        row(u"list --json of %1 stories (%2 MB of JSON, %3 s)"_s.arg(
                    number(big), number(double(bytes) / 1e6), number(median(largeMs) / 1000, 1)),
            u"%1 MB peak"_s.arg(number(median(largeMb))),
            u"100 stories: %1 MB peak"_s.arg(number(median(smallMb))),
            number(median(largeMb) / median(smallMb), 2), u"< 100 MB"_s);
        QFile::remove(output);
    }
    if (wanted(u"window"_s)) {
        const QString large = publishedLibrary(cache, big);
        const QString small = publishedLibrary(cache, 10);
        QList<double> largeMs;
        QList<double> smallMs;
        for (int i = 0; i < runs; ++i) {
            largeMs.append(windowToFirstPaint(large));
            smallMs.append(windowToFirstPaint(small));
        }
        row(u"window open to first paint, %1 stories"_s.arg(number(big)),
            u"%1 ms"_s.arg(number(median(largeMs))),
            u"10 stories: %1 ms"_s.arg(number(median(smallMs))),
            number(median(largeMs) / median(smallMs), 2), u"≤ 1.5"_s);
    }
    if (wanted(u"republish"_s)) {
        // After a template or settings change every page changes: both
        // sides render the same 10,000 stories again over their own output
        // of the run before, with the site's address changed each time so
        // that every file is rewritten.
        const int count = 10'000;
        const QString library = publishedLibrary(cache, count);
        const QString hugo = QStandardPaths::findExecutable(u"hugo"_s);
        const QString hugoDir = hugo.isEmpty() ? QString() : hugoSite(library, work.path());
        const QString site = work.filePath(u"republished"_s);
        const QString hugoPublic = work.filePath(u"hugo-public"_s);
        const auto address = [](int run) { return u"https://news%1.example/"_s.arg(run % 2); };
        const auto ourRun = [&](int run) {
            const ProcessRun done =
                    runProcess(cli,
                               {u"--library"_s, library, u"republish"_s, u"--all"_s, u"--folder"_s,
                                site, u"--base-url"_s, address(run)});
            if (done.exitCode != 0)
                qFatal("copydesk-cli republish --all failed");
            return done.ms;
        };
        const auto hugoRun = [&](int run) {
            const ProcessRun done = runProcess(hugo,
                                               {u"--quiet"_s, u"-s"_s, hugoDir, u"-d"_s, hugoPublic,
                                                u"--baseURL"_s, address(run)});
            if (done.exitCode != 0)
                qFatal("hugo failed");
            return done.ms;
        };
        // Into empty folders first; what earlier figures left to write back to
        // the disk is written before each is timed.
        ::sync();
        const double ourFirst = ourRun(1);
        ::sync();
        const double hugoFirst = hugo.isEmpty() ? 0 : hugoRun(1);
        QList<double> ours;
        QList<double> unchanged;
        QList<double> theirs;
        const int republishRuns = std::max(3, runs);
        for (int i = 0; i < republishRuns; ++i) {
            ::sync();
            ours.append(ourRun(i));
            unchanged.append(ourRun(i));
            if (!hugo.isEmpty()) {
                ::sync();
                theirs.append(hugoRun(i));
            }
        }
        if (hugo.isEmpty()) {
            row(u"republish --all, %1 stories, every file changed"_s.arg(number(count)),
                u"%1 ms (%2 ms when nothing changed)"_s.arg(number(median(ours)),
                                                            number(median(unchanged))),
                u"hugo is not installed"_s, u"–"_s, u"≤ 1"_s);
        } else {
            row(u"republish --all, %1 stories and the feeds, every file changed"_s.arg(
                        number(count)),
                u"%1 ms (%2 ms when nothing changed; %3 ms into an empty folder)"_s.arg(
                        number(median(ours)), number(median(unchanged)), number(ourFirst)),
                u"hugo, same stories and a feed: %1 ms (%2 ms into an empty folder)"_s.arg(
                        number(median(theirs)), number(hugoFirst)),
                number(median(ours) / median(theirs), 2), u"≤ 1"_s);
        }
    }
    return 0;
}
