#include "StoredChartCheck.h"

#include "charts/BudgetPieceTable.h"
#include "charts/ChartSnapshot.h"
#include "charts/InvestmentChartBuilder.h"
#include "common/ChartComparison.h"
#include "store/Database.h"
#include "store/DatasetStore.h"

#include <QTest>

namespace innoatlas::test {

namespace {
InvestmentRequest request(ChartDimension dimension, ChartBreakdown breakdown)
{
    InvestmentRequest r;
    r.dimension = dimension;
    r.breakdown = breakdown;
    return r;
}
} // namespace

void compareStoredChartsWithEveryLine(Database &database)
{
    QVERIFY(BudgetPieceTable::isFresh(database.connection()));
    const std::optional<ChartSnapshot> snapshot = ChartSnapshot::readStored(database);
    QVERIFY(snapshot);
    QVERIFY(snapshot->pieces);
    const Dataset everything = DatasetStore(database.connection()).load();
    for (const InvestmentRequest &r :
         {request(ChartDimension::City, ChartBreakdown::Funding), request(ChartDimension::Year, ChartBreakdown::Plan),
          request(ChartDimension::Plan, ChartBreakdown::Kind),
          request(ChartDimension::Funding, ChartBreakdown::None)}) {
        for (const Language language : {Language::Korean, Language::English}) {
            compareCharts(InvestmentChartBuilder(*snapshot->dataset, snapshot->pieces.get()).build(r, language),
                          InvestmentChartBuilder(everything).build(r, language));
            if (QTest::currentTestFailed())
                return;
        }
    }
}

} // namespace innoatlas::test
