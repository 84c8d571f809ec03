// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "store/storystore.h"
#include "wire/wireimporter.h"

#include <QList>
#include <QString>

namespace Copydesk {

/// How one file of a batch went.
struct WireFileOutcome
{
    QString path;
    QList<Story> imported;       ///< as stored; empty when refused
    QList<WireProblem> problems; ///< why nothing was imported from it
    bool ok() const { return problems.isEmpty(); }
};

/**
 * Reads a wire page file and stores all its stories in one transaction
 * (StoryStore::saveStories): either every story of the file is in the
 * library afterwards, or none is and the problems say why. A file over
 * maxWirePageBytes is refused without being read whole.
 */
WireFileOutcome importWireFile(StoryStore &store, const QString &path, WireOptions options);

/// The same for text that did not come from a file (a paste, a drop of text).
WireFileOutcome importWireText(StoryStore &store, const QByteArray &bytes,
                               const WireOptions &options);

} // namespace Copydesk
