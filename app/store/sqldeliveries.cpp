// SPDX-License-Identifier: MIT
// The outbox and the destinations, as the SQL library keeps them.
#include "store/sqlstorystore.h"

#include "core/logging.h"
#include "store/sqlsupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

#include <cerrno>
#include <csignal>

using namespace Qt::StringLiterals;

namespace Copydesk {

using namespace SqlSupport;

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::SqlStoryStore)
};

constexpr auto allStates = {DeliveryState::Pending,  DeliveryState::Sending,
                            DeliveryState::Retrying, DeliveryState::Delivered,
                            DeliveryState::Failed,   DeliveryState::Cancelled};

const QString deliveryColumns =
        u"id, story_id, version, destination, kind, slug, state, created_at, finished_at, "
        u"attempts, written, url, error_kind, message, next_attempt_ms, claimed_by, "
        u"lease_until_ms"_s;

QVariant msValue(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch())
                        : QVariant(QMetaType::fromType<qint64>());
}

QDateTime msTime(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

Delivery deliveryFromRow(const QSqlQuery &query, const SqlDialect &dialect)
{
    Delivery delivery;
    delivery.id = query.value(0).toLongLong();
    delivery.storyId = QUuid::fromString(query.value(1).toString());
    delivery.version = query.value(2).toInt();
    delivery.destination = query.value(3).toString();
    delivery.kind =
            publicationKindFromKey(query.value(4).toString()).value_or(PublicationKind::First);
    delivery.slug = query.value(5).toString();
    delivery.state =
            deliveryStateFromKey(query.value(6).toString()).value_or(DeliveryState::Pending);
    delivery.createdAt = dialect.timeFromValue(query.value(7));
    delivery.finishedAt = dialect.timeFromValue(query.value(8));
    delivery.attempts = query.value(9).toInt();
    if (const auto written = parseJson(query.value(10)); written && written->isArray()) {
        for (const QJsonValue &value : written->array())
            delivery.written.append(value.toString());
    }
    delivery.url = query.value(11).toString();
    if (!query.value(12).isNull())
        delivery.errorKind = errorKindFromKey(query.value(12).toString());
    delivery.message = query.value(13).toString();
    delivery.nextAttemptAt = msTime(query.value(14));
    delivery.claimedBy = query.value(15).toString();
    delivery.leaseUntil = msTime(query.value(16));
    return delivery;
}

QVariant errorKindValue(const std::optional<ErrorKind> &kind)
{
    return kind ? QVariant(errorKindKey(*kind)) : QVariant(QMetaType::fromType<QString>());
}

/// Whether the worker named "host:pid" on this host is gone.
bool localWorkerGone(const QString &worker)
{
    const qsizetype colon = worker.lastIndexOf(u':');
    if (colon <= 0 || worker.left(colon) != QSysInfo::machineHostName())
        return false;
    bool number = false;
    const qint64 pid = worker.mid(colon + 1).toLongLong(&number);
    if (!number || pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

QVariantList keysOf(const QStringList &keys)
{
    QVariantList values;
    for (const QString &key : keys)
        values.append(key);
    return values;
}

DestinationConfig destinationFromRow(const QSqlQuery &query, const SqlDialect &dialect)
{
    DestinationConfig config;
    config.name = query.value(0).toString();
    config.kind =
            destinationKindFromKey(query.value(1).toString()).value_or(DestinationKind::Folder);
    config.target = query.value(2).toString();
    config.user = query.value(3).toString();
    config.baseUrl = QUrl(query.value(4).toString());
    config.assetsUrl = QUrl(query.value(5).toString());
    config.hubUrl = QUrl(query.value(6).toString());
    config.caFile = query.value(7).toString();
    config.secretEnv = query.value(8).toString();
    config.timeoutSeconds = query.value(9).toInt();
    config.enabled = query.value(10).toInt() != 0;
    config.createdAt = dialect.timeFromValue(query.value(11));
    return config;
}

} // namespace

QString deliveryStateKey(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Pending:
        return u"pending"_s;
    case DeliveryState::Sending:
        return u"sending"_s;
    case DeliveryState::Retrying:
        return u"retrying"_s;
    case DeliveryState::Delivered:
        return u"delivered"_s;
    case DeliveryState::Failed:
        return u"failed"_s;
    case DeliveryState::Cancelled:
        return u"cancelled"_s;
    }
    return u"pending"_s;
}

std::optional<DeliveryState> deliveryStateFromKey(const QString &key)
{
    for (DeliveryState state : allStates) {
        if (deliveryStateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

QString deliveryStateDisplayName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Pending:
        return Text::tr("Pending");
    case DeliveryState::Sending:
        return Text::tr("Sending");
    case DeliveryState::Retrying:
        return Text::tr("Retrying");
    case DeliveryState::Delivered:
        return Text::tr("Delivered");
    case DeliveryState::Failed:
        return Text::tr("Failed");
    case DeliveryState::Cancelled:
        return Text::tr("Cancelled");
    }
    return {};
}

bool isUnfinished(DeliveryState state)
{
    return state == DeliveryState::Pending || state == DeliveryState::Sending ||
            state == DeliveryState::Retrying;
}

Result<qint64> SqlStoryStore::addDelivery(const Delivery &delivery)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    QJsonArray written;
    for (const QString &path : delivery.written)
        written.append(path);
    if (auto done = run(
                query,
                u"INSERT INTO deliveries (story_id, version, destination, kind, slug, "
                u"state, created_at, finished_at, attempts, written, url, error_kind, "
                u"message, next_attempt_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                u"RETURNING id"_s,
                {idText(delivery.storyId), delivery.version, delivery.destination,
                 publicationKindKey(delivery.kind), notNullText(delivery.slug),
                 deliveryStateKey(delivery.state),
                 m_dialect->timeValue(delivery.createdAt.isValid() ? delivery.createdAt : now()),
                 m_dialect->timeValue(delivery.finishedAt), delivery.attempts, compactJson(written),
                 notNullText(delivery.url), errorKindValue(delivery.errorKind),
                 notNullText(delivery.message), msValue(delivery.nextAttemptAt)});
        !done)
        return failure(done.error(), Text::tr("Copydesk could not record the delivery: %1"));
    if (!query.next())
        return Error{ErrorKind::Permanent,
                     Text::tr("Copydesk could not record the delivery: the library gave no id.")};
    return query.value(0).toLongLong();
}

Result<void> SqlStoryStore::finishDelivery(const Delivery &delivery)
{
    return writeTransaction([&]() -> Result<void> {
        QSqlDatabase db = database();
        QSqlQuery query(db);
        QJsonArray written;
        for (const QString &path : delivery.written)
            written.append(path);
        const bool finished = !isUnfinished(delivery.state);
        const QDateTime finishedAt = finished
                ? (delivery.finishedAt.isValid() ? delivery.finishedAt : now())
                : QDateTime();
        if (auto done = run(query,
                            u"UPDATE deliveries SET version = ?, slug = ?, state = ?, "
                            u"finished_at = ?, written = ?, url = ?, error_kind = ?, message = ?, "
                            u"next_attempt_ms = ?, claimed_by = '', lease_until_ms = NULL "
                            u"WHERE id = ?"_s,
                            {delivery.version, notNullText(delivery.slug),
                             deliveryStateKey(delivery.state), m_dialect->timeValue(finishedAt),
                             compactJson(written), notNullText(delivery.url),
                             errorKindValue(delivery.errorKind), notNullText(delivery.message),
                             msValue(delivery.nextAttemptAt), delivery.id});
            !done)
            return failure(done.error(),
                           Text::tr("Copydesk could not record how the delivery went: %1"));
        if (query.numRowsAffected() != 1)
            return Error{ErrorKind::NotFound,
                         Text::tr("The delivery %1 is no longer in the library.").arg(delivery.id)};
        if (delivery.pauseDestinationUntil.isValid()) {
            QSqlQuery pause(db);
            if (auto paused = run(pause,
                                  m_dialect->upsert(u"destination_pauses"_s,
                                                    {u"destination"_s, u"until_ms"_s},
                                                    {u"destination"_s}),
                                  {delivery.destination, msValue(delivery.pauseDestinationUntil)});
                !paused)
                return failure(paused.error(),
                               Text::tr("Copydesk could not record how the delivery went: %1"));
        }
        if (delivery.state != DeliveryState::Delivered)
            return {};
        // What arrived is the newest a reader can have: rows of earlier
        // versions still waiting have nothing left to deliver.
        QSqlQuery older(db);
        if (auto done =
                    run(older,
                        u"UPDATE deliveries SET state = CASE WHEN version < ? THEN ? ELSE ? "
                        u"END, finished_at = ?, message = CASE WHEN version < ? THEN ? ELSE "
                        u"? END, claimed_by = '', lease_until_ms = NULL, next_attempt_ms = "
                        u"NULL WHERE story_id = ? AND destination = ? AND id <> ? AND "
                        u"version <= ? AND state IN (?, ?)"_s,
                        {delivery.version, deliveryStateKey(DeliveryState::Cancelled),
                         deliveryStateKey(DeliveryState::Delivered),
                         m_dialect->timeValue(finishedAt), delivery.version,
                         Text::tr("Superseded: version %1 was delivered.").arg(delivery.version),
                         Text::tr("Delivered with the same version."), idText(delivery.storyId),
                         delivery.destination, delivery.id, delivery.version,
                         deliveryStateKey(DeliveryState::Pending),
                         deliveryStateKey(DeliveryState::Retrying)});
            !done)
            return failure(done.error(),
                           Text::tr("Copydesk could not record how the delivery went: %1"));
        return {};
    });
}

Result<std::optional<Delivery>> SqlStoryStore::claimDelivery(const DeliveryClaim &claim)
{
    std::optional<Delivery> claimed;
    if (claim.destinations.isEmpty())
        return claimed;
    const qint64 nowMs = claim.now.toMSecsSinceEpoch();
    auto done = writeTransaction([&]() -> Result<void> {
        QSqlDatabase db = database();
        // Claims whose worker is gone (killed, or its lease ran out) are taken back first.
        QSqlQuery sending(db);
        readRowsOnce(sending);
        if (auto read = run(sending,
                            u"SELECT DISTINCT claimed_by FROM deliveries WHERE state = ? AND "
                            u"lease_until_ms >= ?"_s,
                            {deliveryStateKey(DeliveryState::Sending), nowMs});
            !read)
            return read;
        QStringList gone;
        while (sending.next()) {
            const QString worker = sending.value(0).toString();
            if (localWorkerGone(worker))
                gone.append(worker);
        }
        QSqlQuery takeBack(db);
        QVariantList takeBackValues{deliveryStateKey(DeliveryState::Retrying),
                                    Text::tr("The worker sending it stopped; sending it again."),
                                    nowMs, deliveryStateKey(DeliveryState::Sending), nowMs};
        QString goneTerm;
        if (!gone.isEmpty()) {
            goneTerm = u" OR claimed_by IN (%1)"_s.arg(placeholders(gone.size()));
            takeBackValues.append(keysOf(gone));
        }
        // Rows another worker is taking back at this moment are left to it.
        if (auto taken = run(takeBack,
                             u"UPDATE deliveries SET state = ?, message = ?, claimed_by = '', "
                             u"lease_until_ms = NULL, next_attempt_ms = ? WHERE id IN (SELECT id "
                             u"FROM deliveries WHERE state = ? AND (lease_until_ms IS NULL OR "
                             u"lease_until_ms < ?"_s +
                                     goneTerm + u')' +
                                     m_dialect->lockRows(SqlDialect::RowLock::SkipLocked) + u')',
                             takeBackValues);
            !taken)
            return taken;
        if (takeBack.numRowsAffected() > 0)
            qCInfo(lcPublish).noquote() << u"Took back %1 deliveries from stopped workers"_s.arg(
                    takeBack.numRowsAffected());

        // The oldest due row, or the one asked for; a story already being
        // sent to a destination waits for that to end. Of a story's due rows
        // for one destination only the oldest is a candidate, so that
        // workers claiming at once meet at the same row: the first holds it,
        // the others pass it by (SKIP LOCKED on a server) and take other work.
        const QString waiting = u"(?, ?)"_s;
        const QVariantList waitingStates{deliveryStateKey(DeliveryState::Pending),
                                         deliveryStateKey(DeliveryState::Retrying)};
        QVariantList values = waitingStates;
        values.append(keysOf(claim.destinations));
        QString which;
        if (claim.id > 0) {
            which = u"d.id = ?"_s;
            values.append(claim.id);
        } else {
            which = u"(d.next_attempt_ms IS NULL OR d.next_attempt_ms <= ?) AND NOT EXISTS "
                    u"(SELECT 1 FROM deliveries e WHERE e.story_id = d.story_id AND "
                    u"e.destination = d.destination AND e.id < d.id AND e.state IN %1 AND "
                    u"(e.next_attempt_ms IS NULL OR e.next_attempt_ms <= ?))"_s.arg(waiting);
            values.append(nowMs);
            values.append(waitingStates);
            values.append(nowMs);
        }
        values.append(deliveryStateKey(DeliveryState::Sending));
        values.append(nowMs);
        QSqlQuery candidate(db);
        readRowsOnce(candidate);
        if (auto read = run(candidate,
                            u"SELECT d.story_id, d.destination FROM deliveries d WHERE d.state IN "
                            u"%4 AND d.destination IN (%1) AND %2 AND NOT EXISTS (SELECT 1 "
                            u"FROM deliveries s WHERE s.story_id = d.story_id AND s.destination = "
                            u"d.destination AND s.state = ?) AND NOT EXISTS (SELECT 1 FROM "
                            u"destination_pauses p WHERE p.destination = d.destination AND "
                            u"p.until_ms > ?) ORDER BY d.id LIMIT 1%3"_s.arg(
                                    placeholders(claim.destinations.size()), which,
                                    m_dialect->lockRows(SqlDialect::RowLock::SkipLocked, u"d"_s),
                                    waiting),
                            values);
            !read)
            return read;
        if (!candidate.next())
            return rowsRead(candidate);
        const QString storyId = candidate.value(0).toString();
        const QString destination = candidate.value(1).toString();
        candidate.finish();

        // The newest version waiting for that destination is the one to send.
        QSqlQuery newest(db);
        readRowsOnce(newest);
        if (auto read = run(newest,
                            u"SELECT "_s + deliveryColumns +
                                    u" FROM deliveries WHERE story_id = ? AND destination = ? AND "
                                    u"state IN (?, ?) ORDER BY id DESC LIMIT 1"_s +
                                    m_dialect->lockRows(SqlDialect::RowLock::Wait),
                            {storyId, destination, deliveryStateKey(DeliveryState::Pending),
                             deliveryStateKey(DeliveryState::Retrying)});
            !read)
            return read;
        if (!newest.next())
            return rowsRead(newest);
        Delivery delivery = deliveryFromRow(newest, *m_dialect);
        newest.finish();

        QSqlQuery superseded(db);
        if (auto cancelled =
                    run(superseded,
                        u"UPDATE deliveries SET state = ?, finished_at = ?, message = ?, "
                        u"next_attempt_ms = NULL WHERE story_id = ? AND destination = ? AND "
                        u"id < ? AND state IN (?, ?)"_s,
                        {deliveryStateKey(DeliveryState::Cancelled), m_dialect->timeValue(now()),
                         Text::tr("Superseded by version %1.").arg(delivery.version), storyId,
                         destination, delivery.id, deliveryStateKey(DeliveryState::Pending),
                         deliveryStateKey(DeliveryState::Retrying)});
            !cancelled)
            return cancelled;

        delivery.state = DeliveryState::Sending;
        delivery.claimedBy = claim.worker;
        delivery.leaseUntil = claim.now.addMSecs(claim.leaseMs);
        delivery.attempts += 1;
        QSqlQuery take(db);
        if (auto taken =
                    run(take,
                        u"UPDATE deliveries SET state = ?, claimed_by = ?, lease_until_ms = ?, "
                        u"attempts = attempts + 1 WHERE id = ?"_s,
                        {deliveryStateKey(DeliveryState::Sending), claim.worker,
                         msValue(delivery.leaseUntil), delivery.id});
            !taken)
            return taken;
        claimed = delivery;
        return {};
    });
    if (!done)
        return failure(done.error(),
                       Text::tr("Copydesk could not take a delivery from the outbox: %1"));
    return claimed;
}

Result<std::optional<QDateTime>> SqlStoryStore::nextDeliveryDue(const QStringList &destinations)
{
    std::optional<QDateTime> due;
    if (destinations.isEmpty())
        return due;
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    QVariantList values{deliveryStateKey(DeliveryState::Pending),
                        deliveryStateKey(DeliveryState::Retrying)};
    values.append(keysOf(destinations));
    values.append(deliveryStateKey(DeliveryState::Sending));
    values.append(keysOf(destinations));
    // A row being sent elsewhere counts at its lease's end: taken back then if still there.
    if (auto done =
                run(query,
                    u"SELECT MIN(t) FROM (SELECT CASE WHEN COALESCE(p.until_ms, 0) > "
                    u"COALESCE(d.next_attempt_ms, 0) THEN p.until_ms ELSE "
                    u"COALESCE(d.next_attempt_ms, 0) END AS t FROM deliveries d LEFT JOIN "
                    u"destination_pauses p ON p.destination = d.destination WHERE d.state IN "
                    u"(?, ?) AND d.destination IN (%1) UNION ALL "
                    u"SELECT COALESCE(lease_until_ms, 0) AS t FROM deliveries WHERE state = ? "
                    u"AND destination IN (%1)) AS waiting"_s.arg(placeholders(destinations.size())),
                    values);
        !done)
        return failure(done.error(), Text::tr("Copydesk could not read the outbox: %1"));
    if (query.next() && !query.value(0).isNull())
        due = msTime(query.value(0));
    return due;
}

Result<QList<Delivery>> SqlStoryStore::deliveryQueue(const DeliveryQuery &queueQuery)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    QString where;
    QVariantList values;
    if (queueQuery.needingAttention) {
        where = u" WHERE state IN (?, ?, ?, ?)"_s;
        values << deliveryStateKey(DeliveryState::Pending)
               << deliveryStateKey(DeliveryState::Sending)
               << deliveryStateKey(DeliveryState::Retrying)
               << deliveryStateKey(DeliveryState::Failed);
    }
    values.append(qMax(0, queueQuery.limit));
    if (auto done = run(query,
                        u"SELECT "_s + deliveryColumns + u" FROM deliveries"_s + where +
                                u" ORDER BY id DESC LIMIT ?"_s,
                        values);
        !done)
        return failure(done.error(), Text::tr("Copydesk could not read the outbox: %1"));
    QList<Delivery> list;
    while (query.next())
        list.append(deliveryFromRow(query, *m_dialect));
    if (auto read = rowsRead(query); !read)
        return read.error();
    return list;
}

