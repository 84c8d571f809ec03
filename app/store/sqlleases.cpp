// SPDX-License-Identifier: MIT
// Editing leases: who has which story open for editing, renewed while the
// window is open and taken back from a window that stopped renewing it.
#include "store/sqlstorystore.h"
#include "store/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Copydesk {

using namespace SqlSupport;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::SqlStoryStore)
};

} // namespace

Result<std::optional<EditLease>> SqlStoryStore::leaseRow(const QUuid &storyId)
{
    auto query = cached(u"SELECT l.holder, l.machine, l.token, l.since, l.renewed_at FROM "
                        u"story_leases l JOIN stories s ON s.story_row = l.story_row WHERE "
                        u"s.id = ?"_s,
                        {idText(storyId)});
    if (!query)
        return query.error();
    std::optional<EditLease> found;
    if ((*query)->next()) {
        found = EditLease{storyId,
                          (*query)->value(0).toString(),
                          (*query)->value(1).toString(),
                          (*query)->value(2).toString(),
                          m_dialect->timeFromValue((*query)->value(3)),
                          m_dialect->timeFromValue((*query)->value(4))};
    }
    (*query)->finish();
    return found;
}

Result<EditLease> SqlStoryStore::takeLease(const EditLease &mine, bool takeOver)
{
    std::optional<EditLease> held;
    EditLease taken = mine;
    auto done = writeTransaction([&]() -> Result<void> {
        qint64 row = 0;
        {
            // Two desks taking the story at once take turns here, so the
            // second sees the first one's lease.
            auto query = cached(u"SELECT story_row FROM stories WHERE id = ?"_s +
                                        m_dialect->lockRows(SqlDialect::RowLock::Wait),
                                {idText(mine.storyId)});
            if (!query)
                return query.error();
            const bool exists = (*query)->next();
            if (exists)
                row = (*query)->value(0).toLongLong();
            (*query)->finish();
            if (!exists)
                return Error{
                        ErrorKind::NotFound,
                        Text::tr("There is no story %1 in the library.").arg(idText(mine.storyId))};
        }
        auto current = leaseRow(mine.storyId);
        if (!current)
            return current.error();
        const QDateTime at = now();
        const bool live = *current && (*current)->renewedAt.addSecs(EditLease::leaseSeconds) >= at;
        const bool ours = *current && (*current)->token == mine.token;
        if (live && !ours && !takeOver) {
            held = *current;
            return {};
        }
        taken.since = live && ours ? (*current)->since : at;
        taken.renewedAt = at;
        auto written =
                cached(m_dialect->upsert(u"story_leases"_s,
                                         {u"story_row"_s, u"holder"_s, u"machine"_s, u"token"_s,
                                          u"since"_s, u"renewed_at"_s},
                                         {u"story_row"_s}),
                       {row, taken.holder, taken.machine, taken.token,
                        m_dialect->timeValue(taken.since), m_dialect->timeValue(taken.renewedAt)});
        if (!written)
            return written.error();
        (*written)->finish();
        return {};
    });
    if (!done)
        return failure(done.error(), Text::tr("Copydesk could not take the story for editing: %1"));
    return held ? *held : taken;
}

Result<std::optional<EditLease>> SqlStoryStore::renewLease(const EditLease &mine)
{
    std::optional<EditLease> held;
    auto done = writeTransaction([&]() -> Result<void> {
        auto current = leaseRow(mine.storyId);
        if (!current)
            return current.error();
        if (!*current || (*current)->token != mine.token) {
            held = *current;
            return {};
        }
        const QDateTime at = now();
        auto renewed = cached(u"UPDATE story_leases SET renewed_at = ? WHERE token = ? AND "
                              u"story_row = (SELECT story_row FROM stories WHERE id = ?)"_s,
                              {m_dialect->timeValue(at), mine.token, idText(mine.storyId)});
        if (!renewed)
            return renewed.error();
        const bool stillOurs = (*renewed)->numRowsAffected() == 1;
        (*renewed)->finish();
        if (!stillOurs) {
            // Taken over between the read and the renewal: the new holder's lease.
            auto now = leaseRow(mine.storyId);
            if (!now)
                return now.error();
            held = *now;
            return {};
        }
        held = **current;
        held->renewedAt = at;
        return {};
    });
    if (!done)
        return failure(done.error(), Text::tr("Copydesk could not renew the editing lease: %1"));
    return held;
}

Result<void> SqlStoryStore::releaseLease(const EditLease &mine)
{
    auto done = cached(u"DELETE FROM story_leases WHERE token = ? AND story_row = (SELECT "
                       u"story_row FROM stories WHERE id = ?)"_s,
                       {mine.token, idText(mine.storyId)});
    if (!done)
        return failure(done.error(), Text::tr("Copydesk could not let the story go: %1"));
    (*done)->finish();
    return {};
}

Result<std::optional<EditLease>> SqlStoryStore::lease(const QUuid &storyId)
{
    auto current = leaseRow(storyId);
    if (!current)
        return failure(current.error(),
                       Text::tr("Copydesk could not read who is editing the story: %1"));
    if (*current && (*current)->renewedAt.addSecs(EditLease::leaseSeconds) < now())
        return std::optional<EditLease>{};
    return current;
}

} // namespace Copydesk
