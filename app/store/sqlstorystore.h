// SPDX-License-Identifier: MIT
#pragma once

#include "store/sqldialect.h"
#include "store/storystore.h"

#include <QSqlQuery>

#include <memory>
#include <unordered_map>

class QSqlDatabase;

namespace Copydesk {

/**
 * A library in an SQL database through Qt SQL. Only the dialect knows
 * which database it is. Like QSqlDatabase, use it from the thread that
 * opened it.
 */
class SqlStoryStore final : public StoryStore
{
public:
    /**
     * Connects to databaseName, checks that it is empty or a Copydesk
     * library this build can read, and brings its schema up to date.
     * A database that is damaged, someone else's or from a newer Copydesk
     * is refused before anything is written to it. location names the
     * library in messages.
     */
    static Result<std::unique_ptr<SqlStoryStore>>
    open(std::unique_ptr<SqlDialect> dialect, const QString &databaseName, const QString &location);
    ~SqlStoryStore() override;

    /// How long a write waits in all for its turn before it fails as busy.
    static constexpr int writeLockWaitMs = 60'000;
    /// How many times a save looks for a free slug when others take the ones it found.
    static constexpr int slugAttempts = 5;

    /// True when the database held no library before this store set one up.
    bool wasEmpty() const { return m_wasEmpty; }

    QString location() const override { return m_location; }
    QString connectionName() const override { return m_dialect->address(m_databaseName); }
    Result<qint64> changeCounter() override;
    bool watchChanges(QObject *context, std::function<void()> changed) override;
    Result<QList<StorySummary>> storiesWithHeadline(const QString &headline, int limit) override;
    void setClock(Clock clock) override { m_clock = std::move(clock); }

    Result<QList<StorySummary>> listStories(const StoryListQuery &query = {}) override;
    Result<int> countStories(const StoryListQuery &query = {}) override;
    Result<StorySummary> storySummary(const QUuid &id) override;
    Result<QList<StorySummary>> findStories(const QString &key) override;
    Result<SearchResults> search(const SearchQuery &query) override;
    /// How a server search reads a word's newest matches.
    enum class SearchReading {
        Cheapest, ///< whichever way reads the fewest matches
        Bands,    ///< band by band whenever enough lie in the newest bands
        Recent,   ///< from the recent index whenever it holds enough
    };
    /**
     * Makes a search read one way where it can, not only where that costs
     * least: the results are the same, and a small library (a test's) can
     * follow the path a million stories take.
     */
    void setSearchReading(SearchReading reading) { m_searchReading = reading; }
    Result<EditLease> takeLease(const EditLease &mine, bool takeOver) override;
    Result<std::optional<EditLease>> renewLease(const EditLease &mine) override;
    Result<void> releaseLease(const EditLease &mine) override;
    Result<std::optional<EditLease>> lease(const QUuid &storyId) override;
    Result<void> forEachStory(const QList<StoryStatus> &statuses,
                              const std::function<bool(const Story &)> &visit) override;
    Result<QList<Story>> newestPublished(int limit, const QString &destination = {},
                                         const QUuid &including = {},
                                         const QString &section = {}) override;
    Result<void> forEachPublishedVersion(const std::function<bool(const Story &)> &visit) override;
    Result<Story> loadPublishedVersion(const QUuid &id) override;
    Result<void> setPublishedVersion(const QUuid &id, int version) override;
    Result<QList<StorySummary>> dueStories(const QDateTime &now, int limit) override;
    Result<QList<StorySummary>> scheduledSinceSent(const QString &destination, int limit) override;
    Result<bool> holdStory(const QUuid &id, HoldWait wait) override;
    Result<QList<StorySummary>> scheduledBetween(const QDateTime &from,
                                                 const QDateTime &to) override;

    Result<Story> loadStory(const QUuid &id) override;
    Result<Story> saveStory(const Story &story, const RevisionStamp &stamp = {}) override;
    Result<QList<Story>> saveStories(const QList<Story> &stories,
                                     const RevisionStamp &stamp = {}) override;
    Result<void> deleteStory(const QUuid &id) override;

    Result<QList<RevisionInfo>> revisions(const QUuid &id) override;
    Result<Story> loadRevision(const QUuid &id, int version) override;

    Result<QString> addPhotoFile(const QByteArray &bytes, const QString &mimeType) override;
    Result<QByteArray> photoFile(const QString &fileId) override;
    Result<qint64> photoFileSize(const QString &fileId) override;

    Result<void> writeTransaction(const std::function<Result<void>()> &work) override;

