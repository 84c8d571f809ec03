// SPDX-License-Identifier: MIT
#pragma once

#include "wire/wireimport.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
class QPushButton;
QT_END_NAMESPACE

namespace Copydesk {

/// What one import of wire text did, file by file, for the summary and the status bar.
struct WireImportRun
{
    QList<WireFileOutcome> outcomes; ///< one per file read (or one for pasted text)
    QStringList notRead;             ///< files left out because the user stopped the import

    int storyCount() const;
    /// Stories the library held already, skipped.
    int duplicateCount() const;
    QList<WireDuplicate> duplicates() const;
    int importedSourceCount() const;
    int refusedSourceCount() const;
    /// One sentence: "Imported 3 stories from 1 file." …
    QString summary() const;
    /// Every source with its stories or its problems ("wire.txt, line 12: …"), one per line.
    QString details() const;
};

/**
 * The summary after an import: how many stories came from how many files
 * and, for each refused file, the problems that stopped it, in a text the
 * user can select and copy to pass on to the wire desk.
 */
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportSummaryDialog(const WireImportRun &run, QWidget *parent = nullptr);

    QString summary() const;
    QString details() const;
    QPlainTextEdit *detailsView() const { return m_details; }
    /// The button that updates the skipped stories; null when none was skipped.
    QPushButton *updateButton() const { return m_update; }
    /// Adds what the update did to the details.
    void setUpdated(const QString &message);

Q_SIGNALS:
    /// The user asked to save the skipped stories' wire text as their next versions.
    void updateRequested(const QList<Copydesk::WireDuplicate> &duplicates);

private:
    QLabel *m_summary;
    QPlainTextEdit *m_details;
    QPushButton *m_update = nullptr;
    QList<WireDuplicate> m_duplicates;
};

} // namespace Copydesk
