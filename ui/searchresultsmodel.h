// SPDX-License-Identifier: MIT
#pragma once

#include "store/storystore.h"

#include <QAbstractListModel>
#include <QStyledItemDelegate>

namespace Copydesk {

/**
 * The stories a library search found, best first, a page at a time: when
 * the view reaches the end and the last page was full, moreWanted() asks
 * for the next one.
 */
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        /// The story's line and the words around the match, as rich text (matches bold).
        RichTextRole,
        ContextRole,
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    /// Shows hits in place of what was there; more: a further page may follow.
    void setHits(const QList<SearchHit> &hits, bool more);
    /// Adds the next page after the rows there.
    void appendHits(const QList<SearchHit> &hits, bool more);
    const QList<SearchHit> &hits() const { return m_hits; }
    /// The row of a story, or -1.
    int rowOf(const QUuid &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// What a hit's rich text says: headline, status and saving time, then the context.
    static QString richText(const SearchHit &hit);

Q_SIGNALS:
    /// The view wants the page after the rows there.
    void moreWanted(int offset);

private:
    QList<SearchHit> m_hits;
    bool m_more = false;
    bool m_asked = false;
};

/// Draws a search result as its rich text, wrapped to the view's width.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Copydesk
