// SPDX-License-Identifier: MIT
// Running a part of a test as an unprivileged user: permission checks mean
// nothing to root, so a test run as root hands that part to "nobody"
// through setpriv instead of skipping it.
#pragma once

#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Copydesk::Testing {

/// What a command run by a test printed and how it ended.
struct CommandRun
{
    int exitCode = -1;
    QString out;
    QString err;
    bool started = false;
};

class Unprivileged
{
public:
    /// True when this process can read and write anything, so permissions need another user.
    static bool needed() { return ::geteuid() == 0; }

    /// Whether a part can run as nobody here: setpriv and the user exist.
    static bool available()
    {
        return !needed() ||
                (QFileInfo(QStringLiteral("/usr/bin/setpriv")).isExecutable() &&
                 ::getpwnam("nobody") != nullptr);
    }

    /// Gives path, and everything under a folder, to nobody; a no-op for a normal user.
    static bool giveAway(const QString &path)
    {
        if (!needed())
            return true;
        const passwd *user = ::getpwnam("nobody");
        if (!user)
            return false;
        const auto own = [user](const QString &file) {
            return ::chown(QFile::encodeName(file).constData(), user->pw_uid, user->pw_gid) == 0;
        };
        if (!own(path))
            return false;
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System |
                                          QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                if (!own(it.next()))
                    return false;
            }
        }
        return true;
    }

    /// Runs program as nobody when this process is root, else as this user.
    static CommandRun run(const QString &program, const QStringList &arguments,
                          const QProcessEnvironment &environment, int timeoutMs = 120000)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        if (needed()) {
            const group *nogroup = ::getgrnam("nogroup");
            process.start(QStringLiteral("/usr/bin/setpriv"),
                          QStringList{QStringLiteral("--reuid=nobody"),
                                      nogroup ? QStringLiteral("--regid=nogroup")
                                              : QStringLiteral("--regid=nobody"),
                                      QStringLiteral("--clear-groups"), program} +
                                  arguments);
        } else {
            process.start(program, arguments);
        }
        CommandRun run;
        run.started = process.waitForStarted(timeoutMs);
        if (!run.started || !process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            run.err = process.errorString();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    /// An environment whose settings and data live in folder, so nothing touches a real user's.
    static QProcessEnvironment environmentIn(const QString &folder)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), folder);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QStringLiteral("/config"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/data"));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), folder + QStringLiteral("/cache"));
        environment.insert(QStringLiteral("TMPDIR"), folder + QStringLiteral("/tmp"));
        return environment;
    }
};

} // namespace Copydesk::Testing
