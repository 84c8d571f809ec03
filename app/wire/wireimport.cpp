// SPDX-License-Identifier: MIT
#include "wire/wireimport.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Copydesk::WireImport", text);
}

WireFileOutcome refused(const QString &path, const QString &sourceName, const QString &message)
{
    WireFileOutcome outcome;
    outcome.path = path;
    outcome.problems.append(WireProblem{sourceName, 0, message});
    return outcome;
}

/// Parses and, when the page is whole, stores every story of it in one transaction.
WireFileOutcome importBytes(StoryStore &store, const QString &path, const QByteArray &bytes,
                            const WireOptions &options)
{
    WireFileOutcome outcome;
    outcome.path = path;
    WireParseResult parsed = parseWirePage(bytes, options);
    if (!parsed.problems.isEmpty()) {
        outcome.problems = std::move(parsed.problems);
        return outcome;
    }
    auto stored = store.saveStories(parsed.stories, RevisionStamp{RevisionKind::Import, {}, options.sourceName});
    if (!stored) {
        qCWarning(lcWire) << options.sourceName << "could not be stored:" << stored.errorMessage();
        outcome.problems.append(WireProblem{options.sourceName, 0, stored.errorMessage()});
        return outcome;
    }
    outcome.imported = *std::move(stored);
    qCInfo(lcWire) << "Imported" << outcome.imported.size() << "stories from" << options.sourceName;
    return outcome;
}

} // namespace

WireFileOutcome importWireFile(StoryStore &store, const QString &path, WireOptions options)
{
    const QFileInfo info(path);
    if (options.sourceName.isEmpty())
        options.sourceName = info.fileName().isEmpty() ? path : info.fileName();
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return refused(
                path, options.sourceName,
                tr("The file “%1” does not exist. Check the name and the folder.").arg(shown));
    if (info.isDir())
        return refused(path, options.sourceName,
                       tr("“%1” is a folder; choose the wire page file inside it.").arg(shown));
    // Refused before reading: a wrong file picked by mistake can be huge.
    if (info.size() > maxWirePageBytes)
        return refused(path, options.sourceName, wirePageTooLargeMessage(info.size()));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(path, options.sourceName,
                       tr("Copydesk cannot read “%1”: %2").arg(shown, file.errorString()));
    // One byte over the limit is enough to refuse it: a file can grow after
    // the check above, and a device or pipe reports no size at all.
    const QByteArray bytes = file.read(maxWirePageBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return refused(path, options.sourceName,
                       tr("Copydesk cannot read “%1”: %2").arg(shown, file.errorString()));
    return importBytes(store, path, bytes, options);
}

WireFileOutcome importWireText(StoryStore &store, const QByteArray &bytes,
                               const WireOptions &options)
{
    WireOptions named = options;
    if (named.sourceName.isEmpty())
        named.sourceName = tr("pasted text");
    return importBytes(store, QString(), bytes, named);
}

} // namespace Copydesk
