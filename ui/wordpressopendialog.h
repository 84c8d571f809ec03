// SPDX-License-Identifier: MIT
#pragma once

#include "publish/publishsettings.h"
#include "publish/wordpressimport.h"
#include "store/destinationconfig.h"

#include <QDialog>
#include <QList>
#include <QTimeZone>

#include <atomic>
#include <memory>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
QT_END_NAMESPACE

namespace Copydesk {

class SecretCache;

/**
 * File → Open from WordPress…: one of the library's WordPress sites, its
 * posts of the statuses chosen (drafts and scheduled ones at first), the
 * most lately changed first, a page at a time, and Import for the posts
 * selected. Listing and importing run on a worker thread with a
 * connection of its own to the library, so the window never waits for the
 * site; a bar shows the work under way and a line says what happened,
 * a wrong password or a site that does not answer included. A successful
 * import closes the dialog; one with problems stays open to show them.
 */
class WordPressOpenDialog : public QDialog
{
    Q_OBJECT

public:
    /// How many posts a page lists.
    static constexpr int pageSize = 50;

    /**
     * sites: the library's WordPress destinations (at least one); library:
     * what the worker opens the library with; secrets: where the sites'
     * application passwords come from, asked for when missing; zone: the
     * newsroom's, for the times listed.
     */
    WordPressOpenDialog(QList<DestinationConfig> sites, QString library, PublishSettings settings,
                        SecretCache &secrets, QTimeZone zone, QWidget *parent = nullptr);
    ~WordPressOpenDialog() override;

    /// The site chosen.
    DestinationConfig site() const;
    /// The WordPress statuses listed ("draft", "future", "publish").
    QStringList statuses() const;
    /// What the imports while the dialog was open brought in (or found linked already).
    const QList<WordPressImported> &imported() const { return m_imported; }
    /// Whether posts are being listed or imported.
    bool isBusy() const { return m_listing || m_importing; }

    QComboBox *siteBox() const { return m_site; }
    QCheckBox *draftsCheck() const { return m_drafts; }
    QCheckBox *scheduledCheck() const { return m_scheduled; }
    QCheckBox *publishedCheck() const { return m_published; }
    QTreeWidget *list() const { return m_list; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *moreButton() const { return m_more; }
    QPushButton *importButton() const { return m_import; }
    QProgressBar *busyBar() const { return m_busy; }
    QLabel *statusLabel() const { return m_status; }

    enum Column { TitleColumn, StatusColumn, ChangedColumn, LibraryColumn };

public Q_SLOTS:
    /// Lists the chosen site's posts again from the first page.
    void listPosts();
    /// Lists the next page below those listed.
    void listMore();
    /// Imports the posts selected (or the current one).
    void importSelected();
    /// While an import runs: stops after the post being imported, then closes.
    void reject() override;

Q_SIGNALS:
    /// A listing ended, with posts or with a problem shown.
    void listingFinished();
    /// An import ended; the dialog may have closed.
    void importFinished();

private:
    /// What an import run on the worker did.
    struct ImportRun
    {
        QList<WordPressImported> done;
        QStringList problems;
        bool stopped = false;
    };

    void startListing(int page);
    void showPage(const WordPressPostPage &page);
    void finishImport(const Result<ImportRun> &run, const QList<qint64> &asked);
    /// The chosen site's application password; a problem shown and nullopt when none.
    std::optional<QString> secretFor(const DestinationConfig &config);
    void showStatus(const QString &text, bool problem = false);
    void setBusy(bool listing, bool importing);
    void updateButtons();
    QString statusText(const QString &status) const;

    QList<DestinationConfig> m_sites;
    QString m_library;
    PublishSettings m_settings;
    SecretCache &m_secrets;
    QTimeZone m_zone;

    QComboBox *m_site;
    QCheckBox *m_drafts;
    QCheckBox *m_scheduled;
    QCheckBox *m_published;
    QPushButton *m_refresh;
    QTreeWidget *m_list;
    QPushButton *m_more;
    QProgressBar *m_busy;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;

    /// Which listing is the latest: answers to earlier ones are dropped.
    int m_generation = 0;
    int m_page = 0;
    int m_pages = 0;
    int m_total = 0;
    bool m_listing = false;
    bool m_importing = false;
    /// Set to stop an import between posts.
    std::shared_ptr<std::atomic_bool> m_stop;
    bool m_closeWhenDone = false;
    QList<WordPressImported> m_imported;
};

} // namespace Copydesk
