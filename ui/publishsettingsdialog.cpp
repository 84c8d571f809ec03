// SPDX-License-Identifier: MIT
#include "publishsettingsdialog.h"

#include "story/story.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

PublishSettingsDialog::PublishSettingsDialog(const PublishSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_original(settings)
    , m_folder(new QLineEdit(QDir::toNativeSeparators(settings.folder), this))
    , m_baseUrl(new QLineEdit(settings.baseUrl, this))
    , m_title(new QLineEdit(settings.siteTitle, this))
    , m_language(new QLineEdit(settings.language, this))
    , m_feedEntries(new QSpinBox(this))
    , m_shortUrl(new QLineEdit(settings.shortUrlBase, this))
    , m_timeZone(new QComboBox(this))
    , m_slugScript(new QComboBox(this))
    , m_sections(new QPlainTextEdit(settings.sections.join(u'\n'), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"publishSettingsDialog"_s);
    setWindowTitle(tr("Publishing Settings"));

    m_folder->setObjectName(u"publishFolderEdit"_s);
    m_folder->setToolTip(tr("The folder a web server serves; pages, ninjs files, photos and "
                            "feeds are written here"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setToolTip(tr("Pick the destination folder"));
    connect(browse, &QPushButton::clicked, this, &PublishSettingsDialog::browse);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_baseUrl->setObjectName(u"publishBaseUrlEdit"_s);
    m_baseUrl->setToolTip(tr("The address the folder is served at, such as "
                             "https://news.example/stories/. Pages, feeds and ninjs link to "
                             "stories with it; while it is empty Copydesk asks for it before "
                             "the first publication."));
    m_title->setObjectName(u"publishTitleEdit"_s);
    m_title->setPlaceholderText(tr("Copydesk"));
    m_title->setToolTip(tr("The name feed readers show for the site"));
    m_language->setObjectName(u"publishLanguageEdit"_s);
    m_language->setPlaceholderText(u"en"_s);
    m_language->setToolTip(tr("The language stories are written in unless a story names its "
                              "own, as a BCP 47 tag: en, en-GB, ar, fr. Pages, feeds and ninjs "
                              "say it; ar, he, fa and ur pages read right to left"));
    m_feedEntries->setObjectName(u"publishFeedEntries"_s);
    m_feedEntries->setRange(1, 500);
    m_feedEntries->setValue(settings.feedEntries);
    m_feedEntries->setToolTip(tr("How many of the newest published stories each feed lists"));
    m_shortUrl->setObjectName(u"publishShortUrlEdit"_s);
    m_shortUrl->setPlaceholderText(tr("Empty: the site address followed by s/"));
    m_shortUrl->setToolTip(tr("Each story's short URL is this address followed by a code made "
                              "from its id. Leave it empty and the site answers short URLs "
                              "itself, under s/; give a short-link service's address to use "
                              "that instead"));

    m_timeZone->setObjectName(u"publishTimeZone"_s);
    m_timeZone->setEditable(false);
    m_timeZone->setToolTip(tr("Schedules and embargoes are entered in this zone, and pages date "
                              "stories in it"));
    m_timeZone->addItem(
            tr("This computer's (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
            QString());
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &zone : zones) {
        // The named zones of the world's places; plain offsets say nothing of daylight saving.
        if (zone.contains('/') && !zone.startsWith("Etc/"))
            m_timeZone->addItem(QString::fromUtf8(zone), QString::fromUtf8(zone));
    }
    if (const int index = m_timeZone->findData(settings.timeZone); index >= 0)
        m_timeZone->setCurrentIndex(index);

    m_slugScript->setObjectName(u"publishSlugScript"_s);
    m_slugScript->addItem(tr("Latin letters (Αθήνα → athena)"), int(SlugScript::Latin));
    m_slugScript->addItem(tr("The headline’s own script (Αθήνα → αθήνα)"), int(SlugScript::Own));
    m_slugScript->setCurrentIndex(m_slugScript->findData(int(settings.slugScript)));
    m_slugScript->setToolTip(
            tr("How a story's address is made from its headline. Latin letters suit every "
               "system; a newsroom writing in another script may keep its own letters, which "
               "links carry percent-encoded. A story published before a change moves to its "
               "new address at its next publication, and its old address points there."));

    // The folder is a place on this computer; the rest is the library's,
    // read by every desk that works on it.
    auto *machine = new QGroupBox(tr("On this computer"), this);
    machine->setObjectName(u"publishMachineGroup"_s);
    auto *shared = new QGroupBox(tr("Shared by every desk on this library"), this);
    shared->setObjectName(u"publishSharedGroup"_s);
    shared->setToolTip(tr("Kept in the library: a change here reaches every window and "
                          "copydesk-cli working on it"));
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *machineForm = new QFormLayout(machine);
    machineForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    machineForm->addRow(label(tr("Destination &folder:"), m_folder), folderRow);
    auto *form = new QFormLayout(shared);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(label(tr("Site &address:"), m_baseUrl), m_baseUrl);
    form->addRow(label(tr("Site &title:"), m_title), m_title);
    form->addRow(label(tr("&Language:"), m_language), m_language);
    form->addRow(label(tr("Stories in each &feed:"), m_feedEntries), m_feedEntries);
    form->addRow(label(tr("S&hort URL base:"), m_shortUrl), m_shortUrl);
    form->addRow(label(tr("Newsroom &time zone:"), m_timeZone), m_timeZone);
    form->addRow(label(tr("Slu&gs in:"), m_slugScript), m_slugScript);
    m_sections->setObjectName(u"publishSectionsEdit"_s);
    m_sections->setTabChangesFocus(true);
    m_sections->setPlaceholderText(tr("World\nBusiness\nSport"));
    m_sections->setToolTip(tr("The sections stories are filed under, one a line, in the order "
                              "the editor lists them. A section taken off the list stays with "
                              "the stories filed under it."));
    m_sections->setFixedHeight(m_sections->fontMetrics().lineSpacing() * 5 +
                               2 * m_sections->frameWidth() + 8);
    form->addRow(label(tr("Se&ctions:"), m_sections), m_sections);

    m_problem->setObjectName(u"publishSettingsProblem"_s);
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x20, 0x20));
    m_problem->setPalette(palette);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_folder, m_baseUrl, m_shortUrl, m_language})
        connect(edit, &QLineEdit::textChanged, this, &PublishSettingsDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(machine);
    layout->addWidget(shared);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    validate();
}

