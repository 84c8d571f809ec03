// SPDX-License-Identifier: MIT
// Help → Keyboard Shortcuts lists every command of the menus with its keys.
#include "mainwindow.h"
#include "shortcutsdialog.h"
#include "ui/modaldialogs.h"
#include "ui/testwindow.h"

#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsEveryShortcutOfTheMenus()
    {
        auto window = openTestWindow(m_dir.filePath(u"keys.sqlite"_s), WithSample::Yes);
        QVERIFY(window);
        QStringList rows;
        QStringList spelling;
        bool seen = false;
        answerNextDialog<ShortcutsDialog>(
                [&](ShortcutsDialog *dialog) {
                    rows = dialog->visibleRows();
                    dialog->filterEdit()->setText(u"spelling mis"_s);
                    spelling = dialog->visibleRows();
                    dialog->reject();
                },
                &seen);
        window->action(u"help.shortcuts"_s)->trigger();
        QVERIFY(seen);
        const QString all = rows.join(u'\n');
        // Every menu command with a shortcut is there with its keys.
        int withKeys = 0;
        for (QAction *top : window->menuBar()->actions()) {
            for (QAction *action : top->menu()->actions()) {
                if (action->shortcut().isEmpty())
                    continue;
                ++withKeys;
                const QString keys = action->shortcut().toString(QKeySequence::NativeText);
                QVERIFY2(all.contains(u'\t' + keys), qPrintable(keys));
            }
        }
        QVERIFY(withKeys > 10);
        QVERIFY2(all.contains(u"Edit → Next Spelling Mistake\tF7"_s), qPrintable(all));
        QVERIFY2(all.contains(u"In the story's fields → Move a highlight up or down"_s),
                 qPrintable(all));
        QCOMPARE(spelling, QStringList{u"Edit → Next Spelling Mistake\tF7"_s});
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
