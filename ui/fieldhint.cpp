// SPDX-License-Identifier: MIT
#include "fieldhint.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace Copydesk {

FieldHint::FieldHint(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setVisible(false);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
}

void FieldHint::setFindings(const QList<Finding> &findings)
{
    QStringList lines;
    m_error = false;
    for (const Finding &finding : findings) {
        const bool error = finding.severity == Severity::Error;
        m_error = m_error || error;
        lines.append((error ? u"✖ "_s : u"⚠ "_s) + finding.message);
    }
    setText(lines.join(u'\n'));
    setVisible(!lines.isEmpty());
    updateColour();
}

void FieldHint::setNotice(const QString &text)
{
    m_error = false;
    setText(text.isEmpty() ? QString() : u"⚠ "_s + text);
    setVisible(!text.isEmpty());
    updateColour();
}

void FieldHint::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateColour();
    QLabel::changeEvent(event);
}

void FieldHint::updateColour()
{
    // Colours readable on both light and dark window backgrounds.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor colour = m_error ? (dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1e, 0x1e))
                                  : (dark ? QColor(0xff, 0xc8, 0x6b) : QColor(0x8a, 0x55, 0x00));
    const QString sheet = u"color: %1;"_s.arg(colour.name());
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

QList<Finding> findingsFor(const QList<Finding> &findings, FieldRef::Field field, int index)
{
    QList<Finding> matching;
    for (const Finding &finding : findings) {
        if (finding.field.field == field && (index < 0 || finding.field.index == index))
            matching.append(finding);
    }
    return matching;
}

} // namespace Copydesk
