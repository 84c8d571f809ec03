// SPDX-License-Identifier: MIT
#include "importcontroller.h"

#include "actionregistry.h"
#include "busycursor.h"
#include "core/logging.h"
#include "desk.h"
#include "documentcontroller.h"
#include "importsummarydialog.h"
#include "librarypanel.h"
#include "libraryworker.h"
#include "wire/wireimport.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QShortcut>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Copydesk {

ImportController::ImportController(Desk &desk, DocumentController &documents, LibraryPanel *library,
                                   QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_documents(documents)
    , m_library(library)
{
    ActionRegistry &actions = desk.actions();
    QAction *a = actions.add(
            u"import.wire"_s, tr("&Import Wire Text…"),
            tr("Import stories from text files copied from a wire service or news page"),
            u"document-import"_s, QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(a, &QAction::triggered, this, &ImportController::chooseFiles);

    a = actions.add(u"paste.wire"_s, tr("Paste as &Wire Stories"),
                    tr("Import the text on the clipboard as wire stories"), u"edit-paste"_s,
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(a, &QAction::triggered, this, &ImportController::paste);
    // Enabled by what the clipboard holds, told by the clipboard itself.
    auto updatePaste = [a] {
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        a->setEnabled(mime && (mime->hasText() || !LibraryPanel::localFiles(mime).isEmpty()));
    };
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, a, updatePaste);
    updatePaste();
    // In the story list, plain Paste imports too: there is nothing else to paste into.
    auto *listPaste = new QShortcut(QKeySequence::Paste, library->view());
    listPaste->setContext(Qt::WidgetShortcut);
    connect(listPaste, &QShortcut::activated, a, &QAction::trigger);

    connect(library, &LibraryPanel::filesDropped, this, &ImportController::importFiles);
    connect(library, &LibraryPanel::textDropped, this,
            [this](const QString &text) { importText(text, tr("dropped text")); });
}

ImportSummaryDialog *ImportController::summary() const
{
    return m_summary;
}

void ImportController::chooseFiles()
{
    QSettings settings;
    const QStringList paths =
            QFileDialog::getOpenFileNames(m_desk.window(), tr("Import Wire Text"),
                                          settings.value(u"wire/lastFolder"_s).toString(),
                                          tr("Text files (*.txt *.text);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(u"wire/lastFolder"_s, QFileInfo(paths.constFirst()).absolutePath());
    importFiles(paths);
}

void ImportController::importFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    WireOptions options;
    // Every "2 min ago" of one import counts back from the same moment.
    options.referenceTime = QDateTime::currentDateTimeUtc();
    options.timeZone = m_desk.newsroomZone();
    if (m_desk.worker()) {
        QList<ImportJob> jobs;
        for (const QString &path : paths) {
            WireOptions fileOptions = options;
            fileOptions.sourceName = QFileInfo(path).fileName();
            jobs.append({fileOptions.sourceName, path, [path, fileOptions](StoryStore &store) {
                             return importWireFile(store, path, fileOptions);
                         }});
        }
        importOnWorker(std::move(jobs));
        return;
    }
    WireImportRun run;
    if (paths.size() == 1) {
        const BusyCursor busy;
        options.sourceName = QFileInfo(paths.constFirst()).fileName();
        run.outcomes.append(importWireFile(m_desk.store(), paths.constFirst(), options));
    } else {
        QProgressDialog progress(tr("Importing wire text…"), tr("&Stop"), 0, int(paths.size()),
                                 m_desk.window());
        progress.setObjectName(u"importProgress"_s);
        progress.setWindowTitle(tr("Import Wire Text"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        progress.setValue(0);
        for (qsizetype i = 0; i < paths.size(); ++i) {
            // Stops between files: each file is one transaction, so none is left half in.
            if (progress.wasCanceled()) {
                run.notRead = paths.mid(i);
                break;
            }
            const QString &path = paths.at(i);
            options.sourceName = QFileInfo(path).fileName();
            progress.setLabelText(tr("Importing %1 (%2 of %3)…")
                                          .arg(options.sourceName)
                                          .arg(i + 1)
                                          .arg(paths.size()));
            run.outcomes.append(importWireFile(m_desk.store(), path, options));
            progress.setValue(int(i + 1));
        }
    }
    finish(run);
}

void ImportController::importText(const QString &text, const QString &sourceName)
{
    if (text.trimmed().isEmpty()) {
        m_desk.showStatus(tr("There is no text to import: copy the text of a wire page first."));
        return;
    }
    WireOptions options;
    options.sourceName = sourceName;
    options.referenceTime = QDateTime::currentDateTimeUtc();
    options.timeZone = m_desk.newsroomZone();
    if (m_desk.worker()) {
        importOnWorker({{sourceName, {}, [bytes = text.toUtf8(), options](StoryStore &store) {
                             return importWireText(store, bytes, options);
                         }}});
        return;
    }
    WireImportRun run;
    {
        const BusyCursor busy;
        run.outcomes.append(importWireText(m_desk.store(), text.toUtf8(), options));
    }
    finish(run);
}

void ImportController::importOnWorker(QList<ImportJob> jobs)
{
    if (m_queued) {
        m_desk.showStatus(tr("An import is under way: import this once it has ended."), 10'000);
        return;
    }
    m_queued = std::move(jobs);
    m_run = WireImportRun();
    m_jobs = int(m_queued->size());
    // The window stays live while the server writes: the dialog shows how
    // far it has come and can stop between files, each one transaction.
    m_progress = new QProgressDialog(tr("Importing wire text…"), tr("&Stop"), 0, m_jobs,
                                     m_desk.window());
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setWindowTitle(tr("Import Wire Text"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setValue(0);
    importNext();
}

void ImportController::importNext()
{
    const int done = m_jobs - int(m_queued->size());
    if (m_queued->isEmpty() || (m_progress && m_progress->wasCanceled())) {
        for (const ImportJob &left : std::as_const(*m_queued)) {
            if (!left.path.isEmpty())
                m_run.notRead.append(left.path);
        }
        m_queued.reset();
        if (m_progress)
            m_progress->close();
        finish(m_run);
        return;
    }
    const ImportJob job = m_queued->takeFirst();
    if (m_progress)
        m_progress->setLabelText(
                tr("Importing %1 (%2 of %3)…").arg(job.label).arg(done + 1).arg(m_jobs));
    m_desk.worker()->run<WireFileOutcome>(
            this,
            [work = job.work](StoryStore &store) -> Result<WireFileOutcome> { return work(store); },
            [this, job, done](Result<WireFileOutcome> outcome) {
                if (outcome) {
                    m_run.outcomes.append(*outcome);
                } else {
                    WireFileOutcome refused;
                    refused.path = job.path;
                    refused.problems.append({job.label, 0, outcome.errorMessage()});
                    m_run.outcomes.append(refused);
                }
                if (m_progress)
                    m_progress->setValue(done + 1);
                importNext();
            });
}

void ImportController::paste()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    const QStringList files = LibraryPanel::localFiles(mime);
    if (!files.isEmpty())
        importFiles(files);
    else
        importText(mime ? mime->text() : QString(), tr("pasted text"));
}

void ImportController::finish(const WireImportRun &run)
{
    Q_EMIT m_desk.libraryChanged();
    const QString summary = run.summary();
    qCInfo(lcUi) << summary;
    m_desk.showStatus(summary, 10'000);
    for (const WireFileOutcome &outcome : run.outcomes) {
        if (!outcome.imported.isEmpty()) {
            // The usual prompt guards unsaved edits of the open story.
            m_documents.openStory(outcome.imported.constFirst().id());
            break;
        }
    }
    if (m_summary)
        m_summary->close();
    auto *dialog = new ImportSummaryDialog(run, m_desk.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportSummaryDialog::updateRequested, this,
            [this, dialog](const QList<WireDuplicate> &duplicates) {
                const auto updated = updateFromWire(m_desk.store(), duplicates, tr("wire import"));
                if (!updated) {
                    dialog->setUpdated(tr("Nothing was updated: %1").arg(updated.errorMessage()));
                    return;
                }
                QString message = tr("Updated %1 with the wire text.")
                                          .arg(tr("%Ln stories", nullptr, int(updated->size())));
                if (const qsizetype same = duplicates.size() - updated->size(); same > 0)
                    message += u' ' + tr("%Ln held the same text already.", nullptr, int(same));
                dialog->setUpdated(message);
                m_desk.showStatus(message, 10'000);
                Q_EMIT m_desk.libraryChanged();
                // The open story follows when nothing typed would be lost.
                StoryDocument *document = m_documents.document();
                for (const Story &story : *updated) {
                    if (document && document->id() == story.id() && !document->isModified())
                        m_documents.takeStored(story);
                }
            });
    m_summary = dialog;
    dialog->open();
}

} // namespace Copydesk
