// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUuid>

#include <optional>

namespace Copydesk {

/// Where a story stands in its life; "withdrawn" is the desk's "killed".
enum class StoryStatus { Draft, Scheduled, Published, Withdrawn };

QString statusKey(StoryStatus status); ///< stable key for storage and JSON: "draft" …
std::optional<StoryStatus> statusFromKey(const QString &key);
QString statusDisplayName(StoryStatus status); ///< translated, for people

/**
 * A picture attached to a story. The image bytes live in the library under
 * fileId (the SHA-256 of the bytes), so a story value stays small and a
 * shared PostgreSQL library serves the same picture to every desk.
 */
struct Photo
{
    QString fileId;
    QString fileName; ///< the name it was picked under, for people
    QString mimeType;
    QString caption;
    QString credit; ///< shown as "(Credit)" after the caption
    QString altText;
    int width = 0;
    int height = 0;
    QString byline;  ///< the photographer, as the picture's metadata names them
    QDateTime taken; ///< when the picture was taken (UTC), from its metadata; invalid: unknown

    bool operator==(const Photo &) const = default;
};

enum class UpdateKind { Update, Correction };

/// A major update or a correction, as readers will see it listed.
struct UpdateNote
{
    QDateTime at; ///< UTC
    UpdateKind kind = UpdateKind::Update;
    QString text;

