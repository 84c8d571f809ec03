// SPDX-License-Identifier: MIT
#include "sqlstorystore.h"

#include "core/logging.h"
#include "store/migrations.h"
#include "story/storyjson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Copydesk::SqlStoryStore", text, disambiguation, n);
}

std::atomic<int> connectionCounter{0};

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString storyLabel(const Story &story)
{
    return story.headline().isEmpty() ? idText(story.id()) : story.headline();
}

QDateTime nowInWholeSeconds()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
}

Result<void> run(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    return execPrepared(query, sql, values);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// Qt SQL binds a null QString as NULL, and an unset field is a null QString.
QVariant notNullText(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

QString compactJson(const QJsonValue &value)
{
    const QJsonDocument document =
            value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

Result<QJsonDocument> parseJson(const QVariant &value)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error{error.errorString()};
    return document;
}

void dropConnection(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

/// Rolls back unless committed, so that every early return leaves the database as it was.
class WriteTransaction
{
public:
    WriteTransaction(QSqlDatabase &db, const SqlDialect &dialect)
        : m_db(db)
        , m_dialect(dialect)
    {
    }
    ~WriteTransaction()
    {
        if (!m_open)
            return;
        QSqlQuery query(m_db);
        if (auto undone = run(query, u"ROLLBACK"_s); !undone)
            qCWarning(lcStore) << "Rolling back failed:" << undone.errorMessage();
    }
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    Result<void> begin()
    {
        QSqlQuery query(m_db);
        auto begun = run(query, m_dialect.beginWrite());
        m_open = begun.ok();
        return begun;
    }

    Result<void> commit()
    {
        QSqlQuery query(m_db);
        auto committed = run(query, u"COMMIT"_s);
        if (committed)
            m_open = false;
        return committed;
    }

private:
    QSqlDatabase &m_db;
    const SqlDialect &m_dialect;
    bool m_open = false;
};

const QString storyColumns = u"id, edited_slug, headline, highlights, dateline, byline, body, "
                             u"photos, update_notes, status, created_at, first_published_at, "
                             u"updated_at, scheduled_for, embargo_until, saved_at, version"_s;

/// Reads a row selected with storyColumns back into a story through its JSON form.
Result<Story> storyFromRow(const QSqlQuery &query, const SqlDialect &dialect)
{
    QJsonObject object{
            {u"id"_s, query.value(u"id"_s).toString()},
            {u"editedSlug"_s, query.value(u"edited_slug"_s).toString()},
            {u"headline"_s, query.value(u"headline"_s).toString()},
            {u"dateline"_s, query.value(u"dateline"_s).toString()},
            {u"byline"_s, query.value(u"byline"_s).toString()},
            {u"body"_s, query.value(u"body"_s).toString()},
            {u"status"_s, query.value(u"status"_s).toString()},
            {u"version"_s, query.value(u"version"_s).toInt()},
    };
    const std::pair<QString, QString> lists[] = {
            {u"highlights"_s, u"highlights"_s},
            {u"photos"_s, u"photos"_s},
            {u"update_notes"_s, u"updateNotes"_s},
    };
    for (const auto &[column, key] : lists) {
        const auto parsed = parseJson(query.value(column));
        if (!parsed || !parsed->isArray())
            return Error{tr("its %1 are not a JSON list").arg(column)};
        object.insert(key, parsed->array());
    }
    const std::pair<QString, QString> times[] = {
            {u"created_at"_s, u"created"_s},         {u"first_published_at"_s, u"firstPublished"_s},
            {u"updated_at"_s, u"updated"_s},         {u"scheduled_for"_s, u"scheduledFor"_s},
            {u"embargo_until"_s, u"embargoUntil"_s}, {u"saved_at"_s, u"saved"_s},
    };
    for (const auto &[column, key] : times) {
        const QDateTime at = dialect.timeFromValue(query.value(column));
        if (at.isValid())
            object.insert(key, StoryJson::timeToJson(at));
    }
    return StoryJson::fromJson(object);
}

/// wanted, or wanted-2, wanted-3 … whichever no other story has.
Result<QString> uniqueSlug(QSqlDatabase &db, const QString &wanted, const QString &id)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT 1 FROM stories WHERE slug = ? AND id <> ?"_s))
        return Error{sqlErrorText(query.lastError())};
    // Terminates: each taken candidate is a different row.
    for (int n = 1;; ++n) {
        const QString candidate = n == 1 ? wanted : wanted + u'-' + QString::number(n);
        query.bindValue(0, candidate);
        query.bindValue(1, id);
        if (!query.exec())
            return Error{sqlErrorText(query.lastError())};
        if (!query.next())
            return candidate;
        query.finish();
    }
}

/// Connects and checks the database; returns whether it held no library yet.
Result<bool> prepareDatabase(const QString &connectionName, const SqlDialect &dialect,
                             const QString &databaseName, const QString &location)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), connectionName);
    db.setDatabaseName(databaseName);
    db.setConnectOptions(dialect.connectOptions());
    if (!db.open())
        return Error{tr("Copydesk could not open the library “%1”: %2")
                             .arg(location, sqlErrorText(db.lastError()))};
    for (const QString &statement : dialect.sessionStatements()) {
        QSqlQuery query(db);
        if (auto done = run(query, statement); !done)
            return Error{tr("Copydesk could not open the library “%1”: %2")
                                 .arg(location, done.errorMessage())};
    }

    bool damaged = false;
    const auto state = Migrations::inspect(db, dialect, &damaged);
    if (!state && damaged)
        return Error{tr("The library file “%1” is damaged or is not a Copydesk library: %2")
                             .arg(location, state.errorMessage())};
    if (!state)
        return Error{tr("Copydesk could not read the library “%1”: %2")
                             .arg(location, state.errorMessage())};
    if (!state->empty && !state->copydesk)
        return Error{tr("“%1” is a database of another program, not a Copydesk library. "
                        "Copydesk leaves it alone; open another library.")
                             .arg(location)};
    if (state->version > Migrations::latestVersion())
        return Error{tr("The library “%1” was written by a newer Copydesk: schema %2, this "
                        "version reads up to %3. Update Copydesk to open it.")
                             .arg(location)
                             .arg(state->version)
                             .arg(Migrations::latestVersion())};

    for (const QString &statement : dialect.libraryStatements()) {
        QSqlQuery query(db);
        if (auto done = run(query, statement); !done)
            return Error{tr("Copydesk could not set up the library “%1”: %2")
                                 .arg(location, done.errorMessage())};
    }
    if (auto migrated = Migrations::migrate(db, dialect); !migrated)
        return Error{tr("Copydesk could not update the library “%1”: %2")
                             .arg(location, migrated.errorMessage())};
    return state->empty;
}

} // namespace

