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
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void broken(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "wire importer invariant broken: %s\n%s\n", what,
                 detail.toUtf8().constData());
    std::abort();
}

/// The wire text of a body: the importer escapes with backslashes only.
QStringList wireParagraphs(const QString &body)
{
    QStringList paragraphs;
    for (const QString &markdown : body.split(u"\n\n"_s)) {
        QString text;
        for (qsizetype i = 0; i < markdown.size(); ++i) {
            // CommonMark escapes ASCII punctuation, which Unicode calls punctuation or symbols.
            if (markdown[i] == u'\\' && i + 1 < markdown.size() &&
                markdown[i + 1].unicode() < 0x80 &&
                (markdown[i + 1].isPunct() || markdown[i + 1].isSymbol()))
                ++i;
            text += markdown[i];
        }
        paragraphs.append(text);
    }
    return paragraphs;
}

/**
 * What a reader sees of rendered HTML, paragraph by paragraph, or nothing
 * when it holds markup other than paragraphs and links: wire copy is plain
 * text, so any other element means an escape was missed.
 */
std::optional<QStringList> readerParagraphs(const QString &html)
{
    QStringList paragraphs;
    QString text;
    bool inParagraph = false;
    qsizetype at = 0;
    while (at < html.size()) {
        if (html[at] == u'<') {
            const qsizetype end = html.indexOf(u'>', at);
            if (end < 0)
                return std::nullopt;
            const QStringView tag = QStringView(html).sliced(at + 1, end - at - 1);
            if (tag == u"p" && !inParagraph) {
                inParagraph = true;
            } else if (tag == u"/p" && inParagraph) {
                inParagraph = false;
                paragraphs.append(std::exchange(text, QString()));
            } else if (!inParagraph || (tag != u"/a" && !tag.startsWith(u"a href=\""))) {
                return std::nullopt;
            }
            at = end + 1;
        } else if (html[at] == u'&') {
            static constexpr std::pair<QStringView, QChar> references[] = {
                    {u"&amp;", u'&'},  {u"&lt;", u'<'},   {u"&gt;", u'>'},
                    {u"&quot;", u'"'}, {u"&#39;", u'\''},
            };
            bool known = false;
            for (const auto &[reference, character] : references) {
                if (QStringView(html).sliced(at).startsWith(reference)) {
                    text += character;
                    at += reference.size();
                    known = true;
                    break;
                }
            }
            if (!known)
                return std::nullopt; // the renderer escapes every & it writes
        } else if (inParagraph) {
            text += html[at++];
        } else if (html[at] == u'\n') {
            ++at;
        } else {
            return std::nullopt;
        }
    }
    if (inParagraph)
        return std::nullopt;
    return paragraphs;
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
        // The body renders to exactly the wire text: nothing more, nothing lost.
        const QString html = Copydesk::renderMarkdown(story.body());
        const std::optional<QStringList> seen = readerParagraphs(html);
        if (!seen || *seen != wireParagraphs(story.body()))
            broken("a body does not render as the wire text",
                   u"body:\n"_s + story.body() + u"\nHTML:\n"_s + html);
    }
    return 0;
}
