// SPDX-License-Identifier: MIT
#include "wordpresscontroller.h"

#include "actionregistry.h"
#include "deliverycontroller.h"
#include "desk.h"
#include "documentcontroller.h"
#include "secretcache.h"
#include "wordpressopendialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Copydesk {

WordPressController::WordPressController(Desk &desk, DocumentController &documents,
                                         DeliveryController &deliveries, QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_documents(documents)
    , m_deliveries(deliveries)
{
    QAction *a = desk.actions().add(
            u"import.wordpress"_s, tr("Open from &WordPress…"),
            tr("List the posts of a WordPress site and bring those chosen into the library as "
               "stories linked to their posts"),
            u"document-open-remote"_s);
    connect(a, &QAction::triggered, this, &WordPressController::openFromWordPress);
}

QList<DestinationConfig> WordPressController::sites() const
{
    QList<DestinationConfig> found;
    const auto configs = m_desk.store().destinations();
    if (!configs)
        return found;
    for (const DestinationConfig &config : *configs) {
        if (config.kind == DestinationKind::WordPress)
            found.append(config);
    }
    return found;
}

void WordPressController::openFromWordPress()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    QList<DestinationConfig> found = sites();
    if (found.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Open from WordPress"),
                        tr("The library has no WordPress site to open posts from."),
                        QMessageBox::Close, m_desk.window());
        box.setObjectName(u"wordPressNoSite"_s);
        box.setInformativeText(
                tr("Add one in Publishing → Destinations…: choose the kind “WordPress site "
                   "(REST API)” and give the site's address, your WordPress user name and an "
                   "application password, which WordPress makes under Users → Profile → "
                   "Application Passwords."));
        QPushButton *add = box.addButton(tr("&Destinations…"), QMessageBox::AcceptRole);
        add->setToolTip(tr("Open Publishing → Destinations… to add the site"));
        box.setDefaultButton(add);
        box.exec();
        if (box.clickedButton() != add)
            return;
        m_deliveries.editDestinations();
        found = sites();
        if (found.isEmpty())
            return;
    }

    WordPressOpenDialog dialog(found, m_desk.libraryConnection(), m_desk.publishSettings(),
                               *m_deliveries.secrets(), m_desk.newsroomZone(), m_desk.window());
    m_dialog = &dialog;
    dialog.exec();
    m_dialog = nullptr;
    const QList<WordPressImported> imported = dialog.imported();
    if (imported.isEmpty())
        return;
    Q_EMIT m_desk.libraryChanged();
    const int brought =
            int(std::count_if(imported.cbegin(), imported.cend(),
                              [](const WordPressImported &one) { return !one.existing; }));
    QString said = tr("Imported %n posts from %1.", nullptr, brought).arg(dialog.site().name);
    if (const int existing = int(imported.size()) - brought; existing > 0)
        said += u' ' + tr("%n were in the library already.", nullptr, existing);
    // The usual prompt guards unsaved edits of the open story.
    m_documents.openStory(imported.constFirst().story.id());
    m_desk.showStatus(said, 10'000);
}

} // namespace Copydesk
