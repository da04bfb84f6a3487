// The charts counted from the stored pieces (budget_piece, StoredBudgetPieces) against the charts
// counted from every line in memory: the same categories, series, values, axis, notes and sources,
// for every kind of chart, and kept true when lines change.

#include "charts/BudgetAllocation.h"
#include "charts/BudgetPieceTable.h"
#include "charts/ChartSnapshot.h"
#include "charts/InvestmentChartBuilder.h"
#include "charts/InvestmentChartCache.h"
#include "common/ChartComparison.h"
#include "dataset/BuiltinDataset.h"
#include "store/Database.h"
#include "store/DatasetStore.h"
#include "store/SqlQuery.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;
using innoatlas::test::compareCharts;

namespace {
InvestmentRequest request(ChartDimension dimension, ChartBreakdown breakdown, const QString &kind = "planned")
{
    InvestmentRequest r;
    r.dimension = dimension;
    r.breakdown = breakdown;
    r.kind = kind;
    return r;
}

/** A plan of Daejeon with lines that nest, tie, contradict each other and lack years, quoting one or two sources. */
Plan randomPlan(const Dataset &dataset, quint32 seed, int count)
{
    QRandomGenerator random(seed);
    const QStringList fundings{"national", "city", "mixed", "unknown", "private"};
    const QStringList kinds{"planned", "secured", "invested"};
    QStringList quotes;
    for (const Source &source : dataset.sources) {
        if (!source.quotes.isEmpty() && quotes.size() < 2)
            quotes << source.quotes.first().key;
    }
    Plan plan;
    plan.key = QStringLiteral("plan.random-%1").arg(seed);
    plan.regionKey = QStringLiteral("region.daejeon");
    plan.title.ko = QStringLiteral("무작위 계획 %1").arg(seed);
    plan.title.en = QStringLiteral("Random plan %1").arg(seed);
    plan.title.koStatus = plan.title.enStatus = ReviewStatus::Draft;
    plan.themeKeys = QStringList{dataset.themes.first().key, dataset.themes.last().key};
    for (int i = 0; i < count; ++i) {
        BudgetLine line;
        line.key = QStringLiteral("%1#budget.%2").arg(plan.key).arg(i);
        if (random.bounded(10) > 0) {
            line.fromYear = 2020 + random.bounded(6);
            line.toYear = *line.fromYear + (random.bounded(3) == 0 ? 0 : random.bounded(5));
        }
        line.amount.won = qint64(1 + random.bounded(12)) * (random.bounded(4) == 0 ? 100'000'000 : 10'000'000);
        const int quote = random.bounded(quotes.size());
        line.amount.citation.quoteKeys << quotes.at(quote);
        if (quotes.size() == 2 && random.bounded(5) == 0)
            line.amount.citation.quoteKeys << quotes.at(1 - quote); // two sources, in either order
        line.funding = fundings.at(random.bounded(fundings.size()));
        line.kind = kinds.at(random.bounded(kinds.size()));
        plan.budgetLines << line;
    }
    return plan;
}

/**
 * A plan of two equal three-year lines that both hold a one-year line: the first listed holds it,
 * so listing them the other way round moves amounts between years.
 */
Plan tiedPlan(const Dataset &dataset)
{
    Plan plan;
    plan.key = QStringLiteral("plan.tied");
    plan.regionKey = QStringLiteral("region.daejeon");
    plan.title.ko = QStringLiteral("동률 계획");
    plan.title.en = QStringLiteral("Tied plan");
    plan.title.koStatus = plan.title.enStatus = ReviewStatus::Draft;
    const QVector<std::tuple<int, int, qint64>> lines{
        {2021, 2023, 300'000'000}, {2022, 2024, 300'000'000}, {2022, 2022, 90'000'000}};
    for (const auto &[from, to, won] : lines) {
        BudgetLine line;
        line.key = QStringLiteral("%1#budget.%2").arg(plan.key).arg(plan.budgetLines.size());
        line.fromYear = from;
        line.toYear = to;
        line.amount.won = won;
        line.amount.citation.quoteKeys << dataset.sources.first().quotes.first().key;
        line.funding = QStringLiteral("national");
        line.kind = QStringLiteral("planned");
        plan.budgetLines << line;
    }
    return plan;
}

} // namespace

