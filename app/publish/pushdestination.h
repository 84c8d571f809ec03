// SPDX-License-Identifier: MIT
#pragma once

#include "publish/remotedestination.h"

namespace Copydesk {

/**
 * A partner's endpoint taking each version's ninjs, the way Superdesk's
 * HTTP push does: the pictures go first to the assets URL (PUT, skipped
 * when a HEAD finds them there), then the ninjs is POSTed as JSON with
 *   Idempotency-Key: <story id>:<version>
 *   X-Copydesk-Signature: sha256=<hex HMAC-SHA256 of the exact body>
 * so that a retry after a crash is recognised as the same delivery and the
 * endpoint knows the body came from the desk. A withdrawal goes out as the
 * ninjs with pubstatus "canceled".
 */
class PushDestination final : public RemoteDestination
{
public:
    PushDestination(DestinationConfig config, Site site, QString secret, HttpOptions options = {});

    QString displayName() const override;
    DeliveryReport deliver(const std::function<Result<Edition>()> &makeEdition,
                           PictureSource &pictures, const DeliveryProgress &progress) override;
    Result<QString> sendTestRequest() override;

    /// The signature header's value for body: "sha256=<hex>".
    static QByteArray signature(const QByteArray &body, const QString &secret);
    /// Where a picture file goes: the assets URL with the file's name.
    QUrl assetUrl(const QString &path) const;
};

} // namespace Copydesk
