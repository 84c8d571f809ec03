// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

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
    void checkOpenStory();

    Desk &m_desk;
    DocumentController &m_documents;
    StoryEditor *m_editor;
    QTimer *m_timer;
    std::optional<qint64> m_counter;
};

} // namespace Copydesk
