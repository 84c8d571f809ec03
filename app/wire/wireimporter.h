// SPDX-License-Identifier: MIT
#pragma once

#include "story/story.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Copydesk {

/// What the wire-page reader needs besides the text.
struct WireOptions
{
    /// Names the source in messages ("wire.txt", "pasted text").
    QString sourceName;
    /// Relative stamps ("2 min ago") count back from here (UTC); also each
    /// story's created time. Invalid: the current time.
    QDateTime referenceTime;
    /// Absolute stamps ("18 November 2026") are that day's start here.
    QTimeZone timeZone = QTimeZone::systemTimeZone();
};

/// A reason a wire page cannot be imported, with the 1-based line it is on (0: the whole file).
struct WireProblem
{
    QString sourceName;
    int line = 0;
    QString message;

    /// "wire.txt, line 12: …", for people.
    QString text() const;
};

/// What came out of one wire page: every story, or the problems that stop it.
struct WireParseResult
{
    QList<Story> stories;        ///< new drafts; empty when there are problems
    QList<WireProblem> problems; ///< a page with any problem imports nothing
};

/// Wire pages larger than this are refused before parsing; real ones are a few kB.
inline constexpr qsizetype maxWirePageBytes = 4 * 1024 * 1024;

/// Why a page of size bytes (over maxWirePageBytes) is refused, for people.
QString wirePageTooLargeMessage(qint64 size);

/**
 * Reads a wire page (shared/samples/README.md): one or many stories, each
 * a headline, optional lead-photo caption with its credit, the page
 * furniture ("Short Url", "Updated …", "Follow"), the repeated headline,
 * "•" highlight bullets and the body, whose first paragraph opens with the
 * dateline. Never throws, never crashes on any bytes; binary data, invalid
 * UTF-8, oversized input and malformed blocks become problems.
 */
WireParseResult parseWirePage(const QByteArray &bytes, const WireOptions &options);

} // namespace Copydesk
