// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Copydesk {

/**
 * Any script in Latin letters, then those letters in plain ASCII, by ICU's
 * "Any-Latin; Latin-ASCII": "Straße in Köln" gives "Strasse in Koln",
 * "Αθήνα" "Athena", an Arabic headline its romanisation. Text ICU cannot
 * take is given back unchanged.
 */
QString toLatinAscii(const QString &text);

} // namespace Copydesk
