// SPDX-License-Identifier: MIT
#include "publish/editionmaker.h"

#include "feeds/atomfeed.h"
#include "feeds/feedtext.h"
#include "feeds/jsonfeed.h"
#include "feeds/ninjs.h"
#include "publish/publishedpage.h"
#include "render/htmlescape.h"
#include "render/storypagerenderer.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::EditionMaker)
};

/// How a photo is named in messages: the name it was added under, else its caption.
QString photoName(const Photo &photo)
{
    if (!photo.fileName.isEmpty())
        return photo.fileName;
    if (!photo.caption.isEmpty())
        return photo.caption.size() > 40 ? photo.caption.first(40) + u"…"_s : photo.caption;
    return photo.fileId;
}

/// Adds a section to the list unless it is blank or its folder is there already (two spellings).
void addSection(QStringList &sections, const QString &section)
{
    const QString name = section.simplified();
    if (name.isEmpty())
        return;
    const QString folder = Site::sectionPath(name);
    if (std::none_of(sections.cbegin(), sections.cend(), [&folder](const QString &listed) {
            return Site::sectionPath(listed) == folder;
        }))
        sections.append(name);
}

/**
 * The picture files of a story's photos, each file once: every rendition,
 * or the originals alone. A withdrawn story keeps its files' addresses
 * (old links keep working) but links to no picture: nothing of it is left
 * but the notice.
 */
QList<EditionPicture> editionPictures(const Story &story, const Site &site, bool originalsOnly)
{
    QList<EditionPicture> pictures;
    if (story.status() == StoryStatus::Withdrawn)
        return pictures;
    QSet<QString> seen;
    for (const Photo &photo : story.photos()) {
        if (photo.fileId.isEmpty() || seen.contains(photo.fileId))
            continue;
        seen.insert(photo.fileId);
        for (const Rendition &rendition : site.renditions(photo)) {
            if (!originalsOnly || rendition.name == u"original"_s)
                pictures.append({rendition, photo.fileId, photoName(photo)});
        }
    }
    return pictures;
}

} // namespace

bool goesAsSaved(const Story &story)
{
    return story.status() == StoryStatus::Scheduled ||
            (story.status() == StoryStatus::Draft && !story.firstPublishedAt().isValid());
}

QByteArray pointerPage(const Story &story, const Site &site)
{
    // Links are percent-encoded: a slug in its own script stays a valid address.
    const QString target = FeedText::urlText(QUrl(Site::storyPagePath(story)));
    const QString headline = escapeHtml(story.headline());
    const QString url = escapeHtml(FeedText::urlText(site.storyUrl(story)));
    const QString page = u"<!DOCTYPE html>\n<html"_s +
            htmlLanguageAttributes(story.languageOr(site.language)) +
            u">\n<head>\n<meta charset=\"utf-8\">\n<title>"_s + headline +
            u"</title>\n<link rel=\"canonical\" href=\""_s + url +
            u"\">\n<meta http-equiv=\"refresh\" content=\"0; url="_s + escapeHtml(target) +
            u"\">\n</head>\n<body>\n<p>This story has moved: <a href=\""_s + escapeHtml(target) +
            u"\">"_s + headline + u"</a></p>\n</body>\n</html>\n"_s;
    return page.toUtf8();
}

EditionMaker::EditionMaker(StoryStore &store)
    : m_store(store)
{
}

Result<Edition> EditionMaker::storyEdition(const QUuid &id, const Site &site,
                                           const QString &destination, bool withFeeds)
{
    auto published = m_store.loadPublishedVersion(id);
    if (!published)
        return published.error();
    return storyEdition(*published, site, destination, withFeeds);
}

Edition renderedEdition(const Story &published, const Site &site)
{
    Edition edition;
    edition.story = published;
    edition.url = site.storyUrl(published);

    edition.pictures = editionPictures(published, site, false);
    // The body is rendered once for the ninjs document and the page.
    const QString body = renderStoryBody(published, site.timeZone);
    edition.storyFiles.append({Site::ninjsPath(published), u"application/json"_s,
                               ninjsDocument(published, site, body)});
    const PageOptions options = publishedPageOptions(site, published);
    edition.storyFiles.append({Site::storyPagePath(published), u"text/html; charset=utf-8"_s,
                               renderStoryPage(published, options, body).toUtf8()});
    // The short URL answers on the site itself, after the page it leads to.
    const QString shortFile = site.shortUrlFile(published);
    if (!shortFile.isEmpty())
        edition.storyFiles.append(
                {shortFile, u"text/html; charset=utf-8"_s, shortUrlPage(published, site)});
    return edition;
}

Result<Edition> EditionMaker::storyEdition(const Story &published, const Site &site,
                                           const QString &destination, bool withFeeds)
{
    return completeEdition(renderedEdition(published, site), site, destination, withFeeds);
}

