// SPDX-License-Identifier: MIT
#include "story/storydocument.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {
Story sampleStory()
{
    Story story = Story::create();
    story.setHeadline(u"Port reopens"_s);
    story.setHighlights({u"First"_s, u"Second"_s});
    story.setBody(u"Body text."_s);
    story.setVersion(3);
    return story;
}

void typeInto(QTextDocument *document, const QString &text)
{
    QTextCursor cursor(document);
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}
} // namespace

class TestStoryDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsCleanWithTheStory()
    {
        StoryDocument document(sampleStory());
        QVERIFY(!document.isModified());
        QVERIFY(!document.isNew());
        QCOMPARE(document.story().body(), u"Body text."_s);
        QCOMPARE(document.undoStack()->count(), 0);
        QCOMPARE(document.story().headline(), u"Port reopens"_s);
    }

    void typingMergesIntoOneStep()
    {
        StoryDocument document(sampleStory());
        document.setText(StoryDocument::TextField::Headline, u"Port r"_s);
        document.setText(StoryDocument::TextField::Headline, u"Port re"_s);
        document.setText(StoryDocument::TextField::Headline, u"Port reo"_s);
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QCOMPARE(document.text(StoryDocument::TextField::Headline), u"Port reopens"_s);
        QVERIFY(!document.isModified());
        document.undoStack()->redo();
        QCOMPARE(document.text(StoryDocument::TextField::Headline), u"Port reo"_s);
        QVERIFY(document.isModified());
    }

    void differentFieldsAreSeparateSteps()
    {
        StoryDocument document(sampleStory());
        document.setText(StoryDocument::TextField::Headline, u"A"_s);
        document.setText(StoryDocument::TextField::Dateline, u"LISBON"_s);
        document.setHighlight(1, u"Changed"_s);
        QCOMPARE(document.undoStack()->count(), 3);
    }

    void sectionTagsAndSubjectsUndo()
    {
        StoryDocument doc(sampleStory());
        QSignalSpy texts(&doc, &StoryDocument::textChanged);
        QSignalSpy subjects(&doc, &StoryDocument::subjectsChanged);
        doc.setText(StoryDocument::TextField::Section, u"World"_s);
        doc.setText(StoryDocument::TextField::Tags, u"Russia, "_s);
        QCOMPARE(doc.story().tags(), QStringList{u"Russia"_s});
        // The same tags typed on toward the next one: no step of their own.
        const int steps = doc.undoStack()->count();
        doc.setText(StoryDocument::TextField::Tags, u"Russia,  "_s);
        QCOMPARE(doc.undoStack()->count(), steps);
        doc.setText(StoryDocument::TextField::Tags, u"Russia, summit, russia"_s);
        QCOMPARE(doc.text(StoryDocument::TextField::Tags), u"Russia, summit"_s);
        doc.setSubjects({u"medtop:11000000"_s});
        QCOMPARE(subjects.count(), 1);
        QCOMPARE(doc.story().section(), u"World"_s);
        QCOMPARE(doc.story().subjects(), QStringList{u"medtop:11000000"_s});

        doc.undoStack()->undo();
        QVERIFY(doc.story().subjects().isEmpty());
        QCOMPARE(subjects.count(), 2);
        // The tags typed in a run are one step, as typing in any field is.
        doc.undoStack()->undo();
        QVERIFY(doc.story().tags().isEmpty());
        QCOMPARE(doc.story().section(), u"World"_s);
        doc.undoStack()->undo();
        QVERIFY(doc.story().section().isEmpty());
        QCOMPARE(texts.count(), 5); // section, tags twice; then undone: tags, section
        doc.undoStack()->redo();
        QCOMPARE(doc.story().section(), u"World"_s);
    }

    void bodyAndMetadataShareOneHistory()
    {
        StoryDocument document(sampleStory());
        QSignalSpy changed(&document, &StoryDocument::contentChanged);
        typeInto(document.bodyDocument(), u" More."_s);
        document.setText(StoryDocument::TextField::Headline, u"New headline"_s);
        typeInto(document.bodyDocument(), u"\n\nSecond paragraph."_s);
        QVERIFY(changed.count() >= 3);

        QUndoStack *stack = document.undoStack();
        QCOMPARE(document.story().body(), u"Body text. More.\n\nSecond paragraph."_s);
        stack->undo();
        QCOMPARE(document.story().body(), u"Body text. More."_s);
        QCOMPARE(document.text(StoryDocument::TextField::Headline), u"New headline"_s);
        stack->undo();
        QCOMPARE(document.text(StoryDocument::TextField::Headline), u"Port reopens"_s);
        QCOMPARE(document.story().body(), u"Body text. More."_s);
        stack->undo();
        QCOMPARE(document.story().body(), u"Body text."_s);
        QVERIFY(!document.isModified());
        stack->redo();
        stack->redo();
        stack->redo();
        QCOMPARE(document.story().body(), u"Body text. More.\n\nSecond paragraph."_s);
        QCOMPARE(document.text(StoryDocument::TextField::Headline), u"New headline"_s);
    }

    void bodyTypingAfterAMetadataEditIsItsOwnStep()
    {
        StoryDocument document(sampleStory());
        typeInto(document.bodyDocument(), u" One"_s);
        document.setText(StoryDocument::TextField::Byline, u"Ana"_s);
        typeInto(document.bodyDocument(), u" Two"_s);
        document.undoStack()->undo();
        QCOMPARE(document.story().body(), u"Body text. One"_s);
        QCOMPARE(document.text(StoryDocument::TextField::Byline), u"Ana"_s);
    }

    /// Typing, deleting, replacing, headline edits, undo, redo and saves in a
    /// random order, from 3000 fixed seeds: every undo and redo must land on
    /// the state seen there.
    void randomEditsUndoAndRedoExactly()
    {
        for (quint32 seed = 1; seed <= 3000; ++seed) {
            randomSession(seed);
            if (QTest::currentTestFailed()) {
                qWarning("seed %u", seed);
                return;
            }
        }
    }

