// SPDX-License-Identifier: MIT
#include "story.h"

#include "story/transliterate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <atomic>
#include <limits>

using namespace Qt::StringLiterals;

namespace Copydesk {

QString statusKey(StoryStatus status)
{
    switch (status) {
    case StoryStatus::Draft:
        return QStringLiteral("draft");
    case StoryStatus::Scheduled:
        return QStringLiteral("scheduled");
    case StoryStatus::Published:
        return QStringLiteral("published");
    case StoryStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return QStringLiteral("draft");
}

std::optional<StoryStatus> statusFromKey(const QString &key)
{
    for (auto status : {StoryStatus::Draft, StoryStatus::Scheduled, StoryStatus::Published,
                        StoryStatus::Withdrawn}) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString statusDisplayName(StoryStatus status)
{
    switch (status) {
    case StoryStatus::Draft:
        return QCoreApplication::translate("Copydesk::Story", "Draft");
    case StoryStatus::Scheduled:
        return QCoreApplication::translate("Copydesk::Story", "Scheduled");
    case StoryStatus::Published:
        return QCoreApplication::translate("Copydesk::Story", "Published");
    case StoryStatus::Withdrawn:
        return QCoreApplication::translate("Copydesk::Story", "Withdrawn");
    }
    return {};
}

Story Story::create(const QDateTime &nowUtc)
{
    Story story;
    story.m_id = QUuid::createUuid();
    // Stored times keep whole seconds: feeds and the database agree on them.
    const QDateTime now =
            QDateTime::fromSecsSinceEpoch(nowUtc.toSecsSinceEpoch(), QTimeZone::utc());
    story.m_createdAt = now;
    story.m_updatedAt = now;
    return story;
}

QStringList uniqueNames(const QStringList &names)
{
    QStringList kept;
    for (const QString &name : names) {
        const QString clean = name.simplified();
        if (!clean.isEmpty() && !kept.contains(clean, Qt::CaseInsensitive))
            kept.append(clean);
    }
    return kept;
}

QStringList Story::cleanTags(const QStringList &tags)
{
    return uniqueNames(tags);
}

void Story::setSubjects(const QStringList &codes)
{
    QStringList kept;
    for (const QString &code : codes) {
        const QString clean = code.trimmed();
        if (!clean.isEmpty() && !kept.contains(clean))
            kept.append(clean);
    }
    m_subjects = kept;
}

QString Story::effectiveSlug() const
{
    const QString edited = slugify(m_slug);
    return edited.isEmpty() ? slugify(m_headline) : edited;
}

QString Story::languageOr(const QString &siteLanguage) const
{
    const QString own = m_language.trimmed();
    return own.isEmpty() ? siteLanguage.trimmed() : own;
}

bool isLanguageTag(const QString &text)
{
    static const QRegularExpression tag(u"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"_s);
    return tag.match(text).hasMatch();
}

bool isRightToLeftLanguage(const QString &tag)
{
    if (!isLanguageTag(tag))
        return false;
    const QStringList parts = tag.split(u'-');
    // A script subtag says it outright ("az-Arab", "pa-Arab", "sr-Latn").
    for (const QString &part : parts.mid(1)) {
        if (part.size() == 4) {
            static const QStringList rtlScripts{u"arab"_s, u"hebr"_s, u"syrc"_s, u"thaa"_s,
                                                u"nkoo"_s, u"adlm"_s, u"rohg"_s};
            return rtlScripts.contains(part.toLower());
        }
    }
    static const QStringList rtlLanguages{u"ar"_s,  u"he"_s, u"iw"_s, u"fa"_s, u"ur"_s,
                                          u"ps"_s,  u"sd"_s, u"ug"_s, u"yi"_s, u"dv"_s,
                                          u"ckb"_s, u"ku"_s, u"syr"_s};
    return rtlLanguages.contains(parts.constFirst().toLower());
}

std::optional<Photo> Story::leadPhoto() const
{
    for (const Photo &photo : m_photos) {
        if (!photo.fileId.isEmpty())
            return photo;
    }
    return std::nullopt;
}

QList<Photo> Story::picturedPhotos() const
{
    QList<Photo> pictured;
    for (const Photo &photo : m_photos) {
        if (!photo.fileId.isEmpty())
            pictured.append(photo);
    }
    return pictured;
}

bool Story::sameContent(const Story &other) const
{
    Story a = *this;
    Story b = other;
    a.m_version = b.m_version = 0;
    a.m_savedAt = b.m_savedAt = QDateTime();
    return a == b;
}

namespace {

std::atomic<SlugScript> chosenSlugScript{SlugScript::Latin};

/// The longest an own-script slug gets in UTF-8: its page's file name
/// ("<slug>-NN.html") stays under the 255 bytes file systems allow.
constexpr qsizetype maxOwnSlugBytes = 180;

qsizetype utf8Length(char32_t c)
{
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/// Cut at maxLength code points (and, for own-script slugs, maxBytes of
/// UTF-8), at the last hyphen when one falls in the second half.
QString truncatedSlug(const QList<uint> &codePoints, int maxLength, qsizetype maxBytes)
{
    qsizetype keep = 0;
    qsizetype bytes = 0;
    while (keep < codePoints.size() && keep < maxLength) {
        bytes += utf8Length(char32_t(codePoints.at(keep)));
        if (bytes > maxBytes)
            break;
        ++keep;
    }
    if (keep < codePoints.size()) {
        qsizetype cut = keep;
        while (cut > 0 && codePoints.at(cut - 1) != u'-')
            --cut;
        if (cut - 1 > keep / 2)
            keep = cut - 1;
        // A cut never leaves a combining mark without its letter: marks
        // are kept only after one, and a hyphen ends a word.
    }
    QString slug =
            QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), keep);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

QString latinSlug(const QString &text, int maxLength)
{
    // Other scripts in Latin letters first ("Αθήνα" → "Athena", "Łódź" → "Lodz"); a
    // slug is short, so only the start of a long text is looked at. What ICU leaves,
    // NFKD splits ("é" into "e" and a combining accent, which is dropped).
    const QString latin = toLatinAscii(text.left(qsizetype(maxLength) * 4));
    const QString decomposed = latin.normalized(QString::NormalizationForm_KD).toLower();
    QList<uint> slug;
    slug.reserve(decomposed.size());
    bool pendingHyphen = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (pendingHyphen && !slug.isEmpty())
                slug.append(u'-');
            pendingHyphen = false;
            slug.append(c.unicode());
        } else if (c == u'\'' || c == u'\u2019') {
            continue; // "comet's" reads better as "comets" than "comet-s"
        } else {
            pendingHyphen = true;
        }
    }
    return truncatedSlug(slug, maxLength, std::numeric_limits<qsizetype>::max());
}

QString ownScriptSlug(const QString &text, int maxLength)
{
    const QList<uint> codePoints = text.left(qsizetype(maxLength) * 4)
                                           .normalized(QString::NormalizationForm_C)
                                           .toLower()
                                           .toUcs4();
    QList<uint> slug;
    slug.reserve(codePoints.size());
    bool pendingHyphen = false;
    bool afterLetter = false;
    for (const uint c : codePoints) {
        const QChar::Category category = QChar::category(char32_t(c));
        const bool mark = category == QChar::Mark_NonSpacing ||
                category == QChar::Mark_SpacingCombining || category == QChar::Mark_Enclosing;
        if (mark) {
            // A vowel sign or accent stays with its letter ("हिन्दी", "ễ");
            // one with nothing before it in the slug is dropped.
            if (afterLetter)
                slug.append(c);
            continue;
        }
        if (c == 0x0640 || c == 0x200C || c == 0x200D || c == u'\'' || c == 0x2019) {
            // Arabic tatweel stretches a word, zero-width (non-)joiners shape
            // one, apostrophes join one ("comet's" → "comets"): none breaks it.
            continue;
        }
        if (QChar::isLetterOrNumber(char32_t(c))) {
            if (pendingHyphen && !slug.isEmpty())
                slug.append(u'-');
            pendingHyphen = false;
            slug.append(c);
            afterLetter = true;
        } else {
            pendingHyphen = true;
            afterLetter = false;
        }
    }
    return truncatedSlug(slug, maxLength, maxOwnSlugBytes);
}

} // namespace

SlugScript slugScript()
{
    return chosenSlugScript.load(std::memory_order_relaxed);
}

void setSlugScript(SlugScript script)
{
    chosenSlugScript.store(script, std::memory_order_relaxed);
}

QString slugify(const QString &text, int maxLength)
{
    return slugify(text, slugScript(), maxLength);
}

QString slugify(const QString &text, SlugScript script, int maxLength)
{
    return script == SlugScript::Own ? ownScriptSlug(text, maxLength) : latinSlug(text, maxLength);
}

QString shortCode(const QUuid &id)
{
    static constexpr char alphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
    const QByteArray bytes = id.toRfc4122();
    quint64 bits = 0;
    for (int i = 0; i < 5; ++i)
        bits = (bits << 8) | quint8(bytes.at(i));
    QString code(8, u'0');
    for (int i = 7; i >= 0; --i) {
        code[i] = QLatin1Char(alphabet[bits & 31]);
        bits >>= 5;
    }
    return code;
}

QString shortUrl(const QString &baseUrl, const QUuid &id)
{
    if (baseUrl.isEmpty())
        return {};
    if (baseUrl.endsWith(u'/'))
        return baseUrl + shortCode(id);
    return baseUrl + u'/' + shortCode(id);
}

int wordCount(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool wordChar = c.isLetterOrNumber() || c == u'\'' || c == u'\u2019';
        if (wordChar && !inWord)
            ++words;
        inWord = wordChar;
    }
    return words;
}

int readingMinutes(int words)
{
    if (words <= 0)
        return 0;
    return std::max(1, (words + 229) / 230);
}

} // namespace Copydesk
