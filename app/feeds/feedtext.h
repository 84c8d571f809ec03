// SPDX-License-Identifier: MIT
#pragma once

#include "feeds/site.h"
#include "story/story.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Copydesk {

/**
 * The pieces of a story every output agrees on, so that ninjs, Atom and
 * JSON Feed say the same thing in their own syntax. Internal to feeds/.
 */
namespace FeedText {

/// An RFC 3339 UTC timestamp with 'Z' ("2026-11-18T11:58:00Z"); empty when
/// the time is not set or its year lies outside 0000–9999, which RFC 3339
/// cannot write.
QString rfc3339(const QDateTime &at);
/// True when text is an RFC 3339 date-time as rfc3339() and feed consumers write it.
bool isRfc3339(QStringView text);

/// The time an entry says it was last updated: the last major update, or
/// the first publication, or the creation, whichever is set first.
QDateTime entryUpdated(const Story &story);

/// The headline as it goes out: trimmed.
QString headline(const Story &story);
/// The highlight bullets, trimmed, without empty ones. A withdrawn story
/// has none: nothing of a killed story goes out but its headline and the
/// notice that it was withdrawn.
QStringList highlights(const Story &story);
/// The photos that go out: those with a picture; none for a withdrawn story.
QList<Photo> photos(const Story &story);
std::optional<Photo> leadPhoto(const Story &story);
/// The section, tags and Media Topic codes that go out; none for a withdrawn story.
QString section(const Story &story);
QStringList tags(const Story &story);
QStringList subjects(const Story &story);
/// The bullets as one plain-text summary, one per line.
QString summary(const Story &story);
/// The dateline without the colon the page adds: "MOSCOW".
QString located(const Story &story);
/// The byline as a person's name for Atom and JSON Feed authors: a
/// leading "By " is the page's wording, not part of the name.
QString authorName(const Story &story);

/// The credit as the page shows it inside its parentheses: "Agency/Photographer".
QString credit(const Photo &photo);
/// The agency part of a credit ("Agency" of "Agency/Photographer"), which
/// holds the copyright of a wire picture.
QString copyrightHolder(const Photo &photo);

/// The widest picture file of a photo, if it has one.
std::optional<Rendition> largestRendition(const Site &site, const Photo &photo);

/// The text a reader sees in body HTML: tags dropped, character references
/// decoded, white space collapsed. For character and word counts.
QString plainText(QStringView html);
/// Unicode code points, as consumers count characters (not UTF-16 units).
int characterCount(QStringView text);

/// text without the characters XML 1.0 forbids (controls other than tab
/// and line breaks, lone surrogates, U+FFFE and U+FFFF), which would make
/// a feed unreadable to every parser.
QString xmlSafe(const QString &text);

/// A URL as it goes into a document: fully percent-encoded.
QString urlText(const QUrl &url);

} // namespace FeedText

} // namespace Copydesk