private:
    void randomSession(quint32 seed)
    {
        QRandomGenerator random(seed);
        StoryDocument document(sampleStory());
        QTextDocument *body = document.bodyDocument();
        QUndoStack *stack = document.undoStack();
        using State = std::pair<QString, QString>;
        auto state = [&] {
            return State{document.text(StoryDocument::TextField::Headline), body->toPlainText()};
        };
        QList<State> seen{state()};
        int cursorAt = int(body->characterCount()) - 1;
        for (int step = 0; step < 60; ++step) {
            const int length = body->characterCount() - 1;
            const quint32 op = random.bounded(100);
            if (op < 35) {
                QTextCursor cursor(body);
                cursorAt = random.bounded(4) ? std::min(cursorAt, length)
                                             : int(random.bounded(length + 1));
                cursor.setPosition(cursorAt);
                cursor.insertText(QString(QChar(u'a' + int(random.bounded(26)))));
                ++cursorAt;
            } else if (op < 45 && length > 0) {
                QTextCursor cursor(body);
                cursorAt = std::clamp(cursorAt, 1, length);
                cursor.setPosition(cursorAt);
                cursor.deletePreviousChar();
                --cursorAt;
            } else if (op < 50 && length > 2) {
                QTextCursor cursor(body);
                cursor.setPosition(0);
                cursor.setPosition(2, QTextCursor::KeepAnchor);
                cursor.insertText(u"XY"_s);
            } else if (op < 65) {
                document.setText(StoryDocument::TextField::Headline,
                                 document.text(StoryDocument::TextField::Headline) +
                                         QChar(u'0' + int(random.bounded(10))));
            } else if (op < 80) {
                if (stack->canUndo()) {
                    stack->undo();
                    QCOMPARE(state(), seen.value(stack->index()));
                }
                continue;
            } else if (op < 92) {
                if (stack->canRedo()) {
                    stack->redo();
                    QCOMPARE(state(), seen.value(stack->index()));
                }
                continue;
            } else {
                Story saved = document.story();
                saved.setVersion(saved.version() + 1);
                document.markSaved(saved);
                QVERIFY(!document.isModified());
                continue;
            }
            seen.resize(stack->index() + 1);
            seen[stack->index()] = state();
        }
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(state(), seen.first());
    }

