// SPDX-License-Identifier: MIT
#include "editjournal.h"

#include "core/appfolders.h"
#include "core/filesync.h"
#include "core/logging.h"
#include "store/postgresdialect.h"
#include "story/storyjson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::EditJournal)
};

constexpr QByteArrayView fileHeader = "COPYDESK-EDITS 1\n";
constexpr QByteArrayView recordMarker = "CDJR";
constexpr qsizetype recordHeaderSize = 12; // marker, length, CRC-32
/// A story as JSON is far smaller; a larger length is damage, not a record.
constexpr quint32 maxRecordSize = 512U * 1024U * 1024U;
/// Past this size a file is rewritten with its newest record only.
constexpr qint64 compactAbove = 4LL * 1024 * 1024;
const QString fileSuffix = u".edits"_s;
const QString lockSuffix = u".session.lock"_s;

constexpr std::array<quint32, 256> crcTable = [] {
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1U) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}();

/// CRC-32 as zlib and PNG compute it.
quint32 crc32(QByteArrayView bytes)
{
    quint32 c = 0xFFFFFFFFU;
    for (const char byte : bytes)
        c = crcTable[(c ^ static_cast<unsigned char>(byte)) & 0xFFU] ^ (c >> 8);
    return c ^ 0xFFFFFFFFU;
}

void putLittleEndian(QByteArray &out, quint32 value)
{
    const quint32 stored = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&stored), sizeof stored);
}

QByteArray makeRecord(const Story &story, const QDateTime &editedAt)
{
    QJsonObject payload;
    payload.insert(u"editedAt"_s, StoryJson::timeToJson(editedAt));
    payload.insert(u"story"_s, StoryJson::toJson(story));
    const QByteArray json = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    QByteArray record;
    record.reserve(recordHeaderSize + json.size());
    record.append(recordMarker.data(), recordMarker.size());
    putLittleEndian(record, static_cast<quint32>(json.size()));
    putLittleEndian(record, crc32(json));
    record.append(json);
    return record;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

QString storyKey(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

/// The session a journal file name belongs to: `<story id>.<session>.edits`.
QString sessionOf(const QString &fileName)
{
    const QStringList parts = fileName.split(u'.');
    return parts.size() == 3 ? parts.at(1) : QString();
}

/// True when a running process holds the session's lock.
bool sessionInUse(const QString &directory, const QString &session)
{
    const QString lockPath = directory + u'/' + session + lockSuffix;
    if (!QFile::exists(lockPath))
        return false;
    QLockFile lock(lockPath);
    // Never stale by age: only a lock whose process is gone is free.
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return false;
    }
    return lock.error() == QLockFile::LockFailedError;
}

} // namespace

struct EditJournal::OpenFile
{
    QString path;
    QFile file;
    qint64 size = 0;
};

QString EditJournal::directoryFor(const QString &libraryLocation)
{
    if (!ServerAddress::isServerAddress(libraryLocation))
        return libraryLocation + fileSuffix;
    // A library on a server keeps this machine's unsaved edits here, one
    // folder per server and database: readable, and unique by a hash.
    const auto address = ServerAddress::parse(libraryLocation);
    const QString plain = address ? address->toString() : libraryLocation;
    QString name = address ? address->host + u'-' + address->database : QString();
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    }
    const QByteArray hash = QCryptographicHash::hash(plain.toUtf8(), QCryptographicHash::Sha1);
    return dataFolder() + u"/server-libraries/"_s + name.left(60) + u'-' +
            QString::fromLatin1(hash.toHex().left(12)) + fileSuffix;
}

EditJournal::EditJournal(QString directory)
    : m_directory(std::move(directory))
{
}

EditJournal::~EditJournal()
{
    m_files.clear();
    if (m_lock)
        m_lock->unlock();
}

