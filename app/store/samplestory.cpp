// SPDX-License-Identifier: MIT
#include "samplestory.h"

#include "core/logging.h"
#include "store/library.h"
#include "store/storystore.h"
#include "story/storyjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {
/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::SampleStory)
};

Result<QByteArray> readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
                ErrorKind::Permanent,
                Text::tr("The bundled sample %1 is missing: %2").arg(path, file.errorString())};
    return file.readAll();
}
} // namespace

Result<std::unique_ptr<StoryStore>> openDeskLibrary(const QString &path)
{
    auto opened = Library::open(path);
    if (!opened)
        return opened.error();
    if (opened->created) {
        if (const auto sample = installSampleStory(*opened->store); !sample)
            qCWarning(lcStory) << "The sample story was not added:" << sample.errorMessage();
    }
    return std::move(opened->store);
}

Result<Story> installSampleStory(StoryStore &store, const QDateTime &nowUtc)
{
    const auto json = readResource(u":/copydesk/sample/sample-story.json"_s);
    if (!json)
        return json.error();
    auto parsed = StoryJson::fromJson(QJsonDocument::fromJson(*json).object());
    if (!parsed)
        return parsed.error();
    Story story = *parsed;

    QList<Photo> photos = story.photos();
    for (Photo &photo : photos) {
        const auto bytes = readResource(u":/copydesk/"_s + photo.fileId);
        if (!bytes)
            return bytes.error();
        const auto fileId = store.addPhotoFile(*bytes, photo.mimeType);
        if (!fileId)
            return fileId.error();
        photo.fileId = *fileId;
    }
    story.setPhotos(photos);
    // A fresh id each time, so a second sample never clashes with the first.
    story.setId(QUuid::createUuid());
    const QDateTime now = Story::create(nowUtc).createdAt();
    story.setCreatedAt(now);
    story.setUpdatedAt(now);
    story.setVersion(0);
    return store.saveStory(story);
}

} // namespace Copydesk
