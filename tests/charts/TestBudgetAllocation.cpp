#include "charts/BudgetAllocation.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <numeric>

using namespace innoatlas;

namespace {
BudgetLine line(const QString &key, qint64 won, std::optional<int> from, std::optional<int> to,
                const QString &funding = QStringLiteral("unknown"), const QString &kind = QStringLiteral("planned"))
{
    BudgetLine l;
    l.key = key;
    l.amount.won = won;
    l.amount.citation.quoteKeys = {QStringLiteral("q.") + key};
    l.fromYear = from;
    l.toYear = to;
    l.funding = funding;
    l.kind = kind;
    return l;
}

Plan plan(QVector<BudgetLine> lines)
{
    Plan p;
    p.key = QStringLiteral("plan.test");
    p.regionKey = QStringLiteral("region.test");
    p.budgetLines = std::move(lines);
    return p;
}

qint64 sum(const QVector<BudgetPiece> &pieces)
{
    qint64 total = 0;
    for (const BudgetPiece &piece : pieces)
        total += piece.won;
    return total;
}

/** "line@year=won~" for estimated, "line@year=won" for known, "line=won" without a year. */
QStringList describe(const QVector<BudgetPiece> &pieces)
{
    QStringList result;
    for (const BudgetPiece &p : pieces) {
        QString text = p.lineKey;
        if (p.year)
            text += QStringLiteral("@%1").arg(*p.year);
        text += QStringLiteral("=%1").arg(p.won);
        if (p.estimated)
            text += QLatin1Char('~');
        result << text;
    }
    return result;
}

/** The rule of BudgetAllocation's class comment written out line by line, every line against every other. */
struct ReferenceNesting
{
    QHash<QString, QString> parentOf;
    QHash<QString, qint64> rest;
    QSet<QString> holders;
};

ReferenceNesting referenceNesting(const Plan &plan)
{
    const auto hasYears = [](const BudgetLine &l) { return l.fromYear && l.toYear; };
    const auto span = [](const BudgetLine &l) { return *l.toYear - *l.fromYear + 1; };
    const auto mayHold = [&](const BudgetLine &outer, const BudgetLine &inner) {
        if (&outer == &inner || outer.kind != inner.kind || !hasYears(outer) || !hasYears(inner))
            return false;
        if (*outer.fromYear > *inner.fromYear || *inner.toYear > *outer.toYear)
            return false;
        if (outer.funding != inner.funding && outer.funding != u"mixed" && outer.funding != u"unknown")
            return false;
        return outer.amount.won > inner.amount.won ||
               (outer.amount.won == inner.amount.won && span(outer) > span(inner));
    };
    ReferenceNesting nesting;
    QHash<QString, QStringList> children;
    for (const BudgetLine &inner : plan.budgetLines) {
        const BudgetLine *best = nullptr;
        for (const BudgetLine &outer : plan.budgetLines) {
            if (mayHold(outer, inner) && (!best || span(outer) < span(*best) ||
                                          (span(outer) == span(*best) && outer.amount.won < best->amount.won)))
                best = &outer;
        }
        if (best) {
            nesting.parentOf.insert(inner.key, best->key);
            children[best->key] << inner.key;
        }
    }
    QHash<QString, qint64> amounts;
    for (const BudgetLine &l : plan.budgetLines)
        amounts.insert(l.key, l.amount.won);
    for (const BudgetLine &l : plan.budgetLines) {
        qint64 inside = 0;
        for (const QString &child : children.value(l.key))
            inside += amounts.value(child);
        if (inside > l.amount.won) {
            for (const QString &child : children.value(l.key))
                nesting.parentOf.remove(child);
            inside = 0;
        } else if (!children.value(l.key).isEmpty()) {
            nesting.holders.insert(l.key);
        }
        nesting.rest.insert(l.key, l.amount.won - inside);
    }
    return nesting;
}

/** A plan of @p count lines with few distinct years, amounts and fundings, so that lines nest, tie and contradict. */
Plan randomPlan(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    const QStringList fundings{"national", "city", "mixed", "unknown"};
    const QStringList kinds{"planned", "secured"};
    QVector<BudgetLine> lines;
    for (int i = 0; i < count; ++i) {
        std::optional<int> from;
        std::optional<int> to;
        if (random.bounded(10) > 0) {
            from = 2020 + random.bounded(6);
            to = *from + (random.bounded(3) == 0 ? 0 : random.bounded(5));
        }
        const qint64 won = qint64(1 + random.bounded(12)) * (random.bounded(4) == 0 ? 100 : 10);
        lines << line(QStringLiteral("l%1").arg(i), won, from, to, fundings.at(random.bounded(fundings.size())),
                      kinds.at(random.bounded(kinds.size())));
    }
    return plan(lines);
}
} // namespace

