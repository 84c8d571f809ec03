// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "publish/httpclient.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace Copydesk {

/// A failure of a WordPress request: what went wrong and when to try again.
struct WordPressFailure
{
    Error error;
    /// The server asked not to be tried again before this many milliseconds (Retry-After).
    std::optional<qint64> retryAfterMs;
};

/**
 * Talks to one WordPress site's REST API (wp/v2) as a user with an
 * application password, sent with every request (WordPress asks for none:
 * it answers 401 without WWW-Authenticate). The API's root is found as
 * WordPress announces it (the Link header rel="https://api.w.org/"), else
 * at /wp-json/, else through ?rest_route= (a site with plain permalinks).
 * Errors are read from WordPress's JSON ({"code", "message"}): 401 and 403
 * are permanent (the password or the user's role must change), 5xx and
 * timeouts transient. Use it from the thread that first sends with it.
 */
class WordPressClient
{
public:
    /// site: the address WordPress is installed at ("https://news.example/").
    WordPressClient(QUrl site, HttpOptions options);

    const QUrl &site() const { return m_site; }

    /// An answer: the HTTP status, the JSON body, and the headers (names in lower case).
    struct Answer
    {
        int status = 0;
        QJsonValue json;
        QHash<QByteArray, QByteArray> headers;
    };

    /**
     * Finds the REST API's root and signs in, once; later calls return at
     * once. A refused password fails here, with a message saying so.
     */
    std::optional<WordPressFailure> discover();
    /// The root found (empty before discover()).
    const QUrl &apiRoot() const { return m_root; }
    /// The address of route ("/wp/v2/posts/12") with query, under the root found.
    QUrl url(const QString &route, const QUrlQuery &query = {}) const;

    /**
     * Sends a request with a JSON body (none for GET), doing naming the step
     * for messages ("creating the post “…”"). A status in accepted is
     * returned as an answer; any other failure is a WordPressFailure.
     */
    std::optional<Answer> call(const QByteArray &method, const QString &route,
                               const QUrlQuery &query, const QJsonObject &body,
                               const QString &doing, std::optional<WordPressFailure> &failure,
                               const QList<int> &accepted = {});
    /// The same with a raw body and its headers (a media upload).
    std::optional<Answer> upload(const QString &route, const QUrlQuery &query,
                                 const QByteArray &bytes,
                                 const QList<QPair<QByteArray, QByteArray>> &headers,
                                 const QString &doing, std::optional<WordPressFailure> &failure);
    /// Any file the site serves (a featured image), by its full address.
    std::optional<QByteArray> download(const QUrl &url, const QString &doing,
                                       std::optional<WordPressFailure> &failure);

    /**
     * The id of the category or tag (taxonomy "categories" or "tags")
     * named name, found by its name or created; kept for this client's life.
     */
    std::optional<qint64> termId(const QString &taxonomy, const QString &name,
                                 std::optional<WordPressFailure> &failure);
    /// The name of a term by its id, for an import; kept for this client's life.
    std::optional<QString> termName(const QString &taxonomy, qint64 id,
                                    std::optional<WordPressFailure> &failure);

    /// The error an answer means for doing: WordPress's own words, and whether to retry.
    static std::optional<WordPressFailure> failureOf(int status, const QJsonValue &json,
                                                     const QHash<QByteArray, QByteArray> &headers,
                                                     const QString &doing);

private:
    std::optional<WordPressFailure> findRoot();
    std::optional<Answer> exchange(const HttpRequest &request, const QString &doing,
                                   std::optional<WordPressFailure> &failure,
                                   const QList<int> &accepted);

    QUrl m_site;
    HttpClient m_http;
    QUrl m_root;
    bool m_signedIn = false;
    QHash<QString, qint64> m_termIds;
    QHash<QString, QString> m_termNames;
};

} // namespace Copydesk
