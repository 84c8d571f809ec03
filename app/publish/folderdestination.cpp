// SPDX-License-Identifier: MIT
#include "publish/folderdestination.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Copydesk::FolderDestination", text);
}

/// How long a delivery waits for another one to the same folder to finish.
constexpr int lockWaitMs = 120'000;

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
        return Error{ErrorKind::InvalidInput,
                     tr("No folder to publish to was given: choose a destination folder.")};
    QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Error{ErrorKind::InvalidInput,
                     tr("Cannot publish to “%1”: it is a file, not a folder. Choose a folder "
                        "to publish to.")
                             .arg(QDir::toNativeSeparators(folder))};
    if (!info.exists() && !QDir().mkpath(folder))
        return Error{ErrorKind::Io,
                     tr("Cannot create the folder “%1” to publish to: check that its parent "
                        "folder exists and that you may write to it.")
                             .arg(QDir::toNativeSeparators(folder))};
    info.refresh();
    if (!info.isWritable())
        return Error{ErrorKind::Io,
                     tr("Cannot publish to “%1”: the folder is not writable. Choose another "
                        "folder or change its permissions.")
                             .arg(QDir::toNativeSeparators(folder))};
    return {};
}

/// Writes the files of one delivery and keeps its report.
class FolderWriter
{
public:
    FolderWriter(QString folder, DeliveryReport &report)
        : m_folder(std::move(folder))
        , m_dir(m_folder)
        , m_report(report)
    {
    }

    bool has(const QString &relativePath) const
    {
        return m_report.written.contains(relativePath) ||
                m_report.unchanged.contains(relativePath);
    }

    /**
     * Writes one file atomically (QSaveFile renames a finished temporary
     * file over the old one, so a web server never serves half a file)
     * unless it already holds these bytes: an unchanged file keeps its
     * modification time, so caches and mirrors see nothing new.
     */
    Result<void> write(const QString &relativePath, const QByteArray &bytes)
    {
        if (has(relativePath))
            return {};
        const QString path = m_dir.filePath(relativePath);
        if (holdsBytes(path, bytes)) {
            m_report.unchanged.append(relativePath);
            return {};
        }
        const QString parent = QFileInfo(path).path();
        if (!QDir().mkpath(parent))
            return Error{ErrorKind::Io,
                         tr("Cannot create the folder “%1”: check that nothing else has that "
                            "name and that you may write there.")
                                 .arg(QDir::toNativeSeparators(parent))};
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error{ErrorKind::Io, tr("Cannot write “%1”: %2.")
                                                .arg(QDir::toNativeSeparators(path),
                                                     file.errorString())};
        if (file.write(bytes) != bytes.size() || !file.commit())
            return Error{ErrorKind::Io, tr("Cannot write “%1”: %2. The file was left as it was.")
                                                .arg(QDir::toNativeSeparators(path),
                                                     file.errorString())};
        qCDebug(lcPublish) << "Wrote" << relativePath << bytes.size() << "bytes";
        m_report.written.append(relativePath);
        return {};
    }

    Result<void> remove(const QString &relativePath)
    {
        QFile file(m_dir.filePath(relativePath));
        if (!file.exists())
            return {};
        if (!file.remove())
            return Error{ErrorKind::Io, tr("Cannot remove “%1”: %2")
                                                .arg(QDir::toNativeSeparators(file.fileName()),
                                                     file.errorString())};
        m_report.removed.append(relativePath);
        return {};
    }

    /**
     * A picture file: an original is compared byte for byte; a rendition is
     * named after the original's SHA-256, so a rendition file already there
     * is the same picture and is not made again.
     */
    Result<void> writePicture(const EditionPicture &picture, PictureSource &pictures)
    {
        if (has(picture.rendition.path))
            return {};
        const bool original = picture.rendition.name == u"original";
        if (!original) {
            const QFileInfo info(m_dir.filePath(picture.rendition.path));
            if (info.isFile() && info.size() > 0) {
                m_report.unchanged.append(picture.rendition.path);
                return {};
            }
        }
        auto bytes = pictures.bytes(picture);
        if (!bytes)
            return bytes.error();
        return write(picture.rendition.path, *bytes);
    }

private:
    QString m_folder;
    QDir m_dir;
    DeliveryReport &m_report;
};

} // namespace

FolderDestination::FolderDestination(QString folder, Site site)
    : m_folder(std::move(folder))
    , m_site(std::move(site))
{
}

QString FolderDestination::keyFor(const QString &folder)
{
    return u"folder:"_s + QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
}

QString FolderDestination::key() const
{
    return keyFor(m_folder);
}

QString FolderDestination::displayName() const
{
    return tr("the folder %1").arg(QDir::toNativeSeparators(m_folder));
}

Result<void> FolderDestination::check()
{
    return prepareFolder(m_folder);
}

DeliveryReport FolderDestination::deliver(const std::function<Result<Edition>()> &makeEdition,
                                          PictureSource &pictures,
                                          const DeliveryProgress &progress)
{
    DeliveryReport report;
    if (auto ready = prepareFolder(m_folder); !ready) {
        report.error = ready.error();
        return report;
    }
    // The lock lives outside the served folder, so readers never see it;
    // every process of this user finds it under the same name.
    const QByteArray folderHash =
            QCryptographicHash::hash(key().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    QLockFile lock(QDir::temp().filePath(u"copydesk-%1-%2.lock"_s.arg(::getuid()).arg(
            QString::fromLatin1(folderHash))));
    // A live holder keeps the lock however long it takes; one that died
    // (kill -9) leaves a lock QLockFile finds stale by its process id.
    lock.setStaleLockTime(0);
    if (!lock.tryLock(lockWaitMs)) {
        report.error = Error{ErrorKind::Transient,
                             tr("Another delivery to %1 has been running for two minutes; this "
                                "one will be tried again.")
                                     .arg(displayName())};
        return report;
    }

    auto edition = makeEdition();
    if (!edition) {
        report.error = edition.error();
        return report;
    }
    report.url = edition->url.toString();
    FolderWriter writer(m_folder, report);
    const int total = int(edition->pictures.size() + edition->storyFiles.size() +
                          edition->pointers.size() + edition->feeds.size());
    int done = 0;
    const auto step = [&](const QString &what) {
        if (progress)
            progress(done, total, what);
        ++done;
    };
    const auto fail = [&report](const Error &error) {
        report.error = error;
        return report;
    };

    // Pictures first and the page last: a reader who gets the new page
    // finds every file it points at already there; the feeds come after.
    for (const EditionPicture &picture : std::as_const(edition->pictures)) {
        step(picture.rendition.path);
        if (auto written = writer.writePicture(picture, pictures); !written)
            return fail(written.error());
    }
    for (const EditionFile &file : std::as_const(edition->storyFiles)) {
        step(file.path);
        if (auto written = writer.write(file.path, file.bytes); !written)
            return fail(written.error());
    }
    for (const EditionFile &file : std::as_const(edition->pointers)) {
        step(file.path);
        if (auto written = writer.write(file.path, file.bytes); !written)
            return fail(written.error());
    }
    for (const QString &path : std::as_const(edition->retired)) {
        if (auto removed = writer.remove(path); !removed)
            return fail(removed.error());
    }
    for (const EditionFile &file : std::as_const(edition->feeds)) {
        step(file.path);
        if (auto written = writer.write(file.path, file.bytes); !written)
            return fail(written.error());
    }
    if (progress)
        progress(total, total, QString());
    return report;
}

} // namespace Copydesk
