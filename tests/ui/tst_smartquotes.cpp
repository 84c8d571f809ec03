// SPDX-License-Identifier: MIT
// Typing straight quotes in the window: curly ones in the body, headline and
// highlights in the story's language, one undo step, and a switch that is kept.
#include "bodyeditor.h"
#include "highlightseditor.h"
#include "mainwindow.h"
#include "story/storydocument.h"
#include "storyeditor.h"
#include "ui/testwindow.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QUndoStack>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

/// Types keys at the end of the field; a line break is the Return key.
void typeAtEnd(QPlainTextEdit *field, const QString &keys)
{
    field->setFocus();
    field->moveCursor(QTextCursor::End);
    const QStringList lines = keys.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(field, Qt::Key_Return);
        QTest::keyClicks(field, lines.at(i));
    }
}

} // namespace

class TestSmartQuotes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // The switch turned off here must not reach the other test programs running beside it.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(u"settings"_s));
    }

    void curlyInEveryProseField()
    {
        auto window = openTestWindow(m_dir.filePath(u"quotes.sqlite"_s), WithSample::Yes);
        QVERIFY(window);
        window->show();
        QVERIFY(window->action(u"edit.smartQuotes"_s)->isChecked());
        StoryDocument *document = window->document();
        const QString body = document->story().body();

        typeAtEnd(window->editor()->bodyEditor(), u"\n\n\"It's done,\" she said."_s);
        QCOMPARE(document->story().body(), body + u"\n\n“It’s done,” she said."_s);

        LineField *headline = window->editor()->headlineEdit();
        const QString title = headline->text();
        typeAtEnd(headline, u" 'soon'"_s);
        QCOMPARE(document->text(StoryDocument::TextField::Headline), title + u" ‘soon’"_s);

        // Typing is undone as typing is: the marks go with the words.
        window->action(u"undo"_s)->trigger();
        QVERIFY(!document->text(StoryDocument::TextField::Headline).contains(u'‘'));

        LineField *highlight = window->editor()->highlightsEditor()->lineEdit(0);
        QVERIFY(highlight);
        typeAtEnd(highlight, u" \"now\""_s);
        QVERIFY(document->story().highlights().first().endsWith(u" “now”"_s));
    }

    void marksFollowTheStorysLanguage()
    {
        auto window = openTestWindow(m_dir.filePath(u"quotes-de.sqlite"_s), WithSample::Yes);
        QVERIFY(window);
        StoryDocument *document = window->document();
        document->setText(StoryDocument::TextField::Language, u"de"_s);
        BodyEditor *body = window->editor()->bodyEditor();
        typeAtEnd(body, u" \"Ja\""_s);
        QVERIFY(document->story().body().endsWith(u" „Ja“"_s));
        document->setText(StoryDocument::TextField::Language, u"fr"_s);
        typeAtEnd(body, u" \"Oui\""_s);
        QVERIFY(document->story().body().endsWith(u" «Oui»"_s));
    }

    void switchedOffStaysOff()
    {
        const QString path = m_dir.filePath(u"quotes-off.sqlite"_s);
        {
            auto window = openTestWindow(path, WithSample::Yes);
            QVERIFY(window);
            window->action(u"edit.smartQuotes"_s)->setChecked(false);
            typeAtEnd(window->editor()->bodyEditor(), u" \"plain\""_s);
            QVERIFY(window->document()->story().body().endsWith(u" \"plain\""_s));
            window->document()->undoStack()->setClean();
            QVERIFY(window->close());
        }
        auto again = openTestWindow(path);
        QVERIFY(again);
        QVERIFY(!again->action(u"edit.smartQuotes"_s)->isChecked());
        QVERIFY(!again->editor()->smartQuotes());
        again->action(u"edit.smartQuotes"_s)->setChecked(true);
        QVERIFY(again->editor()->smartQuotes());
        QVERIFY(again->close());
    }
};

QTEST_MAIN(TestSmartQuotes)
#include "tst_smartquotes.moc"
