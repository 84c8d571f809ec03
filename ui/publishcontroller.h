// SPDX-License-Identifier: MIT
#pragma once

#include "publish/publishservice.h"

#include <QObject>

#include <optional>

namespace Copydesk {

class DeliveryController;
class Desk;
class DocumentController;
class StoryEditor;

/**
 * Publishing from the window: File → Publish… asks which kind of
 * publication it is (a first publication; for a story already out a minor
 * update, a major update or a correction with its note; a withdrawal with
 * its reason; a republication) and records it through the publishing
 * service with a pending delivery per destination; the outbox worker
 * delivers them, so the window never waits on a destination. Also the
 * publishing settings and delivering again what is still waiting.
 */
class PublishController : public QObject
{
    Q_OBJECT

public:
    /// Makes the publish, withdraw, deliver and publish.settings actions.
    PublishController(Desk &desk, DocumentController &documents, StoryEditor *editor,
                      DeliveryController &deliveries, QObject *parent = nullptr);

    /**
     * Asks and publishes the open story, saving unsaved changes first;
     * kind preselects the kind (Withdraw for Story → Withdraw…). False when
     * nothing went out.
     */
    bool publishStory(std::optional<PublicationKind> kind = std::nullopt);
    /// Makes every delivery still waiting due now, for the outbox worker.
    void deliverAgain();
    void editSettings();

    /// The service for store, with the desk's house style and destinations (for checks on this
    /// thread).
    PublishService serviceFor(StoryStore &store) const;

private:
    void updateActions();

    Desk &m_desk;
    DocumentController &m_documents;
    StoryEditor *m_editor;
    DeliveryController &m_deliveries;
    bool m_busy = false;
};

} // namespace Copydesk
