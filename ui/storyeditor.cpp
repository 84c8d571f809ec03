// SPDX-License-Identifier: MIT
#include "storyeditor.h"

#include "bodyeditor.h"
#include "fieldhint.h"
#include "fieldlimit.h"
#include "findbar.h"
#include "highlightseditor.h"
#include "linefield.h"
#include "photopanel.h"
#include "smartquotes.h"
#include "spellunderliner.h"
#include "undorouting.h"

#include "story/mediatopics.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStringListModel>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

/// Completes the tag being typed, the last after a comma, from the tags in use.
class TagCompleter : public QCompleter
{
public:
    TagCompleter(QAbstractItemModel *model, QLineEdit *edit)
        : QCompleter(model, edit)
        , m_edit(edit)
    {
        setCaseSensitivity(Qt::CaseInsensitive);
        setFilterMode(Qt::MatchStartsWith);
    }

    QStringList splitPath(const QString &path) const override
    {
        return {path.section(u',', -1).trimmed()};
    }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString text = m_edit->text();
        const qsizetype comma = text.lastIndexOf(u',');
        const QString before = comma < 0 ? QString() : text.left(comma + 1) + u' ';
        return before + index.data().toString();
    }

private:
    QLineEdit *m_edit;
};

} // namespace

StoryEditor::StoryEditor(QWidget *parent)
    : QWidget(parent)
    , m_style(HouseStyle::defaultStyle())
    , m_headline(new LineField(this))
    , m_headlineCount(new QLabel(this))
    , m_headlineHint(new FieldHint(this))
    , m_slug(makeField(u"slug"_s, tr("Slug"),
                       tr("The story's address in the library and on the site; left empty, "
                          "it follows the headline")))
    , m_highlights(new HighlightsEditor(this))
    , m_dateline(makeField(u"dateline"_s, tr("Dateline"),
                           tr("The city the story is reported from, in capitals; shown bold "
                              "before the first paragraph")))
    , m_datelineHint(new FieldHint(this))
    , m_byline(makeField(u"byline"_s, tr("Byline"), tr("Who wrote the story (optional)")))
    , m_language(makeField(u"language"_s, tr("Language"),
                           tr("The story's language as a BCP 47 tag (en, ar, fr-CA); empty, "
                              "the site's. Pages, feeds and ninjs say it, and an ar, he, fa or "
                              "ur page reads right to left")))
    , m_section(new QComboBox(this))
    , m_tags(makeField(u"tags"_s, tr("Tags"),
                       tr("Words the story is filed under besides its section, separated by "
                          "commas; the tags in use are offered as you type")))
    , m_tagSuggestions(new QStringListModel(this))
    , m_subjects(new QToolButton(this))
    , m_subjectsMenu(new QMenu(this))
    , m_body(new BodyEditor(this))
    , m_bodyStats(new QLabel(this))
    , m_findBar(new FindBar(this))
    , m_bodyHint(new FieldHint(this))
    , m_notice(new FieldHint(this))
    , m_photos(new PhotoPanel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_quotes(new SmartQuotes(this))
    , m_fitTimer(new QTimer(this))
{
    m_headline->setObjectName(u"headline"_s);
    m_headline->setAccessibleName(tr("Headline"));
    m_headline->setToolTip(tr("The headline readers see first; the count shows the house limit. "
                              "A long headline wraps onto more lines."));
    m_headline->setMaximumLines(3);
    m_headline->setPlaceholderText(tr("Headline"));
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.35);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headlineCount->setObjectName(u"headlineCount"_s);
    m_headlineCount->setToolTip(tr("Characters in the headline against the house limit"));
    m_dateline->setPlaceholderText(tr("CITY"));
    m_byline->setPlaceholderText(tr("Reporter's name"));
    m_language->setMaximumWidth(m_language->fontMetrics().averageCharWidth() * 12);
    setSiteLanguage(u"en"_s);
    m_bodyStats->setObjectName(u"bodyStats"_s);
    m_highlights->setLimits(m_style.maxLength(FieldRef::Highlight));

    auto *headlineRow = new QHBoxLayout;
    headlineRow->addWidget(m_headline, 1);
    headlineRow->addWidget(m_headlineCount);
    auto *headlineBox = new QVBoxLayout;
    headlineBox->setSpacing(0);
    headlineBox->addLayout(headlineRow);
    headlineBox->addWidget(m_headlineHint);
    auto *datelineBox = new QVBoxLayout;
    datelineBox->setSpacing(0);
    datelineBox->addWidget(m_dateline);
    datelineBox->addWidget(m_datelineHint);

    auto *top = new QWidget(this);
    m_fields = top;
    auto *form = new QFormLayout(top);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto label = [top](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, top);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&Headline:"), m_headline), headlineBox);
    form->addRow(label(tr("S&lug:"), m_slug), m_slug);
    form->addRow(label(tr("Highligh&ts:"), m_highlights), m_highlights);
    // Dateline, byline and language share a row: the body keeps the height.
    auto *bylineRow = new QHBoxLayout;
    bylineRow->addLayout(datelineBox, 2);
    // Top-aligned beside the dateline and its hint; each label as tall as its field.
    auto inlineLabel = [&label](const QString &text, QLineEdit *buddy) {
        QLabel *l = label(text, buddy);
        l->setMinimumHeight(buddy->sizeHint().height());
        l->setAlignment(Qt::AlignVCenter | Qt::AlignLeading);
        return l;
    };
    bylineRow->addWidget(inlineLabel(tr("B&yline:"), m_byline), 0, Qt::AlignTop);
    bylineRow->addWidget(m_byline, 3, Qt::AlignTop);
    bylineRow->addWidget(inlineLabel(tr("La&nguage:"), m_language), 0, Qt::AlignTop);
    bylineRow->addWidget(m_language, 0, Qt::AlignTop);
    form->addRow(label(tr("&Dateline:"), m_dateline), bylineRow);
    // Where the story is filed: its section, tags and subjects.
    m_section->setObjectName(u"section"_s);
    m_section->setAccessibleName(tr("Section"));
    m_section->setToolTip(tr("The section the story is filed under, from the library's list "
                             "(Publishing → Publishing Settings…); its feed lists the story"));
    m_section->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tags->setPlaceholderText(tr("tag, another tag"));
    auto *completer = new TagCompleter(m_tagSuggestions, m_tags);
    m_tags->setCompleter(completer);
    m_subjects->setObjectName(u"subjects"_s);
    m_subjects->setAccessibleName(tr("Subjects"));
    m_subjects->setToolTip(tr("What the story is about, as IPTC Media Topics: feeds and ninjs "
                              "carry them for other newsrooms' systems"));
    m_subjects->setPopupMode(QToolButton::InstantPopup);
    m_subjects->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_subjects->setMenu(m_subjectsMenu);
    // The chosen topics' names fill what the row leaves, not a button's width.
    m_subjects->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (const MediaTopics::Topic &topic : MediaTopics::topLevel()) {
        QAction *action = m_subjectsMenu->addAction(topic.name);
        action->setCheckable(true);
        action->setData(topic.code);
        connect(action, &QAction::triggered, this, [this] {
            if (!m_document)
                return;
            QStringList codes;
            const QList<QAction *> actions = m_subjectsMenu->actions();
            for (const QAction *item : actions) {
                if (item->isChecked())
                    codes.append(item->data().toString());
            }
            m_document->setSubjects(codes);
        });
    }
    auto *filedRow = new QHBoxLayout;
    filedRow->addWidget(m_section, 0);
    filedRow->addWidget(label(tr("T&ags:"), m_tags), 0);
    filedRow->addWidget(m_tags, 3);
    filedRow->addWidget(label(tr("Sub&jects:"), m_subjects), 0);
    filedRow->addWidget(m_subjects, 2);
    form->addRow(label(tr("Se&ction:"), m_section), filedRow);
    auto *topScroll = new QScrollArea(this);
    topScroll->setWidget(top);
    topScroll->setWidgetResizable(true);
    topScroll->setFrameShape(QFrame::NoFrame);

    auto *bodyBox = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(bodyBox);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(2);
    auto *bodyLabel = new QLabel(tr("&Body (Markdown):"), bodyBox);
    bodyLabel->setBuddy(m_body);
    auto *bodyHeader = new QHBoxLayout;
    bodyHeader->addWidget(bodyLabel);
    bodyHeader->addStretch();
    bodyHeader->addWidget(m_bodyStats);
    bodyLayout->addLayout(bodyHeader);
    bodyLayout->addWidget(m_body, 1);
    bodyLayout->addWidget(m_findBar);
    m_findBar->setEditor(m_body);
    bodyLayout->addWidget(m_bodyHint);

    auto *photoScroll = new QScrollArea(this);
    photoScroll->setWidget(m_photos);
    photoScroll->setWidgetResizable(true);
    photoScroll->setFrameShape(QFrame::NoFrame);

    m_splitter->setObjectName(u"editorSplitter"_s);
    m_splitter->addWidget(topScroll);
    m_splitter->addWidget(bodyBox);
    m_splitter->addWidget(photoScroll);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({250, 470, 180});
    // The fields above the body keep the height their text needs until the
    // user moves the handle; a timer gathers the layout's changes into one fit.
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(0);
    connect(m_fitTimer, &QTimer::timeout, this, &StoryEditor::fitFieldsToContent);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_keepFitted = false; });
    top->installEventFilter(this);
    m_splitter->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_notice->setObjectName(u"storyNotice"_s);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(4);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter);

    connectHeadline();
    connectField(m_slug, StoryDocument::TextField::Slug);
    connectField(m_dateline, StoryDocument::TextField::Dateline);
    connectField(m_byline, StoryDocument::TextField::Byline);
    connectField(m_language, StoryDocument::TextField::Language);
    // Typed or put in by the completer (which types nothing), the tags are
    // the user's edit whenever they differ from the story's; the text loaded
    // from the story never does.
    connect(m_tags, &QLineEdit::textChanged, this, [this](const QString &text) {
        const auto field = StoryDocument::TextField::Tags;
        if (!m_document || m_readOnly)
            return;
        const QString stored = m_document->text(field);
        if (Story::cleanTags(text.split(u',')) == Story::cleanTags(stored.split(u',')))
            return;
        if (const auto refused = refuseOverLongEdit(m_tags, stored, text, fieldName(field)))
            Q_EMIT editRefused(*refused);
        else
            m_document->setText(field, text);
    });
    connect(m_section, &QComboBox::activated, this, [this](int index) {
        if (m_document)
            m_document->setText(StoryDocument::TextField::Section,
                                m_section->itemData(index).toString());
    });
    connect(m_photos, &PhotoPanel::addPhotoRequested, this, &StoryEditor::addPhotoRequested);
    connect(m_photos, &PhotoPanel::choosePictureRequested, this,
            &StoryEditor::choosePictureRequested);

    connect(m_body, &BodyEditor::editRefused, this, &StoryEditor::editRefused);
    connect(m_highlights, &HighlightsEditor::editRefused, this, &StoryEditor::editRefused);
    connect(m_photos, &PhotoPanel::editRefused, this, &StoryEditor::editRefused);

    connect(m_highlights, &HighlightsEditor::rowsRebuilt, this, &StoryEditor::updateTabOrder);
    connect(m_highlights, &HighlightsEditor::rowsRebuilt, this, &StoryEditor::equipProseFields);
    connect(m_photos, &PhotoPanel::rowsRebuilt, this, &StoryEditor::equipProseFields);
    connect(m_body, &BodyEditor::addToDictionaryRequested, this,
            &StoryEditor::addToDictionaryRequested);
    updateTabOrder();
    equipProseFields();
    setDocument(nullptr);
}

