// SPDX-License-Identifier: MIT
#include "render/markdownrenderer.h"

#include "core/logging.h"
#include "render/htmlentities.h"
#include "render/htmlescape.h"

#include <QVarLengthArray>

#include <md4c.h>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

constexpr unsigned parserFlags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOHTML |
        MD_FLAG_PERMISSIVEURLAUTOLINKS | MD_FLAG_PERMISSIVEEMAILAUTOLINKS |
        MD_FLAG_PERMISSIVEWWWAUTOLINKS;

// What enter_span emitted for a link or image, so that leave_span closes it.
enum class OpenedSpan : quint8 { Nothing, Link, ImageLink };

// All parsing state lives here, one per call, which is what keeps
// renderMarkdown() reentrant.
class HtmlWriter
{
public:
    HtmlWriter(const MarkdownOptions &options, qsizetype expectedSize)
        : m_options(options)
    {
        m_out.reserve(expectedSize);
    }

    QByteArray takeHtml() { return std::move(m_out); }

    void enterBlock(MD_BLOCKTYPE type, const void *detail);
    void leaveBlock(MD_BLOCKTYPE type, const void *detail);
    void enterSpan(MD_SPANTYPE type, const void *detail);
    void leaveSpan(MD_SPANTYPE type);
    void appendText(MD_TEXTTYPE type, QByteArrayView text);

private:
    int headingLevel(const void *detail) const;
    void appendCellStart(const char *tag, const void *detail);
    void appendSimpleSpan(MD_SPANTYPE type, bool closing);
    static QByteArray attributeText(const MD_ATTRIBUTE &attribute);

    MarkdownOptions m_options;
    QByteArray m_out;
    QVarLengthArray<OpenedSpan, 4> m_openedSpans;
    int m_linkDepth = 0;  // <a> elements open in the output
    int m_imageDepth = 0; // images whose alt text is being written
    qsizetype m_imageTextStart = 0;
    QByteArray m_imageHref;
};

int HtmlWriter::headingLevel(const void *detail) const
{
    const auto *heading = static_cast<const MD_BLOCK_H_DETAIL *>(detail);
    return std::clamp(int(heading->level) + m_options.headingLevelShift, 1, 6);
}

void HtmlWriter::appendCellStart(const char *tag, const void *detail)
{
    m_out.append('<');
    m_out.append(tag);
    switch (static_cast<const MD_BLOCK_TD_DETAIL *>(detail)->align) {
    case MD_ALIGN_LEFT:
        m_out.append(" style=\"text-align: left\"");
        break;
    case MD_ALIGN_CENTER:
        m_out.append(" style=\"text-align: center\"");
        break;
    case MD_ALIGN_RIGHT:
        m_out.append(" style=\"text-align: right\"");
        break;
    case MD_ALIGN_DEFAULT:
        break;
    }
    m_out.append('>');
}

void HtmlWriter::enterBlock(MD_BLOCKTYPE type, const void *detail)
{
    switch (type) {
    case MD_BLOCK_DOC:
    case MD_BLOCK_HTML:
        break;
    case MD_BLOCK_QUOTE:
        m_out.append("<blockquote>\n");
        break;
    case MD_BLOCK_UL:
        m_out.append("<ul>\n");
        break;
    case MD_BLOCK_OL: {
        const unsigned start = static_cast<const MD_BLOCK_OL_DETAIL *>(detail)->start;
        if (start == 1) {
            m_out.append("<ol>\n");
        } else {
            m_out.append("<ol start=\"");
            m_out.append(QByteArray::number(start));
            m_out.append("\">\n");
        }
        break;
    }
    case MD_BLOCK_LI:
        m_out.append("<li>");
        break;
    case MD_BLOCK_HR:
        m_out.append("<hr>\n");
        break;
    case MD_BLOCK_H:
        m_out.append("<h");
        m_out.append(char('0' + headingLevel(detail)));
        m_out.append('>');
        break;
    case MD_BLOCK_CODE:
        m_out.append("<pre><code>");
        break;
    case MD_BLOCK_P:
        m_out.append("<p>");
        break;
    case MD_BLOCK_TABLE:
        m_out.append("<table>\n");
        break;
    case MD_BLOCK_THEAD:
        m_out.append("<thead>\n");
        break;
    case MD_BLOCK_TBODY:
        m_out.append("<tbody>\n");
        break;
    case MD_BLOCK_TR:
        m_out.append("<tr>\n");
        break;
    case MD_BLOCK_TH:
        appendCellStart("th", detail);
        break;
    case MD_BLOCK_TD:
        appendCellStart("td", detail);
        break;
    }
}

