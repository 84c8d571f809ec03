// SPDX-License-Identifier: MIT
#pragma once

#include "store/destinationconfig.h"
#include "wordpressopendialog.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Copydesk {

class DeliveryController;
class Desk;
class DocumentController;

/**
 * Posts written in WordPress into the library: File → Open from
 * WordPress… lists the posts of one of the library's WordPress sites and
 * imports those chosen as stories linked to their posts, then opens the
 * first in the editor. With no WordPress site in the library it says how
 * to add one.
 */
class WordPressController : public QObject
{
    Q_OBJECT

public:
    /// Makes the import.wordpress action; the sites' passwords come from deliveries' cache.
    WordPressController(Desk &desk, DocumentController &documents, DeliveryController &deliveries,
                        QObject *parent = nullptr);

    /// The library's WordPress sites.
    QList<DestinationConfig> sites() const;
    /// Opens the dialog (modal; returns when it closes), or explains how to add a site.
    void openFromWordPress();
    /// The dialog while it is open.
    WordPressOpenDialog *dialog() const { return m_dialog; }

private:
    Desk &m_desk;
    DocumentController &m_documents;
    DeliveryController &m_deliveries;
    QPointer<WordPressOpenDialog> m_dialog;
};

} // namespace Copydesk
