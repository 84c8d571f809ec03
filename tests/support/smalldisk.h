// SPDX-License-Identifier: MIT
// A small file system of its own for disk-full tests: a tmpfs of a given
// size mounted on a temporary folder (root only), unmounted afterwards.
#pragma once

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace Copydesk::Testing {

class SmallDisk
{
public:
    explicit SmallDisk(int kibibytes)
    {
        if (::geteuid() != 0) {
            m_why = QStringLiteral("mounting a small tmpfs needs root; run the test as root");
            return;
        }
        const QByteArray options = "size=" + QByteArray::number(kibibytes) + "k";
        if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0,
                    options.constData()) != 0) {
            m_why = QStringLiteral("cannot mount a tmpfs here: %1")
                            .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        m_mounted = true;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isReady() const { return m_mounted; }
    QString whyNot() const { return m_why; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    /// Remounts the disk read-only or writable again, as a failing disk or a
    /// locked card is; false with errno when the kernel refuses (files open
    /// for writing keep a disk writable).
    bool setReadOnly(bool readOnly) const
    {
        const unsigned long flags = MS_REMOUNT | (readOnly ? MS_RDONLY : 0);
        return ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", flags,
                       nullptr) == 0;
    }

    /// Fills the disk but for about leaveKiB with a file of its own; false when that fails.
    bool fill(qint64 leaveKiB = 0) const
    {
        QFile filler(m_dir.filePath(QStringLiteral(".filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return false;
        const QByteArray block(4096, 'f');
        while (freeKiB() > leaveKiB) {
            if (filler.write(block) != block.size())
                return leaveKiB == 0;
        }
        return true;
    }
    /// Gives the space back.
    void empty() const { QFile::remove(m_dir.filePath(QStringLiteral(".filler"))); }

    qint64 freeKiB() const
    {
        struct statvfs info
        {
        };
        if (::statvfs(QFile::encodeName(m_dir.path()).constData(), &info) != 0)
            return 0;
        return qint64(info.f_bavail) * qint64(info.f_frsize) / 1024;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_why;
};

} // namespace Copydesk::Testing
