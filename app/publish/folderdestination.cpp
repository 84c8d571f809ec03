// SPDX-License-Identifier: MIT
#include "publish/folderdestination.h"

#include "core/logging.h"
#include "store/destinationconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSet>

#include <cerrno>
#include <cstring>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// Why a write failed, worded for people: a full disk by name.
QString writeError(const QString &reported)
{
    if (errno == ENOSPC || errno == EDQUOT)
        return QCoreApplication::translate("Copydesk::FolderDestination",
                                           "the disk is full; make room and deliver again");
    return reported.isEmpty() || reported == u"Unknown error"
            ? QString::fromLocal8Bit(std::strerror(errno))
            : reported;
}

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::FolderDestination)
};

/// How long a delivery waits for another one to the same folder to finish.
constexpr int lockWaitMs = 120'000;

/// Where files are written before they take their place (empty between
/// deliveries), and where the lock that keeps deliveries apart lives.
constexpr const char *partialFolder = ".copydesk-partial";

/// Clears what a delivery that was killed half-way left; the caller holds the lock.
void clearPartialFiles(const QString &folder)
{
    QDir partial(QDir(folder).filePath(QLatin1StringView(partialFolder)));
    if (!partial.exists())
        return;
    const QStringList left = partial.entryList({u"*.tmp"_s}, QDir::Files | QDir::Hidden);
    for (const QString &name : left) {
        if (partial.remove(name))
            qCInfo(lcPublish) << "Removed" << name << "left by an unfinished delivery";
    }
}

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
                     Text::tr("No folder to publish to was given: choose a destination folder.")};
    QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Error{ErrorKind::InvalidInput,
                     Text::tr("Cannot publish to “%1”: it is a file, not a folder. Choose a folder "
                              "to publish to.")
                             .arg(QDir::toNativeSeparators(folder))};
    if (!info.exists() && !QDir().mkpath(folder))
        return Error{ErrorKind::Io,
                     Text::tr("Cannot create the folder “%1” to publish to: check that its parent "
                              "folder exists and that you may write to it.")
                             .arg(QDir::toNativeSeparators(folder))};
    info.refresh();
    if (!info.isWritable())
        return Error{ErrorKind::Io,
                     Text::tr("Cannot publish to “%1”: the folder is not writable. Choose another "
                              "folder or change its permissions.")
                             .arg(QDir::toNativeSeparators(folder))};
    return {};
}

/// Writes the files of one delivery and keeps its report.
class FolderWriter
{
public:
    /// durable: each file is on the disk before it replaces the old one.
    FolderWriter(QString folder, DeliveryReport &report, bool durable)
        : m_folder(std::move(folder))
        , m_dir(m_folder)
        , m_report(report)
        , m_durable(durable)
    {
    }

    bool has(const QString &relativePath) const
    {
        return m_report.written.contains(relativePath) || m_report.unchanged.contains(relativePath);
    }

