// SPDX-License-Identifier: MIT
#include "publish/folderpublisher.h"

#include "core/logging.h"
#include "feeds/atomfeed.h"
#include "feeds/jsonfeed.h"
#include "feeds/ninjs.h"
#include "publish/publishedpage.h"
#include "render/htmlescape.h"
#include "render/storypagerenderer.h"
#include "story/photofile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Copydesk::FolderPublisher", text);
}

/**
 * Renditions are encoded at this JPEG quality. A folder keeps the renditions
 * it has (their names fix the picture, not the encoder), so a change here
 * reaches only pictures published after it.
 */
constexpr int renditionQuality = 85;

/// The library keeps times in whole seconds; the published story must read as stored.
QDateTime inWholeSeconds(const QDateTime &at)
{
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    return QDateTime::fromSecsSinceEpoch(when.toSecsSinceEpoch(), QTimeZone::utc());
}

/// How a photo is named in messages: the name it was added under, else its caption.
QString photoName(const Photo &photo)
{
    if (!photo.fileName.isEmpty())
        return photo.fileName;
    if (!photo.caption.isEmpty())
        return photo.caption.size() > 40 ? photo.caption.first(40) + u"…"_s : photo.caption;
    return photo.fileId;
}

/// True when the file at path holds exactly bytes; a missing file or a folder does not.
bool holdsBytes(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() != bytes.size())
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readAll() == bytes;
}

/// The folder exists (made when missing), is a folder and can be written to.
Result<void> prepareFolder(const QString &folder)
{
    if (folder.isEmpty())
        return Error{ErrorKind::Io, tr("No folder to publish to was given: choose a destination folder.")};
    QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Error{ErrorKind::Io, tr("Cannot publish to “%1”: it is a file, not a folder. Choose a folder "
                        "to publish to.")
                             .arg(QDir::toNativeSeparators(folder))};
    if (!info.exists() && !QDir().mkpath(folder))
        return Error{ErrorKind::Io, tr("Cannot create the folder “%1” to publish to: check that its parent "
                        "folder exists and that you may write to it.")
                             .arg(QDir::toNativeSeparators(folder))};
    info.refresh();
    if (!info.isWritable())
        return Error{ErrorKind::Io, tr("Cannot publish to “%1”: the folder is not writable. Choose another "
                        "folder or change its permissions.")
                             .arg(QDir::toNativeSeparators(folder))};
    return {};
}

/**
 * Writes one file atomically (QSaveFile renames a finished temporary file
 * over the old one, so a web server never serves half a file) unless it
 * already holds these bytes: an unchanged file keeps its modification time,
 * so caches and mirrors see nothing new.
 */
Result<void> writeFile(const QString &folder, const QString &relativePath, const QByteArray &bytes,
                       PublishReport &report)
{
    if (report.written.contains(relativePath) || report.unchanged.contains(relativePath))
        return {}; // the same picture twice in one story
    const QString path = QDir(folder).filePath(relativePath);
    if (holdsBytes(path, bytes)) {
        report.unchanged.append(relativePath);
        return {};
    }
    const QString parent = QFileInfo(path).path();
    if (!QDir().mkpath(parent))
        return Error{ErrorKind::Io, tr("Cannot create the folder “%1”: check that nothing else has that name "
                        "and that you may write there.")
                             .arg(QDir::toNativeSeparators(parent))};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorKind::Io, tr("Cannot write “%1”: %2.")
                             .arg(QDir::toNativeSeparators(path), file.errorString())};
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{ErrorKind::Io, tr("Cannot write “%1”: %2. The file was left as it was.")
                             .arg(QDir::toNativeSeparators(path), file.errorString())};
    qCDebug(lcPublish) << "Wrote" << relativePath << bytes.size() << "bytes";
    report.written.append(relativePath);
    return {};
}