QLineEdit *StoryEditor::makeField(const QString &name, const QString &accessible,
                                  const QString &tip)
{
    auto *edit = new QLineEdit(this);
    edit->setMaxLength(unlimitedLength);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setToolTip(tip);
    return edit;
}

QString StoryEditor::fieldName(StoryDocument::TextField field)
{
    switch (field) {
    case StoryDocument::TextField::Headline:
        return tr("headline");
    case StoryDocument::TextField::Slug:
        return tr("slug");
    case StoryDocument::TextField::Dateline:
        return tr("dateline");
    case StoryDocument::TextField::Byline:
        return tr("byline");
    case StoryDocument::TextField::Language:
        return tr("language");
    case StoryDocument::TextField::Section:
        return tr("section");
    case StoryDocument::TextField::Tags:
        return tr("tags");
    }
    return {};
}

void StoryEditor::connectHeadline()
{
    // Only what the user does is an edit; text loaded into the field is not.
    connect(m_headline, &LineField::textEdited, this, [this](const QString &text) {
        if (!m_document)
            return;
        const auto field = StoryDocument::TextField::Headline;
        if (const auto refused =
                    refuseOverLongEdit(m_headline, m_document->text(field), text, fieldName(field)))
            Q_EMIT editRefused(*refused);
        else
            m_document->setText(field, text);
    });
    connect(m_headline, &QPlainTextEdit::textChanged, this, [this] {
        updateHeadlineCount();
        updateSlugPlaceholder();
    });
}

