// SPDX-License-Identifier: MIT
#pragma once

#include "store/storystore.h"

#include <QTimeZone>
#include <QUuid>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeView;
QT_END_NAMESPACE

namespace Copydesk {

class DeliveryQueueModel;

/**
 * The Publish Queue: every delivery of a version to a destination, newest
 * first, or only those still waiting and those that failed; Retry Now and
 * Cancel for the selected one, Enter or a double-click opens its story.
 * Reads the outbox when shown and when told that it changed; while hidden
 * it only notes that it is out of date.
 */
class PublishQueuePanel : public QWidget
{
    Q_OBJECT

public:
    explicit PublishQueuePanel(QWidget *parent = nullptr);

    void setStore(StoryStore *store);
    void setTimeZone(const QTimeZone &zone);
    /// Reads the outbox again now.
    void refresh();
    /// Reads it again in a moment (a burst of changes reads once), or when next shown.
    void refreshSoon();

    DeliveryQueueModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QCheckBox *attentionFilter() const { return m_attention; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *summary() const { return m_summary; }

    /// The delivery of the selected row; none without one.
    std::optional<Delivery> currentDelivery() const;
    /// Selects the row of delivery id; false when the queue does not show it.
    bool selectDelivery(qint64 id);

    /// Whether a delivery in this state can be tried again now, or cancelled.
    static bool canRetry(DeliveryState state);
    static bool canCancel(DeliveryState state);

Q_SIGNALS:
    void retryRequested(qint64 id);
    void cancelRequested(qint64 id);
    void storyChosen(const QUuid &id);
    /// What Retry Now and Cancel can do changed (the selection, the rows).
    void choicesChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateChoices();

    DeliveryQueueModel *m_model;
    QTreeView *m_view;
    QCheckBox *m_attention;
    QLabel *m_summary;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QTimer *m_refreshTimer;
    bool m_stale = false;
};

} // namespace Copydesk
