// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "store/library.h"
#include "store/storystore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <optional>

namespace Copydesk {

/**
 * Work that must not hold up the window (publishing to a destination,
 * publish-due) runs on a worker thread with a connection of its own to the
 * library, opened from library and closed when the work ends; done gets the
 * result on context's thread.
 */
template<typename T>
void runOnLibrary(QObject *context, const QString &library,
                  std::function<Result<T>(StoryStore &)> work, std::function<void(Result<T>)> done)
{
    using Outcome = std::optional<Result<T>>;
    auto *watcher = new QFutureWatcher<Outcome>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        Outcome outcome = watcher->result();
        watcher->deleteLater();
        done(std::move(*outcome));
    });
    watcher->setFuture(QtConcurrent::run([library, work]() -> Outcome {
        auto opened = Library::open(library);
        if (!opened)
            return Result<T>(opened.error());
        return work(*opened->store);
    }));
}

/**
 * Starts work with start (which calls its done with the result, on this
 * thread, with the loop as context) and waits for the result in a local
 * event loop, so the window repaints and a progress dialog moves meanwhile;
 * flags say which events the loop takes.
 */
template<typename T>
Result<T> waitForResult(const std::function<void(QObject *, std::function<void(Result<T>)>)> &start,
                        QEventLoop::ProcessEventsFlags flags = QEventLoop::AllEvents)
{
    QEventLoop loop;
    std::optional<Result<T>> outcome;
    start(&loop, [&loop, &outcome](Result<T> result) {
        outcome = std::move(result);
        loop.quit();
    });
    if (!outcome)
        loop.exec(flags);
    // Copydesk closing ends every event loop, this one too, before the work is done.
    if (!outcome)
        return Error{ErrorKind::Transient,
                     QCoreApplication::translate("Copydesk::BackgroundTask",
                                                 "Copydesk is closing; the work was left to "
                                                 "finish on its own.")};
    return std::move(*outcome);
}

/// runOnLibrary() for a caller that needs the result before it goes on.
template<typename T>
Result<T> runOnLibraryAndWait(const QString &library, std::function<Result<T>(StoryStore &)> work)
{
    return waitForResult<T>(
            [&library, &work](QObject *context, std::function<void(Result<T>)> done) {
                runOnLibrary<T>(context, library, std::move(work), std::move(done));
            });
}

} // namespace Copydesk