void StoryEditor::connectField(QLineEdit *edit, StoryDocument::TextField field)
{
    // Only what the user does is an edit; text loaded into the field is not.
    const QString name = fieldName(field);
    connect(edit, &QLineEdit::textEdited, this, [this, edit, field, name](const QString &text) {
        if (!m_document)
            return;
        if (const auto refused = refuseOverLongEdit(edit, m_document->text(field), text, name))
            Q_EMIT editRefused(*refused);
        else
            m_document->setText(field, text);
    });
    if (field == StoryDocument::TextField::Slug)
        connect(edit, &QLineEdit::textChanged, this, &StoryEditor::updateSlugPlaceholder);
}

void StoryEditor::updateTabOrder()
{
    // Tab goes down the fields as they stand; the highlight rows, made
    // whenever their count changes, would otherwise come last.
    QList<QWidget *> order{m_headline, m_slug};
    order += m_highlights->focusWidgets();
    order += QList<QWidget *>{m_dateline, m_byline,   m_language, m_section,
                              m_tags,     m_subjects, m_body};
    for (qsizetype i = 0; i + 1 < order.size(); ++i)
        setTabOrder(order.at(i), order.at(i + 1));
}

void StoryEditor::setSiteLanguage(const QString &language)
{
    m_siteLanguage = language;
    m_language->setPlaceholderText(tr("Site's: %1").arg(language));
    followQuoteLanguage();
}

