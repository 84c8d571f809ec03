// SPDX-License-Identifier: MIT
#pragma once

// Golden-file comparison for exporters: bytes against a file under
// tests/data/, a unified diff on a mismatch, and COPYDESK_UPDATE_GOLDEN=1
// (set by tests/data/update-golden.sh) to rewrite the file instead.

#include <QByteArray>
#include <QDebug>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace Copydesk::Golden {

using namespace Qt::StringLiterals;

inline QString path(const QString &relativePath)
{
    return QStringLiteral(COPYDESK_TEST_DATA_DIR) + u'/' + relativePath;
}

/// Compares actual with the golden file; a mismatch fails the calling test with a diff.
inline void compare(const QString &relativePath, const QByteArray &actual)
{
    const QString file = path(relativePath);
    static const QString regenerate = u"tests/data/update-golden.sh [BUILD_DIR]"_s;
    if (qEnvironmentVariableIntValue("COPYDESK_UPDATE_GOLDEN") == 1) {
        QSaveFile out(file);
        QVERIFY2(out.open(QIODevice::WriteOnly), qPrintable(out.errorString()));
        out.write(actual);
        QVERIFY2(out.commit(), qPrintable(out.errorString()));
        qInfo().noquote() << "Updated" << file;
        return;
    }

    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        QFAIL(qPrintable(u"No golden file "_s + file + u"; create it with "_s + regenerate));
    const QByteArray expected = in.readAll();
    if (expected == actual)
        return;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSaveFile actualFile(dir.filePath(u"actual"_s));
    QVERIFY(actualFile.open(QIODevice::WriteOnly));
    actualFile.write(actual);
    QVERIFY(actualFile.commit());
    QProcess diff;
    diff.start(u"diff"_s,
               {u"-u"_s, u"--label"_s, u"expected "_s + file, u"--label"_s, u"actual"_s, file,
                actualFile.fileName()});
    if (diff.waitForFinished())
        qWarning().noquote() << QString::fromUtf8(diff.readAllStandardOutput());
    else
        qWarning().noquote() << "Actual output:\n" << QString::fromUtf8(actual);
    QFAIL(qPrintable(u"The output differs from "_s + file +
                     u"; if the change is intended, regenerate the golden files with "_s +
                     regenerate));
}

} // namespace Copydesk::Golden
