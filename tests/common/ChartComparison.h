#pragma once

// Compares a chart counted from the stored pieces with the same chart counted from every line in memory.

#include "charts/ChartSpec.h"

#include <QTest>

namespace innoatlas::test {

inline qint64 contributed(const ChartValue &value)
{
    qint64 sum = 0;
    for (const ChartContribution &c : value.contributions)
        sum += c.won;
    return sum;
}

/**
 * Everything a chart shows, except which lines its tooltips name; a chart of values only (ChartDetail) beside one with
 * its tooltips compares alike. Call QTest::currentTestFailed() after it.
 */
inline void compareCharts(const ChartSpec &stored, const ChartSpec &counted)
{
    QCOMPARE(stored.title, counted.title);
    QCOMPARE(stored.categories.size(), counted.categories.size());
    for (int c = 0; c < counted.categories.size(); ++c) {
        QCOMPARE(stored.categories.at(c).key, counted.categories.at(c).key);
        QCOMPARE(stored.categories.at(c).label, counted.categories.at(c).label);
        QCOMPARE(stored.categories.at(c).population.has_value(), counted.categories.at(c).population.has_value());
    }
    QCOMPARE(stored.series.size(), counted.series.size());
    for (int s = 0; s < counted.series.size(); ++s) {
        QCOMPARE(stored.series.at(s).key, counted.series.at(s).key);
        QCOMPARE(stored.series.at(s).label, counted.series.at(s).label);
        for (int c = 0; c < counted.categories.size(); ++c) {
            const ChartValue &a = stored.series.at(s).values.at(c);
            const ChartValue &b = counted.series.at(s).values.at(c);
            QCOMPARE(a.known, b.known);
            QCOMPARE(a.estimated, b.estimated);
            QCOMPARE(a.won, b.won);
            for (const ChartSpec *spec : {&stored, &counted}) {
                const ChartValue &value = spec->series.at(s).values.at(c);
                if (spec->detail == ChartDetail::Tooltips)
                    QCOMPARE(contributed(value), value.won);
                else
                    QVERIFY(value.contributions.isEmpty());
            }
            if (stored.detail == counted.detail)
                QCOMPARE(a.contributions.isEmpty(), b.contributions.isEmpty());
        }
    }
    QCOMPARE(stored.axis.maximum, counted.axis.maximum);
    QCOMPARE(stored.axis.tickLabels, counted.axis.tickLabels);
    QCOMPARE(stored.notes, counted.notes);
    QCOMPARE(stored.estimatedLegend, counted.estimatedLegend);
    QCOMPARE(stored.sourceKeys, counted.sourceKeys);
    QCOMPARE(stored.sourceLine, counted.sourceLine);
    for (const ChartSpec *spec : {&stored, &counted}) {
        if (spec->detail == ChartDetail::ValuesOnly)
            QVERIFY(spec->lines.isEmpty());
    }
}

} // namespace innoatlas::test
