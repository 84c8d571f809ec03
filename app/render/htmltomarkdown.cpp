// SPDX-License-Identifier: MIT
#include "render/htmltomarkdown.h"

#include "render/htmlentities.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// Elements whose content is not text for readers, or is a picture.
bool isLeftOut(QStringView name)
{
    static const QSet<QString> names{
            u"script"_s,   u"style"_s, u"figure"_s, u"img"_s,     u"iframe"_s, u"noscript"_s,
            u"template"_s, u"svg"_s,   u"form"_s,   u"object"_s,  u"button"_s, u"select"_s,
            u"textarea"_s, u"video"_s, u"audio"_s,  u"picture"_s, u"head"_s,   u"title"_s,
    };
    return names.contains(name.toString());
}

bool isVoid(QStringView name)
{
    static const QSet<QString> names{u"br"_s,   u"hr"_s,     u"img"_s, u"input"_s, u"meta"_s,
                                     u"link"_s, u"source"_s, u"wbr"_s, u"col"_s,   u"embed"_s};
    return names.contains(name.toString());
}

/// Tags that end the paragraph they are in.
bool isBlock(QStringView name)
{
    static const QSet<QString> names{
            u"p"_s,      u"div"_s,     u"h1"_s,    u"h2"_s,         u"h3"_s,      u"h4"_s,
            u"h5"_s,     u"h6"_s,      u"ul"_s,    u"ol"_s,         u"li"_s,      u"blockquote"_s,
            u"pre"_s,    u"hr"_s,      u"table"_s, u"tr"_s,         u"section"_s, u"article"_s,
            u"header"_s, u"footer"_s,  u"aside"_s, u"figcaption"_s, u"dl"_s,      u"dt"_s,
            u"dd"_s,     u"address"_s, u"main"_s,  u"nav"_s,        u"details"_s, u"summary"_s,
    };
    return names.contains(name.toString());
}

