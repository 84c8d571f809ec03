// SPDX-License-Identifier: MIT
#pragma once

#include "story/history.h"
#include "story/storydiff.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimeZone>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QTextBrowser;
QT_END_NAMESPACE

namespace Copydesk {

/**
 * Two versions of a story side by side, field by field: the older on the
 * left with what went struck through in red, the newer on the right with
 * what came underlined in green, the body word by word. Unchanged fields
 * are left out unless asked for. The comparison is made on a worker thread,
 * so a long body never holds up the window.
 */
class ComparisonView : public QDialog
{
    Q_OBJECT

public:
    ComparisonView(const Story &older, const RevisionInfo &olderInfo, const Story &newer,
                   const RevisionInfo &newerInfo, const QTimeZone &zone,
                   QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    QCheckBox *showUnchanged() const { return m_showUnchanged; }
    /// The fields compared, once the worker is done; empty before.
    const QList<FieldDiff> &fields() const { return m_fields; }
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    void ready();

private:
    void render();

    RevisionInfo m_olderInfo;
    RevisionInfo m_newerInfo;
    QTimeZone m_zone;
    QLabel *m_title;
    QTextBrowser *m_browser;
    QCheckBox *m_showUnchanged;
    QFutureWatcher<QList<FieldDiff>> m_watcher;
    QList<FieldDiff> m_fields;
    bool m_ready = false;
};

} // namespace Copydesk
