// SPDX-License-Identifier: MIT
#include "searchterms.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Copydesk::SearchTerms {

namespace {

bool isQuote(QChar c)
{
    return c == u'"' || c == u'\u201C' || c == u'\u201D' || c == u'\u201E' || c == u'\u00AB' ||
            c == u'\u00BB';
}

void append(QList<SearchTerm> &terms, QString text, bool phrase)
{
    text = text.simplified();
    bool prefix = false;
    while (text.endsWith(u'*')) {
        prefix = true;
        text.chop(1);
    }
    // A star inside a word or phrase is punctuation to both engines' word splitters.
    text.replace(u'*', u' ');
    text = text.simplified();
    if (!hasWordCharacters(text))
        return;
    terms.append({text, phrase && text.contains(u' '), prefix});
}

/// A word of a field: where it stands and, once asked for, how it compares.
struct Word
{
    int start = 0;
    int length = 0;
    mutable QString key;
};

/// Lower case without accents, as the engines compare words.
QString wordKey(QStringView word)
{
    bool plain = true;
    for (const QChar c : word)
        plain = plain && c.unicode() < 0x80;
    if (plain) // most words of most stories: no accents to take off
        return word.toString().toLower();
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            key.append(c);
    }
    return key.toCaseFolded();
}

/**
 * The words of a field, read only as far as they are asked for: the
 * matches of a long body are mostly near its start.
 */
class Words
{
public:
    explicit Words(const QString *text = nullptr)
        : m_text(text)
    {
    }

    /// Whether there is an n-th word (from 0), reading on as far as it.
    bool has(qsizetype n)
    {
        while (m_list.size() <= n && readOne()) { }
        return n < m_list.size();
    }
    const Word &at(qsizetype n) const { return m_list.at(n); }
    const QString &text() const { return *m_text; }

private:
    bool readOne()
    {
        const QString &text = *m_text;
        int start = -1;
        for (int i = m_position; i <= text.size(); ++i) {
            const bool inWord = i < text.size() &&
                    (text.at(i).isLetterOrNumber() || (start >= 0 && text.at(i).isMark()));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                m_list.append({start, i - start, {}});
                m_position = i;
                return true;
            }
        }
        m_position = int(text.size());
        return false;
    }

    const QString *m_text;
    QList<Word> m_list;
    int m_position = 0;
};

/// The words of each term, as keys; a term's last word may be a start.
struct Wanted
{
    QStringList keys;
    bool prefix = false;
};

/// The word as compared, worked out the first time it is asked for.
const QString &keyOf(const QString &text, const Word &word)
{
    if (word.key.isEmpty())
        word.key = wordKey(QStringView(text).mid(word.start, word.length));
    return word.key;
}

/// How many words from at match wanted (0: no match there).
int matchAt(Words &words, qsizetype at, const Wanted &wanted)
{
    if (wanted.keys.isEmpty() || !words.has(at + wanted.keys.size() - 1))
        return 0;
    const QString &text = words.text();
    for (qsizetype k = 0; k < wanted.keys.size(); ++k) {
        const Word &word = words.at(at + k);
        const bool last = k == wanted.keys.size() - 1;
        const QString &want = wanted.keys.at(k);
        // Most words are plain ASCII: compared where they stand, without a copy.
        const QStringView view = QStringView(text).mid(word.start, word.length);
        if (word.key.isEmpty() &&
            std::all_of(view.begin(), view.end(), [](QChar c) { return c.unicode() < 0x80; })) {
            const bool matches = last && wanted.prefix
                    ? view.startsWith(want, Qt::CaseInsensitive)
                    : view.compare(want, Qt::CaseInsensitive) == 0;
            if (!matches)
                return 0;
            continue;
        }
        const QString &key = keyOf(text, word);
        if (last && wanted.prefix ? !key.startsWith(wanted.keys.at(k)) : key != wanted.keys.at(k))
            return 0;
    }
    return int(wanted.keys.size());
}

} // namespace

