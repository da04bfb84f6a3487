// innoatlas-cli copy FROM TO: an SQLite file to a PostgreSQL server and back gives the same data,
// all or nothing, and a target that holds data is refused unless --replace.

#include "CliRun.h"
#include "PostgresServer.h"
#include "review/ContentEditor.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/StoreCopy.h"
#include "store/UserDatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;
using namespace innoatlas::test;

namespace {
/** Every row of every copied table, as text: equal dumps are equal data, ids included. */
QStringList dump(const QString &where)
{
    Database db;
    const bool ok = where.startsWith(QLatin1String("postgresql://")) ? db.openServer(where) : db.open(where);
    if (!ok)
        return {db.errorString()};
    QStringList rows;
    for (const QString &table : StoreCopy::tables()) {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        while (query.next()) {
            QStringList values{table};
            for (int i = 0; i < query.record().count(); ++i)
                values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            rows << values.join(QLatin1Char('|'));
        }
    }
    rows.sort(); // the order of rows is not part of the data
    return rows;
}

QString exportJson(const QString &where)
{
    const CliRun run = runCli({QStringLiteral("--database"), where, QStringLiteral("export"),
                               QStringLiteral("--format"), QStringLiteral("json")});
    return run.exitCode == 0 ? run.out : QStringLiteral("export failed: ") + run.err;
}
} // namespace

class TestCopyCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!m_server.start())
            INNOATLAS_NO_SERVER(QStringLiteral("no PostgreSQL server could be started: ") + m_server.whyNot());
        // A file with the built-in dataset and some translation history, a review flag and a deck.
        m_file = m_dir.filePath(QStringLiteral("team.sqlite"));
        Database db;
        QVERIFY2(UserDatabase::open(db, m_file), qPrintable(db.errorString()));
        ContentEditor editor(db.connection(), QStringLiteral("kim"));
        const FieldKey city{QStringLiteral("region.daejeon"), QStringLiteral("name")};
        QVERIFY(editor.setText(city, Language::Korean, QStringLiteral("대전시")).ok);
        SqlQuery::run(db.connection(),
                      QStringLiteral("INSERT INTO presenter_deck (name, ordinal) VALUES ('Meeting', 0)"));
    }

    void cleanupTestCase() { m_server.stop(); }

    void fileToServerAndBackIsTheSameData()
    {
        const QString server = m_server.createDatabase(QStringLiteral("copy"));
        CliRun run = runCli({QStringLiteral("copy"), m_file, server});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("rows copied")));
        QCOMPARE(exportJson(server), exportJson(m_file));

        const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
        run = runCli({QStringLiteral("copy"), server, back});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(exportJson(back), exportJson(m_file));
        const QStringList original = dump(m_file);
        QVERIFY(original.size() > 1000);
        QCOMPARE(dump(server), original);
        QCOMPARE(dump(back), original);

        // New rows on the server get new ids, above the copied ones.
        Database db;
        QVERIFY(db.openServer(server));
        SqlQuery::run(db.connection(), QStringLiteral("INSERT INTO presenter_deck (name, ordinal) VALUES ('Next', 1)"));
        QCOMPARE(
            SqlQuery::scalar(db.connection(), QStringLiteral("SELECT count(DISTINCT id) FROM presenter_deck")).toInt(),
            2);
    }

    void targetWithDataIsRefusedUnlessReplace()
    {
        const QString server = m_server.createDatabase(QStringLiteral("copy"));
        QVERIFY(runCli({QStringLiteral("copy"), m_file, server}).exitCode == 0);
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            Database db;
            QVERIFY(UserDatabase::open(db, other));
            SqlQuery::run(db.connection(), QStringLiteral("DELETE FROM plan WHERE id = (SELECT min(id) FROM plan)"));
        }
        CliRun run = runCli({QStringLiteral("copy"), other, server});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("--replace")), qPrintable(run.err));
        QCOMPARE(dump(server), dump(m_file)); // untouched

        run = runCli({QStringLiteral("copy"), other, server, QStringLiteral("--replace")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(dump(server), dump(other));
    }

    void failedCopyChangesNothing()
    {
        const QString server = m_server.createDatabase(QStringLiteral("copy"));
        QVERIFY(runCli({QStringLiteral("copy"), m_file, server}).exitCode == 0);
        const QStringList before = dump(server);
        // The server refuses one of the last rows of the copy: everything before it is undone too.
        QVERIFY(m_server.execute(server.section(QLatin1Char('/'), -1),
                                 QStringLiteral("ALTER TABLE glossary_variant ADD CONSTRAINT no_taejon "
                                                "CHECK (text <> 'Taejon') NOT VALID")));
        const CliRun run = runCli({QStringLiteral("copy"), m_file, server, QStringLiteral("--replace")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("glossary_variant")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("nothing was changed")));
        QCOMPARE(dump(server), before);

        // A new file that cannot be completed is not left behind.
        const QString broken = m_dir.filePath(QStringLiteral("never.sqlite"));
        QCOMPARE(runCli({QStringLiteral("copy"), QStringLiteral("postgresql://innoatlas@127.0.0.1:1/none"), broken})
                     .exitCode,
                 3);
        QVERIFY(!QFile::exists(broken));
    }

    void passwordInTheAddressIsRefused()
    {
        const CliRun run = runCli({QStringLiteral("copy"), m_file, QStringLiteral("postgresql://kim:secret@db/atlas")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("pgpass")), qPrintable(run.err));
    }

private:
    QTemporaryDir m_dir;
    PostgresServer m_server;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestCopyCommand)
#include "TestCopyCommand.moc"
