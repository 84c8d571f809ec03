// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Copydesk {

/// One HTTP request as a destination sends it.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

/// What the server answered.
struct HttpResponse
{
    int status = 0;
    /// Header names in lower case.
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;

    bool succeeded() const { return status >= 200 && status < 300; }
};

/// How a destination reaches its server.
struct HttpOptions
{
    /// A PEM file of CA certificates trusted besides the system's.
    QString caFile;
    /// For basic authentication; empty: none.
    QString user;
    QString password;
    /// An attempt that sends or receives nothing for this long is given up (and retried).
    int timeoutMs = 30'000;
};

/**
 * Sends requests and waits for the answer, for a destination on the
 * outbox's worker thread (never the window's). TLS is always verified,
 * against the system's CAs and the destination's own CA file; there is
 * no way to ignore a certificate error. Each request has a connection of
 * its own (see send()). Use it from the thread that first sends with it.
 */
class HttpClient
{
public:
    explicit HttpClient(HttpOptions options);
    ~HttpClient();
    Q_DISABLE_COPY_MOVE(HttpClient)

    /**
     * Sends request and waits for the answer. A network failure (refused,
     * reset, timed out) is a Transient error; a certificate that does not
     * verify is Permanent, saying why. Any HTTP status is a response:
     * decide by it with statusError().
     */
    Result<HttpResponse> send(const HttpRequest &request);

    /**
     * The error an HTTP status means for doing (e.g. "uploading feed.atom"):
     * none for 2xx; Transient for 408, 429 and 5xx; Permanent for the rest,
     * with the server's own words when it gave some.
     */
    static std::optional<Error> statusError(const HttpResponse &response, const QString &doing);
    /// Milliseconds the server asked to wait (Retry-After, in seconds or as a date).
    static std::optional<qint64> retryAfterMs(const HttpResponse &response);
    /**
     * Whether url may carry a password or a signed body: https, or http to
     * this machine only (a test server, a local proxy).
     */
    static bool isSafeAddress(const QUrl &url);

private:
    Result<void> prepare();

    HttpOptions m_options;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    QList<QSslCertificate> m_caCertificates;
    bool m_prepared = false;
};

} // namespace Copydesk
