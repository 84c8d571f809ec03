// SPDX-License-Identifier: MIT
// import-wire, list, search, export, set and attach: stories into and out of the library.
#include "cli/commands.h"

#include "feeds/atomfeed.h"
#include "feeds/jsonfeed.h"
#include "feeds/ninjs.h"
#include "publish/publishedpage.h"
#include "publish/publishsettings.h"
#include "publish/scheduletime.h"
#include "render/storypagerenderer.h"
#include "store/keptpicture.h"
#include "store/searchterms.h"
#include "story/mediatopics.h"
#include "story/photometadata.h"
#include "story/storyjson.h"
#include "wire/wireimport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Copydesk::Cli {

int importWire(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption now(u"now"_s, QString(), u"time"_s);
    const QCommandLineOption zone(u"time-zone"_s, QString(), u"zone"_s);
    const QCommandLineOption update(u"update-existing"_s);
    parser.addOptions({now, zone, update});
    if (!parse(parser, arguments, context.err))
        return Usage;
    const DuplicatePolicy duplicates =
            parser.isSet(update) ? DuplicatePolicy::Update : DuplicatePolicy::Skip;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        context.err << Text::tr("import-wire needs at least one FILE.") << u'\n';
        return Usage;
    }
    WireOptions options;
    options.referenceTime = QDateTime::currentDateTimeUtc();
    if (parser.isSet(now)) {
        options.referenceTime = QDateTime::fromString(parser.value(now), Qt::ISODate);
        if (!options.referenceTime.isValid()) {
            context.err << Text::tr(
                                   "--now needs an ISO 8601 time such as 2026-11-24T09:30:00Z, not "
                                   "“%1”.")
                                   .arg(parser.value(now))
                        << u'\n';
            return Usage;
        }
        options.referenceTime = options.referenceTime.toUTC();
    }
    const auto newsroom = zoneOption(context, parser, zone);
    if (!newsroom)
        return Usage;
    options.timeZone = *newsroom;

    int refused = 0;
    int stories = 0;
    for (const QString &file : files) {
        const WireFileOutcome outcome = importWireFile(context.store, file, options, duplicates);
        if (!outcome.ok()) {
            ++refused;
            context.err << Text::tr("%1: nothing imported.").arg(file) << u'\n';
            for (const WireProblem &problem : outcome.problems)
                context.err << u"  "_s << problem.text() << u'\n';
            continue;
        }
        stories += int(outcome.imported.size());
        context.out << Text::tr("%1: imported %n stories", nullptr, int(outcome.imported.size()))
                               .arg(file)
                    << u'\n';
        for (const Story &story : outcome.imported)
            context.out << u"  "_s << story.id().toString(QUuid::WithoutBraces).left(8) << u"  "_s
                        << story.headline() << u'\n';
        if (!outcome.updated.isEmpty())
            context.out << Text::tr("%1: updated %n stories already in the library", nullptr,
                                    int(outcome.updated.size()))
                                   .arg(file)
                        << u'\n';
        for (const Story &story : outcome.updated)
            context.out << u"  "_s << story.id().toString(QUuid::WithoutBraces).left(8) << u"  "_s
                        << story.headline() << Text::tr(" (version %1)").arg(story.version())
                        << u'\n';
        if (!outcome.duplicates.isEmpty())
            context.out
                    << Text::tr("%1: skipped %n stories already in the library (--update-existing "
                                "saves the wire text as their next version)",
                                nullptr, int(outcome.duplicates.size()))
                               .arg(file)
                    << u'\n';
        for (const WireDuplicate &duplicate : outcome.duplicates)
            context.out << u"  "_s << duplicate.existing.id.toString(QUuid::WithoutBraces).left(8)
                        << u"  "_s << duplicate.existing.headline << u'\n';
    }
    if (files.size() > 1)
        context.out << Text::tr("%n stories imported", nullptr, stories)
                    << Text::tr(" from %n files", nullptr, int(files.size() - refused))
                    << (refused ? Text::tr("; %n files refused", nullptr, refused) : QString())
                    << u".\n"_s;
    return refused ? Failure : Success;
}

