#include "BuiltinDatabase.h"
#include "query/DatabaseStatistics.h"
#include "query/EvidenceQuery.h"
#include "query/OverviewQuery.h"
#include "query/SourceCatalogue.h"

#include <QSqlQuery>
#include <QTest>

using namespace innoatlas;

namespace {
const OverviewCount *count(const PlanOverview &overview, const QString &kind)
{
    for (const OverviewCount &c : overview.counts) {
        if (c.kind == kind)
            return &c;
    }
    return nullptr;
}
} // namespace

class TestOverviewQuery : public QObject
{
    Q_OBJECT

private slots:
    void statedCountsAreHeldAgainstRecordedElements_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("stated"); // -1: the plan states none
        QTest::addColumn<int>("recorded");
        QTest::addColumn<bool>("matches");
        // Daejeon's space plan states 20 strategies but its structure is recorded by field only.
        QTest::newRow("space strategies") << "plan.daejeon-space-2023"
                                          << "strategy" << 20 << 0 << false;
        QTest::newRow("space fields") << "plan.daejeon-space-2023"
                                      << "field" << 5 << 5 << true;
        QTest::newRow("smart city tasks") << "plan.daejeon-smart"
                                          << "task" << 60 << 13 << false;
        QTest::newRow("growth strategies") << "plan.daejeon-gia.economy"
                                           << "strategy" << 3 << 3 << true;
    }

    void statedCountsAreHeldAgainstRecordedElements()
    {
        QFETCH(QString, plan);
        QFETCH(QString, kind);
        QFETCH(int, stated);
        QFETCH(int, recorded);
        QFETCH(bool, matches);
        const PlanOverview overview = OverviewQuery(m_db.connection()).plan(plan);
        QVERIFY(overview.isValid());
        const OverviewCount *c = count(overview, kind);
        QVERIFY(c);
        QCOMPARE(c->stated ? *c->stated : -1, stated);
        QCOMPARE(c->recorded, recorded);
        QCOMPARE(c->matches(), matches);
    }

    void countsFollowTheHierarchyOrder()
    {
        const PlanOverview overview = OverviewQuery(m_db.connection()).plan(QStringLiteral("plan.daejeon-space-2023"));
        QStringList kinds;
        for (const OverviewCount &c : overview.counts)
            kinds << c.kind;
        QCOMPARE(kinds.indexOf(QStringLiteral("strategy")) < kinds.indexOf(QStringLiteral("field")), true);
    }

    void planHeadlineFiguresCarryEvidence()
    {
        const PlanOverview overview = OverviewQuery(m_db.connection()).plan(QStringLiteral("plan.daejeon-space-2023"));
        QCOMPARE(overview.headlineBudget.value_or(0), Q_INT64_C(350000000000));
        QCOMPARE(overview.periodFrom.value_or(0), 2024);
        QCOMPARE(overview.periodTo.value_or(0), 2028);
        QCOMPARE(overview.announced.toIsoString(), QStringLiteral("2023-11-29"));
        QVERIFY(overview.figures.contains(QStringLiteral("headlineBudget")));
        QVERIFY(!overview.figures.value(QStringLiteral("headlineBudget")).quotes.isEmpty());
        QCOMPARE(overview.region.ko, QStringLiteral("대전광역시"));
        QCOMPARE(overview.themes.size(), 1);
    }

    void budgetLinesComeByFundingSource()
    {
        const PlanOverview overview = OverviewQuery(m_db.connection()).plan(QStringLiteral("plan.gwangju-ai-2020"));
        QStringList funding;
        for (const OverviewBudgetLine &line : overview.budgetLines)
            funding << line.funding;
        QCOMPARE(funding,
                 (QStringList{QStringLiteral("national"), QStringLiteral("national"), QStringLiteral("unknown")}));
        QVERIFY(overview.budgetLines.first().evidence);
    }

    void everyBudgetLineCarriesTheEvidenceOfItsAmount_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("key");
        QTest::newRow("all") << "all" << QString();
        QTest::newRow("region") << "region"
                                << "region.daejeon";
        QTest::newRow("plan") << "plan"
                              << "plan.daejeon-gia.economy";
    }

    // The overview reads the evidence of all its lines at once; it must be what each line's own figures say.
    void everyBudgetLineCarriesTheEvidenceOfItsAmount()
    {
        QFETCH(QString, kind);
        QFETCH(QString, key);
        const OverviewQuery query(m_db.connection());
        QVector<OverviewBudgetLine> lines;
        if (kind == QLatin1String("all"))
            lines = query.all().budgetLines;
        else if (kind == QLatin1String("region"))
            lines = query.region(key).budgetLines;
        else if (kind == QLatin1String("theme"))
            lines = query.theme(key).budgetLines;
        else
            lines = query.plan(key).budgetLines;
        QVERIFY(!lines.isEmpty());
        const EvidenceQuery evidence(m_db.connection());
        int withQuotes = 0;
        for (const OverviewBudgetLine &line : lines) {
            QSqlQuery id(m_db.connection());
            id.prepare(QStringLiteral("SELECT id FROM entity WHERE key = ?"));
            id.addBindValue(line.key);
            QVERIFY(id.exec() && id.next());
            const QHash<QString, FigureEvidence> figures = evidence.figures(id.value(0).toLongLong());
            QCOMPARE(bool(line.evidence), figures.contains(QStringLiteral("amount")));
            if (!line.evidence)
                continue;
            const FigureEvidence &expected = figures.value(QStringLiteral("amount"));
            QCOMPARE(line.evidence->field, expected.field);
            QCOMPARE(line.evidence->corrected, expected.corrected);
            QCOMPARE(line.evidence->printed, expected.printed);
            QCOMPARE(line.evidence->note.ko, expected.note.ko);
            QCOMPARE(line.evidence->note.en, expected.note.en);
            QCOMPARE(line.evidence->quotes.size(), expected.quotes.size());
            for (int i = 0; i < expected.quotes.size(); ++i) {
                QCOMPARE(line.evidence->quotes.at(i).quoteKey, expected.quotes.at(i).quoteKey);
                QCOMPARE(line.evidence->quotes.at(i).quote, expected.quotes.at(i).quote);
                QCOMPARE(line.evidence->quotes.at(i).sourceKey, expected.quotes.at(i).sourceKey);
                QCOMPARE(line.evidence->quotes.at(i).sourceTitle.en, expected.quotes.at(i).sourceTitle.en);
                QCOMPARE(line.evidence->quotes.at(i).translation.en, expected.quotes.at(i).translation.en);
            }
            withQuotes += expected.quotes.isEmpty() ? 0 : 1;
        }
        QVERIFY(withQuotes > 0);
    }

    void aLimitReadsTheFirstLinesAndCountsThemAll_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("read");
        QTest::newRow("fewer than there are") << 4 << 4;
        QTest::newRow("as many as there are") << 10 << 10;
        QTest::newRow("more than there are") << 50 << 10;
        QTest::newRow("none") << 0 << 0;
        QTest::newRow("no limit") << -1 << 10;
    }

    void aLimitReadsTheFirstLinesAndCountsThemAll()
    {
        QFETCH(int, limit);
        QFETCH(int, read);
        const GroupOverview every = OverviewQuery(m_db.connection()).all();
        QCOMPARE(every.budgetLineTotal, 10);
        OverviewQuery query(m_db.connection());
        query.setBudgetLineLimit(limit);
        const GroupOverview first = query.all();
        QCOMPARE(first.budgetLineTotal, 10);
        QCOMPARE(first.budgetLines.size(), read);
        for (int i = 0; i < read; ++i) {
            QCOMPARE(first.budgetLines.at(i).key, every.budgetLines.at(i).key);
            QCOMPARE(bool(first.budgetLines.at(i).evidence), bool(every.budgetLines.at(i).evidence));
        }
        const PlanOverview plan = query.plan(QStringLiteral("plan.gwangju-ai-2020"));
        QCOMPARE(plan.budgetLineTotal, 3);
        QCOMPARE(plan.budgetLines.size(), limit < 0 ? 3 : qMin(limit, 3));
    }

    void participantsIncludeThoseOfThePlansEvents()
    {
        const PlanOverview overview = OverviewQuery(m_db.connection()).plan(QStringLiteral("plan.daejeon-gia.economy"));
        bool investor = false;
        for (const OverviewParticipant &p : overview.participants) {
            if (p.role == QLatin1String("investor") && p.participantKey == QLatin1String("org.daejeon-gia.merck"))
                investor = true;
        }
        QVERIFY(investor);
        QVERIFY(!overview.events.isEmpty());
        for (int i = 1; i < overview.events.size(); ++i)
            QVERIFY(overview.events.at(i - 1).date.toIsoString() <= overview.events.at(i).date.toIsoString());
    }

    void regionOverviewHasItsPlansMoneyAndEvents()
    {
        const GroupOverview overview = OverviewQuery(m_db.connection()).region(QStringLiteral("region.daejeon"));
        QVERIFY(overview.isValid());
        QCOMPARE(overview.plans.size(), 4);
        QCOMPARE(overview.code, QStringLiteral("3000000000"));
        QVERIFY(overview.population.has_value());
        QVERIFY(overview.populationEvidence.has_value());
        bool merck = false;
        for (const OverviewBudgetLine &line : overview.budgetLines)
            merck = merck || line.key == QLatin1String("bl.daejeon-gia.merck");
        QVERIFY(merck);
        QVERIFY(!overview.events.isEmpty());
    }

    void themeOverviewHasThePlansOfTheTheme()
    {
        const GroupOverview overview = OverviewQuery(m_db.connection()).theme(QStringLiteral("theme.ai"));
        QVERIFY(overview.isValid());
        QStringList plans;
        for (const PlanSummaryRow &row : overview.plans)
            plans << row.planKey;
        QVERIFY(plans.contains(QStringLiteral("plan.gwangju-ai-2020")));
        QVERIFY(!plans.contains(QStringLiteral("plan.daejeon-space-2023")));
    }

    void allListsEveryPlanAndBudgetLine()
    {
        const GroupOverview overview = OverviewQuery(m_db.connection()).all();
        QCOMPARE(overview.kind, QStringLiteral("all"));
        QCOMPARE(overview.plans.size(), 6);
        QCOMPARE(overview.budgetLines.size(), 10);
        QVERIFY(overview.events.isEmpty());
    }

    void unknownKeysGiveInvalidOverviews()
    {
        const OverviewQuery query(m_db.connection());
        QVERIFY(!query.plan(QStringLiteral("region.daejeon")).isValid());
        QVERIFY(!query.region(QStringLiteral("plan.daejeon-space-2023")).isValid());
        QVERIFY(!query.theme(QStringLiteral("theme.none")).isValid());
    }

    void statisticsCountWhatTheDatabaseHolds()
    {
        const DatabaseCounts counts = DatabaseStatistics::query(m_db.connection());
        QCOMPARE(counts.regions, 3);
        QCOMPARE(counts.plans, 6);
        QCOMPARE(counts.budgetLines, 10);
        QVERIFY(counts.sources > 50);
        QVERIFY(counts.contentFields > 0);
        // The curated texts are drafts until a person reviews them.
        QCOMPARE(counts.reviewedKo, 0);
        QCOMPARE(counts.reviewedShareEn(), 0.0);
    }

    void reviewedFieldsRaiseTheTranslationProgress()
    {
        BuiltinDatabase db;
        const DatabaseCounts before = DatabaseStatistics::query(db.connection());
        QSqlQuery update(db.connection());
        QVERIFY(update.exec(QStringLiteral("UPDATE localized_text SET status = 'approved' WHERE lang = 'en' AND "
                                           "text <> '' AND field = 'title'")));
        const DatabaseCounts after = DatabaseStatistics::query(db.connection());
        QCOMPARE(after.contentFields, before.contentFields);
        QVERIFY(after.reviewedEn > 0);
        QCOMPARE(after.reviewedKo, 0);
        QVERIFY(after.reviewedShareEn() > 0.0 && after.reviewedShareEn() < 1.0);
    }

    void sourceCatalogueListsEverySource()
    {
        const QVector<SourceEntry> sources = SourceCatalogue::query(m_db.connection());
        QCOMPARE(sources.size(), DatabaseStatistics::query(m_db.connection()).sources);
        const auto seed = std::find_if(sources.cbegin(), sources.cend(), [](const SourceEntry &s) {
            return s.seedFile == QLatin1String("000_2058b70ee9b135c3.txt");
        });
        QVERIFY(seed != sources.cend());
        QVERIFY(seed->quotes > 0);
        QVERIFY(!seed->publisher.isEmpty());
    }

private:
    BuiltinDatabase m_db;
};

QTEST_GUILESS_MAIN(TestOverviewQuery)
#include "TestOverviewQuery.moc"
