#include "charts/TimeScale.h"

#include <QTest>

using namespace innoatlas;

class TestTimeScale : public QObject
{
    Q_OBJECT

private slots:
    void linearCountsDays()
    {
        const TimeScale scale = TimeScale::linear(2024, 2025);
        QCOMPARE(scale.length(), 731.0); // 2024 is a leap year
        QCOMPARE(scale.position(QDate(2024, 1, 1)), 0.0);
        QCOMPARE(scale.position(QDate(2025, 1, 1)), 366.0);
        QCOMPARE(scale.positionAfter(QDate(2025, 12, 31)), 731.0);
        QCOMPARE(scale.dateAt(366.0), QDate(2025, 1, 1));
    }

    void longEmptyStretchesAreCompressed_data()
    {
        QTest::addColumn<int>("minGap");
        QTest::addColumn<int>("segments");
        QTest::addColumn<bool>("compressed2035");
        QTest::newRow("gap of 14 years, breaks from 3") << 3 << 3 << true;
        QTest::newRow("gap of 14 years, breaks from 20") << 20 << 1 << false;
    }

    void longEmptyStretchesAreCompressed()
    {
        QFETCH(int, minGap);
        QFETCH(int, segments);
        QFETCH(bool, compressed2035);
        // 2022–2028 plans and a 2045 goal.
        const TimeScale scale = TimeScale::compressed(
            {{QDate(2022, 1, 1), QDate(2028, 12, 31)}, {QDate(2045, 1, 1), QDate(2045, 12, 31)}}, minGap);
        QCOMPARE(scale.segments().size(), segments);
        QCOMPARE(scale.isCompressed(QDate(2035, 6, 1)), compressed2035);
        QCOMPARE(scale.first(), QDate(2022, 1, 1));
        QCOMPARE(scale.end(), QDate(2046, 1, 1));
        if (compressed2035) {
            // 2022–2028 full, a fixed break, then 2045 full: both ends stay readable.
            const qreal dense = QDate(2022, 1, 1).daysTo(QDate(2029, 1, 1));
            QCOMPARE(scale.position(QDate(2029, 1, 1)), dense);
            QCOMPARE(scale.position(QDate(2045, 1, 1)), dense + TimeScale::breakLength);
            QCOMPARE(scale.length(), dense + TimeScale::breakLength + 365);
        }
    }

    void positionsGrowWithDates()
    {
        const TimeScale scale = TimeScale::compressed({{QDate(2005, 1, 1), QDate(2005, 12, 31)},
                                                       {QDate(2019, 1, 1), QDate(2030, 12, 31)},
                                                       {QDate(2045, 1, 1), QDate(2045, 12, 31)}});
        QCOMPARE(scale.segments().size(), 5);
        qreal last = -1;
        for (QDate d(2004, 12, 1); d < QDate(2046, 2, 1); d = d.addDays(17)) {
            const qreal p = scale.position(d);
            QVERIFY2(p >= last, qPrintable(d.toString(Qt::ISODate)));
            last = p;
            if (d >= scale.first() && d < scale.end() && !scale.isCompressed(d))
                QCOMPARE(scale.dateAt(p), d); // dense segments round-trip to the day
        }
    }

    void gapsShorterThanTheMinimumStayLinear()
    {
        const TimeScale scale =
            TimeScale::compressed({{QDate(2020, 1, 1), QDate(2020, 12, 31)}, {QDate(2023, 1, 1), QDate(2023, 12, 31)}});
        QCOMPARE(scale.segments().size(), 1);
        QCOMPARE(scale.length(), qreal(QDate(2020, 1, 1).daysTo(QDate(2024, 1, 1))));
    }

    void emptyScale()
    {
        const TimeScale scale = TimeScale::compressed({});
        QVERIFY(scale.isEmpty());
        QCOMPARE(scale.length(), 0.0);
        QCOMPARE(scale.position(QDate(2024, 1, 1)), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestTimeScale)
#include "TestTimeScale.moc"
