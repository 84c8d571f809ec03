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
 * The same, for a caller that needs the result before it goes on: it waits
 * in a local event loop, so the window repaints and a progress dialog
 * moves while the worker runs.
 */
template<typename T>
Result<T> runOnLibraryAndWait(const QString &library, std::function<Result<T>(StoryStore &)> work)
{
    QEventLoop loop;
    std::optional<Result<T>> outcome;
    runOnLibrary<T>(&loop, library, std::move(work), [&loop, &outcome](Result<T> result) {
        outcome = std::move(result);
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    // Copydesk closing ends every event loop, this one too, before the work is done.
    if (!outcome)
        return Error{ErrorKind::Transient,
                     QCoreApplication::translate("Copydesk::BackgroundTask",
                                                 "Copydesk is closing; the work was left to "
                                                 "finish on its own.")};
    return std::move(*outcome);
}

} // namespace Copydesk
