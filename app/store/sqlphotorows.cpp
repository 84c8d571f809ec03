// SPDX-License-Identifier: MIT
// Photos as rows of their own, as the SQL library keeps them for the captions desk.
#include "store/sqlstorystore.h"

#include "store/sqldialect.h"
#include "store/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

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

Result<void> SqlStoryStore::writePhotoRows(qint64 row, const QList<Photo> &photos)
{
    if (auto cleared = cached(u"DELETE FROM story_photos WHERE story_row = ?"_s, {row}); !cleared)
        return cleared.error();
    for (qsizetype i = 0; i < photos.size(); ++i) {
        const Photo &photo = photos.at(i);
        if (auto done = cached(u"INSERT INTO story_photos (story_row, position, caption, credit, "
                               u"alt_text, file_id) VALUES (?, ?, ?, ?, ?, ?)"_s,
                               {row, int(i), notNullText(photo.caption), notNullText(photo.credit),
                                notNullText(photo.altText), notNullText(photo.fileId)});
            !done)
            return done.error();
    }
    return {};
}

Result<QList<PhotoRow>> SqlStoryStore::listPhotos(const PhotoQuery &photoQuery)
{
    QString sql = u"SELECT s.id, s.headline, s.language, s.status, s.version, s.saved_at, "
                  u"p.position, p.caption, p.credit, p.alt_text, p.file_id "
                  u"FROM story_photos p JOIN stories s ON s.story_row = p.story_row"_s;
    QStringList conditions;
    QVariantList values;
    if (photoQuery.from.isValid()) {
        conditions.append(u"s.saved_at >= ?"_s);
        values << m_dialect->timeValue(photoQuery.from.toUTC());
    }
    if (photoQuery.to.isValid()) {
        conditions.append(u"s.saved_at < ?"_s);
        values << m_dialect->timeValue(photoQuery.to.toUTC());
    }
    switch (photoQuery.missing) {
    case PhotoQuery::Missing::Nothing:
        break;
    case PhotoQuery::Missing::Credit:
        conditions.append(u"TRIM(p.credit) = ''"_s);
        break;
    case PhotoQuery::Missing::AltText:
        conditions.append(u"TRIM(p.alt_text) = ''"_s);
        break;
    case PhotoQuery::Missing::Picture:
        conditions.append(u"p.file_id = ''"_s);
        break;
    }
    if (const QString text = photoQuery.text.trimmed(); !text.isEmpty()) {
        const QString like = m_dialect->caseInsensitiveLike();
        conditions.append(
                u"(p.caption %1 ? ESCAPE '\\' OR p.credit %1 ? ESCAPE '\\' OR "
                u"p.alt_text %1 ? ESCAPE '\\' OR s.headline %1 ? ESCAPE '\\')"_s.arg(like));
        const QString pattern = containsPattern(text);
        values << pattern << pattern << pattern << pattern;
    }
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    sql += u" ORDER BY s.saved_at DESC, s.save_order DESC, p.position LIMIT ?"_s;
    values << std::max(0, photoQuery.limit);

    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done = run(query, sql, values); !done)
        return failure(done.error(), Text::tr("Copydesk could not list the photos: %1"));
    QList<PhotoRow> rows;
    while (query.next()) {
        PhotoRow row;
        row.storyId = QUuid::fromString(query.value(0).toString());
        row.headline = query.value(1).toString();
        row.language = query.value(2).toString();
        row.status = statusFromKey(query.value(3).toString()).value_or(StoryStatus::Draft);
        row.version = query.value(4).toInt();
        row.savedAt = m_dialect->timeFromValue(query.value(5));
        row.index = query.value(6).toInt();
        row.photo.caption = query.value(7).toString();
        row.photo.credit = query.value(8).toString();
        row.photo.altText = query.value(9).toString();
        row.photo.fileId = query.value(10).toString();
        rows.append(row);
    }
    if (auto read = rowsRead(query); !read)
        return failure(read.error(), Text::tr("Copydesk could not list the photos: %1"));
    return rows;
}

} // namespace Copydesk