int listStories(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption status(u"status"_s, QString(), u"status"_s);
    const QCommandLineOption section(u"section"_s, QString(), u"name"_s);
    parser.addOptions({json, status, section});
    if (!parse(parser, arguments, context.err))
        return Usage;
    if (!expectArguments(parser, 0, Text::tr("list takes no arguments."), context.err))
        return Usage;
    QList<StoryStatus> statuses;
    if (parser.isSet(status)) {
        const auto wanted = statusFromKey(parser.value(status));
        if (!wanted) {
            context.err << Text::tr("--status is one of draft, scheduled, published, withdrawn.")
                        << u'\n';
            return Usage;
        }
        statuses.append(*wanted);
    }
    // A section of the library's list as the list writes it; empty: stories under none.
    std::optional<QString> filedUnder;
    if (parser.isSet(section)) {
        const QString wanted = parser.value(section).simplified();
        filedUnder = context.publishing.section(wanted).value_or(wanted);
    }

    if (parser.isSet(json)) {
        // One story at a time from a forward-only query: memory stays flat
        // however big the library is.
        context.out << u"["_s;
        bool first = true;
        const auto done = context.store.forEachStory(statuses, [&](const Story &story) {
            if (filedUnder && story.section() != *filedUnder)
                return true;
            context.out << (first ? u"\n"_s : u",\n"_s);
            first = false;
            QByteArray object =
                    QJsonDocument(StoryJson::toJson(story)).toJson(QJsonDocument::Indented);
            object.chop(1); // the document's closing line break
            // Indented one level further, as the array's members are.
            object.replace("\n", "\n    ");
            context.out << u"    "_s << QString::fromUtf8(object);
            return context.out.status() == QTextStream::Ok;
        });
        context.out << (first ? u"]\n"_s : u"\n]\n"_s);
        if (!done) {
            context.err << done.errorMessage() << u'\n';
            return Failure;
        }
        return Success;
    }

    StoryListQuery query;
    if (!statuses.isEmpty())
        query.status = statuses.constFirst();
    query.section = filedUnder;
    query.limit = 1000;
    for (query.offset = 0;; query.offset += query.limit) {
        const auto page = context.store.listStories(query);
        if (!page) {
            context.err << page.errorMessage() << u'\n';
            return Failure;
        }
        for (const StorySummary &summary : *page) {
            context.out << summary.id.toString(QUuid::WithoutBraces).left(8) << u"  "_s
                        << statusKey(summary.status).leftJustified(10)
                        << summary.savedAt.toString(Qt::ISODate).leftJustified(22)
                        << summary.headline << u'\n';
        }
        if (page->size() < query.limit)
            break;
    }
    return Success;
}

