// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "store/delivery.h"
#include "store/destinationconfig.h"
#include "story/history.h"
#include "story/story.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

#include <functional>

class QObject;

#include <functional>
#include <optional>

namespace Copydesk {

/// One row of the library list: enough to show and sort, without bodies.
struct StorySummary
{
    QUuid id;
    QString slug;
    QString headline;
    StoryStatus status = StoryStatus::Draft;
    QDateTime updatedAt; ///< the reader-facing "Updated" time
    QDateTime savedAt;   ///< last save of any kind; the library sorts on it
    QDateTime scheduledFor;
    QDateTime embargoUntil;
    QDateTime firstPublishedAt;
    int version = 0;
    /// The version readers have (0: never published); saves after it are not out yet.
    int publishedVersion = 0;
    /// Rises with every save across the library: the newest save has the highest.
    qint64 saveOrder = 0;
    QString section; ///< empty: filed under none

    bool operator==(const StorySummary &) const = default;
};

/// Which stories a list shows and in what order; the library pages through them.
struct StoryListQuery
{
    enum class Order {
        NewestSave,
        OldestSave,
        Headline,
        HeadlineDescending,
        Status,
        StatusDescending
    };

    /// Headline or slug contains this (letters compared without case); empty: every story.
    QString text;
    /// Only stories with this status.
    std::optional<StoryStatus> status;
    /// Only stories filed under this section.
    std::optional<QString> section;
    Order order = Order::NewestSave;
    /// For the save orders: only stories listed after the one with this save
    /// order (the next page, however many were saved meanwhile); offset then
    /// counts from there.
    std::optional<qint64> afterSaveOrder;
    /// Rows to skip and the most to return: one page of the list.
    int offset = 0;
    int limit = 500;
};

/// One photo of a story, as the captions desk lists it.
struct PhotoRow
{
    QUuid storyId;
    QString headline;
    QString language;
    StoryStatus status = StoryStatus::Draft;
    int version = 0;   ///< the story's newest saved version
    QDateTime savedAt; ///< that version's save
    int index = 0;     ///< the photo's place among the story's photos
    Photo photo;       ///< caption, credit, alt text and picture (fileId)

    bool operator==(const PhotoRow &) const = default;
};

/// Which photos the captions desk lists: those of stories saved in a period.
struct PhotoQuery
{
    /// Stories saved (publishing is a save) at or after from and before to (UTC).
    QDateTime from;
    QDateTime to;
    /// Caption, credit, alt text or the story's headline contains this (without case).
    QString text;
    /// Only photos still missing this.
    enum class Missing { Nothing, Credit, AltText, Picture };
    Missing missing = Missing::Nothing;
    /// The most rows to return, newest save first.
    int limit = 2000;
};

/**
 * Who is editing a story: one window of one person on one machine. The
 * window renews it while the story is open; one that stops renewing it
 * (closed, crashed, cut off) has let it go after leaseSeconds.
 */
struct EditLease
{
    QUuid storyId;
    QString holder;  ///< the person, as revisions name them
    QString machine; ///< the computer
    QString token;   ///< the window: one person's two windows hold different leases
    QDateTime since;
    QDateTime renewedAt;

    /// How long a lease lasts without being renewed.
    static constexpr int leaseSeconds = 90;

    bool operator==(const EditLease &) const = default;
};

/// A search of the library's words, with the list's filters beside it.
struct SearchQuery
{
    /// Words, "phrases" and word* starts (SearchTerms::parse()); every one must be found.
    QString text;
    /// Only stories with this status.
    std::optional<StoryStatus> status;
    /// Only stories saved (publishing is a save) at or after from and before to (UTC); unset: open.
    QDateTime from;
    QDateTime to;
    /// Only stories whose byline contains this (letters compared without case).
    QString byline;
    /// Rows to skip and the most to return: one page of results, best first.
    int offset = 0;
    int limit = 50;
    /**
     * When more stories than this match, the best are found among the
     * newest this many of them: ranking every story that holds a common
     * word would read most of the archive for an order nobody needs. 0
     * ranks every match, however many.
     */
    int rankNewest = 1000;
};

/// One story a search found, with where its words were found.
struct SearchHit
{
    StorySummary story;
    /// A few words around the matches, from the field that matched best.
    QString context;
    /// Where the matched words are in context: start and length of each.
    QList<std::pair<int, int>> marks;

