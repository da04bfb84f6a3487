// Backups: made before migrations and imports, kept in rotation, intact; restored all or nothing
// from the command line, with the current file kept first.

#include "backup/Backups.h"
#include "common/CliRun.h"
#include "common/OldSchemaFile.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"
#include "store/UserDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;
using namespace innoatlas::test;

namespace {
int themeCount(const QString &path)
{
    Database db;
    if (!db.open(path))
        return -1;
    return SqlQuery::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM entity WHERE kind = 'theme'"))
        .toInt();
}

bool addTheme(const QString &path, const QString &key)
{
    Database db;
    if (!db.open(path))
        return false;
    Transaction transaction(db.connection());
    SqlQuery(db.connection(), QStringLiteral("INSERT INTO entity (kind, key) VALUES ('theme', ?)")).bind(key).exec();
    transaction.commit();
    return true;
}

/** PRAGMA user_version of a file, read with plain QtSql. */
int userVersion(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return version;
}
} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void backupsAreIntactAndRotated();
    void migrationIsBackedUpFirst();
    void importsAreBackedUpFirst_data();
    void importsAreBackedUpFirst();
    void cliBackupListAndRestore();
    void restoreRefusesUnusableBackups_data();
    void restoreRefusesUnusableBackups();
    void restoreRefusedWhileTheDatabaseIsOpen();
    void restoreReplacesADamagedFile();

private:
    QStringList db(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--database"), m_db} + arguments;
    }

    QTemporaryDir m_dir;
    QString m_pristine;
    QString m_db;
};

void TestBackups::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pristine = m_dir.filePath(QStringLiteral("pristine/innoatlas.sqlite"));
    Database database;
    QVERIFY2(UserDatabase::open(database, m_pristine), qPrintable(database.errorString()));
}

void TestBackups::init()
{
    const QString folder = m_dir.filePath(QStringLiteral("run-") + QTest::currentTestFunction() + QLatin1Char('-') +
                                          QString::fromLatin1(QTest::currentDataTag()));
    QDir(folder).removeRecursively();
    QVERIFY(QDir().mkpath(folder));
    m_db = folder + QStringLiteral("/innoatlas.sqlite");
    QVERIFY(QFile::copy(m_pristine, m_db));
}

void TestBackups::backupsAreIntactAndRotated()
{
    Database database;
    QVERIFY(database.open(m_db));
    QStringList made;
    for (int i = 0; i < Backups::keep + 3; ++i) {
        BackupInfo info;
        QString error;
        QVERIFY2(Backups::create(database.connection(), Backups::Reason::Manual, &info, &error), qPrintable(error));
        QVERIFY(QFileInfo(info.path).isFile());
        QCOMPARE(QFileInfo(info.path).absolutePath(), QFileInfo(m_db).absolutePath() + QStringLiteral("/backups"));
        QCOMPARE(info.reason, QStringLiteral("manual"));
        made << info.path;
    }
    const QVector<BackupInfo> kept = Backups::list(m_db);
    QCOMPARE(kept.size(), Backups::keep);
    for (int i = 0; i < kept.size(); ++i) {
        // Newest first: the last ten made, in reverse.
        QCOMPARE(kept.at(i).path, made.at(made.size() - 1 - i));
        QVERIFY(kept.at(i).size > 0);
        QString error;
        QVERIFY2(Backups::verify(kept.at(i).path, &error), qPrintable(error));
    }
    QVERIFY(!QFileInfo::exists(made.first()));
    // No temporary file is left beside them.
    QCOMPARE(QDir(Backups::folderFor(m_db)).entryList(QDir::Files).size(), Backups::keep);
    QCOMPARE(themeCount(kept.first().path), themeCount(m_db));
}

void TestBackups::migrationIsBackedUpFirst()
{
    const QString path = QFileInfo(m_db).absolutePath() + QStringLiteral("/old.sqlite");
    const QString written = testing::writeOldSchemaFile(
        path, 1, {QStringLiteral("INSERT INTO entity (kind, key) VALUES ('theme', 'theme.old')")});
    QVERIFY2(written.isEmpty(), qPrintable(written));

    Database database;
    QVERIFY2(database.open(path), qPrintable(database.errorString()));
    QCOMPARE(database.schemaVersion(), Database::latestSchemaVersion());
    database.close();
    const QVector<BackupInfo> backups = Backups::list(path);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().reason, QStringLiteral("before-migration"));
    QCOMPARE(userVersion(backups.first().path), 1); // the file as it was before the migration
    QString error;
    QVERIFY2(Backups::verify(backups.first().path, &error), qPrintable(error));

    // Opening the migrated file again needs no migration and makes no backup.
    QVERIFY(database.open(path));
    QCOMPARE(Backups::list(path).size(), 1);
}

void TestBackups::importsAreBackedUpFirst_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("backedUp");
    const QString data = QStringLiteral(INNOATLAS_TEST_DATA_DIR);
    const QStringList csv{QStringLiteral("import"), QStringLiteral("--mapping"), QStringLiteral("fiscal-budget"),
                          data + QStringLiteral("/importers/import-budget-utf8/input.csv")};
    QTest::newRow("csv") << csv << true;
    QTest::newRow("csv dry run") << csv + QStringList{QStringLiteral("--dry-run")} << false;
    QTest::newRow("xliff") << QStringList{QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("xliff"),
                                          data + QStringLiteral("/review/minimal-ko-en.xlf")}
                           << true;
}

