// SPDX-License-Identifier: MIT
// The crash harness: the real window types at a human pace into a story and
// is killed with SIGKILL at a random moment; the next start must offer the
// typing back, missing at most its last second. Runs COPYDESK_CRASH_RUNS
// times (20 in the test suite; the benchmark script asks for 200).
#include "bodyeditor.h"
#include "journalcontroller.h"
#include "recoverydialog.h"
#include "store/editjournal.h"
#include "storyeditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/testing.h"
#include "testwindow.h"

#include <algorithm>

#include <ctime>

#include <fcntl.h>
#include <unistd.h>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

/// How much typing the harness allows a crash to take.
constexpr qint64 allowedLossMs = 1000;
constexpr int maxKeys = 2000;

/// Milliseconds of the monotonic clock, which parent and child share.
qint64 monotonicMs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
}

/// The text a seed types, one character a key ('\n' is Return).
QString typedText(quint32 seed)
{
    QRandomGenerator random(seed);
    const QString letters = u"abcdefghijklmnopqrstuvwxyz     .,'"_s;
    QString text;
    for (int i = 0; i < maxKeys; ++i)
        text += random.bounded(50) == 0 ? u'\n' : letters.at(random.bounded(letters.size()));
    return text;
}

/**
 * The child: opens the window on library, starts a story and types its
 * seed's text into the body at a human pace, appending "<monotonic ms>
 * <keys typed>" to log after each key with an unbuffered write, so the log
 * is whole up to the moment of the kill.
 */
int type(const QString &library, const QString &log, quint32 seed)
{
    QStandardPaths::setTestModeEnabled(true);
    auto window = openTestWindow(library);
    if (!window)
        return 1;
    window->newStory();
    // The text is compared as typed: straight quotes stay straight.
    window->action(u"edit.smartQuotes"_s)->setChecked(false);
    QTest::keyClicks(window->editor()->headlineEdit(), u"Crash harness"_s);
    BodyEditor *body = window->editor()->bodyEditor();
    body->setFocus();
    const int fd = ::open(QFile::encodeName(log).constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (fd < 0)
        return 1;
    const QString text = typedText(seed);
    QRandomGenerator pace(seed ^ 0x5a5a5a5aU);
    ::write(STDOUT_FILENO, "READY\n", 6);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n')
            QTest::keyClick(body, Qt::Key_Return);
        else
            QTest::keyClick(body, c.toLatin1());
        const QByteArray line =
                QByteArray::number(monotonicMs()) + ' ' + QByteArray::number(i + 1) + '\n';
        if (::write(fd, line.constData(), size_t(line.size())) != line.size())
            return 1;
        // 40 to 240 words a minute, with a longer pause now and then.
        QTest::qWait(pace.bounded(100) < 4 ? 400 + int(pace.bounded(800))
                                           : 50 + int(pace.bounded(250)));
    }
    return 0;
}

struct Keystroke
{
    qint64 at = 0;
    int count = 0;
};

QList<Keystroke> readLog(const QString &path)
{
    QList<Keystroke> keys;
    const QList<QByteArray> lines = fileBytes(path).split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2)
            keys.append({parts.at(0).toLongLong(), parts.at(1).toInt()});
    }
    return keys;
}

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void killedWindowsOfferTheirTypingBack()
    {
        const int runs = qEnvironmentVariableIsSet("COPYDESK_CRASH_RUNS")
                ? qEnvironmentVariableIntValue("COPYDESK_CRASH_RUNS")
                : 20;
        QRandomGenerator random(
                qEnvironmentVariableIsSet("COPYDESK_CRASH_SEED")
                        ? quint32(qEnvironmentVariableIntValue("COPYDESK_CRASH_SEED"))
                        : QRandomGenerator::global()->generate());
        int offered = 0;
        QList<qint64> losses; // ms between the last recovered key and the kill
        QList<int> lostKeys;
        for (int run = 0; run < runs; ++run) {
            QTemporaryDir dir;
            const QString library = dir.filePath(u"library.sqlite"_s);
            const QString log = dir.filePath(u"keys.log"_s);
            QVERIFY(Library::open(library));
            const quint32 seed = random.generate();
            QProcess typist;
            typist.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            typist.start(QCoreApplication::applicationFilePath(),
                         {u"--type"_s, library, log, QString::number(seed)});
            QVERIFY2(typist.waitForReadyRead(30'000), "the window started typing");
            // Killed a while after the first key, at any moment of the typing.
            QTest::qWait(int(allowedLossMs) + 200 + int(random.bounded(3500)));
            const qint64 killedAt = monotonicMs();
            typist.kill();
            QVERIFY(typist.waitForFinished(10'000));
            QCOMPARE(typist.exitStatus(), QProcess::CrashExit);

            const QList<Keystroke> keys = readLog(log);
            QVERIFY2(!keys.isEmpty(), "keys were typed");
            int mustHave = 0; // typed more than the allowed loss before the kill
            for (const Keystroke &key : keys) {
                if (key.at <= killedAt - allowedLossMs)
                    mustHave = key.count;
            }
            const QString text = typedText(seed);
            const auto entries = EditJournal::entries(EditJournal::directoryFor(library));
            QVERIFY2(entries && entries->size() == 1,
                     qPrintable(u"run %1 (seed %2): the journal holds one story"_s.arg(run).arg(
                             seed)));
            QVERIFY(!entries->constFirst().inUse);

            // Started again: the window offers it, and Restore brings it back.
            auto window = openTestWindow(library);
            QVERIFY(window);
            const int offers = window->offerRecovery();
            QCOMPARE(offers, 1);
            ++offered;
            RecoveryDialog *dialog = window->journal()->recoveryDialog();
            dialog->restoreButton()->click();
            const QString recovered = window->document()->story().body();
            QVERIFY2(
                    text.startsWith(recovered),
                    qPrintable(u"run %1 (seed %2): what came back was typed"_s.arg(run).arg(seed)));
            QVERIFY2(recovered.size() >= mustHave,
                     qPrintable(u"run %1 (seed %2): %3 keys back, %4 were typed over a second "
                                u"before the kill"_s.arg(run)
                                        .arg(seed)
                                        .arg(recovered.size())
                                        .arg(mustHave)));
            QCOMPARE(window->document()->text(StoryDocument::TextField::Headline),
                     u"Crash harness"_s);
            // How long before the kill the first key that did not come back was typed.
            qint64 loss = 0;
            for (const Keystroke &key : keys) {
                if (key.count == recovered.size() + 1)
                    loss = killedAt - key.at;
            }
            losses.append(loss);
            lostKeys.append(int(keys.constLast().count - recovered.size()));
        }
        std::sort(losses.begin(), losses.end());
        std::sort(lostKeys.begin(), lostKeys.end());
        qInfo().noquote() << u"crash harness: %1 runs, recovery offered in %2 (%3%), typing "
                             u"lost: median %4 ms, worst %5 ms (%6 keys at most)"_s.arg(runs)
                                     .arg(offered)
                                     .arg(100.0 * offered / qMax(1, runs), 0, 'f', 1)
                                     .arg(losses.value(losses.size() / 2))
                                     .arg(losses.isEmpty() ? 0 : losses.constLast())
                                     .arg(lostKeys.isEmpty() ? 0 : lostKeys.constLast());
        QCOMPARE(offered, runs);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 5 && arguments.at(1) == u"--type")
        return type(arguments.at(2), arguments.at(3), arguments.at(4).toUInt());
    TestCrashRecovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashrecovery.moc"
