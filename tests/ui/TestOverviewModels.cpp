#include "BuiltinDatabase.h"
#include "common/ItemRoles.h"
#include "i18n/Translations.h"
#include "models/BudgetLineModel.h"
#include "models/CountModel.h"
#include "models/EventModel.h"
#include "models/ParticipantModel.h"
#include "models/PlanSummaryModel.h"
#include "models/SourceListModel.h"
#include "models/TargetModel.h"
#include "query/OverviewQuery.h"
#include "query/SourceCatalogue.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace innoatlas;

namespace {
constexpr auto QtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

int rowOf(const QAbstractItemModel &model, const QString &key)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(KeyRole).toString() == key)
            return row;
    }
    return -1;
}
} // namespace

/** The tables of the overview: what each row and column shows, in each content language. */
class TestOverviewModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        const OverviewQuery query(m_db.connection());
        m_space = query.plan(QStringLiteral("plan.daejeon-space-2023"));
        m_growth = query.plan(QStringLiteral("plan.daejeon-gia.economy"));
        m_busan = query.plan(QStringLiteral("plan.busan-digital-2030"));
    }

    void countsShowRecordedOverStatedAndWarn()
    {
        CountModel model;
        QAbstractItemModelTester tester(&model, QtTest);
        model.setCounts(m_space.counts, m_space.key);
        const int strategies = rowOf(model, QStringLiteral("plan.daejeon-space-2023#count.strategy"));
        QVERIFY(strategies >= 0);
        QCOMPARE(model.index(strategies, CountModel::RecordedColumn).data().toString(), QStringLiteral("0 / 20"));
        QCOMPARE(model.index(strategies, CountModel::KindColumn).data().toString(), QStringLiteral("strategies"));
        QVERIFY(model.index(strategies, 0).data(WarningRole).toBool());
        QVERIFY(model.index(strategies, CountModel::RecordedColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("20")));
        const int fields = rowOf(model, QStringLiteral("plan.daejeon-space-2023#count.field"));
        QCOMPARE(model.index(fields, CountModel::RecordedColumn).data().toString(), QStringLiteral("5 / 5"));
        QVERIFY(!model.index(fields, 0).data(WarningRole).toBool());
    }

    void budgetAmountsFollowTheContentLanguage_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("exact");
        QTest::addColumn<QString>("funding");
        QTest::newRow("korean") << int(ContentLanguage::Korean) << "4,300억 원"
                                << "430,000,000,000원"
                                << "foreign investment";
        QTest::newRow("english") << int(ContentLanguage::English) << "KRW 430 billion"
                                 << "KRW 430,000,000,000"
                                 << "foreign investment";
    }

    void budgetAmountsFollowTheContentLanguage()
    {
        QFETCH(int, language);
        QFETCH(QString, amount);
        QFETCH(QString, exact);
        QFETCH(QString, funding);
        BudgetLineModel model;
        QAbstractItemModelTester tester(&model, QtTest);
        model.setContentLanguage(ContentLanguage(language));
        model.setLines(m_growth.budgetLines);
        const int row = rowOf(model, QStringLiteral("bl.daejeon-gia.merck"));
        QVERIFY(row >= 0);
        QVERIFY(model.index(row, BudgetLineModel::AmountColumn).data().toString().startsWith(amount));
        const QString tip = model.index(row, BudgetLineModel::AmountColumn).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(exact));
        QVERIFY2(tip.contains(QStringLiteral("430 billion won")), "the tooltip quotes the source");
        QCOMPARE(model.index(row, BudgetLineModel::AmountColumn).data(SortRole).toLongLong(), Q_INT64_C(430000000000));
        if (ContentLanguage(language) == ContentLanguage::English)
            QCOMPARE(model.index(row, BudgetLineModel::FundingColumn).data().toString(), funding);
    }

    void planColumnAppearsOnlyWhenAsked()
    {
        BudgetLineModel model;
        QAbstractItemModelTester tester(&model, QtTest);
        model.setLines(m_growth.budgetLines);
        QCOMPARE(model.columnCount(), int(BudgetLineModel::PlanColumn));
        model.setLines(m_growth.budgetLines, true);
        QCOMPARE(model.columnCount(), int(BudgetLineModel::PlanColumn) + 1);
    }

    void retranslatingTellsTheViewsOnlyOfAnotherLanguage()
    {
        // A window hears of its language after it is built in it: its tables must not be measured again
        // for the same texts, but must follow another language.
        BudgetLineModel model;
        QAbstractItemModelTester tester(&model, QtTest);
        model.setLines(m_growth.budgetLines);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        model.retranslate();
        QCOMPARE(changed.size(), 0);
        QCOMPARE(headers.size(), 0);
        Translations::install(QStringLiteral("ko"));
        model.retranslate();
        Translations::install(QStringLiteral("en"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(headers.size(), 1);
        model.retranslate();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.headerData(BudgetLineModel::AmountColumn, Qt::Horizontal).toString(), QStringLiteral("Amount"));
    }

    void targetsShowBaselineAndTarget()
    {
        TargetModel model;
        QAbstractItemModelTester tester(&model, QtTest);
        model.setContentLanguage(ContentLanguage::English);
        model.setTargets(m_busan.targets, m_busan.key);
        QVERIFY(model.rowCount() > 0);
        bool withBaseline = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString baseline = model.index(row, TargetModel::BaselineColumn).data().toString();
            if (baseline != QLatin1String("not stated") && baseline.contains(QLatin1Char('(')))
                withBaseline = true;
            QVERIFY(!model.index(row, TargetModel::TargetColumn).data().toString().isEmpty());
        }
        QVERIFY2(withBaseline, "Busan's KPIs state baselines with their years");
    }

    void participantsAndEventsAreListed()
    {
        ParticipantModel participants;
        QAbstractItemModelTester participantTester(&participants, QtTest);
        participants.setContentLanguage(ContentLanguage::Korean);
        participants.setParticipants(m_growth.participants, m_growth.key);
        QVERIFY(participants.rowCount() > 0);
        QCOMPARE(participants.index(0, 0).data(PlanKeyRole).toString(), m_growth.key);

        EventModel events;
        QAbstractItemModelTester eventTester(&events, QtTest);
        events.setContentLanguage(ContentLanguage::Korean);
        events.setEvents(m_space.events);
        const int row = rowOf(events, QStringLiteral("ev.daejeon-space.declaration"));
        QVERIFY(row >= 0);
        QCOMPARE(events.index(row, EventModel::DateColumn).data().toString(), QStringLiteral("2023년 11월 29일"));
        events.setContentLanguage(ContentLanguage::English);
        QCOMPARE(events.index(row, EventModel::DateColumn).data().toString(), QStringLiteral("29 Nov 2023"));
    }

    void planSummarySortsBudgetsAsNumbers()
    {
        PlanSummaryModel model;
        QAbstractItemModelTester tester(&model, QtTest);
        model.setRows(PlanSummary::query(m_db.connection()));
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(SortRole);
        proxy.sort(PlanSummaryModel::BudgetColumn, Qt::DescendingOrder);
        // 1조 6,552억 sorts above 3,500억 although "3" > "1" as text.
        QCOMPARE(proxy.index(0, 0).data(KeyRole).toString(), QStringLiteral("plan.daejeon-smart"));
    }

    void sourcesAreListed()
    {
        SourceListModel model;
        QAbstractItemModelTester tester(&model, QtTest);
        model.setSources(SourceCatalogue::query(m_db.connection()));
        QVERIFY(model.rowCount() > 50);
        QCOMPARE(model.headerData(SourceListModel::SeedFileColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Seed file"));
    }

private:
    BuiltinDatabase m_db;
    PlanOverview m_space;
    PlanOverview m_growth;
    PlanOverview m_busan;
};

QTEST_GUILESS_MAIN(TestOverviewModels)
#include "TestOverviewModels.moc"
