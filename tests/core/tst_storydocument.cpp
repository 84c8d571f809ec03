// SPDX-License-Identifier: MIT
#include "story/storydocument.h"

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
