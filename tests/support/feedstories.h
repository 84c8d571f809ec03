// SPDX-License-Identifier: MIT
#pragma once

// Stories and a site with fixed ids and times for the feed and ninjs tests:
// the same inputs give the same bytes, so golden files stay put.

#include "feeds/site.h"
#include "story/story.h"

#include <QList>
#include <QTimeZone>

#include <utility>

namespace Copydesk::TestStories {

using namespace Qt::StringLiterals;

inline QDateTime at(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone::utc());
}

inline Site site()
{
    Site site = Site().withBaseUrl(QUrl(u"https://news.example/desk"_s));
    site.title = u"Copydesk Test Desk"_s;
    site.language = u"en"_s;
    site.shortUrlBase = u"https://cpdk.example/s"_s;
    site.timeZone = QTimeZone::utc();
    return site;
}

inline Photo leadPhoto()
{
    Photo photo;
    photo.fileId = u"3f0a9c1be2d4"_s;
    photo.fileName = u"square.jpg"_s;
    photo.mimeType = u"image/jpeg"_s;
    photo.caption = u"Police officers stand near Pushkin Square in central Moscow."_s;
    photo.credit = u"Copydesk Photo/Ivan Orlov"_s;
    photo.altText = u"Police officers in a row on a snowy square"_s;
    photo.width = 1600;
    photo.height = 1000;
    return photo;
}

/// Everything set: byline, dateline, bullets, a rich body, two photos, all times.
inline Story full()
{
    Story story;
    story.setId(QUuid::fromString(u"6f1c2a0e-8d4b-4e7a-9f3c-2b5d8e1a7c40"_s));
    story.setHeadline(u"Police detain 40 after march through central Moscow"_s);
    story.setByline(u"By Irina Sokolova"_s);
    story.setDateline(u"MOSCOW"_s);
    story.setHighlights({u"The interior ministry corrected an earlier figure of 60"_s,
                         u"Courts are expected to hear the cases on Monday"_s});
    story.setBody(
            u"Police detained at least 40 people on Saturday after a march through the "
            "city centre, the interior ministry said.\n\n"
            "\u201CWe will not be silenced,\u201D said Anna Petrova, 34.\n\n"
            "> The march was not authorised.\n\n"
            "## What happens next\n\n"
            "Courts are expected to hear the cases on Monday. An earlier figure of ~~60~~ "
            "40 was corrected.\n\n"
            "| District | Detained |\n|:---|---:|\n| Tverskoy | 25 |\n| Basmanny | 15 |\n\n"
            "The statement is on the [ministry's website](https://mvd.example/n?a=1&b=2).\n"_s);
    Photo second = leadPhoto();
    second.fileId = u"77aa00bb11cc"_s;
    second.mimeType = u"image/png"_s;
    second.fileName = u"map.png"_s;
    second.caption = u"Where the march went"_s;
    second.credit = u"(Reuters)"_s;
    second.altText.clear();
    second.width = 800;
    second.height = 600;
    story.setPhotos({leadPhoto(), second});
    story.setStatus(StoryStatus::Published);
    story.setCreatedAt(at(18, 8, 0));
    story.setFirstPublishedAt(at(18, 9, 30));
    story.setUpdatedAt(at(18, 11, 58));
    story.setSavedAt(at(18, 12, 5));
    story.setVersion(7);
    story.setUpdateNotes({{at(18, 11, 58), UpdateKind::Correction, u"Corrected the figure"_s}});
    return story;
}

/// Filed under a section, with tags (one of them hostile markup) and Media Topics.
inline Story filed()
{
    Story story = full();
    story.setSection(u"World"_s);
    story.setTags({u"Russia"_s, u"protests & <script>alert(1)</script>"_s, u"Moscow"_s});
    story.setSubjects({u"medtop:11000000"_s, u"medtop:02000000"_s});
    return story;
}

inline Story noPhoto()
{
    Story story = full();
    story.setId(QUuid::fromString(u"0b7e2d61-3a5c-4f08-8e19-6c4d2a9b1f03"_s));
    story.setHeadline(u"Council extends night buses through the winter"_s);
    story.setPhotos({});
    story.setFirstPublishedAt(at(17, 20, 0));
    story.setUpdatedAt(at(17, 21, 15));
    return story;
}

