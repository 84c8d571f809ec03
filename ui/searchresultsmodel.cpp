// SPDX-License-Identifier: MIT
#include "searchresultsmodel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// The text layout a result is drawn with, at width.
void layOut(QTextDocument &document, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    document.setDocumentMargin(4);
    document.setDefaultFont(option.font);
    document.setHtml(index.data(SearchResultsModel::RichTextRole).toString());
    // The row wraps at the view's width: the rectangle a size hint gets is not yet the row's.
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? view->viewport()->width() : option.rect.width();
    document.setTextWidth(std::max(width, 120));
}

} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultsModel::setHits(const QList<SearchHit> &hits, bool more)
{
    beginResetModel();
    m_hits = hits;
    m_more = more;
    m_asked = false;
    endResetModel();
}

void SearchResultsModel::appendHits(const QList<SearchHit> &hits, bool more)
{
    m_asked = false;
    m_more = more;
    QList<SearchHit> fresh;
    for (const SearchHit &hit : hits) {
        // A story saved meanwhile may have moved into the next page: shown once.
        if (rowOf(hit.story.id) < 0)
            fresh.append(hit);
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + fresh.size() - 1));
    m_hits += fresh;
    endInsertRows();
}

int SearchResultsModel::rowOf(const QUuid &id) const
{
    for (qsizetype row = 0; row < m_hits.size(); ++row) {
        if (m_hits.at(row).story.id == id)
            return int(row);
    }
    return -1;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString SearchResultsModel::richText(const SearchHit &hit)
{
    QString context;
    qsizetype at = 0;
    for (const auto &[start, length] : hit.marks) {
        if (start < at)
            continue;
        context += hit.context.mid(at, start - at).toHtmlEscaped() + u"<b>"_s +
                hit.context.mid(start, length).toHtmlEscaped() + u"</b>"_s;
        at = start + length;
    }
    context += hit.context.mid(at).toHtmlEscaped();
    const QString headline =
            hit.story.headline.trimmed().isEmpty() ? tr("(no headline)") : hit.story.headline;
    const QString saved = QLocale().toString(hit.story.savedAt.toLocalTime(), QLocale::ShortFormat);
    return u"<b>%1</b><br><small>%2 · %3</small><br>%4"_s.arg(
            headline.toHtmlEscaped(), statusDisplayName(hit.story.status), saved, context);
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return hit.story.headline;
    case Qt::ToolTipRole:
    case ContextRole:
        return hit.context;
    case IdRole:
        return hit.story.id;
    case RichTextRole:
        return richText(hit);
    default:
        return {};
    }
}

bool SearchResultsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_asked;
}

void SearchResultsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_asked = true;
    Q_EMIT moreWanted(int(m_hits.size()));
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    QTextDocument document;
    layOut(document, option, index);
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = option.state & QStyle::State_Selected;
    context.palette = option.palette;
    context.palette.setColor(
            QPalette::Text,
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QTextDocument document;
    layOut(document, option, index);
    return QSize(int(document.idealWidth()), int(document.size().height()));
}

} // namespace Copydesk
