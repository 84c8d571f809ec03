// SPDX-License-Identifier: MIT
// Wire import in the window: the action's code path, drops, the clipboard, the
// summary, and a wire photo getting its picture.
#include "importsummarydialog.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "photopanel.h"
#include "store/library.h"
#include "story/storydocument.h"
#include "storyeditor.h"
#include "storylistmodel.h"
#include "ui/modaldialogs.h"
#include "ui/testwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "support/testing.h"
#include <QTreeView>
#include <QUndoStack>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString harbor = u"Harbor authority reopens two container berths after storm repairs"_s;
const QString council = u"City council votes to extend night bus routes through winter"_s;
const QString comet = u"Observatory team spots comet’s tail splitting in two"_s;

QString samplePath()
{
    const QString shared = qEnvironmentVariable("COPYDESK_SHARED_DIR");
    const QString path = shared + u"/samples/wire-page-sample.txt"_s;
    return !shared.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A wire page whose repeated headline differs from the first: refused, with the line.
QByteArray mismatchedPage()
{
    return "Port strike ends after two days\n"
           "\n"
           "Updated 18 November 2026\n"
           "Follow\n"
           "\n"
           "Port workers return as strike is called off\n"
           "\n"
           "  \xe2\x80\xa2 Dockers voted to accept the offer\n"
           "  \xe2\x80\xa2 Ships waiting offshore begin to dock\n"
           "\n"
           "VALLETTA: Dock workers ended a two-day strike on Thursday.\n";
}

QList<StorySummary> listed(MainWindow &window)
{
    return window.library()->model()->stories();
}

} // namespace

class TestWireImportUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_libraries = 0;

    /// A window on a library of its own, so that each test counts its own stories.
    std::unique_ptr<MainWindow> openWindow()
    {
        return Testing::openTestWindow(m_dir.filePath(u"desk%1.sqlite"_s.arg(++m_libraries)));
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(u"settings"_s));
    }

    void importTheSampleFile()
    {
        COPYDESK_REQUIRE(!(samplePath().isEmpty()),
                         "COPYDESK_SHARED_DIR does not hold samples/wire-page-sample.txt");
        auto window = openWindow();
        QVERIFY(window);
        QVERIFY(window->document()->isNew());

        const QDateTime before = QDateTime::currentDateTimeUtc();
        window->importWireFiles({samplePath()});
        const QDateTime after = QDateTime::currentDateTimeUtc();

        QCOMPARE(listed(*window).size(), 3);
        QStringList headlines;
        for (const StorySummary &summary : listed(*window))
            headlines.append(summary.headline);
        headlines.sort();
        QStringList expected{harbor, council, comet};
        expected.sort();
        QCOMPARE(headlines, expected);

        ImportSummaryDialog *summary = window->importSummary();
        QVERIFY(summary);
        QVERIFY(summary->isVisible());
        QCOMPARE(summary->summary(), u"Imported 3 stories from 1 file."_s);
        QVERIFY(summary->details().startsWith(u"wire-page-sample.txt: 3 stories imported"_s));
        for (const QString &headline : std::as_const(expected))
            QVERIFY2(summary->details().contains(u"• "_s + headline), qPrintable(headline));
        QVERIFY(window->statusBar()->currentMessage().contains(u"Imported 3 stories"_s));

        // The first imported story is open and selected in the list.
        QCOMPARE(window->document()->story().headline(), harbor);
        QVERIFY(!window->document()->isModified());
        const QModelIndex current = window->library()->view()->currentIndex();
        QCOMPARE(current.data(StoryListModel::IdRole).toUuid(), window->document()->id());

        // "Updated 2 min ago" counts back from the time of the import.
        for (const StorySummary &story : listed(*window)) {
            if (story.headline != council)
                continue;
            QVERIFY(story.updatedAt >= before.addSecs(-120 - 1));
            QVERIFY(story.updatedAt <= after.addSecs(-120 + 1));
        }
        summary->close();
        QTRY_VERIFY(!window->importSummary());
    }

    void refusedFileImportsNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("namesLine");

        QTest::newRow("headline-mismatch") << u"mismatch.txt"_s << mismatchedPage() << true;
        QByteArray binary(4096, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 37) % 256);
        QTest::newRow("binary") << u"photo.jpg"_s << binary << false;
        QByteArray huge = mismatchedPage().repeated(int(maxWirePageBytes / 300) + 10);
        QTest::newRow("too-big") << u"huge.txt"_s << huge << false;
    }

    void refusedFileImportsNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, namesLine);
        auto window = openWindow();
        QVERIFY(window);
        const QString path = writeFile(name, bytes);
        QVERIFY(!path.isEmpty());

        window->importWireFiles({path});
        QCOMPARE(listed(*window).size(), 0);
        ImportSummaryDialog *summary = window->importSummary();
        QVERIFY(summary);
        QCOMPARE(summary->summary(), u"Nothing was imported: 1 file refused."_s);
        const QString details = summary->details();
        QVERIFY2(details.startsWith(name + u": refused, nothing imported\n  "_s + name),
                 qPrintable(details));
        if (namesLine)
            QVERIFY2(details.contains(name + u", line "_s), qPrintable(details));
        // The open story was not replaced.
        QVERIFY(window->document()->isNew());
    }

    void goodAndBadFilesTogether()
    {
        COPYDESK_REQUIRE(!(samplePath().isEmpty()),
                         "COPYDESK_SHARED_DIR does not hold samples/wire-page-sample.txt");
        auto window = openWindow();
        QVERIFY(window);
        const QString bad = writeFile(u"bad.txt"_s, mismatchedPage());
        window->importWireFiles({bad, samplePath()});
        QCOMPARE(listed(*window).size(), 3);
        ImportSummaryDialog *summary = window->importSummary();
        QVERIFY(summary);
        QCOMPARE(summary->summary(),
                 u"Imported 3 stories from 1 file; 1 file refused and imported nothing."_s);
        QVERIFY(summary->details().contains(u"bad.txt: refused, nothing imported"_s));
        QVERIFY(summary->details().contains(u"wire-page-sample.txt: 3 stories imported"_s));
        QCOMPARE(window->document()->story().headline(), harbor);
        // The details are there to copy and pass on.
        QPlainTextEdit *text = summary->detailsView();
        QVERIFY(text->isReadOnly());
        QVERIFY(text->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
    }

    void dropFilesOnTheLibrary()
    {
        COPYDESK_REQUIRE(!(samplePath().isEmpty()),
                         "COPYDESK_SHARED_DIR does not hold samples/wire-page-sample.txt");
        auto window = openWindow();
        QVERIFY(window);
        LibraryPanel *panel = window->library();
        const QPoint where = panel->view()->geometry().center();

        // A folder is no wire page: the drag is not taken.
        QMimeData folder;
        folder.setUrls({QUrl::fromLocalFile(m_dir.path())});
        QDragEnterEvent refused(where, Qt::CopyAction, &folder, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(panel, &refused);
        QVERIFY(!refused.isAccepted());

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(samplePath())});
        QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(panel, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(where), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        drop.setAccepted(false);
        QApplication::sendEvent(panel, &drop);
        QVERIFY(drop.isAccepted());

        QCOMPARE(listed(*window).size(), 3);
        QVERIFY(window->importSummary());
        QCOMPARE(window->importSummary()->summary(), u"Imported 3 stories from 1 file."_s);
    }

    void pasteInTheLibraryList()
    {
        COPYDESK_REQUIRE(!(samplePath().isEmpty()),
                         "COPYDESK_SHARED_DIR does not hold samples/wire-page-sample.txt");
        auto window = openWindow();
        QVERIFY(window);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));

        QApplication::clipboard()->setText(QString::fromUtf8(readAll(samplePath())));
        QTRY_VERIFY(window->action(u"paste.wire"_s)->isEnabled());

        // Ctrl+V in the headline pastes into the headline, as always.
        auto *headline = window->editor()->headlineEdit();
        headline->setFocus();
        QTRY_VERIFY(headline->hasFocus());
        QApplication::clipboard()->setText(u"Short headline"_s);
        QTest::keyClick(headline, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(headline->text(), u"Short headline"_s);
        QCOMPARE(listed(*window).size(), 0);
        window->document()->undoStack()->setClean();

        // In the story list, Ctrl+V imports the clipboard.
        QApplication::clipboard()->setText(QString::fromUtf8(readAll(samplePath())));
        QTreeView *list = window->library()->view();
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(listed(*window).size(), 3);
        QVERIFY(window->importSummary());
        QCOMPARE(window->importSummary()->summary(), u"Imported 3 stories from the pasted text."_s);
        QVERIFY(window->importSummary()->details().startsWith(
                u"pasted text: 3 stories imported"_s));
        window->importSummary()->close();

        // Edit → Paste as Wire Stories does the same from anywhere; empty text says so.
        QApplication::clipboard()->setText(u"   "_s);
        window->action(u"paste.wire"_s)->trigger();
        QCOMPARE(listed(*window).size(), 3);
        QVERIFY(window->statusBar()->currentMessage().contains(u"no text to import"_s));
    }

    void importingAgainSkipsAndOffersToUpdate()
    {
        COPYDESK_REQUIRE(!(samplePath().isEmpty()),
                         "COPYDESK_SHARED_DIR does not hold samples/wire-page-sample.txt");
        auto window = openWindow();
        QVERIFY(window);
        window->importWireFiles({samplePath()});
        QTRY_COMPARE(listed(*window).size(), 3);
        window->importSummary()->close();
        QTRY_VERIFY(!window->importSummary());

        // The same page, with a paragraph the wire added to the harbour story.
        QString page = QString::fromUtf8(readAll(samplePath()));
        page.replace(u"The authority said it would publish a full report"_s,
                     u"Ferry services were not affected.\nThe authority said it would publish a "
                     u"full report"_s);
        window->importWireStoriesFromText(page, u"pasted text"_s);
        QTRY_VERIFY(window->importSummary());
        ImportSummaryDialog *summary = window->importSummary();
        QCOMPARE(listed(*window).size(), 3);
        QVERIFY2(summary->summary().contains(u"3 stories are in the library already"_s),
                 qPrintable(summary->summary()));
        QVERIFY(summary->details().contains(harbor + u" (in the library already, skipped)"_s));
        QVERIFY(summary->updateButton());
        summary->updateButton()->click();
        QVERIFY2(summary->details().contains(u"Updated 1 story with the wire text. 2 held the "
                                             u"same text already."_s),
                 qPrintable(summary->details()));
        QCOMPARE(listed(*window).size(), 3);
        bool found = false;
        for (const StorySummary &story : listed(*window)) {
            if (story.headline == harbor) {
                found = true;
                QCOMPARE(story.version, 2);
                QVERIFY(window->store()->loadStory(story.id)->body().contains(
                        u"Ferry services were not affected."_s));
            }
        }
        QVERIFY(found);
    }

    void unsavedEditsAreNotLost()
    {
        COPYDESK_REQUIRE(!(samplePath().isEmpty()),
                         "COPYDESK_SHARED_DIR does not hold samples/wire-page-sample.txt");
        auto window = openWindow();
        QVERIFY(window);
        QTest::keyClicks(window->editor()->headlineEdit(), u"My own story"_s);
        QVERIFY(window->document()->isModified());

        // The import stays; opening the first imported story asks first, and Cancel keeps ours.
        QString question;
        answerNextMessageBox(QMessageBox::Cancel, &question);
        window->importWireFiles({samplePath()});
        QVERIFY(question.contains(u"My own story"_s));
        QCOMPARE(listed(*window).size(), 3);
        QCOMPARE(window->document()->text(StoryDocument::TextField::Headline), u"My own story"_s);
        QVERIFY(window->document()->isModified());
        QVERIFY(window->importSummary());
        window->document()->undoStack()->setClean();
    }

    void stoppedImportSaysWhatStays()
    {
        // What the summary says when Stop was pressed in the progress dialog after one file.
        WireImportRun run;
        WireFileOutcome first;
        first.path = u"/desk/morning.txt"_s;
        Story story = Story::create();
        story.setHeadline(harbor);
        first.imported = {story};
        run.outcomes = {first};
        run.notRead = {u"/desk/noon.txt"_s, u"/desk/evening.txt"_s};
        QCOMPARE(run.summary(),
                 u"Imported 1 story from 1 file. The import was stopped before the last 2 "
                 "files; the stories imported until then stay in the library."_s);
        QCOMPARE(run.details(),
                 u"morning.txt: 1 story imported\n  • "_s + harbor +
                         u"\nnoon.txt: not read, the import was stopped"
                         "\nevening.txt: not read, the import was stopped"_s);
    }

    void wirePhotoGetsItsPicture()
    {
        COPYDESK_REQUIRE(!(samplePath().isEmpty()),
                         "COPYDESK_SHARED_DIR does not hold samples/wire-page-sample.txt");
        auto window = openWindow();
        QVERIFY(window);
        window->importWireFiles({samplePath()});
        QCOMPARE(window->document()->story().headline(), harbor);
        window->importSummary()->close();

        PhotoPanel *photos = window->editor()->photoPanel();
        QCOMPARE(photos->count(), 1);
        const Photo wire = window->document()->photos().constFirst();
        QVERIFY(wire.fileId.isEmpty());
        QCOMPARE(wire.credit, u"Copydesk Photo/Lena Abela"_s);
        QCOMPARE(photos->thumbnailLabel(0)->text(), u"No picture yet"_s);
        QPushButton *choose = photos->choosePictureButton(0);
        QVERIFY(choose);
        // The layout shows a new row's widgets on its next pass.
        QTRY_VERIFY(choose->isVisible());

        QImage image(800, 500, QImage::Format_RGB32);
        image.fill(QColor(0x20, 0x60, 0x80));
        const QString picture = m_dir.filePath(u"quay.png"_s);
        QVERIFY(image.save(picture));

        bool asked = false;
        answerNextDialog<QFileDialog>(
                [picture](QFileDialog *dialog) {
                    // Typed into the file name box: selectFile() leaves the box alone
                    // once it has the focus, which depends on when the dialog is activated.
                    auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
                    if (name)
                        name->setText(picture);
                    // QFileDialog::accept() checks the choice, as the Open button would.
                    static_cast<QDialog *>(dialog)->accept();
                    // A refused choice would leave the dialog open and the test hanging.
                    if (dialog->isVisible())
                        dialog->reject();
                },
                &asked);
        choose->click();
        QVERIFY(asked);

        QTRY_VERIFY(!window->document()->photos().constFirst().fileId.isEmpty());
        Photo attached = window->document()->photos().constFirst();
        QCOMPARE(window->document()->photos().size(), 1);
        QCOMPARE(attached.caption, wire.caption);
        QCOMPARE(attached.credit, wire.credit);
        QCOMPARE(attached.altText, wire.altText);
        QCOMPARE(attached.width, 800);
        QCOMPARE(attached.fileName, u"quay.png"_s);
        QTRY_VERIFY(photos->thumbnailLabel(0)->pixmap().width() > 0);
        QVERIFY(photos->choosePictureButton(0)->isHidden());

        // One undo step takes the picture back and leaves the caption.
        window->action(u"undo"_s)->trigger();
        QCOMPARE(window->document()->photos(), QList<Photo>{wire});
        QTRY_COMPARE(photos->thumbnailLabel(0)->text(), u"No picture yet"_s);
        window->action(u"redo"_s)->trigger();
        QCOMPARE(window->document()->photos().constFirst().fileId, attached.fileId);
        window->document()->undoStack()->setClean();
    }
};

QTEST_MAIN(TestWireImportUi)
#include "tst_wireimportui.moc"