Result<void> EditJournal::startSession()
{
    if (m_lock)
        return {};
    if (!QDir().mkpath(m_directory))
        return Error{ErrorKind::Io,
                     Text::tr("Cannot make the edit journal folder “%1”: check that you may write "
                              "beside the library.")
                             .arg(QDir::toNativeSeparators(m_directory))};
    // A few tries: a new name is only taken by another session by chance.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const QString session = QUuid::createUuid().toString(QUuid::Id128).left(12);
        auto lock = std::make_unique<QLockFile>(m_directory + u'/' + session + lockSuffix);
        lock->setStaleLockTime(0);
        if (lock->tryLock(0)) {
            m_session = session;
            m_lock = std::move(lock);
            return {};
        }
    }
    return Error{ErrorKind::Io,
                 Text::tr("Cannot start the edit journal in “%1”: check that you may write there.")
                         .arg(QDir::toNativeSeparators(m_directory))};
}

Result<void> EditJournal::append(OpenFile &open, const QByteArray &record)
{
    const auto failed = [&](const QString &why) {
        // What a failed write left behind the last whole record is cut off
        // again, so the next record follows a whole one.
        if (open.file.isOpen() && ::ftruncate(open.file.handle(), open.size) != 0)
            qCWarning(lcStore) << "Cannot trim the edit journal" << open.path;
        return Error{ErrorKind::Io,
                     Text::tr("Cannot keep unsaved edits in the edit journal “%1”: %2. Save the "
                              "story to keep them.")
                             .arg(QDir::toNativeSeparators(open.path), why)};
    };
    if (open.file.write(record) != record.size() || !open.file.flush())
        return failed(open.file.errorString());
    if (::fdatasync(open.file.handle()) != 0)
        return failed(systemError());
    open.size += record.size();
    return {};
}

Result<void> EditJournal::rewrite(OpenFile &open, const QByteArray &record)
{
    const bool existed = open.file.isOpen();
    open.file.close();
    const QString temporary = open.path + u".new"_s;
    QFile file(temporary);
    const auto failed = [&](const QString &why) {
        file.close();
        QFile::remove(temporary);
        return Error{ErrorKind::Io,
                     Text::tr("Cannot keep unsaved edits in the edit journal “%1”: %2. Save the "
                              "story to keep them.")
                             .arg(QDir::toNativeSeparators(open.path), why)};
    };
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return failed(file.errorString());
    QByteArray bytes = fileHeader.toByteArray();
    bytes.append(record);
    if (file.write(bytes) != bytes.size() || !file.flush())
        return failed(file.errorString());
    if (::fdatasync(file.handle()) != 0)
        return failed(systemError());
    file.close();
    if (::rename(QFile::encodeName(temporary).constData(),
                 QFile::encodeName(open.path).constData()) != 0)
        return failed(systemError());
    syncFolder(m_directory);
    open.file.setFileName(open.path);
    if (!open.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return failed(open.file.errorString());
    open.size = bytes.size();
    if (!existed)
        qCDebug(lcStore) << "Edit journal started" << open.path;
    return {};
}

Result<void> EditJournal::record(const Story &story, const QDateTime &editedAt)
{
    if (auto started = startSession(); !started)
        return started;
    std::shared_ptr<OpenFile> &open = m_files[story.id()];
    if (!open) {
        open = std::make_shared<OpenFile>();
        open->path = m_directory + u'/' + storyKey(story.id()) + u'.' + m_session + fileSuffix;
    }
    const QByteArray record = makeRecord(story, editedAt);
    if (!open->file.isOpen() || open->size + record.size() > compactAbove)
        return rewrite(*open, record);
    return append(*open, record);
}

Result<void> EditJournal::forget(const QUuid &storyId)
{
    const auto found = m_files.find(storyId);
    if (found == m_files.end())
        return {};
    const QString path = (*found)->path;
    m_files.erase(found);
    if (QFile::exists(path) && !QFile::remove(path))
        return Error{
                ErrorKind::Io,
                Text::tr("Cannot remove the edit journal file “%1”; its edits would be offered "
                         "again at the next start.")
                        .arg(QDir::toNativeSeparators(path))};
    syncFolder(m_directory);
    return {};
}

Result<JournalEntry> EditJournal::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Io,
                     Text::tr("Cannot read the edit journal file “%1”: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString())};
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith(fileHeader))
        return Error{ErrorKind::Permanent,
                     Text::tr("“%1” is not an edit journal file of this Copydesk.")
                             .arg(QDir::toNativeSeparators(path))};
    qsizetype at = fileHeader.size();
    qsizetype lastStart = -1;
    quint32 lastLength = 0;
    while (bytes.size() - at >= recordHeaderSize) {
        if (QByteArrayView(bytes.constData() + at, 4) != recordMarker)
            break;
        const quint32 length = qFromLittleEndian<quint32>(bytes.constData() + at + 4);
        const quint32 crc = qFromLittleEndian<quint32>(bytes.constData() + at + 8);
        if (length > maxRecordSize || bytes.size() - at - recordHeaderSize < qsizetype(length))
            break;
        const QByteArrayView payload(bytes.constData() + at + recordHeaderSize, length);
        if (crc32(payload) != crc)
            break;
        lastStart = at + recordHeaderSize;
        lastLength = length;
        at += recordHeaderSize + length;
    }
    if (lastStart < 0)
        return Error{ErrorKind::NotFound,
                     Text::tr("The edit journal file “%1” holds no whole record.")
                             .arg(QDir::toNativeSeparators(path))};
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(
            QByteArray::fromRawData(bytes.constData() + lastStart, lastLength), &parseError);
    if (!json.isObject())
        return Error{ErrorKind::Permanent,
                     Text::tr("The edit journal file “%1” cannot be read: %2")
                             .arg(QDir::toNativeSeparators(path), parseError.errorString())};
    auto story = StoryJson::fromJson(json.object().value(u"story"_s).toObject());
    if (!story)
        return story.error().reworded(
                Text::tr("The edit journal file “%1” cannot be read: %2")
                        .arg(QDir::toNativeSeparators(path), story.errorMessage()));
    JournalEntry entry;
    entry.story = *story;
    entry.editedAt = StoryJson::timeFromJson(json.object().value(u"editedAt"_s).toString());
    entry.file = path;
    entry.damagedBytes = bytes.size() - at;
    const QFileInfo info(path);
    entry.inUse = sessionInUse(info.path(), sessionOf(info.fileName()));
    return entry;
}

