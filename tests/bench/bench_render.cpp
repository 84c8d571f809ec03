// SPDX-License-Identifier: MIT
// Prints how long the renderer takes, as medians, next to md4c's own HTML
// renderer on the same Markdown (the baseline, measured in the same run).
//   bench_render [runs]
#include "render/markdownrenderer.h"
#include "render/storypagerenderer.h"
#include "store/samplestory.h"
#include "story/storyjson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

#include <md4c-html.h>

#include <algorithm>
#include <cstdio>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

template<typename F>
double medianMs(int runs, F &&work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

void collect(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(text, qsizetype(size));
}

Story sampleStory()
{
    QFile file(u":/copydesk/sample/sample-story.json"_s);
    file.open(QIODevice::ReadOnly);
    return StoryJson::fromJson(QJsonDocument::fromJson(file.readAll()).object()).value();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 15;
    const Story sample = sampleStory();
    const unsigned flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOHTML |
            MD_FLAG_PERMISSIVEURLAUTOLINKS | MD_FLAG_PERMISSIVEEMAILAUTOLINKS;

    std::printf("runs=%d (medians)\n", runs);
    for (const int kib : {3, 1024, 5 * 1024}) {
        QString body;
        while (body.size() < kib * 1024)
            body += sample.body() + u"\n\n"_s;
        const QByteArray utf8 = body.toUtf8();
        const double ours = medianMs(runs, [&] { (void)renderMarkdown(body); });
        const double baseline = medianMs(runs, [&] {
            QByteArray out;
            md_html(utf8.constData(), MD_SIZE(utf8.size()), collect, &out, flags, 0);
            // The preview needs a QString, as ours returns.
            (void)QString::fromUtf8(out);
        });
        std::printf("markdown_%dKiB ours_ms=%.3f md4c_html_ms=%.3f ratio=%.2f\n", kib, ours,
                    baseline, ours / baseline);
    }

    PageOptions options;
    options.now = QDateTime::currentDateTimeUtc();
    options.shortUrlBase = u"https://copydesk.example/s/"_s;
    options.photoUrl = [](const Photo &photo) -> QString { return u"photos/"_s + photo.fileId; };
    const double page = medianMs(runs, [&] { (void)renderStoryPage(sample, options); });
    std::printf("story_page_sample_ms=%.3f\n", page);
    return 0;
}
