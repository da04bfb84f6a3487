#include "common/DamagedDatabase.h"
#include "common/OldSchemaFile.h"
#include "store/Database.h"
#include "store/IntegrityCheck.h"
#include "store/SqlQuery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;

namespace {
QByteArray digest(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/** Makes an SQLite file with another program's tables (or InnoAtlas's id and a future schema version). */
void makeForeignDatabase(const QString &path, int applicationId, int userVersion)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('keep me')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}
/** A genuine InnoAtlas file, then altered behind the program's back. */
void makeTamperedDatabase(const QString &path, int kind)
{
    {
        Database db;
        QVERIFY(db.openOrCreate(path, [](Database &d, QString *) {
            QSqlQuery q(d.connection());
            for (int i = 0; i < 400; ++i)
                q.exec(QStringLiteral("INSERT INTO entity (kind, key) VALUES ('theme', 'theme.t%1')").arg(i));
            return true;
        }));
    }
    if (kind == 4 || kind == 5) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(kind == 4 ? QStringLiteral("CREATE TRIGGER evil AFTER INSERT ON entity BEGIN "
                                                      "SELECT load_extension('/tmp/evil.so'); END")
                                     : QStringLiteral("CREATE VIEW plans_again AS SELECT * FROM plan")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        return;
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    if (kind == 6) {
        // Overwrite a page in the middle of the table b-trees with junk.
        file.seek(size / 2);
        file.write(QByteArray(4096, '\xA5'));
    } else {
        file.resize(size / 3);
    }
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void createsSchemaWithMarks()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.sqlite"));
        Database db;
        QVERIFY2(db.openOrCreate(path, [](Database &, QString *) { return true; }), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(SqlQuery::scalar(db.connection(), QStringLiteral("PRAGMA application_id")).toInt(),
                 Database::applicationId);
        QCOMPARE(SqlQuery::scalar(db.connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(SqlQuery::scalar(db.connection(), QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
    }

    void enforcesForeignKeys()
    {
        Database db;
        QVERIFY(
            db.openOrCreate(m_dir.filePath(QStringLiteral("fk.sqlite")), [](Database &, QString *) { return true; }));
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO theme (id, ordinal) VALUES (999, 0)")));
    }

    void failedInitialisationLeavesNoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.sqlite"));
        Database db;
        QVERIFY(!db.openOrCreate(path, [](Database &, QString *error) {
            *error = QStringLiteral("dataset damaged");
            return false;
        }));
        QCOMPARE(db.errorString(), QStringLiteral("dataset damaged"));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
    }

    void aCheckLeftForLaterRefusesWritesUntilItPasses()
    {
        const QString path = m_dir.filePath(QStringLiteral("later.sqlite"));
        {
            Database db;
            QVERIFY(db.openOrCreate(path, [](Database &, QString *) { return true; }));
            QVERIFY(!db.isUnchecked()); // a new file is checked by being made
        }
        Database db;
        db.setCheckLater(true);
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QVERIFY(db.isUnchecked());
        QSqlQuery write(db.connection());
        QVERIFY(!write.exec(QStringLiteral("INSERT INTO entity (kind, key) VALUES ('theme', 'theme.later')")));
        QCOMPARE(IntegrityCheck::ofFile(path), QStringLiteral("ok"));
        db.markChecked();
        QVERIFY(!db.isUnchecked());
        QVERIFY2(write.exec(QStringLiteral("INSERT INTO entity (kind, key) VALUES ('theme', 'theme.later')")),
                 qPrintable(write.lastError().text()));
        // Only the next open is left unchecked.
        db.close();
        QVERIFY(db.open(path));
        QVERIFY(!db.isUnchecked());
    }

    void aCheckLeftForLaterFindsADamagedFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged-later.sqlite"));
        QVERIFY(innoatlas::testing::makeDatabase(path, true));
        Database checked;
        QVERIFY(!checked.open(path));
        QVERIFY2(checked.errorString().contains(QStringLiteral("damaged")), qPrintable(checked.errorString()));

        Database later;
        later.setCheckLater(true);
        QVERIFY2(later.open(path), qPrintable(later.errorString()));
        QVERIFY(later.isUnchecked());
        const QString found = IntegrityCheck::ofFile(path);
        QVERIFY(!found.isEmpty());
        QVERIFY(found != QStringLiteral("ok"));
    }

    void aCheckLeftForLaterFindsAForeignSchema_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("trigger that loads an extension") << 4 << "unexpected schema: trigger evil";
        QTest::newRow("view added") << 5 << "unexpected schema: view";
    }

    void aCheckLeftForLaterFindsAForeignSchema()
    {
        QFETCH(int, kind);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(QStringLiteral("foreign-later-%1.sqlite").arg(kind));
        makeTamperedDatabase(path, kind);
        const QByteArray before = digest(path);

        // The window shows the file before the schema is compared; nothing can be written (so no
        // trigger of the foreign schema runs) until the check run later reports it.
        Database later;
        later.setCheckLater(true);
        QVERIFY2(later.open(path), qPrintable(later.errorString()));
        QVERIFY(later.isUnchecked());
        QSqlQuery write(later.connection());
        QVERIFY(!write.exec(QStringLiteral("INSERT INTO entity (kind, key) VALUES ('theme', 'theme.later')")));
        const QString found = IntegrityCheck::ofFile(path);
        QVERIFY2(found.startsWith(reason), qPrintable(found));
        later.close();
        QCOMPARE(digest(path), before);
    }

    void refusesAndKeepsForeignFiles_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("text file") << 0 << "not an SQLite file";
        QTest::newRow("other program's database") << 1 << "not an InnoAtlas database";
        QTest::newRow("newer InnoAtlas schema") << 2 << "written by a newer InnoAtlas";
        QTest::newRow("truncated header") << 3 << "not an SQLite file";
        QTest::newRow("trigger that loads an extension") << 4 << "unexpected schema: trigger evil";
        QTest::newRow("view added") << 5 << "unexpected schema: view";
        QTest::newRow("corrupted page") << 6 << "damaged";
        QTest::newRow("truncated file") << 7 << "";
    }

    void refusesAndKeepsForeignFiles()
    {
        QFETCH(int, kind);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(QStringLiteral("foreign-%1.sqlite").arg(kind));
        if (kind == 0)
            writeBytes(path, "city,plan\nDaejeon,space\n");
        else if (kind == 1)
            makeForeignDatabase(path, 0, 0);
        else if (kind == 2)
            makeForeignDatabase(path, Database::applicationId, Database::latestSchemaVersion() + 1);
        else if (kind == 3)
            writeBytes(path, QByteArray("SQLite for", 10));
        else
            makeTamperedDatabase(path, kind);
        const QByteArray before = digest(path);

        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(reason), qPrintable(db.errorString()));
        QVERIFY(db.errorString().contains(path));
        QVERIFY(!db.isOpen());
        QCOMPARE(digest(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

        Database again; // openOrCreate must not replace an existing file either
        QVERIFY(!again.openOrCreate(path, [](Database &, QString *) { return true; }));
        QCOMPARE(digest(path), before);
    }

    void initialisesEmptyFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
        writeBytes(path, QByteArray());
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    }

    void opensReadOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("ro.sqlite"));
        {
            Database db;
            QVERIFY(db.openOrCreate(path, [](Database &, QString *) { return true; }));
        }
        Database db;
        QVERIFY2(db.open(path, Database::Mode::ReadOnly), qPrintable(db.errorString()));
        QVERIFY(db.isReadOnly());
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO entity (kind, key) VALUES ('theme', 'x')")));
    }

    void migratesOlderFilesAndChecksTheResult()
    {
        // A genuine schema-1 file is brought up to date; one with an object no migration made is refused.
        for (const bool tampered : {false, true}) {
            const QString path =
                m_dir.filePath(tampered ? QStringLiteral("old-tampered.sqlite") : QStringLiteral("old.sqlite"));
            const QString error = testing::writeOldSchemaFile(
                path, 1, tampered ? QStringList{QStringLiteral("CREATE TABLE notes (body TEXT)")} : QStringList());
            QVERIFY2(error.isEmpty(), qPrintable(error));
            Database db;
            QCOMPARE(db.open(path), !tampered);
            if (tampered)
                QVERIFY2(db.errorString().contains(QStringLiteral("unexpected schema: table notes")),
                         qPrintable(db.errorString()));
            else
                QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        }
    }

    void missingFileIsAnError()
    {
        Database db;
        QVERIFY(!db.open(m_dir.filePath(QStringLiteral("nowhere.sqlite"))));
        QVERIFY(db.errorString().contains(QStringLiteral("no such file")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
