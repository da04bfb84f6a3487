#include "importers/FieldParser.h"

#include <QTest>

using namespace innoatlas;

class TestFieldParser : public QObject
{
    Q_OBJECT

private slots:
    void cleansText_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("apostrophe code") << QStringLiteral("'11") << QStringLiteral("'11") << QStringLiteral("11");
        QTest::newRow("leading zeros kept") << QStringLiteral("'0C") << QStringLiteral("'0C") << QStringLiteral("0C");
        QTest::newRow("leading spaces") << QStringLiteral("   지역활력타운 조성") << QStringLiteral("지역활력타운 조성")
                                        << QStringLiteral("지역활력타운 조성");
        QTest::newRow("ideographic and no-break spaces")
            << QStringLiteral("\u3000서울특별시\u00A0") << QStringLiteral("서울특별시") << QStringLiteral("서울특별시");
        QTest::newRow("inner spaces stay")
            << QStringLiteral(" 경기도 수원시 ") << QStringLiteral("경기도 수원시") << QStringLiteral("경기도 수원시");
    }

    void cleansText()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, code);
        QCOMPARE(FieldParser::text(field), text);
        QCOMPARE(FieldParser::code(field), code);
    }

    void counts_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value");
        QTest::newRow("plain") << QStringLiteral("3393191") << true << qint64(3393191);
        QTest::newRow("thousands") << QStringLiteral("3,393,191") << true << qint64(3393191);
        QTest::newRow("apostrophe") << QStringLiteral("'2010") << true << qint64(2010);
        QTest::newRow("spaces") << QStringLiteral(" 1,490,158 ") << true << qint64(1490158);
        QTest::newRow("misplaced separator") << QStringLiteral("1,49,0158") << false << qint64(0);
        QTest::newRow("decimal") << QStringLiteral("38.1") << false << qint64(0);
        QTest::newRow("negative") << QStringLiteral("-5") << false << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("words") << QStringLiteral("n/a") << false << qint64(0);
        QTest::newRow("too large") << QStringLiteral("99999999999999999999") << false << qint64(0);
    }

    void counts()
    {
        QFETCH(QString, field);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        qint64 parsed = -1;
        QString error;
        QCOMPARE(FieldParser::count(field, &parsed, &error), ok);
        if (ok)
            QCOMPARE(parsed, value);
        else
            QVERIFY(!error.isEmpty());
    }

    void amountsAreExactWon_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("won");
        QTest::newRow("won") << QStringLiteral("1,234") << QStringLiteral("원") << true << qint64(1234);
        QTest::newRow("thousand won") << QStringLiteral("93,500,500") << QStringLiteral("천원") << true
                                      << qint64(93500500000);
        QTest::newRow("million won, decimals")
            << QStringLiteral("1,234.5") << QStringLiteral("백만원") << true << qint64(1234500000);
        QTest::newRow("hundred million won")
            << QStringLiteral("3,500") << QStringLiteral("억원") << true << qint64(350000000000);
        QTest::newRow("hundred million won, 0.1")
            << QStringLiteral("97.3") << QStringLiteral("억 원") << true << qint64(9730000000);
        QTest::newRow("english unit name")
            << QStringLiteral("12") << QStringLiteral("thousand-won") << true << qint64(12000);
        QTest::newRow("trailing zero decimals") << QStringLiteral("5.000") << QStringLiteral("원") << true << qint64(5);
        QTest::newRow("fraction of a won") << QStringLiteral("1.5") << QStringLiteral("원") << false << qint64(0);
        QTest::newRow("fraction of a won in thousands")
            << QStringLiteral("1.2345") << QStringLiteral("천원") << false << qint64(0);
        QTest::newRow("negative") << QStringLiteral("△1,000") << QStringLiteral("천원") << false << qint64(0);
        QTest::newRow("beyond qint64") << QStringLiteral("100,000,000") << QStringLiteral("조원") << false << qint64(0);
    }

    void amountsAreExactWon()
    {
        QFETCH(QString, field);
        QFETCH(QString, unit);
        QFETCH(bool, ok);
        QFETCH(qint64, won);
        AmountUnit amountUnit;
        QVERIFY(AmountUnit::parse(unit, &amountUnit));
        qint64 parsed = -1;
        QString error;
        QCOMPARE(FieldParser::amount(field, amountUnit, &parsed, &error), ok);
        if (ok)
            QCOMPARE(parsed, won);
        else
            QVERIFY(!error.isEmpty());
    }

    void unknownUnitsAreRefused()
    {
        AmountUnit unit;
        QVERIFY(!AmountUnit::parse(QStringLiteral("달러"), &unit));
        QVERIFY(!AmountUnit::parse(QString(), &unit));
        QVERIFY(AmountUnit::parse(QStringLiteral("천"), &unit));
        QCOMPARE(unit.won, qint64(1000));
        QCOMPARE(unit.name, QStringLiteral("천원"));
    }
};

QTEST_GUILESS_MAIN(TestFieldParser)
#include "TestFieldParser.moc"
