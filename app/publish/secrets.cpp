// SPDX-License-Identifier: MIT
#include "publish/secrets.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Copydesk::Secrets {

namespace {

/// The file's strings, filed under the context the translations use.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::Secrets)
};

/// The service name the secrets are kept under.
const QString service = u"Copydesk"_s;

QString keyFor(const QString &destinationName)
{
    return u"destination/"_s + destinationName;
}

/// Runs a keychain job to its end.
void finish(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    // Never the plain-text file QtKeychain can fall back to.
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

bool serviceAvailable()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + u"/bus"_s);
}

Result<QString> read(const DestinationConfig &config)
{
    if (!config.secretEnv.isEmpty()) {
        const QString value = qEnvironmentVariable(config.secretEnv.toLocal8Bit().constData());
        if (value.isEmpty())
            return Error{ErrorKind::NotFound,
                         Text::tr("The environment variable %1, which holds the secret of the "
                                  "destination “%2”, is not set.")
                                 .arg(config.secretEnv, config.name)};
        return value;
    }
    if (!serviceAvailable())
        return Error{ErrorKind::NotFound,
                     Text::tr("No secret service runs here to hold the password of the destination "
                              "“%1”: give it in an environment variable (--secret-from-env).")
                             .arg(config.name)};
    QKeychain::ReadPasswordJob job(service);
    job.setKey(keyFor(config.name));
    finish(job);
    if (job.error() == QKeychain::EntryNotFound)
        return Error{ErrorKind::NotFound,
                     Text::tr("The secret service holds no password for the destination “%1”.")
                             .arg(config.name)};
    if (job.error() != QKeychain::NoError)
        return Error{
                ErrorKind::Transient,
                Text::tr("The secret service did not give the password of the destination “%1”: "
                         "%2")
                        .arg(config.name, job.errorString())};
    return job.textData();
}

Result<void> store(const QString &destinationName, const QString &secret)
{
    if (!serviceAvailable())
        return Error{
                ErrorKind::InvalidInput,
                Text::tr("No secret service runs here to keep the password of “%1”: give it in an "
                         "environment variable instead (--secret-from-env).")
                        .arg(destinationName)};
    QKeychain::WritePasswordJob job(service);
    job.setKey(keyFor(destinationName));
    job.setTextData(secret);
    finish(job);
    if (job.error() != QKeychain::NoError)
        return Error{ErrorKind::Transient,
                     Text::tr("The secret service did not keep the password of “%1”: %2")
                             .arg(destinationName, job.errorString())};
    return {};
}

Result<void> forget(const QString &destinationName)
{
    if (!serviceAvailable())
        return {};
    QKeychain::DeletePasswordJob job(service);
    job.setKey(keyFor(destinationName));
    finish(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Error{ErrorKind::Transient,
                     Text::tr("The secret service did not remove the password of “%1”: %2")
                             .arg(destinationName, job.errorString())};
    return {};
}

} // namespace Copydesk::Secrets
