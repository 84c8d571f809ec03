// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Copydesk {

/**
 * Markdown for the HTML of a post written elsewhere (a CMS's editor):
 * paragraphs, headings, lists, quotes, line breaks, bold, italics, code and
 * links. Pictures, figures, scripts, styles, forms and embedded frames are
 * left out (a story's pictures are its photos); any other tag keeps its
 * text. Characters Markdown would read as markup are escaped, so the text
 * reads as it did. Tolerates broken HTML: it never fails, and its cost is
 * linear in the input.
 */
QString htmlToMarkdown(const QString &html);

/// The text of an HTML fragment, tags dropped and entities decoded, blocks as lines.
QString htmlToPlainText(const QString &html);

} // namespace Copydesk
