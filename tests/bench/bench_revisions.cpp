// SPDX-License-Identifier: MIT
// What a long story's history costs on disk: a 1.1 MB story saved 259 times
// with an edit each time, as a desk reworks a long read. Prints the library's
// size with packed versions against the size of a whole copy per save (the
// baseline, measured in the same run), and the median time of a save.
//
//   build/tests/bench/bench_revisions [--saves N] [--runs N]
#include "store/library.h"
#include "story/storyjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

struct Figures
{
    qint64 libraryBytes = 0;
    qint64 wholeCopyBytes = 0;
    double medianSaveMs = 0;
};

QString longBody()
{
    QString body;
    int i = 0;
    while (body.size() < 1'100'000) {
        body += u"Paragraph %1: the council met on Tuesday to debate the harbour’s future, and "
                u"members of the public filled the gallery to hear the plans read out.\n\n"_s.arg(
                        ++i);
    }
    return body;
}

Figures run(int saves, quint32 seed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"revisions.sqlite"_s);
    Figures figures;
    QList<double> times;
    {
        auto opened = Library::open(path);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
            return figures;
        }
        StoryStore &store = *opened->store;
        QRandomGenerator random(seed);
        Story story = Story::create();
        story.setHeadline(u"A long read, reworked all day"_s);
        QString body = longBody();
        for (int i = 0; i < saves; ++i) {
            const qsizetype at = random.bounded(int(body.size()));
            body.insert(at, u" (edit %1) "_s.arg(i));
            story.setBody(body);
            QElapsedTimer timer;
            timer.start();
            auto stored = store.saveStory(story);
            times.append(double(timer.nsecsElapsed()) / 1e6);
            if (!stored) {
                std::fprintf(stderr, "%s\n", qPrintable(stored.errorMessage()));
                return figures;
            }
            story = *stored;
            figures.wholeCopyBytes +=
                    QJsonDocument(StoryJson::toJson(story)).toJson(QJsonDocument::Compact).size();
        }
    }
    // Closing the library folds its write-ahead log into the file.
    figures.libraryBytes = QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
    std::sort(times.begin(), times.end());
    figures.medianSaveMs = times.value(times.size() / 2);
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    const QCommandLineOption savesOption(u"saves"_s, u"Saves of the story."_s, u"n"_s, u"259"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs; medians are printed."_s, u"n"_s, u"3"_s);
    parser.addOptions({savesOption, runsOption});
    parser.addHelpOption();
    parser.process(app);
    const int saves = parser.value(savesOption).toInt();
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QList<qint64> libraries;
    QList<qint64> copies;
    QList<double> saveTimes;
    for (int i = 0; i < runs; ++i) {
        const Figures figures = run(saves, 1000 + quint32(i));
        libraries.append(figures.libraryBytes);
        copies.append(figures.wholeCopyBytes);
        saveTimes.append(figures.medianSaveMs);
    }
    std::sort(libraries.begin(), libraries.end());
    std::sort(copies.begin(), copies.end());
    std::sort(saveTimes.begin(), saveTimes.end());
    const double library = double(libraries.at(runs / 2)) / (1024.0 * 1024.0);
    const double copy = double(copies.at(runs / 2)) / (1024.0 * 1024.0);
    std::printf("A 1.1 MB story saved %d times, an edit each time (median of %d runs):\n", saves,
                runs);
    std::printf("  library with packed versions   %8.1f MB\n", library);
    std::printf("  a whole copy per save          %8.1f MB   (%.0fx the packed library)\n", copy,
                copy / library);
    std::printf("  save, median                   %8.1f ms\n", saveTimes.at(runs / 2));
    return 0;
}