PublishSettings PublishSettingsDialog::settings() const
{
    PublishSettings result = m_original;
    result.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    result.baseUrl = m_baseUrl->text().trimmed();
    result.siteTitle = m_title->text().trimmed();
    result.language =
            m_language->text().trimmed().isEmpty() ? u"en"_s : m_language->text().trimmed();
    result.feedEntries = m_feedEntries->value();
    result.shortUrlBase = m_shortUrl->text().trimmed();
    result.timeZone = m_timeZone->currentData().toString();
    result.slugScript = SlugScript(m_slugScript->currentData().toInt());
    result.sections = PublishSettings::cleanSections(m_sections->toPlainText().split(u'\n'));
    return result;
}

QString PublishSettingsDialog::problem() const
{
    return settings().problem();
}

void PublishSettingsDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    const QString folder = m_folder->text().trimmed();
    m_baseUrl->setPlaceholderText(
            folder.isEmpty() || QDir::isRelativePath(folder)
                    ? tr("Empty: asked for before the first publication")
                    : tr("Empty: asked for before the first publication (the preview links "
                         "to %1)")
                              .arg(QUrl::fromLocalFile(
                                           QDir(QDir::fromNativeSeparators(folder)).absolutePath())
                                           .toDisplayString()));
}

void PublishSettingsDialog::browse()
{
    const QString start = m_folder->text().trimmed();
    const QString chosen = QFileDialog::getExistingDirectory(
            this, tr("Destination Folder"),
            start.isEmpty() ? QDir::homePath() : QDir::fromNativeSeparators(start));
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

} // namespace Copydesk
