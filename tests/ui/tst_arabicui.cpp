// SPDX-License-Identifier: MIT
// Copydesk in Arabic: the translation loads, the window mirrors (menus from
// the right, the library on the right of the editor), and an Arabic story's
// paragraphs stand on the right in the body editor and every prose field.
#include "bodyeditor.h"
#include "core/translations.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "outputpane.h"
#include "story/storydocument.h"
#include "storyeditor.h"
#include "ui/testwindow.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString arabicBody = u"قالت الوزارة إن المفاوضات ستستمر حتى نهاية الأسبوع.\n\n"
                           "The talks resume on Monday in Geneva, officials said.\n\n"
                           "وأضاف المتحدث أن «الاتفاق قريب»."_s;

/// Where a paragraph's first character is drawn, from the editor's left edge.
int startX(QPlainTextEdit *editor, int blockNumber)
{
    const QTextBlock block = editor->document()->findBlockByNumber(blockNumber);
    return editor->cursorRect(QTextCursor(block)).center().x();
}

QRect inWindow(QWidget *widget, QWidget *window)
{
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

} // namespace

class TestArabicUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        installTranslations(u"en"_s);
        QCoreApplication::processEvents();
    }

    void theWindowSpeaksArabicAndMirrors()
    {
        QCOMPARE(installTranslations(u"ar"_s), u"ar"_s);
        QCoreApplication::processEvents(); // the language change reaches the application
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);

        auto window = openTestWindow(m_dir.filePath(u"arabic.sqlite"_s), WithSample::Yes);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(window->action(u"save"_s)->text(), u"&حفظ"_s);
        QCOMPARE(window->menuBar()->actions().first()->text(), u"&ملف"_s);
        QCOMPARE(window->editor()->headlineEdit()->placeholderText(), u"العنوان"_s);

        // The first menu stands at the right, the library right of the editor.
        QMenuBar *bar = window->menuBar();
        const QRect file = bar->actionGeometry(bar->actions().first());
        QVERIFY2(file.left() > bar->width() / 2, qPrintable(QString::number(file.left())));
        const QRect library = inWindow(window->library(), window.get());
        const QRect editor = inWindow(window->editor(), window.get());
        QVERIFY(library.left() > editor.right());
        const QImage mirrored = window->grab().toImage();
        mirrored.save(m_dir.filePath(u"arabic-window.png"_s));

        // The same window in English stands the other way round.
        installTranslations(u"en"_s);
        QCoreApplication::processEvents();
        QCOMPARE(window->layoutDirection(), Qt::LeftToRight);
        QTRY_VERIFY(inWindow(window->library(), window.get()).right() <
                    inWindow(window->editor(), window.get()).left());
        const QImage plain = window->grab().toImage();
        QCOMPARE(plain.size(), mirrored.size());
        QVERIFY(plain != mirrored);
    }

    void anArabicStoryReadsRightToLeft()
    {
        auto window = openTestWindow(m_dir.filePath(u"arabic-story.sqlite"_s), WithSample::Yes);
        QVERIFY(window);
        StoryDocument *document = window->document();
        document->setText(StoryDocument::TextField::Language, u"ar"_s);
        document->setText(StoryDocument::TextField::Headline, u"محادثات جنيف تستأنف الإثنين"_s);
        QTextCursor cursor(document->bodyDocument());
        cursor.select(QTextCursor::Document);
        cursor.insertText(arabicBody);

        // Each paragraph follows its own script: Arabic from the right, English from the left.
        BodyEditor *body = window->editor()->bodyEditor();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTest::qWait(100);
        body->viewport()->repaint();
        window->editor()->headlineEdit()->viewport()->repaint();
        const int middle = body->viewport()->width() / 2;
        QVERIFY2(startX(body, 0) > middle, qPrintable(QString::number(startX(body, 0))));
        QVERIFY2(startX(body, 2) < middle, qPrintable(QString::number(startX(body, 2))));
        QVERIFY(startX(body, 4) > middle);

        LineField *headline = window->editor()->headlineEdit();
        QVERIFY(startX(headline, 0) > headline->viewport()->width() / 2);

        // The slug it would get is a readable Latin one.
        const QString slug = window->editor()->slugEdit()->placeholderText();
        QVERIFY2(QRegularExpression(u"^[a-z0-9]+(-[a-z0-9]+)+$"_s).match(slug).hasMatch(),
                 qPrintable(slug));
        QCOMPARE(document->story().language(), u"ar"_s);
    }
};

QTEST_MAIN(TestArabicUi)
#include "tst_arabicui.moc"