Result<Edition> EditionMaker::completeEdition(Edition edition, const Site &site,
                                              const QString &destination, bool withFeeds)
{
    if (!edition.story)
        return edition;
    const Story &published = *edition.story;
    // Earlier slugs come from the deliveries record, not from reading the
    // destination back; a slug another story holds now is that story's.
    const auto earlier =
            m_store.earlierSlugs(published.id(), destination, published.effectiveSlug());
    if (!earlier)
        return earlier.error().reworded(Text::tr("Cannot read where “%1” was published before: %2")
                                                .arg(published.headline(), earlier.errorMessage()));
    for (const QString &slug : *earlier) {
        const auto owner = m_store.slugOwner(slug);
        if (!owner)
            return owner.error();
        if (owner->has_value() && **owner != published.id())
            continue;
        // The slug as it was published, even when slugs are now made differently.
        edition.pointers.append({Site::storyPagePath(slug), u"text/html; charset=utf-8"_s,
                                 pointerPage(published, site)});
        edition.retired.append(Site::ninjsPath(slug));
    }

    if (withFeeds) {
        auto feedFiles = feeds(site, destination, published.id());
        if (!feedFiles)
            return feedFiles.error();
        edition.feeds = *std::move(feedFiles);
        const auto sections = sectionsTouched(published, destination);
        if (!sections)
            return sections.error();
        for (const QString &section : *sections) {
            auto sectionFiles = sectionFeeds(site, section, destination, published.id());
            if (!sectionFiles)
                return sectionFiles.error();
            edition.feeds += *std::move(sectionFiles);
        }
    }
    return edition;
}

Result<Edition> EditionMaker::postEdition(const QUuid &id, const Site &site,
                                          const QString &destination, const QDateTime &now)
{
    auto story = m_store.loadStory(id);
    if (!story)
        return story.error();
    const bool notOut = goesAsSaved(*story);
    if (!notOut) {
        story = m_store.loadPublishedVersion(id);
        if (!story)
            return story.error();
    }
    Edition edition;
    edition.story = *story;
    edition.url = site.storyUrl(*story);
    edition.embargoed = notOut && story->embargoUntil().isValid() && story->embargoUntil() > now;
    edition.pictures = editionPictures(*story, site, true);
    const auto last = m_store.lastDelivery(id, destination);
    if (!last)
        return last.error();
    if (*last)
        edition.delivered = (*last)->written;
    return edition;
}

Result<QStringList> EditionMaker::sectionsTouched(const Story &published,
                                                  const QString &destination)
{
    QStringList sections;
    addSection(sections, published.section());
    if (destination.isEmpty())
        return sections;
    // The deliveries record says which version the destination has; that
    // version says where the story was filed when it went there.
    const auto delivered = m_store.lastDelivery(published.id(), destination);
    if (!delivered)
        return delivered.error().reworded(
                Text::tr("Cannot read where “%1” was published before: %2")
                        .arg(published.headline(), delivered.errorMessage()));
    const int version = *delivered ? (*delivered)->version : 0;
    if (version <= 0 || version == published.version())
        return sections;
    const auto before = m_store.loadRevision(published.id(), version);
    if (!before)
        return before.error().reworded(Text::tr("Cannot read where “%1” was published before: %2")
                                               .arg(published.headline(), before.errorMessage()));
    addSection(sections, before->section());
    return sections;
}

Result<Edition> EditionMaker::feedsEdition(const Site &site, const QStringList &sections)
{
    Edition edition;
    auto feedFiles = feeds(site);
    if (!feedFiles)
        return feedFiles.error();
    edition.feeds = *std::move(feedFiles);
    QStringList distinct;
    for (const QString &section : sections)
        addSection(distinct, section);
    for (const QString &section : std::as_const(distinct)) {
        auto sectionFiles = sectionFeeds(site, section);
        if (!sectionFiles)
            return sectionFiles.error();
        edition.feeds += *std::move(sectionFiles);
    }
    return edition;
}

Result<QList<EditionFile>> EditionMaker::feeds(const Site &site, const QString &destination,
                                               const QUuid &including)
{
    const auto stories = m_store.newestPublished(qMax(0, site.feedEntries), destination, including);
    if (!stories)
        return stories.error().reworded(Text::tr("Cannot read the newest stories for the feeds: %1")
                                                .arg(stories.errorMessage()));
    return QList<EditionFile>{
            {QString::fromLatin1(Site::atomFeedPath), u"application/atom+xml"_s,
             atomFeed(*stories, site)},
            {QString::fromLatin1(Site::jsonFeedPath), u"application/feed+json"_s,
             jsonFeed(*stories, site)},
            {QString::fromLatin1(Site::frontPagePath), u"text/html; charset=utf-8"_s,
             frontPage(*stories, site)},
    };
}

Result<QList<EditionFile>> EditionMaker::sectionFeeds(const Site &site, const QString &section,
                                                      const QString &destination,
                                                      const QUuid &including)
{
    const QString name = section.simplified();
    auto stories = m_store.newestPublished(qMax(0, site.feedEntries), destination, including, name);
    if (!stories)
        return stories.error().reworded(
                Text::tr("Cannot read the newest stories of the section “%1” for its feed: %2")
                        .arg(name, stories.errorMessage()));
    // A story published before the library kept the published version's
    // section is taken to be where its newest save filed it; should that be
    // elsewhere, it is left out: a feed never lists a story under a section
    // its page does not name.
    stories->removeIf([&name](const Story &story) { return story.section() != name; });
    return QList<EditionFile>{
            {Site::sectionFeedPath(name), u"application/atom+xml"_s,
             atomFeed(*stories, site, name)},
            {Site::sectionPagePath(name), u"text/html; charset=utf-8"_s,
             sectionPage(*stories, site, name)},
    };
}

} // namespace Copydesk
