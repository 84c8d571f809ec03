// SPDX-License-Identifier: MIT
// copydesk-cli: the command-line face of the Copydesk library.
#include "cli/cli.h"
#include "core/appfolders.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Scripts read standard error for failures; progress notes stay out of it.
    QLoggingCategory::setFilterRules(QStringLiteral("copydesk.*.info=false"));
    Copydesk::setUpApplication();
    QCoreApplication::setApplicationVersion(QStringLiteral(COPYDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = Copydesk::runCli(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
