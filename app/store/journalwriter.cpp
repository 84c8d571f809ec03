// SPDX-License-Identifier: MIT
#include "journalwriter.h"

#include "core/logging.h"

#include <chrono>

namespace Copydesk {

JournalWriter::JournalWriter(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_thread([this] { run(); })
{
}

JournalWriter::~JournalWriter()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void JournalWriter::record(const Story &story, const QDateTime &editedAt)
{
    {
        const std::lock_guard lock(m_mutex);
        if (!m_queue.empty() && m_queue.back().story && m_queue.back().id == story.id())
            m_queue.back() = Request{story.id(), story, editedAt};
        else
            m_queue.push_back(Request{story.id(), story, editedAt});
    }
    m_wake.notify_one();
}

void JournalWriter::forget(const QUuid &storyId)
{
    {
        const std::lock_guard lock(m_mutex);
        // A waiting state of the story would only be written to be removed.
        if (!m_queue.empty() && m_queue.back().story && m_queue.back().id == storyId)
            m_queue.pop_back();
        m_queue.push_back(Request{storyId, std::nullopt, {}});
    }
    m_wake.notify_one();
}

bool JournalWriter::flush(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    return m_idle.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                           [this] { return m_queue.empty() && !m_busy; });
}

void JournalWriter::run()
{
    EditJournal journal(m_directory);
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty()) {
            if (m_stopping)
                return;
            continue;
        }
        const Request request = m_queue.front();
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        const Result<void> done = request.story ? journal.record(*request.story, request.editedAt)
                                                : journal.forget(request.id);
        if (!done) {
            qCWarning(lcStore) << done.errorMessage();
            Q_EMIT failed(done.errorMessage());
        } else if (request.story) {
            Q_EMIT recorded(request.id, request.editedAt);
        }
        lock.lock();
        m_busy = false;
        if (m_queue.empty())
            m_idle.notify_all();
    }
}

} // namespace Copydesk
