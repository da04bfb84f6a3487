// A budget import streams its rows into the database as it reads them: what it writes must be
// exactly what a write of the whole batch writes, and a refused row anywhere must leave nothing.

#include "ImportTestSupport.h"
#include "importers/CsvImporter.h"
#include "importers/ImportWriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;

namespace {
constexpr int rows = 2500; // more than the preview keeps

/** A fiscal-budget table of @p count rows; the lines in @p bad get an amount that is not a number. */
QString writeCsv(const QString &path, int count, const QList<int> &bad = {})
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray text =
        "\"세출 세부사업 예산편성현황\"\r\n(단위: 천원)\r\n\r\n"
        "회계연도,소관명,회계명,분야명,부문명,프로그램명,단위사업명,세부사업명,정부안(천원),국회확정(천원),"
        "비고\r\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray amount = bad.contains(i) ? "12억원?" : QByteArray::number(1000 + (i * 7919) % 990000);
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

qint64 lineCount(const Database &database)
{
    return SqlQuery::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM budget_line")).toLongLong();
}
} // namespace

class TestBudgetStream : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void streamedImportWritesWhatABatchWrites()
    {
        const QString csv = writeCsv(m_dir.filePath(QStringLiteral("same.csv")), rows);
        Database streamed;
        Database batched;
        QVERIFY(testing::createDatabase(streamed, m_dir.filePath(QStringLiteral("streamed.sqlite")), true));
        QVERIFY(testing::createDatabase(batched, m_dir.filePath(QStringLiteral("batched.sqlite")), true));

        CsvImporter importer(streamed.connection(), fiscal());
        const ImportReport report = importer.run(csv);
        QVERIFY2(report.written, qPrintable(report.fatalError));
        QCOMPARE(report.imported, rows);

        // check() keeps the whole batch; ImportWriter writes it as every import did before streaming.
        CsvImporter checker(batched.connection(), fiscal());
        QVERIFY(!checker.check(csv).hasProblems());
        QCOMPARE(checker.batch().dataset.plans.value(0).budgetLines.size(), rows);
        ImportWriter(batched.connection()).write(checker.batch());

        QCOMPARE(lineCount(streamed), lineCount(batched));
        QCOMPARE(testing::snapshot(streamed), testing::snapshot(batched));
    }

    void previewKeepsTheFirstRows()
    {
        const QString csv = writeCsv(m_dir.filePath(QStringLiteral("preview.csv")), rows);
        Database database;
        QVERIFY(testing::createDatabase(database, m_dir.filePath(QStringLiteral("preview.sqlite")), true));
        const qint64 before = lineCount(database);
        CsvImporter importer(database.connection(), fiscal());
        QVERIFY(importer.run(csv).written);
        QCOMPARE(lineCount(database) - before, rows);
        const Plan plan = importer.batch().dataset.plans.value(0);
        QCOMPARE(plan.budgetLines.size(), 1000);
        QCOMPARE(plan.budgetLines.first().amount.won, 1000 * 1000);
        QCOMPARE(importer.batch().dataset.sources.value(0).quotes.size(), 1000);
    }

    void aBadRowAnywhereWritesNothing_data()
    {
        QTest::addColumn<QList<int>>("bad");
        QTest::newRow("first") << QList<int>{0};
        QTest::newRow("after the preview") << QList<int>{1500};
        QTest::newRow("last") << QList<int>{rows - 1};
        QTest::newRow("three") << QList<int>{3, 1200, rows - 2};
    }

    void aBadRowAnywhereWritesNothing()
    {
        QFETCH(QList<int>, bad);
        const QString csv = writeCsv(m_dir.filePath(QStringLiteral("bad.csv")), rows, bad);
        Database database;
        QVERIFY(
            testing::createDatabase(database, m_dir.filePath(QStringLiteral("bad-%1.sqlite").arg(bad.size())), true));
        const QByteArray before = testing::snapshot(database);
        const ImportReport report = CsvImporter(database.connection(), fiscal()).run(csv);
        QVERIFY(!report.written);
        QCOMPARE(report.rejectedCount, bad.size());
        QCOMPARE(report.rejected.size(), bad.size());
        for (int i = 0; i < bad.size(); ++i) {
            QCOMPARE(report.rejected.at(i).line, bad.at(i) + 5); // title, unit, blank line and header come first
            QCOMPARE(report.rejected.at(i).field, QStringLiteral("국회확정(천원)"));
        }
        QCOMPARE(testing::snapshot(database), before);
    }

    void againReplacesThePlan()
    {
        const QString csv = writeCsv(m_dir.filePath(QStringLiteral("again.csv")), rows);
        Database database;
        QVERIFY(testing::createDatabase(database, m_dir.filePath(QStringLiteral("again.sqlite")), true));
        const qint64 before = lineCount(database);
        QVERIFY(CsvImporter(database.connection(), fiscal()).run(csv).written);
        const QByteArray once = testing::snapshot(database);
        const ImportReport again = CsvImporter(database.connection(), fiscal()).run(csv);
        QVERIFY2(again.written, qPrintable(again.fatalError));
        QCOMPARE(again.updated, rows);
        QCOMPARE(lineCount(database) - before, rows);
        // The same plan again, on the quotes the first import left (the source is the same file's).
        QCOMPARE(testing::snapshot(database), once);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestBudgetStream)
#include "TestBudgetStream.moc"
