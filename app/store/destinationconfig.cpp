// SPDX-License-Identifier: MIT
#include "store/destinationconfig.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Copydesk {

QString destinationKindKey(DestinationKind kind)
{
    switch (kind) {
    case DestinationKind::Folder:
        return u"folder"_s;
    case DestinationKind::WebDav:
        return u"webdav"_s;
    case DestinationKind::Push:
        return u"push"_s;
    case DestinationKind::WordPress:
        return u"wordpress"_s;
    }
    return u"folder"_s;
}

std::optional<DestinationKind> destinationKindFromKey(const QString &key)
{
    for (auto kind : {DestinationKind::Folder, DestinationKind::WebDav, DestinationKind::Push,
                      DestinationKind::WordPress}) {
        if (destinationKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString DestinationConfig::key() const
{
    if (kind == DestinationKind::Folder)
        return u"folder:"_s + QDir::cleanPath(QFileInfo(target).absoluteFilePath());
    return destinationKindKey(kind) + u':' + target;
}

bool DestinationConfig::needsSecret() const
{
    return kind != DestinationKind::Folder;
}

QString DestinationConfig::where() const
{
    return kind == DestinationKind::Folder ? QDir::toNativeSeparators(target) : target;
}

} // namespace Copydesk
