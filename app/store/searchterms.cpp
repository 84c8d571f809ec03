// SPDX-License-Identifier: MIT
#include "searchterms.h"

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

} // namespace

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
