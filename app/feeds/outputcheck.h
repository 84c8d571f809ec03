// SPDX-License-Identifier: MIT
#pragma once

#include "feeds/site.h"
#include "story/story.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Copydesk {

enum class OutputFormat { Ninjs, Atom, JsonFeed };

/// Something in an output a feed consumer would reject or show badly.
struct OutputFinding
{
    enum class Severity { Warning, Error };
    OutputFormat format = OutputFormat::Ninjs;
    Severity severity = Severity::Warning;
    QString message; ///< says what is wrong and what to change, for people
};

/**
 * Checks what would go out for a story: the generated ninjs against the
 * rules of the ninjs 2.2 schema that a story can break (required and typed
 * properties, formats of dates and URIs, no unknown root properties), the
 * Atom entry for well-formed XML and RFC 4287's required elements, and the
 * JSON Feed item for the 1.1 required members. Empty when all is well.
 */
QList<OutputFinding> checkOutputs(const Story &story, const Site &site);

/**
 * What is wrong with a site address readers would follow: one on this disk
 * (file://) or a placeholder host (RFC 2606). None when it is a web address.
 */
std::optional<QString> siteAddressProblem(const QUrl &address);

} // namespace Copydesk
