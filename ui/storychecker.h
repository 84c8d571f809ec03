// SPDX-License-Identifier: MIT
#pragma once

#include "story/housestyle.h"
#include "story/story.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace Copydesk {

/**
 * The house-style check and the word count of the open story, run on a
 * worker after each typing pause: on a long story they take milliseconds
 * a keystroke would otherwise wait behind. The newest story wins; a result
 * overtaken by a newer request is dropped.
 */
class StoryChecker : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        int words = 0;
        QList<Finding> findings;
    };

    explicit StoryChecker(QObject *parent = nullptr);
    ~StoryChecker() override;

    /// Checks in the background; checked() follows.
    void check(const Story &story, const HouseStyle &style);
    /// Checks on this thread and drops any background result still to come.
    Result checkNow(const Story &story, const HouseStyle &style);
    /// Drops any background result still to come (no story is open).
    void cancel();

Q_SIGNALS:
    void checked(const Copydesk::StoryChecker::Result &result);

private:
    struct Job
    {
        quint64 generation = 0;
        Result result;
    };
    static Result run(const Story &story, const HouseStyle &style);
    void start(Story story, HouseStyle style);
    void finished();

    QFutureWatcher<Job> m_watcher;
    /// The request waiting for the running job to end.
    std::optional<std::pair<Story, HouseStyle>> m_next;
    quint64 m_generation = 0;
};

} // namespace Copydesk
