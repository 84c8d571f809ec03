// SPDX-License-Identifier: MIT
#include "publish/remotedestination.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::RemoteDestination)
};

/// A hold over nothing: the outbox keeps deliveries of one story apart.
class OpenHold final : public DestinationHold
{
};

} // namespace

RemoteDestination::RemoteDestination(DestinationConfig config, Site site, QString secret,
                                     HttpOptions options)
    : m_config(std::move(config))
    , m_site(std::move(site))
    , m_secret(std::move(secret))
    , m_client(std::move(options))
{
}

QString RemoteDestination::named(const QString &where) const
{
    return m_config.name.isEmpty() ? where : Text::tr("“%1” (%2)").arg(m_config.name, where);
}

Result<void> RemoteDestination::check()
{
    const QUrl url(m_config.target, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Error{ErrorKind::InvalidInput,
                     Text::tr("The destination “%1” has no usable address: “%2”.")
                             .arg(m_config.name, m_config.target)};
    if (!HttpClient::isSafeAddress(url))
        return Error{
                ErrorKind::InvalidInput,
                Text::tr("The destination “%1” needs an https:// address (plain http is only for "
                         "a server on this machine): “%2”.")
                        .arg(m_config.name, m_config.target)};
    if (m_secret.isEmpty())
        return Error{
                ErrorKind::InvalidInput,
                m_config.secretEnv.isEmpty()
                        ? Text::tr("The destination “%1” has no password or secret: enter it when "
                                   "Copydesk asks, or give it in an environment variable.")
                                  .arg(m_config.name)
                        : Text::tr("The destination “%1” reads its password or secret from the "
                                   "environment variable %2, which is not set.")
                                  .arg(m_config.name, m_config.secretEnv)};
    return {};
}

Result<std::unique_ptr<DestinationHold>> RemoteDestination::hold()
{
    return std::unique_ptr<DestinationHold>(new OpenHold);
}

std::optional<Edition>
RemoteDestination::checkedEdition(const std::function<Result<Edition>()> &makeEdition,
                                  DeliveryReport &report)
{
    if (auto usable = check(); !usable) {
        report.error = usable.error();
        return std::nullopt;
    }
    auto made = makeEdition();
    if (!made) {
        report.error = made.error();
        return std::nullopt;
    }
    return *std::move(made);
}

std::optional<HttpResponse> RemoteDestination::send(const HttpRequest &request,
                                                    const QString &doing, DeliveryReport &report,
                                                    QList<int> accepted)
{
    auto response = m_client.send(request);
    if (!response) {
        report.error = response.error().reworded(
                Text::tr("No answer while %1: %2").arg(doing, response.errorMessage()));
        return std::nullopt;
    }
    if (accepted.contains(response->status))
        return *std::move(response);
    if (auto error = HttpClient::statusError(*response, doing)) {
        report.error = error;
        report.retryAfterMs = HttpClient::retryAfterMs(*response);
        return std::nullopt;
    }
    return *std::move(response);
}

} // namespace Copydesk
