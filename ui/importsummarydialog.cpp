// SPDX-License-Identifier: MIT
#include "importsummarydialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// Pasted text has no path; its problems carry the name it was imported under.
QString sourceName(const WireFileOutcome &outcome)
{
    if (!outcome.path.isEmpty())
        return QFileInfo(outcome.path).fileName();
    if (!outcome.problems.isEmpty() && !outcome.problems.constFirst().sourceName.isEmpty())
        return outcome.problems.constFirst().sourceName;
    return ImportSummaryDialog::tr("pasted text");
}

QString stories(qsizetype n)
{
    return ImportSummaryDialog::tr("%Ln stories", nullptr, int(n));
}

QString files(qsizetype n)
{
    return ImportSummaryDialog::tr("%Ln files", nullptr, int(n));
}

} // namespace

int WireImportRun::storyCount() const
{
    int stories = 0;
    for (const WireFileOutcome &outcome : outcomes)
        stories += int(outcome.imported.size());
    return stories;
}

int WireImportRun::duplicateCount() const
{
    int held = 0;
    for (const WireFileOutcome &outcome : outcomes)
        held += int(outcome.duplicates.size());
    return held;
}

QList<WireDuplicate> WireImportRun::duplicates() const
{
    QList<WireDuplicate> held;
    for (const WireFileOutcome &outcome : outcomes)
        held += outcome.duplicates;
    return held;
}

int WireImportRun::importedSourceCount() const
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                             [](const WireFileOutcome &outcome) { return outcome.ok(); }));
}

int WireImportRun::refusedSourceCount() const
{
    return int(outcomes.size()) - importedSourceCount();
}

QString WireImportRun::summary() const
{
    const bool pasted = outcomes.size() == 1 && outcomes.constFirst().path.isEmpty();
    const int refused = refusedSourceCount();
    QString text;
    if (pasted) {
        text = refused == 0 ? ImportSummaryDialog::tr("Imported %1 from the pasted text.")
                                      .arg(stories(storyCount()))
                            : ImportSummaryDialog::tr("Nothing was imported from the pasted text.");
    } else if (outcomes.isEmpty()) {
        text = ImportSummaryDialog::tr("Nothing was imported.");
    } else if (refused == 0) {
        text = ImportSummaryDialog::tr("Imported %1 from %2.")
                       .arg(stories(storyCount()), files(importedSourceCount()));
    } else if (refused < outcomes.size()) {
        text = ImportSummaryDialog::tr("Imported %1 from %2; %3 refused and imported nothing.")
                       .arg(stories(storyCount()), files(importedSourceCount()), files(refused));
    } else {
        text = ImportSummaryDialog::tr("Nothing was imported: %1 refused.").arg(files(refused));
    }
    if (const int held = duplicateCount(); held > 0) {
        text += u' ' +
                ImportSummaryDialog::tr("%Ln stories are in the library already and were skipped.",
                                        nullptr, int(held));
    }
    if (!notRead.isEmpty()) {
        text += u' ' +
                ImportSummaryDialog::tr("The import was stopped before %1; the stories imported "
                                        "until then stay in the library.")
                        .arg(notRead.size() == 1 ? ImportSummaryDialog::tr("the last file")
                                                 : ImportSummaryDialog::tr("the last %L1 files")
                                                           .arg(notRead.size()));
    }
    return text;
}

QString WireImportRun::details() const
{
    QStringList lines;
    for (const WireFileOutcome &outcome : outcomes) {
        const QString name = sourceName(outcome);
        if (outcome.ok()) {
            lines.append(ImportSummaryDialog::tr("%1: %2 imported")
                                 .arg(name, stories(outcome.imported.size())));
            for (const Story &story : outcome.imported)
                lines.append(u"  • "_s + story.headline());
            for (const WireDuplicate &duplicate : outcome.duplicates)
                lines.append(u"  = "_s +
                             ImportSummaryDialog::tr("%1 (in the library already, skipped)")
                                     .arg(duplicate.existing.headline));
        } else {
            lines.append(ImportSummaryDialog::tr("%1: refused, nothing imported").arg(name));
            for (const WireProblem &problem : outcome.problems)
                lines.append(u"  "_s + problem.text());
        }
    }
    for (const QString &path : notRead)
        lines.append(ImportSummaryDialog::tr("%1: not read, the import was stopped")
                             .arg(QFileInfo(path).fileName()));
    return lines.join(u'\n');
}

ImportSummaryDialog::ImportSummaryDialog(const WireImportRun &run, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(run.summary(), this))
    , m_details(new QPlainTextEdit(run.details(), this))
{
    setObjectName(u"importSummary"_s);
    setWindowTitle(tr("Wire Import"));

    const bool allWell = run.refusedSourceCount() == 0 && run.notRead.isEmpty();
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(allWell ? QStyle::SP_MessageBoxInformation
                                                  : QStyle::SP_MessageBoxWarning)
                            .pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    m_summary->setObjectName(u"importSummaryText"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    auto *detailsLabel =
            new QLabel(run.refusedSourceCount() > 0
                               ? tr("&Details (fix the lines named and import the file again):")
                               : tr("&Details:"),
                       this);
    detailsLabel->setBuddy(m_details);
    m_details->setObjectName(u"importDetails"_s);
    m_details->setAccessibleName(tr("Import details"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Details"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Put the summary and the details on the clipboard"));
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(summary() + u"\n\n"_s + details() + u'\n');
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    if (run.duplicateCount() > 0) {
        m_update = buttons->addButton(tr("&Update Them"), QDialogButtonBox::ActionRole);
        m_update->setObjectName(u"updateDuplicates"_s);
        m_update->setToolTip(tr("Save the wire text of the stories the library holds already as "
                                "their next version; their status, slug and pictures stay"));
        m_update->setAutoDefault(false);
        connect(m_update, &QPushButton::clicked, this, [this] {
            m_update->setEnabled(false);
            Q_EMIT updateRequested(m_duplicates);
        });
        m_duplicates = run.duplicates();
    }

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(detailsLabel);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
    resize(620, 360);
}

void ImportSummaryDialog::setUpdated(const QString &message)
{
    m_details->appendPlainText(u"\n"_s + message);
}

QString ImportSummaryDialog::summary() const
{
    return m_summary->text();
}

QString ImportSummaryDialog::details() const
{
    return m_details->toPlainText();
}

} // namespace Copydesk
