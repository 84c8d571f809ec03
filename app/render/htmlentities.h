// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace Copydesk {

/**
 * The text an HTML character reference such as "&amp;", "&#106;" or "&#x6A;"
 * stands for, as UTF-8; empty if it is not one the HTML standard knows.
 * Numeric references to code points that cannot appear in text give U+FFFD,
 * as CommonMark asks.
 */
QByteArray decodeCharacterReference(QByteArrayView reference);

/// text with every character reference it holds decoded; one the HTML standard does not know
/// stays as written.
QString decodeCharacterReferences(QStringView text);

} // namespace Copydesk