Result<Delivery> SqlStoryStore::delivery(qint64 id)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done = run(query, u"SELECT "_s + deliveryColumns + u" FROM deliveries WHERE id = ?"_s,
                        {id});
        !done)
        return failure(done.error(), Text::tr("Copydesk could not read the outbox: %1"));
    if (!query.next())
        return Error{ErrorKind::NotFound,
                     Text::tr("The delivery %1 is not in the library.").arg(id)};
    return deliveryFromRow(query, *m_dialect);
}

Result<void> SqlStoryStore::retryDeliveryNow(qint64 id)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (auto done = run(
                query,
                u"UPDATE deliveries SET state = CASE WHEN state = ? THEN ? ELSE state END, "
                u"next_attempt_ms = NULL, finished_at = NULL WHERE id = ? AND state IN "
                u"(?, ?, ?, ?)"_s,
                {deliveryStateKey(DeliveryState::Failed), deliveryStateKey(DeliveryState::Retrying),
                 id, deliveryStateKey(DeliveryState::Pending),
                 deliveryStateKey(DeliveryState::Retrying), deliveryStateKey(DeliveryState::Failed),
                 deliveryStateKey(DeliveryState::Cancelled)});
        !done)
        return failure(done.error(), Text::tr("Copydesk could not change the outbox: %1"));
    if (query.numRowsAffected() == 1)
        return {};
    const auto row = delivery(id);
    if (!row)
        return row.error();
    return Error{
            ErrorKind::InvalidInput,
            Text::tr("The delivery %1 is %2; only one waiting, failed or cancelled can be tried "
                     "again.")
                    .arg(id)
                    .arg(deliveryStateDisplayName(row->state).toLower())};
}

