// SPDX-License-Identifier: MIT
#include "libraryworker.h"

#include "store/library.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

LibraryWorker::LibraryWorker(const QString &location, QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_host(new QObject)
{
    m_thread.setObjectName(u"library worker"_s);
    m_host->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    m_thread.start();
}

LibraryWorker::~LibraryWorker()
{
    // The connection belongs to the worker's thread: it is closed there.
    QMetaObject::invokeMethod(
            m_host, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void LibraryWorker::post(Job job)
{
    QMetaObject::invokeMethod(
            m_host,
            [this, job = std::move(job)] {
                if (!m_store) {
                    // A library that could not be opened is tried again by the next job.
                    auto opened = Library::open(m_location);
                    if (!opened) {
                        const Error failure = opened.error();
                        job(nullptr, &failure);
                        return;
                    }
                    m_store = std::move(opened->store);
                }
                job(m_store.get(), nullptr);
            },
            Qt::QueuedConnection);
}

} // namespace Copydesk