SqlStoryStore::SqlStoryStore(std::unique_ptr<SqlDialect> dialect, QString connectionName,
                             QString location, bool wasEmpty)
    : m_dialect(std::move(dialect))
    , m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
    , m_wasEmpty(wasEmpty)
{
}

SqlStoryStore::~SqlStoryStore()
{
    dropConnection(m_connectionName);
}

QSqlDatabase SqlStoryStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<SqlStoryStore>> SqlStoryStore::open(std::unique_ptr<SqlDialect> dialect,
                                                           const QString &databaseName,
                                                           const QString &location)
{
    if (!QSqlDatabase::isDriverAvailable(dialect->driverName()))
        return Error{tr("Copydesk cannot open the library “%1”: the Qt SQL driver %2 is not "
                        "installed.")
                             .arg(location, dialect->driverName())};
    const QString connectionName = u"copydesk-store-%1"_s.arg(++connectionCounter);
    const auto wasEmpty = prepareDatabase(connectionName, *dialect, databaseName, location);
    if (!wasEmpty) {
        qCWarning(lcStore).noquote() << wasEmpty.errorMessage();
        dropConnection(connectionName);
        return wasEmpty.error();
    }
    return std::unique_ptr<SqlStoryStore>(
            new SqlStoryStore(std::move(dialect), connectionName, location, *wasEmpty));
}

