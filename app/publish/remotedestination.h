// SPDX-License-Identifier: MIT
#pragma once

#include "publish/destination.h"
#include "publish/httpclient.h"
#include "store/destinationconfig.h"

namespace Copydesk {

/**
 * What the destinations on another machine share: the library's record of
 * them, the site they publish, the password or secret, and one HTTP
 * client. Deliveries
 * to one take turns through the outbox, which hands a story to one worker
 * at a time, so a hold keeps nothing else out.
 */
class RemoteDestination : public Destination
{
public:
    QString key() const override { return m_config.key(); }
    const Site &site() const override { return m_site; }
    Result<void> check() override;
    bool waitsForSecret() const override { return m_secret.isEmpty(); }
    Result<std::unique_ptr<DestinationHold>> hold() override;

    const DestinationConfig &config() const { return m_config; }

protected:
    /// secret: the password (WebDAV) or the signing secret (push endpoint).
    RemoteDestination(DestinationConfig config, Site site, QString secret, HttpOptions options);

    /**
     * Sends a request and turns a network failure or an HTTP error status
     * into the report's error (with Retry-After); doing names the step in
     * the message. Returns the response only when it succeeded, or when its
     * status is among accepted.
     */
    /// where with the destination's name, when it has one: "“partner” (the push endpoint …)".
    QString named(const QString &where) const;

    /**
     * Checks that it can deliver, then makes the edition: none when either
     * fails, with the report's error saying why.
     */
    std::optional<Edition> checkedEdition(const std::function<Result<Edition>()> &makeEdition,
                                          DeliveryReport &report);

    std::optional<HttpResponse> send(const HttpRequest &request, const QString &doing,
                                     DeliveryReport &report, QList<int> accepted = {});

    DestinationConfig m_config;
    Site m_site;
    QString m_secret;
    HttpClient m_client;
};

} // namespace Copydesk
