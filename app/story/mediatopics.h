// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Copydesk::MediaTopics {

/// One IPTC Media Topic: its code ("medtop:11000000") and its name for people.
struct Topic
{
    QString code;
    QString name; ///< translated

    bool operator==(const Topic &) const = default;
};

/// The seventeen top-level topics, in the order IPTC numbers them.
QList<Topic> topLevel();

/**
 * The topic a code names: "medtop:11000000", "11000000", or its URI at
 * IPTC; nullopt for a code that is none of the top-level ones.
 */
std::optional<Topic> find(const QString &code);

/// The topic someone typed: any form find() takes, or its name (English or translated).
std::optional<Topic> parse(const QString &typed);

/// The topic's URI at IPTC ("http://cv.iptc.org/newscodes/mediatopic/11000000").
QString uri(const QString &code);

/// The English name IPTC gives it, for outputs read by machines and other newsrooms.
QString englishName(const QString &code);

} // namespace Copydesk::MediaTopics
