// SPDX-License-Identifier: MIT
// Two windows on one library and one story: the second opens it read-only
// and says who edits it; a take-over is explicit, the displaced window is
// told at its next renewal, keeps its unsaved text and cannot save it over
// the new editor's; closing a window lets the story go.
#include "documentcontroller.h"
#include "leasecontroller.h"
#include "linefield.h"
#include "story/storydocument.h"
#include "storyeditor.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "modaldialogs.h"
#include "support/testing.h"
#include "support/testlibrary.h"
#include "testwindow.h"

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

class TestLeaseUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void aSecondWindowOpensTheStoryReadOnly()
    {
        const auto where = TestLibrary::location(m_dir.filePath(u"lease.sqlite"_s));
        QVERIFY2(where, qPrintable(why(where)));
        {
            auto opened = Library::open(*where);
            QVERIFY2(opened, qPrintable(why(opened)));
            Story story = Story::create();
            story.setHeadline(u"Floods close the valley road"_s);
            story.setBody(u"Rescue teams reached the village.\n"_s);
            QVERIFY(opened->store->saveStory(story));
        }
        auto first = openTestWindow(*where);
        QVERIFY(first);
        QVERIFY(first->document());
        QVERIFY(first->leases()->holding());
        QVERIFY(!first->editor()->isReadOnly());

        // The second desk: read-only, told who has it, saving off.
        auto second = openTestWindow(*where);
        QVERIFY(second);
        QCOMPARE(second->document()->id(), first->document()->id());
        QVERIFY(!second->leases()->holding());
        QVERIFY(second->leases()->heldElsewhere());
        QVERIFY(second->editor()->isReadOnly());
        QVERIFY(second->editor()->headlineEdit()->isReadOnly());
        QVERIFY(second->editor()->notice()->isVisible());
        QVERIFY2(second->editor()->notice()->text().contains(u"is editing this story"_s),
                 qPrintable(second->editor()->notice()->text()));
        QVERIFY(!second->action(u"save"_s)->isEnabled());
        QVERIFY(second->action(u"lease.takeOver"_s)->isEnabled());
        QVERIFY(!second->documents()->saveStory());

        // The first desk types; the second takes over explicitly.
        first->editor()->headlineEdit()->setFocus();
        QTest::keyClicks(first->editor()->headlineEdit(), u" again"_s);
        QVERIFY(first->document()->isModified());
        second->action(u"lease.takeOver"_s)->trigger();
        // On a server the lease is taken on the window's worker: its answer comes a moment later.
        QTRY_VERIFY(second->leases()->holding());
        QVERIFY(!second->editor()->isReadOnly());
        QVERIFY(!second->editor()->notice()->isVisible());
        QVERIFY(second->action(u"save"_s)->isEnabled());

        // The first learns of it at its next renewal and keeps its text, unsaved.
        first->leases()->renew();
        QTRY_VERIFY(!first->leases()->isBusy());
        QVERIFY(!first->leases()->holding());
        QVERIFY(first->editor()->isReadOnly());
        QVERIFY2(first->editor()->notice()->text().contains(u"took this story over"_s),
                 qPrintable(first->editor()->notice()->text()));
        QVERIFY(first->document()->isModified());
        QVERIFY(first->document()->story().headline().contains(u" again"_s));
        QVERIFY(!first->documents()->saveStory());
        {
            auto opened = Library::open(*where);
            QCOMPARE(opened->store->loadStory(first->document()->id())->headline(),
                     u"Floods close the valley road"_s);
        }
        // Moving on asks, and leaves the text in the journal rather than saving it.
        answerNextMessageBox(QMessageBox::Ok);
        QVERIFY(first->documents()->maybeSave());

        // The second desk saves as the editor now; closing its window lets the story go.
        QTest::keyClicks(second->editor()->headlineEdit(), u" (update)"_s);
        QVERIFY(second->documents()->saveStory());
        second.reset();
        first->leases()->renew();
        QTRY_VERIFY(!first->leases()->isBusy());
        QVERIFY(first->leases()->holding());
        QVERIFY(!first->editor()->isReadOnly());
    }
};

QTEST_MAIN(TestLeaseUi)
#include "tst_leaseui.moc"