    /**
     * Writes one file atomically (a finished temporary file beside it is
     * renamed over the old one, so a web server never serves half a file)
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
        const QFileInfo info(path);
        const QString parent = info.path();
        if (!m_folders.contains(parent)) {
            if (!QDir().mkpath(parent))
                return Error{
                        ErrorKind::Io,
                        Text::tr("Cannot create the folder “%1”: check that nothing else has that "
                                 "name and that you may write there.")
                                .arg(QDir::toNativeSeparators(parent))};
            m_folders.insert(parent);
        }
        // In the folder's own hidden corner, so the rename stays on one file
        // system and what a killed delivery left is found and cleared.
        if (!m_partialReady) {
            if (!QDir().mkpath(m_dir.filePath(QLatin1StringView(partialFolder))))
                return Error{ErrorKind::Io,
                             Text::tr("Cannot write in “%1”: check that you may write there.")
                                     .arg(QDir::toNativeSeparators(m_folder))};
            m_partialReady = true;
        }
        QString flat = relativePath;
        flat.replace(u'/', u'%');
        const QString temporary = m_dir.filePath(QLatin1StringView(partialFolder)) + u'/' + flat +
                u'.' + QString::number(::getpid()) + u".tmp"_s;
        QFile file(temporary);
        const auto failed = [&](const QString &why) {
            file.close();
            QFile::remove(temporary);
            return Error{ErrorKind::Io,
                         Text::tr("Cannot write “%1”: %2. The file was left as it was.")
                                 .arg(QDir::toNativeSeparators(path), why)};
        };
        // Unbuffered: a failed write reports its own errno, so a full disk says so.
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
            return failed(file.errorString());
        errno = 0;
        if (file.write(bytes) != bytes.size() || !file.flush())
            return failed(writeError(file.errorString()));
        if (m_durable && ::fdatasync(file.handle()) != 0)
            return failed(writeError(QString::fromLocal8Bit(std::strerror(errno))));
        file.close();
        if (::rename(QFile::encodeName(temporary).constData(),
                     QFile::encodeName(path).constData()) != 0)
            return failed(QString::fromLocal8Bit(std::strerror(errno)));
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
            return Error{
                    ErrorKind::Io,
                    Text::tr("Cannot remove “%1”: %2")
                            .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())};
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
    bool m_durable;
    QSet<QString> m_folders; ///< made already in this delivery
    bool m_partialReady = false;
};

} // namespace

FolderDestination::FolderDestination(QString folder, Site site, QString name)
    : m_folder(std::move(folder))
    , m_site(std::move(site))
    , m_name(std::move(name))
{
}

QString FolderDestination::keyFor(const QString &folder)
{
    DestinationConfig config;
    config.target = folder;
    return config.key();
}

QString FolderDestination::key() const
{
    return keyFor(m_folder);
}

QString FolderDestination::displayName() const
{
    const QString where = Text::tr("the folder %1").arg(QDir::toNativeSeparators(m_folder));
    return m_name.isEmpty() ? where : Text::tr("“%1” (%2)").arg(m_name, where);
}

Result<void> FolderDestination::check()
{
    return prepareFolder(m_folder);
}

Result<QString> FolderDestination::sendTestRequest()
{
    if (auto ready = prepareFolder(m_folder); !ready)
        return ready.error();
    const QString path =
            QDir(m_folder).filePath(QLatin1StringView(partialFolder)) + u"/test-request.tmp"_s;
    if (!QDir().mkpath(QFileInfo(path).path()))
        return Error{ErrorKind::Io, Text::tr("Cannot make a folder in %1.").arg(displayName())};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("test\n") != 5 || !file.flush())
        return Error{ErrorKind::Io,
                     Text::tr("Cannot write to %1: %2")
                             .arg(displayName(), writeError(file.errorString()))};
    file.close();
    file.remove();
    return Text::tr("%1 can be written to.").arg(displayName());
}

class FolderDestination::FolderHold final : public DestinationHold
{
public:
    FolderHold(std::unique_ptr<QLockFile> lock, QString folder, bool &held)
        : m_lock(std::move(lock))
        , m_folder(std::move(folder))
        , m_held(held)
    {
        m_held = true;
    }
    ~FolderHold() override
    {
        // Everything written in the turn reaches the disk before the lock goes.
        QFile folder(m_folder);
        if (folder.open(QIODevice::ReadOnly))
            ::syncfs(folder.handle());
        m_held = false;
    }

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_folder;
    bool &m_held;
};

Result<std::unique_ptr<QLockFile>> FolderDestination::lock()
{
    if (m_held)
        return std::unique_ptr<QLockFile>();
    // The lock lives in the folder's own hidden corner: every process that
    // can write the folder, whoever runs it, finds it there.
    const QString corner = QDir(m_folder).filePath(QLatin1StringView(partialFolder));
    if (!QDir().mkpath(corner))
        return Error{ErrorKind::Io,
                     Text::tr("Cannot write in “%1”: check that you may write there.")
                             .arg(QDir::toNativeSeparators(m_folder))};
    auto lock = std::make_unique<QLockFile>(corner + u"/.lock"_s);
    // A live holder keeps the lock however long it takes; one that died
    // (kill -9) leaves a lock QLockFile finds stale by its process id.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(lockWaitMs))
        return Error{
                ErrorKind::Transient,
                Text::tr("Another delivery to %1 has been running for two minutes; this one will "
                         "be tried again.")
                        .arg(displayName())};
    return lock;
}

Result<std::unique_ptr<DestinationHold>> FolderDestination::hold()
{
    if (auto ready = prepareFolder(m_folder); !ready)
        return ready.error();
    auto taken = lock();
    if (!taken)
        return taken.error();
    if (!*taken)
        return Error{ErrorKind::InvalidInput, Text::tr("%1 is held already.").arg(displayName())};
    clearPartialFiles(m_folder);
    return std::unique_ptr<DestinationHold>(new FolderHold(*std::move(taken), m_folder, m_held));
}

DeliveryReport FolderDestination::deliver(const std::function<Result<Edition>()> &makeEdition,
                                          PictureSource &pictures, const DeliveryProgress &progress)
{
    DeliveryReport report;
    if (!m_held) {
        if (auto ready = prepareFolder(m_folder); !ready) {
            report.error = ready.error();
            return report;
        }
    }
    auto taken = lock();
    if (!taken) {
        report.error = taken.error();
        return report;
    }
    if (*taken)
        clearPartialFiles(m_folder);

    auto edition = makeEdition();
    if (!edition) {
        report.error = edition.error();
        return report;
    }
    report.url = edition->url.toString();
    // Alone, each file is on the disk before it replaces the old one; in a
    // held turn (a whole site), the disk is synced once when the hold ends.
    FolderWriter writer(m_folder, report, !m_held);
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