Result<QList<StorySummary>> SqlStoryStore::listStories()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto done = run(query,
                        u"SELECT id, slug, headline, status, updated_at, saved_at, version "
                        u"FROM stories ORDER BY saved_at DESC, save_order DESC"_s);
        !done)
        return Error{tr("Copydesk could not list the library: %1").arg(done.errorMessage())};
    QList<StorySummary> summaries;
    while (query.next()) {
        StorySummary summary;
        summary.id = QUuid::fromString(query.value(0).toString());
        summary.slug = query.value(1).toString();
        summary.headline = query.value(2).toString();
        summary.status = statusFromKey(query.value(3).toString()).value_or(StoryStatus::Draft);
        summary.updatedAt = m_dialect->timeFromValue(query.value(4));
        summary.savedAt = m_dialect->timeFromValue(query.value(5));
        summary.version = query.value(6).toInt();
        summaries.append(summary);
    }
    if (query.lastError().isValid())
        return Error{
                tr("Copydesk could not list the library: %1").arg(sqlErrorText(query.lastError()))};
    return summaries;
}

Result<Story> SqlStoryStore::loadStory(const QUuid &id)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto done = run(query, u"SELECT "_s + storyColumns + u" FROM stories WHERE id = ?"_s,
                        {idText(id)});
        !done)
        return Error{tr("Copydesk could not load the story %1: %2")
                             .arg(idText(id), done.errorMessage())};
    if (!query.next())
        return Error{tr("There is no story %1 in the library.").arg(idText(id))};
    auto story = storyFromRow(query, *m_dialect);
    if (!story)
        return Error{
                tr("The stored story %1 is damaged: %2").arg(idText(id), story.errorMessage())};
    return story;
}

Result<Story> SqlStoryStore::saveStory(const Story &story)
{
    QSqlDatabase db = database();
    WriteTransaction transaction(db, *m_dialect);
    if (auto begun = transaction.begin(); !begun)
        return Error{tr("Copydesk could not save “%1”; nothing was saved: %2")
                             .arg(storyLabel(story), begun.errorMessage())};
    auto stored = writeStory(db, story);
    if (!stored)
        return stored;
    if (auto committed = transaction.commit(); !committed)
        return Error{tr("Copydesk could not save “%1”; nothing was saved: %2")
                             .arg(storyLabel(story), committed.errorMessage())};
    return stored;
}

Result<QList<Story>> SqlStoryStore::saveStories(const QList<Story> &stories)
{
    QSqlDatabase db = database();
    WriteTransaction transaction(db, *m_dialect);
    if (auto begun = transaction.begin(); !begun)
        return Error{tr("Copydesk could not save %n stories; nothing was saved: %1", nullptr,
                        int(stories.size()))
                             .arg(begun.errorMessage())};
    QList<Story> stored;
    stored.reserve(stories.size());
    for (const Story &story : stories) {
        auto written = writeStory(db, story);
        if (!written)
            return Error{tr("%1 None of the %n stories was saved.", nullptr, int(stories.size()))
                                 .arg(written.errorMessage())};
        stored.append(*std::move(written));
    }
    if (auto committed = transaction.commit(); !committed)
        return Error{tr("Copydesk could not save %n stories; nothing was saved: %1", nullptr,
                        int(stories.size()))
                             .arg(committed.errorMessage())};
    return stored;
}

