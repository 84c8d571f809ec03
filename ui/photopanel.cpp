// SPDX-License-Identifier: MIT
#include "photopanel.h"

#include "editorrows.h"
#include "fieldhint.h"
#include "fieldlimit.h"
#include "linefield.h"
#include "photocache.h"
#include "story/storydocument.h"
#include "undorouting.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {
constexpr int thumbnailSize = 112;
}

PhotoPanel::PhotoPanel(QWidget *parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(tr("Add &Photo…"), this))
    , m_empty(new QLabel(tr("No photo yet. A story page leads with its first photo."), this))
{
    m_add->setObjectName(u"addPhoto"_s);
    m_add->setIcon(QIcon::fromTheme(u"insert-image"_s));
    m_add->setToolTip(tr("Pick a picture file; it is kept inside the library"));
    connect(m_add, &QPushButton::clicked, this, &PhotoPanel::addPhotoRequested);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(m_empty);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    layout->addLayout(buttons);
    setEnabled(false);
}

void PhotoPanel::setDocument(StoryDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    setEnabled(document != nullptr);
    if (document)
        connect(document, &StoryDocument::photosChanged, this, &PhotoPanel::refresh);
    rebuild(0);
    refresh();
}

LineField *PhotoPanel::captionEdit(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).caption : nullptr;
}
QLineEdit *PhotoPanel::creditEdit(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).credit : nullptr;
}
LineField *PhotoPanel::altTextEdit(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).altText : nullptr;
}
QLabel *PhotoPanel::thumbnailLabel(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).thumbnail : nullptr;
}
QPushButton *PhotoPanel::choosePictureButton(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).choosePicture : nullptr;
}

void PhotoPanel::setFindings(const QList<Finding> &findings)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        row.captionHint->setFindings(findingsFor(findings, FieldRef::Caption, i));
        row.creditHint->setFindings(findingsFor(findings, FieldRef::Credit, i));
        row.altHint->setFindings(findingsFor(findings, FieldRef::AltText, i));
    }
}

