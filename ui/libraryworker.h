// SPDX-License-Identifier: MIT
#pragma once

#include "backgroundtask.h"
#include "busycursor.h"
#include "core/result.h"
#include "store/storystore.h"

#include <QEventLoop>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace Copydesk {

/**
 * A thread of the window's own with a connection of its own to the library,
 * opened at the first piece of work and kept: reads that would make the
 * window wait for a server (the library list and its pages) run there, in
 * the order they were asked for, and each answer comes back on the window's
 * thread, dropped if the object that asked is gone by then.
 */
class LibraryWorker : public QObject
{
    Q_OBJECT

public:
    /// location: the library as Library::open takes it, password and all.
    explicit LibraryWorker(const QString &location, QObject *parent = nullptr);
    /// Lets the work under way finish, then closes the connection and the thread.
    ~LibraryWorker() override;

    /// Runs work on the worker's thread; done gets its result on this object's thread
    /// (the window's), unless context is gone by then.
    template<typename T>
    void run(QObject *context, std::function<Result<T>(StoryStore &)> work,
             std::function<void(Result<T>)> done)
    {
        QPointer<QObject> guard(context);
        post([this, work = std::move(work), done = std::move(done), guard](StoryStore *store,
                                                                           const Error *failure) {
            auto result = std::make_shared<Result<T>>(store ? work(*store) : Result<T>(*failure));
            QMetaObject::invokeMethod(
                    this,
                    [done, result, guard] {
                        if (guard)
                            done(std::move(*result));
                    },
                    Qt::QueuedConnection);
        });
    }

    /**
     * Runs work on worker when there is one (a server library's), else at
     * once on store, this thread's connection (a file's); done gets the
     * result either way, on the calling thread.
     */
    template<typename T>
    static void runOrNow(LibraryWorker *worker, StoryStore &store, QObject *context,
                         std::function<Result<T>(StoryStore &)> work,
                         std::function<void(Result<T>)> done)
    {
        if (!worker) {
            done(work(store));
            return;
        }
        worker->run<T>(context, std::move(work), std::move(done));
    }

    /**
     * Runs work as runOrNow() does and waits for its result: on a server's
     * worker the window goes on painting and hearing the library while it
     * waits, with a busy cursor, but takes no keys or clicks, as for a
     * command that must end before the next one (scheduling a story,
     * restoring a version).
     */
    template<typename T>
    static Result<T> runAndWait(LibraryWorker *worker, StoryStore &store,
                                std::function<Result<T>(StoryStore &)> work)
    {
        if (!worker)
            return work(store);
        const BusyCursor busy;
        return waitForResult<T>(
                [worker, &work](QObject *context, std::function<void(Result<T>)> done) {
                    worker->run<T>(context, std::move(work), std::move(done));
                },
                QEventLoop::ExcludeUserInputEvents);
    }

private:
    using Job = std::function<void(StoryStore *, const Error *)>;
    void post(Job job);

    QString m_location;
    QThread m_thread;
    /// Lives in m_thread; runs the jobs there.
    QObject *m_host;
    /// Opened in m_thread by the first job, closed there by the destructor.
    std::unique_ptr<StoryStore> m_store;
};

} // namespace Copydesk
