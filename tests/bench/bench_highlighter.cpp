// SPDX-License-Identifier: MIT
// Prints how long DocumentHighlighter takes on a 1 MB Markdown story and how long it holds
// the event loop at a time while it catches up after a fence is typed at the top.
#include "highlight/documenthighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

#include "support/plainlayout.h"

using namespace Qt::StringLiterals;
using Copydesk::DocumentHighlighter;

namespace {

constexpr int Runs = 7;
constexpr int RichRuns = 3;
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
                *std::min_element(values.begin(), values.end()),
                *std::max_element(values.begin(), values.end()), int(values.size()));
}

struct Figures
{
    QList<double> fullMs;
    QList<double> editMs;
    QList<double> longestSliceMs;
    QList<double> catchUpMs;
};

/// Highlights text in full, then types a fence and Enter at the top and lets the
/// highlighter catch up; with highlight false, only the typing is timed.
bool measure(const QString &text, bool plainLayout, bool highlight, Figures &figures)
{
    QTextDocument document;
    if (plainLayout)
        document.setDocumentLayout(new PlainLayout(&document));
    document.setPlainText(text);
    document.documentLayout();
    DocumentHighlighter highlighter;
    highlighter.setDefinition(u"Markdown"_s);
    QSignalSpy finished(&highlighter, &DocumentHighlighter::highlightingFinished);

    QElapsedTimer clock;
    if (highlight) {
        clock.start();
        highlighter.setDocument(&document);
        if (!finished.wait(WaitMs))
            return false;
        figures.fullMs.append(double(clock.nsecsElapsed()) / 1e6);
    }

    // A zero-interval timer ticks once per event loop turn: the longest gap between ticks
    // is the longest time the highlighter kept the loop, and so the user, waiting.
    qint64 longestGapNs = 0;
    QElapsedTimer sinceTick;
    QTimer heartbeat;
    heartbeat.setInterval(0);
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&longestGapNs, &sinceTick] {
        longestGapNs = std::max(longestGapNs, sinceTick.nsecsElapsed());
        sinceTick.restart();
    });

    // Each keystroke is an edit of its own, with event loop turns in between as in typing.
    // A keystroke's call is one stretch of blocking; the heartbeat times the slices.
    QElapsedTimer total;
    total.start();
    qint64 editNs = 0;
    QTextCursor cursor(&document);
    const auto keystroke = [&clock, &editNs, &sinceTick](const std::function<void()> &press) {
        clock.restart();
        press();
        editNs = std::max(editNs, clock.nsecsElapsed());
        sinceTick.restart();
    };
    sinceTick.start();
    if (highlight)
        heartbeat.start();
    for (int i = 0; i < 3; ++i) {
        keystroke([&cursor] { cursor.insertText(u"`"_s); });
        QCoreApplication::processEvents();
    }
    keystroke([&cursor] { cursor.insertBlock(); });
    figures.editMs.append(double(editNs) / 1e6);
    if (!highlight)
        return true;
    if (!finished.wait(WaitMs))
        return false;
    heartbeat.stop();
    figures.catchUpMs.append(double(total.nsecsElapsed()) / 1e6);
    figures.longestSliceMs.append(double(std::max(editNs, longestGapNs)) / 1e6);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QString text = markdownOfSize(1024 * 1024);
    std::printf("document_chars=%lld blocks=%d\n", static_cast<long long>(text.size()),
                int(text.count(u'\n')) + 1);

    // As in the editor: a plain-text layout, which relays out only what is painted.
    Figures plain;
    for (int run = 0; run < Runs; ++run) {
        if (!measure(text, true, true, plain))
            return 1;
    }
    print("highlight_full_1MB_ms", plain.fullMs);
    print("longest_slice_ms", plain.longestSliceMs);
    print("keystroke_call_ms", plain.editMs);
    print("fence_catch_up_1MB_ms", plain.catchUpMs);

    // With QTextDocument's default rich-text layout, which re-walks the whole document on
    // every change; the typing alone, unhighlighted, shows that layout's own share.
    Figures rich;
    Figures richTypingOnly;
    for (int run = 0; run < RichRuns; ++run) {
        if (!measure(text, false, true, rich) || !measure(text, false, false, richTypingOnly))
            return 1;
    }
    print("richtext_layout_highlight_full_1MB_ms", rich.fullMs);
    print("richtext_layout_longest_slice_ms", rich.longestSliceMs);
    print("richtext_layout_keystroke_call_ms", rich.editMs);
    print("richtext_layout_keystroke_call_unhighlighted_ms", richTypingOnly.editMs);
    print("richtext_layout_fence_catch_up_1MB_ms", rich.catchUpMs);
    return 0;
}
