// SPDX-License-Identifier: MIT
#include "publishdialog.h"

#include "counted.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

PublishDialog::PublishDialog(const Story &story, const QList<Finding> &findings,
                             const QString &folder, const QUrl &storyUrl, bool savesFirst,
                             QWidget *parent)
    : QDialog(parent)
    , m_findings(new QListWidget(this))
    , m_blocked(new QLabel(this))
    , m_saveNotice(new QLabel(tr("Publishing saves your changes first."), this))
    , m_list(findings)
{
    setObjectName(u"publishDialog"_s);
    setWindowTitle(tr("Publish Story"));

    const QString headline =
            story.headline().trimmed().isEmpty() ? tr("Untitled story") : story.headline();
    auto *title = selectableLabel(headline, this);
    title->setObjectName(u"publishHeadline"_s);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    title->setFont(bold);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *folderLabel = selectableLabel(QDir::toNativeSeparators(folder), this);
    folderLabel->setObjectName(u"publishFolder"_s);
    folderLabel->setToolTip(tr("Change it in File → Publishing Settings…"));
    auto *urlLabel = selectableLabel(storyUrl.isValid()
                                             ? storyUrl.toDisplayString()
                                             : tr("Follows from the headline, once there is one."),
                                     this);
    urlLabel->setObjectName(u"publishUrl"_s);
    urlLabel->setToolTip(tr("Where readers will find the story page"));
    form->addRow(tr("Folder:"), folderLabel);
    form->addRow(tr("Address:"), urlLabel);
    form->addRow(
            tr("Status:"),
            selectableLabel(
                    story.status() == StoryStatus::Published
                            ? tr("Already published: publishing again updates its "
                                 "page and the feeds.")
                            : tr("%1, becomes published.").arg(statusDisplayName(story.status())),
                    this));

    m_saveNotice->setObjectName(u"publishSaveNotice"_s);
    m_saveNotice->setWordWrap(true);
    m_saveNotice->setVisible(savesFirst);

    int errors = 0;
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Finding &finding : findings) {
        const bool isError = finding.severity == Severity::Error;
        errors += isError ? 1 : 0;
        auto *item = new QListWidgetItem(isError ? errorIcon : warningIcon,
                                         isError ? tr("Error: %1").arg(finding.message)
                                                 : tr("Warning: %1").arg(finding.message),
                                         m_findings);
        item->setToolTip(tr("Press Enter or double-click to go to the field"));
    }
    if (findings.isEmpty()) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                         tr("No house-style findings."), m_findings);
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_findings->setObjectName(u"publishFindings"_s);
    m_findings->setAccessibleName(tr("House style findings"));
    m_findings->setWordWrap(true);
    m_findings->setCurrentRow(0);
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int index = m_findings->row(item);
        if (index < 0 || index >= m_list.size())
            return;
        m_chosen = m_list.at(index);
        done(GoToFinding);
    });
    auto *findingsLabel = new QLabel(tr("&House style:"), this);
    findingsLabel->setBuddy(m_findings);

    const int warnings = int(findings.size()) - errors;
    m_blocked->setObjectName(u"publishBlocked"_s);
    m_blocked->setWordWrap(true);
    if (errors > 0) {
        m_blocked->setText(tr("Publishing is blocked: fix %1 in the list first (Enter on one "
                              "goes to its field). Warnings do not block.")
                                   .arg(counted(errors, tr("the error"), tr("the %L1 errors"))));
        QPalette palette = m_blocked->palette();
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x20, 0x20));
        m_blocked->setPalette(palette);
    } else if (warnings > 0) {
        m_blocked->setText(counted(warnings,
                                   tr("1 warning: worth a look, but it does not block "
                                      "publishing."),
                                   tr("%L1 warnings: worth a look, but they do not block "
                                      "publishing.")));
    }
    m_blocked->setVisible(errors > 0 || warnings > 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_publish = buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_publish->setObjectName(u"publishButton"_s);
    m_publish->setIcon(QIcon::fromTheme(u"document-send"_s));
    m_publish->setEnabled(errors == 0);
    m_publish->setToolTip(errors == 0 ? tr("Write the page, its ninjs, photos and the feeds")
                                      : tr("Fix the house-style errors first"));
    m_publish->setDefault(errors == 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_saveNotice);
    layout->addSpacing(4);
    layout->addWidget(findingsLabel);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_blocked);
    layout->addWidget(buttons);
    resize(600, 420);

    if (errors > 0)
        m_findings->setFocus(Qt::OtherFocusReason);
    else
        m_publish->setFocus(Qt::OtherFocusReason);
}

} // namespace Copydesk
