// SPDX-License-Identifier: MIT
#include "publish/destinationset.h"

#include "core/logging.h"
#include "feeds/feedtext.h"
#include "publish/folderdestination.h"
#include "publish/httpclient.h"
#include "publish/pushdestination.h"
#include "publish/webdavdestination.h"
#include "publish/wordpressdestination.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::DestinationSet)
};

} // namespace

Site DestinationSet::siteFor(const DestinationConfig &config, const PublishSettings &settings)
{
    Site site = settings.site(config.kind == DestinationKind::Folder ? config.target : QString());
    if (PublishSettings::isUsableBaseUrl(config.baseUrl))
        return site.withBaseUrl(config.baseUrl);
    // A WebDAV collection is usually served at the address it is uploaded to,
    // a WordPress site at its own.
    if (config.kind == DestinationKind::WebDav || config.kind == DestinationKind::WordPress)
        return site.withBaseUrl(QUrl(config.target));
    return site;
}

HttpOptions DestinationSet::httpOptions(const DestinationConfig &config)
{
    HttpOptions options;
    options.caFile = config.caFile;
    options.timeoutMs = qBound(1, config.timeoutSeconds, 3600) * 1000;
    return options;
}

std::unique_ptr<Destination> DestinationSet::make(const DestinationConfig &config,
                                                  const PublishSettings &settings,
                                                  const QString &secret)
{
    const Site site = siteFor(config, settings);
    HttpOptions options = httpOptions(config);
    std::unique_ptr<Destination> made;
    switch (config.kind) {
    case DestinationKind::Folder:
        made = std::make_unique<FolderDestination>(config.target, site, config.name);
        break;
    case DestinationKind::WebDav:
        options.user = config.user;
        options.password = secret;
        made = std::make_unique<WebDavDestination>(config, site, secret, options);
        break;
    case DestinationKind::Push:
        made = std::make_unique<PushDestination>(config, site, secret, options);
        break;
    case DestinationKind::WordPress:
        made = std::make_unique<WordPressDestination>(config, site, secret, options);
        break;
    }
    if (config.hubUrl.isValid() && !config.hubUrl.isEmpty())
        made = std::make_unique<WebSubNotifier>(std::move(made), config.hubUrl, config.caFile);
    return made;
}

Result<DestinationSet> DestinationSet::load(StoryStore &store, const PublishSettings &settings,
                                            const SecretLookup &secrets)
{
    const auto configs = store.destinations();
    if (!configs)
        return configs.error();
    DestinationSet set;
    if (configs->isEmpty()) {
        set.m_fromSettings = true;
        set.m_destinations.push_back(
                std::make_unique<FolderDestination>(settings.folder, settings.site()));
        return set;
    }
    for (const DestinationConfig &config : *configs) {
        if (!config.enabled)
            continue;
        QString secret;
        if (config.needsSecret() && secrets) {
            const auto found = secrets(config);
            if (found)
                secret = *found;
            else
                qCWarning(lcPublish).noquote() << found.errorMessage();
        }
        set.m_destinations.push_back(make(config, settings, secret));
    }
    return set;
}

DestinationSet DestinationSet::of(const DestinationConfig &config, const PublishSettings &settings,
                                  const QString &secret)
{
    DestinationSet set;
    set.m_destinations.push_back(make(config, settings, secret));
    return set;
}

QList<Destination *> DestinationSet::active() const
{
    QList<Destination *> list;
    for (const auto &destination : m_destinations)
        list.append(destination.get());
    return list;
}

class WebSubNotifier::Client
{
public:
    explicit Client(HttpOptions options)
        : http(std::move(options))
    {
    }
    HttpClient http;
};

WebSubNotifier::WebSubNotifier(std::unique_ptr<Destination> inner, QUrl hub, QString caFile)
    : m_inner(std::move(inner))
    , m_hub(std::move(hub))
{
    HttpOptions options;
    options.caFile = std::move(caFile);
    m_client = std::make_unique<Client>(options);
}

WebSubNotifier::~WebSubNotifier() = default;

Result<QString> WebSubNotifier::sendTestRequest()
{
    return m_inner->sendTestRequest();
}

DeliveryReport WebSubNotifier::deliver(const std::function<Result<Edition>()> &makeEdition,
                                       PictureSource &pictures, const DeliveryProgress &progress)
{
    DeliveryReport report = m_inner->deliver(makeEdition, pictures, progress);
    if (!report.ok())
        return report;
    for (const char *feed : {Site::atomFeedPath, Site::jsonFeedPath}) {
        const QString path = QString::fromLatin1(feed);
        if (!report.written.contains(path))
            continue;
        QUrlQuery form;
        form.addQueryItem(u"hub.mode"_s, u"publish"_s);
        form.addQueryItem(u"hub.url"_s, FeedText::urlText(site().url(path)));
        const auto response =
                m_client->http.send({"POST",
                                     m_hub,
                                     {{"Content-Type", "application/x-www-form-urlencoded"}},
                                     form.toString(QUrl::FullyEncoded).toUtf8()});
        const QString doing =
                Text::tr("telling the WebSub hub %1 about %2").arg(m_hub.toString(), path);
        if (!response) {
            report.error = response.error().reworded(doing + u": "_s + response.errorMessage());
            return report;
        }
        if (auto error = HttpClient::statusError(*response, doing)) {
            report.error = error;
            report.retryAfterMs = HttpClient::retryAfterMs(*response);
            return report;
        }
    }
    return report;
}

} // namespace Copydesk