Result<void> SqlStoryStore::cancelDelivery(qint64 id)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (auto done =
                run(query,
                    u"UPDATE deliveries SET state = ?, finished_at = ?, next_attempt_ms = NULL, "
                    u"message = ? WHERE id = ? AND state IN (?, ?, ?)"_s,
                    {deliveryStateKey(DeliveryState::Cancelled), m_dialect->timeValue(now()),
                     Text::tr("Cancelled."), id, deliveryStateKey(DeliveryState::Pending),
                     deliveryStateKey(DeliveryState::Retrying),
                     deliveryStateKey(DeliveryState::Failed)});
        !done)
        return failure(done.error(), Text::tr("Copydesk could not change the outbox: %1"));
    if (query.numRowsAffected() == 1)
        return {};
    const auto row = delivery(id);
    if (!row)
        return row.error();
    return Error{ErrorKind::InvalidInput,
                 row->state == DeliveryState::Sending
                         ? Text::tr("The delivery %1 is being sent right now; cancel it once the "
                                    "attempt ends.")
                                   .arg(id)
                         : Text::tr("The delivery %1 is %2 already.")
                                   .arg(id)
                                   .arg(deliveryStateDisplayName(row->state).toLower())};
}

Result<QList<Delivery>> SqlStoryStore::deliveries(const QUuid &storyId, int limit)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done = run(query,
                        u"SELECT "_s + deliveryColumns +
                                u" FROM deliveries WHERE story_id = ? ORDER BY id DESC LIMIT ?"_s,
                        {idText(storyId), qMax(0, limit)});
        !done)
        return failure(done.error(), Text::tr("Copydesk could not read the deliveries: %1"));
    QList<Delivery> list;
    while (query.next())
        list.append(deliveryFromRow(query, *m_dialect));
    return list;
}

