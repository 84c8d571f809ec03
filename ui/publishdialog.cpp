// SPDX-License-Identifier: MIT
#include "publishdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// Whether the kind takes a note for readers (a republication's is optional).
bool takesNote(PublicationKind kind)
{
    return kind == PublicationKind::Major || kind == PublicationKind::Correction ||
            kind == PublicationKind::Withdraw || kind == PublicationKind::Republish;
}

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString kindHelp(PublicationKind kind)
{
    switch (kind) {
    case PublicationKind::First:
        return PublishDialog::tr("The story goes out and is dated now.");
    case PublicationKind::Minor:
        return PublishDialog::tr("A typo or a small fix: readers' “Updated” stamp and the "
                                 "feeds' dates stay as they are.");
    case PublicationKind::Major:
        return PublishDialog::tr("New facts: the “Updated” stamp moves and the page lists your "
                                 "note with its date.");
    case PublicationKind::Correction:
        return PublishDialog::tr("Something was wrong: the page shows a dated correction with "
                                 "your note; the stamp moves.");
    case PublicationKind::Withdraw:
        return PublishDialog::tr("Take it down: its page becomes a notice with your reason, it "
                                 "leaves the feeds, and it stays in the library.");
    case PublicationKind::Republish:
        return PublishDialog::tr("Bring the withdrawn story back: its page and feed entries "
                                 "return.");
    }
    return {};
}

QString buttonText(PublicationKind kind)
{
    switch (kind) {
    case PublicationKind::First:
        return PublishDialog::tr("&Publish");
    case PublicationKind::Minor:
    case PublicationKind::Major:
        return PublishDialog::tr("&Publish Update");
    case PublicationKind::Correction:
        return PublishDialog::tr("&Publish Correction");
    case PublicationKind::Withdraw:
        return PublishDialog::tr("&Withdraw");
    case PublicationKind::Republish:
        return PublishDialog::tr("&Republish");
    }
    return PublishDialog::tr("&Publish");
}

} // namespace

PublishDialog::PublishDialog(const Story &story, const QList<PublicationKind> &kinds,
                             PublicationKind preselected, Check check, const QString &destinations,
                             const QUrl &storyUrl, bool savesFirst, QWidget *parent)
    : QDialog(parent)
    , m_check(std::move(check))
    , m_kind(kinds.contains(preselected)
                     ? preselected
                     : (kinds.isEmpty() ? PublicationKind::First : kinds.constFirst()))
    , m_noteLabel(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_findings(new QListWidget(this))
    , m_blocked(new QLabel(this))
    , m_saveNotice(new QLabel(tr("Publishing saves your changes first."), this))
{
    setObjectName(u"publishDialog"_s);
    setWindowTitle(story.status() == StoryStatus::Published ? tr("Publish Update")
                                                            : tr("Publish Story"));

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
    auto *folderLabel = selectableLabel(destinations, this);
    folderLabel->setObjectName(u"publishFolder"_s);
    folderLabel->setToolTip(tr("Change them in Publishing → Destinations…"));
    auto *urlLabel = selectableLabel(storyUrl.isValid()
                                             ? storyUrl.toDisplayString()
                                             : tr("Follows from the headline, once there is one."),
                                     this);
    urlLabel->setObjectName(u"publishUrl"_s);
    urlLabel->setToolTip(tr("Where readers will find the story page"));
    form->addRow(tr("Goes to:"), folderLabel);
    form->addRow(tr("Address:"), urlLabel);
    QString status = statusDisplayName(story.status());
    if (story.status() == StoryStatus::Published)
        status = tr("Published: choose the kind of update.");
    else if (story.status() == StoryStatus::Withdrawn)
        status = tr("Withdrawn: republishing brings it back.");
    else
        status = tr("%1, becomes published.").arg(status);
    form->addRow(tr("Status:"), selectableLabel(status, this));

    // The kinds the story's status allows, one radio button each.
    auto *kindBox = new QWidget(this);
    auto *kindLayout = new QVBoxLayout(kindBox);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    auto *group = new QButtonGroup(this);
    for (const PublicationKind kind : kinds) {
        auto *button = new QRadioButton(publicationKindDisplayName(kind), kindBox);
        button->setObjectName(u"publishKind-"_s + publicationKindKey(kind));
        button->setToolTip(kindHelp(kind));
        button->setStatusTip(kindHelp(kind));
        group->addButton(button, int(kind));
        kindLayout->addWidget(button);
        m_kindButtons.insert(int(kind), button);
    }
    if (kinds.size() > 1)
        form->addRow(tr("Kind:"), kindBox);
    else
        kindBox->hide();
    auto *help = selectableLabel(QString(), this);
    help->setObjectName(u"publishKindHelp"_s);
    form->addRow(QString(), help);

    m_note->setObjectName(u"publishNote"_s);
    m_note->setClearButtonEnabled(true);
    m_noteLabel->setBuddy(m_note);
    form->addRow(m_noteLabel, m_note);

    m_saveNotice->setObjectName(u"publishSaveNotice"_s);
    m_saveNotice->setWordWrap(true);
    m_saveNotice->setVisible(savesFirst);

    m_findings->setObjectName(u"publishFindings"_s);
    m_findings->setAccessibleName(tr("House style findings"));
    m_findings->setWordWrap(true);
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int index = m_findings->row(item);
        if (index < 0 || index >= m_list.size())
            return;
        m_chosen = m_list.at(index);
        done(GoToFinding);
    });
    auto *findingsLabel = new QLabel(tr("&House style:"), this);
    findingsLabel->setBuddy(m_findings);

    m_blocked->setObjectName(u"publishBlocked"_s);
    m_blocked->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_publish = buttons->addButton(buttonText(m_kind), QDialogButtonBox::AcceptRole);
    m_publish->setObjectName(u"publishButton"_s);
    m_publish->setIcon(QIcon::fromTheme(u"document-send"_s));
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
    resize(620, 480);

    connect(group, &QButtonGroup::idClicked, this,
            [this](int id) { setKind(PublicationKind(id)); });
    connect(m_note, &QLineEdit::textChanged, this, &PublishDialog::refresh);
    if (QRadioButton *button = kindButton(m_kind))
        button->setChecked(true);
    setKind(m_kind);

    if (m_publish->isEnabled())
        m_publish->setFocus(Qt::OtherFocusReason);
    else if (takesNote(m_kind) && m_note->text().trimmed().isEmpty())
        m_note->setFocus(Qt::OtherFocusReason);
    else
        m_findings->setFocus(Qt::OtherFocusReason);
}

