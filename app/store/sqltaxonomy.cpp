// SPDX-License-Identifier: MIT
// Sections, tags and subjects as the SQL library keeps them beside the stories.
#include "store/sqlstorystore.h"

#include "store/sqldialect.h"
#include "store/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Copydesk {

using namespace SqlSupport;

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::SqlStoryStore)
};

} // namespace

Result<void> SqlStoryStore::keepTagsInUse(const QStringList &tags, const QDateTime &at)
{
    // In the order of their keys: two desks saving the same tags lock
    // their rows in the same order, so neither waits on the other forever.
    QList<std::pair<QString, QString>> keyed;
    for (const QString &tag : tags)
        keyed.append({tag.toCaseFolded(), tag});
    std::sort(keyed.begin(), keyed.end());
    const QString keep = m_dialect->upsert(u"tags_in_use"_s, {u"tag_key"_s, u"tag"_s, u"used_at"_s},
                                           {u"tag_key"_s});
    for (const auto &[key, tag] : keyed) {
        if (auto done = cached(keep, {key, tag, m_dialect->timeValue(at)}); !done)
            return done.error();
    }
    return {};
}

Result<QStringList> SqlStoryStore::tagsInUse(int limit)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done =
                run(query, u"SELECT tag FROM tags_in_use ORDER BY used_at DESC, tag_key LIMIT ?"_s,
                    {qMax(0, limit)});
        !done)
        return failure(done.error(), Text::tr("Copydesk could not read the tags in use: %1"));
    QStringList tags;
    while (query.next())
        tags.append(query.value(0).toString());
    if (auto read = rowsRead(query); !read)
        return failure(read.error(), Text::tr("Copydesk could not read the tags in use: %1"));
    return tags;
}

} // namespace Copydesk
