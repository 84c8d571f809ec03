// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "spell/spellchecker.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace Copydesk {

class Desk;
class DocumentController;
class StoryEditor;

/**
 * Spelling in the window: a Hunspell checker for the open story's language
 * (its own, else the site's), the newsroom dictionary read from the library
 * (again whenever another window or process changes it), Add to Dictionary,
 * and Edit → Next Spelling Mistake (F7).
 */
class SpellingController : public QObject
{
    Q_OBJECT

public:
    /// Makes the spelling.next action.
    SpellingController(Desk &desk, DocumentController &documents, StoryEditor *editor,
                       QObject *parent = nullptr);
    ~SpellingController() override;

    /// The checker in use; null when no dictionary fits the language.
    SpellChecker *checker() const { return m_checker.get(); }
    /// Selects the next mistake in the story's fields; says so in the status bar when there is
    /// none.
    bool nextMistake();
    /// Adds word to the newsroom dictionary in the library; every desk takes it.
    bool addToDictionary(const QString &word);

private:
    /// A checker for the open story's language, when it differs from the one in use.
    void followLanguage();
    /// The newsroom dictionary's words, read again from the library.
    void readNewsroomWords();
    /// Takes in the dictionary as the library has it now, checking the fields again on a change.
    void takeNewsroomWords(const Result<QStringList> &words);

    Desk &m_desk;
    DocumentController &m_documents;
    /// Gone first when the window closes, as often as not.
    QPointer<StoryEditor> m_editor;
    std::unique_ptr<SpellChecker> m_checker;
    QString m_language;
    QStringList m_newsroomWords;
};

} // namespace Copydesk
