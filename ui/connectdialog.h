// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>

#include <utility>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;
QT_END_NAMESPACE

namespace Copydesk {

struct ServerAddress;

/**
 * Library → Connect to Server…: where the newsroom's PostgreSQL library
 * is (server or socket folder, port, database, user, password, TLS). Connect
 * tries the address on a worker thread, the dialog staying live with a busy
 * bar, and closes only once the library opened there; a refusal is shown
 * in the dialog with every field kept. The password can be kept in the
 * desktop's secret service, and the address (never the password) made the
 * library every start opens.
 */
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    /// How long a server that does not answer is waited for.
    static constexpr int connectTimeoutSeconds = 10;

    /// Starts from address (postgresql://…) when it names a server, else from defaults.
    explicit ConnectDialog(const QString &address, bool secretServiceAvailable,
                           QWidget *parent = nullptr);
    ~ConnectDialog() override;

    /// The address without its password: what the settings and the window show.
    QString address() const;
    /// The address with the password typed, for opening the library.
    QString location() const;
    QString password() const;
    /// Whether the password is to be kept in the secret service.
    bool rememberPassword() const;
    /// Whether every start opens this library.
    bool openAtStart() const;

    /// Why the fields name no usable address yet; empty when they do.
    QString problem() const;
    /// The message of the last refused attempt (tests).
    QString refusal() const;
    /// Whether an attempt is under way.
    bool isConnecting() const;

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QCheckBox *atStartBox() const { return m_atStart; }

public Q_SLOTS:
    /// Tries the address; the dialog is accepted when the library opens there.
    void tryConnect();

private:
    ServerAddress fields() const;
    void showState();
    void finished(const QString &error);

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_tls;
    QCheckBox *m_remember;
    QCheckBox *m_atStart;
    QLabel *m_preview;
    QProgressBar *m_busy;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    /// libpq keywords the starting address gave beyond those the dialog shows.
    QList<std::pair<QString, QString>> m_otherOptions;
    QString m_refusal;
    bool m_connecting = false;
};

} // namespace Copydesk
