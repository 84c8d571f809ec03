// SPDX-License-Identifier: MIT
#include "secretcache.h"

#include "core/logging.h"
#include "publish/secrets.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMutexLocker>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Copydesk {

SecretCache::SecretCache(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_shared(std::make_shared<Shared>())
{
}

SecretLookup SecretCache::lookup() const
{
    return [shared = m_shared](const DestinationConfig &config) -> Result<QString> {
        {
            const QMutexLocker lock(&shared->mutex);
            const auto kept = shared->secrets.constFind(config.name);
            if (kept != shared->secrets.cend())
                return *kept;
        }
        // The environment is safe to read anywhere; the secret service is
        // asked on the window's thread only (fill()).
        if (!config.secretEnv.isEmpty())
            return Secrets::read(config);
        return Error{ErrorKind::NotFound,
                     tr("No password or secret for the destination “%1” was given since "
                        "Copydesk started.")
                             .arg(config.name)};
    };
}

bool SecretCache::holds(const QString &destination) const
{
    const QMutexLocker lock(&m_shared->mutex);
    return m_shared->secrets.contains(destination);
}

void SecretCache::remember(const QString &destination, const QString &secret)
{
    const QMutexLocker lock(&m_shared->mutex);
    m_shared->secrets.insert(destination, secret);
}

void SecretCache::forget(const QString &destination)
{
    const QMutexLocker lock(&m_shared->mutex);
    m_shared->secrets.remove(destination);
}

QString SecretCache::promptText(const DestinationConfig &config)
{
    const QString where = config.user.isEmpty() ? config.where()
                                                : tr("%1 at %2").arg(config.user, config.where());
    switch (config.kind) {
    case DestinationKind::WebDav:
        return tr("Password for %1 (%2):").arg(config.name, where);
    case DestinationKind::WordPress:
        return tr("Application password for %1 (%2):").arg(config.name, where);
    default:
        return tr("Signing secret for %1 (%2):").arg(config.name, where);
    }
}

Result<QString> SecretCache::obtain(const DestinationConfig &config)
{
    if (!config.needsSecret())
        return QString();
    if (auto kept = lookup()(config); kept || !config.secretEnv.isEmpty())
        return kept;
    if (const auto found = Secrets::read(config)) {
        remember(config.name, *found);
        return found;
    } else if (found.errorKind() != ErrorKind::NotFound) {
        // The secret service failed; the person at the keyboard can still type it.
        qCWarning(lcUi).noquote() << found.errorMessage();
    }
    // Asked for now even if turned down before: this destination is what was just chosen.
    m_asked.insert(config.name);
    bool given = false;
    const QString secret = QInputDialog::getText(
            m_window, tr("Destination Password"),
            promptText(config) + u"\n\n"_s + tr("Copydesk keeps it in memory until it closes."),
            QLineEdit::Password, QString(), &given);
    if (!given || secret.isEmpty())
        return Error{ErrorKind::NotFound,
                     tr("No password was given for “%1”: nothing can be read from it without "
                        "one.")
                             .arg(config.name)};
    remember(config.name, secret);
    return secret;
}

bool SecretCache::fill(const QList<DestinationConfig> &configs, bool ask)
{
    bool added = false;
    for (const DestinationConfig &config : configs) {
        if (!config.enabled || !config.needsSecret() || holds(config.name) ||
            m_asked.contains(config.name))
            continue;
        const auto found = Secrets::read(config);
        if (found) {
            // Kept for the worker, which does not ask the secret service itself.
            if (config.secretEnv.isEmpty()) {
                remember(config.name, *found);
                added = true;
            }
            continue;
        }
        if (found.errorKind() != ErrorKind::NotFound) {
            qCWarning(lcUi).noquote() << found.errorMessage();
            continue;
        }
        if (!ask)
            continue;
        m_asked.insert(config.name);
        bool given = false;
        const QString secret = QInputDialog::getText(
                m_window, tr("Destination Password"),
                promptText(config) + u"\n\n"_s + tr("Copydesk keeps it in memory until it closes."),
                QLineEdit::Password, QString(), &given);
        if (given && !secret.isEmpty()) {
            remember(config.name, secret);
            added = true;
        }
    }
    return added;
}

} // namespace Copydesk
