// SPDX-License-Identifier: MIT
#include "translations.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <vector>

using namespace Qt::StringLiterals;

namespace Copydesk {

namespace {

// Qt mirrors every window when the running translation says so.
struct Noted
{
    const char *source;
    const char *comment;
};
[[maybe_unused]] constexpr Noted layoutDirection = QT_TRANSLATE_NOOP3(
        "QGuiApplication", "QT_LAYOUT_DIRECTION",
        "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
        "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.");

/// The translators this file installed, to take out before installing others.
std::vector<QPointer<QTranslator>> &installed()
{
    static std::vector<QPointer<QTranslator>> translators;
    return translators;
}

bool load(const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(name, folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().emplace_back(translator);
    return true;
}

void removeInstalled()
{
    for (const QPointer<QTranslator> &translator : installed()) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator.data();
        }
    }
    installed().clear();
}

} // namespace

QStringList translatedLanguages()
{
    return {u"en"_s, u"ar"_s};
}

QString languageName(const QString &language)
{
    const QLocale locale(language);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? language : name;
}

void installEnglishPlurals()
{
    if (QCoreApplication::instance())
        load(u"copydesk_en"_s, u":/i18n"_s);
}

QString installTranslations(const QString &language)
{
    if (!QCoreApplication::instance())
        return u"en"_s;
    removeInstalled();
    // Installed first, so consulted last: English plural forms under any language.
    load(u"copydesk_en"_s, u":/i18n"_s);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const QString base = QLocale::languageToCode(locale.language());
    if (base == u"en" || !translatedLanguages().contains(base))
        return u"en"_s;
    if (!load(u"copydesk_"_s + base, u":/i18n"_s)) {
        qCWarning(lcUi) << "The" << base << "translation is missing from the program";
        return u"en"_s;
    }
    // Qt's own words (standard buttons, file dialogs) where the system has them.
    load(u"qtbase_"_s + base, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return base;
}

} // namespace Copydesk