Result<QList<JournalEntry>> EditJournal::entries(const QString &directory)
{
    QList<JournalEntry> found;
    const QDir dir(directory);
    if (!dir.exists())
        return found;
    const QStringList files =
            dir.entryList({u"*"_s + fileSuffix}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : files) {
        auto entry = readFile(dir.filePath(name));
        if (entry) {
            found.append(*entry);
            continue;
        }
        if (entry.errorKind() == ErrorKind::NotFound)
            continue; // a session that never finished its first record
        qCWarning(lcStore) << entry.errorMessage();
    }
    std::sort(found.begin(), found.end(),
              [](const JournalEntry &a, const JournalEntry &b) { return a.editedAt > b.editedAt; });
    // Sessions that ended without a journal file leave their lock file only
    // while they run; a crashed one's is cleared here.
    const QStringList locks = dir.entryList({u"*"_s + lockSuffix}, QDir::Files | QDir::Hidden);
    for (const QString &name : locks) {
        const QString session = name.chopped(lockSuffix.size());
        bool hasFiles = false;
        for (const QString &file : files)
            hasFiles = hasFiles || sessionOf(file) == session;
        if (!hasFiles && !sessionInUse(directory, session))
            QFile::remove(dir.filePath(name));
    }
    return found;
}

Result<QList<JournalEntry>> EditJournal::entriesFor(const QString &directory, const QUuid &storyId)
{
    auto all = entries(directory);
    if (!all)
        return all;
    QList<JournalEntry> mine;
    for (const JournalEntry &entry : std::as_const(*all)) {
        if (entry.story.id() == storyId)
            mine.append(entry);
    }
    return mine;
}

Result<void> EditJournal::discard(const JournalEntry &entry)
{
    if (QFile::exists(entry.file) && !QFile::remove(entry.file))
        return Error{ErrorKind::Io,
                     Text::tr("Cannot remove the edit journal file “%1”: check that you may write "
                              "there.")
                             .arg(QDir::toNativeSeparators(entry.file))};
    syncFolder(QFileInfo(entry.file).path());
    return {};
}

} // namespace Copydesk
