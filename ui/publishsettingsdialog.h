// SPDX-License-Identifier: MIT
#pragma once

#include "publish/publishsettings.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace Copydesk {

/**
 * Where the desk publishes and how the site is addressed: the destination
 * folder, the address it is served at, the site title, how many stories
 * the feeds list, the short-URL base, and the newsroom's time zone (the
 * one schedules, embargoes and dates are read and shown in). OK stays disabled while an entry
 * cannot work, with a line that says which and why.
 */
class PublishSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PublishSettingsDialog(const PublishSettings &settings, QWidget *parent = nullptr);

    /// The settings as entered; what the dialog does not edit is kept as given.
    PublishSettings settings() const;

    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *languageEdit() const { return m_language; }
    QSpinBox *feedEntriesBox() const { return m_feedEntries; }
    QLineEdit *shortUrlEdit() const { return m_shortUrl; }
    /// The newsroom's IANA time zone; the first entry is the system's.
    QComboBox *timeZoneBox() const { return m_timeZone; }
    QComboBox *slugScriptBox() const { return m_slugScript; }
    QPlainTextEdit *sectionsEdit() const { return m_sections; }
    /// Why OK is disabled; empty when the entries are fine.
    QString problem() const;

private:
    void browse();
    void validate();

    PublishSettings m_original;
    QLineEdit *m_folder;
    QLineEdit *m_baseUrl;
    QLineEdit *m_title;
    QLineEdit *m_language;
    QSpinBox *m_feedEntries;
    QLineEdit *m_shortUrl;
    QComboBox *m_timeZone;
    QComboBox *m_slugScript;
    QPlainTextEdit *m_sections;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Copydesk
