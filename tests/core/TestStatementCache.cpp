// The prepared statements SqlQuery keeps for reuse (StatementCache): a kept statement answers as a new
// one would, after other connections' writes, schema changes, errors and a connection closed and opened.

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/StatementCache.h"
#include "store/StoreError.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <thread>

using namespace innoatlas;

namespace {
const QString countThemes = QStringLiteral("SELECT count(*) FROM entity WHERE kind = 'theme'");

int count(const QSqlDatabase &db)
{
    SqlQuery query(db, countThemes);
    query.exec();
    return query.next() ? query.value(0).toInt() : -1;
}

void addTheme(const QSqlDatabase &db, const QString &key)
{
    SqlQuery(db, QStringLiteral("INSERT INTO entity (kind, key) VALUES ('theme', ?)")).bind(key).exec();
}
} // namespace

class TestStatementCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(path());
        Database db;
        QVERIFY2(db.openOrCreate(path(), [](Database &, QString *) { return true; }), qPrintable(db.errorString()));
    }

    void aStatementIsKeptAndTakenAgain()
    {
        Database db;
        QVERIFY(db.open(path()));
        const QSqlDatabase connection = db.connection();
        // Opening ran statements of its own.
        const int opening = StatementCache::size(connection);
        QCOMPARE(count(connection), 0);
        QCOMPARE(StatementCache::size(connection), opening + 1);
        {
            // In use, it is not in the cache: a second query of the same text prepares its own.
            SqlQuery first(connection, countThemes);
            QCOMPARE(StatementCache::size(connection), opening);
            SqlQuery second(connection, countThemes);
            first.exec();
            second.exec();
            QVERIFY(first.next() && second.next());
        }
        QCOMPARE(StatementCache::size(connection), opening + 2);
    }

    void aKeptStatementSeesLaterWrites()
    {
        // Another connection writes between two uses: a kept statement holding its read snapshot would miss it.
        Database reader;
        Database writer;
        QVERIFY(reader.open(path()));
        QVERIFY(writer.open(path()));
        QCOMPARE(count(reader.connection()), 0);
        addTheme(writer.connection(), QStringLiteral("theme.a"));
        QCOMPARE(count(reader.connection()), 1);
        addTheme(writer.connection(), QStringLiteral("theme.b"));
        QCOMPARE(count(reader.connection()), 2);
    }

    void anIdleStatementHoldsNoLock()
    {
        // A statement stopped after its first row and kept must not keep the file from being written.
        Database reader;
        Database writer;
        QVERIFY(reader.open(path()));
        QVERIFY(writer.open(path()));
        addTheme(writer.connection(), QStringLiteral("theme.a"));
        addTheme(writer.connection(), QStringLiteral("theme.b"));
        const int kept = StatementCache::size(reader.connection());
        {
            SqlQuery keys(reader.connection(), QStringLiteral("SELECT key FROM entity ORDER BY key"));
            keys.exec();
            QVERIFY(keys.next());
        }
        QCOMPARE(StatementCache::size(reader.connection()), kept + 1);
        const QVariant busy = SqlQuery::scalar(writer.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QCOMPARE(busy.toInt(), 0);
    }

    void aStatementThatFailedServesAgain()
    {
        Database db;
        QVERIFY(db.open(path()));
        addTheme(db.connection(), QStringLiteral("theme.a"));
        QVERIFY_THROWS_EXCEPTION(StoreError, addTheme(db.connection(), QStringLiteral("theme.a")));
        addTheme(db.connection(), QStringLiteral("theme.b"));
        QCOMPARE(count(db.connection()), 2);
    }

    void aKeptStatementFollowsTheSchema()
    {
        Database db;
        QVERIFY(db.open(path()));
        const QSqlDatabase connection = db.connection();
        SqlQuery::run(connection, QStringLiteral("CREATE TEMP TABLE scratch (a INTEGER)"));
        SqlQuery::run(connection, QStringLiteral("INSERT INTO scratch VALUES (1), (2)"));
        const QString sum = QStringLiteral("SELECT sum(a) FROM scratch");
        QCOMPARE(SqlQuery(connection, sum).exec().next(), true);
        SqlQuery::run(connection, QStringLiteral("DROP TABLE scratch"));
        // Gone: the kept statement fails as a new one would ...
        QVERIFY_THROWS_EXCEPTION(StoreError, SqlQuery(connection, sum).exec());
        // ... and serves the table made again under the same name.
        SqlQuery::run(connection, QStringLiteral("CREATE TEMP TABLE scratch (b TEXT, a INTEGER)"));
        SqlQuery::run(connection, QStringLiteral("INSERT INTO scratch VALUES ('x', 5)"));
        SqlQuery again(connection, sum);
        again.exec();
        QVERIFY(again.next());
        QCOMPARE(again.value(0).toInt(), 5);
    }

    void aConnectionClosedAndOpenedPreparesAgain()
    {
        // Closing finalizes every statement of the connection; a kept one must not be used after.
        const QString name = QStringLiteral("reopened");
        {
            QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            connection.setDatabaseName(path());
            QVERIFY(connection.open());
            QCOMPARE(count(connection), 0);
            QCOMPARE(StatementCache::size(connection), 1);
            connection.close();
            QVERIFY(connection.open());
            addTheme(connection, QStringLiteral("theme.a"));
            QCOMPARE(count(connection), 1);
            connection.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void aDatabaseClosedAfterItsThreadsStatementsAreGone()
    {
        // Objects of a thread (or of the program, at its exit) can outlive the statements it kept: a Database closed
        // then must not reach for them.
        bool counted = false;
        std::thread thread([this, &counted] {
            thread_local std::unique_ptr<Database> late; // made first, so destroyed after the thread's statements
            late = std::make_unique<Database>();
            if (!late->open(path()))
                return;
            counted = count(late->connection()) == 0;
        });
        thread.join();
        QVERIFY(counted);
    }

    void keepsAtMostItsCapacity()
    {
        Database db;
        QVERIFY(db.open(path()));
        for (int i = 0; i < StatementCache::capacity + 10; ++i)
            SqlQuery(db.connection(), QStringLiteral("SELECT %1").arg(i)).exec();
        QCOMPARE(StatementCache::size(db.connection()), StatementCache::capacity);
    }
};

QTEST_GUILESS_MAIN(TestStatementCache)
#include "TestStatementCache.moc"
