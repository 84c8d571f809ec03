// SPDX-License-Identifier: MIT
#include "publish/wordpressclient.h"

#include "feeds/feedtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::WordPressClient)
};

QJsonValue parsedJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    if (document.isArray())
        return document.array();
    return document.object();
}

/// The address with a trailing slash on its path, so that relative routes resolve under it.
QUrl asFolder(QUrl url)
{
    if (!url.path().endsWith(u'/'))
        url.setPath(url.path() + u'/');
    return url;
}

/// The root a Link header announces (rel="https://api.w.org/"), if any.
QUrl announcedRoot(const QByteArray &link)
{
    static const QRegularExpression pattern(
            uR"(<([^>]+)>\s*;\s*rel\s*=\s*"?https://api\.w\.org/"?)"_s);
    const auto match = pattern.match(QString::fromUtf8(link));
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

/// Whether an answer comes from WordPress's REST API (its index lists the namespaces).
bool isApiIndex(const QJsonValue &json)
{
    return json.isObject() && json.toObject().value(u"namespaces"_s).isArray();
}

} // namespace

WordPressClient::WordPressClient(QUrl site, HttpOptions options)
    : m_site(asFolder(std::move(site)))
    , m_http(std::move(options))
{
}

std::optional<WordPressFailure>
WordPressClient::failureOf(int status, const QJsonValue &json,
                           const QHash<QByteArray, QByteArray> &headers, const QString &doing)
{
    // Whether to try again is any server's (HttpClient's rules); the words are WordPress's.
    HttpResponse response;
    response.status = status;
    response.headers = headers;
    const auto refused = HttpClient::statusError(response, doing);
    if (!refused)
        return std::nullopt;
    const QJsonObject object = json.toObject();
    const QString code = object.value(u"code"_s).toString();
    QString message = FeedText::plainText(object.value(u"message"_s).toString());
    if (message.size() > 300)
        message = message.left(299) + u'…';
    const QString said = message.isEmpty() ? QString()
            : code.isEmpty()               ? Text::tr(": “%1”").arg(message)
                                           : Text::tr(": “%1” (%2)").arg(message, code);
    QString text;
    if (status == 401)
        text = Text::tr("WordPress did not accept the user name or application password while %1 "
                        "(HTTP 401)%2. Check them in the destination.")
                       .arg(doing, said);
    else if (status == 403)
        text = Text::tr("WordPress does not let this user do it while %1 (HTTP 403)%2. The user "
                        "needs the Editor or Administrator role.")
                       .arg(doing, said);
    else if (refused->isRetryable())
        text = Text::tr("WordPress could not take it while %1 (HTTP %2)%3; trying again later.")
                       .arg(doing)
                       .arg(status)
                       .arg(said);
    else
        text = Text::tr("WordPress refused %1 (HTTP %2)%3").arg(doing).arg(status).arg(said);
    return WordPressFailure{Error{refused->kind, text},
                            refused->isRetryable() ? HttpClient::retryAfterMs(response)
                                                   : std::nullopt};
}

std::optional<WordPressClient::Answer>
WordPressClient::exchange(const HttpRequest &request, const QString &doing,
                          std::optional<WordPressFailure> &failure, const QList<int> &accepted)
{
    auto response = m_http.send(request);
    if (!response) {
        failure = WordPressFailure{
                response.error().reworded(
                        Text::tr("No answer while %1: %2").arg(doing, response.errorMessage())),
                std::nullopt};
        return std::nullopt;
    }
    Answer answer{response->status, parsedJson(response->body), response->headers};
    if (accepted.contains(answer.status))
        return answer;
    if (auto failed = failureOf(answer.status, answer.json, answer.headers, doing)) {
        failure = std::move(failed);
        return std::nullopt;
    }
    if (answer.json.isUndefined() || answer.json.isNull()) {
        // A 2xx that is not JSON: a page of the site, not its API (a cache or a login wall).
        failure = WordPressFailure{
                Error{ErrorKind::Permanent,
                      Text::tr("%1 answered with something other than WordPress's REST API while "
                               "%2.")
                              .arg(m_site.toString(), doing)},
                std::nullopt};
        return std::nullopt;
    }
    return answer;
}

std::optional<WordPressFailure> WordPressClient::discover()
{
    if (m_signedIn)
        return std::nullopt;
    if (auto missing = findRoot())
        return missing;
    // WordPress takes a request with a wrong password for an anonymous one
    // and refuses only what needs a user, often with some other message:
    // signing in first tells a refused password from everything else.
    HttpRequest request{"GET",
                        url(u"/wp/v2/users/me"_s, QUrlQuery{{u"context"_s, u"edit"_s}}),
                        {qMakePair(QByteArray("Accept"), QByteArray("application/json"))},
                        {}};
    std::optional<WordPressFailure> failure;
    if (!exchange(request, Text::tr("signing in to %1").arg(m_site.toString()), failure, {}))
        return failure;
    m_signedIn = true;
    return std::nullopt;
}

std::optional<WordPressFailure> WordPressClient::findRoot()
{
    if (!m_root.isEmpty())
        return std::nullopt;
    const QString doing = Text::tr("looking for the REST API of %1").arg(m_site.toString());
    auto home = m_http.send({"HEAD", m_site, {}, {}});
    if (!home)
        return WordPressFailure{
                home.error().reworded(
                        Text::tr("No answer while %1: %2").arg(doing, home.errorMessage())),
                std::nullopt};
    // Only on the host the desk named: the password goes nowhere else.
    if (const QUrl announced = announcedRoot(home->headers.value("link")); announced.isValid() &&
        !announced.isEmpty() && announced.scheme() == m_site.scheme() &&
        announced.host().compare(m_site.host(), Qt::CaseInsensitive) == 0 &&
        announced.port(announced.scheme() == u"https"_s ? 443 : 80) ==
                m_site.port(m_site.scheme() == u"https"_s ? 443 : 80)) {
        m_root = announced;
        return std::nullopt;
    }
    if (home->status == 401)
        return failureOf(401, {}, home->headers, doing);
    if (home->status >= 500)
        return failureOf(home->status, {}, home->headers, doing);
    // No announcement (a proxy may drop it): the usual root, then plain permalinks' form.
    for (const QUrl &candidate :
         {m_site.resolved(QUrl(u"wp-json/"_s)), m_site.resolved(QUrl(u"?rest_route=/"_s))}) {
        auto answer = m_http.send({"GET", candidate, {}, {}});
        if (!answer)
            return WordPressFailure{
                    answer.error().reworded(
                            Text::tr("No answer while %1: %2").arg(doing, answer.errorMessage())),
                    std::nullopt};
        if (answer->status >= 500)
            return failureOf(answer->status, parsedJson(answer->body), answer->headers, doing);
        if (answer->succeeded() && isApiIndex(parsedJson(answer->body))) {
            m_root = candidate;
            return std::nullopt;
        }
    }
    return WordPressFailure{
            Error{ErrorKind::Permanent,
                  Text::tr("%1 does not look like a WordPress site: it has no REST API at "
                           "wp-json/ or ?rest_route=/. Check the address.")
                          .arg(m_site.toString())},
            std::nullopt};
}

QUrl WordPressClient::url(const QString &route, const QUrlQuery &query) const
{
    QUrl address = m_root;
    QUrlQuery items(m_root);
    if (items.hasQueryItem(u"rest_route"_s)) {
        items.removeAllQueryItems(u"rest_route"_s);
        items.addQueryItem(u"rest_route"_s, route);
    } else {
        address = asFolder(m_root).resolved(QUrl(route.mid(route.startsWith(u'/') ? 1 : 0)));
        items = QUrlQuery(address);
    }
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        items.addQueryItem(key, value);
    // Reserved characters in values (a "+" in a search) must reach PHP as themselves.
    QString encoded;
    for (const auto &[key, value] : items.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += u'&';
        encoded += QString::fromLatin1(QUrl::toPercentEncoding(key, "/")) + u'=' +
                QString::fromLatin1(QUrl::toPercentEncoding(value, "/,"));
    }
    address.setQuery(encoded, QUrl::StrictMode);
    return address;
}

std::optional<WordPressClient::Answer>
WordPressClient::call(const QByteArray &method, const QString &route, const QUrlQuery &query,
                      const QJsonObject &body, const QString &doing,
                      std::optional<WordPressFailure> &failure, const QList<int> &accepted)
{
    if (auto missing = discover()) {
        failure = std::move(missing);
        return std::nullopt;
    }
    HttpRequest request{method, url(route, query), {{"Accept", "application/json"}}, {}};
    if (method != "GET" && method != "HEAD") {
        request.headers.append(qMakePair(QByteArray("Content-Type"),
                                         QByteArray("application/json; charset=utf-8")));
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return exchange(request, doing, failure, accepted);
}

std::optional<WordPressClient::Answer>
WordPressClient::upload(const QString &route, const QUrlQuery &query, const QByteArray &bytes,
                        const QList<QPair<QByteArray, QByteArray>> &headers, const QString &doing,
                        std::optional<WordPressFailure> &failure)
{
    if (auto missing = discover()) {
        failure = std::move(missing);
        return std::nullopt;
    }
    HttpRequest request{"POST", url(route, query), headers, bytes};
    request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    return exchange(request, doing, failure, {});
}

std::optional<QByteArray> WordPressClient::download(const QUrl &address, const QString &doing,
                                                    std::optional<WordPressFailure> &failure)
{
    auto response = m_http.send({"GET", address, {}, {}});
    if (!response) {
        failure = WordPressFailure{
                response.error().reworded(
                        Text::tr("No answer while %1: %2").arg(doing, response.errorMessage())),
                std::nullopt};
        return std::nullopt;
    }
    if (auto failed = failureOf(response->status, {}, response->headers, doing)) {
        failure = std::move(failed);
        return std::nullopt;
    }
    return response->body;
}

std::optional<qint64> WordPressClient::termId(const QString &taxonomy, const QString &name,
                                              std::optional<WordPressFailure> &failure)
{
    const QString key = taxonomy + u'\n' + name.toCaseFolded();
    if (const auto known = m_termIds.constFind(key); known != m_termIds.cend())
        return *known;
    const QString route = u"/wp/v2/"_s + taxonomy;
    const QString kindName = taxonomy == u"categories"_s ? Text::tr("category") : Text::tr("tag");
    QUrlQuery query;
    query.addQueryItem(u"search"_s, name);
    query.addQueryItem(u"per_page"_s, u"100"_s);
    query.addQueryItem(u"hide_empty"_s, u"false"_s);
    const auto found = call("GET", route, query, {},
                            Text::tr("looking for the %1 “%2”").arg(kindName, name), failure);
    if (!found)
        return std::nullopt;
    for (const QJsonValue &term : found->json.toArray()) {
        const QJsonObject object = term.toObject();
        if (FeedText::plainText(object.value(u"name"_s).toString())
                    .compare(name, Qt::CaseInsensitive) == 0) {
            const qint64 id = object.value(u"id"_s).toInteger();
            m_termIds.insert(key, id);
            return id;
        }
    }
    // 400 term_exists: made meanwhile by someone else, whose id WordPress gives.
    const auto made = call("POST", route, {}, QJsonObject{{u"name"_s, name}},
                           Text::tr("adding the %1 “%2”").arg(kindName, name), failure, {400});
    if (!made)
        return std::nullopt;
    const QJsonObject object = made->json.toObject();
    qint64 id = 0;
    if (made->status == 400) {
        if (object.value(u"code"_s).toString() != u"term_exists"_s) {
            failure = failureOf(400, made->json, made->headers,
                                Text::tr("adding the %1 “%2”").arg(kindName, name));
            return std::nullopt;
        }
        const QJsonObject data = object.value(u"data"_s).toObject();
        id = data.value(u"term_id"_s)
                     .toInteger(object.value(u"additional_data"_s).toArray().first().toInteger());
    } else {
        id = object.value(u"id"_s).toInteger();
    }
    if (id <= 0) {
        failure = WordPressFailure{
                Error{ErrorKind::Permanent,
                      Text::tr("WordPress gave no id for the %1 “%2”.").arg(kindName, name)},
                std::nullopt};
        return std::nullopt;
    }
    m_termIds.insert(key, id);
    return id;
}

std::optional<QString> WordPressClient::termName(const QString &taxonomy, qint64 id,
                                                 std::optional<WordPressFailure> &failure)
{
    const QString key = taxonomy + u'\n' + QString::number(id);
    if (const auto known = m_termNames.constFind(key); known != m_termNames.cend())
        return *known;
    const auto found = call("GET", u"/wp/v2/%1/%2"_s.arg(taxonomy).arg(id), {}, {},
                            Text::tr("reading the term %1").arg(id), failure);
    if (!found)
        return std::nullopt;
    const QString name = FeedText::plainText(found->json.toObject().value(u"name"_s).toString());
    m_termNames.insert(key, name);
    return name;
}

} // namespace Copydesk