namespace {

/// A --since or --until value: a time as schedules take it, or a whole day (its midnight) in zone.
std::optional<QDateTime> dayOrTime(const QCommandLineParser &parser,
                                   const QCommandLineOption &option, const QTimeZone &zone,
                                   QTextStream &err)
{
    static const QRegularExpression day(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QString value = parser.value(option).trimmed();
    if (!day.match(value).hasMatch())
        return timeOption(parser, option, zone, err);
    auto parsed = parseScheduleTime(value + u" 00:00"_s, zone);
    if (!parsed) {
        err << u"--"_s << option.names().constFirst() << u": "_s << parsed.errorMessage() << u'\n';
        return std::nullopt;
    }
    return *parsed;
}

/// The context with the matched words in **bold**, as Markdown and a terminal reader take it.
QString boldMatches(const SearchHit &hit)
{
    QString text = hit.context;
    for (auto mark = hit.marks.crbegin(); mark != hit.marks.crend(); ++mark) {
        text.insert(mark->first + mark->second, u"**"_s);
        text.insert(mark->first, u"**"_s);
    }
    return text;
}

QJsonObject hitJson(const SearchHit &hit)
{
    const StorySummary &story = hit.story;
    QJsonArray matches;
    for (const auto &[start, length] : hit.marks)
        matches.append(hit.context.mid(start, length));
    QJsonObject object{
            {u"id"_s, story.id.toString(QUuid::WithoutBraces)},
            {u"slug"_s, story.slug},
            {u"headline"_s, story.headline},
            {u"status"_s, statusKey(story.status)},
            {u"version"_s, story.version},
            {u"saved"_s, story.savedAt.toString(Qt::ISODate)},
            {u"context"_s, hit.context},
            {u"matches"_s, matches},
    };
    if (story.updatedAt.isValid())
        object.insert(u"updated"_s, story.updatedAt.toString(Qt::ISODate));
    if (story.publishedVersion > 0)
        object.insert(u"publishedVersion"_s, story.publishedVersion);
    return object;
}

} // namespace

int searchStories(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption status(u"status"_s, QString(), u"status"_s);
    const QCommandLineOption since(u"since"_s, QString(), u"time"_s);
    const QCommandLineOption until(u"until"_s, QString(), u"time"_s);
    const QCommandLineOption byline(u"byline"_s, QString(), u"text"_s);
    const QCommandLineOption limit(u"limit"_s, QString(), u"n"_s, u"20"_s);
    const QCommandLineOption timeZone(u"time-zone"_s, QString(), u"zone"_s);
    const QCommandLineOption everyMatch(u"every-match"_s);
    parser.addOptions({json, status, since, until, byline, limit, timeZone, everyMatch});
    if (!parse(parser, arguments, context.err))
        return Usage;
    if (parser.positionalArguments().isEmpty()) {
        context.err << Text::tr("search needs the words to look for.") << u'\n';
        return Usage;
    }
    SearchQuery query;
    query.text = parser.positionalArguments().join(u' ');
    if (SearchTerms::parse(query.text).isEmpty()) {
        context.err << Text::tr("“%1” holds no word to look for.").arg(query.text) << u'\n';
        return Usage;
    }
    if (parser.isSet(status)) {
        query.status = statusFromKey(parser.value(status));
        if (!query.status) {
            context.err << Text::tr("--status is one of draft, scheduled, published, withdrawn.")
                        << u'\n';
            return Usage;
        }
    }
    const auto zone = zoneOption(context, parser, timeZone);
    if (!zone)
        return Usage;
    for (const auto &[option, bound] : {std::pair{&since, &query.from}, {&until, &query.to}}) {
        if (!parser.isSet(*option))
            continue;
        const auto at = dayOrTime(parser, *option, *zone, context.err);
        if (!at)
            return Usage;
        *bound = *at;
    }
    query.byline = parser.value(byline);
    bool limitOk = false;
    query.limit = parser.value(limit).toInt(&limitOk);
    if (!limitOk || query.limit < 1 || query.limit > 1000) {
        context.err << Text::tr("--limit is a number from 1 to 1000.") << u'\n';
        return Usage;
    }

    if (parser.isSet(everyMatch))
        query.rankNewest = 0;

    const auto found = context.store.search(query);
    if (!found) {
        context.err << found.errorMessage() << u'\n';
        return Failure;
    }
    if (found->newestOnly)
        context.err << Text::tr("More than %1 stories match: these are the best of the newest %1. "
                                "Add a word or a date range, or use --every-match, to look "
                                "further back.")
                               .arg(query.rankNewest)
                    << u'\n';
    const QList<SearchHit> &hits = found->hits;
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const SearchHit &hit : hits)
            array.append(hitJson(hit));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (hits.isEmpty()) {
        context.err << Text::tr("No story matches “%1”.").arg(query.text) << u'\n';
        return Success;
    }
    for (const SearchHit &hit : hits) {
        const StorySummary &story = hit.story;
        context.out << story.id.toString(QUuid::WithoutBraces).left(8) << u"  "_s
                    << statusKey(story.status).leftJustified(10)
                    << story.savedAt.toTimeZone(*zone).toString(Qt::ISODate).leftJustified(26)
                    << story.headline << u'\n' << u"          "_s << boldMatches(hit) << u'\n';
    }
    return Success;
}

int exportStory(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(u"format"_s, QString(), u"format"_s);
    const QCommandLineOption baseUrl(u"base-url"_s, QString(), u"url"_s);
    const QCommandLineOption version(u"version"_s, QString(), u"n"_s);
    parser.addOptions({format, baseUrl, version});
    if (!parse(parser, arguments, context.err))
        return Usage;
    if (!expectArguments(parser, 1, Text::tr("export needs exactly one story ID."), context.err))
        return Usage;
    const QString wanted = parser.value(format);
    const QStringList formats{u"html"_s, u"ninjs"_s, u"atom"_s, u"jsonfeed"_s};
    if (!formats.contains(wanted)) {
        context.err << Text::tr("Unknown format “%1”; choose one of %2.")
                               .arg(wanted, formats.join(u", "_s))
                    << u'\n';
        return Usage;
    }
    PublishSettings settings = context.publishing;
    if (parser.isSet(baseUrl)) {
        if (!PublishSettings::isUsableBaseUrl(QUrl(parser.value(baseUrl), QUrl::StrictMode))) {
            context.err
                    << Text::tr("--base-url needs an absolute http, https or file URL, not “%1”.")
                               .arg(parser.value(baseUrl))
                    << u'\n';
            return Usage;
        }
        settings.baseUrl = parser.value(baseUrl);
    }
    const Site site = settings.site();
    auto story = findStory(context.store, parser.positionalArguments().constFirst());
    if (story && parser.isSet(version)) {
        bool number = false;
        const int wantedVersion = parser.value(version).toInt(&number);
        if (!number || wantedVersion < 1) {
            context.err << Text::tr("--version needs a version number.") << u'\n';
            return Usage;
        }
        story = context.store.loadRevision(story->id(), wantedVersion);
    }
    if (!story) {
        context.err << story.errorMessage() << u'\n';
        return Failure;
    }
    if (wanted == u"html") {
        context.out << renderStoryPage(*story, publishedPageOptions(site));
    } else {
        const QByteArray bytes = wanted == u"ninjs" ? ninjsDocument(*story, site)
                : wanted == u"atom"                 ? atomEntry(*story, site)
                                                    : jsonFeed({*story}, site);
        context.out << QString::fromUtf8(bytes);
    }
    return Success;
}