void StoryEditor::followQuoteLanguage()
{
    const QString own =
            m_document ? m_document->text(StoryDocument::TextField::Language).trimmed() : QString();
    m_quotes->setLanguage(own.isEmpty() ? m_siteLanguage : own);
}

void StoryEditor::fitFieldsToContent()
{
    // Before the window is laid out the editor's height is not known yet.
    const int total = std::max(m_splitter->height(), 480);
    // A column narrower than the fields scrolls them sideways: room for that bar too.
    const QSize wanted = m_fields->minimumSizeHint();
    auto *scroll = qobject_cast<QScrollArea *>(m_splitter->widget(0));
    const int sideways = scroll && wanted.width() > scroll->maximumViewportSize().width()
            ? scroll->horizontalScrollBar()->sizeHint().height()
            : 0;
    const int fields = std::min(wanted.height() + sideways + 4, total * 45 / 100);
    const int photos = std::min(m_photos->sizeHint().height() + 4, total / 5);
    m_splitter->setSizes({fields, std::max(total - fields - photos, 120), photos});
}

void StoryEditor::setKeepFieldsFitted(bool keep)
{
    m_keepFitted = keep;
    if (keep)
        m_fitTimer->start();
}

bool StoryEditor::eventFilter(QObject *watched, QEvent *event)
{
    // A field that grew or shrank, or a window resized: fitted again after the layout settles.
    if (m_keepFitted && (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize))
        m_fitTimer->start();
    return QWidget::eventFilter(watched, event);
}

