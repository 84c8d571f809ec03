// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

QT_BEGIN_NAMESPACE
class QTextStream;
QT_END_NAMESPACE

namespace Copydesk {

/**
 * copydesk-cli: the library for scripts, cron and tests. Takes the whole
 * argument list (program name first), writes results to out and problems
 * to err, and returns the process exit code: 0 on success, 1 when the
 * work failed, 2 when the command line was wrong.
 */
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Copydesk
