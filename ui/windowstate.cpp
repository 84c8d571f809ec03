// SPDX-License-Identifier: MIT
#include "windowstate.h"

#include "colourscheme.h"
#include "mainwindow.h"
#include "outputpane.h"
#include "storyeditor.h"

#include <QAction>
#include <QDockWidget>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Copydesk {

void WindowState::read(MainWindow &window)
{
    QSettings settings;
    if (!window.restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        const QRect available = window.screen()->availableGeometry();
        window.resize(std::min(1600, available.width() * 9 / 10),
                      std::min(1000, available.height() * 9 / 10));
    }
    if (!window.restoreState(settings.value(u"window/state"_s).toByteArray()))
        window.resizeDocks({window.m_findingsDock}, {110}, Qt::Vertical);
    window.m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    window.m_editor->splitter()->restoreState(
            settings.value(u"window/editorSplitter"_s).toByteArray());
    window.action(u"preview.show"_s)
            ->setChecked(settings.value(u"preview/visible"_s, true).toBool());
    window.m_outputs->setCurrentIndex(std::clamp(settings.value(u"window/outputTab"_s, 0).toInt(),
                                                 0, window.m_outputs->count() - 1));
    window.applyPublishSettings();
    window.m_scheme->setScheme(Copydesk::ColourScheme::fromKey(
            settings.value(u"window/colourScheme"_s, u"system"_s).toString()));
}

void WindowState::write(const MainWindow &window)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, window.saveGeometry());
    settings.setValue(u"window/state"_s, window.saveState());
    settings.setValue(u"window/splitter"_s, window.m_splitter->saveState());
    settings.setValue(u"window/editorSplitter"_s, window.m_editor->splitter()->saveState());
    settings.setValue(u"preview/visible"_s, window.action(u"preview.show"_s)->isChecked());
    settings.setValue(u"window/outputTab"_s, window.m_outputs->currentIndex());
    settings.setValue(u"window/colourScheme"_s,
                      Copydesk::ColourScheme::key(window.m_scheme->scheme()));
}

} // namespace Copydesk
