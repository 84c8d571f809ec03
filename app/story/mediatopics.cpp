// SPDX-License-Identifier: MIT
#include "mediatopics.h"

#include <QCoreApplication>

#include <iterator>

using namespace Qt::StringLiterals;

namespace Copydesk::MediaTopics {

namespace {

struct Entry
{
    const char *number;
    const char *name;
};

// IPTC's top-level Media Topics (cv.iptc.org/newscodes/mediatopic), names in en-GB.
constexpr Entry entries[] = {
        {"01000000",
         QT_TRANSLATE_NOOP("Copydesk::MediaTopics", "arts, culture, entertainment and media")},
        {"02000000", QT_TRANSLATE_NOOP("Copydesk::MediaTopics", "crime, law and justice")},
        {"03000000",
         QT_TRANSLATE_NOOP("Copydesk::MediaTopics", "disaster, accident and emergency incident")},
        {"04000000", QT_TRANSLATE_NOOP("Copydesk::MediaTopics", "economy, business and finance")},
        {"05000000", QT_TRANSLATE_NOOP("Copydesk::MediaTopics", "education")},
        {"06000000", QT_TRANSLATE_NOOP("Copydesk::MediaTopics", "environment")},
        {"07000000", QT_TRANSLATE_NOOP("Copydesk::MediaTopics", "health")},
        {"08000000", QT_TRANSLATE_NOOP("Copydesk::MediaTopics", "human interest")},
        {"09000000", QT_TRANSLATE_NOOP("Copydesk::MediaTopics", "labour")},
        {"10000000", QT_TRANSLATE_NOOP("Copydesk::MediaTopics", "lifestyle and leisure")},
        {"11000000", QT_TRANSLATE_NOOP("Copydesk::MediaTopics", "politics")},
        {"12000000", QT_TRANSLATE_NOOP("Copydesk::MediaTopics", "religion")},
        {"13000000", QT_TRANSLATE_NOOP("Copydesk::MediaTopics", "science and technology")},
        {"14000000", QT_TRANSLATE_NOOP("Copydesk::MediaTopics", "society")},
        {"15000000", QT_TRANSLATE_NOOP("Copydesk::MediaTopics", "sport")},
        {"16000000", QT_TRANSLATE_NOOP("Copydesk::MediaTopics", "conflict, war and peace")},
        {"17000000", QT_TRANSLATE_NOOP("Copydesk::MediaTopics", "weather")},
};

constexpr auto codePrefix = "medtop:"_L1;
constexpr auto uriPrefix = "http://cv.iptc.org/newscodes/mediatopic/"_L1;

Topic topic(const Entry &entry)
{
    return {codePrefix + QLatin1StringView(entry.number),
            QCoreApplication::translate("Copydesk::MediaTopics", entry.name)};
}

/// The eight digits of a code in any of its forms, else empty.
QString number(const QString &code)
{
    QString text = code.trimmed();
    for (const QLatin1StringView prefix :
         {uriPrefix, "https://cv.iptc.org/newscodes/mediatopic/"_L1, codePrefix,
          "mediatopic:"_L1}) {
        if (text.startsWith(prefix, Qt::CaseInsensitive)) {
            text = text.mid(prefix.size());
            break;
        }
    }
    if (text.endsWith(u'/'))
        text.chop(1);
    return text;
}

const Entry *entryFor(const QString &code)
{
    const QString wanted = number(code);
    for (const Entry &entry : entries) {
        if (wanted == QLatin1StringView(entry.number))
            return &entry;
    }
    return nullptr;
}

} // namespace

QList<Topic> topLevel()
{
    QList<Topic> topics;
    topics.reserve(qsizetype(std::size(entries)));
    for (const Entry &entry : entries)
        topics.append(topic(entry));
    return topics;
}

std::optional<Topic> find(const QString &code)
{
    if (const Entry *entry = entryFor(code))
        return topic(*entry);
    return std::nullopt;
}

std::optional<Topic> parse(const QString &typed)
{
    if (auto found = find(typed))
        return found;
    const QString name = typed.simplified();
    for (const Entry &entry : entries) {
        const Topic candidate = topic(entry);
        if (name.compare(QLatin1StringView(entry.name), Qt::CaseInsensitive) == 0 ||
            name.compare(candidate.name, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return std::nullopt;
}

QString uri(const QString &code)
{
    return uriPrefix + number(code);
}

QString englishName(const QString &code)
{
    const Entry *entry = entryFor(code);
    return entry ? QString::fromLatin1(entry->name) : QString();
}

} // namespace Copydesk::MediaTopics