    bool operator==(const UpdateNote &) const = default;
};

/**
 * One story as the desk edits it: a plain value. The store gives it a new
 * version on every save; renderers turn a saved value into pages and feeds.
 * All times are UTC; an invalid QDateTime means "not set".
 */
class Story
{
public:
    /// A new draft with a fresh id, created and updated now.
    static Story create(const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

    QUuid id() const { return m_id; }
    void setId(const QUuid &id) { m_id = id; }

    QString slug() const { return m_slug; }
    void setSlug(const QString &slug) { m_slug = slug; }
    /// The slug to publish under: the edited one, or one made from the headline.
    QString effectiveSlug() const;

    QString headline() const { return m_headline; }
    void setHeadline(const QString &headline) { m_headline = headline; }

    QStringList highlights() const { return m_highlights; }
    void setHighlights(const QStringList &highlights) { m_highlights = highlights; }

    QString dateline() const { return m_dateline; }
    void setDateline(const QString &dateline) { m_dateline = dateline; }

    QString byline() const { return m_byline; }
    void setByline(const QString &byline) { m_byline = byline; }

    /// A BCP 47 tag ("en", "ar", "pt-BR"); empty: the site's language.
    QString language() const { return m_language; }
    void setLanguage(const QString &language) { m_language = language; }
    /// language(), else the site's: what every output says the story is in.
    QString languageOr(const QString &siteLanguage) const;

    /// The section the story is filed under, one of the library's; empty: none.
    QString section() const { return m_section; }
    void setSection(const QString &section) { m_section = section.simplified(); }

    /// Free tags, each once whatever its letter case, in the order given (see cleanTags()).
    QStringList tags() const { return m_tags; }
    void setTags(const QStringList &tags) { m_tags = cleanTags(tags); }
    /// Tags trimmed, blank ones dropped, a repeat (letter case aside) kept once.
    static QStringList cleanTags(const QStringList &tags);

    /// IPTC Media Topic codes ("medtop:11000000"), each once (see MediaTopics).
    QStringList subjects() const { return m_subjects; }
    void setSubjects(const QStringList &codes);

    /// CommonMark with GFM tables and strikethrough.
    QString body() const { return m_body; }
    void setBody(const QString &body) { m_body = body; }

    QList<Photo> photos() const { return m_photos; }
    void setPhotos(const QList<Photo> &photos) { m_photos = photos; }
    /// The first photo leads the story page.
    /**
     * The first photo that has a picture: what the page leads with. A photo
     * still waiting for its picture (a wire caption) goes out nowhere.
     */
    std::optional<Photo> leadPhoto() const;
    /// The photos that have a picture, in order: the ones that go out.
    QList<Photo> picturedPhotos() const;

    StoryStatus status() const { return m_status; }
    void setStatus(StoryStatus status) { m_status = status; }

    QDateTime createdAt() const { return m_createdAt; }
    void setCreatedAt(const QDateTime &at) { m_createdAt = at.toUTC(); }
    QDateTime firstPublishedAt() const { return m_firstPublishedAt; }
    void setFirstPublishedAt(const QDateTime &at) { m_firstPublishedAt = at.toUTC(); }
    /// Moves only on a major update; this is the "Updated" readers see.
    QDateTime updatedAt() const { return m_updatedAt; }
    void setUpdatedAt(const QDateTime &at) { m_updatedAt = at.toUTC(); }
    QDateTime scheduledFor() const { return m_scheduledFor; }
    void setScheduledFor(const QDateTime &at) { m_scheduledFor = at.toUTC(); }
    QDateTime embargoUntil() const { return m_embargoUntil; }
    void setEmbargoUntil(const QDateTime &at) { m_embargoUntil = at.toUTC(); }
    /// When the store last saved it (any save, minor or major).
    QDateTime savedAt() const { return m_savedAt; }
    void setSavedAt(const QDateTime &at) { m_savedAt = at.toUTC(); }

    /// 0 for a story never saved; the store bumps it on every save.
    int version() const { return m_version; }
    void setVersion(int version) { m_version = version; }

    QList<UpdateNote> updateNotes() const { return m_updateNotes; }
    void setUpdateNotes(const QList<UpdateNote> &notes) { m_updateNotes = notes; }

    /// When the story was last withdrawn (killed); kept after a republication, for the record.
    QDateTime withdrawnAt() const { return m_withdrawnAt; }
    void setWithdrawnAt(const QDateTime &at) { m_withdrawnAt = at.toUTC(); }
    /// Why it was withdrawn, as the withdrawal notice tells readers.
    QString withdrawalReason() const { return m_withdrawalReason; }
    void setWithdrawalReason(const QString &reason) { m_withdrawalReason = reason; }

    /// Same editorial content and times; ignores version and savedAt.
    bool sameContent(const Story &other) const;
    bool operator==(const Story &) const = default;

private:
    QUuid m_id;
    QString m_slug;
    QString m_headline;
    QStringList m_highlights;
    QString m_dateline;
    QString m_byline;
    QString m_language;
    QString m_section;
    QStringList m_tags;
    QStringList m_subjects;
    QString m_body;
    QList<Photo> m_photos;
    StoryStatus m_status = StoryStatus::Draft;
    QDateTime m_createdAt;
    QDateTime m_firstPublishedAt;
    QDateTime m_updatedAt;
    QDateTime m_scheduledFor;
    QDateTime m_embargoUntil;
    QDateTime m_savedAt;
    int m_version = 0;
    QList<UpdateNote> m_updateNotes;
    QDateTime m_withdrawnAt;
    QString m_withdrawalReason;
};

/// Names (tags, sections) simplified, blank ones dropped, a repeat (letter case aside) kept once.
QStringList uniqueNames(const QStringList &names);

/// Whether a BCP 47 language tag is written right to left ("ar", "he", "fa-IR", "ur").
bool isRightToLeftLanguage(const QString &tag);
/// Whether text has the shape of a BCP 47 tag: "en", "ar-EG", "zh-Hant-TW".
bool isLanguageTag(const QString &text);

/// How slugs are written: the newsroom's choice in the publishing settings.
enum class SlugScript {
    /// Transliterated to lower-case ASCII ("Αθήνα" → "athena"); the default.
    Latin,
    /// Kept in the text's own script ("Αθήνα" → "αθήνα"), percent-encoded in URLs.
    Own,
};
/// The script this process writes slugs in; set from the publishing settings
/// by the window and copydesk-cli at start and when the settings change.
SlugScript slugScript();
void setSlugScript(SlugScript script);

/**
 * A URL-safe slug from free text in slugScript(). Latin: lower-case ASCII
 * letters, digits and hyphens. Own: letters and digits of any script,
 * lower-cased, in normalisation form C, with their combining marks, and
 * hyphens; at most 180 bytes of UTF-8, so a page's file name stays within
 * what every file system takes.
 */
QString slugify(const QString &text, int maxLength = 80);
QString slugify(const QString &text, SlugScript script, int maxLength = 80);

/// The most highlight bullets a story takes (the house default is 2); more is refused at import.
inline constexpr int maxHighlightCount = 20;
/// The longest a one-line field (headline, slug, dateline, byline, a
/// highlight, a caption, credit or alt text) may grow by typing or pasting,
/// and the longest a wire import takes. A longer text already stored opens
/// whole and can be shortened.
inline constexpr int maxLineFieldLength = 2'000;
/// The longest a body may grow by pasting or dropping text: ten million
/// characters, some 1.5 million words. Typing is never refused.
inline constexpr qsizetype maxBodyLength = 10'000'000;

/// The short code for a story id: 8 characters of Crockford base 32.
QString shortCode(const QUuid &id);
/// baseUrl (from settings) joined with the story's short code.
QString shortUrl(const QString &baseUrl, const QUuid &id);

/// Words as a reader counts them, and minutes to read at 230 words a minute.
int wordCount(const QString &text);
int readingMinutes(int words);

} // namespace Copydesk
