// SPDX-License-Identifier: MIT
// The main window as the UI tests open it: on a library of its own, shown at
// a fixed size, the newest story open, its library model under test.
#pragma once

#include "documentcontroller.h"
#include "leasecontroller.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "store/library.h"
#include "store/samplestory.h"
#include "storylistmodel.h"

#include <QAbstractItemModelTester>
#include <QDebug>
#include <QTest>

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
    // On a server the story comes from the window's worker: a person waits for it to show.
    if (!QTest::qWaitFor(
                [&window] { return !window->documents()->isBusy() && !window->leases()->isBusy(); },
                10'000))
        qWarning() << "The window's newest story did not come from the library.";
    new QAbstractItemModelTester(window->library()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 window.get());
    return window;
}

} // namespace Copydesk::Testing
