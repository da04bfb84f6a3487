#include "dataset/BuiltinDataset.h"
#include "dataset/DatasetJsonReader.h"
#include "store/Database.h"
#include "store/DatasetStore.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;

namespace {
Dataset minimalDataset()
{
    DatasetJsonReader reader;
    reader.readFile(QStringLiteral(INNOATLAS_TEST_DATA_DIR "/datasets/minimal.json"));
    if (!reader.finish())
        qFatal("minimal.json does not read: %s", qPrintable(reader.issues().first().toString()));
    return reader.dataset();
}

int count(const Database &db, const QString &table)
{
    return SqlQuery::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}
} // namespace

class TestDatasetStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        // A file per test and data row: each starts empty.
        const QString name = QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-') +
                             QString::fromLatin1(QTest::currentDataTag() ? QTest::currentDataTag() : "");
        const QString path =
            m_dir.filePath(QString(name).replace(QLatin1Char(' '), QLatin1Char('_')) + QStringLiteral(".sqlite"));
        QVERIFY(m_db->openOrCreate(path, [](Database &, QString *) { return true; }));
    }

    void cleanup() { m_db.reset(); }

    void withoutBudgetLinesEverythingElseIsLoaded()
    {
        // The built-in data: lines with quoted and corrected amounts, next to figures of every other kind.
        Dataset dataset;
        QVector<DatasetIssue> issues;
        QVERIFY(BuiltinDataset::read(&dataset, &issues));
        DatasetStore store(m_db->connection());
        store.insert(dataset);
        Dataset expected = store.load();
        int lines = 0;
        for (Plan &plan : expected.plans) {
            lines += plan.budgetLines.size();
            plan.budgetLines.clear();
        }
        QVERIFY(lines > 0);
        const Dataset lean = store.load(DatasetStore::Scope::WithoutBudgetLines);
        QVERIFY(lean == expected);
    }

    void aRegionIsReadWhole_data()
    {
        QTest::addColumn<bool>("builtin");
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("ownPlans");
        QTest::newRow("Daejeon, of three cities") << true << QStringLiteral("region.daejeon") << 4;
        QTest::newRow("Busan, of three cities") << true << QStringLiteral("region.busan") << 1;
        QTest::newRow("a city with a participation") << false << QStringLiteral("region.test-city") << 1;
        QTest::newRow("a region of no plan") << false << QStringLiteral("region.test-country") << 0;
        QTest::newRow("no such region") << true << QStringLiteral("region.nowhere") << 0;
    }

    void aRegionIsReadWhole()
    {
        // What a city's report shows: that city's plans, events and participations as load() reads them, every other
        // plan by its key, region and title, and everything else (regions, themes, sources, organisations) whole.
        QFETCH(bool, builtin);
        QFETCH(QString, region);
        QFETCH(int, ownPlans);
        Dataset dataset;
        QVector<DatasetIssue> issues;
        if (builtin)
            QVERIFY(BuiltinDataset::read(&dataset, &issues));
        else
            dataset = minimalDataset();
        DatasetStore store(m_db->connection());
        store.insert(dataset);
        const Dataset whole = store.load();

        Dataset expected = whole;
        QSet<QString> plans;
        for (Plan &plan : expected.plans) {
            if (plan.regionKey == region) {
                plans.insert(plan.key);
                continue;
            }
            Plan named;
            named.key = plan.key;
            named.regionKey = plan.regionKey;
            named.title = plan.title;
            plan = named;
        }
        QCOMPARE(plans.size(), ownPlans);
        expected.events.removeIf(
            [&](const Event &event) { return event.regionKey != region && !plans.contains(event.planKey); });
        QSet<QString> events;
        for (const Event &event : std::as_const(expected.events))
            events.insert(event.key);
        expected.participations.removeIf([&](const Participation &participation) {
            return !plans.contains(participation.planKey) && !events.contains(participation.eventKey);
        });
        QCOMPARE(events.isEmpty(), ownPlans == 0);

        const Dataset read = store.loadRegion(region);
        QVERIFY(read.regions == expected.regions);
        QVERIFY(read.themes == expected.themes);
        QVERIFY(read.sources == expected.sources);
        QVERIFY(read.organisations == expected.organisations);
        QCOMPARE(read.plans.size(), whole.plans.size());
        for (int i = 0; i < read.plans.size(); ++i)
            QVERIFY2(read.plans.at(i) == expected.plans.at(i), qPrintable(expected.plans.at(i).key));
        QCOMPARE(read.events.size(), expected.events.size());
        QVERIFY(read.events == expected.events);
        QCOMPARE(read.participations.size(), expected.participations.size());
        QVERIFY(read.participations == expected.participations);
        QVERIFY(read == expected);
    }

    void forTimelinesAndTargetsOnlyWhatTheyShowIsLoaded()
    {
        // The minimal document has one of everything (an element tree, indicators, a participation ...).
        Dataset dataset = minimalDataset();
        dataset.events.first().description.ko = QStringLiteral("발사 시험 설명");
        dataset.events.first().description.en = QStringLiteral("About the launch test");
        dataset.events.first().description.koStatus = ReviewStatus::Approved;
        dataset.events.first().description.enStatus = ReviewStatus::Draft;
        DatasetStore store(m_db->connection());
        store.insert(dataset);
        Dataset expected = store.load();
        QVERIFY(!expected.organisations.isEmpty());
        QVERIFY(!expected.participations.isEmpty());
        expected.organisations.clear();
        expected.participations.clear();
        int elements = 0;
        int targets = 0;
        for (Region &region : expected.regions) {
            region.population.clear();
            region.indicators.clear();
        }
        for (Plan &plan : expected.plans) {
            elements += plan.elements.size();
            targets += plan.targets.size();
            plan.vision = {};
            plan.summary = {};
            plan.announced.reset();
            plan.headlineBudget.reset();
            plan.statedCounts.clear();
            plan.elements.clear();
            plan.budgetLines.clear();
            plan.indicators.clear();
        }
        int described = 0;
        for (Event &event : expected.events) {
            described += event.description.isEmpty() ? 0 : 1;
            event.description = {};
        }
        QVERIFY(elements > 0 && targets > 0 && described > 0);
        const Dataset lean = store.load(DatasetStore::Scope::TimelinesAndTargets);
        QVERIFY(lean.sources == expected.sources);
        QVERIFY(lean.themes == expected.themes);
        QVERIFY(lean.regions == expected.regions);
        QVERIFY(lean.plans == expected.plans);
        QVERIFY(lean.events == expected.events);
        QVERIFY(lean == expected);
    }

    void insertThenLoadGivesIdenticalData()
    {
        const Dataset dataset = minimalDataset();
        DatasetStore store(m_db->connection());
        store.insert(dataset);
        const Dataset loaded = store.load();
        QCOMPARE(loaded.plans.size(), 1);
        QCOMPARE(loaded.plans.first().budgetLines.size(), 2);
        QCOMPARE(loaded.plans.first().elements.first().children.size(), 1);
        QCOMPARE(loaded.regions.at(1).parentKey, QStringLiteral("region.test-country"));
        QCOMPARE(loaded.regions.at(1).name.koStatus, ReviewStatus::Approved);
        QCOMPARE(loaded.plans.first().indicators.first().value.value, QStringLiteral("46200"));
        QCOMPARE(loaded.regions.at(1).indicators.first().value.year, std::optional<int>(2022));
        QVERIFY(loaded.sources == dataset.sources);
        QVERIFY(loaded.regions == dataset.regions);
        QVERIFY(loaded.plans == dataset.plans);
        QVERIFY(loaded.events == dataset.events);
        QVERIFY(loaded.participations == dataset.participations);
        QVERIFY(loaded == dataset);
    }

    void everyFigureLinksToAQuote()
    {
        DatasetStore(m_db->connection()).insert(minimalDataset());
        QCOMPARE(SqlQuery::scalar(m_db->connection(),
                                  QStringLiteral("SELECT count(*) FROM figure f WHERE NOT EXISTS "
                                                 "(SELECT 1 FROM figure_quote q WHERE q.figure_id = f.id)"))
                     .toInt(),
                 0);
        // headline budget, period, announced, 2 counts, 2 amounts, baseline, target, event date, population,
        // 2 indicators
        QCOMPARE(count(*m_db, QStringLiteral("figure")), 13);
    }

    void failedInsertWritesNothing()
    {
        Dataset dataset = minimalDataset();
        // The last participation names an organisation that does not exist: found only at the very end.
        dataset.participations.first().organisationKey = QStringLiteral("org.nowhere");
        DatasetStore store(m_db->connection());
        QVERIFY_THROWS_EXCEPTION(StoreError, store.insert(dataset));
        QCOMPARE(count(*m_db, QStringLiteral("entity")), 0);
        QCOMPARE(count(*m_db, QStringLiteral("localized_text")), 0);
        QCOMPARE(count(*m_db, QStringLiteral("plan")), 0);
    }

    void constraintViolationRollsBack()
    {
        Dataset dataset = minimalDataset();
        dataset.plans.first().budgetLines.first().amount.won = -1; // the schema refuses negative amounts
        QVERIFY_THROWS_EXCEPTION(StoreError, DatasetStore(m_db->connection()).insert(dataset));
        QCOMPARE(count(*m_db, QStringLiteral("entity")), 0);
    }

    void duplicateKeyAcrossInsertsIsRefused()
    {
        DatasetStore store(m_db->connection());
        store.insert(minimalDataset());
        const int before = count(*m_db, QStringLiteral("entity"));
        QVERIFY_THROWS_EXCEPTION(StoreError, store.insert(minimalDataset()));
        QCOMPARE(count(*m_db, QStringLiteral("entity")), before);
    }

    void regionWithPlansCannotBeDeleted()
    {
        DatasetStore(m_db->connection()).insert(minimalDataset());
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM entity WHERE key = 'region.test-city'")));
        QCOMPARE(count(*m_db, QStringLiteral("region")), 2);
    }

    void deletingAPlanRemovesItsParts()
    {
        DatasetStore(m_db->connection()).insert(minimalDataset());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM entity WHERE key = 'plan.test-space'")));
        QCOMPARE(count(*m_db, QStringLiteral("budget_line")), 0);
        QCOMPARE(count(*m_db, QStringLiteral("element")), 0);
        QCOMPARE(count(*m_db, QStringLiteral("plan_theme")), 0);
        // No entity, text or figure of the plan's parts is left behind.
        QCOMPARE(SqlQuery::scalar(m_db->connection(),
                                  QStringLiteral("SELECT count(*) FROM entity WHERE kind IN "
                                                 "('plan', 'budget_line', 'element', 'stated_count', 'target')"))
                     .toInt(),
                 0);
        // The plan's indicator went with it; the region's stays.
        QCOMPARE(SqlQuery::scalar(m_db->connection(), QStringLiteral("SELECT group_concat(e.key) FROM indicator i "
                                                                     "JOIN entity e ON e.id = i.id"))
                     .toString(),
                 QStringLiteral("ind.test.companies"));
        QCOMPARE(SqlQuery::scalar(m_db->connection(),
                                  QStringLiteral("SELECT count(*) FROM figure f JOIN entity e ON e.id = f.id "
                                                 "WHERE e.key LIKE 'plan.test-space#%' OR e.key LIKE 'bl.test.%'"))
                     .toInt(),
                 0);
        QCOMPARE(
            SqlQuery::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM event WHERE plan_id IS NULL"))
                .toInt(),
            1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestDatasetStore)
#include "TestDatasetStore.moc"
