#include "dataset/BuiltinDataset.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace innoatlas;

namespace {
const Plan *findPlan(const Dataset &d, const QString &key)
{
    for (const Plan &plan : d.plans) {
        if (plan.key == key)
            return &plan;
    }
    return nullptr;
}

const BudgetLine *findLine(const Plan &plan, const QString &key)
{
    for (const BudgetLine &line : plan.budgetLines) {
        if (line.key == key)
            return &line;
    }
    return nullptr;
}

const Target *findTarget(const Plan &plan, const QString &key)
{
    for (const Target &target : plan.targets) {
        if (target.key == key)
            return &target;
    }
    return nullptr;
}

const StatedCount *findCount(const Plan &plan, const QString &kind)
{
    for (const StatedCount &count : plan.statedCounts) {
        if (count.kind == kind)
            return &count;
    }
    return nullptr;
}

QString seedsDir()
{
    return QStringLiteral(INNOATLAS_SOURCE_DIR "/../shared/seeds");
}
} // namespace

class TestBuiltinDataset : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVector<DatasetIssue> issues;
        const bool ok = BuiltinDataset::read(&m_data, &issues);
        QStringList lines;
        for (const DatasetIssue &issue : issues)
            lines << issue.toString();
        QVERIFY2(ok, qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void coversTheFiveArticles()
    {
        QSet<QString> seeds;
        for (const Source &source : std::as_const(m_data.sources)) {
            if (!source.seedFile.isEmpty())
                seeds.insert(source.seedFile);
        }
        QCOMPARE(seeds,
                 (QSet<QString>{QStringLiteral("000_2058b70ee9b135c3.txt"), QStringLiteral("001_a95109b85368d7f5.txt"),
                                QStringLiteral("002_de38f4f2fecaf8eb.txt"), QStringLiteral("003_a41762f22f1f4beb.txt"),
                                QStringLiteral("004_c62d6b6b25ca6db0.txt")}));
        QSet<QString> cities;
        for (const Plan &plan : std::as_const(m_data.plans))
            cities.insert(plan.regionKey);
        QVERIFY(cities.contains(QStringLiteral("region.daejeon")));
        QVERIFY(cities.contains(QStringLiteral("region.gwangju")));
        QVERIFY(cities.contains(QStringLiteral("region.busan")));
    }

    void daejeonSpaceVision()
    {
        const Plan *plan = findPlan(m_data, QStringLiteral("plan.daejeon-space-2023"));
        QVERIFY(plan);
        QCOMPARE(plan->headlineBudget->won, Q_INT64_C(350'000'000'000));
        QCOMPARE(plan->period->from, 2024);
        QCOMPARE(plan->period->to, 2028);
        QCOMPARE(plan->announced->date, PartialDate(2023, 11, 29, DatePrecision::Day));
        QCOMPARE(findCount(*plan, QStringLiteral("field"))->count, 5);
        QCOMPARE(findCount(*plan, QStringLiteral("strategy"))->count, 20);
        const BudgetLine *cluster = findLine(*plan, QStringLiteral("bl.daejeon-space.cluster"));
        QVERIFY(cluster);
        QCOMPARE(cluster->amount.won, Q_INT64_C(97'300'000'000));
        QCOMPARE(cluster->kind, QStringLiteral("secured"));
    }

    void daejeonSmartCityCorrections()
    {
        // The English release prints "1262 trillion won" and "60 billion won"; the Korean reports
        // give 1조 6,552억 원 to 2025 and 1,262억 원 in 2022, and 60 tasks in 8 areas.
        const Plan *plan = findPlan(m_data, QStringLiteral("plan.daejeon-smart"));
        QVERIFY(plan);
        QCOMPARE(plan->headlineBudget->won, Q_INT64_C(1'655'200'000'000));
        const BudgetLine *year = findLine(*plan, QStringLiteral("bl.daejeon-smart.year-2022"));
        QVERIFY(year);
        QCOMPARE(year->amount.won, Q_INT64_C(126'200'000'000));
        QVERIFY(year->amount.citation.correction);
        QVERIFY(year->amount.citation.correction->printed.contains(QStringLiteral("60 billion")));
        const BudgetLine *total = findLine(*plan, QStringLiteral("bl.daejeon-smart.total-2022-2025"));
        QVERIFY(total->amount.citation.correction->printed.contains(QStringLiteral("1262 trillion")));
        QVERIFY(!total->amount.citation.correction->note.ko.isEmpty());
        QVERIFY(!total->amount.citation.correction->note.en.isEmpty());
        QCOMPARE(findCount(*plan, QStringLiteral("task"))->count, 60);
        QCOMPARE(findCount(*plan, QStringLiteral("area"))->count, 8);
        QCOMPARE(findCount(*plan, QStringLiteral("strategy"))->count, 2);
    }

    void merckInvestmentKeepsItsDollars()
    {
        const BudgetLine *merck = nullptr;
        for (const Plan &plan : std::as_const(m_data.plans)) {
            if (const BudgetLine *line = findLine(plan, QStringLiteral("bl.daejeon-gia.merck")))
                merck = line;
        }
        QVERIFY(merck);
        QCOMPARE(merck->amount.won, Q_INT64_C(430'000'000'000));
        QCOMPARE(merck->amount.original->currency, QStringLiteral("USD"));
        QCOMPARE(merck->amount.original->amount, QStringLiteral("316000000"));
        QCOMPARE(merck->funding, QStringLiteral("foreign-investment"));
        QVERIFY(merck->label.ko.contains(QStringLiteral("머크")));
    }

    void gwangjuNationalBudget()
    {
        const Plan *plan = findPlan(m_data, QStringLiteral("plan.gwangju-ai-2020"));
        QVERIFY(plan);
        const BudgetLine *national = findLine(*plan, QStringLiteral("bl.gwangju-ai.national-2020"));
        QVERIFY(national);
        QCOMPARE(national->amount.won, Q_INT64_C(62'600'000'000));
        QCOMPARE(national->funding, QStringLiteral("national"));
    }

    void busanTargetsHaveBaselines()
    {
        const Plan *plan = findPlan(m_data, QStringLiteral("plan.busan-digital-2030"));
        QVERIFY(plan);
        const Target *automation =
            findTarget(*plan, QStringLiteral("kpi.busan-digital.smart-manufacturing-automation"));
        QVERIFY(automation);
        QCOMPARE(automation->unit, QStringLiteral("percent"));
        QCOMPARE(automation->baseline->value, QStringLiteral("10"));
        QCOMPARE(automation->target.value, QStringLiteral("80"));
        const Target *rnd = findTarget(*plan, QStringLiteral("kpi.busan-digital.rnd-share"));
        QCOMPARE(rnd->baseline->value, QStringLiteral("20"));
        QCOMPARE(rnd->target.value, QStringLiteral("40"));
        const Target *sales = findTarget(*plan, QStringLiteral("kpi.busan-digital.new-digital-industry-sales"));
        QCOMPARE(sales->baseline->value, QStringLiteral("11800000000000"));
        QCOMPARE(sales->target.value, QStringLiteral("20000000000000"));
    }

    void namesExistInBothLanguagesAsDrafts()
    {
        QStringList problems;
        auto check = [&](const QString &key, const LocalizedText &text) {
            if (text.ko.isEmpty() || text.en.isEmpty())
                problems << key + QStringLiteral(": missing a language");
            if (text.koStatus != ReviewStatus::Draft || text.enStatus != ReviewStatus::Draft)
                problems << key + QStringLiteral(": claims a review no person has made");
        };
        for (const Region &r : std::as_const(m_data.regions))
            check(r.key, r.name);
        for (const Organisation &o : std::as_const(m_data.organisations))
            check(o.key, o.name);
        for (const Theme &t : std::as_const(m_data.themes))
            check(t.key, t.name);
        for (const Event &e : std::as_const(m_data.events))
            check(e.key, e.title);
        for (const Plan &p : std::as_const(m_data.plans)) {
            check(p.key, p.title);
            for (const BudgetLine &l : p.budgetLines)
                check(l.key, l.label);
            for (const Target &t : p.targets)
                check(t.key, t.metric);
            std::function<void(const QVector<Element> &)> walk = [&](const QVector<Element> &elements) {
                for (const Element &e : elements) {
                    check(e.key, e.name);
                    walk(e.children);
                }
            };
            walk(p.elements);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void seedQuotesAreVerbatim()
    {
        if (!QDir(seedsDir()).exists())
            QSKIP("the seed articles (../shared/seeds) are not beside this checkout");
        QStringList problems;
        for (const Source &source : std::as_const(m_data.sources)) {
            if (source.seedFile.isEmpty())
                continue;
            QFile file(QDir(seedsDir()).filePath(source.seedFile));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(source.seedFile));
            const QString text = QString::fromUtf8(file.readAll());
            for (const Quote &quote : source.quotes) {
                if (!text.contains(quote.text))
                    problems << quote.key;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private:
    Dataset m_data;
};

QTEST_GUILESS_MAIN(TestBuiltinDataset)
#include "TestBuiltinDataset.moc"
