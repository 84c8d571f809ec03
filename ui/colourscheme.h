// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QActionGroup;
QT_END_NAMESPACE

namespace Copydesk {

class ActionRegistry;

/**
 * The window's colours: the system's palette, a light one or a dark one,
 * chosen from View → Colour Scheme and remembered. The body's highlighting
 * follows the palette on its own.
 */
class ColourScheme : public QObject
{
    Q_OBJECT

public:
    enum class Scheme { System, Light, Dark };

    /// Makes the scheme.system, scheme.light and scheme.dark actions.
    ColourScheme(ActionRegistry &actions, QObject *parent = nullptr);

    Scheme scheme() const { return m_scheme; }
    void setScheme(Scheme scheme);
    QActionGroup *group() const { return m_group; }

    /// "system", "light", "dark": how the settings keep it.
    static QString key(Scheme scheme);
    static Scheme fromKey(const QString &key);
    static QPalette darkPalette();

private:
    ActionRegistry &m_actions;
    QActionGroup *m_group;
    Scheme m_scheme = Scheme::System;
    QPalette m_systemPalette;
};

} // namespace Copydesk