int setFields(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption slug(u"slug"_s, QString(), u"slug"_s);
    const QCommandLineOption language(u"language"_s, QString(), u"tag"_s);
    const QCommandLineOption section(u"section"_s, QString(), u"name"_s);
    const QCommandLineOption tagOption(u"tag"_s, QString(), u"tag"_s);
    const QCommandLineOption subject(u"subject"_s, QString(), u"topic"_s);
    parser.addOptions({slug, language, section, tagOption, subject});
    if (!parse(parser, arguments, context.err))
        return Usage;
    if (!expectArguments(parser, 1, Text::tr("set needs one story ID."), context.err))
        return Usage;
    if (!parser.isSet(slug) && !parser.isSet(language) && !parser.isSet(section) &&
        !parser.isSet(tagOption) && !parser.isSet(subject)) {
        context.err << Text::tr("set needs at least one of --slug, --language, --section, --tag "
                                "and --subject.")
                    << u'\n';
        return Usage;
    }
    // Checked before the story is read: a typing mistake names the choices.
    std::optional<QString> filedUnder;
    if (parser.isSet(section)) {
        const QString wanted = parser.value(section).simplified();
        filedUnder = wanted.isEmpty() ? std::optional<QString>(QString())
                                      : context.publishing.section(wanted);
        if (!filedUnder) {
            context.err << (context.publishing.sections.isEmpty()
                                    ? Text::tr("The library has no sections yet: add “%1” with "
                                               "copydesk-cli settings --add-section first.")
                                              .arg(wanted)
                                    : Text::tr("“%1” is not one of the library's sections: %2.")
                                              .arg(wanted,
                                                   context.publishing.sections.join(u", "_s)))
                        << u'\n';
            return Usage;
        }
    }
    QStringList subjects;
    for (const QString &typed : parser.values(subject)) {
        if (typed.trimmed().isEmpty())
            continue;
        const auto topic = MediaTopics::parse(typed);
        if (!topic) {
            QStringList names;
            for (const MediaTopics::Topic &known : MediaTopics::topLevel())
                names.append(known.name);
            context.err << Text::tr("“%1” is not an IPTC Media Topic Copydesk knows; the top-level "
                                    "ones are: %2.")
                                   .arg(typed.trimmed(), names.join(u"; "_s))
                        << u'\n';
            return Usage;
        }
        subjects.append(topic->code);
    }
    auto story = namedStory(context, parser);
    if (!story)
        return Failure;
    if (filedUnder)
        story->setSection(*filedUnder);
    if (parser.isSet(tagOption))
        story->setTags(parser.values(tagOption));
    if (parser.isSet(subject))
        story->setSubjects(subjects);
    if (parser.isSet(slug)) {
        const QString wanted = parser.value(slug).trimmed();
        // Empty: the slug follows the headline again.
        if (!wanted.isEmpty() && slugify(wanted).isEmpty()) {
            context.err << Text::tr("“%1” gives no slug: use letters or digits.").arg(wanted)
                        << u'\n';
            return Usage;
        }
        story->setSlug(wanted.isEmpty() ? QString() : slugify(wanted));
    }
    if (parser.isSet(language)) {
        const QString tag = parser.value(language).trimmed();
        if (!tag.isEmpty() && !isLanguageTag(tag)) {
            context.err << Text::tr("“%1” is not a BCP 47 language tag such as en, ar or pt-BR.")
                                   .arg(tag)
                        << u'\n';
            return Usage;
        }
        story->setLanguage(tag);
    }
    const auto saved = context.store.saveStory(*story);
    if (!saved) {
        context.err << saved.errorMessage() << u'\n';
        return Failure;
    }
    context.out << Text::tr("Saved “%1” as version %2: slug %3, language %4.")
                           .arg(saved->headline())
                           .arg(saved->version())
                           .arg(saved->effectiveSlug(),
                                saved->language().isEmpty() ? Text::tr("the site's")
                                                            : saved->language())
                << u'\n';
    if (parser.isSet(section) || parser.isSet(tagOption) || parser.isSet(subject)) {
        QStringList topics;
        for (const QString &code : saved->subjects())
            topics.append(MediaTopics::find(code) ? MediaTopics::find(code)->name : code);
        const QString none = Text::tr("(none)");
        context.out << Text::tr("Section: %1; tags: %2; subjects: %3.")
                               .arg(saved->section().isEmpty() ? none : saved->section(),
                                    saved->tags().isEmpty() ? none : saved->tags().join(u", "_s),
                                    topics.isEmpty() ? none : topics.join(u", "_s))
                    << u'\n';
    }
    if (saved->status() == StoryStatus::Published)
        context.out << Text::tr(
                               "Readers still have the published version: publish an update to put "
                               "it out.")
                    << u'\n';
    return Success;
}

