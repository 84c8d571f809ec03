// SPDX-License-Identifier: MIT
#include "storychecker.h"

#include <QtConcurrent>

namespace Copydesk {

StoryChecker::StoryChecker(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Job>::finished, this, &StoryChecker::finished);
}

StoryChecker::~StoryChecker()
{
    m_watcher.waitForFinished();
}

StoryChecker::Result StoryChecker::run(const Story &story, const HouseStyle &style)
{
    return {wordCount(story.body()), style.check(story)};
}

void StoryChecker::check(const Story &story, const HouseStyle &style)
{
    ++m_generation;
    if (m_watcher.isRunning()) {
        m_next.emplace(story, style);
        return;
    }
    start(story, style);
}

StoryChecker::Result StoryChecker::checkNow(const Story &story, const HouseStyle &style)
{
    cancel();
    return run(story, style);
}

void StoryChecker::cancel()
{
    ++m_generation;
    m_next.reset();
}

void StoryChecker::start(Story story, HouseStyle style)
{
    m_watcher.setFuture(QtConcurrent::run(
            [story = std::move(story), style = std::move(style), generation = m_generation] {
                return Job{generation, run(story, style)};
            }));
}

void StoryChecker::finished()
{
    const Job job = m_watcher.result();
    if (m_next) {
        auto [story, style] = std::move(*m_next);
        m_next.reset();
        start(std::move(story), std::move(style));
        return;
    }
    if (job.generation == m_generation)
        Q_EMIT checked(job.result);
}

} // namespace Copydesk
