// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Copydesk {

/**
 * "1 story" or "3 stories". Qt's "%n story(ies)" needs a translation file
 * even for English, which the app does not ship; callers pass both forms
 * through tr() so translators still see them.
 */
inline QString counted(qsizetype n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}

} // namespace Copydesk
