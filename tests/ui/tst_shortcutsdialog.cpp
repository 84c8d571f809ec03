// SPDX-License-Identifier: MIT
// Help → Keyboard Shortcuts lists every command of the menus with its keys.
#include "actionregistry.h"
#include "mainwindow.h"
#include "shortcutsdialog.h"

#include "ui/modaldialogs.h"
#include "ui/testwindow.h"
#include <QKeySequenceEdit>

#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
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
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Keys changed here must not reach the other test programs running beside it.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(u"settings"_s));
    }

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

    void keysCanBeChangedAndAreKept()
    {
        const QString path = m_dir.filePath(u"keys-changed.sqlite"_s);
        {
            auto window = openTestWindow(path, WithSample::Yes);
            QVERIFY(window);
            ShortcutsDialog dialog(window->menuBar(), window->actions());
            QVERIFY(dialog.selectAction(u"publish"_s));
            const QKeySequence mine(Qt::CTRL | Qt::ALT | Qt::Key_P);
            QVERIFY(dialog.assignKeys(mine));
            QCOMPARE(window->action(u"publish"_s)->shortcut(), mine);
            QVERIFY(dialog.visibleRows().join(u'\n').contains(
                    u"\t"_s + mine.toString(QKeySequence::NativeText)));

            // Keys another command has stay there unless the user says so.
            QVERIFY(dialog.selectAction(u"spelling.next"_s));
            const QKeySequence save = window->action(u"save"_s)->shortcut();
            bool asked = false;
            answerNextDialog<QMessageBox>(
                    [](QMessageBox *box) { box->button(QMessageBox::No)->click(); }, &asked);
            QVERIFY(!dialog.assignKeys(save));
            QVERIFY(asked);
            QCOMPARE(window->action(u"save"_s)->shortcut(), save);
            QCOMPARE(window->action(u"spelling.next"_s)->shortcut(), QKeySequence(Qt::Key_F7));
            QVERIFY(dialog.assignKeys(save, true));
            QCOMPARE(window->action(u"spelling.next"_s)->shortcut(), save);
            QVERIFY(window->action(u"save"_s)->shortcut().isEmpty());

            // Taking one key leaves the other command its other keys.
            const QKeySequence first(Qt::CTRL | Qt::ALT | Qt::Key_J);
            const QKeySequence second(Qt::CTRL | Qt::ALT | Qt::Key_K);
            window->actions()->setShortcuts(u"history.compare"_s, {first, second});
            QVERIFY(dialog.selectAction(u"highlight.add"_s));
            QVERIFY(dialog.assignKeys(second, true));
            QCOMPARE(window->action(u"history.compare"_s)->shortcuts(), QList<QKeySequence>{first});
            QVERIFY(dialog.selectAction(u"highlight.add"_s));
            dialog.resetKeys();
            QVERIFY(dialog.selectAction(u"history.compare"_s));
            dialog.resetKeys();
            // Escape leaves the keys field without becoming anyone's key.
            QVERIFY(dialog.selectAction(u"publish"_s));
            dialog.keysEdit()->setKeySequence(QKeySequence(Qt::Key_Escape));
            Q_EMIT dialog.keysEdit()->editingFinished();
            QCOMPARE(window->action(u"publish"_s)->shortcut(), mine);
        }
        {
            // The next start keeps them.
            auto window = openTestWindow(path);
            QVERIFY(window);
            QCOMPARE(window->action(u"publish"_s)->shortcut(),
                     QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
            QVERIFY(window->action(u"save"_s)->shortcut().isEmpty());
            // Reset to Default gives each its own back, for good.
            ShortcutsDialog dialog(window->menuBar(), window->actions());
            for (const QString &id : {u"publish"_s, u"spelling.next"_s, u"save"_s}) {
                QVERIFY(dialog.selectAction(id));
                dialog.resetKeys();
            }
            QCOMPARE(window->action(u"spelling.next"_s)->shortcut(), QKeySequence(Qt::Key_F7));
            QCOMPARE(window->action(u"save"_s)->shortcut(), QKeySequence(QKeySequence::Save));
        }
        auto fresh = openTestWindow(path);
        QCOMPARE(fresh->action(u"save"_s)->shortcut(), QKeySequence(QKeySequence::Save));
        QCOMPARE(fresh->action(u"publish"_s)->shortcut(),
                 fresh->actions()->defaultShortcuts(u"publish"_s).value(0));
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
