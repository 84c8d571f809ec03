// SPDX-License-Identifier: MIT
#include "feeds/site.h"
#include "publish/editionmaker.h"
#include "publish/folderdestination.h"
#include "publish/publishservice.h"
#include "render/htmlescape.h"
#include "store/library.h"
#include "story/photofile.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "support/golden.h"
#include "support/testing.h"
#include "support/unprivileged.h"

#include <unistd.h>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

/// A picture with detail in it, so that scaling and JPEG have work to do.
QImage testImage(int width, int height, bool alpha = false)
{
    QImage image(width, height, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    image.fill(alpha ? Qt::transparent : Qt::white);
    QPainter painter(&image);
    for (int i = 0; i < 12; ++i) {
        painter.fillRect(QRect(i * width / 12, (i % 3) * height / 3, width / 12, height / 3),
                         QColor::fromHsv(i * 30, 200, 220));
    }
    painter.end();
    return image;
}

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(90);
    return writer.write(image) ? bytes : QByteArray();
}

/// One file as a test sees it: its bytes and when it was last changed.
struct FileState
{
    QByteArray bytes;
    QDateTime modified;
    bool operator==(const FileState &) const = default;
};

/// Every file under folder (hidden ones too, so a stray temporary file shows), by relative path.
QMap<QString, FileState> folderState(const QString &folder)
{
    QMap<QString, FileState> state;
    const QDir dir(folder);
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        state.insert(dir.relativeFilePath(path),
                     FileState{fileBytes(path), it.fileInfo().lastModified().toUTC()});
    }
    return state;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

/// Moves every file's modification time into the past, so a rewrite in the same second shows.
bool backdate(const QString &folder)
{
    const QDateTime past = utc(2001, 1, 1, 0, 0);
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly) ||
            !file.setFileTime(past, QFileDevice::FileModificationTime))
            return false;
    }
    return true;
}

QSize decodedSize(const QByteArray &bytes)
{
    return QImage::fromData(bytes).size();
}

/// The ids of a JSON Feed's items, in order.
QStringList jsonFeedIds(const QByteArray &bytes)
{
    QStringList ids;
    const QJsonArray items = QJsonDocument::fromJson(bytes).object().value(u"items"_s).toArray();
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(u"id"_s).toString());
    return ids;
}

/// Each Atom entry's id and title, in order; a parse error is an entry of its own.
QList<std::pair<QString, QString>> atomEntries(const QByteArray &bytes)
{
    QList<std::pair<QString, QString>> entries;
    QXmlStreamReader xml(bytes);
    bool inEntry = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"entry") {
            inEntry = true;
            entries.append(std::pair<QString, QString>());
        } else if (xml.isEndElement() && xml.name() == u"entry") {
            inEntry = false;
        } else if (inEntry && xml.isStartElement() && xml.name() == u"id") {
            entries.last().first = xml.readElementText();
        } else if (inEntry && xml.isStartElement() && xml.name() == u"title") {
            entries.last().second = xml.readElementText();
        }
    }
    if (xml.hasError())
        entries.append({u"XML error"_s, xml.errorString()});
    return entries;
}

/// One publication as these tests look at it: the story stored and what the folder got.
struct Published
{
    Story story;
    QStringList written;
    QStringList unchanged;
    QStringList removed;
};

} // namespace