    Result<qint64> addDelivery(const Delivery &delivery) override;
    Result<void> finishDelivery(const Delivery &delivery) override;
    Result<std::optional<Delivery>> claimDelivery(const DeliveryClaim &claim) override;
    Result<std::optional<QDateTime>> nextDeliveryDue(const QStringList &destinations) override;
    Result<QList<Delivery>> deliveryQueue(const DeliveryQuery &query) override;
    Result<Delivery> delivery(qint64 id) override;
    Result<void> retryDeliveryNow(qint64 id) override;
    Result<void> cancelDelivery(qint64 id) override;
    Result<QList<Delivery>> deliveries(const QUuid &storyId, int limit = 50) override;
    Result<std::optional<Delivery>> lastDelivery(const QUuid &storyId,
                                                 const QString &destination) override;
    Result<QHash<QString, QUuid>> storiesDeliveredAs(const QString &destination,
                                                     const QStringList &entries) override;
    Result<QList<Delivery>> unfinishedDeliveries(const QString &destination, int limit) override;
    Result<QStringList> earlierSlugs(const QUuid &storyId, const QString &destination,
                                     const QString &slug) override;
    Result<std::optional<QUuid>> slugOwner(const QString &slug) override;

    Result<QList<DestinationConfig>> destinations() override;
    Result<void> saveDestination(const DestinationConfig &config) override;
    Result<void> removeDestination(const QString &name) override;
    Result<QStringList> tagsInUse(int limit) override;
    Result<QStringList> newsroomWords() override;
    Result<void> addNewsroomWord(const QString &word, const QString &addedBy) override;
    Result<QList<PhotoRow>> listPhotos(const PhotoQuery &query) override;
    Result<void> removeNewsroomWord(const QString &word) override;
    Result<QMap<QString, QString>> librarySettings() override;
    Result<void> saveLibrarySettings(const QMap<QString, QString> &values,
                                     const QString &changedBy) override;

    /**
     * Copies every row of the library's tables from this store into target,
     * whose tables must be empty (see Library::copy()).
     */
    Result<void> copyRowsInto(SqlStoryStore &target,
                              const std::function<void(const QString &, qint64)> &progress,
                              QList<std::pair<QString, qint64>> &counts);

private:
    SqlStoryStore(std::unique_ptr<SqlDialect> dialect, QString connectionName, QString databaseName,
                  QString location, bool wasEmpty);

    // Fetched per call rather than kept, so that the destructor can remove
    // the connection without a copy still holding it.
    QSqlDatabase database() const;
    /// One column of a kept photo file's row; NotFound when there is none.
    Result<QVariant> photoFileColumn(const QString &fileId, const QString &column);
    /// The WHERE terms of a list or count query (filter text, status), their values appended.
    QStringList listConditions(const StoryListQuery &listQuery, QVariantList &values) const;
    /**
     * The bands of the index where a search's newest rankNewest matches
     * are likely to be, from the share of the newest stories that match;
     * none (every match read) where the dialect has no bands or the words
     * are rare enough for that to cost less.
     */
    Result<SqlDialect::CutoffBands> cutoffBands(const QList<SearchTerm> &terms, int rankNewest);
    /// The newest match left out of a search's newest rankNewest, if more match.
    Result<std::optional<qint64>> searchCutoff(const QList<SearchTerm> &terms,
                                               const QStringList &conditions,
                                               const QVariantList &conditionValues, int rankNewest);
    /// Marks tags as used at a save (at), for tagsInUse().
    Result<void> keepTagsInUse(const QStringList &tags, const QDateTime &at);
    /// One story's save inside a transaction the caller holds.
    Result<Story> writeStory(const Story &story, const RevisionStamp &stamp);
    /**
     * Makes query read its rows once, front to back, keeping no copy, where
     * the engine lets a query's unread rows wait while another query runs
     * on the connection (SQLite). Qt's PostgreSQL driver would discard
     * them, so there the rows come whole (see SqlDialect::streamsRows()).
     */
    void readRowsOnce(QSqlQuery &query) const { query.setForwardOnly(m_dialect->streamsRows()); }
    /// Now, in whole seconds, from the clock when one is set.
    QDateTime now() const;
    /**
     * Runs sql with values through a statement prepared once for this
     * connection: the saves an import makes by the thousand are not parsed
     * again each time. The query is finished before it runs again.
     */
    Result<QSqlQuery *> cached(const QString &sql, const QVariantList &values);
    /**
     * A saved version as JSON from its row's story and packed columns: a
     * version kept as a difference is rebuilt from the versions after it.
     */
    Result<Story> revisionFromRow(qint64 row, int version, const QVariant &story,
                                  const QVariant &packed);
    /// Keeps version as what differs from the next body, unless it is a keyframe.
    Result<void> packAsDelta(qint64 row, int version, const QString &nextBody);
    /// The story's photos as rows of their own (the captions desk reads them), replacing the old.
    Result<void> writePhotoRows(qint64 row, const QList<Photo> &photos);
    /// The lease row of a story, fresh or not; none when there is none.
    Result<std::optional<EditLease>> leaseRow(const QUuid &storyId);
    /// Takes the story out of the full-text index before its words change (where the engine needs
    /// it).
    Result<void> removeFromSearch(const QString &id);
    /// wanted, or wanted-2, wanted-3 … whichever no other story has.
    Result<QString> uniqueSlug(const QString &wanted, const QString &id);

    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionName;
    QString m_databaseName;
    QString m_location;
    int m_transactionDepth = 0;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    SearchReading m_searchReading = SearchReading::Cheapest;
    Clock m_clock;
    bool m_wasEmpty = false;
};

} // namespace Copydesk
