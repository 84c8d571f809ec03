// SPDX-License-Identifier: MIT
#pragma once

#include "importsummarydialog.h"
#include "wire/wireimport.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QProgressDialog;
QT_END_NAMESPACE

namespace Copydesk {

class Desk;
class DocumentController;
class LibraryPanel;
class StoryStore;

/**
 * Wire text into the library: File → Import Wire Text…, files or text
 * dropped on the window or the list, Edit → Paste as Wire Stories. Each
 * file goes in whole or not at all; a summary says what came in and what
 * was refused, line by line.
 */
class ImportController : public QObject
{
    Q_OBJECT

public:
    /// Makes the import.wire and paste.wire actions.
    ImportController(Desk &desk, DocumentController &documents, LibraryPanel *library,
                     QObject *parent = nullptr);

    /// The summary of the last import while it is open.
    ImportSummaryDialog *summary() const;

    /// Asks for files and imports them.
    void chooseFiles();
    /**
     * Imports each file as a wire page, each in one transaction, with a
     * progress dialog that can stop between files; then opens the first
     * imported story and shows a summary.
     */
    void importFiles(const QStringList &paths);
    /// The same for text that is not in a file: a paste, a drop of text.
    void importText(const QString &text, const QString &sourceName);
    /// Imports the clipboard: its files if it holds copied files, else its text.
    void paste();

    /// Whether an import is being written to a server library on its worker.
    bool isImporting() const { return m_queued.has_value(); }

private:
    /// One file or text to import: what the progress dialog calls it, its file, and the work.
    struct ImportJob
    {
        QString label;
        QString path; ///< empty for text
        std::function<WireFileOutcome(StoryStore &)> work;
    };
    /// Imports on the library's worker, a job at a time, the window live meanwhile.
    void importOnWorker(QList<ImportJob> jobs);
    void importNext();
    void finish(const WireImportRun &run);

    Desk &m_desk;
    DocumentController &m_documents;
    LibraryPanel *m_library;
    QPointer<ImportSummaryDialog> m_summary;
    /// An import under way on the worker: the jobs left, what is done, and its progress.
    std::optional<QList<ImportJob>> m_queued;
    WireImportRun m_run;
    int m_jobs = 0;
    QPointer<QProgressDialog> m_progress;
};

} // namespace Copydesk
