// SPDX-License-Identifier: MIT
#pragma once

// The copydesk-cli commands, each taking its own arguments (its name
// first). Internal to cli/; cli.cpp lists them and dispatches.

#include "cli/clicommon.h"

#include <QStringList>

namespace Copydesk::Cli {

// storycommands.cpp
int importWire(Context &context, const QStringList &arguments);
int listStories(Context &context, const QStringList &arguments);
int searchStories(Context &context, const QStringList &arguments);
int exportStory(Context &context, const QStringList &arguments);
int setFields(Context &context, const QStringList &arguments);
int attachPhoto(Context &context, const QStringList &arguments);

// publishcommands.cpp
int publishStory(Context &context, const QStringList &arguments);
int republishStory(Context &context, const QStringList &arguments);
int withdrawStory(Context &context, const QStringList &arguments);
int scheduleStory(Context &context, const QStringList &arguments);
int unscheduleStory(Context &context, const QStringList &arguments);
int embargoStory(Context &context, const QStringList &arguments);
int publishDue(Context &context, const QStringList &arguments);
int deliver(Context &context, const QStringList &arguments);

// destinationcommands.cpp
int destinationCommand(Context &context, const QStringList &arguments);
int showQueue(Context &context, const QStringList &arguments);
int importWordPress(Context &context, const QStringList &arguments);

// settingscommands.cpp
int settingsCommand(Context &context, const QStringList &arguments);

// historycommands.cpp
int showHistory(Context &context, const QStringList &arguments);
int diffVersions(Context &context, const QStringList &arguments);
int restoreVersion(Context &context, const QStringList &arguments);

// recovercommands.cpp: runs before the library is opened, which may fail.
int recoverEdits(const QString &libraryPath, const QStringList &arguments, QTextStream &out,
                 QTextStream &err);

// backupcommands.cpp: a copy works on the library file, opened or not.
int backupLibrary(const QString &libraryPath, const QStringList &arguments, QTextStream &out,
                  QTextStream &err);
int restoreBackup(const QString &libraryPath, const QStringList &arguments, QTextStream &out,
                  QTextStream &err);
// library copy FROM TO: names both libraries itself.
int libraryCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Copydesk::Cli
