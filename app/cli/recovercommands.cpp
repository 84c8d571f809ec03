// SPDX-License-Identifier: MIT
// recover: what the edit journal holds, for an editor whose window will not start.
#include "cli/commands.h"

#include "publish/scheduletime.h"
#include "store/editjournal.h"
#include "store/library.h"
#include "store/postgresdialect.h"
#include "story/storyjson.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Copydesk::Cli {

namespace {

/// What the library holds of a journaled story: its version, or none.
struct SavedState
{
    bool known = false; ///< the library could be asked
    std::optional<int> version;
};

SavedState savedState(StoryStore *store, const QUuid &id)
{
    if (!store)
        return {};
    const auto summary = store->storySummary(id);
    if (summary)
        return {true, summary->version};
    return {summary.errorKind() == ErrorKind::NotFound, std::nullopt};
}

QString savedText(const JournalEntry &entry, const SavedState &saved)
{
    if (!saved.known)
        return Text::tr("edits on version %1").arg(entry.story.version());
    if (!saved.version)
        return entry.story.version() == 0 ? Text::tr("never saved")
                                          : Text::tr("deleted from the library");
    if (*saved.version != entry.story.version())
        return Text::tr("edits on version %1; version %2 saved since")
                .arg(entry.story.version())
                .arg(*saved.version);
    return Text::tr("edits on version %1").arg(entry.story.version());
}

} // namespace

int recoverEdits(const QString &libraryPath, const QStringList &arguments, QTextStream &out,
                 QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption list(u"list"_s);
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption print(u"print"_s);
    const QCommandLineOption timeZone(u"time-zone"_s, QString(), u"zone"_s);
    parser.addOptions({list, json, print, timeZone});
    if (!parse(parser, arguments, err))
        return Usage;
    const QStringList ids = parser.positionalArguments();
    if (parser.isSet(list) == parser.isSet(print) || (parser.isSet(print) && ids.size() != 1) ||
        (parser.isSet(list) && !ids.isEmpty())) {
        err << Text::tr("Use recover --list [--json], or recover ID --print.") << u'\n';
        return Usage;
    }
    // The library may not open: this machine's settings name the zone.
    const auto zone = newsroomZone(parser.value(timeZone), PublishSettings::load(QSettings()));
    if (!zone) {
        err << zone.errorMessage() << u'\n';
        return Usage;
    }
    const bool onServer = ServerAddress::isServerAddress(libraryPath);
    const QString directory = EditJournal::directoryFor(
            onServer ? libraryPath : QFileInfo(libraryPath).absoluteFilePath());
    const auto entries = EditJournal::entries(directory);
    if (!entries) {
        err << entries.errorMessage() << u'\n';
        return Failure;
    }
    // The library only adds what is saved of each story: a library that
    // will not open must not keep the edits from being printed.
    std::unique_ptr<StoryStore> store;
    if (onServer || QFileInfo::exists(libraryPath)) {
        if (auto opened = Library::open(libraryPath))
            store = std::move(opened->store);
        else
            err << Text::tr("The library cannot be opened (%1); the journal is read without it.")
                            .arg(opened.errorMessage())
                << u'\n';
    }

    if (parser.isSet(print)) {
        const QString key = ids.constFirst().toLower();
        QList<JournalEntry> found;
        for (const JournalEntry &entry : *entries) {
            if (entry.story.id().toString(QUuid::WithoutBraces).startsWith(key))
                found.append(entry);
        }
        if (found.isEmpty()) {
            err << Text::tr("The edit journal holds no edits of a story %1.").arg(ids.constFirst())
                << u'\n';
            return Failure;
        }
        QSet<QUuid> stories;
        for (const JournalEntry &entry : std::as_const(found))
            stories.insert(entry.story.id());
        if (stories.size() > 1) {
            err << Text::tr("“%1” starts more than one story's id; give more of it.")
                            .arg(ids.constFirst())
                << u'\n';
            return Usage;
        }
        // Newest first: the last edits made.
        if (found.size() > 1)
            err << Text::tr("The journal holds edits of this story from %1 sessions; printing the "
                            "newest.")
                            .arg(found.size())
                << u'\n';
        out << QString::fromUtf8(QJsonDocument(StoryJson::toJson(found.constFirst().story))
                                         .toJson(QJsonDocument::Indented));
        return Success;
    }

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const JournalEntry &entry : *entries) {
            const SavedState saved = savedState(store.get(), entry.story.id());
            QJsonObject object{
                    {u"id"_s, entry.story.id().toString(QUuid::WithoutBraces)},
                    {u"headline"_s, entry.story.headline()},
                    {u"editedAt"_s, StoryJson::timeToJson(entry.editedAt)},
                    {u"baseVersion"_s, entry.story.version()},
                    {u"inUse"_s, entry.inUse},
                    {u"file"_s, entry.file},
                    {u"damaged"_s, entry.damagedBytes > 0},
            };
            if (saved.known)
                object.insert(u"savedVersion"_s,
                              saved.version ? QJsonValue(*saved.version) : QJsonValue());
            array.append(object);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }

    if (entries->isEmpty()) {
        out << Text::tr("The edit journal holds no unsaved edits (%1).")
                        .arg(QDir::toNativeSeparators(directory))
            << u'\n';
        return Success;
    }
    for (const JournalEntry &entry : *entries) {
        const QString headline =
                entry.story.headline().isEmpty() ? Text::tr("(untitled)") : entry.story.headline();
        out << entry.story.id().toString(QUuid::WithoutBraces) << u"  "_s << headline << u'\n'
            << u"    "_s
            << Text::tr("last edit %1; %2")
                        .arg(describeTime(entry.editedAt, *zone),
                             savedText(entry, savedState(store.get(), entry.story.id())));
        if (entry.inUse)
            out << Text::tr("; open in a running window");
        if (entry.damagedBytes > 0)
            out << Text::tr("; its last record was cut short, the one before is kept");
        out << u'\n';
    }
    return Success;
}

} // namespace Copydesk::Cli
