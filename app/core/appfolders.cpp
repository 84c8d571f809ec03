// SPDX-License-Identifier: MIT
#include "core/appfolders.h"

#include "core/allocator.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// Where settings went while the organisation was only a domain.
constexpr QLatin1StringView earlierOrganization("copydesk.example");

} // namespace

void setUpApplication()
{
    tuneAllocator();
    QCoreApplication::setApplicationName(u"Copydesk"_s);
    QCoreApplication::setOrganizationName(u"Copydesk"_s);
    QCoreApplication::setOrganizationDomain(u"copydesk.example"_s);
    const QString now = QSettings().fileName();
    const QString earlier =
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u'/' +
            earlierOrganization + u'/' + QCoreApplication::applicationName() + u".conf"_s;
    if (QFile::exists(now) || !QFile::exists(earlier) || now == earlier)
        return;
    QDir().mkpath(QFileInfo(now).absolutePath());
    if (QFile::copy(earlier, now))
        qCInfo(lcUi).noquote() << "Settings moved from" << earlier << "to" << now;
    else
        qCWarning(lcUi).noquote() << "Could not copy the settings from" << earlier << "to" << now;
}

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/' +
            QCoreApplication::applicationName();
}

QString configFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u'/' +
            QCoreApplication::applicationName();
}

} // namespace Copydesk
