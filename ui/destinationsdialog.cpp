// SPDX-License-Identifier: MIT
#include "destinationsdialog.h"

#include "core/logging.h"
#include "destinationeditdialog.h"
#include "publish/destinationset.h"
#include "publish/secrets.h"
#include "secretcache.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

enum Column { NameColumn, KindColumn, WhereColumn, SecretColumn, EnabledColumn };

QString kindText(DestinationKind kind)
{
    switch (kind) {
    case DestinationKind::Folder:
        return DestinationsDialog::tr("Folder");
    case DestinationKind::WebDav:
        return DestinationsDialog::tr("WebDAV");
    case DestinationKind::Push:
        return DestinationsDialog::tr("Push endpoint");
    case DestinationKind::WordPress:
        return DestinationsDialog::tr("WordPress site");
    }
    return {};
}

QString secretText(const DestinationConfig &config)
{
    if (!config.needsSecret())
        return DestinationsDialog::tr("None needed");
    return config.secretEnv.isEmpty() ? DestinationsDialog::tr("Secret service")
                                      : DestinationsDialog::tr("$%1").arg(config.secretEnv);
}

} // namespace

DestinationsDialog::DestinationsDialog(StoryStore &store, PublishSettings settings,
                                       SecretCache &secrets, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_settings(std::move(settings))
    , m_secrets(secrets)
    , m_note(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
    , m_enable(new QPushButton(tr("&Disable"), this))
    , m_test(new QPushButton(tr("Send a &Test Request"), this))
    , m_busy(new QProgressBar(this))
    , m_answer(new QLabel(this))
{
    setObjectName(u"destinationsDialog"_s);
    setWindowTitle(tr("Destinations"));

    m_note->setObjectName(u"destinationsNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list->setObjectName(u"destinationsList"_s);
    m_list->setAccessibleName(tr("Destinations"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Name"), tr("Kind"), tr("Where"), tr("Secret"), tr("State")});
    m_list->header()->setStretchLastSection(false);
    for (int column : {NameColumn, KindColumn, SecretColumn, EnabledColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(WhereColumn, QHeaderView::Stretch);
    m_list->setToolTip(tr("Enter or a double-click edits the destination"));

    m_add->setObjectName(u"destinationsAdd"_s);
    m_add->setToolTip(
            tr("Add a folder, a WebDAV server, a push endpoint or a WordPress site to publish to"));
    m_edit->setObjectName(u"destinationsEdit"_s);
    m_remove->setObjectName(u"destinationsRemove"_s);
    m_remove->setToolTip(tr("Stop publishing there; its deliveries stay in the history"));
    m_enable->setObjectName(u"destinationsEnable"_s);
    m_test->setObjectName(u"destinationsTest"_s);
    m_test->setToolTip(tr("Ask the destination whether it would take a publication, changing "
                          "nothing readers see"));
    m_busy->setObjectName(u"destinationsBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(m_busy->fontMetrics().height());
    m_busy->hide();
    m_answer->setObjectName(u"destinationsAnswer"_s);
    m_answer->setWordWrap(true);
    m_answer->setTextFormat(Qt::PlainText);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_remove, m_enable, m_test})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(middle, 1);
    layout->addWidget(m_busy);
    layout->addWidget(m_answer);
    layout->addWidget(close);
    setMinimumSize(860, 380);

    connect(m_add, &QPushButton::clicked, this, &DestinationsDialog::addDestination);
    connect(m_edit, &QPushButton::clicked, this, &DestinationsDialog::editDestination);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeDestination(); });
    connect(m_enable, &QPushButton::clicked, this, &DestinationsDialog::toggleEnabled);
    connect(m_test, &QPushButton::clicked, this, &DestinationsDialog::sendTestRequest);
    connect(m_list, &QTreeWidget::itemActivated, this, &DestinationsDialog::editDestination);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DestinationsDialog::updateButtons);
    reload();
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setFocus();
}

void DestinationsDialog::reload()
{
    const QString current = currentDestination() ? currentDestination()->name : QString();
    m_list->clear();
    const auto configs = m_store.destinations();
    m_configs = configs ? *configs : QList<DestinationConfig>();
    if (!configs) {
        m_note->setText(configs.errorMessage());
    } else if (m_configs.isEmpty()) {
        m_note->setText(tr("No destinations are set up: stories publish to the folder %1 "
                           "(File → Publishing Settings…). Add destinations to publish to a web "
                           "server or a partner, or to several places at once.")
                                .arg(QDir::toNativeSeparators(m_settings.folder)));
    } else {
        m_note->setText(tr("Each publication goes to every enabled destination. These are "
                           "kept in the library and shared by everyone using it."));
    }
    if (!Secrets::serviceAvailable())
        m_note->setText(m_note->text() + u' ' +
                        tr("No secret service runs here: a WebDAV server, a push endpoint or a "
                           "WordPress site reads its password or secret from an environment "
                           "variable."));
    for (const DestinationConfig &config : std::as_const(m_configs)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, config.name);
        item->setText(KindColumn, kindText(config.kind));
        item->setText(WhereColumn, config.where());
        item->setToolTip(WhereColumn, config.where());
        item->setText(SecretColumn, secretText(config));
        if (!config.secretEnv.isEmpty())
            item->setToolTip(SecretColumn,
                             tr("Read from the environment variable %1").arg(config.secretEnv));
        item->setText(EnabledColumn, config.enabled ? tr("Enabled") : tr("Disabled"));
        item->setData(NameColumn, Qt::UserRole, config.name);
        if (config.name == current)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

bool DestinationsDialog::selectDestination(const QString &name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(NameColumn, Qt::UserRole).toString() == name) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

std::optional<DestinationConfig> DestinationsDialog::currentDestination() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const QString name = item->data(NameColumn, Qt::UserRole).toString();
    for (const DestinationConfig &config : m_configs) {
        if (config.name == name)
            return config;
    }
    return std::nullopt;
}

void DestinationsDialog::updateButtons()
{
    const auto current = currentDestination();
    m_edit->setEnabled(current.has_value());
    m_remove->setEnabled(current.has_value());
    m_enable->setEnabled(current.has_value());
    m_enable->setText(current && !current->enabled ? tr("E&nable") : tr("&Disable"));
    m_enable->setToolTip(current && !current->enabled
                                 ? tr("Publications go there again")
                                 : tr("Keep the destination, but send it nothing until it is "
                                      "enabled again"));
    m_test->setEnabled(current.has_value() && !m_testing);
}

Result<void> DestinationsDialog::save(const DestinationConfig &config, const QString &secret,
                                      const std::optional<DestinationConfig> &before)
{
    if (config.needsSecret() && !secret.isEmpty()) {
        if (auto kept = Secrets::store(config.name, secret); !kept)
            return kept;
        m_secrets.remember(config.name, secret);
    } else if (!config.secretEnv.isEmpty()) {
        // Read from the environment from now on: a password kept before is not needed.
        if (before && before->needsSecret() && before->secretEnv.isEmpty()) {
            if (auto forgotten = Secrets::forget(config.name); !forgotten)
                qCWarning(lcUi).noquote() << forgotten.errorMessage();
        }
        m_secrets.forget(config.name);
    }
    if (auto saved = m_store.saveDestination(config); !saved)
        return saved;
    reload();
    selectDestination(config.name);
    Q_EMIT destinationsChanged();
    return {};
}

bool DestinationsDialog::edit(const std::optional<DestinationConfig> &before)
{
    DestinationConfig start;
    if (before)
        start = *before;
    DestinationEditDialog dialog(
            start, m_configs, !before, Secrets::serviceAvailable(),
            [this, before](const DestinationConfig &config, const QString &secret) {
                return save(config, secret, before);
            },
            this);
    return dialog.exec() == QDialog::Accepted;
}

bool DestinationsDialog::addDestination()
{
    return edit(std::nullopt);
}

bool DestinationsDialog::editDestination()
{
    const auto current = currentDestination();
    return current && edit(current);
}

bool DestinationsDialog::removeDestination(bool confirm)
{
    const auto current = currentDestination();
    if (!current)
        return false;
    if (confirm &&
        QMessageBox::question(this, tr("Remove Destination"),
                              tr("Remove the destination “%1” (%2)? Stories stop going there; "
                                 "its deliveries stay in the history, and a password kept for it "
                                 "is forgotten.")
                                      .arg(current->name, current->where()),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    if (auto removed = m_store.removeDestination(current->name); !removed) {
        QMessageBox::warning(this, tr("Destination Not Removed"), removed.errorMessage());
        return false;
    }
    if (auto forgotten = Secrets::forget(current->name); !forgotten)
        qCWarning(lcUi).noquote() << forgotten.errorMessage();
    m_secrets.forget(current->name);
    reload();
    Q_EMIT destinationsChanged();
    return true;
}

bool DestinationsDialog::toggleEnabled()
{
    auto current = currentDestination();
    if (!current)
        return false;
    current->enabled = !current->enabled;
    if (auto saved = m_store.saveDestination(*current); !saved) {
        QMessageBox::warning(this, tr("Destination Not Changed"), saved.errorMessage());
        return false;
    }
    reload();
    Q_EMIT destinationsChanged();
    return true;
}

void DestinationsDialog::showAnswer(bool ok, const QString &text)
{
    m_answer->setText(text);
    QPalette palette = m_answer->palette();
    palette.setColor(QPalette::WindowText,
                     ok ? this->palette().color(QPalette::WindowText) : QColor(0xc0, 0x20, 0x20));
    m_answer->setPalette(palette);
}

void DestinationsDialog::sendTestRequest()
{
    const auto current = currentDestination();
    if (!current || m_testing)
        return;
    QString secret;
    if (current->needsSecret()) {
        auto found = m_secrets.lookup()(*current);
        // The secret service is asked here, on the window's thread, and only
        // when this session holds nothing for it.
        if (!found && current->secretEnv.isEmpty())
            found = Secrets::read(*current);
        if (!found) {
            showAnswer(false, found.errorMessage());
            Q_EMIT testFinished(false, found.errorMessage());
            return;
        }
        secret = *found;
    }
    m_testing = true;
    m_busy->show();
    showAnswer(true, tr("Sending a test request to %1…").arg(current->where()));
    updateButtons();
    using Answer = std::optional<Result<QString>>;
    auto *watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Result<QString> answer = *watcher->result();
        watcher->deleteLater();
        m_testing = false;
        m_busy->hide();
        const QString text = answer ? *answer : answer.errorMessage();
        showAnswer(answer.ok(), text);
        updateButtons();
        Q_EMIT testFinished(answer.ok(), text);
    });
    // Off the window's thread: a server that does not answer waits out its timeout there.
    watcher->setFuture(QtConcurrent::run([config = *current, settings = m_settings, secret] {
        const auto destination = DestinationSet::make(config, settings, secret);
        return Answer(destination->sendTestRequest());
    }));
}

} // namespace Copydesk
