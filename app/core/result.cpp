// SPDX-License-Identifier: MIT
#include "core/result.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {
constexpr std::array<std::pair<ErrorKind, QStringView>, 6> kindKeys{{
        {ErrorKind::Conflict, u"conflict"},
        {ErrorKind::InvalidInput, u"invalid-input"},
        {ErrorKind::NotFound, u"not-found"},
        {ErrorKind::Io, u"io"},
        {ErrorKind::Transient, u"transient"},
        {ErrorKind::Permanent, u"permanent"},
}};
} // namespace

QString errorKindKey(ErrorKind kind)
{
    for (const auto &[k, key] : kindKeys) {
        if (k == kind)
            return key.toString();
    }
    return u"permanent"_s;
}

std::optional<ErrorKind> errorKindFromKey(const QString &key)
{
    for (const auto &[kind, k] : kindKeys) {
        if (k == key)
            return kind;
    }
    return std::nullopt;
}

} // namespace Copydesk