/// A tag's href, as written.
QString hrefOf(QStringView tag)
{
    static const QRegularExpression pattern(
            uR"re((?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))re"_s,
            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(tag);
    if (!match.hasMatch())
        return {};
    for (int group = 1; group <= 3; ++group) {
        if (match.capturedStart(group) >= 0)
            return match.captured(group);
    }
    return {};
}

/// Writes Markdown (or plain text) block by block as the HTML goes by.
class Converter
{
public:
    explicit Converter(bool plain)
        : m_plain(plain)
    {
    }

    void text(QStringView raw)
    {
        const QString decoded = decodeCharacterReferences(raw);
        if (m_pre) {
            m_inline += decoded;
            return;
        }
        for (const QChar c : decoded) {
            if (c.isSpace()) {
                if (!m_inline.isEmpty() && !m_inline.endsWith(u' ') && !m_inline.endsWith(u'\n'))
                    m_inline += u' ';
                continue;
            }
            if (!m_plain && m_code == 0 && QStringView(u"\\*_`[]<>").contains(c))
                m_inline += u'\\';
            m_inline += c;
        }
    }

    void open(const QString &name, QStringView tag)
    {
        if (isBlock(name))
            flush();
        if (name == u"br"_s) {
            if (m_plain || m_pre)
                m_inline += u'\n';
            else if (!m_inline.trimmed().isEmpty())
                m_inline = m_inline.trimmed() + u"\\\n"_s;
        } else if (name == u"hr"_s) {
            block(m_plain ? QString() : u"---"_s);
        } else if (name.size() == 2 && name.at(0) == u'h' && name.at(1) >= u'1' &&
                   name.at(1) <= u'6') {
            m_heading = name.at(1).digitValue();
        } else if (name == u"ul"_s || name == u"ol"_s) {
            m_lists.append({name == u"ol"_s, 0});
        } else if (name == u"li"_s) {
            if (!m_lists.isEmpty()) {
                List &list = m_lists.last();
                ++list.count;
                m_item = list.ordered ? QString::number(list.count) + u". "_s : u"- "_s;
            }
        } else if (name == u"blockquote"_s) {
            ++m_quote;
        } else if (name == u"pre"_s) {
            m_pre = true;
        } else if (!m_plain && (name == u"strong"_s || name == u"b"_s)) {
            m_inline += u"**"_s;
        } else if (!m_plain && (name == u"em"_s || name == u"i"_s)) {
            m_inline += u'*';
        } else if (!m_plain && name == u"code"_s && !m_pre) {
            ++m_code;
            m_inline += u'`';
        } else if (name == u"a"_s) {
            QString href = decodeCharacterReferences(hrefOf(tag)).trimmed();
            static const QRegularExpression safe(u"^(https?:|mailto:|/|#)"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
            if (m_plain || !safe.match(href).hasMatch())
                href.clear();
            m_links.append(href);
            if (!href.isEmpty())
                m_inline += u'[';
        }
    }

    void close(const QString &name)
    {
        if (!m_plain && (name == u"strong"_s || name == u"b"_s))
            m_inline += u"**"_s;
        else if (!m_plain && (name == u"em"_s || name == u"i"_s))
            m_inline += u'*';
        else if (!m_plain && name == u"code"_s && m_code > 0) {
            --m_code;
            m_inline += u'`';
        } else if (name == u"a"_s && !m_links.isEmpty()) {
            QString href = m_links.takeLast();
            if (!href.isEmpty()) {
                href.replace(u' ', u"%20"_s).replace(u'(', u"%28"_s).replace(u')', u"%29"_s);
                m_inline += u"]("_s + href + u')';
            }
        }
        if (!isBlock(name))
            return;
        flush();
        if (name == u"pre"_s)
            m_pre = false;
        else if ((name == u"ul"_s || name == u"ol"_s) && !m_lists.isEmpty()) {
            m_lists.removeLast();
            if (m_lists.isEmpty())
                m_tight = false;
        } else if (name == u"blockquote"_s && m_quote > 0)
            --m_quote;
        else if (name.size() == 2 && name.at(0) == u'h')
            m_heading = 0;
    }

    QString finish()
    {
        flush();
        return m_out.join(QString());
    }

private:
    struct List
    {
        bool ordered = false;
        int count = 0;
    };

    /// What a line of the block starts with: quote marks and list indentation.
    QString prefix(bool first) const
    {
        QString start;
        if (!m_plain)
            start = QString(m_quote, u'>').replace(u">"_s, u"> "_s);
        const qsizetype depth = m_lists.size();
        if (depth > 0 && !m_plain) {
            start += QString((depth - 1) * 3, u' ');
            start += first && !m_item.isEmpty()
                    ? m_item
                    : QString(m_item.isEmpty() ? 3 : m_item.size(), u' ');
        }
        return start;
    }

    void flush()
    {
        QString text = m_inline;
        m_inline.clear();
        if (!m_pre)
            text = text.trimmed();
        if (text.isEmpty() || text == u"\\"_s)
            return;
        if (m_pre && !m_plain) {
            block(u"```\n"_s + text + u"\n```"_s);
            return;
        }
        if (m_heading > 0 && !m_plain)
            text = QString(m_heading, u'#') + u' ' + text;
        else if (!m_plain) {
            // What Markdown would read as a heading, a list or a rule at a line's start.
            static const QRegularExpression marker(u"^(#{1,6}|[-+])(\\s|$)"_s);
            static const QRegularExpression number(u"^\\d{1,9}([.)])(\\s|$)"_s);
            if (marker.match(text).hasMatch())
                text.insert(0, u'\\');
            else if (const auto found = number.match(text); found.hasMatch())
                text.insert(found.capturedStart(1), u'\\');
        }
        block(text);
    }

    void block(const QString &text)
    {
        const bool inList = !m_lists.isEmpty();
        if (!m_out.isEmpty())
            m_out.append(inList && m_tight ? u"\n"_s : u"\n\n"_s);
        QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i)
            lines[i] = prefix(i == 0) + lines.at(i);
        m_out.append(lines.join(u'\n'));
        m_item.clear();
        m_tight = inList;
    }

    bool m_plain = false;
    QStringList m_out;
    QString m_inline;
    QList<List> m_lists;
    QString m_item;
    QStringList m_links;
    int m_quote = 0;
    int m_heading = 0;
    int m_code = 0;
    bool m_pre = false;
    bool m_tight = false;
};

QString convert(const QString &html, bool plain)
{
    Converter converter(plain);
    QString skipping; // the element being left out, with its nesting
    int skipDepth = 0;
    qsizetype i = 0;
    const qsizetype size = html.size();
    while (i < size) {
        const qsizetype lt = html.indexOf(u'<', i);
        const qsizetype textEnd = lt < 0 ? size : lt;
        if (textEnd > i && skipDepth == 0)
            converter.text(QStringView(html).sliced(i, textEnd - i));
        if (lt < 0)
            break;
        if (QStringView(html).sliced(lt).startsWith(u"<!--")) {
            const qsizetype end = html.indexOf(u"-->"_s, lt + 4);
            i = end < 0 ? size : end + 3;
            continue;
        }
        // A tag: its name, then attributes up to the '>' outside quotes.
        qsizetype j = lt + 1;
        const bool closing = j < size && html.at(j) == u'/';
        if (closing)
            ++j;
        const qsizetype nameStart = j;
        while (j < size && (html.at(j).isLetterOrNumber() || html.at(j) == u'-'))
            ++j;
        if (j == nameStart) {
            // "<" that starts no tag ("a < b", "<!DOCTYPE>", "<?xml"): text, or skipped.
            if (j < size && (html.at(j) == u'!' || html.at(j) == u'?')) {
                const qsizetype end = html.indexOf(u'>', j);
                i = end < 0 ? size : end + 1;
                continue;
            }
            if (skipDepth == 0)
                converter.text(u"<");
            i = lt + 1;
            continue;
        }
        const QString name = html.sliced(nameStart, j - nameStart).toLower();
        QChar quote;
        qsizetype end = j;
        for (; end < size; ++end) {
            const QChar c = html.at(end);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'>') {
                break;
            }
        }
        const QStringView tag = QStringView(html).sliced(j, qMin(end, size) - j);
        i = end < size ? end + 1 : size;
        const bool selfClosing = tag.endsWith(u'/');
        if (skipDepth > 0) {
            if (name == skipping) {
                if (closing)
                    --skipDepth;
                else if (!selfClosing && !isVoid(name))
                    ++skipDepth;
            }
            continue;
        }
        if (closing) {
            converter.close(name);
            continue;
        }
        if (isLeftOut(name)) {
            if (isBlock(name) || name == u"figure"_s)
                converter.close(u"p"_s);
            if (!selfClosing && !isVoid(name)) {
                skipping = name;
                skipDepth = 1;
            }
            continue;
        }
        converter.open(name, tag);
        if (selfClosing && !isVoid(name))
            converter.close(name);
    }
    return converter.finish();
}

} // namespace

QString htmlToMarkdown(const QString &html)
{
    return convert(html, false);
}

QString htmlToPlainText(const QString &html)
{
    return convert(html, true);
}

} // namespace Copydesk
