// SPDX-License-Identifier: MIT
#pragma once

#include "store/storystore.h"
#include "story/housestyle.h"

#include <QAbstractTableModel>

namespace Copydesk {

class PhotoCache;

/**
 * The captions desk's table: one row per photo with its thumbnail, its
 * story, caption, credit, alt text and house-style findings. Caption,
 * credit and alt text are editable; an edit is not applied here but asked
 * for (editRequested), since it becomes a new version of the story, and the
 * row follows once that is saved (setRow).
 */
class CaptionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Picture, Story, Caption, Credit, AltText, Findings, ColumnCount };
    /// The text of a photo field, for sorting the picture column by whether there is one.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit CaptionsModel(QObject *parent = nullptr);

    void setPhotoCache(PhotoCache *cache) { m_cache = cache; }
    void setHouseStyle(const HouseStyle &style);
    void setRows(const QList<PhotoRow> &rows);
    const QList<PhotoRow> &rows() const { return m_rows; }
    const PhotoRow &row(int index) const { return m_rows.at(index); }
    /// Replaces the photo at index (its story saved again); every row of that story takes its
    /// version.
    void setRow(int index, const PhotoRow &row);
    /// The row of a story's photo, or -1.
    int rowOf(const QUuid &storyId, int photoIndex) const;
    /// The findings of a row's photo (caption, credit, alt text only).
    QList<Finding> findings(int index) const { return m_findings.value(index); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    /// The user changed a caption, credit or alt text in the table.
    void editRequested(int row, int column, const QString &text);

private:
    QList<Finding> check(const PhotoRow &row) const;

    QList<PhotoRow> m_rows;
    QList<QList<Finding>> m_findings;
    HouseStyle m_style;
    PhotoCache *m_cache = nullptr;
};

/// The photo field a captions column edits.
QString photoField(const Photo &photo, int column);
void setPhotoField(Photo &photo, int column, const QString &text);

} // namespace Copydesk
