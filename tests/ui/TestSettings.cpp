#include "common/Settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void defaultsApplyToAFreshFile_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("content language")
            << int(Settings::Key::ContentLanguage) << QVariant(QStringLiteral("interface"));
        QTest::newRow("theme") << int(Settings::Key::ColorTheme) << QVariant(QStringLiteral("system"));
        QTest::newRow("grouping") << int(Settings::Key::NavigatorGrouping) << QVariant(QStringLiteral("region"));
        QTest::newRow("interface language") << int(Settings::Key::InterfaceLanguage) << QVariant(QString());
        QTest::newRow("central tab") << int(Settings::Key::CentralTab) << QVariant(0);
    }

    void defaultsApplyToAFreshFile()
    {
        QFETCH(int, key);
        QFETCH(QVariant, expected);
        Settings settings(file());
        QCOMPARE(settings.value(Settings::Key(key)), expected);
        QCOMPARE(Settings::defaultValue(Settings::Key(key)), expected);
    }

    void valuesSurviveANewInstanceWithTheirTypes()
    {
        const QByteArray geometry("\x01\x02\x00\xff", 4);
        {
            Settings settings(file());
            settings.setValue(Settings::Key::WindowGeometry, geometry);
            settings.setValue(Settings::Key::CentralTab, 2);
            settings.setValue(Settings::Key::LastSelection, QStringLiteral("bl.daejeon-gia.merck"));
            settings.setValue(Settings::Key::InterfaceLanguage, QStringLiteral("ko"));
            settings.sync();
        }
        Settings settings(file());
        QCOMPARE(settings.value(Settings::Key::WindowGeometry).toByteArray(), geometry);
        QCOMPARE(settings.value(Settings::Key::CentralTab).metaType(), QMetaType::fromType<int>());
        QCOMPARE(settings.value(Settings::Key::CentralTab).toInt(), 2);
        QCOMPARE(settings.string(Settings::Key::LastSelection), QStringLiteral("bl.daejeon-gia.merck"));
        QCOMPARE(settings.string(Settings::Key::InterfaceLanguage), QStringLiteral("ko"));
        QCOMPARE(settings.fileName(), file());
    }

    void resetGivesTheDefaultBack()
    {
        Settings settings(file());
        settings.setValue(Settings::Key::ColorTheme, QStringLiteral("dark"));
        QCOMPARE(settings.string(Settings::Key::ColorTheme), QStringLiteral("dark"));
        settings.reset(Settings::Key::ColorTheme);
        QCOMPARE(settings.string(Settings::Key::ColorTheme), QStringLiteral("system"));
    }

    void everyKeyHasItsOwnPath()
    {
        QStringList paths;
        for (auto key : {Settings::Key::WindowGeometry, Settings::Key::WindowState, Settings::Key::DetailSplitter,
                         Settings::Key::LastSelection, Settings::Key::InterfaceLanguage, Settings::Key::ContentLanguage,
                         Settings::Key::ColorTheme, Settings::Key::NavigatorGrouping, Settings::Key::CentralTab,
                         Settings::Key::UserName}) {
            QVERIFY(!Settings::path(key).isEmpty());
            QVERIFY2(!paths.contains(Settings::path(key)), qPrintable(Settings::path(key)));
            paths << Settings::path(key);
        }
    }

    void userNameFallsBackToTheLoginName()
    {
        qputenv("USER", "kim.minji");
        Settings settings(file());
        QCOMPARE(settings.userName(), QStringLiteral("kim.minji"));
        settings.setValue(Settings::Key::UserName, QStringLiteral("  이수진 "));
        QCOMPARE(settings.userName(), QStringLiteral("이수진"));
        settings.setValue(Settings::Key::UserName, QStringLiteral("   "));
        QCOMPARE(settings.userName(), QStringLiteral("kim.minji"));
    }

private:
    QString file() const { return m_dir.filePath(QStringLiteral("%1.ini").arg(QTest::currentTestFunction())); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
