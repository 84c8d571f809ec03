// SPDX-License-Identifier: MIT
#pragma once

#include "publish/remotedestination.h"

#include <QSet>

namespace Copydesk {

/**
 * A web server taking the site's files over HTTPS with WebDAV: the same
 * files as a folder (pictures and renditions, ninjs, pages, pointers under
 * earlier slugs, both feeds), uploaded with PUT under the collection's
 * URL, parent collections made with MKCOL when the server says they are
 * missing, old files removed with DELETE. Pictures first (skipped when a
 * HEAD finds them: their names are their contents' hashes), the page
 * next, the feeds last, so a reader never follows a link to a file that
 * is not there yet.
 */
class WebDavDestination final : public RemoteDestination
{
public:
    WebDavDestination(DestinationConfig config, Site site, QString password,
                      HttpOptions options = {});

    QString displayName() const override;
    DeliveryReport deliver(const std::function<Result<Edition>()> &makeEdition,
                           PictureSource &pictures, const DeliveryProgress &progress) override;
    Result<QString> sendTestRequest() override;

    /// The collection's URL for a path relative to the site.
    QUrl fileUrl(const QString &path) const;

private:
    /// PUTs bytes at path, making missing parent collections first.
    bool put(const QString &path, const QByteArray &bytes, const QString &contentType,
             DeliveryReport &report);
    bool makeCollections(const QString &path, DeliveryReport &report);

    /// Collections known to be there, so each is made at most once.
    QSet<QString> m_collections;
};

} // namespace Copydesk
