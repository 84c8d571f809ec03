// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace Copydesk {

/// How a Markdown body is turned into HTML.
struct MarkdownOptions
{
    /// Added to every heading's level (h6 at most), so that a body's "# Subhead"
    /// does not compete with the page's own <h1>.
    int headingLevelShift = 0;
};

/**
 * A story body (CommonMark with GFM tables, strikethrough and autolinks) as
 * an HTML fragment that is safe to show anywhere: raw HTML in the body stays
 * visible as text, links go only to http, https and mailto, and images become
 * links (or just their alt text), so that nothing loads from elsewhere.
 *
 * Markup is limited to what both browsers and Qt's rich text engine show,
 * which is why strikethrough is <s>. A body that opens with a paragraph gives
 * HTML that opens with exactly "<p>"; the story page relies on that.
 *
 * Pure and reentrant: safe to call from several threads at once.
 */
QString renderMarkdown(QStringView markdown, const MarkdownOptions &options = {});

} // namespace Copydesk