void StoryEditor::setSmartQuotes(bool on)
{
    m_quotes->setEnabled(on);
}

bool StoryEditor::smartQuotes() const
{
    return m_quotes->isEnabled();
}

void StoryEditor::setUndoRouting(UndoRouting *routing)
{
    for (QWidget *editor : {static_cast<QWidget *>(m_headline), static_cast<QWidget *>(m_slug),
                            static_cast<QWidget *>(m_dateline), static_cast<QWidget *>(m_byline),
                            static_cast<QWidget *>(m_language), static_cast<QWidget *>(m_body)})
        routing->route(editor);
    m_highlights->setUndoRouting(routing);
    m_photos->setUndoRouting(routing);
}

void StoryEditor::setPhotoCache(PhotoCache *cache)
{
    m_photos->setPhotoCache(cache);
}

void StoryEditor::setHouseStyle(const HouseStyle &style)
{
    m_style = style;
    m_highlights->setLimits(style.maxLength(FieldRef::Highlight));
    updateHeadlineCount();
}

void StoryEditor::setNotice(const QString &text)
{
    m_notice->setNotice(text);
}

void StoryEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    const auto outsideFindBar = [this](const QWidget *widget) {
        return widget != m_findBar && !m_findBar->isAncestorOf(widget);
    };
    const QList<QLineEdit *> lines = findChildren<QLineEdit *>();
    for (QLineEdit *line : lines) {
        if (outsideFindBar(line))
            line->setReadOnly(readOnly);
    }
    const QList<QPlainTextEdit *> texts = findChildren<QPlainTextEdit *>();
    for (QPlainTextEdit *text : texts)
        text->setReadOnly(readOnly);
    const QList<QAbstractButton *> buttons = findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (outsideFindBar(button))
            button->setEnabled(!readOnly);
    }
    m_section->setEnabled(!readOnly && m_document);
}

void StoryEditor::setSections(const QStringList &sections)
{
    m_sections = sections;
    fillSections();
}

void StoryEditor::setTagSuggestions(const QStringList &tags)
{
    m_tagSuggestions->setStringList(tags);
}

void StoryEditor::fillSections()
{
    const QString current =
            m_document ? m_document->text(StoryDocument::TextField::Section) : QString();
    QSignalBlocker blocker(m_section);
    m_section->clear();
    m_section->addItem(tr("No section"), QString());
    for (const QString &name : std::as_const(m_sections))
        m_section->addItem(name, name);
    // A section taken off the list stays the story's until someone picks another.
    if (!current.isEmpty() && m_section->findData(current) < 0)
        m_section->addItem(current, current);
    m_section->setCurrentIndex(qMax(0, m_section->findData(current)));
}

void StoryEditor::loadSubjects()
{
    const QStringList codes = m_document ? m_document->subjects() : QStringList();
    QStringList names;
    const QList<QAction *> actions = m_subjectsMenu->actions();
    for (QAction *action : actions) {
        const bool chosen = codes.contains(action->data().toString());
        action->setChecked(chosen);
        if (chosen)
            names.append(action->text());
    }
    m_subjects->setText(names.isEmpty() ? tr("None") : names.join(u"; "_s));
}

QLabel *StoryEditor::notice() const
{
    return m_notice;
}

