// SPDX-License-Identifier: MIT
#include "render/htmlescape.h"

namespace Copydesk {

namespace {

const char *entityFor(char c)
{
    switch (c) {
    case '&':
        return "&amp;";
    case '<':
        return "&lt;";
    case '>':
        return "&gt;";
    case '"':
        return "&quot;";
    case '\'':
        return "&#39;";
    default:
        return nullptr;
    }
}

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Characters a URL may keep as they are; the rest is percent-encoded so the
// attribute cannot be broken out of and browsers agree on what it says.
bool keepsInUrl(char c)
{
    if (isAsciiAlpha(c) || isAsciiDigit(c))
        return true;
    switch (c) {
    case '-':
    case '.':
    case '_':
    case '~':
    case ':':
    case '/':
    case '?':
    case '#':
    case '[':
    case ']':
    case '@':
    case '!':
    case '$':
    case '(':
    case ')':
    case '*':
    case '+':
    case ',':
    case ';':
    case '=':
    case '%':
        return true;
    default:
        return false;
    }
}

bool schemeAllowed(QByteArrayView scheme, UrlPolicy policy)
{
    if (scheme.compare("http", Qt::CaseInsensitive) == 0 ||
        scheme.compare("https", Qt::CaseInsensitive) == 0)
        return true;
    return policy == UrlPolicy::Link && scheme.compare("mailto", Qt::CaseInsensitive) == 0;
}

} // namespace

QString escapeHtml(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;";
            break;
        case u'<':
            out += u"&lt;";
            break;
        case u'>':
            out += u"&gt;";
            break;
        case u'"':
            out += u"&quot;";
            break;
        case u'\'':
            out += u"&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

void appendEscapedHtml(QByteArray &out, QByteArrayView utf8)
{
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (const char *entity = entityFor(utf8[i])) {
            out.append(utf8.sliced(plainFrom, i - plainFrom));
            out.append(entity);
            plainFrom = i + 1;
        }
    }
    out.append(utf8.sliced(plainFrom));
}

std::optional<QByteArray> safeUrlAttribute(QByteArrayView url, UrlPolicy policy)
{
    qsizetype begin = 0;
    qsizetype end = url.size();
    while (begin < end && quint8(url[begin]) <= 0x20)
        ++begin;
    while (end > begin && quint8(url[end - 1]) <= 0x20)
        --end;
    QByteArray cleaned;
    cleaned.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        const char c = url[i];
        if (c != '\t' && c != '\n' && c != '\r')
            cleaned.append(c);
    }

    const qsizetype colon = cleaned.indexOf(':');
    if (colon <= 0 || !isAsciiAlpha(cleaned.front()))
        return std::nullopt;
    for (qsizetype i = 1; i < colon; ++i) {
        const char c = cleaned[i];
        if (!isAsciiAlpha(c) && !isAsciiDigit(c) && c != '+' && c != '-' && c != '.')
            return std::nullopt;
    }
    if (!schemeAllowed(QByteArrayView(cleaned).first(colon), policy))
        return std::nullopt;

    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(cleaned.size() + cleaned.size() / 4);
    for (const char c : std::as_const(cleaned)) {
        if (c == '&') {
            out.append("&amp;");
        } else if (c == '\'') {
            out.append("&#39;");
        } else if (keepsInUrl(c)) {
            out.append(c);
        } else {
            out.append('%');
            out.append(hex[quint8(c) >> 4]);
            out.append(hex[quint8(c) & 0xF]);
        }
    }
    return out;
}

std::optional<QString> safeUrlAttribute(QStringView url, UrlPolicy policy)
{
    const std::optional<QByteArray> safe = safeUrlAttribute(QByteArrayView(url.toUtf8()), policy);
    if (!safe)
        return std::nullopt;
    return QString::fromLatin1(*safe);
}

} // namespace Copydesk