Result<Story> SqlStoryStore::writeStory(QSqlDatabase &db, const Story &story)
{
    const QString label = storyLabel(story);
    const auto failed = [&label](const QString &why) {
        return Error{tr("Copydesk could not save “%1”; nothing was saved: %2").arg(label, why)};
    };
    if (story.id().isNull())
        return failed(tr("the story has no id"));
    const QString id = idText(story.id());

    bool exists = false;
    int storedVersion = 0;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (auto done = run(query, u"SELECT version FROM stories WHERE id = ?"_s, {id}); !done)
            return failed(done.errorMessage());
        if (query.next()) {
            exists = true;
            storedVersion = query.value(0).toInt();
        }
    }
    if (!exists && story.version() != 0)
        return Error{tr("The story “%1” is no longer in the library: it was deleted elsewhere "
                        "(you edited version %2); nothing was saved.")
                             .arg(label)
                             .arg(story.version())};
    if (storedVersion != story.version())
        return Error{tr("The story “%1” was changed elsewhere (version %2 is stored, you edited "
                        "version %3); nothing was saved.")
                             .arg(label)
                             .arg(storedVersion)
                             .arg(story.version())};

    Story next = story;
    next.setVersion(storedVersion + 1);
    next.setSavedAt(nowInWholeSeconds());
    const QString wantedSlug = story.effectiveSlug();
    QString slug = wantedSlug;
    if (!wantedSlug.isEmpty()) {
        const auto unique = uniqueSlug(db, wantedSlug, id);
        if (!unique)
            return failed(unique.errorMessage());
        slug = *unique;
    }
    // When the library had to change the slug, the story carries the one it
    // got: pages and feeds use it, and later saves keep it even after the
    // plain one comes free, since it may already be published.
    if (slug != wantedSlug)
        next.setSlug(slug);

    // The JSON form is what the revision keeps; reading it back gives the
    // story exactly as a later load will (times in whole seconds and so on).
    const QJsonObject json = StoryJson::toJson(next);
    auto normalized = StoryJson::fromJson(json);
    if (!normalized)
        return failed(normalized.errorMessage());
    const Story &stored = *normalized;

    const QVariantList rowValues{
            textOrNull(slug),
            notNullText(stored.slug()),
            notNullText(stored.headline()),
            compactJson(json.value(u"highlights"_s)),
            notNullText(stored.dateline()),
            notNullText(stored.byline()),
            notNullText(stored.body()),
            compactJson(json.value(u"photos"_s)),
            compactJson(json.value(u"updateNotes"_s)),
            statusKey(stored.status()),
            m_dialect->timeValue(stored.createdAt()),
            m_dialect->timeValue(stored.firstPublishedAt()),
            m_dialect->timeValue(stored.updatedAt()),
            m_dialect->timeValue(stored.scheduledFor()),
            m_dialect->timeValue(stored.embargoUntil()),
            m_dialect->timeValue(stored.savedAt()),
            stored.version(),
    };
    {
        QSqlQuery query(db);
        if (exists) {
            // The version in the WHERE clause is the optimistic lock itself,
            // for databases whose transactions do not take the write lock up front.
            if (auto done = run(query,
                                u"UPDATE stories SET slug = ?, edited_slug = ?, headline = ?, "
                                u"highlights = ?, dateline = ?, byline = ?, body = ?, photos = ?, "
                                u"update_notes = ?, status = ?, created_at = ?, "
                                u"first_published_at = ?, updated_at = ?, scheduled_for = ?, "
                                u"embargo_until = ?, saved_at = ?, version = ?, "
                                u"save_order = (SELECT COALESCE(MAX(save_order), 0) + 1 FROM "
                                u"stories) WHERE id = ? AND version = ?"_s,
                                rowValues + QVariantList{id, storedVersion});
                !done)
                return failed(done.errorMessage());
            if (query.numRowsAffected() != 1)
                return Error{tr("The story “%1” was changed elsewhere while saving; nothing "
                                "was saved.")
                                     .arg(label)};
        } else {
            if (auto done = run(query,
                                u"INSERT INTO stories (slug, edited_slug, headline, highlights, "
                                u"dateline, byline, body, photos, update_notes, status, "
                                u"created_at, first_published_at, updated_at, scheduled_for, "
                                u"embargo_until, saved_at, version, id, save_order) VALUES (?, ?, "
                                u"?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT "
                                u"COALESCE(MAX(save_order), 0) + 1 FROM stories))"_s,
                                rowValues + QVariantList{id});
                !done)
                return failed(done.errorMessage());
        }
    }
    {
        QSqlQuery query(db);
        if (auto done = run(query,
                            u"INSERT INTO story_revisions (story_id, version, saved_at, "
                            u"headline, story) VALUES (?, ?, ?, ?, ?)"_s,
                            {id, stored.version(), m_dialect->timeValue(stored.savedAt()),
                             notNullText(stored.headline()), compactJson(json)});
            !done)
            return failed(done.errorMessage());
    }
    return stored;
}

