// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "story/story.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUuid>

#include <memory>

QT_BEGIN_NAMESPACE
class QFile;
class QLockFile;
QT_END_NAMESPACE

namespace Copydesk {

/// One story's unsaved edits as the edit journal keeps them.
struct JournalEntry
{
    /// The story as typed; its version() is the saved version the edits started from (0: never
    /// saved).
    Story story;
    /// When the last kept edit was made (UTC).
    QDateTime editedAt;
    /// The journal file that holds it.
    QString file;
    /// A running window still writes this file: it is not left over from a crash.
    bool inUse = false;
    /// Bytes after the last whole record that could not be read (a write cut short).
    qint64 damagedBytes = 0;
};

/**
 * The edit journal beside a library: what was typed in the window and is
 * not saved yet, so that a crash, a kill or a power cut loses at most the
 * edits of the last moment. It is not a save: a story's versions only
 * come from Save; the journal only offers edits back.
 *
 * Each window session writes one file per story it edits,
 * `<story id>.<session>.edits`, and holds `<session>.session.lock` while it
 * runs, so a reader tells a crashed session's files (the lock's process is
 * gone) from those of a window still open. A file is a header line and
 * then records, each the whole story as JSON behind a marker, its length
 * and a CRC-32; a reader takes the last whole record, so a record cut
 * short by a crash leaves the one before it.
 *
 * Durability: record() returns only after the appended record has reached
 * the disk (fdatasync), and a file that is made or replaced has its folder
 * synced too, so what record() reported kept survives a power cut. It
 * blocks on the disk: call it off the UI thread (JournalWriter does).
 */
class EditJournal
{
public:
    /**
     * The journal folder of the library at libraryLocation: `<library>.edits`
     * beside a file; for a library on a server, a folder of this machine's
     * data folder named after the server and database.
     */
    static QString directoryFor(const QString &libraryLocation);

    explicit EditJournal(QString directory);
    /// Releases the session; the files stay until forget() or discard().
    ~EditJournal();
    EditJournal(const EditJournal &) = delete;
    EditJournal &operator=(const EditJournal &) = delete;

    QString directory() const { return m_directory; }

    /// Keeps story (the whole of it) as its newest unsaved state, edited at editedAt.
    Result<void> record(const Story &story, const QDateTime &editedAt);
    /// Removes this session's edits of the story: it was saved or its edits discarded.
    Result<void> forget(const QUuid &storyId);

    /**
     * What every journal file in directory holds, newest edit first; files
     * that hold no whole record are left out. A directory that does not
     * exist holds nothing.
     */
    static Result<QList<JournalEntry>> entries(const QString &directory);
    /// The entries for one story, newest first.
    static Result<QList<JournalEntry>> entriesFor(const QString &directory, const QUuid &storyId);
    /// Reads one journal file: its last whole record.
    static Result<JournalEntry> readFile(const QString &file);
    /// Removes a left-over journal file once its edits were restored or discarded.
    static Result<void> discard(const JournalEntry &entry);

private:
    struct OpenFile;
    Result<void> startSession();
    Result<void> append(OpenFile &file, const QByteArray &record);
    Result<void> rewrite(OpenFile &file, const QByteArray &record);

    QString m_directory;
    QString m_session;
    std::unique_ptr<QLockFile> m_lock;
    QHash<QUuid, std::shared_ptr<OpenFile>> m_files;
};

} // namespace Copydesk
