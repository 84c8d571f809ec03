// SPDX-License-Identifier: MIT
#include "storyjson.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Copydesk::StoryJson {

QString timeToJson(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime timeFromJson(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    return at.isValid() ? at.toUTC() : QDateTime();
}

namespace {

void putTime(QJsonObject &object, QLatin1StringView key, const QDateTime &at);

QJsonObject photoToJson(const Photo &photo)
{
    QJsonObject object{
            {u"file"_s, photo.fileId},       {u"fileName"_s, photo.fileName},
            {u"mimeType"_s, photo.mimeType}, {u"caption"_s, photo.caption},
            {u"credit"_s, photo.credit},     {u"altText"_s, photo.altText},
            {u"width"_s, photo.width},       {u"height"_s, photo.height},
    };
    // Known only for pictures whose metadata said so.
    if (!photo.byline.isEmpty())
        object.insert(u"byline"_s, photo.byline);
    putTime(object, "taken"_L1, photo.taken);
    return object;
}

Photo photoFromJson(const QJsonObject &object)
{
    Photo photo;
    photo.fileId = object.value(u"file"_s).toString();
    photo.fileName = object.value(u"fileName"_s).toString();
    photo.mimeType = object.value(u"mimeType"_s).toString();
    photo.caption = object.value(u"caption"_s).toString();
    photo.credit = object.value(u"credit"_s).toString();
    photo.altText = object.value(u"altText"_s).toString();
    photo.width = object.value(u"width"_s).toInt();
    photo.height = object.value(u"height"_s).toInt();
    photo.byline = object.value(u"byline"_s).toString();
    photo.taken = timeFromJson(object.value(u"taken"_s).toString());
    return photo;
}

void putTime(QJsonObject &object, QLatin1StringView key, const QDateTime &at)
{
    if (at.isValid())
        object.insert(key, timeToJson(at));
}

} // namespace

QJsonObject toJson(const Story &story)
{
    QJsonObject object{
            {u"id"_s, story.id().toString(QUuid::WithoutBraces)},
            {u"slug"_s, story.effectiveSlug()},
            {u"headline"_s, story.headline()},
            {u"highlights"_s, QJsonArray::fromStringList(story.highlights())},
            {u"dateline"_s, story.dateline()},
            {u"byline"_s, story.byline()},
            {u"body"_s, story.body()},
            {u"status"_s, statusKey(story.status())},
            {u"version"_s, story.version()},
    };
    if (!story.slug().isEmpty())
        object.insert(u"editedSlug"_s, story.slug());
    if (!story.language().isEmpty())
        object.insert(u"language"_s, story.language());
    if (!story.section().isEmpty())
        object.insert(u"section"_s, story.section());
    if (!story.tags().isEmpty())
        object.insert(u"tags"_s, QJsonArray::fromStringList(story.tags()));
    if (!story.subjects().isEmpty())
        object.insert(u"subjects"_s, QJsonArray::fromStringList(story.subjects()));
    QJsonArray photos;
    for (const Photo &photo : story.photos())
        photos.append(photoToJson(photo));
    object.insert(u"photos"_s, photos);
    putTime(object, "created"_L1, story.createdAt());
    putTime(object, "firstPublished"_L1, story.firstPublishedAt());
    putTime(object, "updated"_L1, story.updatedAt());
    putTime(object, "scheduledFor"_L1, story.scheduledFor());
    putTime(object, "embargoUntil"_L1, story.embargoUntil());
    putTime(object, "saved"_L1, story.savedAt());
    QJsonArray notes;
    for (const UpdateNote &note : story.updateNotes()) {
        notes.append(QJsonObject{
                {u"at"_s, timeToJson(note.at)},
                {u"kind"_s, note.kind == UpdateKind::Correction ? u"correction"_s : u"update"_s},
                {u"text"_s, note.text},
        });
    }
    object.insert(u"updateNotes"_s, notes);
    putTime(object, "withdrawn"_L1, story.withdrawnAt());
    if (!story.withdrawalReason().isEmpty())
        object.insert(u"withdrawalReason"_s, story.withdrawalReason());
    return object;
}

Result<Story> fromJson(const QJsonObject &object)
{
    Story story;
    const QUuid id = QUuid::fromString(object.value(u"id"_s).toString());
    if (id.isNull())
        return Error{
                ErrorKind::Permanent,
                QCoreApplication::translate("Copydesk::StoryJson", "The story has no valid id.")};
    story.setId(id);
    story.setSlug(object.value(u"editedSlug"_s).toString());
    story.setHeadline(object.value(u"headline"_s).toString());
    QStringList highlights;
    for (const QJsonValue &value : object.value(u"highlights"_s).toArray())
        highlights.append(value.toString());
    story.setHighlights(highlights);
    story.setDateline(object.value(u"dateline"_s).toString());
    story.setByline(object.value(u"byline"_s).toString());
    story.setLanguage(object.value(u"language"_s).toString());
    story.setSection(object.value(u"section"_s).toString());
    const auto strings = [&object](const QString &key) {
        QStringList list;
        for (const QJsonValue &value : object.value(key).toArray())
            list.append(value.toString());
        return list;
    };
    story.setTags(strings(u"tags"_s));
    story.setSubjects(strings(u"subjects"_s));
    story.setBody(object.value(u"body"_s).toString());
    const QString statusText = object.value(u"status"_s).toString(u"draft"_s);
    const auto status = statusFromKey(statusText);
    if (!status)
        return Error{
                ErrorKind::Permanent,
                QCoreApplication::translate("Copydesk::StoryJson", "Unknown story status “%1”.")
                        .arg(statusText)};
    story.setStatus(*status);
    story.setVersion(object.value(u"version"_s).toInt());
    QList<Photo> photos;
    for (const QJsonValue &value : object.value(u"photos"_s).toArray())
        photos.append(photoFromJson(value.toObject()));
    story.setPhotos(photos);
    story.setCreatedAt(timeFromJson(object.value(u"created"_s).toString()));
    story.setFirstPublishedAt(timeFromJson(object.value(u"firstPublished"_s).toString()));
    story.setUpdatedAt(timeFromJson(object.value(u"updated"_s).toString()));
    story.setScheduledFor(timeFromJson(object.value(u"scheduledFor"_s).toString()));
    story.setEmbargoUntil(timeFromJson(object.value(u"embargoUntil"_s).toString()));
    story.setSavedAt(timeFromJson(object.value(u"saved"_s).toString()));
    QList<UpdateNote> notes;
    for (const QJsonValue &value : object.value(u"updateNotes"_s).toArray()) {
        const QJsonObject note = value.toObject();
        notes.append(UpdateNote{
                timeFromJson(note.value(u"at"_s).toString()),
                note.value(u"kind"_s).toString() == u"correction"_s ? UpdateKind::Correction
                                                                    : UpdateKind::Update,
                note.value(u"text"_s).toString(),
        });
    }
    story.setUpdateNotes(notes);
    story.setWithdrawnAt(timeFromJson(object.value(u"withdrawn"_s).toString()));
    story.setWithdrawalReason(object.value(u"withdrawalReason"_s).toString());
    return story;
}

} // namespace Copydesk::StoryJson