void HtmlWriter::leaveBlock(MD_BLOCKTYPE type, const void *detail)
{
    switch (type) {
    case MD_BLOCK_DOC:
    case MD_BLOCK_HTML:
    case MD_BLOCK_HR:
        break;
    case MD_BLOCK_QUOTE:
        m_out.append("</blockquote>\n");
        break;
    case MD_BLOCK_UL:
        m_out.append("</ul>\n");
        break;
    case MD_BLOCK_OL:
        m_out.append("</ol>\n");
        break;
    case MD_BLOCK_LI:
        m_out.append("</li>\n");
        break;
    case MD_BLOCK_H:
        m_out.append("</h");
        m_out.append(char('0' + headingLevel(detail)));
        m_out.append(">\n");
        break;
    case MD_BLOCK_CODE:
        m_out.append("</code></pre>\n");
        break;
    case MD_BLOCK_P:
        m_out.append("</p>\n");
        break;
    case MD_BLOCK_TABLE:
        m_out.append("</table>\n");
        break;
    case MD_BLOCK_THEAD:
        m_out.append("</thead>\n");
        break;
    case MD_BLOCK_TBODY:
        m_out.append("</tbody>\n");
        break;
    case MD_BLOCK_TR:
        m_out.append("</tr>\n");
        break;
    case MD_BLOCK_TH:
        m_out.append("</th>\n");
        break;
    case MD_BLOCK_TD:
        m_out.append("</td>\n");
        break;
    }
}

QByteArray HtmlWriter::attributeText(const MD_ATTRIBUTE &attribute)
{
    // The parser has resolved backslash escapes but leaves character
    // references to us; decoding them here is what lets the URL check see
    // "&#106;avascript:" as the "javascript:" a browser would.
    QByteArray text;
    text.reserve(attribute.size);
    for (int i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
        const MD_OFFSET offset = attribute.substr_offsets[i];
        const QByteArrayView part(attribute.text + offset,
                                  qsizetype(attribute.substr_offsets[i + 1] - offset));
        switch (attribute.substr_types[i]) {
        case MD_TEXT_NULLCHAR:
            text.append("\xEF\xBF\xBD");
            break;
        case MD_TEXT_ENTITY: {
            const QByteArray decoded = decodeCharacterReference(part);
            text.append(decoded.isEmpty() ? part : QByteArrayView(decoded));
            break;
        }
        default:
            text.append(part);
        }
    }
    return text;
}

void HtmlWriter::appendSimpleSpan(MD_SPANTYPE type, bool closing)
{
    // Alt text becomes plain link text: markup inside it is dropped, as an
    // img alt attribute would drop it.
    if (m_imageDepth > 0)
        return;
    const char *tag = nullptr;
    switch (type) {
    case MD_SPAN_EM:
        tag = "em";
        break;
    case MD_SPAN_STRONG:
        tag = "strong";
        break;
    case MD_SPAN_CODE:
        tag = "code";
        break;
    case MD_SPAN_DEL:
        tag = "s";
        break;
    case MD_SPAN_U:
        tag = "u";
        break;
    default:
        return;
    }
    m_out.append(closing ? "</" : "<");
    m_out.append(tag);
    m_out.append('>');
}

void HtmlWriter::enterSpan(MD_SPANTYPE type, const void *detail)
{
    if (type == MD_SPAN_A) {
        const auto *link = static_cast<const MD_SPAN_A_DETAIL *>(detail);
        std::optional<QByteArray> href;
        if (m_linkDepth == 0 && m_imageDepth == 0)
            href = safeUrlAttribute(QByteArrayView(attributeText(link->href)), UrlPolicy::Link);
        if (!href) {
            m_openedSpans.append(OpenedSpan::Nothing);
            return;
        }
        m_out.append("<a href=\"");
        m_out.append(*href);
        const QByteArray title = attributeText(link->title);
        if (!title.isEmpty()) {
            m_out.append("\" title=\"");
            appendEscapedHtml(m_out, title);
        }
        m_out.append("\">");
        m_openedSpans.append(OpenedSpan::Link);
        ++m_linkDepth;
        return;
    }
    if (type == MD_SPAN_IMG) {
        // Nothing remote may load in the preview, so an image is only ever
        // a link to itself, and only where a link can go.
        const auto *image = static_cast<const MD_SPAN_IMG_DETAIL *>(detail);
        std::optional<QByteArray> href;
        if (m_linkDepth == 0 && m_imageDepth == 0)
            href = safeUrlAttribute(QByteArrayView(attributeText(image->src)), UrlPolicy::Web);
        ++m_imageDepth;
        if (!href) {
            m_openedSpans.append(OpenedSpan::Nothing);
            return;
        }
        m_out.append("<a href=\"");
        m_out.append(*href);
        m_out.append("\">");
        m_imageTextStart = m_out.size();
        m_imageHref = *href;
        m_openedSpans.append(OpenedSpan::ImageLink);
        ++m_linkDepth;
        return;
    }
    appendSimpleSpan(type, false);
}

