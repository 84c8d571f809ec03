// SPDX-License-Identifier: MIT
#include "wire/wireimporter.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::WireImporter)
};

// A page that is wrong everywhere would otherwise bury the first, most useful
// messages; past this many the reader learns only that there are more.
constexpr qsizetype maxProblems = 50;

// Control characters (other than tab and line ends) that a copied page can
// hold by accident; this many, or one in a hundred bytes, means binary data.
constexpr int binaryControlCount = 8;

// A dateline is a city name, not a sentence; longer capitals before a colon
// ("BREAKING NEWS FROM THE …:") are more likely body text.
constexpr qsizetype maxDatelineLength = 60;

// Longer "Updated …" lines are sentences of the body, not page furniture.
constexpr qsizetype maxStampLength = 60;

// A credit names an agency and perhaps a photographer; a longer parenthesis
// at the end of a line is part of a sentence.
constexpr qsizetype maxCreditLength = 100;

// Messages quote lines; a 4 MB line would drown the message.
constexpr qsizetype maxQuotedLength = 80;

enum class LineKind : quint8 {
    Text,
    Bullet,     ///< "  • highlight"
    ShortUrl,   ///< page furniture
    Follow,     ///< page furniture
    Updated,    ///< "Updated <stamp>" with a stamp we can read
    BadUpdated, ///< "Updated <something>" we cannot read
    Caption,    ///< text ending with "(Credit)"
};

/// One non-blank line of the page, trimmed; blank lines only set blankBefore.
struct Line
{
    QStringView text;
    int number = 0; ///< 1-based, as an editor shows it
    LineKind kind = LineKind::Text;
    bool blankBefore = false;
};

QString quoted(QStringView text)
{
    if (text.size() <= maxQuotedLength)
        return u"“"_s + text + u"”"_s;
    return u"“"_s + text.first(maxQuotedLength).trimmed() + u"…”"_s;
}

/// "4", "4.1", "50": a size just over the limit must not read as the limit itself.
QString megabytes(qint64 bytes)
{
    constexpr qint64 mebibyte = 1024 * 1024;
    if (bytes % mebibyte == 0)
        return QString::number(bytes / mebibyte);
    const qint64 tenths = (bytes * 10 + mebibyte - 1) / mebibyte;
    return QString::number(tenths / 10) + u'.' + QString::number(tenths % 10);
}

/// Equal after collapsing runs of white space (tabs, no-break spaces) and trimming.
bool sameWords(QStringView a, QStringView b, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    const auto skipSpace = [](QStringView s, qsizetype &at) {
        while (at < s.size() && s[at].isSpace())
            ++at;
    };
    qsizetype i = 0;
    qsizetype j = 0;
    skipSpace(a, i);
    skipSpace(b, j);
    while (i < a.size() && j < b.size()) {
        const bool spaceA = a[i].isSpace();
        const bool spaceB = b[j].isSpace();
        if (spaceA != spaceB)
            return false;
        if (spaceA) {
            skipSpace(a, i);
            skipSpace(b, j);
            continue;
        }
        QChar ca = a[i];
        QChar cb = b[j];
        if (cs == Qt::CaseInsensitive) {
            ca = ca.toCaseFolded();
            cb = cb.toCaseFolded();
        }
        if (ca != cb)
            return false;
        ++i;
        ++j;
    }
    skipSpace(a, i);
    skipSpace(b, j);
    return i == a.size() && j == b.size();
}

