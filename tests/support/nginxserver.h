// SPDX-License-Identifier: MIT
// nginx on loopback for the integration tests.
#pragma once

#include "core/result.h"
#include "support/testing.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>

namespace Copydesk::Testing {

inline const QString nginxBinary = QStringLiteral("/usr/sbin/nginx");

/// A loopback port nothing listens on right now (another program may take it before nginx).
inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

/**
 * nginx as a child process, serving one folder on 127.0.0.1. Everything it
 * writes (pid, logs, temporary bodies) stays in its own folder, and it runs
 * as the current user in one process, so it reads the test's private
 * folders. The destructor stops it, so a failing test never leaves it behind.
 */
class NginxServer
{
public:
    NginxServer() = default;
    ~NginxServer() { stop(); }
    Q_DISABLE_COPY_MOVE(NginxServer)

    /// Starts nginx with configuration (its text) and waits until port accepts connections.
    Result<void> start(const QString &workDir, const QString &configuration, quint16 port)
    {
        stop();
        m_workDir = workDir;
        if (!QDir().mkpath(workDir))
            return Error{ErrorKind::Permanent, QStringLiteral("cannot create ") + workDir};
        QFile::remove(errorLogPath());
        const QString config = workDir + QStringLiteral("/nginx.conf");
        if (!writeFile(config, configuration.toUtf8()))
            return Error{ErrorKind::Permanent, QStringLiteral("cannot write ") + config};

        m_process.setProgram(nginxBinary);
        // -e: the error log before the configuration is read, which is
        // otherwise a system path an ordinary user cannot write.
        m_process.setArguments({QStringLiteral("-p"), workDir + u'/', QStringLiteral("-c"), config,
                                QStringLiteral("-e"), errorLogPath()});
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return Error{ErrorKind::Permanent,
                         QStringLiteral("nginx did not start: ") + m_process.errorString()};

        const QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            if (m_process.state() != QProcess::Running)
                return Error{ErrorKind::Permanent, QStringLiteral("nginx stopped: ") + output()};
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(200))
                return {};
            // Returns at once if nginx exits; otherwise a short pause.
            m_process.waitForFinished(50);
        }
        return Error{ErrorKind::Permanent,
                     QStringLiteral("nginx did not answer on port %1 within 10 s: ").arg(port) +
                             output()};
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    /// What nginx said, on its output and in its error log.
    QString output() { return QString::fromUtf8(m_process.readAll() + fileBytes(errorLogPath())); }

    bool portWasTaken() { return output().contains(QStringLiteral("Address already in use")); }

private:
    QString errorLogPath() const { return m_workDir + QStringLiteral("/error.log"); }

    QProcess m_process;
    QString m_workDir;
};

} // namespace Copydesk::Testing
