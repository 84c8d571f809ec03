// SPDX-License-Identifier: MIT
// Prints how long DocumentHighlighter takes on a 1 MB Markdown story and how long it holds
// the event loop at a time while it catches up after a fence is typed at the top.
#include "highlight/documenthighlighter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using Copydesk::DocumentHighlighter;

namespace {

constexpr int Runs = 5;
constexpr int WaitMs = 300'000;

QString markdownOfSize(qsizetype size)
{
    const QString section = u"## Council meets on the harbour budget\n"
                            "\n"
                            "The council *approved* the **harbour** budget on Tuesday, with "
                            "[the minutes](https://example.com/minutes) online.\n"
                            "- berths: `42`\n"
                            "- cranes: two, one ~~idle~~\n"
                            "\n"
                            "> The harbourmaster said the work would start in spring.\n"
                            "\n"
                            "    indented code line\n"
                            "\n"_s;
    QString text;
    text.reserve(size + section.size());
    while (text.size() < size)
        text += section;
    return text;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void print(const char *name, const QList<double> &values)
{
    std::printf("%s median=%.2f min=%.2f max=%.2f runs=%d\n", name, median(values),
                *std::min_element(values.begin(), values.end()), *std::max_element(values.begin(), values.end()),
                int(values.size()));
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QString text = markdownOfSize(1024 * 1024);

    QList<double> fullMs;
    QList<double> editMs;
    QList<double> longestSliceMs;
    QList<double> catchUpMs;
    for (int run = 0; run < Runs; ++run) {
        QTextDocument document;
        document.setPlainText(text);
        DocumentHighlighter highlighter;
        highlighter.setDefinition(u"Markdown"_s);
        QSignalSpy finished(&highlighter, &DocumentHighlighter::highlightingFinished);

        QElapsedTimer clock;
        clock.start();
        highlighter.setDocument(&document);
        if (!finished.wait(WaitMs))
            return 1;
        fullMs.append(double(clock.nsecsElapsed()) / 1e6);

        // A zero-interval timer ticks once per event loop turn: the longest gap between
        // ticks is the longest time the highlighter kept the loop (and the user) waiting.
        qint64 longestGapNs = 0;
        QElapsedTimer sinceTick;
        QTimer heartbeat;
        heartbeat.setInterval(0);
        QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&longestGapNs, &sinceTick] {
            longestGapNs = std::max(longestGapNs, sinceTick.nsecsElapsed());
            sinceTick.restart();
        });

        clock.restart();
        QTextCursor cursor(&document);
        cursor.insertText(u"```"_s);
        cursor.insertBlock();
        const qint64 editNs = clock.nsecsElapsed();
        sinceTick.start();
        heartbeat.start();
        if (!finished.wait(WaitMs))
            return 1;
        heartbeat.stop();
        catchUpMs.append(double(clock.nsecsElapsed()) / 1e6);
        editMs.append(double(editNs) / 1e6);
        longestSliceMs.append(double(std::max(editNs, longestGapNs)) / 1e6);
    }

    std::printf("document_chars=%lld blocks_per_run=%d\n", static_cast<long long>(text.size()),
                int(text.count(u'\n')) + 1);
    print("highlight_full_1MB_ms", fullMs);
    print("fence_edit_call_ms", editMs);
    print("longest_slice_ms", longestSliceMs);
    print("fence_catch_up_1MB_ms", catchUpMs);
    return 0;
}