Context context(const QList<SearchTerm> &terms, const QStringList &fields, int words)
{
    QList<Wanted> wanted;
    for (const SearchTerm &term : terms) {
        Wanted one{{}, term.prefix};
        Words termWords(&term.text);
        for (qsizetype n = 0; termWords.has(n); ++n)
            one.keys.append(keyOf(term.text, termWords.at(n)));
        wanted.append(one);
    }
    // The field that holds the most terms; the earlier one (worth more) on a tie.
    qsizetype best = -1;
    int bestFound = 0;
    Words bestWords;
    QList<std::pair<qsizetype, int>> bestMatches; // word index, words matched
    for (qsizetype f = 0; f < fields.size(); ++f) {
        Words list(&fields.at(f));
        QList<std::pair<qsizetype, int>> matches;
        QList<bool> found(wanted.size(), false);
        for (qsizetype at = 0; list.has(at); ++at) {
            // Every term found and the window past: the rest of a long body is not read.
            if (!matches.isEmpty() && at > matches.constFirst().first + words &&
                !found.contains(false))
                break;
            for (qsizetype t = 0; t < wanted.size(); ++t) {
                if (const int length = matchAt(list, at, wanted.at(t))) {
                    matches.append({at, length});
                    found[t] = true;
                    break;
                }
            }
        }
        const int count = int(std::count(found.cbegin(), found.cend(), true));
        if (count > bestFound) {
            best = f;
            bestFound = count;
            bestWords = list;
            bestMatches = matches;
            if (count == wanted.size())
                break;
        }
    }
    if (best < 0) {
        for (qsizetype f = 0; f < fields.size() && best < 0; ++f) {
            if (hasWordCharacters(fields.at(f))) {
                best = f;
                bestWords = Words(&fields.at(f));
            }
        }
        if (best < 0)
            return {};
    }
    const QString &field = fields.at(best);
    // The window starts a few words before the first match.
    const qsizetype first = bestMatches.isEmpty() ? 0 : bestMatches.constFirst().first;
    const qsizetype from = std::max<qsizetype>(0, first - words / 4);
    qsizetype to = from;
    while (to < from + words && bestWords.has(to))
        ++to;
    const bool more = bestWords.has(to);
    const int begin = from == 0 ? 0 : bestWords.at(from).start;
    const int end =
            !more ? int(field.size()) : bestWords.at(to - 1).start + bestWords.at(to - 1).length;
    Context result;
    const QString lead = from > 0 ? u"…"_s : QString();
    // One line: the field's line breaks and runs of spaces become single spaces.
    QList<int> offsets; // for each character of the window, where it lands in the text
    result.text = lead;
    bool space = false;
    for (int i = begin; i < end; ++i) {
        const QChar c = field.at(i);
        if (c.isSpace()) {
            space = !result.text.isEmpty() && result.text != lead;
            offsets.append(int(result.text.size()));
            continue;
        }
        if (space)
            result.text.append(u' ');
        space = false;
        offsets.append(int(result.text.size()));
        result.text.append(c);
    }
    if (more)
        result.text.append(u"…"_s);
    for (const auto &[at, length] : bestMatches) {
        if (at < from || at + length > to)
            continue;
        const Word &firstWord = bestWords.at(at);
        const Word &lastWord = bestWords.at(at + length - 1);
        const int start = offsets.value(firstWord.start - begin, -1);
        const int stop = offsets.value(lastWord.start + lastWord.length - 1 - begin, -1);
        if (start >= 0 && stop >= start)
            result.marks.append({start, stop - start + 1});
    }
    return result;
}

bool hasWordCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

QList<SearchTerm> parse(const QString &text)
{
    QList<SearchTerm> terms;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (isQuote(c)) {
            append(terms, current, quoted);
            current.clear();
            quoted = !quoted;
        } else if (!quoted && c.isSpace()) {
            append(terms, current, false);
            current.clear();
        } else {
            current.append(c);
        }
    }
    append(terms, current, quoted);
    return terms;
}

} // namespace Copydesk::SearchTerms
