// SPDX-License-Identifier: MIT
#include "story/transliterate.h"

#include "core/logging.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace Copydesk {

namespace {

/// Made once a thread: making one reads ICU's rule data; using one is not thread-safe.
icu::Transliterator *latinAscii()
{
    thread_local std::unique_ptr<icu::Transliterator> made;
    thread_local bool tried = false;
    if (!tried) {
        tried = true;
        UErrorCode status = U_ZERO_ERROR;
        made.reset(icu::Transliterator::createInstance(
                icu::UnicodeString::fromUTF8("Any-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
        if (U_FAILURE(status)) {
            qCWarning(lcStory) << "ICU cannot make the Any-Latin; Latin-ASCII transliterator:"
                               << u_errorName(status);
            made.reset();
        }
    }
    return made.get();
}

} // namespace

QString toLatinAscii(const QString &text)
{
    icu::Transliterator *transliterator = latinAscii();
    if (!transliterator || text.isEmpty())
        return text;
    icu::UnicodeString unicode(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    transliterator->transliterate(unicode);
    return QString(reinterpret_cast<const QChar *>(unicode.getBuffer()), unicode.length());
}

} // namespace Copydesk
