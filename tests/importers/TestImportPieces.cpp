// An import stores the chart pieces of the plans it writes in its own transaction: after it the
// pieces are fresh and count what every line counts, and an import that fails leaves them as they were.

#include "ImportTestSupport.h"
#include "StoredChartCheck.h"
#include "charts/BudgetPieceTable.h"
#include "common/CliRun.h"
#include "importers/CsvImporter.h"
#include "importers/ImportWriter.h"
#include "store/StoreError.h"

#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;

namespace {
/**
 * A fiscal-budget table of @p count rows over five years, with amounts that repeat (so that lines
 * of a year tie and hold each other); the last row gets an amount that is not a number when @p badLast.
 */
QString writeCsv(const QString &path, int count, bool badLast = false)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray text = "\"세출 세부사업 예산편성현황\"\r\n(단위: 천원)\r\n\r\n"
                      "회계연도,소관명,회계명,분야명,부문명,프로그램명,단위사업명,세부사업명,정부안(천원),"
                      "국회확정(천원),비고\r\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray amount =
            badLast && i == count - 1 ? "12억원?" : QByteArray::number(1000 + (i * 7919) % 300 * 1000);
        text += QStringLiteral("%1,소관%2,일반회계,분야,부문,프로그램%3,단위사업%4,세부사업 %5,%6,%6,\r\n")
                    .arg(2020 + i % 5)
                    .arg(i % 7)
                    .arg(i % 31)
                    .arg(i % 97)
                    .arg(i % 400)
                    .arg(QString::fromLatin1(amount))
                    .toUtf8();
    }
    file.write(text);
    return path;
}

ImportMapping fiscal()
{
    ImportMapping mapping;
    if (!ImportMapping::builtin(QStringLiteral("fiscal-budget"), &mapping))
        qFatal("no fiscal-budget mapping");
    return mapping;
}

/** Every stored piece and stale mark, in a stable order. */
QStringList pieceRows(const Database &database)
{
    SqlQuery query(database.connection(),
                   QStringLiteral("SELECT plan_id, split, kind, funding, year, estimated, remainder, sources, won, "
                                  "line_id FROM budget_piece ORDER BY plan_id, split, line_id, year"));
    query.exec();
    QStringList rows;
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < 10; ++i)
            row << query.value(i).toString();
        rows << row.join(QLatin1Char('|'));
    }
    SqlQuery stale(database.connection(), QStringLiteral("SELECT plan_id FROM budget_piece_stale ORDER BY plan_id"));
    stale.exec();
    while (stale.next())
        rows << QStringLiteral("stale %1").arg(stale.value(0).toLongLong());
    return rows;
}

} // namespace

class TestImportPieces : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("%1-%2.sqlite")
                                    .arg(QTest::currentTestFunction())
                                    .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QFile::remove(m_path);
    }

    void csvImportLeavesFreshPieces_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("twice");
        QTest::newRow("one row") << 1 << false;
        QTest::newRow("more than one staged batch") << 9000 << false;
        QTest::newRow("imported again, replacing the plan") << 1500 << true;
    }

    void csvImportLeavesFreshPieces()
    {
        QFETCH(int, rows);
        QFETCH(bool, twice);
        const QString csv = writeCsv(m_dir.filePath(QStringLiteral("fresh.csv")), rows);
        Database database;
        QVERIFY(testing::createDatabase(database, m_path, true));
        for (int run = 0; run < (twice ? 2 : 1); ++run) {
            const ImportReport report = CsvImporter(database.connection(), fiscal()).run(csv);
            QVERIFY2(report.written, qPrintable(report.fatalError));
            QVERIFY(BudgetPieceTable::isFresh(database.connection()));
        }
        test::compareStoredChartsWithEveryLine(database);
        // Pieces of the replaced plan went with it.
        QCOMPARE(SqlQuery::scalar(database.connection(),
                                  QStringLiteral("SELECT count(*) FROM budget_piece p LEFT JOIN plan ON plan.id = "
                                                 "p.plan_id WHERE plan.id IS NULL"))
                     .toInt(),
                 0);
    }

    void checkConstraintsHoldAgainAfterTheImport()
    {
        // Every write of an import is checked, the pieces' too, and the checks stay on after it.
        const QString csv = writeCsv(m_dir.filePath(QStringLiteral("checks.csv")), 300);
        Database database;
        QVERIFY(testing::createDatabase(database, m_path, true));
        QVERIFY(CsvImporter(database.connection(), fiscal()).run(csv).written);
        QCOMPARE(SqlQuery::scalar(database.connection(), QStringLiteral("PRAGMA ignore_check_constraints")).toInt(), 0);
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            SqlQuery::run(database.connection(), QStringLiteral("UPDATE budget_line SET funding = 'nowhere' "
                                                                "WHERE id = (SELECT min(id) FROM budget_line)")));
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            SqlQuery::run(database.connection(), QStringLiteral("UPDATE budget_piece SET split = 7 WHERE rowid = "
                                                                "(SELECT min(rowid) FROM budget_piece)")));
    }

    void importWriterLeavesFreshPieces()
    {
        const QString csv = writeCsv(m_dir.filePath(QStringLiteral("batch.csv")), 1200);
        Database database;
        QVERIFY(testing::createDatabase(database, m_path, true));
        CsvImporter checker(database.connection(), fiscal());
        QVERIFY(!checker.check(csv).hasProblems());
        QCOMPARE(checker.batch().dataset.plans.value(0).budgetLines.size(), 1200);
        ImportWriter(database.connection()).write(checker.batch());
        test::compareStoredChartsWithEveryLine(database);
    }

    void failedImportLeavesPiecesAsTheyWere_data()
    {
        QTest::addColumn<bool>("freshBefore");
        QTest::newRow("fresh before") << true;
        QTest::newRow("a plan edited since") << false;
    }

    void failedImportLeavesPiecesAsTheyWere()
    {
        QFETCH(bool, freshBefore);
        Database database;
        QVERIFY(testing::createDatabase(database, m_path, true));
        QVERIFY(BudgetPieceTable::refresh(database.connection()) > 0);
        if (!freshBefore) {
            SqlQuery::run(database.connection(), QStringLiteral("UPDATE budget_line SET amount = amount + 1 WHERE id = "
                                                                "(SELECT min(id) FROM budget_line)"));
        }
        QCOMPARE(BudgetPieceTable::isFresh(database.connection()), freshBefore);
        const QStringList before = pieceRows(database);
        QVERIFY(!before.isEmpty());

        const QString csv = writeCsv(m_dir.filePath(QStringLiteral("bad.csv")), 9000, true);
        const ImportReport report = CsvImporter(database.connection(), fiscal()).run(csv);
        QVERIFY(!report.written);
        QCOMPARE(report.rejectedCount, 1);
        QCOMPARE(pieceRows(database), before);
    }

    void cliImportLeavesFreshPieces()
    {
        const QString csv = writeCsv(m_dir.filePath(QStringLiteral("cli.csv")), 3000);
        {
            Database database;
            QVERIFY(testing::createDatabase(database, m_path, true));
        }
        const test::CliRun run =
            test::runCli({QStringLiteral("--database"), m_path, QStringLiteral("import"), QStringLiteral("--format"),
                          QStringLiteral("csv"), QStringLiteral("--mapping"), QStringLiteral("fiscal-budget"), csv});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        Database database;
        QVERIFY(database.open(m_path, Database::Mode::ReadOnly));
        QVERIFY(SqlQuery::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM budget_line")).toInt() >=
                3000);
        test::compareStoredChartsWithEveryLine(database);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestImportPieces)
#include "TestImportPieces.moc"
