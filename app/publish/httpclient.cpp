// SPDX-License-Identifier: MIT
#include "publish/httpclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::HttpClient)
};

/// The server's own words from an error answer: its text without markup, shortened.
QString serverWords(const HttpResponse &response)
{
    QString text = QString::fromUtf8(response.body.left(4096));
    static const QRegularExpression markup(u"<[^>]*>"_s);
    static const QRegularExpression space(u"\\s+"_s);
    if (response.headers.value("content-type").contains("html"))
        text.remove(markup);
    text = text.replace(space, u" "_s).trimmed();
    if (text.size() > 300)
        text = text.left(299) + u'…';
    return text;
}

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

} // namespace

HttpClient::HttpClient(HttpOptions options)
    : m_options(std::move(options))
{
}

HttpClient::~HttpClient() = default;

bool HttpClient::isSafeAddress(const QUrl &url)
{
    if (url.scheme() == u"https"_s)
        return true;
    if (url.scheme() != u"http"_s)
        return false;
    if (url.host() == u"localhost"_s)
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

Result<void> HttpClient::prepare()
{
    if (m_prepared)
        return {};
    if (!m_options.caFile.isEmpty()) {
        if (!QFileInfo(m_options.caFile).isReadable())
            return Error{
                    ErrorKind::Permanent,
                    Text::tr("The CA certificate file %1 cannot be read.").arg(m_options.caFile)};
        m_caCertificates = QSslCertificate::fromPath(m_options.caFile, QSsl::Pem);
        if (m_caCertificates.isEmpty())
            return Error{ErrorKind::Permanent,
                         Text::tr("The CA certificate file %1 holds no PEM certificate.")
                                 .arg(m_options.caFile)};
    }
    m_manager = std::make_unique<QNetworkAccessManager>();
    // A newsroom's proxy settings come from the environment as usual; a
    // password is never handed to a redirect's other host.
    m_manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_prepared = true;
    return {};
}

Result<HttpResponse> HttpClient::send(const HttpRequest &request)
{
    if (auto ready = prepare(); !ready)
        return ready.error();
    QNetworkRequest networkRequest(request.url);
    networkRequest.setTransferTimeout(m_options.timeoutMs);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                                QNetworkRequest::AlwaysNetwork);
    if (request.url.scheme() == u"https"_s) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_caCertificates.isEmpty())
            tls.addCaCertificates(m_caCertificates);
        networkRequest.setSslConfiguration(tls);
    }
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    // A connection per request: Qt's HTTP sockets keep Nagle's algorithm
    // on, and on a kept connection the tail of each request (and a
    // server's split answer) waits for a delayed ACK, 40 ms a time on
    // Linux. A new connection starts in quick-ACK mode (bench_push).
    networkRequest.setRawHeader("Connection", "close");
    if (!m_options.user.isEmpty()) {
        const QByteArray credentials = (m_options.user + u':' + m_options.password).toUtf8();
        networkRequest.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    }

    // HEAD by its own call: as a custom verb Qt would wait for a body that never comes.
    QNetworkReply *reply = request.method == "HEAD"
            ? m_manager->head(networkRequest)
            : m_manager->sendCustomRequest(networkRequest, request.method, request.body);
    QStringList tlsErrors;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [&tlsErrors](const QList<QSslError> &errors) {
                         for (const QSslError &error : errors)
                             tlsErrors.append(error.errorString());
                     });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    const std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> owned(
            reply, [](QNetworkReply *r) { r->deleteLater(); });
    if (!reply->isFinished()) {
        // The thread is ending (the window's outbox worker stops with the
        // window) and ended this wait: the attempt is given up, to be made again.
        reply->abort();
        return Error{ErrorKind::Transient,
                     Text::tr("Sending to %1 was cut short: Copydesk was closing.")
                             .arg(hostOf(request.url))};
    }

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // Codes under 100 are the connection's failures (a reset after the
    // headers, a timeout mid-body): no answer to go by, whatever the status said.
    if (status.isValid() && (reply->error() == QNetworkReply::NoError || reply->error() >= 100)) {
        HttpResponse response;
        response.status = status.toInt();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            response.headers.insert(name.toLower(), value);
        response.body = reply->readAll();
        return response;
    }
    const QString host = hostOf(request.url);
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return Error{
                ErrorKind::Permanent,
                Text::tr("The certificate of %1 could not be verified (%2). Check the address, or "
                         "give the destination the CA certificate that signed it.")
                        .arg(host,
                             tlsErrors.isEmpty() ? reply->errorString() : tlsErrors.join(u"; "_s))};
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return Error{ErrorKind::Transient,
                     Text::tr("%1 did not answer within %n seconds.", nullptr,
                              (m_options.timeoutMs + 999) / 1000)
                             .arg(host)};
    case QNetworkReply::ConnectionRefusedError:
        return Error{ErrorKind::Transient, Text::tr("%1 refused the connection.").arg(host)};
    case QNetworkReply::RemoteHostClosedError:
        return Error{ErrorKind::Transient,
                     Text::tr("%1 closed the connection before answering.").arg(host)};
    case QNetworkReply::HostNotFoundError:
        return Error{ErrorKind::Transient, Text::tr("The server %1 was not found.").arg(host)};
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return Error{ErrorKind::Permanent,
                     Text::tr("%1 cannot be reached this way: %2").arg(host, reply->errorString())};
    default:
        return Error{ErrorKind::Transient, Text::tr("%1: %2").arg(host, reply->errorString())};
    }
}

std::optional<Error> HttpClient::statusError(const HttpResponse &response, const QString &doing)
{
    if (response.succeeded())
        return std::nullopt;
    const int status = response.status;
    const QString words = serverWords(response);
    const QString said = words.isEmpty() ? QString() : Text::tr(": “%1”").arg(words);
    if (status == 401 || status == 407)
        return Error{ErrorKind::Permanent,
                     Text::tr("The server refused the user name or password while %1 (HTTP %2). "
                              "Check them in the destination.")
                             .arg(doing)
                             .arg(status)};
    if (status == 403)
        return Error{ErrorKind::Permanent,
                     Text::tr("The server does not allow %1 (HTTP 403)%2").arg(doing, said)};
    if (status == 408 || status == 425 || status == 429 || status >= 500)
        return Error{
                ErrorKind::Transient,
                Text::tr("The server could not take it while %1 (HTTP %2)%3; trying again later.")
                        .arg(doing)
                        .arg(status)
                        .arg(said)};
    return Error{ErrorKind::Permanent,
                 Text::tr("The server refused %1 (HTTP %2)%3").arg(doing).arg(status).arg(said)};
}

std::optional<qint64> HttpClient::retryAfterMs(const HttpResponse &response)
{
    const QByteArray value = response.headers.value("retry-after").trimmed();
    if (value.isEmpty() || (response.status != 429 && response.status != 503))
        return std::nullopt;
    bool number = false;
    const qint64 seconds = value.toLongLong(&number);
    if (number)
        return qMax<qint64>(0, seconds) * 1000;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at));
}

} // namespace Copydesk
