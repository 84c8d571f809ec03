// SPDX-License-Identifier: MIT
#pragma once

#include "store/storystore.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QTimer;
QT_END_NAMESPACE

namespace Copydesk {

class SearchResultsModel;

/**
 * The library search: every word of every story (headline, highlights,
 * dateline, byline, body, captions, credits), with filters for status,
 * period and byline; results best first with the matched words shown in
 * context. Each search runs on a worker with a connection of its own, so
 * a slow server never holds up the window; a bar moves while it runs.
 */
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(QWidget *parent = nullptr);

    /// The library searched: what opens a connection to it (StoryStore::connectionName()).
    void setLibrary(const QString &library);
    /// Focuses the search box with its text selected.
    void focusQuery();
    /// Runs the search again (the library changed), keeping the chosen result.
    void refresh();

    /// The query the box and the filters make now.
    SearchQuery query() const;

    QLineEdit *queryEdit() const { return m_query; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *periodBox() const { return m_period; }
    QLineEdit *bylineEdit() const { return m_byline; }
    QListView *resultsView() const { return m_results; }
    SearchResultsModel *model() const { return m_model; }
    /// What the panel says about the last search ("12 stories", "No story matches" …).
    QString summary() const;

    /// Results read per page.
    static constexpr int pageSize = 50;

Q_SIGNALS:
    /// The user chose a result to open.
    void storyChosen(const QUuid &id);
    /// A search finished: found (results on the first page) or failed.
    void searched();

private:
    /// Starts the search now; offset > 0 reads the next page of the same one.
    void search(int offset = 0);
    void updatePeriod();

    QString m_library;
    QLineEdit *m_query;
    QComboBox *m_status;
    QComboBox *m_period;
    QDateEdit *m_fromDate;
    QDateEdit *m_toDate;
    QLineEdit *m_byline;
    QLabel *m_summary;
    QProgressBar *m_busy;
    QListView *m_results;
    SearchResultsModel *m_model;
    QTimer *m_typingDelay;
    QTimer *m_busyDelay;
    /// Numbers each search, so that a slow one's answer never overwrites a newer one's.
    quint64 m_generation = 0;
    QUuid m_chosen;
};

} // namespace Copydesk
