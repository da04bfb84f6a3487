// Another writer and runaway statements: a busy database waits, then fails naming the file;
// a statement past its budget is stopped and the connection stays usable.

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace innoatlas;

namespace {
bool makeDatabase(const QString &path)
{
    Database db;
    return db.openOrCreate(path, [](Database &, QString *) { return true; });
}

int themeCount(const Database &db)
{
    return SqlQuery::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM entity WHERE kind = 'theme'"))
        .toInt();
}

void addTheme(const Database &db, const QString &key)
{
    Transaction transaction(db.connection());
    SqlQuery(db.connection(), QStringLiteral("INSERT INTO entity (kind, key) VALUES ('theme', ?)")).bind(key).exec();
    transaction.commit();
}

/** A second connection, as another program would hold it: plain QtSql, no InnoAtlas code. */
class OtherWriter
{
public:
    explicit OtherWriter(const QString &path, const QString &name) : m_name(name)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~OtherWriter()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql) { return QSqlQuery(m_db).exec(sql); }

private:
    QString m_name;
    QSqlDatabase m_db;
};
} // namespace

class TestLocking : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aWriterPastTheTimeoutIsNamed_data();
    void aWriterPastTheTimeoutIsNamed();
    void aWriterThatFinishesInTimeIsWaitedFor();
    void runawayStatementsAreStopped_data();
    void runawayStatementsAreStopped();
    void ordinaryStatementsAreNotStopped();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestLocking::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("locked-%1.sqlite").arg(QTest::currentDataTag()));
    QFile::remove(m_path);
    QVERIFY(makeDatabase(m_path));
}

void TestLocking::aWriterPastTheTimeoutIsNamed_data()
{
    QTest::addColumn<QString>("holding");
    QTest::newRow("BEGIN IMMEDIATE") << QStringLiteral("BEGIN IMMEDIATE");
    QTest::newRow("BEGIN EXCLUSIVE") << QStringLiteral("BEGIN EXCLUSIVE");
}

void TestLocking::aWriterPastTheTimeoutIsNamed()
{
    QFETCH(QString, holding);
    OtherWriter other(m_path, QStringLiteral("other-writer"));
    QVERIFY(other.exec(holding));
    QVERIFY(other.exec(QStringLiteral("INSERT INTO entity (kind, key) VALUES ('theme', 'theme.other')")));

    Database db;
    db.setBusyTimeout(100);
    QVERIFY2(db.open(m_path), qPrintable(db.errorString()));
    QString message;
    try {
        addTheme(db, QStringLiteral("theme.mine"));
    } catch (const StoreError &e) {
        message = e.message();
    }
    QVERIFY2(message.startsWith(m_path + QStringLiteral(": another program is writing to this database")),
             qPrintable(message));
    QVERIFY(message.contains(QLatin1String("nothing was changed")));

    // Once the other program is done, the same connection writes normally.
    QVERIFY(other.exec(QStringLiteral("COMMIT")));
    addTheme(db, QStringLiteral("theme.mine"));
    QCOMPARE(themeCount(db), 2);
}

void TestLocking::aWriterThatFinishesInTimeIsWaitedFor()
{
    std::atomic<bool> holding{false};
    std::thread other([&] {
        OtherWriter writer(m_path, QStringLiteral("brief-writer"));
        writer.exec(QStringLiteral("BEGIN IMMEDIATE"));
        writer.exec(QStringLiteral("INSERT INTO entity (kind, key) VALUES ('theme', 'theme.other')"));
        holding = true;
        QThread::msleep(300);
        writer.exec(QStringLiteral("COMMIT"));
    });
    while (!holding)
        QThread::msleep(5);
    Database db; // the default wait, far longer than the other write
    QVERIFY2(db.open(m_path), qPrintable(db.errorString()));
    try {
        addTheme(db, QStringLiteral("theme.mine"));
    } catch (const StoreError &e) {
        QFAIL(qPrintable(e.message()));
    }
    other.join();
    QCOMPARE(themeCount(db), 2);
}

void TestLocking::runawayStatementsAreStopped_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("recursive CTE") << QStringLiteral(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c");
    QTest::newRow("cross join") << QStringLiteral(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 100000) "
        "SELECT count(*) FROM c a, c b WHERE a.x * b.x = -1");
    QTest::newRow("recursive CTE writing") << QStringLiteral(
        "INSERT INTO entity (kind, key) WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
        "SELECT 'theme', 'theme.r' || x FROM c");
}

void TestLocking::runawayStatementsAreStopped()
{
    QFETCH(QString, sql);
    Database db;
    QVERIFY2(db.open(m_path), qPrintable(db.errorString()));
    db.setStatementStepLimit(5'000'000);
    QString message;
    try {
        Transaction transaction(db.connection());
        SqlQuery::run(db.connection(), sql);
        transaction.commit();
    } catch (const StoreError &e) {
        message = e.message();
    }
    QVERIFY2(message.startsWith(m_path + QStringLiteral(": a query ran too long and was stopped")),
             qPrintable(message));
    QCOMPARE(db.interruptedStatements(), 1);
    // Nothing of the stopped statement remains, and the connection works on.
    QCOMPARE(themeCount(db), 0);
    addTheme(db, QStringLiteral("theme.after"));
    QCOMPARE(themeCount(db), 1);
}

void TestLocking::ordinaryStatementsAreNotStopped()
{
    Database db;
    QVERIFY2(db.open(m_path), qPrintable(db.errorString()));
    // Many statements, each under the budget: the count starts again with every statement.
    db.setStatementStepLimit(5'000'000);
    for (int i = 0; i < 20; ++i) {
        const QVariant n = SqlQuery::scalar(
            db.connection(),
            QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 50000) "
                           "SELECT count(*) FROM c"));
        QCOMPARE(n.toInt(), 50000);
    }
    QCOMPARE(db.interruptedStatements(), 0);
}

QTEST_GUILESS_MAIN(TestLocking)
#include "TestLocking.moc"
