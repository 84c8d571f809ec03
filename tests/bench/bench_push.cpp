// SPDX-License-Identifier: MIT
// Prints how long pushing one 140 KB story to a loopback endpoint takes, as
// medians, next to curl posting the same bytes in the same run (the
// baseline): curl as a whole process, and curl's own time for the transfer.
//   bench_push [runs]
// Starts tests/support/push_endpoint.py on 127.0.0.1 (python3 and curl needed).
#include "publish/pushdestination.h"
#include "store/destinationconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

const QString secretVariable = u"COPYDESK_BENCH_PUSH_SECRET"_s;
const QString secret = u"bench-secret"_s;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

/// A ninjs document of about size bytes: a long body of ordinary paragraphs.
QByteArray ninjsOfSize(qsizetype size)
{
    QByteArray body;
    int paragraph = 0;
    while (body.size() < size - 400)
        body += "<p>Paragraph " + QByteArray::number(++paragraph) +
                " of the council's budget story, with figures, quotes and the reaction of "
                "the opposition benches after the vote.</p>";
    return R"({"uri": "urn:copydesk:story:bench", "type": "text", "version": "2", )"
           R"("pubstatus": "usable", "headlines": [{"role": "main", "value": "Bench"}], )"
           R"("bodies": [{"role": "main", "contentType": "text/html", "value": ")" +
            body + "\"}]}";
}

class NoPictures final : public PictureSource
{
public:
    Result<QByteArray> bytes(const EditionPicture &) override { return QByteArray(); }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(5, QString::fromLocal8Bit(argv[1]).toInt()) : 50;
    qputenv(secretVariable.toLocal8Bit().constData(), secret.toUtf8());
    QTemporaryDir dir;
    const QString script =
            QStringLiteral(COPYDESK_SOURCE_DIR) + u"/tests/support/push_endpoint.py"_s;
    QProcess endpoint;
    endpoint.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    endpoint.start(u"/usr/bin/python3"_s,
                   {script, u"--port-file"_s, dir.filePath(u"port"_s), u"--log"_s,
                    dir.filePath(u"log"_s), u"--secret-env"_s, secretVariable});
    for (int i = 0; i < 100 && !QFile::exists(dir.filePath(u"port"_s)); ++i)
        QThread::msleep(50);
    QFile portFile(dir.filePath(u"port"_s));
    if (!portFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "The endpoint did not start.\n");
        return 1;
    }
    const QString url = u"http://127.0.0.1:%1/push"_s.arg(QString::fromLatin1(portFile.readAll()));

    const QByteArray ninjs = ninjsOfSize(140 * 1024);
    const QString bodyFile = dir.filePath(u"ninjs.json"_s);
    {
        QFile file(bodyFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(ninjs) != ninjs.size())
            return 1;
    }

    DestinationConfig config;
    config.name = u"bench"_s;
    config.kind = DestinationKind::Push;
    config.target = url;
    config.secretEnv = secretVariable;
    PushDestination destination(config, Site(), secret);
    Story story = Story::create(QDateTime::currentDateTimeUtc());
    story.setHeadline(u"Bench"_s);
    NoPictures pictures;

    QList<double> copydesk;
    QList<double> curlProcess;
    QList<double> curlTransfer;
    // One warm-up each; then the two alternate, so drift on a shared machine hits both.
    for (int i = -1; i < runs; ++i) {
        Story version = story;
        version.setVersion(i + 2);
        Edition edition;
        edition.story = version;
        edition.storyFiles.append({u"bench.json"_s, u"application/json"_s, ninjs});
        QElapsedTimer timer;
        timer.start();
        const DeliveryReport report =
                destination.deliver([&]() -> Result<Edition> { return edition; }, pictures, {});
        const double ours = double(timer.nsecsElapsed()) / 1e6;
        if (!report.ok()) {
            std::fprintf(stderr, "Push failed: %s\n", qPrintable(report.error->message));
            return 1;
        }

        const QByteArray key = "bench:" + QByteArray::number(i + 1000);
        QProcess curl;
        timer.restart();
        curl.start(u"curl"_s,
                   {u"-s"_s, u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{time_total}"_s, u"-X"_s,
                    u"POST"_s, u"-H"_s, u"Content-Type: application/json"_s, u"-H"_s,
                    u"Idempotency-Key: "_s + QString::fromLatin1(key), u"-H"_s,
                    u"X-Copydesk-Signature: "_s +
                            QString::fromLatin1(PushDestination::signature(ninjs, secret)),
                    u"--data-binary"_s, u'@' + bodyFile, url});
        if (!curl.waitForFinished(30000) || curl.exitCode() != 0) {
            std::fprintf(stderr, "curl failed: %s\n", curl.readAllStandardError().constData());
            return 1;
        }
        const double process = double(timer.nsecsElapsed()) / 1e6;
        const double transfer = curl.readAllStandardOutput().toDouble() * 1000.0;
        if (i < 0)
            continue;
        copydesk.append(ours);
        curlProcess.append(process);
        curlTransfer.append(transfer);
    }
    endpoint.kill();
    endpoint.waitForFinished(5000);

    const double ours = median(copydesk);
    const double process = median(curlProcess);
    const double transfer = median(curlTransfer);
    std::printf("Push of a %lld KB ninjs to a loopback endpoint, median of %d\n",
                static_cast<long long>(ninjs.size() / 1024), runs);
    std::printf("  copydesk (PushDestination)                  %8.2f ms\n", ours);
    std::printf("  curl, whole process                         %8.2f ms  (copydesk %.2fx)\n",
                process, ours / process);
    std::printf("  curl, its own time_total                    %8.2f ms  (copydesk %.2fx)\n",
                transfer, ours / transfer);
    return 0;
}
