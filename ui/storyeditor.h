// SPDX-License-Identifier: MIT
#pragma once

#include "linefield.h"
#include "spell/spellchecker.h"
#include "story/housestyle.h"
#include "story/storydocument.h"

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QStringListModel;
class QToolButton;
class QPlainTextEdit;
class QSplitter;
class QTimer;
QT_END_NAMESPACE

namespace Copydesk {

class BodyEditor;
class FindBar;
class FieldHint;
class HighlightsEditor;

class PhotoCache;
class PhotoPanel;
class SmartQuotes;
class UndoRouting;

/**
 * Edits one StoryDocument: headline with its live count, slug, highlight
 * bullets, dateline and byline, the Markdown body with word count and
 * reading time, and the photos; house-style findings show under each field.
 */
class StoryEditor : public QWidget
{
    Q_OBJECT

public:
    explicit StoryEditor(QWidget *parent = nullptr);

    void setDocument(StoryDocument *document);
    StoryDocument *document() const { return m_document; }
    void setHouseStyle(const HouseStyle &style);
    void setUndoRouting(UndoRouting *routing);
    void setPhotoCache(PhotoCache *cache);
    void setFindings(const QList<Finding> &findings);
    /// Shows the body's word count and reading time (counted by the caller,
    /// which already holds the body's text after a pause in typing).
    void setBodyWords(int words);
    /// Puts the cursor in the field, at the position where one is known.
    /// Puts the cursor in field at position; with a length, selects that much (a whole TK).
    void focusField(const FieldRef &field, int position = -1, int length = 0);

    LineField *headlineEdit() const { return m_headline; }
    QLineEdit *slugEdit() const { return m_slug; }
    QLineEdit *datelineEdit() const { return m_dateline; }
    QLineEdit *bylineEdit() const { return m_byline; }
    QLineEdit *languageEdit() const { return m_language; }
    QComboBox *sectionBox() const { return m_section; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QToolButton *subjectsButton() const { return m_subjects; }
    /// The library's sections, offered in the Section box (a story's own stays offered too).
    void setSections(const QStringList &sections);
    /// The tags in use in the library, offered as the last tag is typed.
    void setTagSuggestions(const QStringList &tags);
    /// The site's language, shown in the Language field while the story names none.
    void setSiteLanguage(const QString &language);
    /// Puts the fields in Tab order as they stand on screen.
    void updateTabOrder();
    HighlightsEditor *highlightsEditor() const { return m_highlights; }
    BodyEditor *bodyEditor() const { return m_body; }
    /// Find and Replace in the body, under it.
    FindBar *findBar() const { return m_findBar; }
    PhotoPanel *photoPanel() const { return m_photos; }
    QLabel *headlineCount() const { return m_headlineCount; }
    QLabel *bodyStats() const { return m_bodyStats; }
    /// A warning above the fields about the open story (changed elsewhere …); empty hides it.
    void setNotice(const QString &text);
    /**
     * Shows the story without letting it be changed (another desk is
     * editing it): every field reads only, the buttons that add, remove and
     * move are off. Finding in the body still works.
     */
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    QLabel *notice() const;
    QSplitter *splitter() const { return m_splitter; }
    /**
     * Gives the fields above the body the height they need and the photos at
     * most a third, so the body gets the rest (the first start's layout).
     */
    void fitFieldsToContent();
    /// Keeps them fitted as their text and the window change, until the user moves the handle.
    void setKeepFieldsFitted(bool keep);
    bool keepsFieldsFitted() const { return m_keepFitted; }

    /**
     * Spelling in every field that takes prose: headline, highlights, body,
     * captions and alt text (checker owned elsewhere; null: none).
     */
    void setSpellChecker(SpellChecker *checker);
    /// Those fields in the order they stand, each a plain-text editor.
    QList<QPlainTextEdit *> spellingFields() const;
    /// Checks every field again (the dictionary took words).
    void recheckSpelling();
    /**
     * Selects the next mistake after the cursor, in the field with focus and
     * then the fields after it, round to where it began; false when none.
     */
    bool selectNextMistake();
    /// The mistake selected in the field with focus, if any.
    std::optional<Misspelling> mistakeAtCursor() const;

    /// Typed straight quotes become the story language's curly ones in every prose field.
    void setSmartQuotes(bool on);
    bool smartQuotes() const;

Q_SIGNALS:
    void addPhotoRequested();
    /// Forwarded from the photo panel: pick a picture for the photo at index.
    void choosePictureRequested(int index);
    /// An edit in any field was refused (too long); message says why.
    void editRefused(const QString &message);
    /// "Add to Dictionary" in any field's context menu.
    void addToDictionaryRequested(const QString &word);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *makeField(const QString &name, const QString &accessible, const QString &tip);
    static QString fieldName(StoryDocument::TextField field);
    void connectField(QLineEdit *edit, StoryDocument::TextField field);
    void connectHeadline();
    void loadField(StoryDocument::TextField field);
    void updateHeadlineCount();
    void updateSlugPlaceholder();
    /// Gives the checker and the smart quotes to every prose field, rows made since included.
    void equipProseFields();
    /// The story's language, else the site's, picks the quote marks.
    void followQuoteLanguage();
    /// The Section box's items: none, the library's sections and the story's own.
    void fillSections();
    void loadSubjects();

    QPointer<StoryDocument> m_document;
    HouseStyle m_style;
    LineField *m_headline;
    QLabel *m_headlineCount;
    FieldHint *m_headlineHint;
    QLineEdit *m_slug;
    HighlightsEditor *m_highlights;
    QLineEdit *m_dateline;
    FieldHint *m_datelineHint;
    QLineEdit *m_byline;
    QLineEdit *m_language;
    QComboBox *m_section;
    QLineEdit *m_tags;
    QStringListModel *m_tagSuggestions;
    QToolButton *m_subjects;
    QMenu *m_subjectsMenu;
    QStringList m_sections;
    BodyEditor *m_body;
    QLabel *m_bodyStats;
    FindBar *m_findBar;
    FieldHint *m_bodyHint;
    FieldHint *m_notice;
    bool m_readOnly = false;
    PhotoPanel *m_photos;
    QSplitter *m_splitter;
    QWidget *m_fields = nullptr;
    SpellChecker *m_spell = nullptr;
    SmartQuotes *m_quotes;
    QTimer *m_fitTimer;
    bool m_keepFitted = false;
    QString m_siteLanguage;
};

} // namespace Copydesk
