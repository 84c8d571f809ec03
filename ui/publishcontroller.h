// SPDX-License-Identifier: MIT
#pragma once

#include "publish/publishservice.h"

#include <QObject>

#include <optional>

namespace Copydesk {

class Desk;
class DocumentController;
class StoryEditor;

/**
 * Publishing from the window: File → Publish… asks which kind of
 * publication it is (a first publication; for a story already out a minor
 * update, a major update or a correction with its note; a withdrawal with
 * its reason; a republication) and runs it through the publishing service
 * on a worker thread with a progress dialog, so the window never waits on
 * a destination. Also the publishing settings and delivering again what
 * did not arrive.
 */
class PublishController : public QObject
{
    Q_OBJECT

public:
    /// Makes the publish, withdraw, deliver and publish.settings actions.
    PublishController(Desk &desk, DocumentController &documents, StoryEditor *editor,
                      QObject *parent = nullptr);

    /**
     * Asks and publishes the open story, saving unsaved changes first;
     * kind preselects the kind (Withdraw for Story → Withdraw…). False when
     * nothing went out.
     */
    bool publishStory(std::optional<PublicationKind> kind = std::nullopt);
    /// Tries again every delivery that did not arrive.
    bool deliverAgain();
    void editSettings();

    /// The service for store, with the desk's house style and destinations (for checks on this thread).
    PublishService serviceFor(StoryStore &store) const;

private:
    void updateActions();

    Desk &m_desk;
    DocumentController &m_documents;
    StoryEditor *m_editor;
    bool m_busy = false;
};

} // namespace Copydesk
