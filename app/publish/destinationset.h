// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "publish/destination.h"
#include "publish/httpclient.h"
#include "publish/publishsettings.h"
#include "store/destinationconfig.h"
#include "store/storystore.h"

#include <QList>

#include <functional>
#include <memory>
#include <vector>

namespace Copydesk {

/// Gives a destination's password or secret (Secrets::read, or the window's cache).
using SecretLookup = std::function<Result<QString>(const DestinationConfig &)>;

/**
 * The destinations a library publishes to, made from its records: each
 * enabled one, with its site address, password or secret, CA file and
 * WebSub hub. A library that has no destination recorded publishes to the
 * folder in the publishing settings, as a new desk expects.
 */
class DestinationSet
{
public:
    /**
     * Reads the library's destinations and makes the enabled ones. A
     * destination whose secret cannot be had is still made (its delivery
     * fails saying why, and is retried once the secret is there).
     */
    static Result<DestinationSet> load(StoryStore &store, const PublishSettings &settings,
                                       const SecretLookup &secrets);
    /// One destination from its record, for "Send a test request" and the CLI's test.
    static std::unique_ptr<Destination>
    make(const DestinationConfig &config, const PublishSettings &settings, const QString &secret);
    /// A set of the one destination config describes.
    static DestinationSet of(const DestinationConfig &config, const PublishSettings &settings,
                             const QString &secret = {});
    /// How a destination's server is reached: its CA file and timeout (no password yet).
    static HttpOptions httpOptions(const DestinationConfig &config);
    /// The site a destination publishes: the settings' with its address.
    static Site siteFor(const DestinationConfig &config, const PublishSettings &settings);

    DestinationSet() = default;
    DestinationSet(DestinationSet &&) = default;
    DestinationSet &operator=(DestinationSet &&) = default;

    /// The active destinations, owned by this set.
    QList<Destination *> active() const;
    /// True when these came from the settings' folder (the library records none).
    bool fromSettings() const { return m_fromSettings; }

private:
    std::vector<std::unique_ptr<Destination>> m_destinations;
    bool m_fromSettings = false;
};

/**
 * Tells a WebSub hub when the feeds of a destination change: after a
 * delivery that wrote a feed, a hub.mode=publish ping for each feed URL.
 * A ping the hub refuses fails the delivery like any other step (it is
 * retried; the files it sends again are the same).
 */
class WebSubNotifier final : public Destination
{
public:
    WebSubNotifier(std::unique_ptr<Destination> inner, QUrl hub, QString caFile);
    ~WebSubNotifier() override;

    QString key() const override { return m_inner->key(); }
    QString displayName() const override { return m_inner->displayName(); }
    const Site &site() const override { return m_inner->site(); }
    Result<void> check() override { return m_inner->check(); }
    bool waitsForSecret() const override { return m_inner->waitsForSecret(); }
    bool takesPosts() const override { return m_inner->takesPosts(); }
    Result<QString> sendTestRequest() override;
    DeliveryReport deliver(const std::function<Result<Edition>()> &makeEdition,
                           PictureSource &pictures, const DeliveryProgress &progress) override;
    Result<std::unique_ptr<DestinationHold>> hold() override { return m_inner->hold(); }

private:
    std::unique_ptr<Destination> m_inner;
    QUrl m_hub;
    class Client;
    std::unique_ptr<Client> m_client;
};

} // namespace Copydesk