Result<void> SqlStoryStore::deleteStory(const QUuid &id)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    // The revisions go with the row: ON DELETE CASCADE.
    if (auto done = run(query, u"DELETE FROM stories WHERE id = ?"_s, {idText(id)}); !done)
        return Error{tr("Copydesk could not delete the story %1: %2")
                             .arg(idText(id), done.errorMessage())};
    if (query.numRowsAffected() < 1)
        return Error{
                tr("There is no story %1 in the library; nothing was deleted.").arg(idText(id))};
    return {};
}

Result<QList<RevisionInfo>> SqlStoryStore::revisions(const QUuid &id)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto done = run(query,
                        u"SELECT version, saved_at, headline FROM story_revisions "
                        u"WHERE story_id = ? ORDER BY version DESC"_s,
                        {idText(id)});
        !done)
        return Error{tr("Copydesk could not list the versions of the story %1: %2")
                             .arg(idText(id), done.errorMessage())};
    QList<RevisionInfo> list;
    while (query.next()) {
        list.append(RevisionInfo{query.value(0).toInt(), m_dialect->timeFromValue(query.value(1)),
                                 query.value(2).toString()});
    }
    return list;
}

Result<Story> SqlStoryStore::loadRevision(const QUuid &id, int version)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto done = run(query,
                        u"SELECT story FROM story_revisions WHERE story_id = ? AND version = ?"_s,
                        {idText(id), version});
        !done)
        return Error{tr("Copydesk could not load version %1 of the story %2: %3")
                             .arg(version)
                             .arg(idText(id), done.errorMessage())};
    if (!query.next())
        return Error{tr("Version %1 of the story %2 is not in the library.")
                             .arg(version)
                             .arg(idText(id))};
    const auto parsed = parseJson(query.value(0));
    if (!parsed || !parsed->isObject())
        return Error{tr("Version %1 of the story %2 is damaged in the library.")
                             .arg(version)
                             .arg(idText(id))};
    return StoryJson::fromJson(parsed->object());
}

Result<QString> SqlStoryStore::addPhotoFile(const QByteArray &bytes, const QString &mimeType)
{
    if (bytes.isEmpty())
        return Error{tr("The photo file is empty; there is nothing to keep.")};
    const QString fileId = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QSqlDatabase db = database();
    QSqlQuery query(db);
    // The same bytes always get the same id, so a second copy is simply not stored.
    if (auto done = run(query,
                        m_dialect->insertOrIgnore(
                                u"photo_files"_s,
                                {u"id"_s, u"mime_type"_s, u"bytes"_s, u"size"_s, u"added_at"_s}),
                        {fileId, notNullText(mimeType), bytes, qint64(bytes.size()),
                         m_dialect->timeValue(nowInWholeSeconds())});
        !done)
        return Error{tr("Copydesk could not keep the photo file in the library: %1")
                             .arg(done.errorMessage())};
    return fileId;
}

Result<QByteArray> SqlStoryStore::photoFile(const QString &fileId)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto done = run(query, u"SELECT bytes FROM photo_files WHERE id = ?"_s, {fileId}); !done)
        return Error{tr("Copydesk could not read the photo file %1: %2")
                             .arg(fileId, done.errorMessage())};
    if (!query.next())
        return Error{tr("The photo file %1 is not in the library.").arg(fileId)};
    return query.value(0).toByteArray();
}

} // namespace Copydesk