void TestBackups::importsAreBackedUpFirst()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, backedUp);
    // The import itself may be refused (the XLIFF file need not match): the backup comes first anyway.
    runCli(db(arguments));
    const QVector<BackupInfo> backups = Backups::list(m_db);
    QCOMPARE(backups.size(), backedUp ? 1 : 0);
    if (backedUp) {
        QCOMPARE(backups.first().reason, QStringLiteral("before-import"));
        QString error;
        QVERIFY2(Backups::verify(backups.first().path, &error), qPrintable(error));
        QCOMPARE(themeCount(backups.first().path), themeCount(m_pristine));
    }
}

void TestBackups::cliBackupListAndRestore()
{
    const CliRun backup = runCli(db({QStringLiteral("backup")}));
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    const QString backupPath = backup.out.trimmed();
    QVERIFY(QFileInfo(backupPath).isFile());

    QVERIFY(addTheme(m_db, QStringLiteral("theme.added")));
    const int themes = themeCount(m_db);

    const CliRun listed = runCli(db({QStringLiteral("backups")}));
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QFileInfo(backupPath).fileName()), qPrintable(listed.out));
    QVERIFY(listed.out.contains(QLatin1String("manual")));

    // Restored by the name the list shows.
    const CliRun restored = runCli(db({QStringLiteral("restore"), QFileInfo(backupPath).fileName()}));
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QCOMPARE(themeCount(m_db), themes - 1);

    // The file before the restore was kept, with the theme added after the backup.
    const QVector<BackupInfo> backups = Backups::list(m_db);
    QCOMPARE(backups.first().reason, QStringLiteral("before-restore"));
    QVERIFY2(restored.err.contains(backups.first().path), qPrintable(restored.err));
    QCOMPARE(themeCount(backups.first().path), themes);
    QCOMPARE(runCli(db({QStringLiteral("summary")})).exitCode, 0);

    // Undoing the restore is one more restore.
    QCOMPARE(runCli(db({QStringLiteral("restore"), backups.first().path})).exitCode, 0);
    QCOMPARE(themeCount(m_db), themes);
}

void TestBackups::restoreRefusesUnusableBackups_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("text") << QByteArray("not a database\n") << QStringLiteral("not an InnoAtlas database");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not an InnoAtlas database");
    QTest::newRow("truncated") << QByteArray("truncated") << QStringLiteral("damaged");
    QTest::newRow("other program") << QByteArray("foreign") << QStringLiteral("not an InnoAtlas database");
}

void TestBackups::restoreRefusesUnusableBackups()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString bad = QFileInfo(m_db).absolutePath() + QStringLiteral("/bad.sqlite");
    if (content == "truncated") {
        QFile pristine(m_pristine);
        QVERIFY(pristine.open(QIODevice::ReadOnly));
        const QByteArray bytes = pristine.readAll();
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes.left(bytes.size() / 2));
    } else if (content == "foreign") {
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            other.setDatabaseName(bad);
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE notes (body TEXT)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    } else {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = fileDigest(m_db);
    const CliRun run = runCli(db({QStringLiteral("restore"), bad}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("not restored")) && run.err.contains(reason), qPrintable(run.err));
    QCOMPARE(fileDigest(m_db), before);
    QCOMPARE(Backups::list(m_db).size(), 0);
}

void TestBackups::restoreRefusedWhileTheDatabaseIsOpen()
{
    const CliRun backup = runCli(db({QStringLiteral("backup")}));
    QCOMPARE(backup.exitCode, 0);
    QVERIFY(addTheme(m_db, QStringLiteral("theme.added")));
    Database other; // another program with the database open
    QVERIFY(other.open(m_db));
    const int themes = themeCount(m_db);
    const CliRun run = runCli(db({QStringLiteral("restore"), backup.out.trimmed()}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("close the other programs")), qPrintable(run.err));
    QCOMPARE(SqlQuery::scalar(other.connection(), QStringLiteral("SELECT count(*) FROM entity WHERE kind = 'theme'"))
                 .toInt(),
             themes);
    other.close();
    QCOMPARE(themeCount(m_db), themes);
}

void TestBackups::restoreReplacesADamagedFile()
{
    const CliRun backup = runCli(db({QStringLiteral("backup")}));
    QCOMPARE(backup.exitCode, 0);
    QByteArray damaged;
    {
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.resize(file.size() / 3);
        file.seek(0);
        damaged = file.readAll();
    }
    QCOMPARE(runCli(db({QStringLiteral("summary")})).exitCode, 3);
    const CliRun run = runCli(db({QStringLiteral("restore"), backup.out.trimmed()}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(themeCount(m_db), themeCount(m_pristine));
    // The damaged bytes were kept as they were.
    const BackupInfo kept = Backups::list(m_db).first();
    QCOMPARE(kept.reason, QStringLiteral("before-restore"));
    QFile copy(kept.path);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), damaged);
}

QTEST_GUILESS_MAIN(TestBackups)
#include "TestBackups.moc"
