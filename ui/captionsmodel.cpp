// SPDX-License-Identifier: MIT
#include "captionsmodel.h"

#include "photocache.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

constexpr int thumbnailSize = 48;

} // namespace

QString photoField(const Photo &photo, int column)
{
    switch (column) {
    case CaptionsModel::Caption:
        return photo.caption;
    case CaptionsModel::Credit:
        return photo.credit;
    case CaptionsModel::AltText:
        return photo.altText;
    default:
        return {};
    }
}

void setPhotoField(Photo &photo, int column, const QString &text)
{
    switch (column) {
    case CaptionsModel::Caption:
        photo.caption = text;
        break;
    case CaptionsModel::Credit:
        photo.credit = text;
        break;
    case CaptionsModel::AltText:
        photo.altText = text;
        break;
    default:
        break;
    }
}

CaptionsModel::CaptionsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_style(HouseStyle::defaultStyle())
{
}

void CaptionsModel::setHouseStyle(const HouseStyle &style)
{
    m_style = style;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_findings[i] = check(m_rows.at(i));
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Findings), index(int(m_rows.size()) - 1, Findings));
}

void CaptionsModel::setRows(const QList<PhotoRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_findings.clear();
    m_findings.reserve(rows.size());
    for (const PhotoRow &row : rows)
        m_findings.append(check(row));
    endResetModel();
}

void CaptionsModel::setRow(int at, const PhotoRow &row)
{
    if (at < 0 || at >= m_rows.size())
        return;
    m_rows[at] = row;
    m_findings[at] = check(row);
    Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    // The story's other photos now belong to its new version.
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (i != at && m_rows.at(i).storyId == row.storyId) {
            m_rows[i].version = row.version;
            m_rows[i].savedAt = row.savedAt;
            Q_EMIT dataChanged(index(int(i), Story), index(int(i), Story), {Qt::ToolTipRole});
        }
    }
}

int CaptionsModel::rowOf(const QUuid &storyId, int photoIndex) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).storyId == storyId && m_rows.at(i).index == photoIndex)
            return int(i);
    }
    return -1;
}

QList<Finding> CaptionsModel::check(const PhotoRow &row) const
{
    // The photo at its place in a story of its language: the house style's
    // photo rules, worded with the photo's own number; the places before it
    // are left empty and what is said of them is dropped.
    Copydesk::Story probe;
    probe.setLanguage(row.language);
    QList<Photo> photos(row.index + 1);
    photos[row.index] = row.photo;
    probe.setPhotos(photos);
    QList<Finding> found;
    for (const Finding &finding : m_style.check(probe)) {
        const auto field = finding.field.field;
        if ((field == FieldRef::Caption || field == FieldRef::Credit ||
             field == FieldRef::AltText) &&
            finding.field.index == row.index)
            found.append(finding);
    }
    return found;
}

int CaptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaptionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaptionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PhotoRow &row = m_rows.at(index.row());
    const QList<Finding> &findings = m_findings.at(index.row());
    const bool hasPicture = !row.photo.fileId.isEmpty();
    switch (index.column()) {
    case Picture:
        if (role == Qt::DecorationRole && hasPicture && m_cache)
            return m_cache->thumbnail(row.photo.fileId, thumbnailSize, qApp->devicePixelRatio());
        if (role == Qt::DisplayRole && !hasPicture)
            return tr("No picture yet");
        if (role == Qt::ToolTipRole)
            return hasPicture ? tr("Photo %1 of the story").arg(row.index + 1)
                              : tr("The caption came without a picture; open the story to "
                                   "choose one");
        if (role == SortRole)
            return hasPicture ? 1 : 0;
        break;
    case Story:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.headline.isEmpty() ? tr("(no headline)") : row.headline;
        if (role == Qt::ToolTipRole)
            return tr("%1\nVersion %2, %3 — Enter opens the story")
                    .arg(row.headline, QString::number(row.version), statusDisplayName(row.status));
        break;
    case Caption:
    case Credit:
    case AltText: {
        const QString text = photoField(row.photo, index.column());
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole)
            return text;
        if (role == Qt::ToolTipRole && !text.isEmpty())
            return text;
        if (role == Qt::ToolTipRole)
            return index.column() == Credit ? tr("No credit: who took or supplied the picture?")
                    : index.column() == AltText
                    ? tr("No alt text: describe the picture for readers who cannot see it")
                    : tr("No caption");
        if (role == Qt::BackgroundRole && text.trimmed().isEmpty()) {
            QColor missing = QApplication::palette().color(QPalette::Highlight);
            missing.setAlpha(40);
            return missing;
        }
        break;
    }
    case Findings: {
        if (role == Qt::DisplayRole || role == SortRole) {
            QStringList messages;
            for (const Finding &finding : findings)
                messages.append(finding.message);
            return messages.join(u" · "_s);
        }
        if (role == Qt::DecorationRole && !findings.isEmpty()) {
            const bool error = std::any_of(findings.begin(), findings.end(), [](const Finding &f) {
                return f.severity == Severity::Error;
            });
            return QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                             : QStyle::SP_MessageBoxWarning);
        }
        if (role == Qt::ToolTipRole && !findings.isEmpty()) {
            QStringList lines;
            for (const Finding &finding : findings)
                lines.append(u"• "_s + finding.message);
            return lines.join(u'\n');
        }
        break;
    }
    default:
        break;
    }
    return {};
}

bool CaptionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString();
    if (text == photoField(m_rows.at(index.row()).photo, index.column()))
        return false;
    Q_EMIT editRequested(index.row(), index.column(), text);
    // The row changes when the story is saved, not before.
    return false;
}

QVariant CaptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Picture:
        return tr("Picture");
    case Story:
        return tr("Story");
    case Caption:
        return tr("Caption");
    case Credit:
        return tr("Credit");
    case AltText:
        return tr("Alt Text");
    case Findings:
        return tr("House Style");
    default:
        return {};
    }
}

Qt::ItemFlags CaptionsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    const int column = index.column();
    if (column == Caption || column == Credit || column == AltText)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace Copydesk
