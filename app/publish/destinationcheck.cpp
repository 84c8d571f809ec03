// SPDX-License-Identifier: MIT
#include "publish/destinationcheck.h"

#include "publish/httpclient.h"
#include "publish/publishsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::DestinationCheck)
};

Error invalid(const QString &message)
{
    return Error{ErrorKind::InvalidInput, message};
}

bool isUrlSet(const QUrl &url)
{
    return url.isValid() && !url.isEmpty();
}

} // namespace

QString remoteAddressProblem(const QString &text, const QString &what)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!PublishSettings::isWebUrl(url))
        return Text::tr("%1 needs an absolute https:// address, not “%2”.").arg(what, text);
    if (!HttpClient::isSafeAddress(url))
        return Text::
                tr("%1 needs https://: a password or a signed story never crosses the network in "
                   "plain http (plain http is only for a server on this machine).")
                        .arg(what);
    return {};
}

Result<void> checkDestinationConfig(const DestinationConfig &config,
                                    const QList<DestinationConfig> &others, bool changing)
{
    const QString &name = config.name;
    if (name.trimmed() != name || name.isEmpty() || name.size() > longestDestinationName ||
        std::any_of(name.cbegin(), name.cend(),
                    [](QChar c) { return c.category() == QChar::Other_Control || c == u'/'; }))
        return invalid(Text::tr("A destination's name is 1 to %1 characters, without “/”, control "
                                "characters or spaces at either end.")
                               .arg(longestDestinationName));
    switch (config.kind) {
    case DestinationKind::Folder:
        if (config.target.isEmpty() || QDir::isRelativePath(config.target))
            return invalid(
                    Text::tr("The folder must be a full path, such as %1.")
                            .arg(QDir::toNativeSeparators(PublishSettings::defaultFolder())));
        break;
    case DestinationKind::WebDav:
        if (const QString problem =
                    remoteAddressProblem(config.target, Text::tr("The WebDAV address"));
            !problem.isEmpty())
            return invalid(problem);
        if (config.user.isEmpty())
            return invalid(Text::tr("A WebDAV destination needs the user name to log in with."));
        break;
    case DestinationKind::Push:
        if (const QString problem =
                    remoteAddressProblem(config.target, Text::tr("The push endpoint"));
            !problem.isEmpty())
            return invalid(problem);
        break;
    case DestinationKind::WordPress:
        if (const QString problem =
                    remoteAddressProblem(config.target, Text::tr("The WordPress site's address"));
            !problem.isEmpty())
            return invalid(problem);
        if (config.user.isEmpty())
            return invalid(Text::tr("A WordPress destination needs the user name the application "
                                    "password belongs to."));
        if (isUrlSet(config.hubUrl))
            return invalid(Text::tr("A WordPress site sends its own feeds: it takes no WebSub hub "
                                    "from Copydesk."));
        break;
    }
    if (isUrlSet(config.assetsUrl)) {
        if (config.kind != DestinationKind::Push)
            return invalid(Text::tr("Only a push endpoint takes pictures at an assets address."));
        if (const QString problem = remoteAddressProblem(config.assetsUrl.toString(),
                                                         Text::tr("The assets address"));
            !problem.isEmpty())
            return invalid(problem);
    }
    if (isUrlSet(config.hubUrl)) {
        if (const QString problem =
                    remoteAddressProblem(config.hubUrl.toString(), Text::tr("The WebSub hub"));
            !problem.isEmpty())
            return invalid(problem);
    }
    if (isUrlSet(config.baseUrl) && !PublishSettings::isWebUrl(config.baseUrl))
        return invalid(Text::tr("The site address needs the http or https address readers use, not "
                                "“%1”.")
                               .arg(config.baseUrl.toString()));
    if (!config.caFile.isEmpty()) {
        if (config.kind == DestinationKind::Folder)
            return invalid(Text::tr("A folder needs no CA certificate."));
        if (QDir::isRelativePath(config.caFile))
            return invalid(Text::tr("The CA certificate file must be a full path."));
        if (QSslCertificate::fromPath(config.caFile, QSsl::Pem).isEmpty())
            return invalid(Text::tr("%1 holds no PEM certificate to trust.")
                                   .arg(QDir::toNativeSeparators(config.caFile)));
    }
    if (!config.secretEnv.isEmpty()) {
        if (!config.needsSecret())
            return invalid(Text::tr("A folder needs no secret."));
        static const QRegularExpression variable(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
        if (!variable.match(config.secretEnv).hasMatch())
            return invalid(
                    Text::tr("“%1” is not the name of an environment variable: letters, digits "
                             "and “_”, not starting with a digit.")
                            .arg(config.secretEnv));
    }
    if (config.timeoutSeconds < 1 || config.timeoutSeconds > 3600)
        return invalid(Text::tr("The timeout is 1 to 3600 seconds."));
    for (const DestinationConfig &other : others) {
        if (other.name == name) {
            if (changing)
                continue;
            return invalid(Text::tr("There is a destination “%1” already.").arg(name));
        }
        if (other.key() == config.key())
            return invalid(Text::tr("The destination “%1” goes there already.").arg(other.name));
    }
    return {};
}

} // namespace Copydesk
