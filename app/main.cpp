// SPDX-License-Identifier: MIT
// The Copydesk window: parses the command line, opens the library, shows the desk.
#include "core/appfolders.h"
#include "core/translations.h"
#include "mainwindow.h"
#include "publish/secrets.h"
#include "store/library.h"
#include "store/samplestory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Copydesk::setUpApplication();
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
                    .arg(Copydesk::Library::deskLocation()),
            u"path"_s, Copydesk::Library::deskLocation());
    const QCommandLineOption screenshotOption(
            u"screenshot"_s,
            QApplication::translate("main",
                                    "Save a picture of the window to <file> once the preview "
                                    "is drawn, then quit."),
            u"file"_s);
    const QCommandLineOption styleOption(
            u"house-style"_s,
            QApplication::translate("main",
                                    "Check stories against the house style rules in <file> "
                                    "(default: %1 when it exists, else the bundled rules).")
                    .arg(Copydesk::HouseStyle::userFilePath()),
            u"file"_s);
    const QCommandLineOption languageOption(
            u"language"_s,
            QApplication::translate("main",
                                    "Speak <language> (en, ar) instead of the one chosen under "
                                    "View → Language, or the system's."),
            u"language"_s);
    parser.addOption(libraryOption);
    parser.addOption(languageOption);
    parser.addOption(styleOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    Copydesk::installTranslations(parser.isSet(languageOption)
                                          ? parser.value(languageOption)
                                          : QSettings().value(u"ui/language"_s).toString());

    // A newsroom server's password is the one Library → Connect kept in the secret service.
    auto store = Copydesk::openDeskLibrary(
            Copydesk::Secrets::withKeptPassword(parser.value(libraryOption)));
    if (!store) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot Open Library"),
                              store.errorMessage());
        return 1;
    }

    Copydesk::MainWindow window(std::move(*store));
    const QString userStyle = Copydesk::HouseStyle::userFilePath();
    if (parser.isSet(styleOption))
        window.loadHouseStyle(parser.value(styleOption));
    else if (QFile::exists(userStyle))
        window.loadHouseStyle(userStyle);
    window.show();
    window.openNewestStory();
    window.offerRecovery();
    if (parser.isSet(screenshotOption))
        window.saveScreenshotWhenDrawn(parser.value(screenshotOption));
    return QApplication::exec();
}