Result<std::optional<Delivery>> SqlStoryStore::lastDelivery(const QUuid &storyId,
                                                            const QString &destination)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done = run(query,
                        u"SELECT "_s + deliveryColumns +
                                u" FROM deliveries WHERE story_id = ? AND destination = ? AND "
                                u"state = ? ORDER BY id DESC LIMIT 1"_s,
                        {idText(storyId), destination, deliveryStateKey(DeliveryState::Delivered)});
        !done)
        return failure(done.error(), Text::tr("Copydesk could not read the deliveries: %1"));
    if (!query.next())
        return std::optional<Delivery>();
    return std::optional<Delivery>(deliveryFromRow(query, *m_dialect));
}

Result<QHash<QString, QUuid>> SqlStoryStore::storiesDeliveredAs(const QString &destination,
                                                                const QStringList &entries)
{
    QHash<QString, QUuid> found;
    if (entries.isEmpty())
        return found;
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    // written is a JSON array of strings: each entry is matched with its quotes, all in one read.
    QStringList matches;
    QVariantList values{deliveryStateKey(DeliveryState::Delivered), destination};
    for (const QString &entry : entries) {
        QString needle = compactJson(QJsonArray{entry});
        needle = needle.mid(1, needle.size() - 2);
        needle.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        matches.append(u"written LIKE ? ESCAPE '\\'"_s);
        values.append(QString(u'%' + needle + u'%'));
    }
    if (auto done = run(query,
                        u"SELECT story_id, written FROM deliveries WHERE state = ? AND "
                        u"destination = ? AND ("_s +
                                matches.join(u" OR "_s) + u") ORDER BY id DESC"_s,
                        values);
        !done)
        return failure(done.error(), Text::tr("Copydesk could not read the deliveries: %1"));
    const QSet<QString> wanted(entries.cbegin(), entries.cend());
    while (query.next()) {
        const auto written = parseJson(query.value(1));
        if (!written || !written->isArray())
            continue;
        for (const QJsonValue &value : written->array()) {
            const QString entry = value.toString();
            if (wanted.contains(entry) && !found.contains(entry))
                found.insert(entry, QUuid::fromString(query.value(0).toString()));
        }
    }
    return found;
}