private Q_SLOTS:
    void undoKeepsTheSlugTheStoreChose()
    {
        StoryDocument document(sampleStory());
        document.setText(StoryDocument::TextField::Byline, u"Ana"_s);
        Story stored = document.story();
        stored.setSlug(u"port-reopens-2"_s);
        document.markSaved(stored);
        document.undoStack()->undo();
        QCOMPARE(document.text(StoryDocument::TextField::Byline), QString());
        QCOMPARE(document.text(StoryDocument::TextField::Slug), u"port-reopens-2"_s);
        // An edit of the slug itself is undone like any other.
        document.setText(StoryDocument::TextField::Slug, u"harbor"_s);
        document.undoStack()->undo();
        QCOMPARE(document.text(StoryDocument::TextField::Slug), u"port-reopens-2"_s);
    }

    void highlightsInsertRemoveMoveUndo()
    {
        StoryDocument document(sampleStory());
        QSignalSpy changed(&document, &StoryDocument::highlightsChanged);
        document.insertHighlight(2, u"Third"_s);
        document.moveHighlight(2, 0);
        QCOMPARE(document.highlights(), (QStringList{u"Third"_s, u"First"_s, u"Second"_s}));
        document.removeHighlight(1);
        QCOMPARE(document.highlights(), (QStringList{u"Third"_s, u"Second"_s}));
        QCOMPARE(changed.count(), 3);
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(document.highlights(), (QStringList{u"First"_s, u"Second"_s, u"Third"_s}));
        document.undoStack()->undo();
        QCOMPARE(document.highlights(), sampleStory().highlights());
        // Out-of-range requests change nothing and add no undo step.
        const int steps = document.undoStack()->count();
        document.moveHighlight(0, 5);
        document.removeHighlight(9);
        document.setHighlight(-1, u"x"_s);
        QCOMPARE(document.undoStack()->index(), 0);
        QCOMPARE(document.undoStack()->count(), steps);
    }

    void photosUndo()
    {
        StoryDocument document(sampleStory());
        Photo photo;
        photo.fileId = u"abc"_s;
        document.insertPhoto(0, photo);
        document.setPhotoText(0, StoryDocument::PhotoField::Caption, u"Cranes"_s);
        document.setPhotoText(0, StoryDocument::PhotoField::Credit, u"Reuters"_s);
        document.setPhotoText(0, StoryDocument::PhotoField::AltText, u"Two cranes"_s);
        QCOMPARE(document.photos().first().credit, u"Reuters"_s);
        document.undoStack()->undo();
        QVERIFY(document.photos().first().altText.isEmpty());
        document.undoStack()->setIndex(0);
        QVERIFY(document.photos().isEmpty());
    }

    void replacePhotoIsOneStep()
    {
        StoryDocument document(sampleStory());
        Photo caption;
        caption.caption = u"Cranes at the quay."_s;
        caption.credit = u"Reuters"_s;
        document.insertPhoto(0, caption);
        const int steps = document.undoStack()->count();
        Photo pictured = caption;
        pictured.fileId = u"abc"_s;
        pictured.width = 1600;
        document.replacePhoto(0, pictured, u"Choose picture"_s);
        QCOMPARE(document.undoStack()->count(), steps + 1);
        QCOMPARE(document.photos(), QList<Photo>{pictured});
        document.replacePhoto(0, pictured, u"Choose picture"_s); // no change, no step
        QCOMPARE(document.undoStack()->count(), steps + 1);
        document.undoStack()->undo();
        QCOMPARE(document.photos(), QList<Photo>{caption});
    }

    void saveMarksCleanAndUndoKeepsTheStoredVersion()
    {
        StoryDocument document(sampleStory());
        QSignalSpy modified(&document, &StoryDocument::modificationChanged);
        document.setText(StoryDocument::TextField::Byline, u"Ana"_s);
        QVERIFY(document.isModified());
        Story stored = document.story();
        stored.setVersion(4);
        stored.setSlug(u"port-reopens"_s);
        document.markSaved(stored);
        QVERIFY(!document.isModified());
        QCOMPARE(document.story().version(), 4);
        QCOMPARE(document.text(StoryDocument::TextField::Slug), u"port-reopens"_s);
        QCOMPARE(modified.count(), 2);
        document.undoStack()->undo();
        QVERIFY(document.isModified());
        QCOMPARE(document.text(StoryDocument::TextField::Byline), QString());
        // The version is the store's: undoing an edit must not roll it back.
        QCOMPARE(document.story().version(), 4);
    }
};

QTEST_MAIN(TestStoryDocument)
#include "tst_storydocument.moc"
