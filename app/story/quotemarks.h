// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace Copydesk {

/// The quotation marks a language writes, double and single.
struct QuoteMarks
{
    QChar open;
    QChar close;
    QChar openSingle;
    QChar closeSingle;
};

/**
 * English “…” ‘…’, German „…“ ‚…‘, French, Spanish, Russian, Arabic and
 * others « … » ‹ … ›, by the language's BCP 47 tag (its first subtag).
 */
QuoteMarks quoteMarksFor(const QString &language);

/// The apostrophe every language here writes: ’ (U+2019).
inline constexpr QChar apostrophe = u'\u2019';

/**
 * What a straight quote typed after `before` (the text before the cursor
 * in its paragraph) becomes: an opening mark at the start, after a space,
 * a bracket, a dash or another opening mark; otherwise a closing one. A
 * single quote after a letter is an apostrophe unless a single quote is
 * open in the paragraph. Any other character comes back unchanged.
 */
QChar smartQuote(QChar typed, QStringView before, const QuoteMarks &marks);

} // namespace Copydesk
