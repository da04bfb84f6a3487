#include "model/PartialDate.h"

#include <QTest>

using namespace innoatlas;

class TestPartialDate : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("precision");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QDate>("latest");
        QTest::newRow("day") << "2023-11-29"
                             << "day" << true << QDate(2023, 11, 29) << QDate(2023, 11, 29);
        QTest::newRow("month") << "2023-10"
                               << "month" << true << QDate(2023, 10, 1) << QDate(2023, 10, 31);
        QTest::newRow("february of a leap year") << "2024-02"
                                                 << "month" << true << QDate(2024, 2, 1) << QDate(2024, 2, 29);
        QTest::newRow("year") << "2045"
                              << "year" << true << QDate(2045, 1, 1) << QDate(2045, 12, 31);
        QTest::newRow("approximate month") << "2022-04"
                                           << "approximate" << true << QDate(2022, 4, 1) << QDate(2022, 4, 30);
        QTest::newRow("day claimed as month") << "2023-11-29"
                                              << "month" << false << QDate() << QDate();
        QTest::newRow("year claimed as day") << "2023"
                                             << "day" << false << QDate() << QDate();
        QTest::newRow("no 30 February") << "2023-02-30"
                                        << "day" << false << QDate() << QDate();
        QTest::newRow("month 13") << "2023-13"
                                  << "month" << false << QDate() << QDate();
        QTest::newRow("slashes") << "2023/11/29"
                                 << "day" << false << QDate() << QDate();
        QTest::newRow("far future") << "9999"
                                    << "year" << false << QDate() << QDate();
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, precision);
        QFETCH(bool, valid);
        QFETCH(QDate, earliest);
        QFETCH(QDate, latest);
        DatePrecision p;
        QVERIFY(parseDatePrecision(precision, &p));
        QString error;
        const PartialDate date = PartialDate::parse(text, p, &error);
        QCOMPARE(date.isValid(), valid);
        QCOMPARE(error.isEmpty(), valid);
        if (!valid)
            return;
        QCOMPARE(date.toIsoString(), text);
        QCOMPARE(date.earliest(), earliest);
        QCOMPARE(date.latest(), latest);
    }
};

QTEST_GUILESS_MAIN(TestPartialDate)
#include "TestPartialDate.moc"
