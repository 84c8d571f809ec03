// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace Copydesk {

/// Text made safe for element content and quoted attribute values: & < > " ' escaped.
QString escapeHtml(QStringView text);
/// The same for UTF-8 text, appended to out, for writers that build UTF-8 documents.
void appendEscapedHtml(QByteArray &out, QByteArrayView utf8);

/// Where a URL may send a reader.
enum class UrlPolicy {
    Link, ///< http, https and mailto
    Web,  ///< http and https only
};

/**
 * url ready to go between double quotes in an href, or nothing if the policy
 * does not allow its scheme. Relative URLs never pass: a page is read from a
 * preview, a folder and a web server, and they would point somewhere else in
 * each. Leading blanks and control characters, and tabs and line breaks
 * anywhere, are dropped first, as browsers do, so that " java\nscript:" is
 * judged by the scheme a browser would see. Character references must be
 * decoded by the caller (Markdown's parser has done it by then).
 */
std::optional<QByteArray> safeUrlAttribute(QByteArrayView url, UrlPolicy policy);
std::optional<QString> safeUrlAttribute(QStringView url, UrlPolicy policy);

} // namespace Copydesk
