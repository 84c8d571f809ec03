// SPDX-License-Identifier: MIT
#include "wire/wireimport.h"

#include "core/logging.h"
#include "story/storymerge.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::WireImport)
};

WireFileOutcome refused(const QString &path, const QString &sourceName, const QString &message)
{
    WireFileOutcome outcome;
    outcome.path = path;
    outcome.problems.append(WireProblem{sourceName, 0, message});
    return outcome;
}

/// The first paragraph of a body, its spacing and case aside: what tells two wire stories apart.
QString firstParagraph(const QString &body)
{
    const QStringList paragraphs = body.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs) {
        const QString text = paragraph.simplified();
        if (!text.isEmpty())
            return text.toCaseFolded();
    }
    return {};
}

/// The wire's text of incoming over held: the library's status, slug and pictures stay.
Story wireUpdate(const Story &held, const Story &incoming)
{
    Story next = mergeEdits(held, incoming,
                            {EditableField::Headline, EditableField::Highlights,
                             EditableField::Dateline, EditableField::Byline, EditableField::Body});
    QList<Photo> photos = incoming.photos();
    const QList<Photo> heldPhotos = held.photos();
    for (qsizetype i = 0; i < photos.size() && i < heldPhotos.size(); ++i) {
        if (!photos.at(i).fileId.isEmpty())
            continue;
        Photo photo = heldPhotos.at(i);
        photo.caption = photos.at(i).caption;
        photo.credit = photos.at(i).credit;
        if (!photos.at(i).altText.isEmpty())
            photo.altText = photos.at(i).altText;
        photos[i] = photo;
    }
    for (qsizetype i = photos.size(); i < heldPhotos.size(); ++i)
        photos.append(heldPhotos.at(i)); // a picture attached here stays
    next.setPhotos(photos);
    return next;
}

/// Parses and, when the page is whole, stores every story of it in one transaction.
WireFileOutcome importBytes(StoryStore &store, const QString &path, const QByteArray &bytes,
                            const WireOptions &options, DuplicatePolicy policy)
{
    WireFileOutcome outcome;
    outcome.path = path;
    WireParseResult parsed = parseWirePage(bytes, options);
    if (!parsed.problems.isEmpty()) {
        outcome.problems = std::move(parsed.problems);
        return outcome;
    }
    const auto failed = [&](const Error &error) {
        qCWarning(lcWire) << options.sourceName << "could not be stored:" << error.message;
        outcome.problems.append(WireProblem{options.sourceName, 0, error.message});
        return outcome;
    };
    QList<Story> fresh;
    QList<WireDuplicate> duplicates;
    for (const Story &story : std::as_const(parsed.stories)) {
        const auto held = findWireDuplicate(store, story);
        if (!held)
            return failed(held.error());
        if (*held)
            duplicates.append(WireDuplicate{story, **held});
        else
            fresh.append(story);
    }
    // New stories and updates go in together, or nothing does.
    auto done = store.writeTransaction([&]() -> Result<void> {
        if (!fresh.isEmpty()) {
            auto stored = store.saveStories(
                    fresh, RevisionStamp{RevisionKind::Import, {}, options.sourceName});
            if (!stored)
                return stored.error();
            outcome.imported = *std::move(stored);
        }
        if (policy == DuplicatePolicy::Update && !duplicates.isEmpty()) {
            auto updated = updateFromWire(store, duplicates, options.sourceName);
            if (!updated)
                return updated.error();
            outcome.updated = *std::move(updated);
        }
        return {};
    });
    if (!done) {
        outcome.imported.clear();
        outcome.updated.clear();
        return failed(done.error());
    }
    if (policy == DuplicatePolicy::Skip)
        outcome.duplicates = duplicates;
    qCInfo(lcWire) << "Imported" << outcome.imported.size() << "stories from" << options.sourceName
                   << "; already held:" << duplicates.size();
    return outcome;
}

} // namespace

Result<std::optional<StorySummary>> findWireDuplicate(StoryStore &store, const Story &incoming)
{
    // A headline shared by more stories than this is no sign of a duplicate.
    constexpr int candidates = 20;
    const auto same = store.storiesWithHeadline(incoming.headline(), candidates);
    if (!same)
        return same.error();
    const QString paragraph = firstParagraph(incoming.body());
    for (const StorySummary &summary : *same) {
        const auto held = store.loadStory(summary.id);
        if (!held)
            return held.error();
        if (held->dateline().trimmed().compare(incoming.dateline().trimmed(),
                                               Qt::CaseInsensitive) == 0 &&
            firstParagraph(held->body()) == paragraph)
            return std::optional<StorySummary>(summary);
    }
    return std::optional<StorySummary>();
}

Result<QList<Story>> updateFromWire(StoryStore &store, const QList<WireDuplicate> &duplicates,
                                    const QString &sourceName)
{
    QList<Story> next;
    for (const WireDuplicate &duplicate : duplicates) {
        const auto held = store.loadStory(duplicate.existing.id);
        if (!held)
            return held.error();
        const Story updated = wireUpdate(*held, duplicate.incoming);
        if (!sameEdits(updated, *held))
            next.append(updated);
    }
    if (next.isEmpty())
        return next;
    return store.saveStories(
            next,
            RevisionStamp{RevisionKind::Import, {}, Text::tr("Updated from %1").arg(sourceName)});
}

WireFileOutcome importWireFile(StoryStore &store, const QString &path, WireOptions options,
                               DuplicatePolicy duplicates)
{
    const QFileInfo info(path);
    if (options.sourceName.isEmpty())
        options.sourceName = info.fileName().isEmpty() ? path : info.fileName();
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return refused(path, options.sourceName,
                       Text::tr("The file “%1” does not exist. Check the name and the folder.")
                               .arg(shown));
    if (info.isDir())
        return refused(
                path, options.sourceName,
                Text::tr("“%1” is a folder; choose the wire page file inside it.").arg(shown));
    // Refused before reading: a wrong file picked by mistake can be huge.
    if (info.size() > maxWirePageBytes)
        return refused(path, options.sourceName, wirePageTooLargeMessage(info.size()));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(path, options.sourceName,
                       Text::tr("Copydesk cannot read “%1”: %2").arg(shown, file.errorString()));
    // One byte over the limit is enough to refuse it: a file can grow after
    // the check above, and a device or pipe reports no size at all.
    const QByteArray bytes = file.read(maxWirePageBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return refused(path, options.sourceName,
                       Text::tr("Copydesk cannot read “%1”: %2").arg(shown, file.errorString()));
    return importBytes(store, path, bytes, options, duplicates);
}

WireFileOutcome importWireText(StoryStore &store, const QByteArray &bytes,
                               const WireOptions &options, DuplicatePolicy duplicates)
{
    WireOptions named = options;
    if (named.sourceName.isEmpty())
        named.sourceName = Text::tr("pasted text");
    return importBytes(store, QString(), bytes, named, duplicates);
}

} // namespace Copydesk
