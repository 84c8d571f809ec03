// SPDX-License-Identifier: MIT
#include "spell/spellchecker.h"

#include "core/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextBoundaryFinder>

#include <hunspell/hunspell.hxx>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// A word not worth checking: digits in it, all capitals (an acronym, TK), a single letter.
bool skipped(QStringView word)
{
    int letters = 0;
    bool lower = false;
    for (const QChar c : word) {
        if (c.isDigit())
            return true;
        if (c.isLetter()) {
            ++letters;
            lower = lower || c.isLower() || !c.isUpper();
        }
    }
    return letters < 2 || !lower;
}

/// Whether the word at start is part of a web address or an e-mail address.
bool inAddress(QStringView text, qsizetype start, qsizetype end)
{
    qsizetype from = start;
    while (from > 0 && !text.at(from - 1).isSpace())
        --from;
    qsizetype to = end;
    while (to < text.size() && !text.at(to).isSpace())
        ++to;
    const QStringView chunk = text.mid(from, to - from);
    return chunk.contains(u"://"_s) || chunk.startsWith(u"www."_s) || chunk.contains(u'@') ||
            chunk.contains(u"]("_s);
}

} // namespace

QStringList SpellChecker::defaultSearchPaths()
{
    QStringList paths;
    const QString env = qEnvironmentVariable("COPYDESK_HUNSPELL_PATH");
    if (!env.isEmpty())
        paths += env.split(u':', Qt::SkipEmptyParts);
    for (const QString &data :
         QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation)) {
        paths.append(data + u"/hunspell"_s);
        paths.append(data + u"/myspell/dicts"_s);
    }
    paths.append(u"/usr/share/hunspell"_s);
    paths.append(u"/usr/share/myspell/dicts"_s);
    paths.removeDuplicates();
    return paths;
}

QStringList SpellChecker::installedDictionaries(const QStringList &searchPaths)
{
    QStringList names;
    for (const QString &path : searchPaths) {
        const QFileInfoList found =
                QDir(path).entryInfoList({u"*.dic"_s}, QDir::Files | QDir::Readable);
        for (const QFileInfo &dic : found) {
            if (QFileInfo::exists(dic.path() + u'/' + dic.completeBaseName() + u".aff"_s))
                names.append(dic.completeBaseName());
        }
    }
    names.removeDuplicates();
    names.sort();
    return names;
}

std::unique_ptr<SpellChecker> SpellChecker::forLanguage(const QString &language,
                                                        const QStringList &searchPaths)
{
    const QStringList parts = language.trimmed().split(u'-', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return nullptr;
    const QString base = parts.constFirst().toLower();
    QStringList wanted;
    for (const QString &part : parts.mid(1)) {
        if (part.size() == 2)
            wanted.append(base + u'_' + part.toUpper());
    }
    // A language alone: its usual country first, then its plain name, then any.
    static const QHash<QString, QString> usual{{u"en"_s, u"en_US"_s}, {u"de"_s, u"de_DE"_s},
                                               {u"fr"_s, u"fr_FR"_s}, {u"es"_s, u"es_ES"_s},
                                               {u"pt"_s, u"pt_PT"_s}, {u"it"_s, u"it_IT"_s},
                                               {u"nl"_s, u"nl_NL"_s}, {u"ar"_s, u"ar"_s}};
    if (usual.contains(base))
        wanted.append(usual.value(base));
    wanted.append(base);
    const QStringList installed = installedDictionaries(searchPaths);
    for (const QString &name : installed) {
        if (name.startsWith(base + u'_'))
            wanted.append(name);
    }
    for (const QString &name : std::as_const(wanted)) {
        for (const QString &path : searchPaths) {
            const QString aff = path + u'/' + name + u".aff"_s;
            const QString dic = path + u'/' + name + u".dic"_s;
            if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic))
                continue;
            auto hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(),
                                                       QFile::encodeName(dic).constData());
            std::unique_ptr<SpellChecker> checker(new SpellChecker(std::move(hunspell), name));
            return checker;
        }
    }
    return nullptr;
}

