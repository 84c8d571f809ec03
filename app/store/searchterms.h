// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Copydesk {

/// One thing a library search asks for: a word, a start of a word, or a phrase.
struct SearchTerm
{
    /// The words as typed (a phrase has several), without quotes or star.
    QString text;
    /// Typed in double quotes: the words must stand together in this order.
    bool phrase = false;
    /// Typed with a star at the end ("elect*"): any word that starts so.
    bool prefix = false;

    bool operator==(const SearchTerm &) const = default;
};

namespace SearchTerms {

/**
 * What a search box's text asks for: words (every one must be found),
 * "quoted phrases" and word* starts. Quote marks of any kind pair up (a
 * newsroom types “curly” ones as often as straight ones); an unclosed
 * quote runs to the end. Punctuation alone, a lone star and empty quotes
 * ask for nothing and are dropped, so what is left can go to either
 * engine's full-text query as it is.
 */
QList<SearchTerm> parse(const QString &text);

/// Whether text holds a letter or digit: something either engine's word splitter keeps.
bool hasWordCharacters(const QString &text);

/// A few words around the matches of a story, and where the matched words are.
struct Context
{
    QString text;
    /// Start and length in text of each matched word.
    QList<std::pair<int, int>> marks;
};

/**
 * The words around the terms' matches in the field that holds the most
 * of them (fields in the order they are worth: headline first), about
 * words long, with "…" where it was cut; words match without regard to
 * case or accents, as the index matched them. A story whose fields hold
 * none of the terms (the index matched what this reading does not) gives
 * the start of its first field that is not empty.
 */
Context context(const QList<SearchTerm> &terms, const QStringList &fields, int words = 24);

} // namespace SearchTerms
} // namespace Copydesk
