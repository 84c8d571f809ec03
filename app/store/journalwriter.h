// SPDX-License-Identifier: MIT
#pragma once

#include "store/editjournal.h"

#include <QObject>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace Copydesk {

/**
 * Writes the edit journal on a thread of its own, so the disk's sync never
 * holds up typing. Requests run in the order given; a newer state of a
 * story replaces one still waiting, so a slow disk never builds a queue.
 */
class JournalWriter : public QObject
{
    Q_OBJECT

public:
    explicit JournalWriter(const QString &directory, QObject *parent = nullptr);
    /// Finishes what is queued, then stops.
    ~JournalWriter() override;

    QString directory() const { return m_directory; }

    /// Keeps story as its newest unsaved state.
    void record(const Story &story, const QDateTime &editedAt);
    /// Drops the story's unsaved edits (it was saved, or they were discarded).
    void forget(const QUuid &storyId);
    /// Waits until everything asked so far is on disk; false on timeout.
    bool flush(int timeoutMs);

Q_SIGNALS:
    /// A story's edits reached the disk (sent from the writer's thread).
    void recorded(const QUuid &storyId, const QDateTime &editedAt);
    /// The journal could not be written; the edits are still in the editor.
    void failed(const QString &message);

private:
    /// A state to keep, or (without a story) the story's edits to drop.
    struct Request
    {
        QUuid id;
        std::optional<Story> story;
        QDateTime editedAt;
    };
    void run();

    QString m_directory;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Request> m_queue;
    bool m_busy = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace Copydesk
