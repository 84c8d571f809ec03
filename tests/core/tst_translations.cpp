// SPDX-License-Identifier: MIT
// The translations: every string lupdate finds has a context the program
// asks for at run time, every %n string has its English singular and plural,
// the Arabic file keeps every placeholder, and both load at run time.
#include "core/translations.h"
#include "store/library.h"
#include "support/testing.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QStringList translations; // one, or the numerus forms
    bool finished = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool dropped = false;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = Message{
                        context, {}, xml.attributes().value(u"numerus"_s) == u"yes", {}, false};
                dropped = false;
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"translation") {
                const auto type = xml.attributes().value(u"type"_s);
                message.finished = type.isEmpty();
                dropped = type == u"vanished" || type == u"obsolete";
                if (!message.numerus)
                    message.translations.append(xml.readElementText());
            } else if (name == u"numerusform") {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && name == u"message" && !dropped) {
            messages.append(message);
        }
    }
    return messages;
}

QString translationsDir()
{
    return QStringLiteral(COPYDESK_SOURCE_DIR) + u"/translations"_s;
}

/// lupdate over the program's sources into a fresh file: its warnings and the file.
std::pair<QString, QList<Message>> runLupdate(const QString &folder, bool pluralOnly)
{
    QStringList arguments{u"-locations"_s, u"none"_s, u"-no-obsolete"_s};
    if (pluralOnly)
        arguments << u"-pluralonly"_s;
    const QString source = QStringLiteral(COPYDESK_SOURCE_DIR);
    const QString ts = folder + (pluralOnly ? u"/plurals.ts"_s : u"/all.ts"_s);
    arguments << source + u"/app"_s << source + u"/ui"_s << u"-ts"_s << ts;
    QProcess lupdate;
    lupdate.start(QStringLiteral(COPYDESK_LUPDATE), arguments);
    if (!lupdate.waitForFinished(120'000) || lupdate.exitCode() != 0)
        return {u"lupdate failed: "_s + QString::fromLocal8Bit(lupdate.readAllStandardError()), {}};
    return {QString::fromLocal8Bit(lupdate.readAllStandardError()), readTs(ts)};
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression number(uR"(%L?([1-9]))"_s);
    QSet<QString> found;
    for (auto it = number.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void everyStringHasItsRunTimeContext()
    {
        COPYDESK_REQUIRE(QFile::exists(QStringLiteral(COPYDESK_LUPDATE)),
                         "lupdate is not installed (qt6-l10n-tools)");
        const auto [warnings, messages] = runLupdate(m_dir.path(), false);
        // A tr() outside a class, or in one without Q_OBJECT or
        // Q_DECLARE_TR_FUNCTIONS, files its string under a context the
        // program never asks for, and its translation never shows.
        static const QRegularExpression lost(
                uR"(lacks Q_OBJECT|unknown namespace|Cannot invoke tr|tr\(\) cannot|failed)"_s);
        QVERIFY2(!lost.match(warnings).hasMatch(), qPrintable(warnings));
        QVERIFY(messages.size() > 500);
        for (const Message &message : messages) {
            QVERIFY2(message.context.startsWith(u"Copydesk::"_s) || message.context == u"main" ||
                             message.context == u"QGuiApplication",
                     qPrintable(message.context + u": "_s + message.source));
        }
    }

    void everyPluralHasItsEnglishForms()
    {
        COPYDESK_REQUIRE(QFile::exists(QStringLiteral(COPYDESK_LUPDATE)),
                         "lupdate is not installed (qt6-l10n-tools)");
        const auto [warnings, inSources] = runLupdate(m_dir.path(), true);
        QVERIFY(inSources.size() > 10);
        QHash<std::pair<QString, QString>, Message> english;
        for (const Message &message : readTs(translationsDir() + u"/copydesk_en.ts"_s))
            english.insert({message.context, message.source}, message);
        for (const Message &message : inSources) {
            const auto it = english.constFind({message.context, message.source});
            QVERIFY2(it != english.cend(),
                     qPrintable(u"No English plural forms for “%1” (%2): run the "
                                "update_translations target and give it its two forms"_s.arg(
                                        message.source, message.context)));
            QCOMPARE(it->translations.size(), 2);
            QVERIFY2(it->finished && !it->translations.at(0).isEmpty() &&
                             !it->translations.at(1).isEmpty(),
                     qPrintable(message.source));
        }
    }

    void arabicKeepsEveryPlaceholder()
    {
        const QList<Message> arabic = readTs(translationsDir() + u"/copydesk_ar.ts"_s);
        int translated = 0;
        for (const Message &message : arabic) {
            if (!message.finished)
                continue;
            ++translated;
            QSet<QString> wanted = placeholders(message.source);
            for (const QString &translation : message.translations) {
                QVERIFY2(!translation.isEmpty(), qPrintable(message.source));
                QCOMPARE(placeholders(translation), wanted);
            }
            if (message.numerus)
                QCOMPARE(message.translations.size(), 6); // Arabic has six plural forms
            if (message.source.contains(u'&') && !message.source.contains(u"&&"_s) &&
                message.source.size() < 60) {
                // A menu item keeps its access key.
                QVERIFY2(message.translations.first().contains(u'&'), qPrintable(message.source));
            }
        }
        QVERIFY2(translated > 300, "the main window and its dialogs speak Arabic");
    }

    void everyMessageTheWindowShowsSpeaksArabic()
    {
        // The window shows the core's messages too: store, publishing, wire
        // import. Only the command line's own words stay English.
        const QList<Message> arabic = readTs(translationsDir() + u"/copydesk_ar.ts"_s);
        QStringList untranslated;
        for (const Message &message : arabic) {
            if (!message.finished && message.context != u"Copydesk::Cli"_s)
                untranslated.append(message.context + u": "_s + message.source);
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
    }

    void aLibraryErrorInArabic()
    {
        QCOMPARE(installTranslations(u"ar"_s), u"ar"_s);
        const auto restore = qScopeGuard([] { installTranslations(u"en"_s); });
        const auto opened = Library::open(m_dir.path());
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().startsWith(u"«"_s + m_dir.path() + u"» مجلد"_s),
                 qPrintable(opened.errorMessage()));
    }

    void pluralsAtRunTime()
    {
        // Loaded as the program started, without asking.
        QCOMPARE(QCoreApplication::translate("Copydesk::StoryEditor", "%Ln words", nullptr, 1),
                 u"1 word"_s);
        QCOMPARE(QCoreApplication::translate("Copydesk::StoryEditor", "%Ln words", nullptr, 3),
                 u"3 words"_s);
        QCOMPARE(QCoreApplication::translate("Copydesk::HouseStyle",
                                             "The story has %n highlight(s); house style wants %1.",
                                             nullptr, 1),
                 u"The story has 1 highlight; house style wants %1."_s);

        QCOMPARE(installTranslations(u"ar"_s), u"ar"_s);
        QCOMPARE(QCoreApplication::translate("Copydesk::StoryEditor", "%Ln words", nullptr, 2),
                 u"كلمتان"_s);
        QCOMPARE(QCoreApplication::translate("Copydesk::StoryEditor", "%Ln words", nullptr, 11),
                 u"11 كلمةً"_s);
        QCOMPARE(QCoreApplication::translate("Copydesk::Story", "Draft"), u"مسودة"_s);
        // A string the Arabic file does not have falls back to English, plurals included.
        QCOMPARE(QCoreApplication::translate("Copydesk::Cli", "%Ln files", nullptr, 1),
                 u"1 file"_s);

        QCOMPARE(installTranslations(u"en-GB"_s), u"en"_s);
        QCOMPARE(QCoreApplication::translate("Copydesk::Story", "Draft"), u"Draft"_s);
        QCOMPARE(QCoreApplication::translate("Copydesk::StoryEditor", "%Ln words", nullptr, 1),
                 u"1 word"_s);
        // A language Copydesk does not speak: English.
        QCOMPARE(installTranslations(u"tlh"_s), u"en"_s);
        QCOMPARE(translatedLanguages().first(), u"en"_s);
        QCOMPARE(languageName(u"ar"_s), u"العربية"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
