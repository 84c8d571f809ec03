// SPDX-License-Identifier: MIT
// libFuzzer target for the wire-page reader (kimageformats' autotests/ossfuzz
// style). Built with COPYDESK_BUILD_FUZZERS it is a fuzzer; otherwise
// replay_main.cpp runs the seed corpus through it as an ordinary test.
#include "render/markdownrenderer.h"
#include "wire/wireimporter.h"

#include <QByteArray>
#include <QDateTime>
#include <QLoggingCategory>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void broken(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "wire importer invariant broken: %s\n%s\n", what,
                 detail.toUtf8().constData());
    std::abort();
}

/**
 * Whether the rendered body is only paragraphs and links: wire copy is plain
 * text, so any other markup means an escape was missed.
 */
bool onlyParagraphsAndLinks(const QString &html)
{
    qsizetype at = 0;
    while ((at = html.indexOf(u'<', at)) >= 0) {
        const qsizetype end = html.indexOf(u'>', at);
        if (end < 0)
            return false;
        const QStringView tag = QStringView(html).sliced(at + 1, end - at - 1);
        if (tag != u"p" && tag != u"/p" && tag != u"/a" && !tag.startsWith(u"a href=\""))
            return false;
        at = end + 1;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Log lines for odd input would only slow the fuzzer down.
    static const bool quiet = [] {
        QLoggingCategory::setFilterRules(u"copydesk.*=false"_s);
        return true;
    }();
    Q_UNUSED(quiet)
    static const QTimeZone zone("Europe/Malta");
    static const QDateTime reference(QDate(2026, 11, 24), QTime(9, 30), QTimeZone::utc());

    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Copydesk::WireOptions options;
    options.sourceName = u"fuzz"_s;
    options.referenceTime = reference;
    options.timeZone = zone;
    const Copydesk::WireParseResult result = Copydesk::parseWirePage(bytes, options);

    // Every page gives either stories or the problems that stop it.
    if (result.stories.isEmpty() == result.problems.isEmpty())
        broken("a page must give stories or problems, not both or neither");
    if (result.problems.size() > 50)
        broken("more than 50 problems");
    for (const Copydesk::WireProblem &problem : result.problems) {
        if (problem.line < 0 || problem.message.isEmpty() || problem.sourceName != u"fuzz")
            broken("a problem without a line, a message or its source");
    }
    for (const Copydesk::Story &story : result.stories) {
        if (story.headline().isEmpty() || story.id().isNull() || !story.updatedAt().isValid())
            broken("a story without headline, id or updated time");
        if (story.createdAt() != reference)
            broken("a story not created at the reference time");
        const QString html = Copydesk::renderMarkdown(story.body());
        if (!onlyParagraphsAndLinks(html))
            broken("a body renders with markup the wire text did not have",
                   u"body:\n"_s + story.body() + u"\nHTML:\n"_s + html);
    }
    return 0;
}