void PhotoPanel::refresh()
{
    const QList<Photo> photos = m_document ? m_document->photos() : QList<Photo>();
    if (photos.size() != m_rows.size())
        rebuild(int(photos.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const Photo &photo = photos.at(i);
        auto show = [](auto *edit, const QString &text) {
            if (edit->text() == text)
                return;
            edit->setText(text);
            if (!edit->hasFocus())
                edit->setCursorPosition(0);
        };
        show(row.caption, photo.caption);
        show(row.credit, photo.credit);
        show(row.altText, photo.altText);
        const bool hasPicture = !photo.fileId.isEmpty();
        const QPixmap thumbnail = m_cache && hasPicture
                ? m_cache->thumbnail(photo.fileId, thumbnailSize, devicePixelRatioF())
                : QPixmap();
        if (!hasPicture)
            row.thumbnail->setText(tr("No picture yet"));
        else if (thumbnail.isNull())
            row.thumbnail->setText(tr("(picture missing)"));
        else
            row.thumbnail->setPixmap(thumbnail);
        row.thumbnail->setToolTip(
                hasPicture ? tr("%1 — %2 × %3 pixels")
                                     .arg(photo.fileName)
                                     .arg(photo.width)
                                     .arg(photo.height)
                           : tr("The caption and credit came without a picture; choose the "
                                "picture file to go with them"));
        row.choosePicture->setVisible(!hasPicture);
        row.lead->setEnabled(i > 0);
        row.lead->setText(i == 0 ? tr("Lead photo") : tr("Make &Lead"));
    }
    m_empty->setVisible(m_rows.isEmpty());
}

void PhotoPanel::rebuild(int count)
{
    for (const Row &row : std::as_const(m_rows))
        retireRow(row.container, m_rowsLayout, this);
    m_rows.clear();
    for (int i = 0; i < count; ++i) {
        Row row{};
        row.container = new QWidget(this);
        auto *outer = new QHBoxLayout(row.container);
        outer->setContentsMargins(0, 4, 0, 4);
        row.thumbnail = new QLabel(row.container);
        row.thumbnail->setObjectName(u"photoThumbnail%1"_s.arg(i));
        row.thumbnail->setFixedSize(thumbnailSize, thumbnailSize);
        row.thumbnail->setAlignment(Qt::AlignCenter);
        row.thumbnail->setFrameShape(QFrame::StyledPanel);
        row.thumbnail->setWordWrap(true);
        row.thumbnail->setForegroundRole(QPalette::PlaceholderText);
        auto *left = new QVBoxLayout;
        left->addWidget(row.thumbnail);
        row.choosePicture = new QPushButton(tr("Choose P&icture…"), row.container);
        row.choosePicture->setObjectName(u"choosePicture%1"_s.arg(i));
        row.choosePicture->setIcon(QIcon::fromTheme(u"insert-image"_s));
        row.choosePicture->setToolTip(
                tr("Pick the picture file for this caption; the caption, credit and alt text "
                   "stay"));
        row.choosePicture->setVisible(false);
        left->addWidget(row.choosePicture);
        row.lead = new QToolButton(row.container);
        row.lead->setToolTip(tr("Make this the lead photo of the story page"));
        row.remove = new QToolButton(row.container);
        row.remove->setText(tr("Remove"));
        row.remove->setIcon(QIcon::fromTheme(u"list-remove"_s));
        row.remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        row.remove->setToolTip(tr("Remove this photo from the story"));
        left->addWidget(row.lead);
        left->addWidget(row.remove);
        left->addStretch();
        outer->addLayout(left);

        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        auto makeEdit = [&]<typename Edit>(Edit *edit, const QString &name,
                                           const QString &accessible, const QString &placeholder,
                                           const QString &tip) {
            edit->setObjectName(name.arg(i));
            edit->setAccessibleName(accessible);
            edit->setPlaceholderText(placeholder);
            edit->setToolTip(tip);
            if (m_routing)
                m_routing->route(edit);
            return edit;
        };
        auto *credit = new QLineEdit(row.container);
        credit->setMaxLength(unlimitedLength);
        row.caption = makeEdit(new LineField(row.container), u"caption%1"_s, tr("Caption"),
                               tr("What the picture shows"),
                               tr("The caption, without the credit; a long one wraps"));
        row.credit = makeEdit(credit, u"credit%1"_s, tr("Credit"), tr("Reuters"),
                              tr("Who took or supplied the picture; shown as (Credit)"));
        row.altText = makeEdit(new LineField(row.container), u"altText%1"_s, tr("Alt text"),
                               tr("Describe the picture for readers who cannot see it"),
                               tr("Read out by screen readers instead of the picture"));
        row.caption->setMaximumLines(5);
        row.altText->setMaximumLines(4);
        row.captionHint = new FieldHint(row.container);
        row.creditHint = new FieldHint(row.container);
        row.altHint = new FieldHint(row.container);
        auto withHint = [&](QWidget *edit, FieldHint *hint) {
            auto *box = new QVBoxLayout;
            box->setSpacing(0);
            box->addWidget(edit);
            box->addWidget(hint);
            return box;
        };
        auto label = [&row](const QString &text, QWidget *buddy) {
            auto *l = new QLabel(text, row.container);
            l->setBuddy(buddy);
            return l;
        };
        form->addRow(label(tr("&Caption:"), row.caption), withHint(row.caption, row.captionHint));
        form->addRow(label(tr("C&redit:"), row.credit), withHint(row.credit, row.creditHint));
        form->addRow(label(tr("Al&t text:"), row.altText), withHint(row.altText, row.altHint));
        outer->addLayout(form, 1);
        m_rowsLayout->addWidget(row.container);

        auto connectField = [this, i]<typename Edit>(Edit *edit, StoryDocument::PhotoField field,
                                                     const QString &name) {
            connect(edit, &Edit::textEdited, this,
                    [this, i, field, edit, name](const QString &text) {
                        if (!m_document)
                            return;
                        if (const auto refused = refuseOverLongEdit(
                                    edit, m_document->photoText(i, field), text, name))
                            Q_EMIT editRefused(*refused);
                        else
                            m_document->setPhotoText(i, field, text);
                    });
        };
        connectField(row.caption, StoryDocument::PhotoField::Caption, tr("caption"));
        connectField(row.credit, StoryDocument::PhotoField::Credit, tr("credit"));
        connectField(row.altText, StoryDocument::PhotoField::AltText, tr("alt text"));
        connect(row.lead, &QToolButton::clicked, this, [this, i] {
            if (m_document)
                m_document->movePhoto(i, 0);
        });
        connect(row.remove, &QToolButton::clicked, this, [this, i] {
            if (m_document)
                m_document->removePhoto(i);
        });
        connect(row.choosePicture, &QPushButton::clicked, this,
                [this, i] { Q_EMIT choosePictureRequested(i); });
        m_rows.append(row);
    }
    Q_EMIT rowsRebuilt();
}

} // namespace Copydesk