class TestStoredBudgetPieces : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVector<DatasetIssue> issues;
        QVERIFY(BuiltinDataset::read(&m_dataset, &issues));
        m_dataset.plans << tiedPlan(m_dataset) << randomPlan(m_dataset, 7, 60) << randomPlan(m_dataset, 11, 25);
    }

    void init()
    {
        m_db = std::make_unique<Database>();
        const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        QFile::remove(path);
        QVERIFY(m_db->openOrCreate(path, [](Database &, QString *) { return true; }));
        DatasetStore(m_db->connection()).insert(m_dataset);
    }

    void cleanup() { m_db.reset(); }

    void storedChartsEqualCountedCharts_data()
    {
        QTest::addColumn<InvestmentRequest>("request");
        const QVector<QPair<const char *, ChartDimension>> dimensions{{"city", ChartDimension::City},
                                                                      {"plan", ChartDimension::Plan},
                                                                      {"theme", ChartDimension::Theme},
                                                                      {"year", ChartDimension::Year},
                                                                      {"funding", ChartDimension::Funding}};
        const QVector<QPair<const char *, ChartBreakdown>> breakdowns{{"none", ChartBreakdown::None},
                                                                      {"kind", ChartBreakdown::Kind},
                                                                      {"funding", ChartBreakdown::Funding},
                                                                      {"city", ChartBreakdown::City},
                                                                      {"plan", ChartBreakdown::Plan}};
        for (const auto &[dimensionName, dimension] : dimensions) {
            for (const auto &[breakdownName, breakdown] : breakdowns) {
                for (const char *kind : {"planned", "secured", "invested"}) {
                    if (breakdown == ChartBreakdown::Kind && QByteArray(kind) != "planned")
                        continue;
                    QTest::addRow("%s by %s, %s", dimensionName, breakdownName, kind)
                        << request(dimension, breakdown, QString::fromLatin1(kind));
                }
            }
        }
        InvestmentRequest perCapita = request(ChartDimension::City, ChartBreakdown::Funding);
        perCapita.perCapita = true;
        QTest::newRow("per resident") << perCapita;
        InvestmentRequest filtered = request(ChartDimension::Year, ChartBreakdown::Plan);
        filtered.cityKeys = QStringList{"region.daejeon"};
        QTest::newRow("one city by year") << filtered;
        InvestmentRequest themed = request(ChartDimension::Theme, ChartBreakdown::Kind);
        themed.themeKeys = QStringList{m_dataset.themes.first().key};
        QTest::newRow("one theme") << themed;
    }

    void storedChartsEqualCountedCharts()
    {
        QFETCH(InvestmentRequest, request);
        const std::optional<ChartSnapshot> snapshot = ChartSnapshot::readStored(*m_db);
        QVERIFY(snapshot);
        QVERIFY(snapshot->pieces);
        QVERIFY(std::all_of(snapshot->dataset->plans.cbegin(), snapshot->dataset->plans.cend(),
                            [](const Plan &plan) { return plan.budgetLines.isEmpty(); }));
        for (const Language language : {Language::Korean, Language::English}) {
            const ChartSpec stored =
                InvestmentChartBuilder(*snapshot->dataset, snapshot->pieces.get()).build(request, language);
            const ChartSpec counted = InvestmentChartBuilder(m_dataset).build(request, language);
            compareCharts(stored, counted);
            if (QTest::currentTestFailed())
                return;
            // A slide's chart, its values only: the same values, sources and notes, from either path.
            compareCharts(InvestmentChartBuilder(*snapshot->dataset, snapshot->pieces.get())
                              .build(request, language, ChartDetail::ValuesOnly),
                          counted);
            compareCharts(InvestmentChartBuilder(m_dataset).build(request, language, ChartDetail::ValuesOnly), counted);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void storedPiecesGroupAlikeLines()
    {
        const std::optional<ChartSnapshot> snapshot = ChartSnapshot::readStored(*m_db);
        QVERIFY(snapshot);
        const ChartSpec spec = InvestmentChartBuilder(*snapshot->dataset, snapshot->pieces.get())
                                   .build(request(ChartDimension::Plan, ChartBreakdown::Funding), Language::English);
        // The random plan's 60 lines are fewer contributions, and each says how many lines it sums.
        int lines = 0;
        int contributions = 0;
        for (const ChartSeries &series : spec.series) {
            for (const ChartValue &value : series.values) {
                for (const ChartContribution &c : value.contributions) {
                    lines += c.lines;
                    ++contributions;
                    QVERIFY(c.line >= 0 && c.line < spec.lines.size());
                    QVERIFY(spec.lineOf(c).label.startsWith(QStringLiteral("%1 budget line").arg(c.lines)));
                }
            }
        }
        QVERIFY(contributions < lines);
        QCOMPARE(snapshot->pieces->queryCount(), 1); // one GROUP BY for the whole pieces of planned amounts
        // Stored summed: fewer rows than the lines' pieces they stand for, each piece counted once.
        QSqlQuery stored(m_db->connection());
        QVERIFY(stored.exec(QStringLiteral("SELECT count(*), sum(lines) FROM budget_piece WHERE split = 0")));
        QVERIFY(stored.next());
        QVERIFY2(
            stored.value(0).toInt() < stored.value(1).toInt(),
            qPrintable(
                QStringLiteral("%1 rows for %2 pieces").arg(stored.value(0).toInt()).arg(stored.value(1).toInt())));
        int pieces = 0;
        for (const Plan &plan : m_dataset.plans)
            pieces += BudgetAllocation::wholePieces(plan).size();
        QCOMPARE(stored.value(1).toInt(), pieces);
    }

    void piecesOverOthersReadOnlyWhatTheOthersHaveNot()
    {
        // A presenter deck's charts beside the Investment tab's: what the tab has read is not read again, and what
        // the deck reads stays the deck's.
        const std::optional<ChartSnapshot> snapshot = ChartSnapshot::readStored(*m_db);
        QVERIFY(snapshot);
        const std::shared_ptr<StoredBudgetPieces> tab = snapshot->pieces;
        const InvestmentRequest byCity = request(ChartDimension::City, ChartBreakdown::Funding);
        compareCharts(InvestmentChartBuilder(*snapshot->dataset, tab.get()).build(byCity, Language::English),
                      InvestmentChartBuilder(m_dataset).build(byCity, Language::English));
        QCOMPARE(tab->queryCount(), 1);

        const std::shared_ptr<StoredBudgetPieces> deck = StoredBudgetPieces::over(tab);
        InvestmentChartBuilder deckCharts(*snapshot->dataset, deck.get());
        compareCharts(deckCharts.build(byCity, Language::Korean),
                      InvestmentChartBuilder(m_dataset).build(byCity, Language::Korean));
        QCOMPARE(deck->queryCount(), 0);
        QCOMPARE(tab->queryCount(), 1);

        const InvestmentRequest byYear = request(ChartDimension::Year, ChartBreakdown::Plan, QStringLiteral("secured"));
        compareCharts(deckCharts.build(byYear, Language::English),
                      InvestmentChartBuilder(m_dataset).build(byYear, Language::English));
        QCOMPARE(deck->queryCount(), 2); // the shares of each year, and the lines without years
        QCOMPARE(tab->queryCount(), 1);
        deckCharts.build(byYear, Language::Korean);
        QCOMPARE(deck->queryCount(), 2);
    }

    void changedLinesAreCountedAgain()
    {
        // Just inserted: every plan with lines is stale.
        QVERIFY(!BudgetPieceTable::isFresh(m_db->connection()));
        const auto withLines = std::count_if(m_dataset.plans.cbegin(), m_dataset.plans.cend(),
                                             [](const Plan &plan) { return !plan.budgetLines.isEmpty(); });
        QVector<QPair<int, int>> told;
        QCOMPARE(BudgetPieceTable::refresh(m_db->connection(),
                                           [&](int done, int total) {
                                               told.append({done, total});
                                           }),
                 int(withLines));
        QCOMPARE(told.size(), int(withLines)); // once a plan, up to all of them
        QCOMPARE(told.last(), qMakePair(int(withLines), int(withLines)));
        QVERIFY(BudgetPieceTable::isFresh(m_db->connection()));
        QCOMPARE(BudgetPieceTable::refresh(m_db->connection()), 0);

        // An amount changed, a line moved to another funding source, a plan deleted: whatever writes them.
        const QSqlDatabase db = m_db->connection();
        SqlQuery::run(db, QStringLiteral("UPDATE budget_line SET amount = amount + 123456789 WHERE id = "
                                         "(SELECT id FROM entity WHERE key = 'plan.random-7#budget.3')"));
        SqlQuery::run(db, QStringLiteral("UPDATE budget_line SET funding = 'private' WHERE id = "
                                         "(SELECT id FROM entity WHERE key = 'plan.random-11#budget.0')"));
        QVERIFY(!BudgetPieceTable::isFresh(db));
        const std::optional<ChartSnapshot> snapshot = ChartSnapshot::readStored(*m_db);
        QVERIFY(snapshot);
        QVERIFY(BudgetPieceTable::isFresh(db));
        const Dataset changed = DatasetStore(db).load();
        for (const InvestmentRequest &r : {request(ChartDimension::Plan, ChartBreakdown::Funding),
                                           request(ChartDimension::Year, ChartBreakdown::Kind)}) {
            compareCharts(InvestmentChartBuilder(*snapshot->dataset, snapshot->pieces.get()).build(r, Language::Korean),
                          InvestmentChartBuilder(changed).build(r, Language::Korean));
            if (QTest::currentTestFailed())
                return;
        }

        SqlQuery::run(
            db, QStringLiteral("DELETE FROM plan WHERE id = (SELECT id FROM entity WHERE key = 'plan.random-7')"));
        QCOMPARE(BudgetPieceTable::refresh(db), 1);
        QCOMPARE(SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM budget_piece p LEFT JOIN plan ON plan.id = "
                                                     "p.plan_id WHERE plan.id IS NULL"))
                     .toInt(),
                 0);
    }

    void deletingAnElementKeepsItsLines()
    {
        // Deleting an element that budget lines name sets their element to NULL, a foreign key action: the
        // plan is counted again, and a second line of the same plan does not fail the delete.
        const QSqlDatabase db = m_db->connection();
        BudgetPieceTable::refresh(db);
        QVERIFY(BudgetPieceTable::isFresh(db));
        const QString named = QStringLiteral("SELECT element_id FROM budget_line WHERE element_id IS NOT NULL "
                                             "GROUP BY element_id ORDER BY count(*) DESC, element_id LIMIT 1");
        const qint64 element = SqlQuery::scalar(db, named).toLongLong();
        QVERIFY(element > 0);
        const int lines = SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM budget_line")).toInt();
        SqlQuery(db, QStringLiteral("DELETE FROM entity WHERE id = ?")).bind(element).exec();
        QCOMPARE(SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM budget_line")).toInt(), lines);
        QVERIFY(!BudgetPieceTable::isFresh(db));
        QCOMPARE(BudgetPieceTable::refresh(db), 1);
        const std::optional<ChartSnapshot> snapshot = ChartSnapshot::readStored(*m_db);
        QVERIFY(snapshot);
        const Dataset changed = DatasetStore(db).load();
        const InvestmentRequest r = request(ChartDimension::Plan, ChartBreakdown::Funding);
        compareCharts(InvestmentChartBuilder(*snapshot->dataset, snapshot->pieces.get()).build(r, Language::Korean),
                      InvestmentChartBuilder(changed).build(r, Language::Korean));
    }

    void reorderedLinesCountInTheirNewOrder()
    {
        // Lines moved in the list: the first listed of two equal lines holds the line inside both, so
        // the pieces follow the new order, not the order the lines were written in.
        QVERIFY(BudgetPieceTable::refresh(m_db->connection()) > 0);
        const QSqlDatabase db = m_db->connection();
        for (const char *key : {"plan.tied", "plan.random-7"}) {
            SqlQuery::run(db, QStringLiteral("UPDATE budget_line SET ordinal = -ordinal WHERE plan_id = "
                                             "(SELECT id FROM entity WHERE key = '%1')")
                                  .arg(QLatin1String(key)));
        }
        QVERIFY(!BudgetPieceTable::isFresh(db));
        const std::optional<ChartSnapshot> snapshot = ChartSnapshot::readStored(*m_db);
        QVERIFY(snapshot);
        const Dataset reordered = DatasetStore(db).load();
        const auto tied = std::find_if(reordered.plans.cbegin(), reordered.plans.cend(),
                                       [](const Plan &p) { return p.key == u"plan.tied"; });
        QVERIFY(tied != reordered.plans.cend());
        QCOMPARE(tied->budgetLines.first().key, QStringLiteral("plan.tied#budget.2"));
        const InvestmentRequest byYear = request(ChartDimension::Year, ChartBreakdown::Plan);
        // The order matters: counted in the old order, the years come out otherwise.
        const ChartSpec before = InvestmentChartBuilder(m_dataset).build(byYear, Language::English);
        const ChartSpec after = InvestmentChartBuilder(reordered).build(byYear, Language::English);
        auto totals = [](const ChartSpec &spec) {
            QVector<qint64> won;
            for (const ChartSeries &series : spec.series) {
                for (const ChartValue &value : series.values)
                    won << value.total();
            }
            return won;
        };
        QVERIFY(totals(before) != totals(after));
        for (const InvestmentRequest &r : {byYear, request(ChartDimension::Funding, ChartBreakdown::Kind, "secured"),
                                           request(ChartDimension::Plan, ChartBreakdown::None, "invested")}) {
            compareCharts(
                InvestmentChartBuilder(*snapshot->dataset, snapshot->pieces.get()).build(r, Language::English),
                InvestmentChartBuilder(reordered).build(r, Language::English));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void chartsReadAheadGoOnThroughTheConnectionGiven()
    {
        const QString path = m_db->connection().databaseName();
        const InvestmentRequest first = request(ChartDimension::City, ChartBreakdown::Kind);
        // A read ahead does not write: with the pieces stale it reads nothing.
        QVERIFY(!InvestmentChartCache::readAhead(path, first, Language::Korean));
        QVERIFY(ChartSnapshot::readStored(*m_db)); // stores the pieces

        // Its own connection is let go before it closes, and nothing reads through it after.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*still in use.*")));
        const std::shared_ptr<InvestmentChartCache> ahead =
            InvestmentChartCache::readAhead(path, first, Language::Korean);
        QVERIFY(ahead);
        QCOMPARE(ahead->builtCount(), 1);
        QCOMPARE(ahead->dataset()->plans.size(), m_dataset.plans.size());
        ahead->setDatabase(m_db->connection());
        const QVector<InvestmentRequest> requests{first,
                                                  request(ChartDimension::Year, ChartBreakdown::Funding, "secured"),
                                                  request(ChartDimension::Plan, ChartBreakdown::None, "invested")};
        for (const InvestmentRequest &r : requests) {
            for (const Language language : {Language::Korean, Language::English}) {
                compareCharts(ahead->chart(r, language), InvestmentChartBuilder(m_dataset).build(r, language));
                if (QTest::currentTestFailed())
                    return;
            }
        }
        QCOMPARE(ahead->builtCount(), 6); // the first chart in Korean was kept
    }

    void readOnlyFileWithStalePiecesCountsEveryLine()
    {
        const QString path = m_db->connection().databaseName();
        m_db.reset();
        Database readOnly;
        QVERIFY(readOnly.open(path, Database::Mode::ReadOnly));
        QVERIFY(!ChartSnapshot::readStored(readOnly));
        const ChartSnapshot snapshot = ChartSnapshot::read(readOnly);
        QVERIFY(!snapshot.pieces);
        QCOMPARE(snapshot.dataset->plans.size(), m_dataset.plans.size());
        QCOMPARE(snapshot.dataset->plans.last().budgetLines.size(), 25);
    }

private:
    QTemporaryDir m_dir;
    Dataset m_dataset;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestStoredBudgetPieces)
#include "TestStoredBudgetPieces.moc"
