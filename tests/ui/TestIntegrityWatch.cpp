// The quick_check the desktop program leaves for after its window is shown (Database::setCheckLater):
// a sound file takes writes once it has passed, a damaged one is reported and its window closes.

#include "common/DamagedDatabase.h"
#include "common/Settings.h"
#include "i18n/Translations.h"
#include "main/IntegrityWatch.h"
#include "main/MainWindow.h"
#include "store/Database.h"

#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;
using innoatlas::testing::makeDatabase;

class TestIntegrityWatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Translations::install(QStringLiteral("en"));
    }

    void aSoundFileTakesWritesOnceChecked()
    {
        const QString path = m_dir.filePath(QStringLiteral("sound.sqlite"));
        QVERIFY(makeDatabase(path, false));
        Database database;
        database.setCheckLater(true);
        QVERIFY(database.open(path));
        Settings settings(m_dir.filePath(QStringLiteral("sound.ini")));
        MainWindow window(database, settings, QStringLiteral("en"));
        auto *watch = new IntegrityWatch(window, database);
        QSignalSpy finished(watch, &IntegrityWatch::finished);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000); // it may end while the window is exposed
        QCOMPARE(finished.first().first().toString(), QString());
        QVERIFY(!database.isUnchecked());
        QSqlQuery write(database.connection());
        QVERIFY(write.exec(QStringLiteral("INSERT INTO entity (kind, key) VALUES ('theme', 'theme.after')")));
        QVERIFY(window.isVisible());
    }

    void aDamagedFileIsReportedAndClosedUnwritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(makeDatabase(path, true));
        Database database;
        database.setCheckLater(true);
        QVERIFY2(database.open(path), qPrintable(database.errorString()));
        Settings settings(m_dir.filePath(QStringLiteral("damaged.ini")));
        MainWindow window(database, settings, QStringLiteral("en"));
        auto *watch = new IntegrityWatch(window, database);
        QSignalSpy finished(watch, &IntegrityWatch::finished);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000); // it may end while the window is exposed
        QVERIFY(!finished.first().first().toString().isEmpty());
        QVERIFY(database.isUnchecked()); // still taking no write
        QSqlQuery write(database.connection());
        QVERIFY(!write.exec(QStringLiteral("INSERT INTO entity (kind, key) VALUES ('theme', 'theme.after')")));

        auto *message = window.findChild<QMessageBox *>(QStringLiteral("damagedDatabaseMessage"));
        QVERIFY(message);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("damaged.sqlite is damaged")));
        message->button(QMessageBox::Close)->click();
        QTRY_VERIFY(!window.isVisible());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestIntegrityWatch)
#include "TestIntegrityWatch.moc"
