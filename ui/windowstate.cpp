// SPDX-License-Identifier: MIT
#include "windowstate.h"

#include "colourscheme.h"
#include "mainwindow.h"
#include "outputpane.h"
#include "storyeditor.h"

#include <QAction>
#include <QDockWidget>
#include <QSettings>
#include <QSplitter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Copydesk {

void WindowState::read(MainWindow &window)
{
    QSettings settings;
    // A first start (or settings from another screen) fits the layout to the screen.
    const bool restored =
            window.restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()) &&
            window.restoreState(settings.value(u"window/state"_s).toByteArray()) &&
            window.m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray()) &&
            window.m_editor->splitter()->restoreState(
                    settings.value(u"window/editorSplitter"_s).toByteArray());
    if (!restored)
        window.fitToScreen();
    else
        window.m_editor->setKeepFieldsFitted(settings.value(u"window/fitFields"_s, false).toBool());
    window.action(u"preview.show"_s)
            ->setChecked(settings.value(u"preview/visible"_s, true).toBool());
    window.m_outputs->setCurrentIndex(std::clamp(settings.value(u"window/outputTab"_s, 0).toInt(),
                                                 0, window.m_outputs->count() - 1));
    window.action(u"edit.smartQuotes"_s)
            ->setChecked(settings.value(u"editing/smartQuotes"_s, true).toBool());
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
    settings.setValue(u"window/fitFields"_s, window.m_editor->keepsFieldsFitted());
    settings.setValue(u"preview/visible"_s, window.action(u"preview.show"_s)->isChecked());
    settings.setValue(u"editing/smartQuotes"_s, window.action(u"edit.smartQuotes"_s)->isChecked());
    settings.setValue(u"window/outputTab"_s, window.m_outputs->currentIndex());
    settings.setValue(u"window/colourScheme"_s,
                      Copydesk::ColourScheme::key(window.m_scheme->scheme()));
}

} // namespace Copydesk
