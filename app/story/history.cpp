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

QString tr(const char *text)
{
    return QCoreApplication::translate("Copydesk::History", text);
}

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
        return tr("First publication");
    case PublicationKind::Minor:
        return tr("Minor update");
    case PublicationKind::Major:
        return tr("Major update");
    case PublicationKind::Correction:
        return tr("Correction");
    case PublicationKind::Withdraw:
        return tr("Withdrawal");
    case PublicationKind::Republish:
        return tr("Republication");
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
        return tr("Saved");
    case RevisionKind::Import:
        return tr("Imported");
    case RevisionKind::Schedule:
        return tr("Scheduled");
    case RevisionKind::Unschedule:
        return tr("Unscheduled");
    case RevisionKind::Publish:
        return tr("Published");
    case RevisionKind::Minor:
        return tr("Minor update");
    case RevisionKind::Major:
        return tr("Major update");
    case RevisionKind::Correction:
        return tr("Correction");
    case RevisionKind::Withdraw:
        return tr("Withdrawn");
    case RevisionKind::Republish:
        return tr("Republished");
    case RevisionKind::Restore:
        return tr("Restored");
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
