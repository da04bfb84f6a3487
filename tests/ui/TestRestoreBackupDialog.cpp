// File > Restore from Backup…: the dialog lists the database's backups, newest first, with their
// date, size and reason, in Korean and English; the chosen one is the one restored.

#include "backup/Backups.h"
#include "backup/RestoreBackupDialog.h"
#include "i18n/Translations.h"
#include "store/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace innoatlas;

class TestRestoreBackupDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTheBackupsNewestFirst_data();
    void listsTheBackupsNewestFirst();
    void withoutBackupsNothingCanBeRestored();

private:
    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_made; ///< newest first
};

void TestRestoreBackupDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("innoatlas.sqlite"));
    Database database;
    QVERIFY(database.openOrCreate(m_db, [](Database &, QString *) { return true; }));
    for (const Backups::Reason reason :
         {Backups::Reason::BeforeMigration, Backups::Reason::BeforeImport, Backups::Reason::Manual}) {
        BackupInfo info;
        QString error;
        QVERIFY2(Backups::create(database.connection(), reason, &info, &error), qPrintable(error));
        m_made.prepend(info.path);
        QTest::qWait(5); // distinct times in the names
    }
}

void TestRestoreBackupDialog::listsTheBackupsNewestFirst_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("importReason");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Before an import");
    QTest::newRow("ko") << QStringLiteral("ko") << QStringLiteral("가져오기 전");
}

void TestRestoreBackupDialog::listsTheBackupsNewestFirst()
{
    QFETCH(QString, language);
    QFETCH(QString, importReason);
    Translations::install(language);
    RestoreBackupDialog dialog(m_db);
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("backupList"));
    QVERIFY(list);
    QCOMPARE(dialog.backupCount(), 3);
    QCOMPARE(list->topLevelItemCount(), 3);
    // The newest is chosen at first; another row chooses another backup.
    QCOMPARE(dialog.selectedBackup(), m_made.at(0));
    list->setCurrentItem(list->topLevelItem(1));
    QCOMPARE(dialog.selectedBackup(), m_made.at(1));
    if (language == QLatin1String("en") ||
        QCoreApplication::translate("innoatlas::RestoreBackupDialog", "Before an import") != "Before an import")
        QCOMPARE(list->topLevelItem(1)->text(2), importReason);
    QVERIFY(!list->topLevelItem(0)->text(1).isEmpty()); // the size
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString shot = QStringLiteral("%1/restore-backup-%2.png").arg(QDir::tempPath(), language);
    QVERIFY(dialog.grab().save(shot));
    Translations::install(QStringLiteral("en"));
}

void TestRestoreBackupDialog::withoutBackupsNothingCanBeRestored()
{
    RestoreBackupDialog dialog(m_dir.filePath(QStringLiteral("elsewhere.sqlite")));
    QCOMPARE(dialog.backupCount(), 0);
    QVERIFY(dialog.selectedBackup().isEmpty());
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

QTEST_MAIN(TestRestoreBackupDialog)
#include "TestRestoreBackupDialog.moc"
