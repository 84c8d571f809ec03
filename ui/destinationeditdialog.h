// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "store/destinationconfig.h"

#include <QDialog>
#include <QList>

#include <functional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace Copydesk {

/**
 * One destination, to add or change: its name, kind (a folder, a WebDAV
 * server, a push endpoint, a WordPress site), the folder or address, the
 * WebDAV or WordPress user, the password, signing secret or application
 * password (kept by the secret service, or read from an environment
 * variable when none runs or a server prefers it), the site
 * address, where pictures go, a WebSub hub, a CA file, the timeout, and
 * whether it takes publications. OK stays disabled while an entry cannot
 * work, with a line that says which and why, as copydesk-cli would.
 */
class DestinationEditDialog : public QDialog
{
    Q_OBJECT

public:
    /// Keeps what was entered; secret is empty when none was typed (the kept one stays).
    using Save =
            std::function<Result<void>(const DestinationConfig &config, const QString &secret)>;

    /**
     * config: the destination to change, or a new one to add (adding);
     * others: the library's destinations, so a name or a place is not
     * taken twice; secretService: whether a secret service can keep a
     * password here. save runs on OK; the dialog stays open when it fails.
     */
    DestinationEditDialog(const DestinationConfig &config, QList<DestinationConfig> others,
                          bool adding, bool secretService, Save save, QWidget *parent = nullptr);

    /// The destination as entered.
    DestinationConfig config() const;
    /// The password or secret typed; empty when the field was left as it was.
    QString secret() const;
    /// Why OK is disabled; empty when the entries are fine.
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *targetEdit() const { return m_target; }
    QLineEdit *userEdit() const { return m_user; }
    QLabel *userLabel() const { return m_userLabel; }
    QLabel *secretLabel() const { return m_secretLabel; }
    /// Whether the row of field is shown for the kind chosen.
    bool isRowShown(QWidget *field) const;
    QLineEdit *secretEdit() const { return m_secret; }
    QCheckBox *fromEnvironmentCheck() const { return m_fromEnvironment; }
    QLineEdit *environmentEdit() const { return m_environment; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *assetsUrlEdit() const { return m_assetsUrl; }
    QLineEdit *hubUrlEdit() const { return m_hubUrl; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QCheckBox *enabledCheck() const { return m_enabled; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const;

public Q_SLOTS:
    void accept() override;

private:
    DestinationKind kind() const;
    void kindChanged();
    void validate();
    void browseFolder();
    void browseCaFile();

    DestinationConfig m_original;
    QList<DestinationConfig> m_others;
    bool m_adding;
    bool m_secretService;
    Save m_save;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLabel *m_targetLabel;
    QLineEdit *m_target;
    QPushButton *m_browseFolder;
    QWidget *m_targetRow;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QCheckBox *m_fromEnvironment;
    QLineEdit *m_environment;
    QWidget *m_secretRow;
    QLabel *m_secretNote;
    QLabel *m_baseUrlLabel;
    QLineEdit *m_baseUrl;
    QLineEdit *m_assetsUrl;
    QLineEdit *m_hubUrl;
    QLineEdit *m_caFile;
    QWidget *m_caRow;
    QSpinBox *m_timeout;
    QCheckBox *m_enabled;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Copydesk
