// SPDX-License-Identifier: MIT
#include "publishqueuepanel.h"

#include "deliveryqueuemodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// Changes that come together (a publication to several destinations) are read once.
constexpr int refreshDelayMs = 150;

} // namespace

PublishQueuePanel::PublishQueuePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new DeliveryQueueModel(this))
    , m_view(new QTreeView(this))
    , m_attention(new QCheckBox(tr("Only &waiting and failed"), this))
    , m_summary(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry Now"), this))
    , m_cancel(new QPushButton(tr("Ca&ncel Delivery"), this))
    , m_refreshTimer(new QTimer(this))
{
    m_view->setObjectName(u"publishQueueView"_s);
    m_view->setAccessibleName(tr("Deliveries"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // An error says where it happened first and why last: both ends stay in sight.
    m_view->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    for (int column : {DeliveryQueueModel::VersionColumn, DeliveryQueueModel::DestinationColumn,
                       DeliveryQueueModel::StateColumn, DeliveryQueueModel::AttemptsColumn,
                       DeliveryQueueModel::NextTryColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Slugs run long; the error needs the room more.
    header->setSectionResizeMode(DeliveryQueueModel::StoryColumn, QHeaderView::Interactive);
    header->resizeSection(DeliveryQueueModel::StoryColumn, fontMetrics().averageCharWidth() * 32);
    m_view->setToolTip(tr("Enter or a double-click opens the story"));

    m_attention->setObjectName(u"publishQueueAttention"_s);
    m_attention->setToolTip(tr("Hide what was delivered or cancelled"));
    m_summary->setObjectName(u"publishQueueSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(u"publishQueueRetry"_s);
    m_retry->setToolTip(tr("Try the selected delivery again now instead of at its next try"));
    m_cancel->setObjectName(u"publishQueueCancel"_s);
    m_cancel->setToolTip(tr("Give up the selected delivery; Retry Now brings it back"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_attention);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_retry);
    bar->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(bar);
    setFocusProxy(m_view);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(refreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &PublishQueuePanel::refresh);
    connect(m_attention, &QCheckBox::toggled, m_model, &DeliveryQueueModel::setNeedingAttention);
    // A click makes the row current before it selects it: the selection is what counts.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PublishQueuePanel::updateChoices);
    // Rows changed under the selection (a retry went on to "sending") or came and went.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PublishQueuePanel::updateChoices);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PublishQueuePanel::updateChoices);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PublishQueuePanel::updateChoices);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PublishQueuePanel::updateChoices);
    connect(m_model, &DeliveryQueueModel::listingFailed, m_summary, &QLabel::setText);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT storyChosen(index.data(DeliveryQueueModel::StoryIdRole).toUuid());
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (const auto delivery = currentDelivery(); delivery && canRetry(delivery->state))
            Q_EMIT retryRequested(delivery->id);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (const auto delivery = currentDelivery(); delivery && canCancel(delivery->state))
            Q_EMIT cancelRequested(delivery->id);
    });
    updateChoices();
}

void PublishQueuePanel::setStore(StoryStore *store)
{
    m_model->setStore(store);
    m_stale = false;
}

void PublishQueuePanel::setTimeZone(const QTimeZone &zone)
{
    m_model->setTimeZone(zone);
}

void PublishQueuePanel::refresh()
{
    m_refreshTimer->stop();
    m_stale = false;
    m_model->refresh();
}

void PublishQueuePanel::refreshSoon()
{
    // Hidden (another tab of the dock, or closed): read once it is shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void PublishQueuePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

std::optional<Delivery> PublishQueuePanel::currentDelivery() const
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return std::nullopt;
    return m_model->deliveries().value(selected.constFirst().row());
}

bool PublishQueuePanel::selectDelivery(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    return true;
}

bool PublishQueuePanel::canRetry(DeliveryState state)
{
    return state == DeliveryState::Retrying || state == DeliveryState::Failed ||
            state == DeliveryState::Cancelled;
}

bool PublishQueuePanel::canCancel(DeliveryState state)
{
    return state == DeliveryState::Pending || state == DeliveryState::Retrying ||
            state == DeliveryState::Failed;
}

void PublishQueuePanel::updateChoices()
{
    const auto delivery = currentDelivery();
    m_retry->setEnabled(delivery && canRetry(delivery->state));
    m_cancel->setEnabled(delivery && canCancel(delivery->state));

    int waiting = 0;
    int failed = 0;
    for (const Delivery &row : m_model->deliveries()) {
        waiting += isUnfinished(row.state) ? 1 : 0;
        failed += row.state == DeliveryState::Failed ? 1 : 0;
    }
    QStringList counts;
    if (waiting > 0)
        counts.append(tr("%Ln waiting", nullptr, int(waiting)));
    if (failed > 0)
        counts.append(tr("%Ln failed", nullptr, int(failed)));
    if (!m_model->lastError().isEmpty())
        m_summary->setText(m_model->lastError());
    else if (m_model->deliveries().isEmpty())
        m_summary->setText(m_attention->isChecked() ? tr("Nothing is waiting or failed.")
                                                    : tr("Nothing was ever delivered."));
    else
        m_summary->setText(counts.isEmpty() ? tr("Everything shown has arrived.")
                                            : counts.join(u", "_s));
    Q_EMIT choicesChanged();
}

} // namespace Copydesk
