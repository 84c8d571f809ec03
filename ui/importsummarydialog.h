// SPDX-License-Identifier: MIT
#pragma once

#include "wire/wireimport.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Copydesk {

/// What one import of wire text did, file by file, for the summary and the status bar.
struct WireImportRun
{
    QList<WireFileOutcome> outcomes; ///< one per file read (or one for pasted text)
    QStringList notRead;             ///< files left out because the user stopped the import

    int storyCount() const;
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

private:
    QLabel *m_summary;
    QPlainTextEdit *m_details;
};

} // namespace Copydesk
