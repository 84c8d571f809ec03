// SPDX-License-Identifier: MIT
#include "destinationeditdialog.h"

#include "publish/destinationcheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// An address as entered: empty stays empty, anything else is read strictly.
QUrl urlFrom(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

QString urlText(const QUrl &url)
{
    return url.isEmpty() ? QString() : url.toString();
}

} // namespace

DestinationEditDialog::DestinationEditDialog(const DestinationConfig &config,
                                             QList<DestinationConfig> others, bool adding,
                                             bool secretService, Save save, QWidget *parent)
    : QDialog(parent)
    , m_original(config)
    , m_others(std::move(others))
    , m_adding(adding)
    , m_secretService(secretService)
    , m_save(std::move(save))
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(config.name, this))
    , m_kind(new QComboBox(this))
    , m_targetLabel(new QLabel(this))
    , m_target(new QLineEdit(config.kind == DestinationKind::Folder
                                     ? QDir::toNativeSeparators(config.target)
                                     : config.target,
                             this))
    , m_browseFolder(new QPushButton(tr("&Browse…"), this))
    , m_targetRow(new QWidget(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(config.user, this))
    , m_secretLabel(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_fromEnvironment(new QCheckBox(tr("Read it from the environment &variable:"), this))
    , m_environment(new QLineEdit(config.secretEnv, this))
    , m_secretRow(new QWidget(this))
    , m_secretNote(new QLabel(this))
    , m_baseUrlLabel(new QLabel(this))
    , m_baseUrl(new QLineEdit(urlText(config.baseUrl), this))
    , m_assetsUrl(new QLineEdit(urlText(config.assetsUrl), this))
    , m_hubUrl(new QLineEdit(urlText(config.hubUrl), this))
    , m_caFile(new QLineEdit(QDir::toNativeSeparators(config.caFile), this))
    , m_caRow(new QWidget(this))
    , m_timeout(new QSpinBox(this))
    , m_enabled(new QCheckBox(tr("&Enabled: publications go here"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"destinationEditDialog"_s);
    setWindowTitle(adding ? tr("Add Destination") : tr("Edit Destination “%1”").arg(config.name));

    m_name->setObjectName(u"destinationName"_s);
    m_name->setPlaceholderText(tr("website"));
    m_name->setToolTip(adding ? tr("How the desk calls it; the Publish Queue and messages use it")
                              : tr("The name stays: remove the destination and add it again to "
                                   "rename it"));
    m_name->setMaxLength(longestDestinationName);
    // The name is what its secret is kept under and its deliveries are listed by.
    m_name->setReadOnly(!adding);

    m_kind->setObjectName(u"destinationKind"_s);
    m_kind->addItem(tr("Folder"), int(DestinationKind::Folder));
    m_kind->addItem(tr("WebDAV server (HTTPS)"), int(DestinationKind::WebDav));
    m_kind->addItem(tr("Push endpoint (ninjs over HTTPS)"), int(DestinationKind::Push));
    m_kind->addItem(tr("WordPress site (REST API)"), int(DestinationKind::WordPress));
    m_kind->setCurrentIndex(m_kind->findData(int(config.kind)));
    m_kind->setToolTip(tr("A folder a web server serves, a WebDAV server taking the site's "
                          "files, a partner's endpoint taking each story as signed ninjs, or a "
                          "WordPress site taking each story as a post"));

    m_target->setObjectName(u"destinationTarget"_s);
    m_browseFolder->setToolTip(tr("Pick the folder"));
    auto *targetLayout = new QHBoxLayout(m_targetRow);
    targetLayout->setContentsMargins(0, 0, 0, 0);
    targetLayout->addWidget(m_target, 1);
    targetLayout->addWidget(m_browseFolder);

    m_user->setObjectName(u"destinationUser"_s);

    m_secret->setObjectName(u"destinationSecret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_fromEnvironment->setObjectName(u"destinationFromEnvironment"_s);
    m_fromEnvironment->setToolTip(tr("For servers and scripts: the password or secret is read "
                                     "from this environment variable whenever it is needed"));
    m_environment->setObjectName(u"destinationEnvironment"_s);
    m_environment->setPlaceholderText(tr("COPYDESK_WEBSITE_SECRET"));
    m_secretNote->setObjectName(u"destinationSecretNote"_s);
    m_secretNote->setWordWrap(true);
    m_secretNote->setText(tr("No secret service runs here to keep a password: name an "
                             "environment variable that holds it."));
    auto *environmentRow = new QHBoxLayout;
    environmentRow->setContentsMargins(0, 0, 0, 0);
    environmentRow->addWidget(m_fromEnvironment);
    environmentRow->addWidget(m_environment, 1);
    auto *secretLayout = new QVBoxLayout(m_secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_secret);
    secretLayout->addLayout(environmentRow);
    secretLayout->addWidget(m_secretNote);
    const bool fromEnvironment = !config.secretEnv.isEmpty() || !secretService;
    m_fromEnvironment->setChecked(fromEnvironment);
    m_fromEnvironment->setEnabled(secretService);
    m_secretNote->setVisible(!secretService);
    if (!adding && config.needsSecret() && config.secretEnv.isEmpty())
        m_secret->setPlaceholderText(tr("Unchanged: the one kept stays"));

    m_baseUrl->setObjectName(u"destinationBaseUrl"_s);
    m_baseUrl->setToolTip(tr("The address readers find the site's files at, for links and "
                             "feeds"));
    m_assetsUrl->setObjectName(u"destinationAssetsUrl"_s);
    m_assetsUrl->setPlaceholderText(tr("Empty: pictures are not sent"));
    m_assetsUrl->setToolTip(tr("Where the endpoint takes pictures, each PUT under its name"));
    m_hubUrl->setObjectName(u"destinationHubUrl"_s);
    m_hubUrl->setPlaceholderText(tr("Empty: no hub is told"));
    m_hubUrl->setToolTip(tr("A WebSub hub told each time the feeds change"));

    m_caFile->setObjectName(u"destinationCaFile"_s);
    m_caFile->setPlaceholderText(tr("Empty: the system's certificate authorities"));
    m_caFile->setToolTip(tr("A PEM file with the newsroom's own certificate authority, trusted "
                            "besides the system's"));
    auto *browseCa = new QPushButton(tr("B&rowse…"), this);
    browseCa->setToolTip(tr("Pick the CA certificate file"));
    auto *caLayout = new QHBoxLayout(m_caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(browseCa);

    m_timeout->setObjectName(u"destinationTimeout"_s);
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(config.timeoutSeconds);
    m_timeout->setToolTip(tr("An attempt that hears nothing for this long is given up and "
                             "tried again later"));
    m_enabled->setObjectName(u"destinationEnabled"_s);
    m_enabled->setChecked(config.enabled);

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(label(tr("&Name:"), m_name), m_name);
    m_form->addRow(label(tr("&Kind:"), m_kind), m_kind);
    m_targetLabel->setBuddy(m_target);
    m_form->addRow(m_targetLabel, m_targetRow);
    m_userLabel->setBuddy(m_user);
    m_form->addRow(m_userLabel, m_user);
    m_secretLabel->setBuddy(m_secret);
    m_form->addRow(m_secretLabel, m_secretRow);
    m_baseUrlLabel->setBuddy(m_baseUrl);
    m_form->addRow(m_baseUrlLabel, m_baseUrl);
    m_form->addRow(label(tr("Pictures &go to:"), m_assetsUrl), m_assetsUrl);
    m_form->addRow(label(tr("WebSub &hub:"), m_hubUrl), m_hubUrl);
    m_form->addRow(label(tr("&CA certificate:"), m_caFile), m_caRow);
    m_form->addRow(label(tr("&Timeout:"), m_timeout), m_timeout);
    m_form->addRow(QString(), m_enabled);

    m_problem->setObjectName(u"destinationProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x20, 0x20));
    m_problem->setPalette(palette);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &DestinationEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DestinationEditDialog::kindChanged);
    connect(m_browseFolder, &QPushButton::clicked, this, &DestinationEditDialog::browseFolder);
    connect(browseCa, &QPushButton::clicked, this, &DestinationEditDialog::browseCaFile);
    connect(m_fromEnvironment, &QCheckBox::toggled, this, &DestinationEditDialog::validate);
    for (QLineEdit *edit : {m_name, m_target, m_user, m_secret, m_environment, m_baseUrl,
                            m_assetsUrl, m_hubUrl, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &DestinationEditDialog::validate);
    connect(m_timeout, &QSpinBox::valueChanged, this, &DestinationEditDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(600);
    kindChanged();
    // A destination changed keeps its name: start where a change is likely.
    (adding ? static_cast<QWidget *>(m_name) : m_target)->setFocus();
}

QPushButton *DestinationEditDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

bool DestinationEditDialog::isRowShown(QWidget *field) const
{
    return m_form->isRowVisible(field);
}

DestinationKind DestinationEditDialog::kind() const
{
    return DestinationKind(m_kind->currentData().toInt());
}

DestinationConfig DestinationEditDialog::config() const
{
    DestinationConfig config = m_original;
    config.name = m_name->text();
    config.kind = kind();
    const QString target = m_target->text().trimmed();
    if (config.kind == DestinationKind::Folder) {
        config.target =
                target.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(target));
    } else {
        const QUrl url(target, QUrl::StrictMode);
        config.target = url.isValid() && !target.isEmpty() ? url.toString() : target;
    }
    config.user =
            config.kind == DestinationKind::WebDav || config.kind == DestinationKind::WordPress
            ? m_user->text().trimmed()
            : QString();
    config.secretEnv = config.needsSecret() && m_fromEnvironment->isChecked()
            ? m_environment->text().trimmed()
            : QString();
    config.baseUrl = urlFrom(m_baseUrl);
    config.assetsUrl = config.kind == DestinationKind::Push ? urlFrom(m_assetsUrl) : QUrl();
    // A WordPress site sends its own feeds: a hub typed for another kind is left behind.
    config.hubUrl = config.kind == DestinationKind::WordPress ? QUrl() : urlFrom(m_hubUrl);
    const QString caFile = m_caFile->text().trimmed();
    config.caFile = config.needsSecret() && !caFile.isEmpty()
            ? QDir::cleanPath(QDir::fromNativeSeparators(caFile))
            : QString();
    config.timeoutSeconds = m_timeout->value();
    config.enabled = m_enabled->isChecked();
    return config;
}

QString DestinationEditDialog::secret() const
{
    const DestinationConfig entered = config();
    return entered.needsSecret() && entered.secretEnv.isEmpty() && !m_fromEnvironment->isChecked()
            ? m_secret->text()
            : QString();
}

QString DestinationEditDialog::problem() const
{
    const DestinationConfig entered = config();
    if (const auto checked = checkDestinationConfig(entered, m_others, !m_adding); !checked)
        return checked.errorMessage();
    if (entered.needsSecret() && m_fromEnvironment->isChecked() && entered.secretEnv.isEmpty())
        return m_secretService ? tr("Name the environment variable that holds the password or "
                                    "secret, or type it above instead.")
                               : tr("No secret service runs here to keep a password: name an "
                                    "environment variable that holds it.");
    if (entered.needsSecret() && !m_fromEnvironment->isChecked() && m_secret->text().isEmpty()) {
        // A destination changed keeps the password kept for it; a new one, or
        // one that read its secret from the environment until now, needs one.
        const bool kept = !m_adding && m_original.needsSecret() && m_original.secretEnv.isEmpty();
        if (!kept)
            switch (entered.kind) {
            case DestinationKind::WebDav:
                return tr("Type the password, or name an environment variable that holds it.");
            case DestinationKind::WordPress:
                return tr("Type the application password, or name an environment variable that "
                          "holds it.");
            default:
                return tr("Type the signing secret, or name an environment variable that holds "
                          "it.");
            }
    }
    return {};
}

void DestinationEditDialog::kindChanged()
{
    const DestinationKind current = kind();
    const bool remote = current != DestinationKind::Folder;
    const QString secretKept = tr("Kept by the desktop's secret service, never in the library or "
                                  "the settings");
    m_baseUrlLabel->setText(tr("Site a&ddress:"));
    switch (current) {
    case DestinationKind::Folder:
        m_targetLabel->setText(tr("&Folder:"));
        m_target->setPlaceholderText(QDir::toNativeSeparators(u"/srv/www/news"_s));
        m_target->setToolTip(tr("The folder a web server serves: pages, ninjs files, pictures and "
                                "feeds are written here"));
        m_baseUrl->setPlaceholderText(tr("Empty: the publishing settings' site address"));
        break;
    case DestinationKind::WebDav:
        m_targetLabel->setText(tr("&Address:"));
        m_target->setPlaceholderText(tr("https://dav.example/news/"));
        m_target->setToolTip(tr("The WebDAV collection the site's files go to"));
        m_baseUrl->setPlaceholderText(tr("Empty: the WebDAV address"));
        m_userLabel->setText(tr("&User:"));
        m_user->setPlaceholderText(QString());
        m_user->setToolTip(tr("The user name the WebDAV server knows the desk by"));
        m_secretLabel->setText(tr("&Password:"));
        m_secret->setToolTip(secretKept);
        break;
    case DestinationKind::Push:
        m_targetLabel->setText(tr("&Address:"));
        m_target->setPlaceholderText(tr("https://partner.example/ninjs"));
        m_target->setToolTip(tr("The endpoint each version's ninjs is posted to"));
        m_baseUrl->setPlaceholderText(tr("Empty: the publishing settings' site address"));
        m_secretLabel->setText(tr("Signing &secret:"));
        m_secret->setToolTip(secretKept);
        break;
    case DestinationKind::WordPress:
        m_targetLabel->setText(tr("Site &address:"));
        m_target->setPlaceholderText(tr("https://news.example/"));
        m_target->setToolTip(tr("The WordPress site's own address, where readers find it; its "
                                "REST API is found from there"));
        // The site's address is the row above; this one only when readers go elsewhere.
        m_baseUrlLabel->setText(tr("Readers' a&ddress:"));
        m_baseUrl->setPlaceholderText(tr("Empty: the site's address"));
        m_userLabel->setText(tr("WordPress &user:"));
        m_user->setPlaceholderText(tr("editor"));
        m_user->setToolTip(tr("The WordPress user the posts are written as: the one the "
                              "application password belongs to"));
        m_secretLabel->setText(tr("Application &password:"));
        m_secret->setToolTip(tr("Not the user's login password: an application password, made "
                                "in WordPress under Users → Profile → Application Passwords "
                                "(the site needs HTTPS for it). Kept by the desktop's secret "
                                "service, never in the library or the settings."));
        break;
    }
    m_browseFolder->setVisible(!remote);
    m_form->setRowVisible(
            m_user, current == DestinationKind::WebDav || current == DestinationKind::WordPress);
    m_form->setRowVisible(m_secretRow, remote);
    m_form->setRowVisible(m_assetsUrl, current == DestinationKind::Push);
    // A WordPress site tells its own readers' feeds apart; it takes no hub from the desk.
    m_form->setRowVisible(m_hubUrl, current != DestinationKind::WordPress);
    m_form->setRowVisible(m_caRow, remote);
    validate();
    // Rows come and go with the kind: the dialog takes the height they need.
    adjustSize();
}

void DestinationEditDialog::validate()
{
    m_environment->setEnabled(m_fromEnvironment->isChecked());
    m_secret->setEnabled(!m_fromEnvironment->isChecked());
    const QString why = problem();
    // A new, still empty form is not scolded; OK says enough until something is typed.
    const bool untouched = m_adding && m_name->text().isEmpty() && m_target->text().isEmpty();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty() && !untouched);
    okButton()->setEnabled(why.isEmpty());
}

void DestinationEditDialog::accept()
{
    if (!problem().isEmpty())
        return;
    if (m_save) {
        if (auto saved = m_save(config(), secret()); !saved) {
            m_problem->setText(saved.errorMessage());
            m_problem->setVisible(true);
            return;
        }
    }
    QDialog::accept();
}

void DestinationEditDialog::browseFolder()
{
    const QString start = m_target->text().trimmed();
    const QString chosen = QFileDialog::getExistingDirectory(
            this, tr("Destination Folder"),
            start.isEmpty() ? QDir::homePath() : QDir::fromNativeSeparators(start));
    if (!chosen.isEmpty())
        m_target->setText(QDir::toNativeSeparators(chosen));
}

void DestinationEditDialog::browseCaFile()
{
    const QString start = m_caFile->text().trimmed();
    const QString chosen = QFileDialog::getOpenFileName(
            this, tr("CA Certificate"),
            start.isEmpty() ? QDir::homePath() : QDir::fromNativeSeparators(start),
            tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!chosen.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(chosen));
}

} // namespace Copydesk
