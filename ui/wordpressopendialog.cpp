// SPDX-License-Identifier: MIT
#include "wordpressopendialog.h"

#include "backgroundtask.h"
#include "publish/destinationset.h"
#include "secretcache.h"
#include "store/library.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

constexpr int postIdRole = Qt::UserRole;
constexpr int postStatusRole = Qt::UserRole + 1;

/// The site as the worker uses it: made and used on that thread alone.
WordPressDestination siteOnWorker(const DestinationConfig &config, const PublishSettings &settings,
                                  const QString &secret)
{
    return {config, DestinationSet::siteFor(config, settings), secret,
            DestinationSet::httpOptions(config)};
}

} // namespace

WordPressOpenDialog::WordPressOpenDialog(QList<DestinationConfig> sites, QString library,
                                         PublishSettings settings, SecretCache &secrets,
                                         QTimeZone zone, QWidget *parent)
    : QDialog(parent)
    , m_sites(std::move(sites))
    , m_library(std::move(library))
    , m_settings(std::move(settings))
    , m_secrets(secrets)
    , m_zone(std::move(zone))
    , m_site(new QComboBox(this))
    , m_drafts(new QCheckBox(tr("&Drafts"), this))
    , m_scheduled(new QCheckBox(tr("S&cheduled"), this))
    , m_published(new QCheckBox(tr("&Published"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_list(new QTreeWidget(this))
    , m_more(new QPushButton(tr("&More Posts"), this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_import(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"wordPressOpenDialog"_s);
    setWindowTitle(tr("Open from WordPress"));

    m_site->setObjectName(u"wordPressSite"_s);
    m_site->setAccessibleName(tr("WordPress site"));
    m_site->setToolTip(tr("The library's WordPress sites (Publishing → Destinations…)"));
    const QString last = QSettings().value(u"wordpress/lastSite"_s).toString();
    for (const DestinationConfig &config : std::as_const(m_sites)) {
        m_site->addItem(tr("%1 — %2").arg(config.name, config.target), config.name);
        if (config.name == last)
            m_site->setCurrentIndex(m_site->count() - 1);
    }

    m_drafts->setObjectName(u"wordPressDrafts"_s);
    m_drafts->setToolTip(tr("List the site's drafts (and posts waiting for review)"));
    m_drafts->setChecked(true);
    m_scheduled->setObjectName(u"wordPressScheduled"_s);
    m_scheduled->setToolTip(tr("List the posts scheduled to come out later"));
    m_scheduled->setChecked(true);
    m_published->setObjectName(u"wordPressPublished"_s);
    m_published->setToolTip(tr("List the posts readers can see; imported, they stay published"));
    m_refresh->setObjectName(u"wordPressRefresh"_s);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Ask the site for its posts again (F5)"));

    m_list->setObjectName(u"wordPressPosts"_s);
    m_list->setAccessibleName(tr("Posts on the site"));
    m_list->setToolTip(tr("Select one or more posts (Ctrl and Shift add to the selection); "
                          "Enter imports them"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setFocusPolicy(Qt::StrongFocus);
    m_list->setHeaderLabels({tr("Title"), tr("Status"), tr("Last Changed"), tr("Library")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (int column : {StatusColumn, ChangedColumn, LibraryColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_more->setObjectName(u"wordPressMore"_s);
    m_more->setToolTip(tr("List the next %n posts, older ones", nullptr, pageSize));
    m_more->hide();

    m_busy->setObjectName(u"wordPressBusy"_s);
    m_busy->setAccessibleName(tr("Work under way"));
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(m_busy->fontMetrics().height());
    m_busy->hide();
    m_status->setObjectName(u"wordPressStatus"_s);
    m_status->setAccessibleName(tr("What the site answered"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_import->setObjectName(u"wordPressImport"_s);
    m_import->setDefault(true);
    m_import->setToolTip(tr("Bring the selected posts into the library as stories linked to "
                            "their posts: publishing one updates its post"));
    m_buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close without importing (Esc)"));

    auto *siteLabel = new QLabel(tr("WordPress &site:"), this);
    siteLabel->setBuddy(m_site);
    auto *showLabel = new QLabel(tr("Show:"), this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_drafts);
    filters->addWidget(m_scheduled);
    filters->addWidget(m_published);
    filters->addStretch();
    filters->addWidget(m_refresh);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(siteLabel, m_site);
    form->addRow(showLabel, filters);
    auto *moreRow = new QHBoxLayout;
    moreRow->addWidget(m_more);
    moreRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addLayout(moreRow);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumSize(760, 460);
    // Tab walks the dialog as it reads: the choices, the posts, then the buttons left to right.
    setTabOrder(m_refresh, m_list);
    setTabOrder(m_list, m_more);
    setTabOrder(m_more, m_import);
    setTabOrder(m_import, m_buttons->button(QDialogButtonBox::Close));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &WordPressOpenDialog::importSelected);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WordPressOpenDialog::reject);
    connect(m_site, &QComboBox::currentIndexChanged, this, &WordPressOpenDialog::listPosts);
    for (QCheckBox *check : {m_drafts, m_scheduled, m_published})
        connect(check, &QCheckBox::toggled, this, &WordPressOpenDialog::listPosts);
    connect(m_refresh, &QPushButton::clicked, this, &WordPressOpenDialog::listPosts);
    connect(m_more, &QPushButton::clicked, this, &WordPressOpenDialog::listMore);
    // Enter reaches the dialog's default button (Import); a double-click imports that post.
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &WordPressOpenDialog::importSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &WordPressOpenDialog::updateButtons);

    updateButtons();
    m_list->setFocus();
    // Once shown: the password prompt, if one is needed, belongs above the dialog.
    QTimer::singleShot(0, this, &WordPressOpenDialog::listPosts);
}

WordPressOpenDialog::~WordPressOpenDialog()
{
    // An import under way stops after its post; the thread finishes on its own.
    if (m_stop)
        *m_stop = true;
}

DestinationConfig WordPressOpenDialog::site() const
{
    const QString name = m_site->currentData().toString();
    for (const DestinationConfig &config : m_sites) {
        if (config.name == name)
            return config;
    }
    return {};
}

QStringList WordPressOpenDialog::statuses() const
{
    QStringList wanted;
    if (m_drafts->isChecked())
        wanted << u"draft"_s << u"pending"_s;
    if (m_scheduled->isChecked())
        wanted << u"future"_s;
    if (m_published->isChecked())
        wanted << u"publish"_s;
    return wanted;
}

QString WordPressOpenDialog::statusText(const QString &status) const
{
    if (status == u"draft")
        return tr("Draft");
    if (status == u"pending")
        return tr("Pending review");
    if (status == u"future")
        return tr("Scheduled");
    if (status == u"publish")
        return tr("Published");
    if (status == u"private")
        return tr("Private");
    return status;
}

void WordPressOpenDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? QColor(0xc0, 0x20, 0x20)
                             : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

void WordPressOpenDialog::setBusy(bool listing, bool importing)
{
    m_listing = listing;
    m_importing = importing;
    m_busy->setVisible(listing || importing);
    for (QWidget *control :
         {static_cast<QWidget *>(m_site), static_cast<QWidget *>(m_drafts),
          static_cast<QWidget *>(m_scheduled), static_cast<QWidget *>(m_published)})
        control->setEnabled(!importing);
    updateButtons();
}

void WordPressOpenDialog::updateButtons()
{
    const bool busy = m_listing || m_importing;
    m_import->setEnabled(!busy && m_list->topLevelItemCount() > 0);
    m_refresh->setEnabled(!m_importing);
    m_more->setVisible(m_page > 0 && m_page < m_pages);
    m_more->setEnabled(!busy);
}

std::optional<QString> WordPressOpenDialog::secretFor(const DestinationConfig &config)
{
    auto secret = m_secrets.obtain(config);
    if (!secret) {
        showStatus(secret.errorMessage(), true);
        return std::nullopt;
    }
    return *secret;
}

void WordPressOpenDialog::listPosts()
{
    if (m_importing)
        return;
    // Whatever was asked before is answered into nothing from now on.
    ++m_generation;
    m_list->clear();
    m_page = 0;
    m_pages = 0;
    m_total = 0;
    setBusy(false, false);
    if (m_sites.isEmpty())
        return;
    if (statuses().isEmpty()) {
        showStatus(tr("Tick at least one of Drafts, Scheduled and Published to list posts."));
        return;
    }
    QSettings().setValue(u"wordpress/lastSite"_s, site().name);
    startListing(1);
}

void WordPressOpenDialog::listMore()
{
    if (isBusy() || m_page <= 0 || m_page >= m_pages)
        return;
    ++m_generation;
    startListing(m_page + 1);
}

void WordPressOpenDialog::startListing(int page)
{
    const DestinationConfig config = site();
    const auto secret = secretFor(config);
    if (!secret) {
        Q_EMIT listingFinished();
        return;
    }
    const int generation = m_generation;
    m_busy->setRange(0, 0);
    setBusy(true, false);
    showStatus(page == 1 ? tr("Asking %1 for its posts…").arg(config.target)
                         : tr("Asking %1 for more posts…").arg(config.target));
    runOnLibrary<WordPressPostPage>(
            this, m_library,
            [config, settings = m_settings, secret = *secret, wanted = statuses(),
             page](StoryStore &store) -> Result<WordPressPostPage> {
                WordPressDestination wordpress = siteOnWorker(config, settings, secret);
                if (auto usable = wordpress.check(); !usable)
                    return usable.error();
                WordPressImport import(store, wordpress);
                return import.posts(wanted, page, pageSize);
            },
            [this, generation, page](const Result<WordPressPostPage> &listed) {
                // A newer listing was asked for meanwhile (or the dialog is closing).
                if (generation != m_generation)
                    return;
                setBusy(false, false);
                if (!listed) {
                    showStatus(listed.errorMessage(), true);
                } else {
                    m_page = page;
                    showPage(*listed);
                }
                updateButtons();
                Q_EMIT listingFinished();
            });
}

void WordPressOpenDialog::showPage(const WordPressPostPage &page)
{
    m_pages = page.totalPages;
    m_total = page.total;
    const QLocale locale;
    const bool first = m_list->topLevelItemCount() == 0;
    for (const WordPressPost &post : page.posts) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(TitleColumn, post.title.isEmpty() ? tr("(no title)") : post.title);
        item->setToolTip(TitleColumn, post.link);
        item->setText(StatusColumn, statusText(post.status));
        if (post.status == u"future" && post.date.isValid())
            item->setToolTip(StatusColumn,
                             tr("Comes out %1")
                                     .arg(locale.toString(post.date.toTimeZone(m_zone),
                                                          QLocale::ShortFormat)));
        if (post.modified.isValid())
            item->setText(ChangedColumn,
                          locale.toString(post.modified.toTimeZone(m_zone), QLocale::ShortFormat));
        if (post.story) {
            item->setText(LibraryColumn, tr("In library"));
            item->setToolTip(LibraryColumn,
                             tr("Linked to a story already: importing it again "
                                "opens that story"));
        }
        item->setData(TitleColumn, postIdRole, post.id);
        item->setData(TitleColumn, postStatusRole, post.status);
    }
    const int listed = m_list->topLevelItemCount();
    if (listed == 0)
        showStatus(tr("%1 has no posts of these kinds.").arg(site().name));
    else
        showStatus(tr("%1 of %n posts listed, the most lately changed first.", nullptr, m_total)
                           .arg(listed));
    if (first && listed > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
        m_list->setFocus();
    }
}

void WordPressOpenDialog::importSelected()
{
    if (isBusy())
        return;
    QList<QTreeWidgetItem *> chosen = m_list->selectedItems();
    if (chosen.isEmpty() && m_list->currentItem())
        chosen.append(m_list->currentItem());
    if (chosen.isEmpty()) {
        showStatus(tr("Select the posts to import first."));
        return;
    }
    // In the list's order, whatever order they were picked in.
    std::sort(chosen.begin(), chosen.end(), [this](QTreeWidgetItem *a, QTreeWidgetItem *b) {
        return m_list->indexOfTopLevelItem(a) < m_list->indexOfTopLevelItem(b);
    });
    QList<std::pair<qint64, QString>> posts;
    for (const QTreeWidgetItem *item : std::as_const(chosen))
        posts.append({item->data(TitleColumn, postIdRole).toLongLong(), item->text(TitleColumn)});
    QList<qint64> asked;
    for (const auto &post : std::as_const(posts))
        asked.append(post.first);

    const DestinationConfig config = site();
    const auto secret = secretFor(config);
    if (!secret)
        return;
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_busy->setRange(0, int(posts.size()));
    m_busy->setValue(0);
    setBusy(false, true);
    showStatus(tr("Importing %1 of %2: “%3”…").arg(1).arg(posts.size()).arg(posts.first().second));

    using Outcome = std::optional<Result<ImportRun>>;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int done) {
        if (m_busy->maximum() > 0)
            m_busy->setValue(done);
    });
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this,
            [this, watcher, count = posts.size()](const QString &title) {
                if (!m_closeWhenDone)
                    showStatus(tr("Importing %1 of %2: “%3”…")
                                       .arg(watcher->progressValue() + 1)
                                       .arg(count)
                                       .arg(title));
            });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, asked] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        finishImport(*outcome, asked);
    });
    // Off the window's thread: each post is read from the site, its pictures
    // fetched and the story saved in one transaction of its own.
    watcher->setFuture(
            QtConcurrent::run([library = m_library, config, settings = m_settings, secret = *secret,
                               posts, stop = m_stop](QPromise<Outcome> &promise) {
                promise.setProgressRange(0, int(posts.size()));
                auto opened = Library::open(library);
                if (!opened) {
                    promise.addResult(Outcome(Result<ImportRun>(opened.error())));
                    return;
                }
                WordPressDestination wordpress = siteOnWorker(config, settings, secret);
                if (auto usable = wordpress.check(); !usable) {
                    promise.addResult(Outcome(Result<ImportRun>(usable.error())));
                    return;
                }
                WordPressImport import(*opened->store, wordpress);
                ImportRun run;
                for (qsizetype i = 0; i < posts.size(); ++i) {
                    if (*stop) {
                        run.stopped = true;
                        break;
                    }
                    const auto &[id, title] = posts.at(i);
                    promise.setProgressValueAndText(int(i), title);
                    auto one = import.importPost(id);
                    if (one)
                        run.done.append(std::move(*one));
                    else
                        run.problems.append(tr("“%1”: %2").arg(title, one.errorMessage()));
                }
                promise.setProgressValue(int(posts.size()));
                promise.addResult(Outcome(std::move(run)));
            }));
}

void WordPressOpenDialog::finishImport(const Result<ImportRun> &run, const QList<qint64> &asked)
{
    m_stop.reset();
    setBusy(false, false);
    if (!run) {
        showStatus(run.errorMessage(), true);
        Q_EMIT importFinished();
        if (m_closeWhenDone)
            QDialog::reject();
        return;
    }
    m_imported.append(run->done);
    QSet<qint64> linked;
    QStringList notes;
    for (const WordPressImported &one : run->done) {
        linked.insert(one.post);
        for (const QString &note : one.notes)
            notes.append(tr("“%1”: %2").arg(one.story.headline(), note));
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (linked.contains(item->data(TitleColumn, postIdRole).toLongLong()))
            item->setText(LibraryColumn, tr("In library"));
    }
    const int brought =
            int(std::count_if(run->done.cbegin(), run->done.cend(),
                              [](const WordPressImported &one) { return !one.existing; }));
    QStringList said;
    said.append(tr("Imported %n posts.", nullptr, brought));
    if (const int existing = int(run->done.size()) - brought; existing > 0)
        said.append(tr("%n were in the library already.", nullptr, existing));
    if (run->stopped)
        said.append(tr("Stopped before the last %n.", nullptr,
                       int(asked.size() - run->done.size() - run->problems.size())));
    if (!run->problems.isEmpty())
        said.append(tr("Not imported: %1").arg(run->problems.join(u' ')));
    if (!notes.isEmpty())
        said.append(tr("Left out: %1").arg(notes.join(u' ')));
    showStatus(said.join(u' '), !run->problems.isEmpty());
    Q_EMIT importFinished();
    if (m_closeWhenDone) {
        QDialog::reject();
        return;
    }
    // Nothing to read: the stories open at once. Otherwise the dialog stays to say what went wrong.
    if (run->problems.isEmpty() && notes.isEmpty() && !run->done.isEmpty())
        accept();
}

void WordPressOpenDialog::reject()
{
    if (m_importing) {
        // Each post is saved whole or not at all: stop between two.
        if (m_stop)
            *m_stop = true;
        m_closeWhenDone = true;
        showStatus(tr("Stopping after the post being imported…"));
        return;
    }
    // A listing under way is answered into nothing.
    ++m_generation;
    QDialog::reject();
}

} // namespace Copydesk
