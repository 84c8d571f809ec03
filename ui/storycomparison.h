// SPDX-License-Identifier: MIT
#pragma once

#include "story/storydiff.h"

#include <QFutureWatcher>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QTextBrowser;
QT_END_NAMESPACE

namespace Copydesk {

/**
 * Two states of a story side by side, field by field: the older on the
 * left with what went struck through in red, the newer on the right with
 * what came underlined in green, the body word by word. Unchanged fields
 * are left out unless asked for. The comparison is made on a worker
 * thread, so a long body never holds up the window. Serves the history's
 * comparison, the recovery of unsaved edits and edit conflicts.
 */
class StoryComparison : public QWidget
{
    Q_OBJECT

public:
    explicit StoryComparison(QWidget *parent = nullptr);

    /// Compares older with newer; the headings (rich text) name each side.
    void compare(const Story &older, const QString &olderHeading, const Story &newer,
                 const QString &newerHeading, const QTimeZone &zone);

    QTextBrowser *browser() const { return m_browser; }
    QCheckBox *showUnchanged() const { return m_showUnchanged; }
    /// The fields compared, once the worker is done; empty before.
    const QList<FieldDiff> &fields() const { return m_fields; }
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    void ready();

private:
    void render();

    QString m_olderHeading;
    QString m_newerHeading;
    QLabel *m_title;
    QTextBrowser *m_browser;
    QCheckBox *m_showUnchanged;
    QFutureWatcher<QList<FieldDiff>> m_watcher;
    QList<FieldDiff> m_fields;
    int m_generation = 0;
    bool m_ready = false;
};

/// A side of a comparison in its heading: "what" above smaller "detail".
QString comparisonHeading(const QString &what, const QString &detail);

} // namespace Copydesk