void HtmlWriter::leaveSpan(MD_SPANTYPE type)
{
    if (type != MD_SPAN_A && type != MD_SPAN_IMG) {
        appendSimpleSpan(type, true);
        return;
    }
    if (type == MD_SPAN_IMG)
        --m_imageDepth;
    const OpenedSpan opened = m_openedSpans.back();
    m_openedSpans.removeLast();
    if (opened == OpenedSpan::Nothing)
        return;
    // A link with no words cannot be seen or clicked; show where it goes.
    if (opened == OpenedSpan::ImageLink && m_out.size() == m_imageTextStart)
        m_out.append(m_imageHref);
    m_out.append("</a>");
    --m_linkDepth;
}

void HtmlWriter::appendText(MD_TEXTTYPE type, QByteArrayView text)
{
    switch (type) {
    case MD_TEXT_NULLCHAR:
        m_out.append("\xEF\xBF\xBD");
        break;
    case MD_TEXT_BR:
        m_out.append(m_imageDepth > 0 ? "\n" : "<br>\n");
        break;
    case MD_TEXT_SOFTBR:
        m_out.append('\n');
        break;
    case MD_TEXT_ENTITY: {
        const QByteArray decoded = decodeCharacterReference(text);
        appendEscapedHtml(m_out, decoded.isEmpty() ? text : QByteArrayView(decoded));
        break;
    }
    case MD_TEXT_NORMAL:
    case MD_TEXT_CODE:
    case MD_TEXT_HTML: // not produced with MD_FLAG_NOHTML; escaped should that change
    case MD_TEXT_LATEXMATH:
        appendEscapedHtml(m_out, text);
        break;
    }
}

int onEnterBlock(MD_BLOCKTYPE type, void *detail, void *writer)
{
    static_cast<HtmlWriter *>(writer)->enterBlock(type, detail);
    return 0;
}

int onLeaveBlock(MD_BLOCKTYPE type, void *detail, void *writer)
{
    static_cast<HtmlWriter *>(writer)->leaveBlock(type, detail);
    return 0;
}

int onEnterSpan(MD_SPANTYPE type, void *detail, void *writer)
{
    static_cast<HtmlWriter *>(writer)->enterSpan(type, detail);
    return 0;
}

int onLeaveSpan(MD_SPANTYPE type, void * /*detail*/, void *writer)
{
    static_cast<HtmlWriter *>(writer)->leaveSpan(type);
    return 0;
}

int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *writer)
{
    static_cast<HtmlWriter *>(writer)->appendText(type, QByteArrayView(text, qsizetype(size)));
    return 0;
}

} // namespace

QString renderMarkdown(QStringView markdown, const MarkdownOptions &options)
{
    const QByteArray utf8 = markdown.toUtf8();
    if (quint64(utf8.size()) > std::numeric_limits<MD_SIZE>::max()) {
        qCWarning(lcRender) << "Markdown of" << utf8.size() << "bytes is too large to parse;"
                            << "showing it as plain text";
        return u"<p>"_s + escapeHtml(markdown) + u"</p>\n"_s;
    }

    MD_PARSER parser = {};
    parser.flags = parserFlags;
    parser.enter_block = &onEnterBlock;
    parser.leave_block = &onLeaveBlock;
    parser.enter_span = &onEnterSpan;
    parser.leave_span = &onLeaveSpan;
    parser.text = &onText;

    HtmlWriter writer(options, utf8.size() + utf8.size() / 4 + 64);
    if (md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &writer) != 0) {
        // md4c gives up only when it runs out of memory; the words must still show.
        qCWarning(lcRender) << "Markdown parser failed; showing the body as plain text";
        return u"<p>"_s + escapeHtml(markdown) + u"</p>\n"_s;
    }
    return QString::fromUtf8(writer.takeHtml());
}

} // namespace Copydesk
