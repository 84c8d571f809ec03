// SPDX-License-Identifier: MIT
// The WordPress of ctest's "wordpress" fixture (tests/support/wordpress-site.sh),
// for a test that copydesk_require_wordpress() or COPYDESK_WORDPRESS_TESTS names:
//
//     const Copydesk::Testing::WordPressSite site;
//     COPYDESK_REQUIRE(site.isReady(), site.whyNot());
//     // site.address, site.user, site.appPassword; site.runPhp(...)
#pragma once

#include "core/result.h"
#include "support/testing.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Copydesk::Testing {

/**
 * The site the folder COPYDESK_TEST_WORDPRESS_DIR names: its address
 * (http://127.0.0.1:PORT, pretty permalinks, so /wp-json/ answers as well as
 * ?rest_route=), the administrator "editor" and that user's application
 * password, for HTTP basic authentication. Not ready when the variable or
 * the site is missing: COPYDESK_REQUIRE() then skips, or fails under CI=true.
 */
struct WordPressSite
{
    QString stateDir = qEnvironmentVariable("COPYDESK_TEST_WORDPRESS_DIR");
    QUrl address;
    QString user;
    QString appPassword;
    QString adminPassword;

    WordPressSite()
    {
        if (stateDir.isEmpty()) {
            m_why = QStringLiteral(
                    "No WordPress test site: COPYDESK_TEST_WORDPRESS_DIR is not set; "
                    "ctest's wordpress fixture starts one.");
            return;
        }
        address = QUrl(QString::fromUtf8(fileBytes(stateFile("address")).trimmed()));
        user = QString::fromUtf8(fileBytes(stateFile("user")).trimmed());
        appPassword = QString::fromUtf8(fileBytes(stateFile("app-password")).trimmed());
        adminPassword = QString::fromUtf8(fileBytes(stateFile("admin-password")).trimmed());
        if (!address.isValid() || address.isEmpty() || user.isEmpty() || appPassword.isEmpty())
            m_why = QStringLiteral("No WordPress test site in %1 (no address, user or "
                                   "app-password): did wordpress/start run?")
                            .arg(stateDir);
    }

    bool isReady() const { return m_why.isEmpty(); }
    QString whyNot() const { return m_why; }

    /// The address with a path and query of the site's: url(u"/wp-json/wp/v2/posts"_s).
    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(address.toString(QUrl::StripTrailingSlash) + pathAndQuery);
    }

    /// The Authorization header's value for the application password.
    QByteArray authorization() const
    {
        return "Basic " + (user + u':' + appPassword).toUtf8().toBase64();
    }

    /// What PHP code prints with WordPress loaded, e.g.
    /// runPhp(u"update_option('permalink_structure', '');"_s) for plain permalinks
    /// (the rewrite rules follow a new structure) or u"echo get_option('home');"_s.
    Result<QString> runPhp(const QString &code) const
    {
        return run({QStringLiteral("php"), stateDir, code});
    }

    /// Stops the site's web server alone: the address refuses connections until resumeServer().
    Result<void> pauseServer() const { return done(run({QStringLiteral("pause"), stateDir})); }

    /// Starts the web server again on the same address, and waits until WordPress answers.
    Result<void> resumeServer() const { return done(run({QStringLiteral("resume"), stateDir})); }

    /// tests/support/wordpress-site.sh, beside the test data.
    static QString script()
    {
        return QStringLiteral(COPYDESK_TEST_DATA_DIR "/../support/wordpress-site.sh");
    }

private:
    QString stateFile(const char *name) const { return stateDir + u'/' + QLatin1StringView(name); }

    Result<QString> run(const QStringList &arguments) const
    {
        if (!isReady())
            return Error{ErrorKind::Permanent, m_why};
        QProcess process;
        process.start(script(), arguments);
        if (!process.waitForFinished(60'000)) {
            process.kill();
            process.waitForFinished();
            return Error{ErrorKind::Transient,
                         QStringLiteral("wordpress-site.sh %1 did not end within 60 s: %2")
                                 .arg(arguments.first(), process.errorString())};
        }
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return Error{ErrorKind::Permanent,
                         QStringLiteral("wordpress-site.sh %1 failed (%2): %3%4")
                                 .arg(arguments.first())
                                 .arg(process.exitCode())
                                 .arg(QString::fromUtf8(process.readAllStandardError()), output)};
        return output;
    }

    static Result<void> done(const Result<QString> &result)
    {
        if (!result)
            return result.error();
        return {};
    }

    QString m_why;
};

} // namespace Copydesk::Testing