SpellChecker::SpellChecker(std::unique_ptr<Hunspell> hunspell, QString name)
    : m_hunspell(std::move(hunspell))
    , m_name(std::move(name))
{
    const QString encoding = QString::fromStdString(m_hunspell->get_dict_encoding()).toUpper();
    m_utf8 = encoding.isEmpty() || encoding == u"UTF-8"_s || encoding == u"UTF8"_s;
    if (!m_utf8 && !encoding.startsWith(u"ISO8859-1"_s))
        qCWarning(lcStory) << "Hunspell dictionary" << m_name << "is in" << encoding
                           << "; words outside Latin-1 are not checked";
}

SpellChecker::~SpellChecker() = default;

QByteArray SpellChecker::encode(const QString &word) const
{
    return m_utf8 ? word.toUtf8() : word.toLatin1();
}

QString SpellChecker::decode(const std::string &word) const
{
    return m_utf8 ? QString::fromStdString(word)
                  : QString::fromLatin1(word.data(), qsizetype(word.size()));
}

bool SpellChecker::isCorrect(const QString &word) const
{
    // Typographic apostrophes are the dictionaries' straight ones.
    QString plain = word;
    plain.replace(u'\u2019', u'\'');
    if (m_accepted.contains(plain) || m_accepted.contains(plain.toLower()))
        return true;
    // A Latin-1 dictionary cannot judge a word with other letters: it is let be.
    if (!m_utf8 &&
        std::any_of(plain.cbegin(), plain.cend(), [](QChar c) { return c.unicode() > 0xff; }))
        return true;
    return m_hunspell->spell(encode(plain).toStdString());
}

QStringList SpellChecker::suggestions(const QString &word, int max) const
{
    QString plain = word;
    plain.replace(u'\u2019', u'\'');
    QStringList result;
    for (const std::string &suggestion : m_hunspell->suggest(encode(plain).toStdString())) {
        result.append(decode(suggestion));
        if (result.size() >= max)
            break;
    }
    return result;
}

void SpellChecker::acceptWords(const QStringList &words)
{
    for (const QString &word : words) {
        QString plain = word.trimmed();
        plain.replace(u'\u2019', u'\'');
        if (!plain.isEmpty())
            m_accepted.insert(plain);
    }
}

QList<Misspelling> SpellChecker::check(QStringView text) const
{
    QList<Misspelling> found;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text.data(), int(text.size()));
    // The finder starts on position 0, which toNextBoundary() never reports.
    qsizetype start = (finder.boundaryReasons() & QTextBoundaryFinder::StartOfItem) ? 0 : -1;
    QString previous;
    qsizetype previousEnd = -1;
    while (finder.toNextBoundary() >= 0) {
        const qsizetype at = finder.position();
        const auto reasons = finder.boundaryReasons();
        if (reasons & QTextBoundaryFinder::StartOfItem)
            start = at;
        if (!(reasons & QTextBoundaryFinder::EndOfItem) || start < 0)
            continue;
        const QStringView word = text.mid(start, at - start);
        const qsizetype wordStart = start;
        start = -1;
        bool isWord = false;
        for (const QChar c : word)
            isWord = isWord || c.isLetter();
        if (!isWord)
            continue;
        const QString current = word.toString();
        // "the the": the same word again with nothing but spaces between.
        if (previousEnd >= 0 && current.compare(previous, Qt::CaseInsensitive) == 0) {
            const QStringView gap = text.mid(previousEnd, wordStart - previousEnd);
            bool spaces = !gap.isEmpty();
            for (const QChar c : gap)
                spaces = spaces && (c == u' ' || c == u'\t' || c == u'\u00a0');
            if (spaces) {
                found.append(
                        Misspelling{wordStart, word.size(), current, Misspelling::Kind::Repeated});
                previous = current;
                previousEnd = at;
                continue;
            }
        }
        previous = current;
        previousEnd = at;
        if (skipped(word) || inAddress(text, wordStart, at))
            continue;
        if (!isCorrect(current))
            found.append(Misspelling{wordStart, word.size(), current, Misspelling::Kind::Unknown});
    }
    return found;
}

} // namespace Copydesk
