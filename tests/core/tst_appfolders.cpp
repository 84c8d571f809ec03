// SPDX-License-Identifier: MIT
// Everything a user's Copydesk keeps is under one name: settings beside the
// house style, and settings kept under the earlier organisation name move.
#include "core/appfolders.h"
#include "publish/publishsettings.h"
#include "store/library.h"
#include "story/housestyle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

class TestAppFolders : public QObject
{
    Q_OBJECT

    QString m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QDir(m_config + u"/Copydesk"_s).removeRecursively();
        QDir(m_config + u"/copydesk.example"_s).removeRecursively();
    }

    void cleanupTestCase()
    {
        QDir(m_config + u"/Copydesk"_s).removeRecursively();
        QDir(m_config + u"/copydesk.example"_s).removeRecursively();
    }

    void settingsMoveToTheOneFolder()
    {
        // What an earlier version kept under its organisation domain.
        QVERIFY(QDir().mkpath(m_config + u"/copydesk.example"_s));
        const QString earlier = m_config + u"/copydesk.example/Copydesk.conf"_s;
        {
            QSettings old(earlier, QSettings::IniFormat);
            old.setValue(u"publishing/baseUrl"_s, u"https://news.example/desk/"_s);
            old.sync();
        }
        setUpApplication();
        const QString now = QSettings().fileName();
        QCOMPARE(QFileInfo(now).absolutePath(), configFolder());
        QCOMPARE(configFolder(), m_config + u"/Copydesk"_s);
        QCOMPARE(PublishSettings::load(QSettings()).baseUrl, u"https://news.example/desk/"_s);
        QVERIFY(QFile::exists(earlier));
        // The house style, the library and the site are under the same name.
        QCOMPARE(QFileInfo(HouseStyle::userFilePath()).absolutePath(), configFolder());
        QCOMPARE(QFileInfo(Library::defaultPath()).absolutePath(), dataFolder());
        QVERIFY(dataFolder().endsWith(u"/Copydesk"_s));
        QCOMPARE(PublishSettings::defaultFolder(), dataFolder() + u"/site"_s);

        // Once moved, the newer settings are kept: the old file is not read again.
        {
            QSettings settings;
            settings.setValue(u"publishing/baseUrl"_s, u"https://www.news.example/"_s);
        }
        setUpApplication();
        QCOMPARE(PublishSettings::load(QSettings()).baseUrl, u"https://www.news.example/"_s);
    }
};

QTEST_MAIN(TestAppFolders)
#include "tst_appfolders.moc"