/// A wire story: caption and credit of a picture that did not come with it.
inline Story photoWithoutFile()
{
    Story story = full();
    story.setId(QUuid::fromString(u"9d4c8e2a-1b3f-4a6d-8c7e-5f0a2b4d6e81"_s));
    story.setHeadline(u"Harbor reopens two berths after storm repairs"_s);
    Photo photo;
    photo.caption = u"Cranes stand idle at the harbor after the storm."_s;
    photo.credit = u"Copydesk Wire/Maria Lopes"_s;
    story.setPhotos({photo});
    story.setFirstPublishedAt(at(16, 7, 0));
    story.setUpdatedAt(at(16, 7, 0));
    return story;
}

inline Story noByline()
{
    Story story = noPhoto();
    story.setId(QUuid::fromString(u"2e5f7a90-4c1d-4b3e-9a8f-7d6c5b4a3e21"_s));
    story.setHeadline(u"Observatory spots a comet\u2019s tail splitting in two"_s);
    story.setByline(QString());
    story.setDateline(u"SANTA CRUZ DE LA PALMA:"_s);
    story.setFirstPublishedAt(at(15, 6, 0));
    story.setUpdatedAt(at(15, 6, 45));
    return story;
}

/// Killed after publication: still listed, marked canceled in ninjs.
inline Story withdrawn()
{
    Story story = noPhoto();
    story.setId(QUuid::fromString(u"5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"_s));
    story.setHeadline(u"Withdrawn: market closes early"_s);
    story.setStatus(StoryStatus::Withdrawn);
    story.setFirstPublishedAt(at(14, 10, 0));
    story.setUpdatedAt(at(14, 12, 0));
    story.setWithdrawnAt(at(14, 13, 30));
    story.setWithdrawalReason(u"The exchange did not close early; the report was wrong."_s);
    // Nothing of a withdrawn story goes out but its headline and the notice.
    story.setSection(u"Business"_s);
    story.setTags({u"markets"_s});
    story.setSubjects({u"medtop:04000000"_s});
    return story;
}

/// Markup, quotes and characters from every plane in every field: all of
/// it must come out as text, never as markup.
inline Story hostile()
{
    Story story = full();
    story.setId(QUuid::fromString(u"c0ffee00-1234-4567-89ab-cdef01234567"_s));
    story.setSlug(u"hostile-input"_s);
    story.setHeadline(u"<script>alert(1)</script> Z\u00FCrich \u201Cquoted\u201D & 'single' "
                      "\u6771\u4EAC \U0001F600 ]]>"_s);
    story.setByline(u"By <b>Nobody</b> & Co"_s);
    story.setDateline(u"Z\u00DCRICH <i>"_s);
    story.setHighlights(
            {u"<img src=\"http://evil.example/x.png\"> bullet"_s, u"\"onmouseover=\"alert(1)"_s});
    story.setBody(u"<script>alert(1)</script>\n\n"
                  "Text with <b onmouseover=\"x\">inline</b> html, ]]> and &amp; an entity, "
                  "a control\u0001character and \U0001F600.\n\n"
                  "[js](javascript:alert(1))\n"_s);
    Photo photo = leadPhoto();
    photo.caption = u"<script>alert(2)</script> caption"_s;
    photo.credit = u"<img src=x onerror=alert(3)>"_s;
    photo.altText = u"\" onerror=\"alert(4)"_s;
    story.setPhotos({photo});
    story.setFirstPublishedAt(at(13, 9, 0));
    story.setUpdatedAt(at(13, 9, 30));
    return story;
}

/// A draft held back by an embargo, never published.
inline Story embargoedDraft()
{
    Story story = noPhoto();
    story.setId(QUuid::fromString(u"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"_s));
    story.setHeadline(u"Results embargoed until noon"_s);
    story.setStatus(StoryStatus::Scheduled);
    story.setFirstPublishedAt(QDateTime());
    story.setScheduledFor(at(19, 12, 0));
    story.setEmbargoUntil(at(19, 12, 0));
    story.setSavedAt(QDateTime());
    story.setVersion(0);
    return story;
}

/// The stories of the golden files, named after their files.
inline QList<std::pair<QString, Story>> all()
{
    return {{u"full"_s, full()},          {u"filed"_s, filed()},
            {u"no-photo"_s, noPhoto()},   {u"photo-without-file"_s, photoWithoutFile()},
            {u"no-byline"_s, noByline()}, {u"withdrawn"_s, withdrawn()},
            {u"hostile"_s, hostile()},    {u"embargoed-draft"_s, embargoedDraft()}};
}

} // namespace Copydesk::TestStories
