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

/// The letters and digits of text, as both engines' word splitters see them.
bool hasWordCharacters(const QString &text);

} // namespace SearchTerms
} // namespace Copydesk