QString PublishDialog::note() const
{
    // Asked once the dialog is closed too, when nothing in it is visible.
    return takesNote(m_kind) ? m_note->text().trimmed() : QString();
}

void PublishDialog::setKind(PublicationKind kind)
{
    m_kind = kind;
    if (QRadioButton *button = kindButton(kind); button && !button->isChecked())
        button->setChecked(true);
    if (auto *help = findChild<QLabel *>(u"publishKindHelp"_s))
        help->setText(kindHelp(kind));
    switch (kind) {
    case PublicationKind::Major:
        m_noteLabel->setText(tr("&Note for readers:"));
        m_note->setPlaceholderText(tr("What changed, as readers will see it listed"));
        break;
    case PublicationKind::Correction:
        m_noteLabel->setText(tr("&Correction:"));
        m_note->setPlaceholderText(tr("What was wrong, as the dated notice will say"));
        break;
    case PublicationKind::Withdraw:
        m_noteLabel->setText(tr("&Reason:"));
        m_note->setPlaceholderText(tr("Why it is withdrawn, as the notice will say"));
        break;
    case PublicationKind::Republish:
        m_noteLabel->setText(tr("&Note for readers:"));
        m_note->setPlaceholderText(tr("Optional: why it is back"));
        break;
    case PublicationKind::First:
    case PublicationKind::Minor:
        break;
    }
    m_noteLabel->setVisible(takesNote(kind));
    m_note->setVisible(takesNote(kind));
    m_publish->setText(buttonText(kind));
    refresh();
}

void PublishDialog::refresh()
{
    const PublicationCheck checked = m_check ? m_check(m_kind, note()) : PublicationCheck();
    m_list = checked.findings;
    m_findings->clear();
    int errors = 0;
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const bool withdrawing = m_kind == PublicationKind::Withdraw;
    for (const Finding &finding : std::as_const(m_list)) {
        const bool isError = finding.severity == Severity::Error;
        errors += isError ? 1 : 0;
        auto *item = new QListWidgetItem(isError ? errorIcon : warningIcon,
                                         isError ? tr("Error: %1").arg(finding.message)
                                                 : tr("Warning: %1").arg(finding.message),
                                         m_findings);
        item->setToolTip(tr("Press Enter or double-click to go to the field"));
    }
    if (m_list.isEmpty()) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                         withdrawing ? tr("A withdrawal takes the story down "
                                                          "whatever the house style says.")
                                                     : tr("No house-style findings."),
                                         m_findings);
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_findings->setCurrentRow(0);

    // A missing note is said once, by the note field's own words.
    QStringList refusals = checked.refusals;
    const int warnings = int(m_list.size()) - errors;
    QPalette palette = m_blocked->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Active, QPalette::WindowText));
    if (errors > 0) {
        refusals.append(tr("Publishing is blocked: fix %1 in the list first (Enter on one goes "
                           "to its field). Warnings do not block.")
                                .arg(tr("the %Ln errors", nullptr, int(errors))));
    }
    if (!refusals.isEmpty()) {
        m_blocked->setText(refusals.join(u'\n'));
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x20, 0x20));
    } else if (warnings > 0) {
        m_blocked->setText(tr("%Ln warnings: worth a look, but they do not block publishing.",
                              nullptr, int(warnings)));
    }
    m_blocked->setPalette(palette);
    m_blocked->setVisible(!refusals.isEmpty() || warnings > 0);
    const bool allowed = refusals.isEmpty();
    m_publish->setEnabled(allowed);
    m_publish->setDefault(allowed);
    m_publish->setToolTip(allowed ? kindHelp(m_kind) : refusals.join(u' '));
}

} // namespace Copydesk
