// SPDX-License-Identifier: MIT
// Compiled into every program that links copydesk_core (an interface source):
// "1 story", "3 stories" come from the English plurals file, so it is loaded
// as each program's QCoreApplication starts, the tests' included.
#include "core/translations.h"

#include <QCoreApplication>

namespace {

void loadEnglishPlurals()
{
    Copydesk::installEnglishPlurals();
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(loadEnglishPlurals)
