// SPDX-License-Identifier: MIT
#include "searchpanel.h"

#include "backgroundtask.h"
#include "searchresultsmodel.h"
#include "store/searchterms.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

enum class Period { Any, Day, Week, Month, Year, Between };

} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_query(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_fromDate(new QDateEdit(this))
    , m_toDate(new QDateEdit(this))
    , m_byline(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_results(new QListView(this))
    , m_model(new SearchResultsModel(this))
    , m_typingDelay(new QTimer(this))
    , m_busyDelay(new QTimer(this))
{
    setObjectName(u"searchPanel"_s);
    m_query->setObjectName(u"searchQuery"_s);
    m_query->setClearButtonEnabled(true);
    m_query->setPlaceholderText(tr("Search every story’s words"));
    m_query->setToolTip(
            tr("Headline, highlights, dateline, byline, body, captions and credits. Every word "
               "must be found; \"quoted words\" must stand together; elect* finds every word "
               "that starts so."));

    m_status->setObjectName(u"searchStatus"_s);
    m_status->addItem(tr("Any status"));
    const std::pair<QString, StoryStatus> statuses[] = {
            {tr("Drafts"), StoryStatus::Draft},
            {tr("Scheduled"), StoryStatus::Scheduled},
            {tr("Published"), StoryStatus::Published},
            {tr("Withdrawn"), StoryStatus::Withdrawn},
    };
    for (const auto &[name, status] : statuses)
        m_status->addItem(name, QVariant::fromValue(int(status)));
    m_status->setToolTip(tr("Only stories with this status"));

    m_period->setObjectName(u"searchPeriod"_s);
    m_period->addItem(tr("Any time"), int(Period::Any));
    m_period->addItem(tr("Past 24 hours"), int(Period::Day));
    m_period->addItem(tr("Past 7 days"), int(Period::Week));
    m_period->addItem(tr("Past 30 days"), int(Period::Month));
    m_period->addItem(tr("Past year"), int(Period::Year));
    m_period->addItem(tr("Between…"), int(Period::Between));
    m_period->setToolTip(tr("Only stories saved (or published) in this period"));
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_fromDate, m_toDate}) {
        edit->setCalendarPopup(true);
        edit->setDate(today);
        edit->setVisible(false);
    }
    m_fromDate->setDate(today.addDays(-7));
    m_fromDate->setToolTip(tr("From the start of this day"));
    m_toDate->setToolTip(tr("To the end of this day"));

    m_byline->setObjectName(u"searchByline"_s);
    m_byline->setClearButtonEnabled(true);
    m_byline->setPlaceholderText(tr("Byline contains"));
    m_byline->setToolTip(tr("Only stories whose byline contains this"));

    m_summary->setObjectName(u"searchSummary"_s);
    m_summary->setWordWrap(true);
    m_busy->setRange(0, 0); // it moves without saying how far: the server does not tell
    m_busy->setMaximumHeight(m_summary->sizeHint().height());
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    m_busy->setToolTip(tr("Searching…"));

    m_results->setObjectName(u"searchResults"_s);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setResizeMode(QListView::Adjust);
    m_results->setWordWrap(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setUniformItemSizes(false);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setToolTip(tr("Enter or a click opens the story"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_period);
    filters->addWidget(m_fromDate);
    filters->addWidget(m_toDate);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_query);
    layout->addLayout(filters);
    layout->addWidget(m_byline);
    auto *state = new QHBoxLayout;
    state->addWidget(m_summary, 1);
    state->addWidget(m_busy);
    layout->addLayout(state);
    layout->addWidget(m_results, 1);
    setFocusProxy(m_query);

    // A pause in typing searches; Enter searches at once and goes to the results.
    m_typingDelay->setSingleShot(true);
    m_typingDelay->setInterval(300);
    connect(m_typingDelay, &QTimer::timeout, this, [this] { search(); });
    connect(m_query, &QLineEdit::textChanged, m_typingDelay, qOverload<>(&QTimer::start));
    connect(m_byline, &QLineEdit::textChanged, m_typingDelay, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        search();
        m_results->setFocus(Qt::OtherFocusReason);
    });
    connect(m_byline, &QLineEdit::returnPressed, this, [this] { search(); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { search(); });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriod();
        search();
    });
    for (QDateEdit *edit : {m_fromDate, m_toDate})
        connect(edit, &QDateEdit::dateChanged, this, [this] { search(); });

    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(250);
    connect(m_busyDelay, &QTimer::timeout, m_busy, &QWidget::show);

    connect(m_model, &SearchResultsModel::moreWanted, this, [this](int offset) { search(offset); });
    const auto choose = [this](const QModelIndex &index) {
        m_chosen = index.data(SearchResultsModel::IdRole).toUuid();
        Q_EMIT storyChosen(m_chosen);
    };
    connect(m_results, &QListView::activated, this, choose);
    connect(m_results, &QListView::clicked, this, choose);
}

