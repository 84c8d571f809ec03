// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "store/storystore.h"

#include <QObject>
#include <QUuid>

#include <optional>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Copydesk {

class Desk;
class DocumentController;
class StoryEditor;

/**
 * Notices what others commit to the library (copydesk-cli, the scheduler,
 * another desk): a cheap change counter is read every second, and when it
 * moved the lists read again and the open story is checked. A story with
 * no unsaved edits follows the stored version; one with edits says above
 * the fields what happened, before the user types on, and Save then shows
 * both texts.
 */
class LibraryWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int intervalMs = 1000;

    LibraryWatcher(Desk &desk, DocumentController &documents, StoryEditor *editor,
                   QObject *parent = nullptr);

    /// Reads the counter now instead of at the next tick (tests, after a modal dialog).
    void check();

private:
    /// Acts on the counter read: when it moved, everything reads again.
    void counterRead(const Result<qint64> &counter);
    void checkOpenStory();
    /// Acts on the open story's row as the library has it now.
    void openStoryRead(const QUuid &id, int version, const Result<StorySummary> &summary);
    /// An unedited story follows the version stored elsewhere.
    void follow(const Result<Story> &stored);

    Desk &m_desk;
    DocumentController &m_documents;
    StoryEditor *m_editor;
    QTimer *m_timer;
    std::optional<qint64> m_counter;
    /// A read of the counter is under way on the desk's worker; another check waits for it.
    bool m_checking = false;
    bool m_checkAgain = false;
};

} // namespace Copydesk
