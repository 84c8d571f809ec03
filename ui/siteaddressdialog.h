// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace Copydesk {

/**
 * Asks where readers will find what a destination publishes, before the
 * first publication to it: links in pages, feeds and ninjs are made from
 * this address, and a folder's file:// path would reach no reader. OK
 * takes only an http(s) address with a host; a placeholder host is
 * flagged.
 */
class SiteAddressDialog : public QDialog
{
    Q_OBJECT

public:
    /// where: the destination as the desk knows it ("the folder /srv/site", "“Website” (WebDAV
    /// …)").
    SiteAddressDialog(const QString &where, const QUrl &suggested, QWidget *parent = nullptr);

    QUrl address() const;
    QLineEdit *addressEdit() const { return m_address; }

private:
    void validate();

    QLineEdit *m_address;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Copydesk