int attachPhoto(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption caption(u"caption"_s, QString(), u"text"_s);
    const QCommandLineOption credit(u"credit"_s, QString(), u"text"_s);
    const QCommandLineOption alt(u"alt"_s, QString(), u"text"_s);
    parser.addOptions({caption, credit, alt});
    if (!parse(parser, arguments, context.err))
        return Usage;
    if (!expectArguments(parser, 2, Text::tr("attach needs one story ID and one PICTURE file."),
                         context.err))
        return Usage;
    // One-line fields, as the editor takes them.
    for (const QCommandLineOption *option : {&caption, &credit, &alt}) {
        if (parser.value(*option).simplified().size() > maxLineFieldLength) {
            context.err << Text::tr("--%1 takes at most %2 characters.")
                                   .arg(option->names().constFirst())
                                   .arg(maxLineFieldLength)
                        << u'\n';
            return Usage;
        }
    }
    auto story = namedStory(context, parser);
    if (!story)
        return Failure;
    // The picture is read whole and checked before the library keeps it; a
    // broken file leaves the story as it was.
    const auto kept = keepPicture(context.store, parser.positionalArguments().at(1));
    if (!kept) {
        context.err << kept.errorMessage() << u'\n';
        return Failure;
    }
    Photo photo = kept->photo;
    photo.caption = parser.value(caption).simplified();
    photo.credit = parser.value(credit).simplified();
    photo.altText = parser.value(alt).simplified();
    // What the options leave empty, the picture's own metadata fills, as in the editor.
    const QStringList filled = fillFromMetadata(photo, kept->metadata);
    // Added last, as the editor adds it: a story without a picture is led by this one.
    QList<Photo> photos = story->photos();
    photos.append(photo);
    story->setPhotos(photos);
    const auto saved = context.store.saveStory(*story);
    if (!saved) {
        context.err << saved.errorMessage() << u'\n';
        return Failure;
    }
    context.out << Text::tr("Saved “%1” as version %2 with the photo %3 (%4 × %5).")
                           .arg(saved->headline())
                           .arg(saved->version())
                           .arg(photo.fileName)
                           .arg(photo.width)
                           .arg(photo.height)
                << u'\n';
    const QString none = Text::tr("(none)");
    context.out << Text::tr("Caption: %1; credit: %2; alt text: %3.")
                           .arg(photo.caption.isEmpty() ? none : photo.caption,
                                photo.credit.isEmpty() ? none : photo.credit,
                                photo.altText.isEmpty() ? none : photo.altText)
                << u'\n';
    if (!filled.isEmpty())
        context.out << Text::tr("Its %1 came from the picture's own metadata; check them.")
                               .arg(filled.join(u", "_s))
                    << u'\n';
    const std::optional<Photo> lead = saved->leadPhoto();
    if (lead && lead->fileId == photo.fileId && saved->picturedPhotos().size() == 1)
        context.out << Text::tr("It leads the story.") << u'\n';
    if (saved->status() == StoryStatus::Published)
        context.out << Text::tr(
                               "Readers still have the published version: publish an update to put "
                               "it out.")
                    << u'\n';
    return Success;
}

} // namespace Copydesk::Cli
