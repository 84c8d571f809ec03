// SPDX-License-Identifier: MIT
#include "connectdialog.h"

#include "store/library.h"
#include "store/postgresdialect.h"
#include "story/history.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// libpq's sslmode values the dialog offers, the first being libpq's own default.
struct TlsChoice
{
    const char *mode;
    const char *label;
};

constexpr TlsChoice tlsChoices[] = {
        {"",
         QT_TRANSLATE_NOOP("Copydesk::ConnectDialog",
                           "When the server offers it (libpq's default)")},
        {"require", QT_TRANSLATE_NOOP("Copydesk::ConnectDialog", "Always encrypted")},
        {"verify-full",
         QT_TRANSLATE_NOOP("Copydesk::ConnectDialog",
                           "Encrypted, the server's certificate checked")},
        {"disable", QT_TRANSLATE_NOOP("Copydesk::ConnectDialog", "Never (a trusted network only)")},
};

/// Whether the library opens at location: empty, or why not.
QString tryLibrary(const QString &location)
{
    auto opened = Library::open(location);
    return opened ? QString() : opened.errorMessage();
}

} // namespace

ConnectDialog::ConnectDialog(const QString &address, bool secretServiceAvailable, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the secret service"), this))
    , m_atStart(new QCheckBox(tr("Open this library at every &start"), this))
    , m_preview(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"connectDialog"_s);
    setWindowTitle(tr("Connect to a Newsroom Server"));

    ServerAddress start;
    start.host = u"localhost"_s;
    start.database = u"copydesk"_s;
    // The login name, as libpq itself would use it.
    start.user = currentAuthor();
    if (ServerAddress::isServerAddress(address)) {
        if (auto parsed = ServerAddress::parse(address))
            start = *parsed;
    }

    m_host->setObjectName(u"connectHost"_s);
    m_host->setText(start.host);
    m_host->setToolTip(tr("The PostgreSQL server's name or address, or the folder of its "
                          "socket on this computer (such as /run/postgresql)"));
    m_port->setObjectName(u"connectPort"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(start.port);
    m_port->setToolTip(tr("The server's port; PostgreSQL's own is 5432"));
    m_database->setObjectName(u"connectDatabase"_s);
    m_database->setText(start.database);
    m_database->setToolTip(tr("The database the newsroom's library lives in. An empty database "
                              "is set up as a library by the first desk to connect"));
    m_user->setObjectName(u"connectUser"_s);
    m_user->setText(start.user);
    m_user->setToolTip(tr("Your PostgreSQL user name"));
    m_password->setObjectName(u"connectPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setText(start.password);
    m_password->setPlaceholderText(tr("Empty: PGPASSWORD or ~/.pgpass, if they hold one"));
    m_password->setToolTip(tr("Sent to the server only; never shown, logged or kept in the "
                              "settings"));
    m_tls->setObjectName(u"connectTls"_s);
    m_tls->setToolTip(tr("Whether the connection to the server is encrypted (libpq's sslmode)"));
    QString startMode;
    for (const auto &[key, value] : std::as_const(start.options)) {
        if (key == u"sslmode")
            startMode = value;
        else
            m_otherOptions.append({key, value});
    }
    for (const TlsChoice &choice : tlsChoices)
        m_tls->addItem(tr(choice.label), QString::fromLatin1(choice.mode));
    if (m_tls->findData(startMode) < 0)
        m_tls->addItem(startMode, startMode);
    m_tls->setCurrentIndex(m_tls->findData(startMode));

    m_remember->setObjectName(u"connectRemember"_s);
    m_remember->setEnabled(secretServiceAvailable);
    m_remember->setChecked(secretServiceAvailable);
    m_remember->setToolTip(
            secretServiceAvailable
                    ? tr("Keep the password in the desktop's secret service (GNOME Keyring, "
                         "KWallet), so that the next start connects without asking")
                    : tr("No secret service runs here: the password is used for this window "
                         "only. PGPASSWORD or ~/.pgpass can hold it instead"));
    m_atStart->setObjectName(u"connectAtStart"_s);
    m_atStart->setChecked(true);
    m_atStart->setToolTip(tr("Make this the library Copydesk and copydesk-cli open unless told "
                             "otherwise (the settings' library/location; never the password)"));

    m_preview->setObjectName(u"connectAddress"_s);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setToolTip(tr("The address to give copydesk-cli --library, or the other desks"));
    m_busy->setObjectName(u"connectBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();
    m_problem->setObjectName(u"connectProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x20, 0x20));
    m_problem->setPalette(palette);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::tryConnect);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto row = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("Ser&ver:"), m_host);
    row(tr("P&ort:"), m_port);
    row(tr("&Database:"), m_database);
    row(tr("&User:"), m_user);
    row(tr("&Password:"), m_password);
    row(tr("&Encryption:"), m_tls);
    form->addRow(tr("Address:"), m_preview);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_atStart);
    layout->addWidget(m_busy);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    for (QLineEdit *edit : {m_host, m_database, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::showState);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::showState);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ConnectDialog::showState);
    showState();
}