class TestBudgetAllocation : public QObject
{
    Q_OBJECT

private slots:
    void spreadEvenly_data()
    {
        QTest::addColumn<qint64>("won");
        QTest::addColumn<int>("parts");
        QTest::addColumn<QVector<qint64>>("expected");
        QTest::newRow("exact") << qint64(350'000'000'000) << 5 << QVector<qint64>(5, 70'000'000'000);
        QTest::newRow("remainder to the first year") << qint64(10) << 3 << QVector<qint64>{4, 3, 3};
        QTest::newRow("daejeon smart city 2023-2025")
            << qint64(1'529'000'000'000) << 3 << QVector<qint64>{509'666'666'668, 509'666'666'666, 509'666'666'666};
        QTest::newRow("one year") << qint64(7) << 1 << QVector<qint64>{7};
        QTest::newRow("less than a won a year") << qint64(2) << 5 << QVector<qint64>{2, 0, 0, 0, 0};
        QTest::newRow("no parts") << qint64(5) << 0 << QVector<qint64>{};
    }

    void spreadEvenly()
    {
        QFETCH(qint64, won);
        QFETCH(int, parts);
        QFETCH(QVector<qint64>, expected);
        const QVector<qint64> shares = BudgetAllocation::spreadEvenly(won, parts);
        QCOMPARE(shares, expected);
        if (parts > 0)
            QCOMPARE(std::accumulate(shares.cbegin(), shares.cend(), qint64(0)), won);
    }

    void containers_data()
    {
        QTest::addColumn<QVector<BudgetLine>>("lines");
        QTest::addColumn<QStringList>("expected"); // "inner>outer", sorted

        QTest::newRow("a year inside its multi-year total")
            << QVector<BudgetLine>{line("total", 100, 2022, 2025), line("y2022", 30, 2022, 2022)}
            << QStringList{"y2022>total"};
        QTest::newRow("secured is never inside planned")
            << QVector<BudgetLine>{line("total", 100, 2022, 2025),
                                   line("secured", 30, 2022, 2022, "unknown", "secured")}
            << QStringList{};
        QTest::newRow("a specific funding inside mixed")
            << QVector<BudgetLine>{line("total", 100, 2024, 2028, "mixed"), line("sat", 9, 2024, 2028, "city")}
            << QStringList{"sat>total"};
        QTest::newRow("different named fundings stay apart")
            << QVector<BudgetLine>{line("national", 100, 2024, 2028, "national"), line("city", 9, 2024, 2028, "city")}
            << QStringList{};
        QTest::newRow("years outside the larger line")
            << QVector<BudgetLine>{line("total", 100, 2022, 2025), line("y2026", 30, 2026, 2026)} << QStringList{};
        QTest::newRow("lines without years are never inside")
            << QVector<BudgetLine>{line("total", 100, 2022, 2025), line("undated", 30, {}, {})} << QStringList{};
        QTest::newRow("smallest holder wins")
            << QVector<BudgetLine>{line("total", 100, 2020, 2029), line("half", 60, 2020, 2024),
                                   line("y2021", 10, 2021, 2021)}
            << QStringList{"half>total", "y2021>half"};
        QTest::newRow("parts adding up to more than the whole are not parts")
            << QVector<BudgetLine>{line("total", 50, 2020, 2021), line("y2020", 30, 2020, 2020),
                                   line("y2021", 30, 2021, 2021)}
            << QStringList{};
        QTest::newRow("equal amount, equal years: neither holds the other")
            << QVector<BudgetLine>{line("a", 50, 2020, 2021), line("b", 50, 2020, 2021)} << QStringList{};
    }

    void containers()
    {
        QFETCH(QVector<BudgetLine>, lines);
        QFETCH(QStringList, expected);
        const QHash<QString, QString> parents = BudgetAllocation::containers(plan(lines));
        QStringList actual;
        for (auto it = parents.cbegin(); it != parents.cend(); ++it)
            actual << it.key() + QLatin1Char('>') + it.value();
        actual.sort();
        QCOMPARE(actual, expected);
    }

    void wholePiecesCountEveryWonOnce()
    {
        const Plan p = plan({line("total", 1'655'200'000'000, 2022, 2025), line("y2022", 126'200'000'000, 2022, 2022),
                             line("secured", 62'600'000'000, 2022, 2022, "national", "secured")});
        const QVector<BudgetPiece> pieces = BudgetAllocation::wholePieces(p);
        QCOMPARE(describe(pieces), (QStringList{"total=1529000000000", "y2022=126200000000", "secured=62600000000"}));
        QVERIFY(pieces.at(0).remainder);
        QVERIFY(!pieces.at(1).remainder);
        QCOMPARE(pieces.at(0).regionKey, QStringLiteral("region.test"));
        QCOMPARE(pieces.at(0).quoteKeys, QStringList{"q.total"});
        qint64 planned = 0;
        for (const BudgetPiece &piece : pieces) {
            if (piece.kind == u"planned")
                planned += piece.won;
        }
        QCOMPARE(planned, qint64(1'655'200'000'000));
    }

    void yearPieces_data()
    {
        QTest::addColumn<QVector<BudgetLine>>("lines");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("unplaced");

        QTest::newRow("an envelope alone is spread, remainder to the first year")
            << QVector<BudgetLine>{line("env", 350'000'000'001, 2024, 2028, "mixed")}
            << QStringList{"env@2024=70000000001~", "env@2025=70000000000~", "env@2026=70000000000~",
                           "env@2027=70000000000~", "env@2028=70000000000~"}
            << QStringList{};
        QTest::newRow("a known year of the same funding keeps its amount; the rest goes to the other years")
            << QVector<BudgetLine>{line("total", 1'655'200'000'000, 2022, 2025),
                                   line("y2022", 126'200'000'000, 2022, 2022)}
            << QStringList{"total@2023=509666666668~", "total@2024=509666666666~", "total@2025=509666666666~",
                           "y2022@2022=126200000000"}
            << QStringList{};
        QTest::newRow("a known year of another funding does not fill its year")
            << QVector<BudgetLine>{line("complex", 400'000'000'000, 2020, 2024),
                                   line("national", 42'600'000'000, 2020, 2020, "national")}
            << QStringList{"complex@2020=71480000000~", "complex@2021=71480000000~", "complex@2022=71480000000~",
                           "complex@2023=71480000000~", "complex@2024=71480000000~", "national@2020=42600000000"}
            << QStringList{};
        QTest::newRow("a multi-year part is spread too")
            << QVector<BudgetLine>{line("total", 350'000'000'000, 2024, 2028, "mixed"),
                                   line("sat", 9'200'000'000, 2024, 2028, "city")}
            << QStringList{"total@2024=68160000000~", "total@2025=68160000000~", "total@2026=68160000000~",
                           "total@2027=68160000000~", "total@2028=68160000000~", "sat@2024=1840000000~",
                           "sat@2025=1840000000~",    "sat@2026=1840000000~",    "sat@2027=1840000000~",
                           "sat@2028=1840000000~"}
            << QStringList{};
        QTest::newRow("known parts for every year: the rest is spread over all of them")
            << QVector<BudgetLine>{line("total", 100, 2020, 2021), line("y2020", 30, 2020, 2020),
                                   line("y2021", 40, 2021, 2021)}
            << QStringList{"total@2020=15~", "total@2021=15~", "y2020@2020=30", "y2021@2021=40"} << QStringList{};
        QTest::newRow("lines without years are not placed")
            << QVector<BudgetLine>{line("undated", 1'500'000'000'000, {}, {}), line("one", 5, 2021, 2021)}
            << QStringList{"one@2021=5"} << QStringList{"undated=1500000000000"};
    }

    void yearPieces()
    {
        QFETCH(QVector<BudgetLine>, lines);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unplaced);
        const Plan p = plan(lines);
        QVector<BudgetPiece> left;
        const QVector<BudgetPiece> pieces = BudgetAllocation::yearPieces(p, &left);
        QCOMPARE(describe(pieces), expected);
        QCOMPARE(describe(left), unplaced);
        // Every won of the outermost lines is somewhere, exactly once.
        qint64 outermost = 0;
        const QHash<QString, QString> parents = BudgetAllocation::containers(p);
        for (const BudgetLine &l : p.budgetLines) {
            if (!parents.contains(l.key))
                outermost += l.amount.won;
        }
        QCOMPARE(sum(pieces) + sum(left), outermost);
    }

    void nestingFollowsTheStraightforwardRule_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("count");
        for (quint32 seed = 1; seed <= 40; ++seed)
            QTest::addRow("seed %u, %d lines", seed, int(5 + seed * 7 % 120)) << seed << int(5 + seed * 7 % 120);
    }

    void nestingFollowsTheStraightforwardRule()
    {
        QFETCH(quint32, seed);
        QFETCH(int, count);
        const Plan p = randomPlan(seed, count);
        const ReferenceNesting expected = referenceNesting(p);
        QCOMPARE(BudgetAllocation::containers(p), expected.parentOf);
        const QVector<BudgetPiece> pieces = BudgetAllocation::wholePieces(p);
        QCOMPARE(pieces.size(), p.budgetLines.size());
        for (const BudgetPiece &piece : pieces) {
            QCOMPARE(piece.won, expected.rest.value(piece.lineKey));
            QCOMPARE(piece.remainder, expected.holders.contains(piece.lineKey));
        }
    }
};

QTEST_GUILESS_MAIN(TestBudgetAllocation)
#include "TestBudgetAllocation.moc"