/// Publishing to a folder: files, renditions, feeds, idempotence, atomic writes and refusals.
class TestFolderDestination : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoryStore> m_store;
    Site m_site;

    QString folder() const { return m_dir->filePath(u"site"_s); }
    QString inFolder(const QString &relative) const { return folder() + u'/' + relative; }

    /**
     * Publishes through the service at now. A publication that was refused,
     * or recorded but not delivered, is an error (the delivery's message).
     */
    Result<Published> publish(const QUuid &id, const QDateTime &now,
                              PublicationKind kind = PublicationKind::First,
                              const QString &note = {})
    {
        FolderDestination destination(folder(), m_site);
        PublishService service(
                *m_store, HouseStyle::defaultStyle(), {&destination}, [now] { return now; },
                QTimeZone::utc());
        auto publication = service.publish(PublishRequest{id, kind, note, 0, {}});
        if (!publication)
            return publication.error();
        const DestinationOutcome &outcome = publication->outcomes.constFirst();
        if (!outcome.ok())
            return *outcome.report.error;
        return Published{publication->story, outcome.report.written, outcome.report.unchanged,
                         outcome.report.removed};
    }

    /// Renders every published story and the feeds again.
    Result<RepublishReport> republishAll()
    {
        FolderDestination destination(folder(), m_site);
        PublishService service(*m_store, HouseStyle::defaultStyle(), {&destination}, {},
                               QTimeZone::utc());
        return service.republishAll();
    }

    /// Every file in the test folder but the library's own, whose journal changes on reads.
    QMap<QString, FileState> siteState() const
    {
        QMap<QString, FileState> state = folderState(m_dir->path());
        state.removeIf([](const auto &entry) { return entry.key().startsWith(u"library."_s); });
        return state;
    }

    /// Keeps picture bytes in the library and returns the photo that points at them.
    Photo addPhoto(const QByteArray &bytes, const QString &name)
    {
        Photo photo;
        const auto file = photoFileFromBytes(bytes, name);
        photo.mimeType = file ? file->mimeType : u"image/jpeg"_s;
        photo.width = file ? file->size.width() : 1600;
        photo.height = file ? file->size.height() : 1000;
        const auto id = m_store->addPhotoFile(bytes, photo.mimeType);
        if (!id)
            qWarning("%s", qPrintable(id.errorMessage()));
        photo.fileId = id ? *id : QString();
        photo.fileName = name;
        photo.caption = u"Cranes stand idle at the northern quay"_s;
        photo.credit = u"Copydesk Photo/Lena Abela"_s;
        photo.altText = u"Two cranes over an empty quay"_s;
        return photo;
    }

    /// A saved draft, with a photo when one is given.
    Story addStory(const QString &headline, const QString &slug,
                   std::optional<Photo> photo = std::nullopt)
    {
        Story story = Story::create(utc(2026, 11, 20, 9, 0));
        story.setHeadline(headline);
        story.setSlug(slug);
        story.setHighlights(
                {u"Repairs finished nine days early"_s, u"Normal call times from Monday"_s});
        story.setDateline(u"VALLETTA"_s);
        story.setBody(u"The harbor authority reopened two berths.\n\nShips return on Monday.\n"_s);
        if (photo)
            story.setPhotos({*photo});
        auto saved = m_store->saveStory(story);
        if (!saved)
            qWarning("%s", qPrintable(saved.errorMessage()));
        return saved ? *saved : story;
    }

    Story stored(const QUuid &id)
    {
        auto story = m_store->loadStory(id);
        return story ? *story : Story();
    }

    Result<Story> edit(const QUuid &id, const std::function<void(Story &)> &change)
    {
        auto story = m_store->loadStory(id);
        if (!story)
            return story;
        change(*story);
        return m_store->saveStory(*story);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QImageWriter::supportedImageFormats().contains("jpeg"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = Library::open(m_dir->filePath(u"library.sqlite"_s));
        QVERIFY2(opened, qPrintable(why(opened)));
        m_store = std::move(opened->store);
        m_site = Site().withBaseUrl(QUrl(u"https://news.example/desk/"_s));
        m_site.title = u"Desk"_s;
        m_site.timeZone = QTimeZone::utc();
        m_site.shortUrlBase = u"https://cd.example/s/"_s;
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void publishesPagePhotosAndFeeds()
    {
        const QByteArray jpeg = encoded(testImage(1600, 1000), "jpeg");
        QVERIFY(!jpeg.isEmpty());
        const Photo photo = addPhoto(jpeg, u"quay.jpg"_s);
        const Story draft = addStory(u"Harbor reopens two berths"_s, u"harbor-reopens"_s, photo);
        QCOMPARE(draft.status(), StoryStatus::Draft);
        QVERIFY(!draft.firstPublishedAt().isValid());

        const QDateTime now = utc(2026, 11, 21, 10, 30, 15);
        const auto report = publish(draft.id(), now);
        QVERIFY2(report, qPrintable(why(report)));

        const QString original = u"photos/"_s + photo.fileId + u".jpg"_s;
        const QString w1200 = u"photos/"_s + photo.fileId + u"-w1200.jpg"_s;
        const QString w400 = u"photos/"_s + photo.fileId + u"-w400.jpg"_s;
        const QStringList expected =
                sorted({u"harbor-reopens.html"_s, u"harbor-reopens.json"_s, original, w1200, w400,
                        u"feed.atom"_s, u"feed.json"_s, u"index.html"_s});
        QCOMPARE(sorted(report->written), expected);
        QVERIFY(report->unchanged.isEmpty());
        QVERIFY(report->removed.isEmpty());
        // Exactly these files: no temporary file of QSaveFile's is left over.
        QCOMPARE(sorted(folderState(folder()).keys()), expected);

        QCOMPARE(fileBytes(inFolder(original)), jpeg);
        QCOMPARE(decodedSize(fileBytes(inFolder(w1200))), QSize(1200, 750));
        QCOMPARE(decodedSize(fileBytes(inFolder(w400))), QSize(400, 250));

        QCOMPARE(report->story.status(), StoryStatus::Published);
        QCOMPARE(report->story.firstPublishedAt(), now);
        QCOMPARE(report->story.version(), draft.version() + 1);
        const Story saved = stored(draft.id());
        QCOMPARE(saved.status(), StoryStatus::Published);
        QCOMPARE(saved.firstPublishedAt(), now);
        QCOMPARE(saved.version(), report->story.version());
        // The first publication is the first "Updated" readers see: the
        // draft's older stamp does not date the story.
        QVERIFY(draft.updatedAt() < now);
        QCOMPARE(saved.updatedAt(), now);

        const QString page = QString::fromUtf8(fileBytes(inFolder(u"harbor-reopens.html"_s)));
        QVERIFY(page.contains(u"Harbor reopens two berths"_s));
        // The page shows the rendition beside it, not the original or a preview URL.
        QVERIFY2(page.contains(u"src=\""_s + w1200 + u'"'), qPrintable(page.left(3000)));
        // A static page must not say "2 min ago": it would be wrong tomorrow.
        QVERIFY(!page.contains(u" ago"_s));

        const QJsonObject ninjs =
                QJsonDocument::fromJson(fileBytes(inFolder(u"harbor-reopens.json"_s))).object();
        QCOMPARE(ninjs.value(u"uri"_s).toString(), storyUrn(saved));

        QCOMPARE(jsonFeedIds(fileBytes(inFolder(u"feed.json"_s))), QStringList{storyUrn(saved)});
        const auto entries = atomEntries(fileBytes(inFolder(u"feed.atom"_s)));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().first, storyUrn(saved));
    }

    void republishingUnchangedChangesNothing()
    {
        const Photo photo = addPhoto(encoded(testImage(1600, 1000), "jpeg"), u"quay.jpg"_s);
        const Story draft = addStory(u"Harbor reopens two berths"_s, u"harbor-reopens"_s, photo);
        const QDateTime first = utc(2026, 11, 21, 10, 30);
        const auto once = publish(draft.id(), first);
        QVERIFY2(once, qPrintable(why(once)));
        QVERIFY(backdate(folder()));
        const QMap<QString, FileState> before = folderState(folder());
        const int version = stored(draft.id()).version();

        // A minor update with nothing new records no version and writes nothing.
        const auto twice = publish(draft.id(), first.addDays(1), PublicationKind::Minor);
        QVERIFY2(twice, qPrintable(why(twice)));
        QVERIFY2(twice->written.isEmpty(), qPrintable(twice->written.join(u", ")));
        QCOMPARE(sorted(twice->unchanged), sorted(before.keys()));
        QCOMPARE(folderState(folder()), before);
        const Story again = stored(draft.id());
        QCOMPARE(again.version(), version);
        QCOMPARE(again.firstPublishedAt(), first);
        QCOMPARE(twice->story.firstPublishedAt(), first);

        const auto all = republishAll();
        QVERIFY2(all, qPrintable(why(all)));
        QCOMPARE(all->stories, 1);
        QCOMPARE(all->written, 0);
        QCOMPARE(folderState(folder()), before);
    }

    void editedStoryRewritesOnlyItsPageNinjsAndFeeds()
    {
        const Photo photo = addPhoto(encoded(testImage(1600, 1000), "jpeg"), u"quay.jpg"_s);
        const Story story = addStory(u"Harbor reopens two berths"_s, u"harbor-reopens"_s, photo);
        const Story other = addStory(u"Night buses run all winter"_s, u"night-buses"_s);
        QVERIFY(publish(other.id(), utc(2026, 11, 21, 9, 0)));
        QVERIFY(publish(story.id(), utc(2026, 11, 21, 10, 0)));
        QVERIFY(backdate(folder()));
        const QMap<QString, FileState> before = folderState(folder());

        const auto edited = edit(story.id(), [](Story &s) {
            s.setHeadline(u"Harbor reopens two berths after storm repairs"_s);
        });
        QVERIFY2(edited, qPrintable(why(edited)));
        const auto report = publish(story.id(), utc(2026, 11, 21, 12, 5), PublicationKind::Minor);
        QVERIFY2(report, qPrintable(why(report)));
        const QStringList changed = sorted({u"harbor-reopens.html"_s, u"harbor-reopens.json"_s,
                                            u"feed.atom"_s, u"feed.json"_s, u"index.html"_s});
        QCOMPARE(sorted(report->written), changed);
        // The minor update is a version of its own; readers' "Updated" stays.
        QCOMPARE(stored(story.id()).version(), edited->version() + 1);
        QCOMPARE(report->story.firstPublishedAt(), utc(2026, 11, 21, 10, 0));
        QCOMPARE(report->story.updatedAt(), utc(2026, 11, 21, 10, 0));

        const QMap<QString, FileState> after = folderState(folder());
        QCOMPARE(sorted(after.keys()), sorted(before.keys()));
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const bool expectChange = changed.contains(it.key());
            QVERIFY2((after.value(it.key()) != it.value()) == expectChange, qPrintable(it.key()));
        }
        QVERIFY(QString::fromUtf8(after.value(u"harbor-reopens.html"_s).bytes)
                        .contains(u"after storm repairs"_s));
    }

    void feedsListTheNewestFirstPublications()
    {
        m_site.feedEntries = 3;
        QList<Story> stories;
        for (int i = 0; i < 5; ++i) {
            const Story story = addStory(u"Story number %1"_s.arg(i), u"story-%1"_s.arg(i));
            const auto report = publish(story.id(), utc(2026, 11, 20 + i, 8, 0));
            QVERIFY2(report, qPrintable(why(report)));
            stories.append(report->story);
        }
        const QStringList newestThree = {storyUrn(stories.at(4)), storyUrn(stories.at(3)),
                                         storyUrn(stories.at(2))};
        QCOMPARE(jsonFeedIds(fileBytes(inFolder(u"feed.json"_s))), newestThree);
        const auto entries = atomEntries(fileBytes(inFolder(u"feed.atom"_s)));
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).first, newestThree.at(0));
        QCOMPARE(entries.at(2).first, newestThree.at(2));

        // A major update to an older story changes its entry, not its place:
        // the feeds go by first publication.
        QVERIFY(edit(stories.at(2).id(),
                     [](Story &s) { s.setHeadline(u"Story number 2, updated"_s); }));
        QVERIFY(publish(stories.at(2).id(), utc(2026, 12, 1, 8, 5), PublicationKind::Major,
                        u"New figures"_s));
        QCOMPARE(jsonFeedIds(fileBytes(inFolder(u"feed.json"_s))), newestThree);
        QCOMPARE(atomEntries(fileBytes(inFolder(u"feed.atom"_s))).at(2).second,
                 u"Story number 2, updated"_s);
        // An older story that was never published is not in the feeds at all.
        const auto listed = m_store->newestPublished(3);
        QVERIFY2(listed, qPrintable(why(listed)));
        QCOMPARE(listed->size(), 3);
    }

    void withdrawnAndDraftStoriesAreNotInFeeds()
    {
        const Story kept = addStory(u"Comet tail splits in two"_s, u"comet"_s);
        const Story killed = addStory(u"Buses run all night"_s, u"buses"_s);
        addStory(u"A draft nobody published"_s, u"draft"_s);
        QVERIFY(publish(kept.id(), utc(2026, 11, 21, 8, 0)));
        QVERIFY(publish(killed.id(), utc(2026, 11, 21, 9, 0)));
        QCOMPARE(jsonFeedIds(fileBytes(inFolder(u"feed.json"_s))).size(), 2);

        const auto written = publish(killed.id(), utc(2026, 11, 21, 10, 0),
                                     PublicationKind::Withdraw, u"The timetable was wrong."_s);
        QVERIFY2(written, qPrintable(why(written)));
        QCOMPARE(sorted(written->written),
                 sorted({u"buses.html"_s, u"buses.json"_s, u"feed.atom"_s, u"feed.json"_s,
                         u"index.html"_s}));
        QCOMPARE(jsonFeedIds(fileBytes(inFolder(u"feed.json"_s))),
                 QStringList{storyUrn(stored(kept.id()))});
        const auto entries = atomEntries(fileBytes(inFolder(u"feed.atom"_s)));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().first, storyUrn(stored(kept.id())));
    }

    void sectionFeedsListOnlyTheirOwnStories()
    {
        const auto file = [this](const QString &headline, const QString &slug,
                                 const QString &section) {
            const Story story = addStory(headline, slug);
            const auto filed = edit(story.id(), [&section](Story &s) { s.setSection(section); });
            return filed ? *filed : story;
        };
        const Story summit = file(u"Summit opens in Moscow"_s, u"summit"_s, u"World"_s);
        const Story shares =
                file(u"Shares fall in Frankfurt"_s, u"shares"_s, u"Business & Markets"_s);
        const Story talks = file(u"Talks stall in Geneva"_s, u"talks"_s, u"World"_s);
        const Story unfiled = addStory(u"Night buses run all winter"_s, u"buses"_s);
        QVERIFY(publish(summit.id(), utc(2026, 11, 21, 8, 0)));
        const auto sharesOut = publish(shares.id(), utc(2026, 11, 21, 9, 0));
        QVERIFY2(sharesOut, qPrintable(why(sharesOut)));
        // A delivery writes its story's section's feed and page, no other section's.
        QVERIFY(sharesOut->written.contains(u"section/business-markets/feed.atom"_s));
        QVERIFY(sharesOut->written.contains(u"section/business-markets/index.html"_s));
        QVERIFY(!sharesOut->written.contains(u"section/world/feed.atom"_s));
        const auto talksOut = publish(talks.id(), utc(2026, 11, 21, 10, 0));
        QVERIFY2(talksOut, qPrintable(why(talksOut)));
        QCOMPARE(sorted(talksOut->written),
                 sorted({u"talks.html"_s, u"talks.json"_s, u"feed.atom"_s, u"feed.json"_s,
                         u"index.html"_s, u"section/world/feed.atom"_s,
                         u"section/world/index.html"_s}));
        // A story filed under none has no section feed to write.
        const auto busesOut = publish(unfiled.id(), utc(2026, 11, 21, 11, 0));
        QVERIFY2(busesOut, qPrintable(why(busesOut)));
        QCOMPARE(sorted(busesOut->written),
                 sorted({u"buses.html"_s, u"buses.json"_s, u"feed.atom"_s, u"feed.json"_s,
                         u"index.html"_s}));

        const QByteArray world = fileBytes(inFolder(u"section/world/feed.atom"_s));
        const auto worldEntries = atomEntries(world);
        QCOMPARE(worldEntries.size(), 2);
        QCOMPARE(worldEntries.at(0).first, storyUrn(talks));
        QCOMPARE(worldEntries.at(1).first, storyUrn(summit));
        const auto businessEntries =
                atomEntries(fileBytes(inFolder(u"section/business-markets/feed.atom"_s)));
        QCOMPARE(businessEntries.size(), 1);
        QCOMPARE(businessEntries.first().first, storyUrn(shares));
        QCOMPARE(atomEntries(fileBytes(inFolder(u"feed.atom"_s))).size(), 4);

        // The section's own title, id and links.
        QVERIFY(world.contains("<title type=\"text\">Desk — World</title>"));
        QVERIFY(world.contains("<id>https://news.example/desk/section/world/feed.atom</id>"));
        QVERIFY(world.contains("<link rel=\"self\" type=\"application/atom+xml\" "
                               "href=\"https://news.example/desk/section/world/feed.atom\"/>"));
        QVERIFY(world.contains("<link rel=\"alternate\" type=\"text/html\" "
                               "href=\"https://news.example/desk/section/world/\"/>"));

        // The section's page lists its stories, with links that work from its folder.
        const QString page =
                QString::fromUtf8(fileBytes(inFolder(u"section/business-markets/index.html"_s)));
        QVERIFY2(page.contains(u"<title>Desk — Business &amp; Markets</title>"_s),
                 qPrintable(page.left(600)));
        QVERIFY(page.contains(u"<h1 class=\"headline\">Business &amp; Markets</h1>"_s));
        QVERIFY(page.contains(u"<a class=\"story-link\" href=\"../../shares.html\">Shares fall "
                              u"in Frankfurt</a>"_s));
        QVERIFY(page.contains(u"<a href=\"../../index.html\">Desk</a>"_s));
        QVERIFY(page.contains(u"href=\"https://news.example/desk/section/business-markets/"
                              u"feed.atom\""_s));
        QVERIFY(!page.contains(u"Summit opens"_s));

        // The story's page links to its section's page, which is there now.
        QVERIFY(fileBytes(inFolder(u"talks.html"_s))
                        .contains("<a class=\"section\" "
                                  "href=\"https://news.example/desk/section/world/\">World</a>"));
        QVERIFY(!fileBytes(inFolder(u"buses.html"_s)).contains("class=\"section\""));
    }

    void aStoryMovedToAnotherSectionLeavesTheOldOnesFeed()
    {
        const Story summit = addStory(u"Summit opens in Moscow"_s, u"summit"_s);
        const Story talks = addStory(u"Talks stall in Geneva"_s, u"talks"_s);
        QVERIFY(edit(summit.id(), [](Story &s) { s.setSection(u"World"_s); }));
        QVERIFY(edit(talks.id(), [](Story &s) { s.setSection(u"World"_s); }));
        QVERIFY(publish(summit.id(), utc(2026, 11, 21, 8, 0)));
        QVERIFY(publish(talks.id(), utc(2026, 11, 21, 9, 0)));
        QCOMPARE(atomEntries(fileBytes(inFolder(u"section/world/feed.atom"_s))).size(), 2);

        // Filed elsewhere by a save: nothing changes for readers until it is published.
        QVERIFY(edit(summit.id(), [](Story &s) { s.setSection(u"Politics"_s); }));
        const Story other = addStory(u"Ceasefire holds"_s, u"ceasefire"_s);
        QVERIFY(edit(other.id(), [](Story &s) { s.setSection(u"World"_s); }));
        QVERIFY(publish(other.id(), utc(2026, 11, 21, 10, 0)));
        QCOMPARE(atomEntries(fileBytes(inFolder(u"section/world/feed.atom"_s))).size(), 3);
        QVERIFY(!QFileInfo::exists(inFolder(u"section/politics/feed.atom"_s)));

        // Published there, it leaves the old section's feed and page for the new one's.
        const auto moved = publish(summit.id(), utc(2026, 11, 21, 11, 0), PublicationKind::Minor);
        QVERIFY2(moved, qPrintable(why(moved)));
        for (const QString &path :
             {u"section/world/feed.atom"_s, u"section/world/index.html"_s,
              u"section/politics/feed.atom"_s, u"section/politics/index.html"_s})
            QVERIFY2(moved->written.contains(path), qPrintable(path));
        const auto world = atomEntries(fileBytes(inFolder(u"section/world/feed.atom"_s)));
        QCOMPARE(world.size(), 2);
        QCOMPARE(world.at(0).first, storyUrn(other));
        QCOMPARE(world.at(1).first, storyUrn(talks));
        QVERIFY(!fileBytes(inFolder(u"section/world/index.html"_s)).contains("summit.html"));
        const auto politics = atomEntries(fileBytes(inFolder(u"section/politics/feed.atom"_s)));
        QCOMPARE(politics.size(), 1);
        QCOMPARE(politics.first().first, storyUrn(summit));
        QVERIFY(fileBytes(inFolder(u"section/politics/index.html"_s)).contains("summit.html"));
        QVERIFY(fileBytes(inFolder(u"summit.html"_s)).contains("section/politics/"));

        // Published again where it is, the old section is not written again.
        QVERIFY(edit(summit.id(), [](Story &s) { s.setByline(u"Desk reporter"_s); }));
        const auto again = publish(summit.id(), utc(2026, 11, 21, 12, 0), PublicationKind::Minor);
        QVERIFY2(again, qPrintable(why(again)));
        QVERIFY(!again->written.contains(u"section/world/feed.atom"_s));
        QVERIFY(!again->unchanged.contains(u"section/world/feed.atom"_s));
        QVERIFY(again->written.contains(u"section/politics/feed.atom"_s));
    }

    void aWithdrawnStoryLeavesItsSectionsFeed()
    {
        const Story kept = addStory(u"Comet tail splits in two"_s, u"comet"_s);
        const Story killed = addStory(u"Buses run all night"_s, u"buses"_s);
        QVERIFY(edit(kept.id(), [](Story &s) { s.setSection(u"Science"_s); }));
        QVERIFY(edit(killed.id(), [](Story &s) { s.setSection(u"Science"_s); }));
        QVERIFY(publish(kept.id(), utc(2026, 11, 21, 8, 0)));
        QVERIFY(publish(killed.id(), utc(2026, 11, 21, 9, 0)));
        QCOMPARE(atomEntries(fileBytes(inFolder(u"section/science/feed.atom"_s))).size(), 2);

        const auto withdrawn = publish(killed.id(), utc(2026, 11, 21, 10, 0),
                                       PublicationKind::Withdraw, u"The timetable was wrong."_s);
        QVERIFY2(withdrawn, qPrintable(why(withdrawn)));
        QVERIFY(withdrawn->written.contains(u"section/science/feed.atom"_s));
        QVERIFY(withdrawn->written.contains(u"section/science/index.html"_s));
        const auto entries = atomEntries(fileBytes(inFolder(u"section/science/feed.atom"_s)));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().first, storyUrn(kept));
        QVERIFY(!fileBytes(inFolder(u"section/science/index.html"_s)).contains("buses.html"));
        // The notice names no section.
        QVERIFY(!fileBytes(inFolder(u"buses.html"_s)).contains("class=\"section\""));

        // Rendering the whole site again writes every section's feed, and changes nothing.
        QVERIFY(QFile::remove(inFolder(u"section/science/feed.atom"_s)));
        QVERIFY(backdate(folder()));
        const auto all = republishAll();
        QVERIFY2(all, qPrintable(why(all)));
        QCOMPARE(all->written, 1);
        QCOMPARE(atomEntries(fileBytes(inFolder(u"section/science/feed.atom"_s))), entries);
    }

    void smallPhotoIsNotEnlarged()
    {
        const QByteArray jpeg = encoded(testImage(300, 200), "jpeg");
        const Photo photo = addPhoto(jpeg, u"small.jpg"_s);
        const Story story = addStory(u"Small picture"_s, u"small"_s, photo);
        const auto report = publish(story.id(), utc(2026, 11, 21, 8, 0));
        QVERIFY2(report, qPrintable(why(report)));
        const QStringList photos = QDir(inFolder(u"photos"_s)).entryList(QDir::Files);
        QCOMPARE(photos, QStringList{photo.fileId + u".jpg"_s});
        QCOMPARE(fileBytes(inFolder(u"photos/"_s + photos.first())), jpeg);
        // The page shows the original, the only picture file there is.
        const QByteArray src = "photos/" + photo.fileId.toLatin1() + ".jpg\"";
        QVERIFY(fileBytes(inFolder(u"small.html"_s)).contains(src));
    }

    void captionWithoutPictureWritesNoPhotoFiles()
    {
        // What a wire import brings: the words of a picture it cannot bring.
        Photo photo;
        photo.caption = u"Cranes stand idle at the northern quay"_s;
        photo.credit = u"Copydesk Photo"_s;
        const Story story = addStory(u"Caption only"_s, u"caption-only"_s, photo);
        const auto report = publish(story.id(), utc(2026, 11, 21, 8, 0));
        QVERIFY2(report, qPrintable(why(report)));
        QCOMPARE(sorted(report->written),
                 sorted({u"caption-only.html"_s, u"caption-only.json"_s, u"feed.atom"_s,
                         u"feed.json"_s, u"index.html"_s}));
        QVERIFY(!QFileInfo::exists(inFolder(u"photos"_s)));
        // Left out until its picture comes: no stray caption under the headline.
        QVERIFY(!fileBytes(inFolder(u"caption-only.html"_s)).contains("northern quay"));
        QVERIFY(!fileBytes(inFolder(u"caption-only.json"_s)).contains("northern quay"));
    }

    void transparentPictureBecomesJpegOnWhite()
    {
        const QByteArray png = encoded(testImage(800, 600, true), "png");
        const Photo photo = addPhoto(png, u"logo.png"_s);
        QCOMPARE(photo.mimeType, u"image/png"_s);
        const Story story = addStory(u"Transparent picture"_s, u"transparent"_s, photo);
        QVERIFY(publish(story.id(), utc(2026, 11, 21, 8, 0)));
        QCOMPARE(fileBytes(inFolder(u"photos/"_s + photo.fileId + u".png"_s)), png);
        const QImage w400 = QImage::fromData(
                fileBytes(inFolder(u"photos/"_s + photo.fileId + u"-w400.jpg"_s)), "jpeg");
        QCOMPARE(w400.size(), QSize(400, 300));
        // The bottom row was left transparent: white, not black, in the JPEG.
        QVERIFY2(qGray(w400.pixel(200, 299)) > 240,
                 qPrintable(QString::number(w400.pixel(200, 299), 16)));
    }

    void renditionsAreDeterministicAndNotReencoded()
    {
        const Photo photo = addPhoto(encoded(testImage(1600, 1000), "jpeg"), u"quay.jpg"_s);
        const Story story = addStory(u"Harbor reopens"_s, u"harbor"_s, photo);
        QVERIFY(publish(story.id(), utc(2026, 11, 21, 8, 0)));
        const QString w400 = u"photos/"_s + photo.fileId + u"-w400.jpg"_s;
        const QString w1200 = u"photos/"_s + photo.fileId + u"-w1200.jpg"_s;
        const QByteArray first = fileBytes(inFolder(w400));
        QVERIFY(!first.isEmpty());

        // A missing rendition is made again, byte for byte.
        QVERIFY(QFile::remove(inFolder(w400)));
        auto report = publish(story.id(), utc(2026, 11, 21, 9, 0), PublicationKind::Minor);
        QVERIFY2(report, qPrintable(why(report)));
        QCOMPARE(report->written, QStringList{w400});
        QCOMPARE(fileBytes(inFolder(w400)), first);

        // The name fixes the content: with the original in place, an
        // existing rendition is not decoded and encoded again.
        QVERIFY(writeFile(inFolder(w1200), "kept as it is"));
        report = publish(story.id(), utc(2026, 11, 21, 9, 0), PublicationKind::Minor);
        QVERIFY2(report, qPrintable(why(report)));
        QVERIFY(report->written.isEmpty());
        QVERIFY(report->unchanged.contains(w1200));
        QCOMPARE(fileBytes(inFolder(w1200)), QByteArray("kept as it is"));
    }

    void brokenPhotoStopsTheDelivery_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray jpeg = encoded(testImage(1600, 1000), "jpeg");
        QTest::newRow("not a picture") << QByteArray("this is not a picture at all");
        QTest::newRow("cut-short jpeg") << jpeg.left(jpeg.size() / 2);
    }

    void brokenPhotoStopsTheDelivery()
    {
        // Pictures are checked in full when they are added; one that is
        // damaged in the library all the same stops its delivery before the
        // page that would link to it, and the record says why.
        QFETCH(QByteArray, bytes);
        Photo photo = addPhoto(bytes, u"broken-picture.jpg"_s);
        photo.width = 1600;
        photo.height = 1000;
        const Story story = addStory(u"A story with a broken photo"_s, u"broken"_s, photo);
        const Story fine = addStory(u"A fine story"_s, u"fine"_s);
        QVERIFY(publish(fine.id(), utc(2026, 11, 21, 8, 0)));
        QVERIFY(backdate(folder()));
        const QMap<QString, FileState> before = folderState(folder());

        const auto report = publish(story.id(), utc(2026, 11, 21, 9, 0));
        QVERIFY(!report);
        QVERIFY2(report.errorMessage().contains(u"broken-picture.jpg"_s),
                 qPrintable(report.errorMessage()));
        QCOMPARE(report.errorKind(), ErrorKind::Permanent);
        // Nothing of the story reached the folder but, at most, the original picture.
        QMap<QString, FileState> after = folderState(folder());
        after.remove(u"photos/"_s + photo.fileId + u".jpg"_s);
        QCOMPARE(after, before);
        const auto deliveries = m_store->deliveries(story.id());
        QVERIFY2(deliveries, qPrintable(why(deliveries)));
        QCOMPARE(deliveries->size(), 1);
        QCOMPARE(deliveries->constFirst().state, DeliveryState::Failed);
        QVERIFY(deliveries->constFirst().message.contains(u"broken-picture.jpg"_s));
    }

    void pictureMissingFromTheLibraryStopsThePublication()
    {
        Photo photo = addPhoto(encoded(testImage(1600, 1000), "jpeg"), u"lost-picture.jpg"_s);
        photo.fileId = QString(64, u'0');
        const Story story = addStory(u"A story with a lost photo"_s, u"lost"_s, photo);
        const auto report = publish(story.id(), utc(2026, 11, 21, 8, 0));
        QVERIFY(!report);
        QVERIFY2(report.errorMessage().contains(u"lost-picture.jpg"_s),
                 qPrintable(report.errorMessage()));
        QCOMPARE(report.errorKind(), ErrorKind::NotFound);
        QVERIFY(!QFileInfo::exists(inFolder(u"lost.html"_s)));
        const Story after = stored(story.id());
        QCOMPARE(after.status(), StoryStatus::Draft);
        QCOMPARE(after.version(), story.version());
    }

    void unusableFolderIsRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("folder is a file") << u"site"_s << u"not a folder"_s;
        QTest::newRow("photos is a file") << u"site/photos"_s << u"photos"_s;
        QTest::newRow("page is a folder") << u"site/harbor/"_s << u"harbor.html"_s;
    }

    void unusableFolderIsRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const Photo photo = addPhoto(encoded(testImage(1600, 1000), "jpeg"), u"quay.jpg"_s);
        const Story story = addStory(u"Harbor reopens"_s, u"harbor"_s, photo);
        const QString path = m_dir->filePath(file);
        if (file.endsWith(u'/')) {
            QVERIFY(QDir().mkpath(path.chopped(1) + u".html"_s));
        } else {
            QVERIFY(QDir().mkpath(QFileInfo(path).path()));
            QVERIFY(writeFile(path, "in the way"));
        }
        const QMap<QString, FileState> before = siteState();

        const auto report = publish(story.id(), utc(2026, 11, 21, 8, 0));
        QVERIFY(!report);
        QVERIFY2(report.errorMessage().contains(message), qPrintable(report.errorMessage()));
        // Whatever was written before the failure, no temporary file is left behind.
        const QMap<QString, FileState> after = siteState();
        for (const QString &name : after.keys()) {
            const QString base = QFileInfo(name).fileName();
            QVERIFY2(before.contains(name) || base.endsWith(u".jpg"_s) || base.endsWith(u".json"_s),
                     qPrintable(name));
        }
        if (file == u"site"_s) {
            // Refused before anything was recorded.
            QCOMPARE(after, before);
            QCOMPARE(stored(story.id()).status(), StoryStatus::Draft);
        } else {
            // Recorded as published, with a failed delivery to try again.
            QCOMPARE(stored(story.id()).status(), StoryStatus::Published);
            const auto unfinished =
                    m_store->unfinishedDeliveries(FolderDestination::keyFor(folder()), 10);
            QVERIFY2(unfinished, qPrintable(why(unfinished)));
            QCOMPARE(unfinished->size(), 1);
            QCOMPARE(unfinished->constFirst().errorKind, ErrorKind::Io);
        }
    }

    void unwritableFolderIsRefused()
    {
        const Story story = addStory(u"Harbor reopens"_s, u"harbor"_s);
        if (!Unprivileged::needed()) {
            QVERIFY(QDir().mkpath(folder()));
            QVERIFY(QFile::setPermissions(folder(), QFile::ReadOwner | QFile::ExeOwner));
            const auto report = publish(story.id(), utc(2026, 11, 21, 8, 0));
            QFile::setPermissions(folder(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QVERIFY(!report);
            QVERIFY2(report.errorMessage().contains(u"not writable"_s),
                     qPrintable(report.errorMessage()));
            QCOMPARE(stored(story.id()).status(), StoryStatus::Draft);
            return;
        }
        // Root writes anywhere: the publication runs as nobody, through
        // copydesk-cli, on a library nobody owns and a folder nobody may not write.
        COPYDESK_REQUIRE(Unprivileged::available(), "setpriv or the user nobody is missing");
        const QString cli = qEnvironmentVariable("COPYDESK_CLI");
        COPYDESK_REQUIRE(QFileInfo(cli).isExecutable(), "COPYDESK_CLI does not name copydesk-cli");
        const QString library = m_store->connectionName();
        m_store.reset(); // closes the library, so its WAL is folded back into the file
        const QString home = m_dir->filePath(u"nobody"_s);
        QVERIFY(QDir().mkpath(home + u"/tmp"_s));
        QVERIFY(QDir().mkpath(folder()));
        QVERIFY(Unprivileged::giveAway(m_dir->path()));
        QVERIFY(QFile::setPermissions(
                folder(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        const CommandRun run = Unprivileged::run(
                cli,
                {u"--library"_s, library, u"publish"_s, story.id().toString(QUuid::WithoutBraces),
                 u"--folder"_s, folder(), u"--base-url"_s, u"https://news.example/"_s},
                Unprivileged::environmentIn(home));
        QVERIFY2(run.started, qPrintable(run.err));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"not writable"_s), qPrintable(run.err));
        auto reopened = Library::open(library);
        QVERIFY2(reopened, qPrintable(why(reopened)));
        m_store = std::move(reopened->store);
        QCOMPARE(stored(story.id()).status(), StoryStatus::Draft);
        QVERIFY(QDir(folder()).isEmpty());
    }

    void storiesThatCannotBePublishedAreRefused()
    {
        const Story noHeadline = addStory(u"   "_s, QString());
        // Every script gives a slug now (東京 gives dong-jing); signs alone do not.
        const Story noSlug = addStory(u"🌊 … 🌊"_s, QString());
        const auto empty = publish(noHeadline.id(), utc(2026, 11, 21, 8, 0));
        QVERIFY(!empty);
        QVERIFY2(empty.errorMessage().contains(u"headline"_s), qPrintable(empty.errorMessage()));
        const auto slugless = publish(noSlug.id(), utc(2026, 11, 21, 8, 0));
        QVERIFY(!slugless);
        QVERIFY2(slugless.errorMessage().contains(u"slug"_s), qPrintable(slugless.errorMessage()));
        const auto unknown = publish(QUuid::createUuid(), utc(2026, 11, 21, 8, 0));
        QVERIFY(!unknown);
        QCOMPARE(unknown.errorKind(), ErrorKind::NotFound);
        QVERIFY(!unknown.errorMessage().isEmpty());
        QVERIFY(!QFileInfo::exists(inFolder(u"feed.atom"_s)));
        QCOMPARE(stored(noHeadline.id()).status(), StoryStatus::Draft);
    }

    void scriptInHeadlineIsEscaped()
    {
        const QString headline = u"<script>alert(\"x\")</script> & “more” <b>bold</b>"_s;
        const Story story = addStory(headline, u"injection"_s);
        QVERIFY(publish(story.id(), utc(2026, 11, 21, 8, 0)));

        const QByteArray page = fileBytes(inFolder(u"injection.html"_s));
        QVERIFY(!page.contains("<script"));
        QVERIFY(!page.contains("<b>bold"));
        QVERIFY2(page.contains(escapeHtml(headline).toUtf8()), page.constData());

        const QByteArray atom = fileBytes(inFolder(u"feed.atom"_s));
        QVERIFY(!atom.contains("<script"));
        const auto entries = atomEntries(atom);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().second, headline);

        // JSON has its own quoting: the title reads back exactly as typed.
        const QJsonObject feed =
                QJsonDocument::fromJson(fileBytes(inFolder(u"feed.json"_s))).object();
        const QJsonObject item = feed.value(u"items"_s).toArray().first().toObject();
        QCOMPARE(item.value(u"title"_s).toString(), headline);
        if (item.contains(u"content_html"_s))
            QVERIFY(!item.value(u"content_html"_s).toString().contains(u"<script"_s));
        const QJsonObject ninjs =
                QJsonDocument::fromJson(fileBytes(inFolder(u"injection.json"_s))).object();
        for (const QJsonValue &body : ninjs.value(u"bodies"_s).toArray())
            QVERIFY(!body.toObject().value(u"value"_s).toString().contains(u"<script"_s));
    }

    void changedSlugLeavesAPointer()
    {
        const Story story = addStory(u"Harbor reopens two berths"_s, u"harbor-reopens"_s);
        QVERIFY(publish(story.id(), utc(2026, 11, 21, 8, 0)));
        QVERIFY(edit(story.id(), [](Story &s) { s.setSlug(u"harbor-berths-reopen"_s); }));

        const auto report = publish(story.id(), utc(2026, 11, 21, 9, 0), PublicationKind::Minor);
        QVERIFY2(report, qPrintable(why(report)));
        QVERIFY(report->written.contains(u"harbor-berths-reopen.html"_s));
        QVERIFY(report->written.contains(u"harbor-reopens.html"_s));
        QCOMPARE(report->removed, QStringList{u"harbor-reopens.json"_s});
        QVERIFY(!QFileInfo::exists(inFolder(u"harbor-reopens.json"_s)));
        QVERIFY(QFileInfo::exists(inFolder(u"harbor-berths-reopen.json"_s)));
        Golden::compare(u"publish/moved-page.html"_s,
                        fileBytes(inFolder(u"harbor-reopens.html"_s)));

        // Another story that takes the old slug owns those files from then on.
        const Story newcomer = addStory(u"Harbor reopens a third berth"_s, u"harbor-reopens"_s);
        QCOMPARE(newcomer.effectiveSlug(), u"harbor-reopens"_s);
        QVERIFY(publish(newcomer.id(), utc(2026, 11, 22, 8, 0)));
        const QByteArray newcomerPage = fileBytes(inFolder(u"harbor-reopens.html"_s));
        QVERIFY(newcomerPage.contains("a third berth"));
        const auto again = publish(story.id(), utc(2026, 11, 22, 9, 0), PublicationKind::Minor);
        QVERIFY2(again, qPrintable(why(again)));
        QVERIFY(again->removed.isEmpty());
        QCOMPARE(fileBytes(inFolder(u"harbor-reopens.html"_s)), newcomerPage);
        QVERIFY(QFileInfo::exists(inFolder(u"harbor-reopens.json"_s)));
    }
};

QTEST_GUILESS_MAIN(TestFolderDestination)
#include "tst_folderdestination.moc"
