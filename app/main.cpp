// SPDX-License-Identifier: MIT
// The Copydesk window: parses the command line, opens the library, shows the desk.
#include "mainwindow.h"
#include "store/library.h"
#include "story/samplestory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QMessageBox>
#include <QScreen>
#include <QStandardPaths>
#include <QTimer>

#include "previewpane.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Copydesk"_s);
    QApplication::setOrganizationDomain(u"copydesk.example"_s);
    QApplication::setApplicationVersion(QStringLiteral(COPYDESK_VERSION));
    QApplication::setDesktopFileName(u"io.copydesk.Copydesk"_s);
    QApplication::setWindowIcon(QIcon(u":/copydesk/icons/copydesk.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop newsroom editor"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(
            u"library"_s,
            QApplication::translate("main", "Open the library at <path> (default: %1).")
                    .arg(Copydesk::Library::defaultPath()),
            u"path"_s, Copydesk::Library::defaultPath());
    const QCommandLineOption screenshotOption(
            u"screenshot"_s,
            QApplication::translate("main",
                                    "Save a picture of the window to <file> once the preview "
                                    "is drawn, then quit."),
            u"file"_s);
    const QString defaultStylePath =
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
            u"/housestyle.json"_s;
    const QCommandLineOption styleOption(
            u"house-style"_s,
            QApplication::translate("main",
                                    "Check stories against the house style rules in <file> "
                                    "(default: %1 when it exists, else the bundled rules).")
                    .arg(defaultStylePath),
            u"file"_s);
    parser.addOption(libraryOption);
    parser.addOption(styleOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    auto opened = Copydesk::Library::open(parser.value(libraryOption));
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot Open Library"),
                              opened.errorMessage());
        return 1;
    }
    if (opened->created) {
        const auto sample = Copydesk::installSampleStory(*opened->store);
        if (!sample)
            qWarning("%s", qPrintable(sample.errorMessage()));
    }

    Copydesk::MainWindow window(std::move(opened->store));
    const QString stylePath = parser.isSet(styleOption) ? parser.value(styleOption)
            : QFile::exists(defaultStylePath)           ? defaultStylePath
                                                        : QString();
    if (!stylePath.isEmpty()) {
        const auto style = Copydesk::HouseStyle::fromFile(stylePath);
        if (style) {
            window.setHouseStyle(*style);
        } else {
            QMessageBox::warning(&window, QApplication::translate("main", "House Style Not Loaded"),
                                 QApplication::translate("main",
                                                         "%1\n\nThe bundled house style "
                                                         "is used instead.")
                                         .arg(style.errorMessage()));
        }
    }
    window.show();
    window.openNewestStory();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QObject::connect(
                window.preview(), &Copydesk::PreviewPane::rendered, &window,
                [&window, file] {
                    // A moment for the image and the layout to settle after the page is set.
                    QTimer::singleShot(500, &window, [&window, file] {
                        const QPixmap shot = window.screen()->grabWindow(window.winId());
                        const QPixmap picture = shot.isNull() ? window.grab() : shot;
                        if (!picture.save(file))
                            qWarning("Cannot write the screenshot to %s", qPrintable(file));
                        QApplication::quit();
                    });
                },
                Qt::SingleShotConnection);
    }
    return QApplication::exec();
}
