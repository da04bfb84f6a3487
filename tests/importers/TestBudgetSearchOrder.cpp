// A budget import moves its lines into the database a few thousand at a time: the search index
// must still list the texts in the order they were read (within each tier, which is what ranks
// equal hits and caps the candidates) and find what a whole-batch write finds.

#include "ImportTestSupport.h"
#include "importers/BudgetStream.h"
#include "importers/CsvImporter.h"
#include "importers/ImportWriter.h"
#include "search/SearchIndex.h"
#include "search/SearchIndexer.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;

namespace {
// Past one move of staged lines, so that two of them meet.
constexpr int rows = BudgetStream::flushEvery + 700;

QString writeCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray text =
        "회계연도,소관명,회계명,분야명,부문명,프로그램명,단위사업명,세부사업명,정부안(천원),국회확정(천원),"
        "비고\r\n";
    for (int i = 0; i < rows; ++i) {
        // New elements keep appearing up to the last row (a detail business per 1,500 rows is new).
        text += QStringLiteral("%1,소관%2,일반회계,분야,부문,프로그램%3,단위사업%4,세부사업 %5,%6,%6,\r\n")
                    .arg(2020 + i % 5)
                    .arg(i % 7)
                    .arg(i % 31)
                    .arg(i % 97)
                    .arg(i % 400 + 1000 * (i / 1500))
                    .arg(1000 + (i * 7919) % 990000)
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

QStringList column(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        qFatal("%s", qPrintable(query.lastError().text()));
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

/**
 * The keys of the imported elements and lines in the order a reader meets them: each line after
 * the elements of its path that no earlier line named, top first.
 */
QStringList readingOrder(const Database &database)
{
    QHash<QString, QString> parentOf;
    QSqlQuery elements(database.connection());
    elements.exec(QStringLiteral("SELECT e.key, p.key FROM element x JOIN entity e ON e.id = x.id "
                                 "LEFT JOIN entity p ON p.id = x.parent_id WHERE e.key LIKE 'el.import.%'"));
    while (elements.next())
        parentOf.insert(elements.value(0).toString(), elements.value(1).toString());
    QSqlQuery lines(database.connection());
    lines.exec(QStringLiteral("SELECT b.key, el.key FROM budget_line x JOIN entity b ON b.id = x.id "
                              "JOIN entity el ON el.id = x.element_id WHERE b.key LIKE 'bl.import.%' "
                              "ORDER BY x.ordinal"));
    QStringList order;
    QSet<QString> seen;
    while (lines.next()) {
        QStringList path;
        for (QString key = lines.value(1).toString(); !key.isEmpty() && !seen.contains(key); key = parentOf.value(key))
            path.prepend(key);
        for (const QString &key : std::as_const(path)) {
            seen.insert(key);
            order << key;
        }
        order << lines.value(0).toString();
    }
    return order;
}

QStringList hitKeys(const Database &database, const QString &query)
{
    SearchIndex index(database.connection());
    index.sync();
    QStringList keys;
    for (const SearchHit &hit : index.search(query, 100000))
        keys << hit.entityKey + u'/' + hit.field + u'/' + hit.language;
    keys.sort();
    return keys;
}
} // namespace

class TestBudgetSearchOrder : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void searchDocumentsFollowTheRowsRead()
    {
        const QString csv = writeCsv(m_dir.filePath(QStringLiteral("order.csv")));
        Database database;
        QVERIFY(testing::createDatabase(database, m_dir.filePath(QStringLiteral("order.sqlite")), true));
        const ImportReport report = CsvImporter(database.connection(), fiscal()).run(csv);
        QVERIFY2(report.written, qPrintable(report.fatalError));
        QCOMPARE(report.imported, rows);

        const QStringList names =
            column(database, QStringLiteral("SELECT e.key FROM search_doc d JOIN entity e ON e.id = d.entity_id "
                                            "WHERE d.tier = 0 AND (e.key LIKE 'el.import.%' OR e.key LIKE "
                                            "'bl.import.%') ORDER BY d.id"));
        const QStringList expected = readingOrder(database);
        QVERIFY(expected.size() > rows);
        QCOMPARE(names, expected);

        // The quoted rows, in the order of their lines.
        const QStringList quotes =
            column(database, QStringLiteral("SELECT q.ordinal FROM search_doc d JOIN quote q ON q.id = d.entity_id "
                                            "WHERE d.origin = 'quote' AND q.source_id = (SELECT id FROM entity "
                                            "WHERE key LIKE 'src.import.%') ORDER BY d.id"));
        QCOMPARE(quotes.size(), rows);
        for (int i = 0; i < rows; ++i)
            QCOMPARE(quotes.at(i).toInt(), i);
    }

    void searchFindsWhatABatchWriteFinds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("a detail business") << QStringLiteral("세부사업 5123");
        QTest::newRow("a unit business") << QStringLiteral("단위사업42");
        QTest::newRow("initial consonants") << QStringLiteral("ㅅㅂㅅㅇ 3017");
        QTest::newRow("a quoted amount") << QStringLiteral("2021,소관3");
    }

    void searchFindsWhatABatchWriteFinds()
    {
        QFETCH(QString, query);
        if (!m_streamed.isOpen()) {
            // One pair of databases for every query: the same file imported, and written whole.
            const QString csv = writeCsv(m_dir.filePath(QStringLiteral("search.csv")));
            QVERIFY(testing::createDatabase(m_streamed, m_dir.filePath(QStringLiteral("streamed.sqlite")), true));
            QVERIFY(testing::createDatabase(m_batched, m_dir.filePath(QStringLiteral("batched.sqlite")), true));
            QVERIFY(CsvImporter(m_streamed.connection(), fiscal()).run(csv).written);
            // The import indexed its texts itself, across two moves of staged lines; hitKeys() syncs nothing.
            QVERIFY(!SearchIndexer(m_streamed.connection()).hasPending());
            CsvImporter checker(m_batched.connection(), fiscal());
            QVERIFY(!checker.check(csv).hasProblems());
            ImportWriter(m_batched.connection()).write(checker.batch());
        }
        const QStringList found = hitKeys(m_streamed, query);
        QVERIFY2(!found.isEmpty(), qPrintable(query));
        QCOMPARE(found, hitKeys(m_batched, query));
    }

private:
    QTemporaryDir m_dir;
    Database m_streamed;
    Database m_batched;
};

QTEST_GUILESS_MAIN(TestBudgetSearchOrder)
#include "TestBudgetSearchOrder.moc"