void SearchPanel::setLibrary(const QString &library)
{
    m_library = library;
    refresh();
}

void SearchPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchPanel::refresh()
{
    if (!SearchTerms::parse(m_query->text()).isEmpty())
        search();
}

void SearchPanel::updatePeriod()
{
    const bool between = m_period->currentData().toInt() == int(Period::Between);
    m_fromDate->setVisible(between);
    m_toDate->setVisible(between);
}

SearchQuery SearchPanel::query() const
{
    SearchQuery query;
    query.text = m_query->text();
    if (m_status->currentIndex() > 0)
        query.status = StoryStatus(m_status->currentData().toInt());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (Period(m_period->currentData().toInt())) {
    case Period::Any:
        break;
    case Period::Day:
        query.from = now.addDays(-1);
        break;
    case Period::Week:
        query.from = now.addDays(-7);
        break;
    case Period::Month:
        query.from = now.addDays(-30);
        break;
    case Period::Year:
        query.from = now.addYears(-1);
        break;
    case Period::Between:
        // Whole days of the desk's clock, the last one included.
        query.from = m_fromDate->date().startOfDay().toUTC();
        query.to = m_toDate->date().addDays(1).startOfDay().toUTC();
        break;
    }
    query.byline = m_byline->text();
    query.limit = pageSize;
    return query;
}

QString SearchPanel::summary() const
{
    return m_summary->text();
}

void SearchPanel::search(int offset)
{
    m_typingDelay->stop();
    SearchQuery wanted = query();
    wanted.offset = offset;
    const quint64 generation = ++m_generation;
    if (SearchTerms::parse(wanted.text).isEmpty() || m_library.isEmpty()) {
        m_model->setHits({}, false);
        m_summary->setText(wanted.text.trimmed().isEmpty()
                                   ? QString()
                                   : tr("“%1” holds no word to look for.").arg(wanted.text));
        m_busyDelay->stop();
        m_busy->hide();
        Q_EMIT searched();
        return;
    }
    m_busyDelay->start();
    runOnLibrary<SearchResults>(
            this, m_library, [wanted](StoryStore &store) { return store.search(wanted); },
            [this, generation, offset, wanted](Result<SearchResults> found) {
                if (generation != m_generation)
                    return; // a newer search is on its way
                m_busyDelay->stop();
                m_busy->hide();
                if (!found) {
                    m_summary->setText(found.errorMessage());
                    Q_EMIT searched();
                    return;
                }
                const bool more = found->hits.size() == wanted.limit;
                if (offset > 0) {
                    m_model->appendHits(found->hits, more);
                } else {
                    m_model->setHits(found->hits, more);
                    const int row = m_model->rowOf(m_chosen);
                    if (row >= 0)
                        m_results->setCurrentIndex(m_model->index(row));
                }
                const int shown = m_model->rowCount();
                if (shown == 0)
                    m_summary->setText(tr("No story matches “%1”.").arg(wanted.text.simplified()));
                else if (found->newestOnly)
                    m_summary->setText(
                            tr("More than %1 stories match: the best of the newest %1 are "
                               "listed. Add a word or a date range to look further back.")
                                    .arg(QLocale().toString(wanted.rankNewest)));
                else if (more)
                    m_summary->setText(
                            tr("The best %n stories; more as you scroll.", nullptr, shown));
                else
                    m_summary->setText(tr("%n stories found.", nullptr, shown));
                Q_EMIT searched();
            });
}

} // namespace Copydesk
