// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Copydesk {

/**
 * How a story goes out, or comes back in. A first publication dates the
 * story; a minor update (a typo) goes out without moving the readers'
 * "Updated" stamp; a major update and a correction move it and carry a note
 * readers see; a withdrawal (a kill) takes the story off the feeds and puts
 * a notice with its reason where the page was; a republication brings a
 * withdrawn story back.
 */
enum class PublicationKind { First, Minor, Major, Correction, Withdraw, Republish };

QString publicationKindKey(PublicationKind kind); ///< "first", "minor" … for the library and the CLI
std::optional<PublicationKind> publicationKindFromKey(const QString &key);
QString publicationKindDisplayName(PublicationKind kind); ///< translated, for people

/// What made a saved version, as the history lists it.
enum class RevisionKind {
    Save,
    Import,
    Schedule,
    Unschedule,
    Publish,
    Minor,
    Major,
    Correction,
    Withdraw,
    Republish,
    Restore,
};

QString revisionKindKey(RevisionKind kind);
std::optional<RevisionKind> revisionKindFromKey(const QString &key);
QString revisionKindDisplayName(RevisionKind kind);
/// The history entry a publication of this kind makes.
RevisionKind revisionKindFor(PublicationKind kind);

/// Who did it and why, recorded with a saved version.
struct RevisionStamp
{
    RevisionKind kind = RevisionKind::Save;
    /// Who saved; empty means the operating-system user running Copydesk.
    QString author;
    /// The update or correction note, the withdrawal reason, what a restore came from …
    QString note;
};

/// An earlier saved version of a story, as the history lists it.
struct RevisionInfo
{
    int version = 0;
    QDateTime savedAt;
    QString headline;
    RevisionKind kind = RevisionKind::Save;
    QString author;
    QString note;
};

/// The operating-system user name, which a saved version records until the desk has accounts.
QString currentAuthor();

} // namespace Copydesk