    bool operator==(const SearchHit &) const = default;
};

/// One page of a search's results.
struct SearchResults
{
    QList<SearchHit> hits;
    /// More stories matched than SearchQuery::rankNewest: the hits are the best of the newest.
    bool newestOnly = false;
};

/**
 * The library: every story, its revisions, its photo files and where its
 * versions were delivered. Callers never see SQL; the SQLite and
 * PostgreSQL dialects live behind this. Nothing here reads more rows than
 * the call asks for: lists come in pages, feeds as the newest N.
 */
class StoryStore
{
public:
    virtual ~StoryStore() = default;

    /// Where the library lives, for titles and messages.
    virtual QString location() const = 0;
    /// What opens another connection to the same library (a file path or a URL).
    virtual QString connectionName() const = 0;

    /**
     * A number that changes when another connection (the CLI, the
     * scheduler's thread, another desk) commits to the library; compare two
     * readings to learn that something changed, without reading rows.
     */
    virtual Result<qint64> changeCounter() = 0;
    /**
     * Calls changed, on context's thread, as soon as another connection
     * commits a change, where the database can tell (a server's NOTIFY);
     * false where it cannot and changeCounter() must be read from time to time.
     */
    virtual bool watchChanges(QObject *context, std::function<void()> changed)
    {
        Q_UNUSED(context);
        Q_UNUSED(changed);
        return false;
    }

    /// Where "now" comes from for the times the library stamps (savedAt); tests set it.
    using Clock = std::function<QDateTime()>;
    virtual void setClock(Clock clock) = 0;

    /// One page of the library list, as the query asks.
    virtual Result<QList<StorySummary>> listStories(const StoryListQuery &query = {}) = 0;
    /// How many stories the query matches in all.
    virtual Result<int> countStories(const StoryListQuery &query = {}) = 0;
    /// One story's row of the list; NotFound when the library does not hold it.
    virtual Result<StorySummary> storySummary(const QUuid &id) = 0;
    /**
     * The stories a key names: the whole id, a start of it (four characters
     * or more), or a slug. Returns at most two matches for a start, enough
     * to tell that it is not unique.
     */
    virtual Result<QList<StorySummary>> findStories(const QString &key) = 0;
    /**
     * The stories whose headline, highlights, dateline, byline, body,
     * captions, credits or alt text hold every term of query.text, best
     * match first (a word in the headline counts more than one in the body),
     * then newest save; through the engine's own full-text index, never by
     * reading the bodies. A text that asks for nothing finds nothing.
     */
    virtual Result<SearchResults> search(const SearchQuery &query) = 0;
    /**
     * Takes the lease for editing mine.storyId for mine's holder, machine
     * and token: granted when nobody holds it, when mine holds it already,
     * or when its holder stopped renewing it; takeOver takes it from a
     * holder who is still there. Returns the lease as held afterwards:
     * mine (since and renewedAt filled in), or the other holder's, when
     * nothing was changed. NotFound when the story is not in the library.
     */
    virtual Result<EditLease> takeLease(const EditLease &mine, bool takeOver) = 0;
    /**
     * Renews mine. Returns the lease as held now: mine, another window's
     * that took it over, or none when it was let go (or the story deleted).
     */
    virtual Result<std::optional<EditLease>> renewLease(const EditLease &mine) = 0;
    /// Lets mine go, when it is still mine.
    virtual Result<void> releaseLease(const EditLease &mine) = 0;
    /// The lease someone holds on the story now; none when nobody does.
    virtual Result<std::optional<EditLease>> lease(const QUuid &storyId) = 0;

