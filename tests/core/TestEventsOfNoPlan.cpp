// The events of no plan, counted by region for the navigator's top level (schema 14): the counts are
// those of the rows, they follow a plan's deletion, and they are read from the index by plan alone,
// on a new file and on one upgraded from schema 13.

#include "benchdata/NationalGenerator.h"
#include "common/OldSchemaFile.h"
#include "query/NavigatorQuery.h"
#include "query/NavigatorQueryReaders.h"
#include "store/Database.h"
#include "store/SqlQuery.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;

namespace {
/** The events of no plan of each region, counted from the event rows themselves (no index). */
QHash<QString, int> countedFromRows(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT e.key, count(*) FROM event v NOT INDEXED JOIN entity e ON e.id = "
                                   "v.region_id WHERE v.plan_id IS NULL GROUP BY e.key")))
        return {};
    QHash<QString, int> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

/** SQLite's plan for the navigator's counts, its lines joined. */
QString planOfCounts(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") +
                    QString::fromLatin1(NavigatorQueryReaders::regionEventCounts)))
        return query.lastError().text();
    QStringList lines;
    while (query.next())
        lines << query.value(3).toString();
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TestEventsOfNoPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GeneratorOptions options;
        options.regions = 17;
        options.initiatives = 400;
        options.budgetLines = 2000;
        options.events = 600;
        options.seed = 5;
        NationalGenerator generator(options);
        QVERIFY2(generator.write(generatedPath()), qPrintable(generator.error()));
    }

    void theCountsAreThoseOfTheRows()
    {
        Database database;
        QVERIFY2(database.open(generatedPath(), Database::Mode::ReadOnly), qPrintable(database.errorString()));
        const QHash<QString, int> expected = countedFromRows(database.connection());
        QVERIFY(expected.size() > 1);
        QCOMPARE(NavigatorQuery::top(database.connection()).regionEventCounts, expected);
    }

    void aDeletedPlansEventsCountAsOfNoPlan()
    {
        const QString path = m_dir.filePath(QStringLiteral("deleted.sqlite"));
        QVERIFY(QFile::copy(generatedPath(), path));
        Database database;
        QVERIFY2(database.open(path), qPrintable(database.errorString()));
        const QSqlDatabase db = database.connection();
        // The plan with the most events: deleting it leaves them to their region, of no plan.
        const QVariant plan =
            SqlQuery::scalar(db, QStringLiteral("SELECT plan_id FROM event WHERE plan_id IS NOT NULL GROUP BY plan_id "
                                                "ORDER BY count(*) DESC LIMIT 1"));
        QVERIFY(!plan.isNull());
        const QString region =
            SqlQuery::scalar(db, QStringLiteral("SELECT e.key FROM plan p JOIN entity e ON e.id = p.region_id "
                                                "WHERE p.id = %1")
                                     .arg(plan.toLongLong()))
                .toString();
        const int before = NavigatorQuery::top(db).regionEventCounts.value(region);
        const int moved =
            SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM event WHERE plan_id = %1").arg(plan.toLongLong()))
                .toInt();
        QVERIFY(moved > 0);
        QSqlQuery remove(db);
        QVERIFY2(remove.exec(QStringLiteral("DELETE FROM entity WHERE id = %1").arg(plan.toLongLong())),
                 qPrintable(remove.lastError().text()));

        const QHash<QString, int> counts = NavigatorQuery::top(db).regionEventCounts;
        QCOMPARE(counts.value(region), before + moved);
        QCOMPARE(counts, countedFromRows(db));
    }

    void theCountsReadTheIndexAlone_data()
    {
        QTest::addColumn<bool>("upgraded");
        QTest::addRow("new file") << false;
        QTest::addRow("upgraded from schema 13") << true;
    }

    void theCountsReadTheIndexAlone()
    {
        QFETCH(bool, upgraded);
        // A new file is the generated one, made at the latest schema.
        const QString path = upgraded ? m_dir.filePath(QStringLiteral("old.sqlite")) : generatedPath();
        if (upgraded) {
            const QString error = testing::writeOldSchemaFile(path, 13);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        Database database;
        QVERIFY2(database.open(path), qPrintable(database.errorString()));
        QCOMPARE(database.schemaVersion(), Database::latestSchemaVersion());
        const QString plan = planOfCounts(database.connection());
        // Each event of no plan is an entry of the index, its region beside it: no row is read, and the
        // entries come in the order of their regions, so no temporary B-tree groups them.
        QVERIFY2(plan.contains(QLatin1String("COVERING INDEX event_plan")), qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
    }

private:
    QString generatedPath() const { return m_dir.filePath(QStringLiteral("generated.sqlite")); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestEventsOfNoPlan)
#include "TestEventsOfNoPlan.moc"
