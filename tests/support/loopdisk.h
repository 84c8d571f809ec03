// SPDX-License-Identifier: MIT
// A disk that turns read-only under open files, as a failing disk does:
// an ext4 image on a loop device, mounted with errors=remount-ro, then told
// to abort (root only). A tmpfs cannot do this: the kernel refuses to remount
// a disk read-only while a file on it is open for writing.
#pragma once

#include <QProcess>
#include <QTemporaryDir>

namespace Copydesk::Testing {

class LoopDisk
{
public:
    explicit LoopDisk(int mebibytes)
    {
        const QString image = m_image.filePath(QStringLiteral("disk.ext4"));
        QFile file(image);
        if (!file.open(QIODevice::WriteOnly) || !file.resize(qint64(mebibytes) << 20)) {
            m_why = QStringLiteral("cannot make a disk image: %1").arg(file.errorString());
            return;
        }
        file.close();
        if (!run(QStringLiteral("mkfs.ext4"), {QStringLiteral("-q"), image}))
            return;
        if (!run(QStringLiteral("mount"),
                 {QStringLiteral("-o"), QStringLiteral("loop,errors=remount-ro"), image,
                  m_dir.path()}))
            return;
        m_mounted = true;
    }
    ~LoopDisk()
    {
        // Lazily: files of the test may still be open on it.
        if (m_mounted)
            run(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
    }
    LoopDisk(const LoopDisk &) = delete;
    LoopDisk &operator=(const LoopDisk &) = delete;

    bool isReady() const { return m_mounted; }
    QString whyNot() const { return m_why; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    /// The disk fails and turns read-only, open files and all.
    bool turnReadOnly()
    {
        return run(QStringLiteral("mount"),
                   {QStringLiteral("-o"), QStringLiteral("remount,abort"), m_dir.path()});
    }

private:
    bool run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            m_why = QStringLiteral("%1 %2 failed (root and a loop device are needed): %3%4")
                            .arg(program, arguments.join(u' '), process.errorString(),
                                 QString::fromLocal8Bit(process.readAllStandardError()));
            return false;
        }
        return true;
    }

    QTemporaryDir m_image;
    QTemporaryDir m_dir;
    QString m_why;
    bool m_mounted = false;
};

} // namespace Copydesk::Testing
