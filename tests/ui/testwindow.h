// SPDX-License-Identifier: MIT
// The main window as the UI tests open it: on a library of its own, shown at
// a fixed size, the newest story open, its library model under test.
#pragma once

#include "librarypanel.h"
#include "mainwindow.h"
#include "store/library.h"
#include "store/samplestory.h"
#include "storylistmodel.h"

#include <QAbstractItemModelTester>
#include <QDebug>

#include <memory>

namespace Copydesk::Testing {

enum class WithSample { No, Yes };

/// A window on the library at path (made when missing); null, with a warning, when it cannot open.
inline std::unique_ptr<MainWindow> openTestWindow(const QString &libraryPath,
                                                  WithSample sample = WithSample::No)
{
    auto opened = Library::open(libraryPath);
    if (!opened) {
        qWarning() << opened.errorMessage();
        return {};
    }
    if (sample == WithSample::Yes) {
        if (auto installed = installSampleStory(*opened->store); !installed) {
            qWarning() << installed.errorMessage();
            return {};
        }
    }
    auto window = std::make_unique<MainWindow>(std::move(opened->store));
    // A fixed size whatever the screen, not the first start's fitted one.
    window->setWindowState(Qt::WindowNoState);
    window->resize(1400, 900);
    window->show();
    window->openNewestStory();
    new QAbstractItemModelTester(window->library()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 window.get());
    return window;
}

} // namespace Copydesk::Testing