    /// Stories with exactly this headline (indexed), at most limit of them, newest save first.
    virtual Result<QList<StorySummary>> storiesWithHeadline(const QString &headline, int limit) = 0;
    /**
     * Calls visit with every story whose status is in statuses (every story
     * when empty), newest save first, one at a time: memory stays flat
     * however big the library. visit returns false to stop early.
     */
    virtual Result<void> forEachStory(const QList<StoryStatus> &statuses,
                                      const std::function<bool(const Story &)> &visit) = 0;
    /**
     * The newest limit published stories by first publication, ties by id,
     * each as its published version (not a later save): what the feeds
     * list. An update does not move a story up.
     *
     * With a destination, a story whose delivery there failed or never
     * finished, and that never reached it before, is left out, so a feed
     * never links to a page that is not there; including names the story
     * being delivered now, whose page goes first.
     *
     * With a section, only the stories whose published version is filed
     * under it (a later save elsewhere moves a story when it is published),
     * read through an index of their own, never the whole library: a
     * section's feed.
     */
    virtual Result<QList<Story>> newestPublished(int limit, const QString &destination = {},
                                                 const QUuid &including = {},
                                                 const QString &section = {}) = 0;
    /**
     * Calls visit with the published version of every story that has one
     * (published or withdrawn), one at a time, newest save first; visit
     * returns false to stop. For re-rendering a whole site.
     */
    virtual Result<void>
    forEachPublishedVersion(const std::function<bool(const Story &)> &visit) = 0;
    /// The published version of a story; NotFound when it was never published.
    virtual Result<Story> loadPublishedVersion(const QUuid &id) = 0;
    /// Records which version readers have; part of a publication's transaction.
    virtual Result<void> setPublishedVersion(const QUuid &id, int version) = 0;
    /// Scheduled stories due at or before now, soonest first, at most limit.
    virtual Result<QList<StorySummary>> dueStories(const QDateTime &now, int limit) = 0;
    /**
     * Scheduled stories saved again since their newest row for destination
     * (a CMS holding them as future posts): the edits it has yet to get.
     * Reads the scheduled stories and their rows there alone; at most limit.
     */
    virtual Result<QList<StorySummary>> scheduledSinceSent(const QString &destination,
                                                           int limit) = 0;
    /// Scheduled stories whose time falls in [from, to), soonest first.
    virtual Result<QList<StorySummary>> scheduledBetween(const QDateTime &from,
                                                         const QDateTime &to) = 0;

    virtual Result<Story> loadStory(const QUuid &id) = 0;
    /**
     * Saves in one transaction: the version goes up by one, the new
     * version is kept as a revision row with stamp (kind, author, note),
     * and savedAt becomes now, in whole seconds. The story's version()
     * must match the stored one (0 for a new story), otherwise someone else
     * saved first and nothing is written (ErrorKind::Conflict). Returns the
     * story as stored: new version and savedAt, and an effectiveSlug() no
     * other story in the library has (slug() is set only when the library
     * had to change the one asked for).
     */
    virtual Result<Story> saveStory(const Story &story, const RevisionStamp &stamp = {}) = 0;
    /**
     * Saves several stories in one transaction, each as saveStory would:
     * either all of them are stored or, on the first failure, none is.
     * Returns them as stored, in the same order.
     */
    virtual Result<QList<Story>> saveStories(const QList<Story> &stories,
                                             const RevisionStamp &stamp = {}) = 0;
    virtual Result<void> deleteStory(const QUuid &id) = 0;

    /// Every saved version, newest first; empty for a story the library does not hold.
    virtual Result<QList<RevisionInfo>> revisions(const QUuid &id) = 0;
    virtual Result<Story> loadRevision(const QUuid &id, int version) = 0;

    /// Keeps an image's bytes in the library; returns its file id (SHA-256, hex).
    virtual Result<QString> addPhotoFile(const QByteArray &bytes, const QString &mimeType) = 0;
    virtual Result<QByteArray> photoFile(const QString &fileId) = 0;
    /// The size of a kept photo file without reading it; NotFound when it is not kept.
    virtual Result<qint64> photoFileSize(const QString &fileId) = 0;

    /**
     * Runs work in one write transaction: every save and record it makes
     * is kept together or not at all (an error from work rolls all of it
     * back); keep it short. Nested calls join the outer one. What work
     * reads of a story stays true until it commits only when work holds
     * the story first (holdStory()); a save tests the version it replaces
     * whatever happens.
     */
    virtual Result<void> writeTransaction(const std::function<Result<void>()> &work) = 0;
    /// Whether holdStory() waits for a story another writer holds or passes it by.
    enum class HoldWait { Wait, PassBy };
    /**
     * Inside writeTransaction(): keeps other writers off the story until the
     * transaction ends, so that what is read of it next is its latest
     * version and stays so. With PassBy a story another writer holds is
     * left to it (SELECT … FOR UPDATE SKIP LOCKED on a server), as the
     * scheduler's claims do. False when it is held elsewhere or gone.
     */
    virtual Result<bool> holdStory(const QUuid &id, HoldWait wait) = 0;

