// SPDX-License-Identifier: MIT
#pragma once

#include "publish/destinationset.h"
#include "store/destinationconfig.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Copydesk {

/**
 * Destinations' passwords and secrets for this session: read from their
 * environment variable or the secret service on the window's thread, or
 * asked for once, and kept in memory only (never in the settings, the
 * library or a log). lookup() hands them to the outbox worker's thread and
 * to background publications through a map behind a lock.
 */
class SecretCache : public QObject
{
    Q_OBJECT

public:
    /// window: what the password prompt belongs to.
    explicit SecretCache(QWidget *window, QObject *parent = nullptr);

    /**
     * What workers ask, safe on any thread: a secret kept this session,
     * else the destination's environment variable; NotFound when neither.
     */
    SecretLookup lookup() const;

    /**
     * Reads the secret of each enabled destination in configs that needs one
     * and has none yet, from its environment variable or the secret service;
     * with ask, one the secret service does not hold is asked for (once a
     * session each). True when a secret was added.
     */
    bool fill(const QList<DestinationConfig> &configs, bool ask);
    /**
     * The secret of one destination someone is about to use (Open from
     * WordPress): kept this session, from its environment variable, from
     * the secret service, or else asked for now, whatever was answered
     * before; an error that says why when none was given.
     */
    Result<QString> obtain(const DestinationConfig &config);
    /// Keeps a secret typed in the Destinations dialog for the session.
    void remember(const QString &destination, const QString &secret);
    /// Drops a destination's secret (removed, or now read from the environment).
    void forget(const QString &destination);
    bool holds(const QString &destination) const;

    /// How the prompt reads: “Password for website (desk at https://…)”.
    static QString promptText(const DestinationConfig &config);

private:
    /// What lookup() copies share with the cache.
    struct Shared
    {
        mutable QMutex mutex;
        QHash<QString, QString> secrets;
    };

    QWidget *m_window;
    std::shared_ptr<Shared> m_shared;
    /// Destinations asked for this session, whatever the answer.
    QSet<QString> m_asked;
};

} // namespace Copydesk
