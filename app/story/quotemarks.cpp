// SPDX-License-Identifier: MIT
#include "quotemarks.h"

namespace Copydesk {

QuoteMarks quoteMarksFor(const QString &language)
{
    const QString base = language.section(u'-', 0, 0).toLower();
    if (base == u"de" || base == u"cs" || base == u"sk" || base == u"bg" || base == u"lt")
        return {u'\u201E', u'\u201C', u'\u201A', u'\u2018'};
    if (base == u"fr" || base == u"ru" || base == u"uk" || base == u"es" || base == u"it" ||
        base == u"pt" || base == u"ar" || base == u"fa")
        return {u'\u00AB', u'\u00BB', u'\u2039', u'\u203A'};
    return {u'\u201C', u'\u201D', u'\u2018', u'\u2019'};
}

namespace {

bool opensAfter(QChar previous, const QuoteMarks &marks)
{
    if (previous.isSpace())
        return true;
    switch (previous.unicode()) {
    case u'(':
    case u'[':
    case u'{':
    case u'/':
    case u'-':
    case u'\u2013': // en dash
    case u'\u2014': // em dash
        return true;
    default:
        return previous == marks.open || previous == marks.openSingle;
    }
}

/// Whether a single quote is open at the end of the text (its last opening mark unclosed).
bool singleQuoteOpen(QStringView text, const QuoteMarks &marks)
{
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        const QChar c = text.at(i);
        if (c == marks.openSingle)
            return true;
        // An apostrophe and an English closing single quote are one character.
        if (c == marks.closeSingle && c != apostrophe)
            return false;
    }
    return false;
}

} // namespace

QChar smartQuote(QChar typed, QStringView before, const QuoteMarks &marks)
{
    if (typed != u'"' && typed != u'\'')
        return typed;
    const bool opening = before.isEmpty() || opensAfter(before.back(), marks);
    if (typed == u'"')
        return opening ? marks.open : marks.close;
    if (opening)
        return marks.openSingle;
    return singleQuoteOpen(before, marks) ? marks.closeSingle : apostrophe;
}

} // namespace Copydesk
