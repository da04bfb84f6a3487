#include "BuiltinDatabase.h"
#include "query/EntityDetailQuery.h"

#include <QTest>

using namespace innoatlas;

namespace {
const DetailField *field(const EntityDetail &detail, const QString &name)
{
    for (const DetailField &f : detail.fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}
} // namespace

class TestEntityDetailQuery : public QObject
{
    Q_OBJECT

private slots:
    void unknownKeyGivesInvalidDetail()
    {
        QVERIFY(!EntityDetailQuery(m_db.connection()).query(QStringLiteral("plan.nowhere")).isValid());
    }

    void budgetLineHasAmountWithQuotesAndSources()
    {
        const EntityDetail detail = EntityDetailQuery(m_db.connection()).query(QStringLiteral("bl.daejeon-gia.merck"));
        QVERIFY(detail.isValid());
        QCOMPARE(detail.kind, QStringLiteral("budget_line"));
        QCOMPARE(detail.planKey, QStringLiteral("plan.daejeon-gia.economy"));
        QCOMPARE(detail.regionKey, QStringLiteral("region.daejeon"));
        const DetailField *amount = field(detail, QStringLiteral("amount"));
        QVERIFY(amount);
        QCOMPARE(amount->type, DetailValueType::Money);
        QCOMPARE(amount->won, Q_INT64_C(430000000000));
        QVERIFY(amount->evidence);
        QVERIFY(!amount->evidence->corrected);
        QVERIFY(amount->evidence->quotes.size() >= 2);
        const Evidence &first = amount->evidence->quotes.first();
        QVERIFY(first.quote.contains(QStringLiteral("430 billion won")));
        QCOMPARE(first.seedFile, QStringLiteral("001_a95109b85368d7f5.txt"));
        QVERIFY(!first.publisher.isEmpty());
        QVERIFY(first.published.isValid());
        const DetailField *funding = field(detail, QStringLiteral("funding"));
        QVERIFY(funding);
        QCOMPARE(funding->value, QStringLiteral("foreign-investment"));
        const DetailField *label = field(detail, QStringLiteral("label"));
        QVERIFY(label);
        QVERIFY(label->text.ko.contains(QStringLiteral("4,300억 원")));
        QCOMPARE(label->text.koStatus, ReviewStatus::Draft);
    }

    void correctedFigureKeepsPrintedWordingAndNote()
    {
        const EntityDetail detail =
            EntityDetailQuery(m_db.connection()).query(QStringLiteral("bl.daejeon-smart.total-2022-2025"));
        const DetailField *amount = field(detail, QStringLiteral("amount"));
        QVERIFY(amount && amount->evidence);
        QVERIFY(amount->evidence->corrected);
        QVERIFY(amount->evidence->printed.contains(QStringLiteral("1262 trillion won")));
        QVERIFY(!amount->evidence->note.ko.isEmpty());
        QVERIFY(!amount->evidence->note.en.isEmpty());
    }

    void planListsStatedCountsAndReferences()
    {
        const EntityDetail detail =
            EntityDetailQuery(m_db.connection()).query(QStringLiteral("plan.daejeon-space-2023"));
        QCOMPARE(detail.heading.ko, QStringLiteral("대전 우주산업 육성 5개년 계획 (우주산업 육성 비전)"));
        const DetailField *region = field(detail, QStringLiteral("region"));
        QVERIFY(region);
        QCOMPARE(region->referenceKey, QStringLiteral("region.daejeon"));
        QCOMPARE(region->text.en, QStringLiteral("Daejeon Metropolitan City"));
        int strategies = -1;
        for (const DetailField &f : detail.fields) {
            if (f.name == QLatin1String("statedCount") && f.qualifier == QLatin1String("strategy"))
                strategies = f.value.toInt();
        }
        QCOMPARE(strategies, 20);
        const DetailField *budget = field(detail, QStringLiteral("headlineBudget"));
        QVERIFY(budget && budget->evidence);
        QCOMPARE(budget->won, Q_INT64_C(350000000000));
    }

    void elementsAreCitedAsAWhole()
    {
        const EntityDetail detail =
            EntityDetailQuery(m_db.connection()).query(QStringLiteral("el.daejeon-gia.economy.merck-centre"));
        QCOMPARE(detail.kind, QStringLiteral("element"));
        QVERIFY(!detail.citations.isEmpty());
        QVERIFY(field(detail, QStringLiteral("parent")));
    }

    void everyKindReads_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("kind");
        QTest::newRow("region") << "region.gwangju"
                                << "region";
        QTest::newRow("target") << "kpi.busan-digital.rnd-share"
                                << "target";
        QTest::newRow("indicator") << "ind.gwangju-ai.fez-area"
                                   << "indicator";
        QTest::newRow("event") << "ev.daejeon-gia.merck-mou"
                               << "event";
        QTest::newRow("organisation") << "org.daejeon-gia.merck"
                                      << "organisation";
        QTest::newRow("theme") << "theme.space"
                               << "theme";
        QTest::newRow("source") << "src.busan-digital.etnews"
                                << "source";
        QTest::newRow("quote") << "q.daejeon-gia.kt.merck"
                               << "quote";
        QTest::newRow("stated count") << "plan.daejeon-space-2023#count.strategy"
                                      << "stated_count";
        QTest::newRow("participation") << "pt.busan-digital.city-plan"
                                       << "participation";
    }

    void everyKindReads()
    {
        QFETCH(QString, key);
        QFETCH(QString, kind);
        const EntityDetail detail = EntityDetailQuery(m_db.connection()).query(key);
        QVERIFY2(detail.isValid(), qPrintable(key));
        QCOMPARE(detail.kind, kind);
        QVERIFY2(!detail.fields.isEmpty(), qPrintable(key));
    }

    void targetsCarryBaselineAndTargetWithUnit()
    {
        const EntityDetail detail =
            EntityDetailQuery(m_db.connection()).query(QStringLiteral("kpi.busan-digital.rnd-share"));
        const DetailField *baseline = field(detail, QStringLiteral("baseline"));
        const DetailField *target = field(detail, QStringLiteral("target"));
        QVERIFY(baseline && target);
        QCOMPARE(baseline->value, QStringLiteral("20"));
        QCOMPARE(target->value, QStringLiteral("40"));
        QCOMPARE(target->type, DetailValueType::Decimal);
        QCOMPARE(target->qualifier, field(detail, QStringLiteral("unit"))->value);
        QCOMPARE(detail.planKey, QStringLiteral("plan.busan-digital-2030"));
    }

    void indicatorsCarryTheirValueAndCorrection()
    {
        // 4.371㎢ is the total of the four free economic zone districts, not Cheomdan District 3's own area.
        const EntityDetail detail =
            EntityDetailQuery(m_db.connection()).query(QStringLiteral("ind.gwangju-ai.fez-area"));
        const DetailField *value = field(detail, QStringLiteral("value"));
        QVERIFY(value);
        QCOMPARE(value->value, QStringLiteral("4.371"));
        QCOMPARE(value->qualifier, QStringLiteral("km2"));
        QVERIFY(value->evidence && value->evidence->corrected);
        QCOMPARE(detail.planKey, QStringLiteral("plan.gwangju-ai-2020"));
        QCOMPARE(detail.regionKey, QStringLiteral("region.gwangju"));
    }

private:
    BuiltinDatabase m_db;
};

QTEST_GUILESS_MAIN(TestEntityDetailQuery)
#include "TestEntityDetailQuery.moc"
