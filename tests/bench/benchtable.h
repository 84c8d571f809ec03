// SPDX-License-Identifier: MIT
// What every benchmark prints with: the table of figures on standard
// output, notes on standard error, medians, and a watch for a window's
// first paint.
#pragma once

#include <QEvent>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace Copydesk::Bench {

/// The table of figures.
inline QTextStream out(stdout);

/// A line of progress on standard error, out of the table's way.
inline void note(const QString &text)
{
    QTextStream(stderr) << QStringLiteral("  … ") << text << Qt::endl;
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

/// A figure as the tables write it: English digit grouping, decimals places.
inline QString number(double value, int decimals = 0)
{
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}

/// One row of the table: | figure | measured | baseline | ratio | goal |.
inline void row(const QString &figure, const QString &measured, const QString &baseline,
                const QString &ratio, const QString &goal)
{
    const QString bar = QStringLiteral(" | ");
    out << QStringLiteral("| ") << figure << bar << measured << bar << baseline << bar << ratio
        << bar << goal << QStringLiteral(" |") << Qt::endl;
}

/// Watches a widget (a list's viewport) for its first paint.
class FirstPaint : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace Copydesk::Bench
