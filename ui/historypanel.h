// SPDX-License-Identifier: MIT
#pragma once

#include "store/storystore.h"

#include <QTimeZone>
#include <QUuid>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTreeWidget;
QT_END_NAMESPACE

namespace Copydesk {

class LibraryWorker;

/**
 * Every saved version of the open story, newest first: when, what made it
 * (saved, scheduled, published, a minor or major update, a correction, a
 * withdrawal, a restore), who, and its note; the version readers have is
 * marked. Select two to compare them, or one to compare it with the newest
 * or to restore it.
 */
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);
    /// Lists story's versions from store; a null id empties the list.
    void showStory(StoryStore *store, const QUuid &id);
    /**
     * On a server library, the versions are read on its worker; the list
     * shown stays until they come.
     */
    void setWorker(LibraryWorker *worker);
    /// Reads the versions again.
    void refresh();

    QUuid storyId() const { return m_id; }
    /// The versions selected, newest first.
    QList<int> selectedVersions() const;
    /// Selects these versions (and nothing else).
    void selectVersions(const QList<int> &versions);

    QTreeWidget *list() const { return m_list; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *restoreButton() const { return m_restore; }

Q_SIGNALS:
    /// Compare older with newer (version numbers).
    void compareRequested(int older, int newer);
    void restoreRequested(int version);
    /// What can be compared or restored changed (the selection, the versions).
    void choicesChanged();

private:
    /// A story's versions and the one readers have, as read together.
    struct Versions
    {
        QList<RevisionInfo> revisions;
        int published = 0;
    };
    void fill(const Result<Versions> &versions);
    void updateButtons();

    StoryStore *m_store = nullptr;
    LibraryWorker *m_worker = nullptr;
    /// Counts the reads; only the newest one's versions are shown.
    quint64 m_reads = 0;
    QUuid m_id;
    int m_newest = 0;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_compare;
    QPushButton *m_restore;
};

} // namespace Copydesk
