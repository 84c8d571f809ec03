// SPDX-License-Identifier: MIT
// Bodies that are hard on Qt's rich text, pasted into the window: how long
// the paste itself takes, how long until the preview shows the page, and the
// longest the window went without handling an event in between (a timer
// ticking every 5 ms on the UI thread measures it). A frozen window shows
// as a long gap.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_hostilebodies [--wait SECONDS] [--case TEXT]
#include "bodyeditor.h"
#include "mainwindow.h"
#include "previewpane.h"
#include "store/library.h"
#include "story/storydocument.h"
#include "storyeditor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

struct Case
{
    const char *name;
    QString body;
};

QList<Case> cases()
{
    QString list;
    for (int i = 1; i <= 30'000; ++i)
        list += u"- item %1 of a long list\n"_s.arg(i);
    QString nested;
    for (int i = 0; i < 2'000; ++i)
        nested += QString(2 * (i % 200), u' ') + u"- a nested item\n"_s;
    QString table = u"| a | b |\n|---|---|\n"_s;
    for (int i = 0; i < 5'000; ++i)
        table += u"| %1 | cell |\n"_s.arg(i);
    QString words;
    while (words.size() < 5'000'000)
        words += u"A paragraph of wire copy that keeps on going for a while. "_s.repeated(10) +
                u"\n\n"_s;
    return {
            {"10,000 '>' (quotes nested 10,000 deep)", QString(10'000, u'>')},
            {"30,000-item list", list},
            {"2,000 items nested up to 200 deep", nested},
            {"5,000-row table", table},
            {"100,000 '*'", QString(100'000, u'*')},
            {"5 MB of paragraphs", words},
    };
}

struct Figures
{
    qint64 pasteMs = 0;
    qint64 previewMs = -1;
    qint64 worstGapMs = 0;
};

Figures pasteInto(MainWindow &window, const QString &body, int waitSeconds)
{
    window.newStory();
    QTest::qWait(300);
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    Figures figures;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, &window, [&] {
        const qint64 now = clock.elapsed();
        figures.worstGapMs = std::max(figures.worstGapMs, now - last);
        last = now;
    });
    const QMetaObject::Connection shown =
            QObject::connect(window.preview(), &PreviewPane::rendered, &window, [&] {
                if (window.preview()->html().contains(u"class=\"body\""_s) && figures.previewMs < 0)
                    figures.previewMs = clock.elapsed();
            });
    tick.start();
    QTimer::singleShot(50, &window, [&] {
        const qint64 start = clock.elapsed();
        window.editor()->bodyEditor()->setFocus();
        window.editor()->bodyEditor()->insertPlainText(body);
        figures.pasteMs = clock.elapsed() - start;
        last = clock.elapsed();
    });
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < waitSeconds * 1000 &&
           (figures.previewMs < 0 || waited.elapsed() < 3000))
        QTest::qWait(50);
    QObject::disconnect(shown);
    window.document()->undoStack()->setClean();
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    const QCommandLineOption waitOption(u"wait"_s, u"Longest wait for a preview, seconds."_s,
                                        u"seconds"_s, u"60"_s);
    parser.addOption(waitOption);
    const QCommandLineOption caseOption(u"case"_s, u"Only the case whose name contains this."_s,
                                        u"text"_s);
    parser.addOption(caseOption);
    parser.addHelpOption();
    parser.process(app);
    const int wait = parser.value(waitOption).toInt();

    QTemporaryDir dir;
    auto opened = Library::open(dir.filePath(u"hostile.sqlite"_s));
    MainWindow window(std::move(opened->store));
    window.resize(1400, 900);
    window.show();
    std::printf("Hostile bodies pasted into the window (paste on the UI thread; preview shown; "
                "longest the window did not answer events):\n");
    for (const Case &test : cases()) {
        if (parser.isSet(caseOption) &&
            !QString::fromUtf8(test.name).contains(parser.value(caseOption)))
            continue;
        const Figures figures = pasteInto(window, test.body, wait);
        const QString preview = figures.previewMs < 0 ? u"not within %1 s"_s.arg(wait)
                                                      : u"%1 ms"_s.arg(figures.previewMs);
        std::printf("  %-42s paste %6lld ms   preview %-14s longest gap %6lld ms\n", test.name,
                    static_cast<long long>(figures.pasteMs), qPrintable(preview),
                    static_cast<long long>(figures.worstGapMs));
        std::fflush(stdout);
    }
    return 0;
}
