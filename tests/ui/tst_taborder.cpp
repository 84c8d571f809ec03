// SPDX-License-Identifier: MIT
// Tab walks the story's fields in the order they stand on screen.
#include "mainwindow.h"
#include "story/storydocument.h"
#include "storyeditor.h"
#include "ui/testwindow.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

class TestTabOrder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tabFollowsTheScreen()
    {
        auto window = openTestWindow(m_dir.filePath(u"tab.sqlite"_s), WithSample::Yes);
        QVERIFY(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        const QStringList wanted{u"headline"_s,   u"slug"_s,         u"highlight0"_s,
                                 u"highlight1"_s, u"addHighlight"_s, u"dateline"_s,
                                 u"byline"_s,     u"language"_s,     u"section"_s,
                                 u"tags"_s,       u"subjects"_s,     u"bodyEditor"_s};
        // From the headline, Tab until the body: the named fields in the order they came.
        const auto tabThrough = [&window](const QStringList &names) {
            window->editor()->headlineEdit()->setFocus();
            QStringList visited{u"headline"_s};
            for (int i = 0; i < 60 && visited.constLast() != u"bodyEditor"_s; ++i) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                const QString name = QApplication::focusWidget()->objectName();
                if (names.contains(name) && !visited.contains(name))
                    visited.append(name);
            }
            return visited;
        };
        QCOMPARE(tabThrough(wanted), wanted);

        // A third bullet, made later, takes its place too.
        window->action(u"highlight.add"_s)->trigger();
        QTRY_VERIFY(window->findChild<LineField *>(u"highlight2"_s));
        QTRY_VERIFY(window->findChild<LineField *>(u"highlight2"_s)->isVisible());
        QStringList third = wanted;
        third.insert(4, u"highlight2"_s);
        QCOMPARE(tabThrough(third), third);
        window->document()->undoStack()->setClean();
    }
};

QTEST_MAIN(TestTabOrder)
#include "tst_taborder.moc"