/// A rendition as JPEG bytes: the same picture always gives the same bytes.
Result<QByteArray> encodeRendition(const QImage &image, const Rendition &rendition)
{
    QImage scaled = image.scaled(rendition.width, rendition.height, Qt::IgnoreAspectRatio,
                                 Qt::SmoothTransformation);
    if (scaled.hasAlphaChannel()) {
        // JPEG has no transparency; on white it looks as it did on the page.
        QImage flat(scaled.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, scaled);
        painter.end();
        scaled = std::move(flat);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(renditionQuality);
    if (!writer.write(scaled))
        return Error{ErrorKind::Permanent, writer.errorString()};
    return bytes;
}

/**
 * The picture files of a story's photos, all read and checked before any
 * is written, so a broken one stops the publication with nothing changed.
 * A rendition is named after the original's SHA-256, so when the original
 * is already in the folder, a rendition file there is the same picture and
 * is not encoded again; it is listed in skipped.
 */
Result<QList<PublishedFile>> photoFiles(StoryStore &store, const Site &site, const Story &story,
                                        const QString &folder, QStringList &skipped)
{
    QList<PublishedFile> files;
    QSet<QString> seen;
    const QDir dir(folder);
    for (const Photo &photo : story.photos()) {
        const QList<Rendition> renditions = site.renditions(photo);
        if (renditions.isEmpty() || seen.contains(photo.fileId))
            continue;
        seen.insert(photo.fileId);
        const auto bytes = store.photoFile(photo.fileId);
        if (!bytes || bytes->isEmpty())
            return Error{ErrorKind::Io, tr("The photo “%1” of “%2” cannot be published: its picture is missing "
                            "from the library (%3). Remove the photo or add its picture again.")
                                 .arg(photoName(photo), story.headline(),
                                      bytes ? tr("the file is empty") : bytes.errorMessage())};
        files.append({renditions.first().path, *bytes});

        const bool originalInPlace = holdsBytes(dir.filePath(renditions.first().path), *bytes);
        const bool resizedInPlace =
                std::all_of(renditions.cbegin() + 1, renditions.cend(), [&](const Rendition &r) {
                    const QFileInfo info(dir.filePath(r.path));
                    return info.isFile() && info.size() > 0;
                });
        if (originalInPlace && resizedInPlace) {
            for (qsizetype i = 1; i < renditions.size(); ++i)
                skipped.append(renditions.at(i).path);
            continue;
        }

        if (auto checked = photoFileFromBytes(*bytes, photoName(photo)); !checked)
            return Error{ErrorKind::Io, tr("The photo “%1” of “%2” cannot be published: %3 Replace the picture "
                            "and publish again.")
                                 .arg(photoName(photo), story.headline(), checked.errorMessage())};
        if (renditions.size() == 1)
            continue;
        QBuffer buffer;
        buffer.setData(*bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        // Upright as the EXIF orientation says: browsers show the original
        // that way, and the width and height the library keeps are those.
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        if (image.isNull())
            return Error{ErrorKind::Io, tr("The photo “%1” of “%2” cannot be published: the picture does not "
                            "decode (%3).")
                                 .arg(photoName(photo), story.headline(), reader.errorString())};
        for (qsizetype i = 1; i < renditions.size(); ++i) {
            auto encoded = encodeRendition(image, renditions.at(i));
            if (!encoded)
                return Error{ErrorKind::Io, tr("Cannot make the %1 copy of the photo “%2”: %3")
                                     .arg(renditions.at(i).name, photoName(photo),
                                          encoded.errorMessage())};
            files.append({renditions.at(i).path, *std::move(encoded)});
        }
    }
    return files;
}

/// When a story reached the feeds: its first publication, else the best time it has.
QDateTime feedTime(const Story &story)
{
    if (story.firstPublishedAt().isValid())
        return story.firstPublishedAt();
    return story.updatedAt().isValid() ? story.updatedAt() : story.createdAt();
}

/// A small page that sends readers of an earlier address on to the story's page.
QByteArray movedPage(const Story &story, const Site &site)
{
    const QString target = Site::storyPagePath(story);
    const QString headline = escapeHtml(story.headline());
    const QString url = escapeHtml(site.storyUrl(story).toString());
    const QString page = u"<!DOCTYPE html>\n<html lang=\""_s + escapeHtml(site.language) +
            u"\">\n<head>\n<meta charset=\"utf-8\">\n<title>"_s + headline +
            u"</title>\n<link rel=\"canonical\" href=\""_s + url +
            u"\">\n<meta http-equiv=\"refresh\" content=\"0; url="_s + escapeHtml(target) +
            u"\">\n</head>\n<body>\n<p>This story has moved: <a href=\""_s + escapeHtml(target) +
            u"\">"_s + headline + u"</a></p>\n</body>\n</html>\n"_s;
    return page.toUtf8();
}

} // namespace

FolderPublisher::FolderPublisher(StoryStore &store, QString folder, Site site)
    : m_store(store)
    , m_folder(std::move(folder))
    , m_site(std::move(site))
{
}

Result<PublishReport> FolderPublisher::publish(const QUuid &id, const QDateTime &now)
{
    auto loaded = m_store.loadStory(id);
    if (!loaded)
        return Error{ErrorKind::Io, tr("Cannot publish: %1").arg(loaded.errorMessage())};
    Story story = *std::move(loaded);
    if (story.headline().trimmed().isEmpty())
        return Error{ErrorKind::Io, tr("Cannot publish a story without a headline: write one first.")};
    if (story.effectiveSlug().isEmpty())
        return Error{ErrorKind::Io, tr("Cannot publish “%1”: it has no slug to make its address from. Type a "
                        "slug with Latin letters or digits.")
                             .arg(story.headline())};

    PublishReport report;
    auto photos = photoFiles(m_store, m_site, story, m_folder, report.unchanged);
    if (!photos)
        return photos.error();
    if (auto ready = prepareFolder(m_folder); !ready)
        return ready.error();

    // Saved only when something changes, so publishing again is not a new version.
    const QDateTime at = inWholeSeconds(now);
    bool changed = false;
    if (story.status() != StoryStatus::Published) {
        story.setStatus(StoryStatus::Published);
        changed = true;
    }
    if (!story.firstPublishedAt().isValid()) {
        story.setFirstPublishedAt(at);
        // Readers first see the story now: an "Updated" stamp from before
        // (when the draft was made, or the wire's) would date it wrongly
        // and put the entry's Atom updated before its published.
        if (!story.updatedAt().isValid() || story.updatedAt() < at)
            story.setUpdatedAt(at);
        changed = true;
    }
    if (!story.updatedAt().isValid()) {
        story.setUpdatedAt(at);
        changed = true;
    }
    if (changed) {
        auto saved = m_store.saveStory(story);
        if (!saved)
            return Error{ErrorKind::Io,
                    tr("“%1” was not published: %2").arg(story.headline(), saved.errorMessage())};
        story = *std::move(saved);
    }
    report.story = story;

    if (auto done = writeStoryFiles(story, *photos, report); !done) {
        if (!changed)
            return Error{ErrorKind::Io, tr("Not all files of “%1” could be written: %2 Publish it again once "
                            "that is fixed.")
                                 .arg(story.headline(), done.errorMessage())};
        return Error{ErrorKind::Io, tr("“%1” is marked as published in the library, but not all of its files "
                        "could be written: %2 Publish it again once that is fixed.")
                             .arg(story.headline(), done.errorMessage())};
    }

    qCInfo(lcPublish).noquote() << u"Published %1 to %2: %3 files written, %4 unchanged"_s.arg(
            story.effectiveSlug(), m_folder, QString::number(report.written.size()),
            QString::number(report.unchanged.size()));
    return report;
}

Result<void> FolderPublisher::writeStoryFiles(const Story &story,
                                              const QList<PublishedFile> &photos,
                                              PublishReport &report)
{
    // Pictures first and the page last: a reader who gets the new page
    // finds every file it points at already there.
    for (const PublishedFile &file : photos) {
        if (auto done = writeFile(m_folder, file.path, file.bytes, report); !done)
            return done;
    }
    if (auto done =
                writeFile(m_folder, Site::ninjsPath(story), ninjsDocument(story, m_site), report);
        !done)
        return done;
    const QString page = renderStoryPage(story, publishedPageOptions(m_site));
    if (auto done = writeFile(m_folder, Site::storyPagePath(story), page.toUtf8(), report); !done)
        return done;
    if (auto done = retireEarlierSlugs(story, report); !done)
        return done;
    return writeFeeds(report);
}

Result<QList<Story>> FolderPublisher::feedStories()
{
    const auto summaries = m_store.listStories();
    if (!summaries)
        return Error{ErrorKind::Io, tr("Cannot list the library for the feeds: %1").arg(summaries.errorMessage())};
    QList<Story> stories;
    for (const StorySummary &summary : *summaries) {
        if (summary.status != StoryStatus::Published)
            continue;
        auto story = m_store.loadStory(summary.id);
        if (!story)
            return Error{ErrorKind::Io, tr("Cannot read “%1” for the feeds: %2")
                                 .arg(summary.headline, story.errorMessage())};
        stories.append(*std::move(story));
    }
    std::sort(stories.begin(), stories.end(), [](const Story &a, const Story &b) {
        const QDateTime first = feedTime(a);
        const QDateTime second = feedTime(b);
        if (first != second)
            return first > second;
        return a.id() < b.id();
    });
    if (stories.size() > m_site.feedEntries)
        stories.resize(qMax(0, m_site.feedEntries));
    return stories;
}

Result<QStringList> FolderPublisher::regenerateFeeds()
{
    if (auto ready = prepareFolder(m_folder); !ready)
        return ready.error();
    PublishReport report;
    if (auto done = writeFeeds(report); !done)
        return done.error();
    return report.written;
}

Result<void> FolderPublisher::writeFeeds(PublishReport &report)
{
    const auto stories = feedStories();
    if (!stories)
        return stories.error();
    if (auto done = writeFile(m_folder, QString::fromLatin1(Site::atomFeedPath),
                              atomFeed(*stories, m_site), report);
        !done)
        return done;
    return writeFile(m_folder, QString::fromLatin1(Site::jsonFeedPath), jsonFeed(*stories, m_site),
                     report);
}

Result<void> FolderPublisher::retireEarlierSlugs(const Story &story, PublishReport &report)
{
    const auto history = m_store.revisions(story.id());
    if (!history)
        return Error{ErrorKind::Io, tr("Cannot read the history of “%1”: %2")
                             .arg(story.headline(), history.errorMessage())};
    QSet<QString> earlier;
    for (const RevisionInfo &revision : *history) {
        auto old = m_store.loadRevision(story.id(), revision.version);
        if (!old)
            return Error{ErrorKind::Io, tr("Cannot read the history of “%1”: %2")
                                 .arg(story.headline(), old.errorMessage())};
        const QString slug = old->effectiveSlug();
        if (!slug.isEmpty() && slug != story.effectiveSlug())
            earlier.insert(slug);
    }

    const QDir dir(m_folder);
    const QString urn = storyUrn(story);
    for (const QString &slug : std::as_const(earlier)) {
        // Only files this story left: another story may have taken the slug since.
        Story former = story;
        former.setSlug(slug);
        const QString ninjs = Site::ninjsPath(former);
        QFile file(dir.filePath(ninjs));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        if (document.value(u"uri"_s).toString() != urn)
            continue;
        if (auto done = writeFile(m_folder, Site::storyPagePath(former), movedPage(story, m_site),
                                  report);
            !done)
            return done;
        if (!file.remove())
            return Error{ErrorKind::Io, tr("Cannot remove “%1”, the ninjs file of an earlier address of “%2”: "
                            "%3")
                                 .arg(QDir::toNativeSeparators(file.fileName()), story.headline(),
                                      file.errorString())};
        qCInfo(lcPublish) << "Moved" << slug << "to" << story.effectiveSlug();
        report.removed.append(ninjs);
    }
    return {};
}

} // namespace Copydesk