Result<QList<Delivery>> SqlStoryStore::unfinishedDeliveries(const QString &destination, int limit)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done = run(query,
                        u"SELECT "_s + deliveryColumns +
                                u" FROM deliveries WHERE destination = ? AND state IN (?, ?, ?) "
                                u"ORDER BY id ASC LIMIT ?"_s,
                        {destination, deliveryStateKey(DeliveryState::Pending),
                         deliveryStateKey(DeliveryState::Sending),
                         deliveryStateKey(DeliveryState::Retrying), qMax(0, limit)});
        !done)
        return failure(done.error(), Text::tr("Copydesk could not read the deliveries: %1"));
    QList<Delivery> list;
    while (query.next())
        list.append(deliveryFromRow(query, *m_dialect));
    return list;
}

Result<QList<DestinationConfig>> SqlStoryStore::destinations()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done = run(query,
                        u"SELECT name, kind, target, user_name, base_url, assets_url, hub_url, "
                        u"ca_file, secret_env, timeout_seconds, enabled, created_at FROM "
                        u"destinations ORDER BY "
                        u"name"_s);
        !done)
        return failure(done.error(), Text::tr("Copydesk could not read the destinations: %1"));
    QList<DestinationConfig> list;
    while (query.next())
        list.append(destinationFromRow(query, *m_dialect));
    if (auto read = rowsRead(query); !read)
        return read.error();
    return list;
}

