// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Copydesk {

/**
 * The languages Copydesk speaks: English, whose plural forms ("1 story",
 * "3 stories") come from a translation file of their own, and Arabic.
 *
 * installTranslations loads the English plurals, then Qt's own strings and
 * Copydesk's for the language (a BCP 47 tag; empty: the system's), and
 * returns the language it now speaks. Under Arabic Qt lays the windows out
 * right to left. Installing again replaces what an earlier call loaded.
 */
QString installTranslations(const QString &language);

/// The tags installTranslations knows, English first.
QStringList translatedLanguages();

/// The language's own name for itself ("English", "العربية").
QString languageName(const QString &language);

/// Loads only the English plurals; every program does so as it starts.
void installEnglishPlurals();

} // namespace Copydesk
