// SPDX-License-Identifier: MIT
#include "spellingcontroller.h"

#include "actionregistry.h"
#include "desk.h"
#include "documentcontroller.h"
#include "libraryworker.h"
#include "story/storydocument.h"
#include "storyeditor.h"

#include <QAction>
#include <QKeySequence>

using namespace Qt::StringLiterals;

namespace Copydesk {

SpellingController::SpellingController(Desk &desk, DocumentController &documents,
                                       StoryEditor *editor, QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_documents(documents)
    , m_editor(editor)
{
    QAction *next = desk.actions().add(
            u"spelling.next"_s, tr("Next &Spelling Mistake"),
            tr("Select the next word the dictionary does not know, or a word said twice, in "
               "the headline, highlights, body, captions and alt text"),
            u"tools-check-spelling"_s, QKeySequence(Qt::Key_F7));
    connect(next, &QAction::triggered, this, &SpellingController::nextMistake);
    connect(editor, &StoryEditor::addToDictionaryRequested, this,
            &SpellingController::addToDictionary);
    connect(&documents, &DocumentController::documentChanged, this,
            &SpellingController::followLanguage);
    connect(&documents, &DocumentController::contentChanged, this,
            &SpellingController::followLanguage);
    connect(&desk, &Desk::publishSettingsChanged, this, &SpellingController::followLanguage);
    // Another desk added a word: it is right here too from now on.
    connect(&desk, &Desk::libraryChanged, this, [this] {
        // On a server the words come from the window's worker a moment later.
        LibraryWorker::runOrNow<QStringList>(
                m_desk.worker(), m_desk.store(), this,
                [](StoryStore &store) { return store.newsroomWords(); },
                [this](Result<QStringList> words) { takeNewsroomWords(words); });
    });
    readNewsroomWords();
    followLanguage();
}

SpellingController::~SpellingController()
{
    // The fields must not keep a checker that goes with this controller.
    if (m_editor)
        m_editor->setSpellChecker(nullptr);
}

void SpellingController::readNewsroomWords()
{
    const auto words = m_desk.store().newsroomWords();
    if (words)
        m_newsroomWords = *words;
    else
        m_desk.showStatus(words.errorMessage(), 10'000);
}

void SpellingController::takeNewsroomWords(const Result<QStringList> &words)
{
    if (!words) {
        m_desk.showStatus(words.errorMessage(), 10'000);
        return;
    }
    if (*words == m_newsroomWords)
        return;
    m_newsroomWords = *words;
    if (m_editor && m_checker) {
        m_checker->acceptWords(m_newsroomWords);
        m_editor->recheckSpelling();
    }
}

void SpellingController::followLanguage()
{
    if (!m_editor)
        return;
    const StoryDocument *document = m_documents.document();
    const QString siteLanguage = m_desk.publishSettings().site().language;
    const QString language = document ? document->story().languageOr(siteLanguage) : siteLanguage;
    if (language == m_language && (m_checker || m_language.isEmpty() == language.isEmpty()))
        return;
    m_language = language;
    m_editor->setSpellChecker(nullptr);
    m_checker = SpellChecker::forLanguage(language);
    if (m_checker) {
        m_checker->acceptWords(m_newsroomWords);
    } else {
        m_desk.showStatus(tr("No spelling dictionary is installed for “%1”: spelling is not "
                             "checked (Debian: install its hunspell package).")
                                  .arg(language),
                          10'000);
    }
    m_editor->setSpellChecker(m_checker.get());
}

bool SpellingController::nextMistake()
{
    if (!m_checker) {
        m_desk.showStatus(tr("No spelling dictionary for “%1”.").arg(m_language));
        return false;
    }
    if (!m_editor)
        return false;
    if (m_editor->selectNextMistake()) {
        const auto mistake = m_editor->mistakeAtCursor();
        if (mistake)
            m_desk.showStatus(mistake->kind == Misspelling::Kind::Repeated
                                      ? tr("“%1” twice in a row.").arg(mistake->word)
                                      : tr("“%1” is not in the dictionary; the context menu "
                                           "has suggestions.")
                                                .arg(mistake->word));
        return true;
    }
    m_desk.showStatus(tr("No spelling mistakes in the story."));
    return false;
}

bool SpellingController::addToDictionary(const QString &word)
{
    const QString author = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (auto added = m_desk.store().addNewsroomWord(word, author); !added) {
        m_desk.showStatus(added.errorMessage(), 10'000);
        return false;
    }
    m_newsroomWords.append(word);
    if (m_checker)
        m_checker->acceptWords({word});
    if (m_editor)
        m_editor->recheckSpelling();
    m_desk.showStatus(tr("“%1” is in the newsroom dictionary now, for every desk.").arg(word));
    return true;
}

} // namespace Copydesk
