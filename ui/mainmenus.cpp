// SPDX-License-Identifier: MIT
#include "mainmenus.h"

#include "actionregistry.h"
#include "colourscheme.h"
#include "core/translations.h"
#include "librarypanel.h"
#include "mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// Adds the actions by id; an empty id is a separator.
void addActions(QWidget *menu, const ActionRegistry &actions, const QStringList &ids)
{
    for (const QString &id : ids) {
        if (id.isEmpty()) {
            if (auto *asMenu = qobject_cast<QMenu *>(menu))
                asMenu->addSeparator();
            else if (auto *asBar = qobject_cast<QToolBar *>(menu))
                asBar->addSeparator();
            continue;
        }
        if (QAction *action = actions.action(id))
            menu->addAction(action);
    }
}

/// A dock's show/hide action, kept in the registry like every other.
QAction *dockToggle(ActionRegistry &actions, QDockWidget *dock, const QString &id,
                    const QString &text, const QString &tip)
{
    QAction *toggle = dock->toggleViewAction();
    toggle->setText(text);
    actions.adopt(id, toggle, tip);
    return toggle;
}

} // namespace

void MainMenus::addLanguageMenu(MainWindow &window, QMenu *view)
{
    QMenu *menu = view->addMenu(MainWindow::tr("&Language"));
    menu->setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(menu);
    const QString chosen = QSettings().value(u"ui/language"_s).toString();
    QList<std::pair<QString, QString>> choices{{QString(), MainWindow::tr("&System Language")}};
    for (const QString &language : translatedLanguages())
        choices.append({language, languageName(language)});
    for (const auto &[language, name] : choices) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(language == chosen);
        action->setData(language);
        action->setStatusTip(MainWindow::tr("The language of menus and messages, from the next "
                                            "start; Arabic lays the window out right to left"));
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, &window, [&window, language, name] {
            QSettings().setValue(u"ui/language"_s, language);
            window.statusBar()->showMessage(
                    MainWindow::tr("Copydesk speaks %1 from its next start.")
                            .arg(QString(name).remove(u'&')),
                    10'000);
        });
    }
}

void MainMenus::build(MainWindow &window)
{
    ActionRegistry &actions = *window.m_actions;
    QMenuBar *bar = window.menuBar();

    QMenu *file = bar->addMenu(MainWindow::tr("&File"));
    addActions(file, actions,
               {u"new"_s,
                u"save"_s,
                {},
                u"import.wire"_s,
                u"import.wordpress"_s,
                {},
                u"publish"_s,
                {},
                u"delete"_s,
                {},
                u"quit"_s});

    QMenu *edit = bar->addMenu(MainWindow::tr("&Edit"));
    addActions(edit, actions,
               {u"undo"_s,
                u"redo"_s,
                {},
                u"paste.wire"_s,
                {},
                u"find"_s,
                u"replace"_s,
                {},
                u"spelling.next"_s,
                u"edit.smartQuotes"_s});

    QMenu *library = bar->addMenu(MainWindow::tr("&Library"));
    addActions(library, actions,
               {u"library.open"_s, u"library.connect"_s, {}, u"find.library"_s, u"find.filter"_s});

    QMenu *story = bar->addMenu(MainWindow::tr("&Story"));
    addActions(story, actions,
               {u"highlight.add"_s,
                u"photo.add"_s,
                {},
                u"lease.takeOver"_s,
                {},
                u"publish"_s,
                u"schedule"_s,
                u"unschedule"_s,
                u"withdraw"_s,
                {},
                u"history.compare"_s,
                u"history.restore"_s});

    QMenu *publishing = bar->addMenu(MainWindow::tr("&Publishing"));
    addActions(publishing, actions,
               {u"publish"_s,
                u"schedule"_s,
                u"withdraw"_s,
                {},
                u"deliver"_s,
                u"focus.queue"_s,
                {},
                u"destinations"_s,
                u"publish.settings"_s});

    QMenu *view = bar->addMenu(MainWindow::tr("&View"));
    dockToggle(actions, window.m_findingsDock, u"view.findings"_s,
               MainWindow::tr("House &Style Findings"),
               MainWindow::tr("Show or hide the list of house-style findings"));
    dockToggle(actions, window.m_historyDock, u"view.history"_s, MainWindow::tr("&History"),
               MainWindow::tr("Show or hide every saved version of the story"));
    dockToggle(actions, window.m_scheduleDock, u"view.schedule"_s, MainWindow::tr("S&chedule"),
               MainWindow::tr("Show or hide the day's scheduled stories in time order"));
    dockToggle(actions, window.m_searchDock, u"view.search"_s, MainWindow::tr("S&earch"),
               MainWindow::tr("Show or hide the library search"));
    dockToggle(actions, window.m_queueDock, u"view.queue"_s, MainWindow::tr("Publish &Queue"),
               MainWindow::tr("Show or hide the deliveries of published versions: waiting, "
                              "delivered, failed"));

    QToolBar *tools = window.addToolBar(MainWindow::tr("Main Toolbar"));
    tools->setObjectName(u"mainToolBar"_s);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addActions(tools, actions,
               {u"new"_s,
                u"save"_s,
                u"undo"_s,
                u"redo"_s,
                u"photo.add"_s,
                {},
                u"import.wire"_s,
                u"publish"_s,
                u"schedule"_s,
                {},
                u"preview.show"_s});
    actions.adopt(u"view.toolbar"_s, tools->toggleViewAction(),
                  MainWindow::tr("Show or hide the main toolbar"));

    addActions(view, actions, {u"captions.desk"_s, {},
                               u"preview.show"_s,  u"preview.detach"_s,
                               u"output.next"_s,   u"output.previous"_s,
                               u"view.toolbar"_s,  u"view.findings"_s,
                               u"view.history"_s,  u"view.schedule"_s,
                               u"view.queue"_s,    {},
                               u"focus.library"_s, u"focus.editor"_s,
                               u"focus.body"_s,    u"focus.findings"_s,
                               u"focus.history"_s, u"focus.schedule"_s,
                               u"focus.queue"_s,   {}});
    QMenu *schemes = view->addMenu(MainWindow::tr("&Colour Scheme"));
    schemes->addActions(window.m_scheme->group()->actions());
    addLanguageMenu(window, view);

    QMenu *help = bar->addMenu(MainWindow::tr("&Help"));
    addActions(help, actions, {u"help.shortcuts"_s, {}, u"about"_s});

    // The story list's own menu offers the ways in.
    QTreeView *list = window.m_library->view();
    list->setContextMenuPolicy(Qt::ActionsContextMenu);
    list->addActions(actions.actions({u"import.wire"_s, u"paste.wire"_s}));
}

} // namespace Copydesk
