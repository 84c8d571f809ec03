// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

class Hunspell;

namespace Copydesk {

/// A word the checker does not know, or a word said twice ("the the").
struct Misspelling
{
    enum class Kind { Unknown, Repeated };
    qsizetype start = 0;
    qsizetype length = 0;
    QString word;
    Kind kind = Kind::Unknown;
    bool operator==(const Misspelling &) const = default;
};

/**
 * Spelling with Hunspell and an installed dictionary, plus the words a
 * newsroom keeps in its library (names, places, house spellings) and the
 * ones ignored this session. Words with digits, all-capital words
 * (acronyms, TK) and web addresses are not checked; a word repeated with
 * only spaces between is flagged on its second time.
 *
 * Not thread-safe: each thread makes its own.
 */
class SpellChecker
{
public:
    /// Where Debian and most desktops keep Hunspell dictionaries.
    static QStringList defaultSearchPaths();
    /// The installed dictionaries' names ("en_US", "de_DE"), sorted.
    static QStringList installedDictionaries(const QStringList &searchPaths = defaultSearchPaths());
    /**
     * The dictionary for a BCP 47 tag: "en-GB" takes en_GB, "en" en_US or
     * another en_ one, "ar" ar. Null when none is installed for it.
     */
    static std::unique_ptr<SpellChecker>
    forLanguage(const QString &language, const QStringList &searchPaths = defaultSearchPaths());

    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    /// "en_US".
    QString dictionaryName() const { return m_name; }
    bool isCorrect(const QString &word) const;
    /// Hunspell's suggestions, best first, at most max.
    QStringList suggestions(const QString &word, int max = 8) const;
    /// Words taken as right from now on: the newsroom dictionary, or "Ignore".
    void acceptWords(const QStringList &words);
    /// Every unknown or repeated word of text, in order.
    QList<Misspelling> check(QStringView text) const;

private:
    SpellChecker(std::unique_ptr<Hunspell> hunspell, QString name);
    QByteArray encode(const QString &word) const;
    QString decode(const std::string &word) const;

    std::unique_ptr<Hunspell> m_hunspell;
    QString m_name;
    bool m_utf8 = true;
    QSet<QString> m_accepted;
};

} // namespace Copydesk
