// SPDX-License-Identifier: MIT
#include "siteaddressdialog.h"

#include "feeds/outputcheck.h"
#include "publish/publishsettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

SiteAddressDialog::SiteAddressDialog(const QString &where, const QUrl &suggested, QWidget *parent)
    : QDialog(parent)
    , m_address(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"siteAddressDialog"_s);
    setWindowTitle(tr("Site Address"));

    // Unwrapped lines: the dialog takes the width they need, with no window manager too.
    auto *question =
            new QLabel(tr("Where will readers find what is published to\n%1?").arg(where), this);
    question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *why = new QLabel(tr("Pages, feeds and ninjs link to each story with this address;\n"
                              "without it they would point at files on this computer."),
                           this);

    m_address->setObjectName(u"siteAddressEdit"_s);
    m_address->setPlaceholderText(tr("https://news.example.org/"));
    m_address->setToolTip(tr("The web address the published files are served at, starting with "
                             "https://"));
    m_address->setClearButtonEnabled(true);
    if (PublishSettings::isWebUrl(suggested))
        m_address->setText(suggested.toString());

    m_problem->setObjectName(u"siteAddressProblem"_s);
    // Always there, empty or not, so the dialog does not change size as one types.
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing());

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Use This Address"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, &SiteAddressDialog::validate);

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("Site &address:"), this);
    label->setBuddy(m_address);
    form->addRow(label, m_address);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(why);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    validate();
    m_address->setFocus();
}

QUrl SiteAddressDialog::address() const
{
    QUrl url(m_address->text().trimmed(), QUrl::StrictMode);
    if (!url.path().endsWith(u'/'))
        url.setPath(url.path() + u'/');
    return url;
}

void SiteAddressDialog::validate()
{
    const QString text = m_address->text().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    const bool usable = PublishSettings::isWebUrl(url);
    QString note;
    if (!text.isEmpty() && !usable)
        note = tr("The address must start with https:// or http:// and name a host.");
    else if (usable && siteAddressProblem(url))
        note = tr("⚠ %1 is a placeholder name readers cannot reach.").arg(url.host());
    m_problem->setText(note);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(usable);
}

} // namespace Copydesk