ConnectDialog::~ConnectDialog() = default;

ServerAddress ConnectDialog::fields() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.password = m_password->text();
    address.options = m_otherOptions;
    if (const QString mode = m_tls->currentData().toString(); !mode.isEmpty())
        address.options.append({u"sslmode"_s, mode});
    return address;
}

QString ConnectDialog::address() const
{
    return fields().toString(false);
}

QString ConnectDialog::location() const
{
    return fields().toString(true);
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

bool ConnectDialog::openAtStart() const
{
    return m_atStart->isChecked();
}

QString ConnectDialog::problem() const
{
    if (m_host->text().trimmed().isEmpty())
        return tr("Name the server, or the folder of its socket.");
    if (m_database->text().trimmed().isEmpty())
        return tr("Name the database the library lives in.");
    if (m_user->text().trimmed().isEmpty())
        return tr("Give your PostgreSQL user name.");
    if (auto parsed = ServerAddress::parse(address()); !parsed)
        return parsed.errorMessage();
    return {};
}

QString ConnectDialog::refusal() const
{
    return m_refusal;
}

bool ConnectDialog::isConnecting() const
{
    return m_connecting;
}

void ConnectDialog::showState()
{
    const QString why = problem();
    m_preview->setText(why.isEmpty() ? address() : QString());
    const QString shown = m_connecting ? tr("Connecting to %1…").arg(m_host->text().trimmed())
                                       : (why.isEmpty() ? m_refusal : why);
    m_problem->setText(shown);
    m_problem->setVisible(!shown.isEmpty());
    m_busy->setVisible(m_connecting);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty() && !m_connecting);
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user, m_password, m_tls})
        field->setEnabled(!m_connecting);
}

void ConnectDialog::tryConnect()
{
    if (m_connecting || !problem().isEmpty())
        return;
    // A server that never answers is given up after a while, not waited for.
    ServerAddress attempt = fields();
    bool timed = false;
    for (const auto &[key, value] : std::as_const(attempt.options))
        timed = timed || key == u"connect_timeout";
    if (!timed)
        attempt.options.append({u"connect_timeout"_s, QString::number(connectTimeoutSeconds)});
    const QString location = attempt.toString(true);
    m_connecting = true;
    m_refusal.clear();
    showState();
    // Connect is off while an attempt runs; the dialog closing drops its answer with the watcher.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        finished(error);
    });
    watcher->setFuture(QtConcurrent::run(&tryLibrary, location));
}

void ConnectDialog::finished(const QString &error)
{
    m_connecting = false;
    if (error.isEmpty()) {
        accept();
        return;
    }
    m_refusal = error;
    showState();
    m_password->setFocus();
}

} // namespace Copydesk