Result<void> SqlStoryStore::saveDestination(const DestinationConfig &config)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    const QString upsert =
            m_dialect->upsert(u"destinations"_s,
                              {u"name"_s, u"kind"_s, u"target"_s, u"user_name"_s, u"base_url"_s,
                               u"assets_url"_s, u"hub_url"_s, u"ca_file"_s, u"secret_env"_s,
                               u"timeout_seconds"_s, u"enabled"_s, u"created_at"_s},
                              {u"name"_s});
    if (auto done =
                run(query, upsert,
                    {config.name, destinationKindKey(config.kind), config.target,
                     notNullText(config.user), notNullText(config.baseUrl.toString()),
                     notNullText(config.assetsUrl.toString()),
                     notNullText(config.hubUrl.toString()), notNullText(config.caFile),
                     notNullText(config.secretEnv), config.timeoutSeconds, config.enabled ? 1 : 0,
                     m_dialect->timeValue(config.createdAt.isValid() ? config.createdAt : now())});
        !done)
        return failure(
                done.error(),
                Text::tr("Copydesk could not keep the destination “%1”: %2").arg(config.name));
    return {};
}

Result<void> SqlStoryStore::removeDestination(const QString &name)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (auto done = run(query, u"DELETE FROM destinations WHERE name = ?"_s, {name}); !done)
        return failure(done.error(),
                       Text::tr("Copydesk could not remove the destination “%1”: %2").arg(name));
    if (query.numRowsAffected() != 1)
        return Error{ErrorKind::NotFound, Text::tr("There is no destination “%1”.").arg(name)};
    return {};
}

