// SPDX-License-Identifier: MIT
#include "story/history.h"

#include <QCoreApplication>

#include <array>
#include <utility>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::History)
};

constexpr std::array<std::pair<PublicationKind, QStringView>, 6> publicationKeys{{
        {PublicationKind::First, u"first"},
        {PublicationKind::Minor, u"minor"},
        {PublicationKind::Major, u"major"},
        {PublicationKind::Correction, u"correction"},
        {PublicationKind::Withdraw, u"withdraw"},
        {PublicationKind::Republish, u"republish"},
}};

constexpr std::array<std::pair<RevisionKind, QStringView>, 11> revisionKeys{{
        {RevisionKind::Save, u"save"},
        {RevisionKind::Import, u"import"},
        {RevisionKind::Schedule, u"schedule"},
        {RevisionKind::Unschedule, u"unschedule"},
        {RevisionKind::Publish, u"publish"},
        {RevisionKind::Minor, u"minor"},
        {RevisionKind::Major, u"major"},
        {RevisionKind::Correction, u"correction"},
        {RevisionKind::Withdraw, u"withdraw"},
        {RevisionKind::Republish, u"republish"},
        {RevisionKind::Restore, u"restore"},
}};

template<typename Kind, std::size_t N>
QString keyOf(const std::array<std::pair<Kind, QStringView>, N> &keys, Kind kind)
{
    for (const auto &[k, key] : keys) {
        if (k == kind)
            return key.toString();
    }
    return keys.front().second.toString();
}

template<typename Kind, std::size_t N>
std::optional<Kind> kindOf(const std::array<std::pair<Kind, QStringView>, N> &keys,
                           const QString &key)
{
    for (const auto &[kind, k] : keys) {
        if (k == key)
            return kind;
    }
    return std::nullopt;
}

} // namespace

QString publicationKindKey(PublicationKind kind)
{
    return keyOf(publicationKeys, kind);
}

std::optional<PublicationKind> publicationKindFromKey(const QString &key)
{
    return kindOf(publicationKeys, key);
}

QString publicationKindDisplayName(PublicationKind kind)
{
    switch (kind) {
    case PublicationKind::First:
        return Text::tr("First publication");
    case PublicationKind::Minor:
        return Text::tr("Minor update");
    case PublicationKind::Major:
        return Text::tr("Major update");
    case PublicationKind::Correction:
        return Text::tr("Correction");
    case PublicationKind::Withdraw:
        return Text::tr("Withdrawal");
    case PublicationKind::Republish:
        return Text::tr("Republication");
    }
    return {};
}

QString revisionKindKey(RevisionKind kind)
{
    return keyOf(revisionKeys, kind);
}

std::optional<RevisionKind> revisionKindFromKey(const QString &key)
{
    return kindOf(revisionKeys, key);
}

QString revisionKindDisplayName(RevisionKind kind)
{
    switch (kind) {
    case RevisionKind::Save:
        return Text::tr("Saved");
    case RevisionKind::Import:
        return Text::tr("Imported");
    case RevisionKind::Schedule:
        return Text::tr("Scheduled");
    case RevisionKind::Unschedule:
        return Text::tr("Unscheduled");
    case RevisionKind::Publish:
        return Text::tr("Published");
    case RevisionKind::Minor:
        return Text::tr("Minor update");
    case RevisionKind::Major:
        return Text::tr("Major update");
    case RevisionKind::Correction:
        return Text::tr("Correction");
    case RevisionKind::Withdraw:
        return Text::tr("Withdrawn");
    case RevisionKind::Republish:
        return Text::tr("Republished");
    case RevisionKind::Restore:
        return Text::tr("Restored");
    }
    return {};
}

RevisionKind revisionKindFor(PublicationKind kind)
{
    switch (kind) {
    case PublicationKind::First:
        return RevisionKind::Publish;
    case PublicationKind::Minor:
        return RevisionKind::Minor;
    case PublicationKind::Major:
        return RevisionKind::Major;
    case PublicationKind::Correction:
        return RevisionKind::Correction;
    case PublicationKind::Withdraw:
        return RevisionKind::Withdraw;
    case PublicationKind::Republish:
        return RevisionKind::Republish;
    }
    return RevisionKind::Save;
}

QString currentAuthor()
{
    // Looked up once a process: an import asks for every story it saves.
    static const QString author = [] {
        // The password database first: $USER is unset under cron and systemd.
        if (const passwd *entry = ::getpwuid(::geteuid());
            entry && entry->pw_name && *entry->pw_name)
            return QString::fromLocal8Bit(entry->pw_name);
        const QString user = qEnvironmentVariable("USER");
        return user.isEmpty() ? u"unknown"_s : user;
    }();
    return author;
}

} // namespace Copydesk
