// SPDX-License-Identifier: MIT
// Typing into a 20,000-word story at a human pace: the time from a key's
// arrival to the repaint that shows it, in the window with the edit journal
// on and off, and in a bare QPlainTextEdit holding the same text (the
// baseline, in the same run). Keys arrive on a timer, so a key that comes
// while the house-style check or the preview is busy waits as it would for
// a person. Also prints the journal's own cost on the UI thread.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_typing [--keys N]
#include "bodyeditor.h"
#include "journalcontroller.h"
#include "mainwindow.h"
#include "store/library.h"
#include "storyeditor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

QString twentyThousandWords()
{
    QString body;
    int words = 0;
    int paragraph = 0;
    while (words < 20'000) {
        body += u"Paragraph %1: the council met on Tuesday to debate the harbour’s future, and "
                u"members of the public filled the gallery to hear the plans read out in full.\n\n"_s
                        .arg(++paragraph);
        words += 28;
    }
    return body;
}

/// Measures arrival-to-repaint of keys typed into editor's viewport.
class Typist : public QObject
{
public:
    Typist(QWidget *editor, QWidget *viewport, int keys, quint32 seed)
        : m_editor(editor)
        , m_viewport(viewport)
        , m_keys(keys)
        , m_random(seed)
    {
        viewport->installEventFilter(this);
    }

    QList<double> run()
    {
        m_clock.start();
        scheduleNext();
        // A real event loop, as the application runs: QTest::qWait() sleeps
        // 10 ms at a time between passes, which bunches timers that fell due
        // meanwhile in front of the key.
        m_loop.exec();
        m_viewport->removeEventFilter(this);
        return m_latencies;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_viewport && event->type() == QEvent::Paint && m_waiting) {
            m_latencies.append(double(m_clock.nsecsElapsed() - m_arrived) / 1e6);
            m_waiting = false;
            if (m_latencies.size() < m_keys)
                scheduleNext();
            else
                m_loop.quit();
        }
        return false;
    }

private:
    void scheduleNext()
    {
        // 40 to 240 words a minute, now and then a pause to think.
        const int pause = m_random.bounded(100) < 5 ? 600 + int(m_random.bounded(900))
                                                    : 50 + int(m_random.bounded(250));
        QTimer::singleShot(pause, m_editor, [this] {
            m_arrived = m_clock.nsecsElapsed();
            m_waiting = true;
            const QChar c = u"etaoin shrdlu"_s.at(m_random.bounded(13));
            // Posted, not sent: it waits behind whatever the window is doing.
            QCoreApplication::postEvent(
                    m_editor, new QKeyEvent(QEvent::KeyPress, 0, Qt::NoModifier, QString(c)));
            QCoreApplication::postEvent(
                    m_editor, new QKeyEvent(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c)));
        });
    }

    QWidget *m_editor;
    QWidget *m_viewport;
    int m_keys;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
    qint64 m_arrived = 0;
    bool m_waiting = false;
    QList<double> m_latencies;
    QEventLoop m_loop;
};

struct Percentiles
{
    double p50 = 0;
    double p99 = 0;
};

Percentiles percentiles(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return {};
    return {values.at(values.size() / 2),
            values.at(qMin(values.size() - 1, qsizetype(values.size() * 0.99)))};
}

Percentiles typeIntoWindow(const QString &library, const QUuid &id, bool journal, int keys)
{
    auto opened = Library::open(library);
    MainWindow window(std::move(opened->store));
    window.resize(1400, 900);
    window.show();
    window.openStory(id);
    window.journal()->setRecording(journal);
    BodyEditor *body = window.editor()->bodyEditor();
    body->setFocus();
    QTextCursor cursor = body->textCursor();
    cursor.setPosition(body->document()->characterCount() / 2);
    body->setTextCursor(cursor);
    QTest::qWait(500);
    Typist typist(body, body->viewport(), keys, journal ? 7 : 11);
    const Percentiles figures = percentiles(typist.run());
    // Typed only to be measured: nothing to ask about when the window goes.
    window.document()->undoStack()->setClean();
    return figures;
}

Percentiles typeIntoBareEditor(const QString &text, int keys)
{
    QPlainTextEdit editor;
    editor.resize(660, 800);
    editor.setPlainText(text);
    editor.show();
    editor.setFocus();
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(editor.document()->characterCount() / 2);
    editor.setTextCursor(cursor);
    QTest::qWait(500);
    Typist typist(&editor, editor.viewport(), keys, 13);
    return percentiles(typist.run());
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    const QCommandLineOption keysOption(u"keys"_s, u"Keys typed in each editor."_s, u"n"_s,
                                        u"400"_s);
    parser.addOption(keysOption);
    parser.addHelpOption();
    parser.process(app);
    const int keys = parser.value(keysOption).toInt();

    QTemporaryDir dir;
    const QString library = dir.filePath(u"typing.sqlite"_s);
    const QString body = twentyThousandWords();
    QUuid id;
    {
        auto opened = Library::open(library);
        Story story = Story::create();
        story.setHeadline(u"A long read typed into at a human pace"_s);
        story.setHighlights({u"Twenty thousand words"_s, u"Typed in the middle"_s});
        story.setDateline(u"VALLETTA"_s);
        story.setBody(body);
        id = opened->store->saveStory(story)->id();
    }

    // The journal's own UI-thread work: one snapshot of the story a record.
    double snapshotMs = 0;
    {
        StoryDocument document(*Library::open(library)->store->loadStory(id));
        QList<double> times;
        for (int i = 0; i < 50; ++i) {
            QElapsedTimer timer;
            timer.start();
            const Story snapshot = document.story();
            times.append(double(timer.nsecsElapsed()) / 1e6);
            Q_UNUSED(snapshot);
        }
        snapshotMs = percentiles(times).p50;
    }

    const Percentiles bare = typeIntoBareEditor(body, keys);
    const Percentiles off = typeIntoWindow(library, id, false, keys);
    const Percentiles on = typeIntoWindow(library, id, true, keys);
    std::printf("Typing into a 20,000-word story at a human pace, %d keys each, key arrival to "
                "repaint:\n",
                keys);
    std::printf("  bare QPlainTextEdit (baseline)   p50 %6.2f ms   p99 %6.2f ms\n", bare.p50,
                bare.p99);
    std::printf("  window, journal off              p50 %6.2f ms   p99 %6.2f ms   (%.2fx, %.2fx)\n",
                off.p50, off.p99, off.p50 / bare.p50, off.p99 / bare.p99);
    std::printf("  window, journal on               p50 %6.2f ms   p99 %6.2f ms   (%.2fx, %.2fx)\n",
                on.p50, on.p99, on.p50 / bare.p50, on.p99 / bare.p99);
    std::printf("  journal's UI-thread work per record (a story snapshot, at most one per %d "
                "ms): %.2f ms\n",
                JournalController::recordDelayMs, snapshotMs);
    return 0;
}