void StoryEditor::setDocument(StoryDocument *document)
{
    m_notice->setNotice({});
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    const bool enabled = document != nullptr;
    for (QWidget *widget : {static_cast<QWidget *>(m_headline), static_cast<QWidget *>(m_slug),
                            static_cast<QWidget *>(m_dateline), static_cast<QWidget *>(m_byline),
                            static_cast<QWidget *>(m_language), static_cast<QWidget *>(m_section),
                            static_cast<QWidget *>(m_tags), static_cast<QWidget *>(m_subjects)})
        widget->setEnabled(enabled);
    m_body->setBodyDocument(document ? document->bodyDocument() : nullptr);
    m_highlights->setDocument(document);
    m_photos->setDocument(document);
    for (auto field : {StoryDocument::TextField::Headline, StoryDocument::TextField::Slug,
                       StoryDocument::TextField::Dateline, StoryDocument::TextField::Byline,
                       StoryDocument::TextField::Language, StoryDocument::TextField::Section,
                       StoryDocument::TextField::Tags})
        loadField(field);
    loadSubjects();
    if (document) {
        connect(document, &StoryDocument::textChanged, this, &StoryEditor::loadField);
        connect(document, &StoryDocument::subjectsChanged, this, &StoryEditor::loadSubjects);
    }
    setFindings({});
    updateHeadlineCount();
    updateSlugPlaceholder();
    setBodyWords(0);
    if (m_keepFitted)
        m_fitTimer->start(); // its highlight and photo rows are laid out in a moment
}

void StoryEditor::loadField(StoryDocument::TextField field)
{
    const QString text = m_document ? m_document->text(field) : QString();
    if (field == StoryDocument::TextField::Headline) {
        if (m_headline->text() != text) {
            m_headline->setText(text);
            if (!m_headline->hasFocus())
                m_headline->setCursorPosition(0);
        }
        return;
    }
    if (field == StoryDocument::TextField::Language)
        followQuoteLanguage();
    if (field == StoryDocument::TextField::Section) {
        fillSections();
        return;
    }
    if (field == StoryDocument::TextField::Tags) {
        // The same tags typed otherwise ("Russia, " before the next one) stay as typed.
        if (Story::cleanTags(m_tags->text().split(u',')) != Story::cleanTags(text.split(u',')))
            m_tags->setText(text);
        return;
    }
    QLineEdit *edit = nullptr;
    switch (field) {
    case StoryDocument::TextField::Headline:
        return;
    case StoryDocument::TextField::Slug:
        edit = m_slug;
        break;
    case StoryDocument::TextField::Dateline:
        edit = m_dateline;
        break;
    case StoryDocument::TextField::Byline:
        edit = m_byline;
        break;
    case StoryDocument::TextField::Language:
        edit = m_language;
        break;
    case StoryDocument::TextField::Section:
    case StoryDocument::TextField::Tags:
        return;
    }
    if (edit->text() != text) {
        edit->setText(text);
        // Show the start of a loaded text, not its end, unless the user is in the field.
        if (!edit->hasFocus())
            edit->setCursorPosition(0);
    }
}

void StoryEditor::setFindings(const QList<Finding> &findings)
{
    m_headlineHint->setFindings(findingsFor(findings, FieldRef::Headline));
    m_datelineHint->setFindings(findingsFor(findings, FieldRef::Dateline));
    m_bodyHint->setFindings(findingsFor(findings, FieldRef::Body));
    m_highlights->setFindings(findings);
    m_photos->setFindings(findings);
}

void StoryEditor::focusField(const FieldRef &field, int position, int length)
{
    auto focusLine = [position, length](auto *edit) {
        if (!edit)
            return;
        edit->setFocus(Qt::OtherFocusReason);
        if (position >= 0 && length > 0)
            edit->setSelection(position, length);
        else if (position >= 0)
            edit->setCursorPosition(position);
    };
    switch (field.field) {
    case FieldRef::Headline:
        focusLine(m_headline);
        break;
    case FieldRef::Highlight:
        focusLine(m_highlights->lineEdit(field.index));
        break;
    case FieldRef::Highlights:
        if (m_highlights->count() > 0)
            focusLine(m_highlights->lineEdit(m_highlights->count() - 1));
        else
            m_highlights->setFocus(Qt::OtherFocusReason);
        break;
    case FieldRef::Dateline:
        focusLine(m_dateline);
        break;
    case FieldRef::Byline:
        focusLine(m_byline);
        break;
    case FieldRef::Body:
        m_body->showPosition(std::max(position, 0), length);
        break;
    case FieldRef::Caption:
        focusLine(m_photos->captionEdit(field.index));
        break;
    case FieldRef::Credit:
        focusLine(m_photos->creditEdit(field.index));
        break;
    case FieldRef::AltText:
        focusLine(m_photos->altTextEdit(field.index));
        break;
    }
}

void StoryEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateHeadlineCount();
}

void StoryEditor::updateHeadlineCount()
{
    const int length = int(m_headline->text().trimmed().size());
    const int warn = m_style.warnLength(FieldRef::Headline);
    const int max = m_style.maxLength(FieldRef::Headline);
    m_headlineCount->setText(warn > 0 ? u"%1/%2"_s.arg(length).arg(warn) : QString::number(length));
    QColor colour = palette().color(QPalette::PlaceholderText);
    if (max > 0 && length > max)
        colour = QColor(0xc0, 0x20, 0x20);
    else if (warn > 0 && length > warn)
        colour = QColor(0xc0, 0x70, 0x00);
    QPalette palette = m_headlineCount->palette();
    palette.setColor(QPalette::WindowText, colour);
    m_headlineCount->setPalette(palette);
}

void StoryEditor::updateSlugPlaceholder()
{
    m_slug->setPlaceholderText(slugify(m_headline->text()));
}

void StoryEditor::setBodyWords(int words)
{
    m_bodyStats->setText(tr("%Ln words", nullptr, int(words)) + u" · "_s +
                         tr("%L1 min read").arg(readingMinutes(words)));
}

void StoryEditor::setSpellChecker(SpellChecker *checker)
{
    m_spell = checker;
    equipProseFields();
}

QList<QPlainTextEdit *> StoryEditor::spellingFields() const
{
    QList<QPlainTextEdit *> fields{m_headline};
    for (int i = 0; i < m_highlights->count(); ++i)
        fields.append(m_highlights->lineEdit(i));
    fields.append(m_body);
    for (int i = 0; i < m_photos->count(); ++i) {
        fields.append(m_photos->captionEdit(i));
        fields.append(m_photos->altTextEdit(i));
    }
    return fields;
}

void StoryEditor::equipProseFields()
{
    for (QPlainTextEdit *field : spellingFields()) {
        m_quotes->attach(field);
        SpellUnderliner *spelling = SpellUnderliner::of(field);
        if (!spelling)
            continue;
        connect(spelling, &SpellUnderliner::addToDictionaryRequested, this,
                &StoryEditor::addToDictionaryRequested, Qt::UniqueConnection);
        connect(spelling, &SpellUnderliner::wordIgnored, this, &StoryEditor::recheckSpelling,
                Qt::UniqueConnection);
        if (spelling->checker() != m_spell)
            spelling->setChecker(m_spell);
    }
}

void StoryEditor::recheckSpelling()
{
    for (QPlainTextEdit *field : spellingFields()) {
        if (SpellUnderliner *spelling = SpellUnderliner::of(field))
            spelling->recheck();
    }
}

bool StoryEditor::selectNextMistake()
{
    const QList<QPlainTextEdit *> fields = spellingFields();
    qsizetype current = fields.indexOf(m_body);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i)->hasFocus())
            current = i;
    }
    // The field with focus from its cursor, the fields after it, then the
    // field with focus from its start: nothing lies after its cursor, so
    // what that finds comes before it.
    for (qsizetype step = 0; step <= fields.size(); ++step) {
        QPlainTextEdit *field = fields.at((current + step) % fields.size());
        SpellUnderliner *spelling = SpellUnderliner::of(field);
        if (!spelling || !field->isEnabled())
            continue;
        const int from = step == 0 ? field->textCursor().selectionEnd() : 0;
        if (spelling->selectMistakeFrom(from)) {
            field->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return false;
}

std::optional<Misspelling> StoryEditor::mistakeAtCursor() const
{
    for (QPlainTextEdit *field : spellingFields()) {
        if (field->hasFocus()) {
            if (SpellUnderliner *spelling = SpellUnderliner::of(field))
                return spelling->mistakeAtCursor();
        }
    }
    return std::nullopt;
}

} // namespace Copydesk
