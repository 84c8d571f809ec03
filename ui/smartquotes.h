// SPDX-License-Identifier: MIT
#pragma once

#include "story/quotemarks.h"

#include <QObject>

class QPlainTextEdit;

namespace Copydesk {

/**
 * Turns straight quotes typed into a prose field into the story language's
 * curly ones as they are typed (“…”, „…“, « … », and ’ for apostrophes).
 * One instance serves every field it is attached to; it watches their keys
 * as an event filter, so the field's own editing (and the window's one
 * undo history) is unchanged: the mark goes in as the typed key would.
 */
class SmartQuotes : public QObject
{
    Q_OBJECT

public:
    explicit SmartQuotes(QObject *parent = nullptr);

    /// Watches the field's keys; attaching a field twice is harmless.
    void attach(QPlainTextEdit *field);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    /// The story's language (BCP 47); picks the marks.
    void setLanguage(const QString &language);
    const QuoteMarks &marks() const { return m_marks; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_enabled = true;
    QuoteMarks m_marks;
};

} // namespace Copydesk
