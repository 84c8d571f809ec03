// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace Copydesk {

/// What sort of place a destination is.
enum class DestinationKind {
    Folder, ///< a folder a web server serves
    WebDav, ///< a web server taking the site's files over HTTPS (PUT, MKCOL, DELETE)
    Push,   ///< an endpoint taking each version's ninjs as a POST
    /// A WordPress site taking each story as a post through its REST API
    WordPress,
};

QString destinationKindKey(DestinationKind kind);
std::optional<DestinationKind> destinationKindFromKey(const QString &key);

/**
 * A destination as the library keeps it, shared by everyone using the
 * library. Never holds a password or secret: those live in the desktop's
 * secret service, or in the environment variable secretEnv names.
 */
struct DestinationConfig
{
    /// Chosen by the desk, unique in the library: "website", "partner-feed".
    QString name;
    DestinationKind kind = DestinationKind::Folder;
    /// The folder's path, the WebDAV collection's URL, the push endpoint's URL, or the
    /// WordPress site's address.
    QString target;
    /// The WebDAV or WordPress user name.
    QString user;
    /// Where readers find the site's files; empty: the WebDAV URL, or the settings' address.
    QUrl baseUrl;
    /// Where a push endpoint takes pictures; empty: pictures are not sent.
    QUrl assetsUrl;
    /// A WebSub hub told after the feeds change; empty: none.
    QUrl hubUrl;
    /// A CA certificate file (PEM) trusted besides the system's, for a newsroom's own CA.
    QString caFile;
    /// The environment variable holding the password or secret, for servers and scripts.
    QString secretEnv;
    /// An attempt that hears nothing for this long is given up and retried.
    int timeoutSeconds = 30;
    bool enabled = true;
    QDateTime createdAt;

    /// The key its deliveries are recorded under: "folder:/srv/www", "webdav:https://…".
    QString key() const;
    /// Whether it needs a password or secret to deliver.
    bool needsSecret() const;
    /// Where it is, for people: the folder or the URL.
    QString where() const;
};

} // namespace Copydesk