Result<QStringList> SqlStoryStore::newsroomWords()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (auto done = run(query, u"SELECT word FROM newsroom_words ORDER BY word"_s); !done)
        return failure(done.error(),
                       Text::tr("Copydesk could not read the newsroom dictionary: %1"));
    QStringList words;
    while (query.next())
        words.append(query.value(0).toString());
    return words;
}

Result<void> SqlStoryStore::addNewsroomWord(const QString &word, const QString &addedBy)
{
    const QString clean = word.trimmed();
    if (clean.isEmpty() || clean.size() > 100 || clean.contains(u' '))
        return Error{
                ErrorKind::InvalidInput,
                Text::tr("“%1” is not one word to add to the newsroom dictionary.").arg(clean)};
    QSqlDatabase db = database();
    QSqlQuery query(db);
    const QString insert = m_dialect->upsert(
            u"newsroom_words"_s, {u"word"_s, u"added_by"_s, u"added_at"_s}, {u"word"_s});
    if (auto done = run(query, insert, {clean, notNullText(addedBy), m_dialect->timeValue(now())});
        !done)
        return failure(
                done.error(),
                Text::tr("Copydesk could not add “%1” to the newsroom dictionary: %2").arg(clean));
    return {};
}

Result<void> SqlStoryStore::removeNewsroomWord(const QString &word)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (auto done = run(query, u"DELETE FROM newsroom_words WHERE word = ?"_s, {word}); !done)
        return failure(done.error(),
                       Text::tr("Copydesk could not remove “%1” from the newsroom dictionary: %2")
                               .arg(word));
    if (query.numRowsAffected() != 1)
        return Error{ErrorKind::NotFound,
                     Text::tr("“%1” is not in the newsroom dictionary.").arg(word)};
    return {};
}

Result<QMap<QString, QString>> SqlStoryStore::librarySettings()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    readRowsOnce(query);
    if (auto done = run(query, u"SELECT key, value FROM library_settings"_s); !done)
        return failure(done.error(),
                       Text::tr("Copydesk could not read the library's settings: %1"));
    QMap<QString, QString> values;
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());
    if (auto read = rowsRead(query); !read)
        return read.error();
    return values;
}

Result<void> SqlStoryStore::saveLibrarySettings(const QMap<QString, QString> &values,
                                                const QString &changedBy)
{
    const QString upsert =
            m_dialect->upsert(u"library_settings"_s,
                              {u"key"_s, u"value"_s, u"changed_by"_s, u"changed_at"_s}, {u"key"_s});
    auto done = writeTransaction([&]() -> Result<void> {
        QSqlDatabase db = database();
        const QVariant when = m_dialect->timeValue(now());
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            QSqlQuery query(db);
            if (auto kept = run(query, upsert,
                                {it.key(), notNullText(it.value()), notNullText(changedBy), when});
                !kept)
                return kept;
        }
        return {};
    });
    if (!done)
        return failure(done.error(),
                       Text::tr("Copydesk could not keep the library's settings: %1"));
    return {};
}

} // namespace Copydesk
