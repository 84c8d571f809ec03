// SPDX-License-Identifier: MIT
#include "colourscheme.h"

#include "actionregistry.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QStyle>

#include <array>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Copydesk {

ColourScheme::ColourScheme(ActionRegistry &actions, QObject *parent)
    : QObject(parent)
    , m_actions(actions)
    , m_group(new QActionGroup(this))
    , m_systemPalette(QApplication::palette())
{
    const std::array<std::tuple<Scheme, QString>, 3> schemes = {{
            {Scheme::System, tr("&System Colours")},
            {Scheme::Light, tr("&Light")},
            {Scheme::Dark, tr("&Dark")},
    }};
    for (const auto &[scheme, text] : schemes) {
        QAction *action = actions.add(u"scheme."_s + key(scheme), text,
                                      tr("Use this colour scheme for the window and the editor"));
        action->setCheckable(true);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, scheme = scheme] { setScheme(scheme); });
    }
    m_actions.action(u"scheme.system"_s)->setChecked(true);
}

QString ColourScheme::key(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return u"light"_s;
    case Scheme::Dark:
        return u"dark"_s;
    case Scheme::System:
        break;
    }
    return u"system"_s;
}

ColourScheme::Scheme ColourScheme::fromKey(const QString &key)
{
    if (key == u"dark")
        return Scheme::Dark;
    if (key == u"light")
        return Scheme::Light;
    return Scheme::System;
}

void ColourScheme::setScheme(Scheme scheme)
{
    m_scheme = scheme;
    switch (scheme) {
    case Scheme::System:
        QApplication::setPalette(m_systemPalette);
        break;
    case Scheme::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Scheme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
    m_actions.action(u"scheme."_s + key(scheme))->setChecked(true);
}

QPalette ColourScheme::darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return palette;
}

} // namespace Copydesk
