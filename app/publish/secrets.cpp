// SPDX-License-Identifier: MIT
#include "publish/secrets.h"

#include "store/postgresdialect.h"

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

/// What a keychain job on one key came to.
struct Outcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString message;
    QString text;
};

Outcome readKey(const QString &key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key);
    finish(job);
    return {job.error(), job.errorString(),
            job.error() == QKeychain::NoError ? job.textData() : QString()};
}

Outcome writeKey(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(key);
    job.setTextData(secret);
    finish(job);
    return {job.error(), job.errorString(), {}};
}

Outcome deleteKey(const QString &key)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(key);
    finish(job);
    return {job.error(), job.errorString(), {}};
}

/// A server library, as its password is kept: under its address without one.
struct LibraryEntry
{
    QString shown; ///< the address without a password, for people
    QString key;

    static Result<LibraryEntry> of(const QString &address)
    {
        auto parsed = ServerAddress::parse(address);
        if (!parsed)
            return parsed.error();
        const QString shown = parsed->toString(false);
        return LibraryEntry{shown, u"library/"_s + shown};
    }
};

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
    const Outcome read = readKey(keyFor(config.name));
    if (read.error == QKeychain::EntryNotFound)
        return Error{ErrorKind::NotFound,
                     Text::tr("The secret service holds no password for the destination “%1”.")
                             .arg(config.name)};
    if (read.error != QKeychain::NoError)
        return Error{
                ErrorKind::Transient,
                Text::tr("The secret service did not give the password of the destination “%1”: "
                         "%2")
                        .arg(config.name, read.message)};
    return read.text;
}

Result<void> store(const QString &destinationName, const QString &secret)
{
    if (!serviceAvailable())
        return Error{
                ErrorKind::InvalidInput,
                Text::tr("No secret service runs here to keep the password of “%1”: give it in an "
                         "environment variable instead (--secret-from-env).")
                        .arg(destinationName)};
    if (const Outcome written = writeKey(keyFor(destinationName), secret);
        written.error != QKeychain::NoError)
        return Error{ErrorKind::Transient,
                     Text::tr("The secret service did not keep the password of “%1”: %2")
                             .arg(destinationName, written.message)};
    return {};
}

Result<void> forget(const QString &destinationName)
{
    if (!serviceAvailable())
        return {};
    if (const Outcome deleted = deleteKey(keyFor(destinationName));
        deleted.error != QKeychain::NoError && deleted.error != QKeychain::EntryNotFound)
        return Error{ErrorKind::Transient,
                     Text::tr("The secret service did not remove the password of “%1”: %2")
                             .arg(destinationName, deleted.message)};
    return {};
}

Result<QString> libraryPassword(const QString &address)
{
    const auto entry = LibraryEntry::of(address);
    if (!entry)
        return entry.error();
    if (!serviceAvailable())
        return Error{ErrorKind::NotFound,
                     Text::tr("No secret service runs here to hold the library's password.")};
    const Outcome read = readKey(entry->key);
    if (read.error == QKeychain::EntryNotFound)
        return Error{ErrorKind::NotFound,
                     Text::tr("The secret service holds no password for %1.").arg(entry->shown)};
    if (read.error != QKeychain::NoError)
        return Error{ErrorKind::Transient,
                     Text::tr("The secret service did not give the password for %1: %2")
                             .arg(entry->shown, read.message)};
    return read.text;
}

Result<void> storeLibraryPassword(const QString &address, const QString &password)
{
    const auto entry = LibraryEntry::of(address);
    if (!entry)
        return entry.error();
    if (!serviceAvailable())
        return Error{ErrorKind::InvalidInput,
                     Text::tr("No secret service runs here to keep the password for %1; give it "
                              "in PGPASSWORD or ~/.pgpass instead.")
                             .arg(entry->shown)};
    if (const Outcome written = writeKey(entry->key, password); written.error != QKeychain::NoError)
        return Error{ErrorKind::Transient,
                     Text::tr("The secret service did not keep the password for %1: %2")
                             .arg(entry->shown, written.message)};
    return {};
}

Result<void> forgetLibraryPassword(const QString &address)
{
    const auto entry = LibraryEntry::of(address);
    if (!entry)
        return entry.error();
    if (!serviceAvailable())
        return {};
    if (const Outcome deleted = deleteKey(entry->key);
        deleted.error != QKeychain::NoError && deleted.error != QKeychain::EntryNotFound)
        return Error{ErrorKind::Transient,
                     Text::tr("The secret service did not remove the password for %1: %2")
                             .arg(entry->shown, deleted.message)};
    return {};
}

QString withKeptPassword(const QString &location)
{
    if (!ServerAddress::isServerAddress(location))
        return location;
    auto address = ServerAddress::parse(location);
    if (!address || !address->password.isEmpty())
        return location;
    const auto kept = libraryPassword(location);
    if (!kept)
        return location;
    address->password = *kept;
    return address->toString(true);
}

} // namespace Copydesk::Secrets