    /// Records a delivery (an outbox row); returns its id.
    virtual Result<qint64> addDelivery(const Delivery &delivery) = 0;
    /**
     * Records how an attempt ended: the version and slug sent, the state
     * (delivered, retrying at nextAttemptAt, failed …), what was written,
     * the error; the claim is released. A delivered version also settles
     * the rows of earlier versions still waiting for that destination.
     */
    virtual Result<void> finishDelivery(const Delivery &delivery) = 0;
    /**
     * Takes the oldest due row off the outbox for claim.worker, in one
     * write transaction, so that several workers (threads or processes)
     * never send the same row: it becomes "sending" with a lease and one
     * more attempt. Of a story's rows waiting for one destination the
     * newest version is taken and the older ones are cancelled as
     * superseded; a story being sent to a destination is not taken again
     * until that ends. Rows whose worker is gone are taken back first.
     */
    virtual Result<std::optional<Delivery>> claimDelivery(const DeliveryClaim &claim) = 0;
    /// When the next row for these destinations is due; none when nothing waits.
    virtual Result<std::optional<QDateTime>> nextDeliveryDue(const QStringList &destinations) = 0;
    /// The outbox, newest first, for the Publish Queue.
    virtual Result<QList<Delivery>> deliveryQueue(const DeliveryQuery &query) = 0;
    virtual Result<Delivery> delivery(qint64 id) = 0;
    /// A waiting, failed or cancelled row made due now.
    virtual Result<void> retryDeliveryNow(qint64 id) = 0;
    /// A row not being sent right now cancelled.
    virtual Result<void> cancelDelivery(qint64 id) = 0;
    /// A story's deliveries, newest first, at most limit.
    virtual Result<QList<Delivery>> deliveries(const QUuid &storyId, int limit = 50) = 0;
    /// The newest delivered row of a story at a destination: what the destination holds of it.
    virtual Result<std::optional<Delivery>> lastDelivery(const QUuid &storyId,
                                                         const QString &destination) = 0;
    /**
     * The stories whose delivered rows at destination list these entries
     * among what they wrote (posts' records at a CMS), by entry, read in
     * one pass: what an import asks before bringing posts in a second time.
     */
    virtual Result<QHash<QString, QUuid>> storiesDeliveredAs(const QString &destination,
                                                             const QStringList &entries) = 0;
    /// Rows still to deliver (pending, sending, retrying) at a destination, oldest first.
    virtual Result<QList<Delivery>> unfinishedDeliveries(const QString &destination, int limit) = 0;
    /// The slugs a story was delivered under at a destination other than slug, for retiring them.
    virtual Result<QStringList> earlierSlugs(const QUuid &storyId, const QString &destination,
                                             const QString &slug) = 0;
    /// The story that holds slug now, if any.
    virtual Result<std::optional<QUuid>> slugOwner(const QString &slug) = 0;

    /// The destinations kept in the library, by name.
    virtual Result<QList<DestinationConfig>> destinations() = 0;
    /// Adds a destination, or changes the one with its name.
    virtual Result<void> saveDestination(const DestinationConfig &config) = 0;
    virtual Result<void> removeDestination(const QString &name) = 0;

    /**
     * Tags stories were saved with, the most lately used first, each as
     * last written: what tag completion offers. At most limit; a tag
     * stays offered after the last story with it lets it go.
     */
    virtual Result<QStringList> tagsInUse(int limit) = 0;

    /// The newsroom dictionary: words every desk's spelling takes as right, sorted.
    virtual Result<QStringList> newsroomWords() = 0;
    /// Adds a word to the newsroom dictionary (adding one that is there changes nothing).
    virtual Result<void> addNewsroomWord(const QString &word, const QString &addedBy) = 0;
    virtual Result<void> removeNewsroomWord(const QString &word) = 0;

    /// The settings the desk shares through the library, by key ("publishing/siteTitle").
    virtual Result<QMap<QString, QString>> librarySettings() = 0;
    /// Keeps values (each key added or changed) in one transaction, recording who changed them.
    virtual Result<void> saveLibrarySettings(const QMap<QString, QString> &values,
                                             const QString &changedBy) = 0;

    /**
     * The photos of the stories the query names, each with its story's
     * headline and version, newest save first; read from the photos' own
     * rows (indexed by the stories' save time), never from the bodies.
     */
    virtual Result<QList<PhotoRow>> listPhotos(const PhotoQuery &query) = 0;

protected:
    StoryStore() = default;
    Q_DISABLE_COPY_MOVE(StoryStore)
};

} // namespace Copydesk
