// SPDX-License-Identifier: MIT
#include "cli/cli.h"
#include "store/library.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;
    Story m_story;

    Run run(const QStringList &arguments)
    {
        Run result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.code = runCli(QStringList{u"copydesk-cli"_s} + arguments, out, err);
        out.flush();
        err.flush();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"cli.sqlite"_s);
        auto opened = Library::open(m_library);
        QVERIFY(opened.ok());
        Story story = Story::create();
        story.setHeadline(u"Council extends night buses"_s);
        story.setHighlights({u"Three routes"_s, u"Until March"_s});
        story.setDateline(u"LISBON"_s);
        story.setBody(u"The council voted on Tuesday.\n\n<script>x</script>"_s);
        Photo photo;
        photo.fileId = u"abc"_s;
        photo.caption = u"A night bus."_s;
        photo.credit = u"Reuters"_s;
        story.setPhotos({photo});
        const auto saved = opened->store->saveStory(story);
        QVERIFY(saved.ok());
        m_story = *saved;
    }

    void listJsonHasTheDesignFields()
    {
        const Run result = run({u"--library"_s, m_library, u"list"_s, u"--json"_s});
        QCOMPARE(result.code, 0);
        QVERIFY(result.err.isEmpty());
        const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject story = array.first().toObject();
        for (const char *key : {"id", "slug", "headline", "highlights", "dateline", "byline",
                                "body", "status", "updated", "photos"})
            QVERIFY2(story.contains(QLatin1StringView(key)), key);
        QCOMPARE(story.value(u"headline"_s).toString(), u"Council extends night buses"_s);
        QCOMPARE(story.value(u"slug"_s).toString(), u"council-extends-night-buses"_s);
        QCOMPARE(story.value(u"photos"_s).toArray().first().toObject().value(u"credit"_s),
                 u"Reuters"_s);
    }

    void listPlain()
    {
        const Run result = run({u"--library="_s + m_library, u"list"_s});
        QCOMPARE(result.code, 0);
        QVERIFY(result.out.contains(u"Council extends night buses"_s));
        QVERIFY(result.out.contains(u"draft"_s));
    }

    void exportHtmlBySlugAndIdPrefix_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("slug") << u"council-extends-night-buses"_s;
        QTest::newRow("id prefix") << m_story.id().toString(QUuid::WithoutBraces).left(8);
        QTest::newRow("full id") << m_story.id().toString();
    }

    void exportHtmlBySlugAndIdPrefix()
    {
        QFETCH(QString, key);
        const Run result =
                run({u"--library"_s, m_library, u"export"_s, key, u"--format"_s, u"html"_s});
        QCOMPARE(result.code, 0);
        QVERIFY(result.out.contains(u"Council extends night buses"_s));
        QVERIFY(result.out.contains(u"<strong class=\"dateline\">LISBON:</strong>"_s));
        QVERIFY(!result.out.contains(u"<script>"_s));
    }

    void errorsGoToStderrWithACode_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << 2 << u"Usage"_s;
        QTest::newRow("unknown command")
                << QStringList{u"frobnicate"_s} << 2 << u"“frobnicate”.\n\nUsage"_s;
        QTest::newRow("unknown option") << QStringList{u"--nope"_s, u"list"_s} << 2 << u"--nope"_s;
        QTest::newRow("unknown story")
                << QStringList{u"export"_s, u"no-such-story"_s, u"--format"_s, u"html"_s} << 1
                << u"no-such-story"_s;
        QTest::newRow("unknown format")
                << QStringList{u"export"_s, u"council-extends-night-buses"_s, u"--format"_s,
                               u"pdf"_s}
                << 2 << u"pdf"_s;
        QTest::newRow("missing id")
                << QStringList{u"export"_s, u"--format"_s, u"html"_s} << 2 << u"ID"_s;
    }

    void errorsGoToStderrWithACode()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const bool hasLibrary = arguments.isEmpty() || arguments.first() != u"--nope";
        const Run result =
                run(hasLibrary ? QStringList{u"--library"_s, m_library} + arguments : arguments);
        QCOMPARE(result.code, code);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void missingLibraryIsNotCreated()
    {
        const QString path = m_dir.filePath(u"typo/desk.sqlite"_s);
        const Run result = run({u"--library"_s, path, u"list"_s});
        QCOMPARE(result.code, 1);
        QCOMPARE(result.err, u"There is no library at %1.\n"_s.arg(path));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"typo"_s)));
        const Run bare = run({u"--library"_s});
        QCOMPARE(bare.code, 2);
        QCOMPARE(bare.err, u"--library needs a path.\n"_s);
    }

    void brokenLibraryIsAClearError()
    {
        const QString path = m_dir.filePath(u"broken.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x5a'));
        file.close();
        const Run result = run({u"--library"_s, path, u"list"_s});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(path), qPrintable(result.err));
    }

    void helpNeedsNoLibrary()
    {
        const Run overall = run({u"--help"_s});
        QCOMPARE(overall.code, 0);
        QVERIFY(overall.out.contains(u"export ID --format html"_s));
        const Run list = run(
                {u"--library"_s, m_dir.filePath(u"absent/none.sqlite"_s), u"list"_s, u"--help"_s});
        QCOMPARE(list.code, 0);
        QCOMPARE(list.out,
                 u"Usage: copydesk-cli [--library PATH] list [--json]\n\n"
                 u"List the stories of the library, newest save first.\n\n"
                 u"Options:\n  --json    Print a JSON array of the stories with every field.\n"_s);
        QVERIFY(!QFile::exists(m_dir.filePath(u"absent/none.sqlite"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