/// Offset of the first byte that does not begin a well-formed UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const auto lead = quint8(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        // The ranges of RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF.
        int length = 0;
        quint8 low = 0x80;
        quint8 high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead == 0xE0) {
            length = 3;
            low = 0xA0;
        } else if (lead == 0xED) {
            length = 3;
            high = 0x9F;
        } else if (lead >= 0xE1 && lead <= 0xEF) {
            length = 3;
        } else if (lead == 0xF0) {
            length = 4;
            low = 0x90;
        } else if (lead >= 0xF1 && lead <= 0xF3) {
            length = 4;
        } else if (lead == 0xF4) {
            length = 4;
            high = 0x8F;
        } else {
            return i;
        }
        if (size - i < length)
            return i;
        const auto second = quint8(bytes[i + 1]);
        if (second < low || second > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((quint8(bytes[i + k]) & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

/// The 1-based line that byte offset is on, counting LF, CRLF and lone CR as line ends.
int lineOfOffset(QByteArrayView bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n' ||
            (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

/// Control characters that no typed page holds; tab, line ends, VT and FF are text.
bool isStrayControl(uchar c)
{
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f') || c == 0x7F;
}

struct Unit
{
    QStringView name;
    qint64 seconds;
};

constexpr qint64 minute = 60;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;
constexpr qint64 week = 7 * day;
// A relative stamp further back than this is a typo, not a date.
constexpr qint64 maxRelativeSeconds = 100 * 366 * day;

std::optional<qint64> unitSeconds(QStringView name)
{
    static constexpr std::array units{
            Unit{u"s", 1},           Unit{u"sec", 1},
            Unit{u"secs", 1},        Unit{u"second", 1},
            Unit{u"seconds", 1},     Unit{u"m", minute},
            Unit{u"min", minute},    Unit{u"mins", minute},
            Unit{u"minute", minute}, Unit{u"minutes", minute},
            Unit{u"h", hour},        Unit{u"hr", hour},
            Unit{u"hrs", hour},      Unit{u"hour", hour},
            Unit{u"hours", hour},    Unit{u"d", day},
            Unit{u"day", day},       Unit{u"days", day},
            Unit{u"wk", week},       Unit{u"wks", week},
            Unit{u"week", week},     Unit{u"weeks", week},
    };
    for (const Unit &unit : units) {
        if (unit.name == name)
            return unit.seconds;
    }
    return std::nullopt;
}

/// 1–12 for an English month name or its abbreviation ("nov", "sept"), 0 otherwise.
int monthNumber(QStringView token)
{
    static constexpr std::array<QStringView, 12> names{
            u"january", u"february", u"march",     u"april",   u"may",      u"june",
            u"july",    u"august",   u"september", u"october", u"november", u"december",
    };
    if (token == u"sept")
        return 9;
    for (int month = 0; month < 12; ++month) {
        const QStringView name = names[month];
        if (token == name || (token.size() == 3 && name.startsWith(token)))
            return month + 1;
    }
    return 0;
}

bool isWeekday(QStringView token)
{
    static constexpr std::array<QStringView, 7> names{
            u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday",
    };
    return std::any_of(names.begin(), names.end(), [token](QStringView name) {
        return token == name || (token.size() == 3 && name.startsWith(token));
    });
}

bool allDigits(QStringView text)
{
    return !text.isEmpty() &&
            std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// Lower-case words, with commas as spaces ("Nov. 18, 2026" → "nov." "18" "2026").
QStringList stampTokens(QStringView stamp)
{
    QStringList tokens;
    QString current;
    for (const QChar c : stamp) {
        if (c.isSpace() || c == u',') {
            if (!current.isEmpty())
                tokens.append(std::exchange(current, QString()));
        } else {
            current += c.toLower();
        }
    }
    if (!current.isEmpty())
        tokens.append(current);
    return tokens;
}

/// "2 min ago", "an hour ago", "just now": seconds before the reference time.
std::optional<qint64> relativeSeconds(const QStringList &tokens)
{
    if (tokens == QStringList{u"just"_s, u"now"_s} || tokens == QStringList{u"now"_s})
        return 0;
    if ((tokens.size() != 2 && tokens.size() != 3) || tokens.constLast() != u"ago")
        return std::nullopt;
    QStringView amount = tokens.at(0);
    QStringView unit;
    if (tokens.size() == 3) {
        unit = tokens.at(1);
    } else {
        // "2min ago"
        qsizetype digits = 0;
        while (digits < amount.size() && amount[digits].isDigit())
            ++digits;
        unit = amount.sliced(digits);
        amount = amount.first(digits);
    }
    if (unit.endsWith(u'.'))
        unit.chop(1);
    const std::optional<qint64> seconds = unitSeconds(unit);
    if (!seconds)
        return std::nullopt;
    qint64 count = 0;
    if (amount == u"a" || amount == u"an" || amount == u"one") {
        count = 1;
    } else if (allDigits(amount) && amount.size() <= 9) {
        count = amount.toLongLong();
    } else {
        return std::nullopt;
    }
    if (count * *seconds > maxRelativeSeconds)
        return std::nullopt;
    return count * *seconds;
}

/// "14:05", "2:05pm", "14:05:30" (the meridiem may also be a token of its own).
std::optional<QTime> clockTime(QStringView token, QStringView meridiem)
{
    if (token.endsWith(u"am") || token.endsWith(u"pm")) {
        if (!meridiem.isEmpty())
            return std::nullopt;
        meridiem = token.last(2);
        token.chop(2);
    }
    const QList<QStringView> parts = token.split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    for (const QStringView part : parts) {
        if (!allDigits(part) || part.size() > 2)
            return std::nullopt;
    }
    int hours = parts.at(0).toInt();
    if (parts.at(1).size() != 2 || (parts.size() == 3 && parts.at(2).size() != 2))
        return std::nullopt;
    if (!meridiem.isEmpty()) {
        if (hours < 1 || hours > 12)
            return std::nullopt;
        hours = hours % 12 + (meridiem == u"pm" ? 12 : 0);
    }
    const QTime time(hours, parts.at(1).toInt(), parts.size() == 3 ? parts.at(2).toInt() : 0);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

/**
 * An absolute stamp as wire pages print it: "18 November 2026", "Nov. 18,
 * 2026", "November 18, 2026", optionally a weekday, a time ("14:05",
 * "2:05 p.m.") and "UTC"/"GMT"; or ISO 8601. Without a zone it is a time in
 * the newsroom's zone. Returns UTC.
 */
std::optional<QDateTime> absoluteTime(QStringView stamp, const QStringList &tokens,
                                      const QTimeZone &zone)
{
    if (stamp.size() >= 10 && allDigits(stamp.first(4)) && stamp[4] == u'-') {
        const QString iso = stamp.toString();
        QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
        if (!at.isValid()) {
            const QDate date = QDate::fromString(iso, Qt::ISODate);
            if (!date.isValid())
                return std::nullopt;
            at = QDateTime(date, QTime(0, 0), zone);
        } else if (at.timeSpec() == Qt::LocalTime) {
            at = QDateTime(at.date(), at.time(), zone);
        }
        if (!at.isValid())
            return std::nullopt;
        return at.toUTC();
    }

    int year = 0;
    int month = 0;
    int dayOfMonth = 0;
    bool utc = false;
    bool weekday = false;
    QStringView clock;
    QStringView meridiem;
    for (const QString &raw : tokens) {
        QStringView token = raw;
        if (token.size() > 1 && token.endsWith(u'.'))
            token.chop(1);
        if (token == u"at" || token == u"-")
            continue;
        if (token == u"utc" || token == u"gmt" || token == u"z") {
            if (utc)
                return std::nullopt;
            utc = true;
        } else if (token == u"am" || token == u"pm" || token == u"a.m" || token == u"p.m") {
            if (!meridiem.isEmpty())
                return std::nullopt;
            meridiem = token.first(1) == u"a" ? u"am" : u"pm";
        } else if (token.contains(u':')) {
            if (!clock.isEmpty())
                return std::nullopt;
            clock = token;
        } else if (const int number = monthNumber(token); number != 0) {
            if (month != 0)
                return std::nullopt;
            month = number;
        } else if (isWeekday(token)) {
            if (weekday)
                return std::nullopt;
            weekday = true;
        } else {
            // "18", "18th", "2026"
            QStringView digits = token;
            if (digits.size() > 2 &&
                (digits.endsWith(u"st") || digits.endsWith(u"nd") || digits.endsWith(u"rd") ||
                 digits.endsWith(u"th")))
                digits.chop(2);
            if (!allDigits(digits))
                return std::nullopt;
            if (digits.size() == 4 && digits.size() == token.size() && year == 0) {
                year = digits.toInt();
            } else if (digits.size() <= 2 && dayOfMonth == 0) {
                dayOfMonth = digits.toInt();
            } else {
                return std::nullopt;
            }
        }
    }
    if (year == 0 || month == 0 || dayOfMonth == 0)
        return std::nullopt;
    const QDate date(year, month, dayOfMonth);
    if (!date.isValid())
        return std::nullopt;
    QTime time(0, 0);
    if (!clock.isEmpty()) {
        const std::optional<QTime> parsed = clockTime(clock, meridiem);
        if (!parsed)
            return std::nullopt;
        time = *parsed;
    } else if (!meridiem.isEmpty()) {
        return std::nullopt;
    }
    const QDateTime at(date, time, utc ? QTimeZone::utc() : zone);
    if (!at.isValid())
        return std::nullopt;
    return at.toUTC();
}

/// The stamp after "Updated" as a UTC time, in whole seconds.
std::optional<QDateTime> parseStamp(QStringView stamp, const QDateTime &reference,
                                    const QTimeZone &zone)
{
    if (stamp.isEmpty() || stamp.size() > maxStampLength)
        return std::nullopt;
    const QStringList tokens = stampTokens(stamp);
    if (const std::optional<qint64> back = relativeSeconds(tokens))
        return QDateTime::fromSecsSinceEpoch(reference.toSecsSinceEpoch() - *back,
                                             QTimeZone::utc());
    if (const std::optional<QDateTime> at = absoluteTime(stamp, tokens, zone))
        return QDateTime::fromSecsSinceEpoch(at->toSecsSinceEpoch(), QTimeZone::utc());
    return std::nullopt;
}

/// What follows "Updated" (or "Updated:"), or nothing for a line that is no stamp line.
std::optional<QStringView> stampText(QStringView line)
{
    constexpr QStringView word = u"updated";
    if (!line.startsWith(word, Qt::CaseInsensitive))
        return std::nullopt;
    QStringView rest = line.sliced(word.size());
    if (rest.startsWith(u':'))
        rest = rest.sliced(1);
    else if (!rest.isEmpty() && !rest.front().isSpace())
        return std::nullopt; // "Updates", "Updatedness"
    return rest.trimmed();
}

/// "Caption text. (Agency/Photographer)" split into caption and credit.
std::optional<std::pair<QStringView, QStringView>> splitCaption(QStringView line)
{
    if (!line.endsWith(u')'))
        return std::nullopt;
    const qsizetype open = line.lastIndexOf(u'(');
    if (open <= 0)
        return std::nullopt;
    const QStringView credit = line.sliced(open + 1, line.size() - open - 2).trimmed();
    const QStringView caption = line.first(open).trimmed();
    if (credit.isEmpty() || credit.size() > maxCreditLength || credit.contains(u')') ||
        caption.isEmpty())
        return std::nullopt;
    return std::pair{caption, credit};
}

/**
 * A line the page's structure says is the lead photo's caption: the credit
 * split off as well as its shape allows ("(Reuters)", "((Reuters))"), or
 * none, the whole line being the caption.
 */
std::pair<QString, QString> captionAndCredit(QStringView line)
{
    if (const auto split = splitCaption(line))
        return {split->first.toString().simplified(), split->second.toString().simplified()};
    QStringView rest = line.trimmed();
    if (rest.endsWith(u')')) {
        while (rest.endsWith(u')') || (!rest.isEmpty() && rest.back().isSpace()))
            rest.chop(1);
        const qsizetype open = rest.lastIndexOf(u'(');
        if (open > 0) {
            QStringView caption = rest.first(open);
            while (caption.endsWith(u'(') || (!caption.isEmpty() && caption.back().isSpace()))
                caption.chop(1);
            const QStringView credit = rest.sliced(open + 1).trimmed();
            if (!caption.isEmpty() && !credit.isEmpty() && credit.size() <= maxCreditLength)
                return {caption.toString().simplified(), credit.toString().simplified()};
        }
    }
    return {line.toString().simplified(), QString()};
}

bool isBullet(QStringView line)
{
    return line.startsWith(u'\u2022') || line.startsWith(u'\u00B7');
}

/// "VALLETTA: The harbor …" split into the city and the paragraph after it.
/// A letter of a script without capitals (Arabic, Hebrew, Chinese …).
bool isCaseless(QChar c)
{
    return c.isLetter() && !c.isUpper() && !c.isLower() && c.category() != QChar::Letter_Titlecase;
}

std::optional<std::pair<QString, QStringView>> splitDateline(QStringView paragraph)
{
    const qsizetype limit = std::min(paragraph.size(), maxDatelineLength + 1);
    if (limit == 0)
        return std::nullopt;
    // A script without capitals cannot write the city in them: a name of at
    // most three words before the colon ("جنيف:", "الدار البيضاء:") is one.
    const bool caseless = isCaseless(paragraph.front());
    if (!caseless && !paragraph.front().isUpper())
        return std::nullopt;
    qsizetype colon = -1;
    int words = 1;
    for (qsizetype i = 0; i < limit; ++i) {
        const QChar c = paragraph[i];
        if (c == u':') {
            colon = i;
            break;
        }
        if (caseless) {
            if (c.isSpace())
                ++words;
            const bool partOfName = isCaseless(c) || c.isMark() || c.isSpace() || c == u'-' ||
                    c == u'\u0640'; // the Arabic tatweel
            if (!partOfName || words > 3)
                return std::nullopt;
            continue;
        }
        // Capitals with their accents ("SÃO PAULO", also typed as A + combining
        // tilde), and the punctuation of names like "ST. JOHN’S" or "BADEN-BADEN".
        const bool partOfName = c.isUpper() || c.category() == QChar::Mark_NonSpacing ||
                c.isSpace() || c == u'.' || c == u'-' || c == u'\'' || c == u'\u2019';
        if (!partOfName)
            return std::nullopt;
    }
    if (colon < 0)
        return std::nullopt;
    const QStringView rest = paragraph.sliced(colon + 1).trimmed();
    if (rest.isEmpty())
        return std::nullopt;
    return std::pair{paragraph.first(colon).toString().simplified(), rest};
}

/// Whether an '&' at text[at] would be read as a character reference ("&amp;", "&#8217;").
bool startsEntity(QStringView text, qsizetype at)
{
    // The longest named reference in HTML is 32 characters long.
    const qsizetype end = std::min(text.size(), at + 34);
    qsizetype i = at + 1;
    while (i < end && (text[i].isLetterOrNumber() || text[i] == u'#') && text[i].unicode() < 0x80)
        ++i;
    return i > at + 1 && i < end && text[i] == u';';
}

/// Whether Markdown would read text[at] as markup (or a character reference) unless escaped.
bool needsEscape(QStringView text, qsizetype at)
{
    switch (text[at].unicode()) {
    case u'\\':
    case u'*':
    case u'_':
    case u'[':
    case u']':
    case u'<':
    case u'>':
    case u'`':
    case u'#':
    case u'~':
        return true;
    case u'&':
        return startsEntity(text, at);
    default:
        return false;
    }
}

/**
 * Appends one wire paragraph as Markdown that renders to exactly that text.
 * Wire copy is plain text, so everything Markdown would read as markup is
 * escaped: emphasis, code, links, headings, strikethrough, character
 * references, and a leading list or quote marker. Leading white space is
 * already gone (four spaces would make a code block).
 */
void appendMarkdownParagraph(QString &out, QStringView text)
{
    qsizetype from = 0;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'+')) {
        // "- item", "+ item" and "---" are a list or a rule at the start of a block.
        out += u'\\';
    } else {
        // "1. item" and "1) item" start an ordered list.
        qsizetype digits = 0;
        while (digits < text.size() && digits < 10 && text[digits] >= u'0' && text[digits] <= u'9')
            ++digits;
        if (digits > 0 && digits < text.size() && (text[digits] == u'.' || text[digits] == u')') &&
            (digits + 1 == text.size() || text[digits + 1].isSpace())) {
            out += text.first(digits);
            out += u'\\';
            from = digits;
        }
    }
    // md4c (0.4.8) loses an escape right after "http://", "https://" or
    // "ftp://" while it looks for a permissive autolink: the backslash shows
    // and the character after it acts as markup. An escaped colon starts no
    // autolink, so such a colon is escaped too; that is an escape after
    // "://" in turn ("ftp://://`"), hence the pass from the end.
    std::vector<bool> colonEscaped;
    if (text.contains(u"://")) {
        colonEscaped.assign(size_t(text.size()), false);
        for (qsizetype i = text.size() - 4; i >= from; --i) {
            colonEscaped[size_t(i)] = text[i] == u':' && text[i + 1] == u'/' &&
                    text[i + 2] == u'/' &&
                    (needsEscape(text, i + 3) || colonEscaped[size_t(i + 3)]);
        }
    }
    for (qsizetype i = from; i < text.size(); ++i) {
        if (needsEscape(text, i) || (!colonEscaped.empty() && colonEscaped[size_t(i)]))
            out += u'\\';
        out += text[i];
    }
}

LineKind classify(QStringView line, const QDateTime &reference, const QTimeZone &zone)
{
    if (isBullet(line))
        return LineKind::Bullet;
    if (sameWords(line, u"Short Url", Qt::CaseInsensitive))
        return LineKind::ShortUrl;
    if (sameWords(line, u"Follow", Qt::CaseInsensitive))
        return LineKind::Follow;
    if (const std::optional<QStringView> stamp = stampText(line))
        return parseStamp(*stamp, reference, zone) ? LineKind::Updated : LineKind::BadUpdated;
    if (splitCaption(line))
        return LineKind::Caption;
    return LineKind::Text;
}

/// Whether a line can be a headline: "Updated forecast warns of storms" can, "Follow" cannot.
bool canBeHeadline(LineKind kind)
{
    return kind == LineKind::Text || kind == LineKind::Caption || kind == LineKind::BadUpdated;
}

/// Reads one page; all state lives here, so parseWirePage() is reentrant.
class PageParser
{
public:
    explicit PageParser(const WireOptions &options)
        : m_source(options.sourceName.isEmpty() ? Text::tr("wire text") : options.sourceName)
        , m_reference(options.referenceTime.isValid() ? options.referenceTime.toUTC()
                                                      : QDateTime::currentDateTimeUtc())
        , m_zone(options.timeZone.isValid() ? options.timeZone : QTimeZone::systemTimeZone())
    {
    }

    WireParseResult parse(const QByteArray &bytes);

private:
    bool decode(QByteArrayView bytes);
    void splitLines();
    qsizetype parseBlock(qsizetype at);
    bool startsNewBlock(qsizetype at) const;
    /// Whether the line after a headline is the lead photo's caption, by its place:
    /// right after the headline, with page furniture and the headline again after it.
    bool inCaptionPlace(qsizetype headlineAt, qsizetype i) const;
    qsizetype nextBlockStart(qsizetype at) const;
    void addProblem(int line, const QString &message);
    bool full() const { return m_moreProblems; }

    QString m_source;
    QDateTime m_reference;
    QTimeZone m_zone;
    QString m_text; ///< the decoded page; m_lines point into it
    QList<Line> m_lines;
    QList<Story> m_stories;
    QList<WireProblem> m_problems;
    bool m_moreProblems = false;
};

void PageParser::addProblem(int line, const QString &message)
{
    // One place is kept for the note that there are more.
    if (m_problems.size() >= maxProblems - 1) {
        m_moreProblems = true;
        return;
    }
    m_problems.append(WireProblem{m_source, line, message});
}

bool PageParser::decode(QByteArrayView bytes)
{
    if (bytes.size() > maxWirePageBytes) {
        addProblem(0, wirePageTooLargeMessage(bytes.size()));
        return false;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        addProblem(1,
                   Text::tr("The page is saved as UTF-16 text; Copydesk reads UTF-8. "
                            "Save it as UTF-8 (plain text) and import it again."));
        return false;
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);

    qsizetype firstNul = -1;
    qsizetype firstControl = -1;
    int controls = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = uchar(bytes[i]);
        if (c == 0) {
            firstNul = i;
            break;
        }
        if (isStrayControl(c)) {
            if (firstControl < 0)
                firstControl = i;
            ++controls;
        }
    }
    if (firstNul >= 0) {
        addProblem(
                lineOfOffset(bytes, firstNul),
                Text::tr(
                        "This is binary data, not text: the line holds a NUL byte. Import the wire "
                        "page as plain text (UTF-8), for example by pasting it into a text editor "
                        "and saving it from there."));
        return false;
    }
    if (controls >= binaryControlCount || qsizetype(controls) * 100 > bytes.size()) {
        addProblem(
                lineOfOffset(bytes, firstControl),
                Text::tr("This looks like binary data, not text: it holds %n control characters, "
                         "the first on this line. Import the wire page as plain text (UTF-8).",
                         nullptr, controls));
        return false;
    }
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        addProblem(lineOfOffset(bytes, bad),
                   Text::tr("The text is not valid UTF-8 (byte 0x%1 on this line cannot start or "
                            "continue a character). Save the page as UTF-8 and import it again.")
                           .arg(QString::number(uchar(bytes[bad]), 16)
                                        .rightJustified(2, u'0')
                                        .toUpper()));
        return false;
    }
    m_text = QString::fromUtf8(bytes);
    if (controls > 0) {
        // A stray escape or backspace is invisible on the page and would make
        // the Atom and ninjs outputs invalid, so it goes.
        qCInfo(lcWire) << m_source << "holds" << controls << "control characters; dropping them";
        m_text.removeIf(
                [](QChar c) { return c.unicode() < 0x80 && isStrayControl(uchar(c.unicode())); });
    }
    // Word's manual line break and the form feed are blanks to a reader, and
    // XML (Atom, the story page) has no place for them.
    m_text.replace(u'\v', u' ').replace(u'\f', u' ');
    return true;
}

void PageParser::splitLines()
{
    const QStringView text = m_text;
    int number = 0;
    bool blankBefore = false;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = start;
        while (end < text.size() && text[end] != u'\n' && text[end] != u'\r')
            ++end;
        ++number;
        const QStringView line = text.sliced(start, end - start).trimmed();
        if (line.isEmpty()) {
            blankBefore = true;
        } else {
            m_lines.append(Line{line, number, classify(line, m_reference, m_zone), blankBefore});
            blankBefore = false;
        }
        if (end == text.size())
            break;
        start = end +
                (text[end] == u'\r' && end + 1 < text.size() && text[end + 1] == u'\n' ? 2 : 1);
    }
}

/*
 * Where does a story end and the next one begin? Stories are separated by
 * blank lines, but a body may hold blank lines too, so a line after a blank
 * line starts a new story only if what follows it looks like a story header:
 * within the next few non-blank lines, before anything else, there is page
 * furniture ("Short Url", "Follow", a readable "Updated …") or the line
 * itself again (the repeated headline). A photo caption and an unreadable
 * "Updated …" may stand in between. A body paragraph is followed by more
 * body text or bullets, so it never qualifies.
 */
bool PageParser::startsNewBlock(qsizetype at) const
{
    const Line &candidate = m_lines.at(at);
    if (!canBeHeadline(candidate.kind))
        return false;
    bool badStampSeen = false;
    for (qsizetype i = at + 1; i < m_lines.size(); ++i) {
        const Line &next = m_lines.at(i);
        if (sameWords(next.text, candidate.text))
            return true;
        switch (next.kind) {
        case LineKind::ShortUrl:
        case LineKind::Follow:
        case LineKind::Updated:
            return true;
        case LineKind::Caption:
            // Only right after the headline, as on a page.
            if (i != at + 1)
                return false;
            continue;
        case LineKind::BadUpdated:
            if (badStampSeen || next.text.size() > maxStampLength + 10)
                return false;
            badStampSeen = true;
            continue;
        case LineKind::Text:
            // A caption without a credit, known by its place.
            if (inCaptionPlace(at, i))
                continue;
            return false;
        case LineKind::Bullet:
            return false;
        }
    }
    return false;
}

bool PageParser::inCaptionPlace(qsizetype headlineAt, qsizetype i) const
{
    if (i != headlineAt + 1 || i + 1 >= m_lines.size())
        return false;
    const LineKind kind = m_lines.at(i).kind;
    if (kind != LineKind::Text && kind != LineKind::Caption)
        return false;
    const auto furniture = [](LineKind next) {
        return next == LineKind::ShortUrl || next == LineKind::Follow ||
                next == LineKind::Updated || next == LineKind::BadUpdated;
    };
    qsizetype j = i + 1;
    if (!furniture(m_lines.at(j).kind))
        return false;
    // And the headline comes again after the furniture: a body's last
    // paragraph followed by the next story's headline does not.
    while (j < m_lines.size() && furniture(m_lines.at(j).kind))
        ++j;
    return j < m_lines.size() && sameWords(m_lines.at(j).text, m_lines.at(headlineAt).text);
}

qsizetype PageParser::nextBlockStart(qsizetype at) const
{
    for (++at; at < m_lines.size(); ++at) {
        if (m_lines.at(at).blankBefore && startsNewBlock(at))
            return at;
    }
    return m_lines.size();
}

/*
 * One story: headline; then, in any order until the repeated headline, the
 * lead photo's caption, "Short Url", "Updated …" and "Follow"; the repeated
 * headline; the bullets; the body up to the start of the next story. A
 * problem is noted and parsing goes on, so that one import lists everything
 * there is to fix. Returns the index of the first line after the story.
 */
qsizetype PageParser::parseBlock(qsizetype at)
{
    const Line &first = m_lines.at(at);
    if (!canBeHeadline(first.kind)) {
        addProblem(
                first.number,
                Text::tr("A story starts with its headline, but this line is %1. Add the headline "
                         "above it, or remove the line.")
                        .arg(quoted(first.text)));
        return nextBlockStart(at);
    }
    const QStringView headline = first.text;
    const auto problem = [this, &first, headline](const char *text) {
        addProblem(first.number, Text::tr(text).arg(quoted(headline)));
    };

    // The header.
    std::optional<Photo> photo;
    std::optional<QDateTime> updated;
    bool furnitureSeen = false;
    bool headerBroken = false;
    qsizetype i = at + 1;
    bool repeated = false;
    while (i < m_lines.size() && !repeated) {
        const Line &line = m_lines.at(i);
        if (sameWords(line.text, headline)) {
            repeated = true;
            ++i;
            break;
        }
        // The lead photo's caption: by its credit, or by its place.
        if (!photo && !furnitureSeen &&
            (line.kind == LineKind::Caption ||
             (line.kind == LineKind::Text && inCaptionPlace(at, i)))) {
            Photo lead;
            std::tie(lead.caption, lead.credit) = captionAndCredit(line.text);
            photo = lead;
            ++i;
            continue;
        }
        switch (line.kind) {
        case LineKind::ShortUrl:
        case LineKind::Follow:
            furnitureSeen = true;
            ++i;
            continue;
        case LineKind::Updated:
            if (!updated)
                updated = parseStamp(*stampText(line.text), m_reference, m_zone);
            furnitureSeen = true;
            ++i;
            continue;
        case LineKind::BadUpdated:
            addProblem(line.number,
                       Text::tr("Copydesk cannot read the date in %1. Write it like “Updated 18 "
                                "November "
                                "2026”, “Updated Nov. 18, 2026 14:05” or “Updated 2 min ago”.")
                               .arg(quoted(line.text)));
            furnitureSeen = true;
            ++i;
            continue;
        case LineKind::Caption:
            break;
        case LineKind::Bullet:
            problem(QT_TRANSLATE_NOOP("Copydesk::WireImporter",
                                      "The story %1 has no repeated headline: a wire page gives "
                                      "the headline again after the “Updated” line, before the "
                                      "highlights. Add it, or check that the story was copied "
                                      "whole."));
            headerBroken = true;
            break;
        case LineKind::Text:
            break;
        }
        if (headerBroken)
            break;
        if (line.blankBefore && startsNewBlock(i)) {
            problem(QT_TRANSLATE_NOOP("Copydesk::WireImporter",
                                      "The story %1 ends before its repeated headline, "
                                      "highlights and body. Copy the whole story again, or "
                                      "remove what is left of it."));
            return i;
        }
        addProblem(
                line.number,
                Text::tr("The repeated headline %1 differs from the headline %2 on line %3. A wire "
                         "page gives each headline twice; correct the one that is wrong.")
                        .arg(quoted(line.text), quoted(headline), QString::number(first.number)));
        headerBroken = true;
        ++i;
        break;
    }
    if (i >= m_lines.size() && !repeated && !headerBroken) {
        problem(QT_TRANSLATE_NOOP("Copydesk::WireImporter",
                                  "The page ends inside the story %1, before its repeated "
                                  "headline, highlights and body: it looks cut short. Copy the "
                                  "whole story again."));
        return i;
    }

    // The bullets, with or without blank lines around them.
    QStringList highlights;
    qsizetype bullets = 0;
    for (; i < m_lines.size() && m_lines.at(i).kind == LineKind::Bullet; ++i) {
        // Counted, not kept, past the limit: a page of a hundred thousand
        // bullets must not become a hundred thousand fields.
        if (++bullets > maxHighlightCount)
            continue;
        const QString text = m_lines.at(i).text.sliced(1).toString().simplified();
        if (!text.isEmpty())
            highlights.append(text);
    }
    if (bullets > maxHighlightCount)
        addProblem(
                first.number,
                Text::tr("The story %1 has %L2 highlight bullets; a story takes at most %3. Keep "
                         "the ones that matter and import it again.")
                        .arg(quoted(headline))
                        .arg(bullets)
                        .arg(maxHighlightCount));

    // The body: every line up to the next story, one paragraph a line.
    QString dateline;
    QString body;
    const qsizetype bodyStart = i;
    for (; i < m_lines.size(); ++i) {
        const Line &line = m_lines.at(i);
        if (line.blankBefore && startsNewBlock(i))
            break;
        QStringView text = line.text;
        if (i == bodyStart) {
            if (auto split = splitDateline(text)) {
                dateline = std::move(split->first);
                text = split->second;
            }
        } else {
            body += u"\n\n"_s;
        }
        appendMarkdownParagraph(body, text);
    }
    if (i == bodyStart && !headerBroken)
        problem(QT_TRANSLATE_NOOP("Copydesk::WireImporter",
                                  "The story %1 has no body. Add its paragraphs after the "
                                  "highlights, or remove the story from the page."));

    // A field that long is a page run together, not a story: say which.
    const auto tooLong = [&](const QString &what, qsizetype length) {
        if (length <= maxLineFieldLength)
            return;
        addProblem(first.number,
                   Text::tr("The story %1 has a %2 of %L3 characters; it takes at most "
                            "%L4. Check the page for a missing line break.")
                           .arg(quoted(headline), what)
                           .arg(length)
                           .arg(maxLineFieldLength));
    };
    tooLong(Text::tr("headline"), headline.toString().simplified().size());
    tooLong(Text::tr("dateline"), dateline.size());
    for (const QString &highlight : std::as_const(highlights))
        tooLong(Text::tr("highlight"), highlight.size());
    if (photo) {
        tooLong(Text::tr("caption"), photo->caption.size());
        tooLong(Text::tr("credit"), photo->credit.size());
    }

    if (m_problems.isEmpty()) {
        Story story = Story::create(m_reference);
        story.setHeadline(headline.toString().simplified());
        story.setHighlights(highlights);
        story.setDateline(dateline);
        story.setBody(body);
        if (photo)
            story.setPhotos({*photo});
        if (updated)
            story.setUpdatedAt(*updated);
        m_stories.append(story);
    }
    return i;
}

WireParseResult PageParser::parse(const QByteArray &bytes)
{
    WireParseResult result;
    if (decode(bytes)) {
        splitLines();
        if (m_lines.isEmpty())
            addProblem(
                    0,
                    bytes.isEmpty()
                            ? Text::tr("The page is empty: there is no story to import. Copy the "
                                       "wire page again and import the text.")
                            : Text::tr("The page holds only blank lines: there is no story to "
                                       "import. Copy the wire page again and import the text."));
        for (qsizetype at = 0; at < m_lines.size() && !full();)
            at = parseBlock(at);
    }
    if (m_moreProblems)
        m_problems.append(
                WireProblem{m_source, 0,
                            Text::tr("There are more problems than the %n listed; fix these "
                                     "and import the page again.",
                                     nullptr, int(m_problems.size()))});
    if (m_problems.isEmpty() && m_stories.isEmpty())
        m_problems.append(WireProblem{m_source, 0, Text::tr("No story was found on the page.")});
    if (!m_problems.isEmpty()) {
        result.problems = std::move(m_problems);
        return result;
    }
    result.stories = std::move(m_stories);
    qCDebug(lcWire) << m_source << "holds" << result.stories.size() << "stories";
    return result;
}

} // namespace

QString wirePageTooLargeMessage(qint64 size)
{
    return Text::tr("The page is %1 MB; Copydesk imports wire pages of up to %2 MB. Split it into "
                    "smaller files and import each of them.")
            .arg(megabytes(size), megabytes(maxWirePageBytes));
}

QString WireProblem::text() const
{
    if (line <= 0)
        return sourceName + u": "_s + message;
    return Text::tr("%1, line %2: %3").arg(sourceName, QString::number(line), message);
}

WireParseResult parseWirePage(const QByteArray &bytes, const WireOptions &options)
{
    return PageParser(options).parse(bytes);
}

} // namespace Copydesk
