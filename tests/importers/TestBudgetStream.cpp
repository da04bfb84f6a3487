// A budget import streams its rows into the database as it reads them: what it writes must be
// exactly what a write of the whole batch writes, and a refused row anywhere must leave nothing.

#include "ImportTestSupport.h"
#include "importers/CsvImporter.h"
#include "importers/ImportWriter.h"
#include "search/SearchIndex.h"
#include "search/SearchIndexer.h"

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

/** What the search index holds: its rows, its settings, and how many texts wait to be indexed. */
QString searchIndexState(const Database &database)
{
    return SqlQuery::scalar(database.connection(),
                            QStringLiteral("SELECT (SELECT count(*) FROM search_fts) || ';' || "
                                           "(SELECT group_concat(k || '=' || v) FROM search_fts_config) || ';' || "
                                           "(SELECT count(*) FROM search_doc WHERE indexed = 0)"))
        .toString();
}

/** An FTS5 setting of the index as it applies: SQLite's default when the table does not name it. */
int ftsSetting(const Database &database, const QString &key, int fallback)
{
    const QVariant value = SqlQuery::scalar(database.connection(),
                                            QStringLiteral("SELECT v FROM search_fts_config WHERE k = '%1'").arg(key));
    return value.isNull() ? fallback : value.toInt();
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
        const QString indexBefore = searchIndexState(database);
        const ImportReport report = CsvImporter(database.connection(), fiscal()).run(csv);
        QVERIFY(!report.written);
        QCOMPARE(report.rejectedCount, bad.size());
        QCOMPARE(report.rejected.size(), bad.size());
        for (int i = 0; i < bad.size(); ++i) {
            QCOMPARE(report.rejected.at(i).line, bad.at(i) + 5); // title, unit, blank line and header come first
            QCOMPARE(report.rejected.at(i).field, QStringLiteral("국회확정(천원)"));
        }
        QCOMPARE(testing::snapshot(database), before);
        QCOMPARE(searchIndexState(database), indexBefore);
    }

    void anImportLeavesItsTextsSearchable()
    {
        const QString csv = writeCsv(m_dir.filePath(QStringLiteral("searchable.csv")), rows);
        Database database;
        QVERIFY(testing::createDatabase(database, m_dir.filePath(QStringLiteral("searchable.sqlite")), true));
        QVERIFY(!SearchIndexer(database.connection()).hasPending());
        const int automerge = ftsSetting(database, QStringLiteral("automerge"), 4);
        const int crisismerge = ftsSetting(database, QStringLiteral("crisismerge"), 16);

        const ImportReport report = CsvImporter(database.connection(), fiscal()).run(csv);
        QVERIFY2(report.written, qPrintable(report.fatalError));
        // Nothing is left for the user's first search to index: the import indexed its texts itself.
        QVERIFY(!SearchIndexer(database.connection()).hasPending());
        // Merges were deferred while it indexed; the index merges new texts as before afterwards.
        QCOMPARE(ftsSetting(database, QStringLiteral("automerge"), 4), automerge);
        QCOMPARE(ftsSetting(database, QStringLiteral("crisismerge"), 16), crisismerge);

        Database reader;
        QVERIFY(reader.open(database.path(), Database::Mode::ReadOnly));
        const SearchResult found = SearchIndex(reader.connection()).find(QStringLiteral("세부사업 387"));
        QVERIFY2(found.error.isEmpty(), qPrintable(found.error));
        QStringList titles;
        for (const SearchHit &hit : found.hits)
            titles << hit.text;
        QVERIFY2(titles.contains(QStringLiteral("세부사업 387")), qPrintable(titles.join(u'|')));
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
