#include "charts/ValueAxisScale.h"

#include <QTest>

using namespace innoatlas;

class TestValueAxisScale : public QObject
{
    Q_OBJECT

private slots:
    void niceStep_data()
    {
        QTest::addColumn<qint64>("maximum");
        QTest::addColumn<qint64>("step");
        QTest::newRow("2,435.2 billion") << qint64(2'435'200'000'000) << qint64(500'000'000'000);
        QTest::newRow("651.1 billion") << qint64(651'140'000'000) << qint64(200'000'000'000);
        QTest::newRow("1,634,189 won") << qint64(1'634'189) << qint64(500'000);
        QTest::newRow("exactly five steps") << qint64(1'000) << qint64(200);
        QTest::newRow("2.5 steps") << qint64(1'200) << qint64(250);
        QTest::newRow("tiny") << qint64(3) << qint64(1);
        QTest::newRow("zero") << qint64(0) << qint64(1);
    }

    void niceStep()
    {
        QFETCH(qint64, maximum);
        QFETCH(qint64, step);
        QCOMPARE(ValueAxisScale::niceStep(maximum), step);
    }

    void scaled_data()
    {
        QTest::addColumn<qint64>("won");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("text");
        QTest::newRow("억") << qint64(350'000'000'000) << 8 << 2 << "3,500";
        QTest::newRow("조") << qint64(350'000'000'000) << 12 << 2 << "0.35";
        QTest::newRow("billion") << qint64(97'300'000'000) << 9 << 1 << "97.3";
        QTest::newRow("rounded half away from zero") << qint64(1'655'200'000'000) << 12 << 2 << "1.66";
        QTest::newRow("trailing zeros dropped") << qint64(1'500'000'000'000) << 12 << 2 << "1.5";
        QTest::newRow("won") << qint64(1'634'189) << 0 << 0 << "1,634,189";
        QTest::newRow("negative") << qint64(-350'000'000'000) << 8 << 0 << "-3,500";
        QTest::newRow("rounds to zero") << qint64(-1) << 8 << 2 << "0";
    }

    void scaled()
    {
        QFETCH(qint64, won);
        QFETCH(int, exponent);
        QFETCH(int, decimals);
        QFETCH(QString, text);
        QCOMPARE(ValueAxisScale::scaled(won, exponent, decimals), text);
    }

    void axisTicksAreTheSameInBothLanguages()
    {
        const ChartAxis ko = ValueAxisScale::axis(2'435'200'000'000, DisplayUnit::Eok, Language::Korean, false);
        const ChartAxis en = ValueAxisScale::axis(2'435'200'000'000, DisplayUnit::Eok, Language::English, false);
        QCOMPARE(ko.ticks, en.ticks);
        QCOMPARE(ko.maximum, qint64(2'500'000'000'000));
        QCOMPARE(ko.tickLabels, (QStringList{"0", "5,000", "10,000", "15,000", "20,000", "25,000"}));
        QCOMPARE(en.tickLabels, (QStringList{"0", "500", "1,000", "1,500", "2,000", "2,500"}));
        QCOMPARE(ko.title, QStringLiteral("억 원"));
        QCOMPARE(en.title, QStringLiteral("KRW billion"));
        const ChartAxis jo = ValueAxisScale::axis(2'435'200'000'000, DisplayUnit::Jo, Language::Korean, false);
        QCOMPARE(jo.tickLabels, (QStringList{"0", "0.5", "1", "1.5", "2", "2.5"}));
    }

    void perCapitaIsInWon()
    {
        const ChartAxis axis = ValueAxisScale::axis(1'634'189, DisplayUnit::Jo, Language::English, true);
        QCOMPARE(axis.title, QStringLiteral("KRW per resident"));
        QCOMPARE(axis.tickLabels.last(), QStringLiteral("2,000,000"));
    }

    void emptyChartStillHasAnAxis()
    {
        const ChartAxis axis = ValueAxisScale::axis(0, DisplayUnit::Eok, Language::Korean, false);
        QVERIFY(axis.ticks.size() >= 2);
        QCOMPARE(axis.ticks.first(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestValueAxisScale)
#include "TestValueAxisScale.moc"
