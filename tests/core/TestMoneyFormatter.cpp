#include "money/MoneyFormatter.h"
#include "money/MoneyParser.h"

#include <QTest>

#include <limits>

using namespace innoatlas;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

} // namespace

class TestMoneyFormatter : public QObject
{
    Q_OBJECT

private slots:
    void formatKorean_data();
    void formatKorean();
    void formatKoreanExact_data();
    void formatKoreanExact();
    void formatEnglish_data();
    void formatEnglish();
    void formatEnglishExact_data();
    void formatEnglishExact();
    void format_data();
    void format();
    void formatKoreanInUnit_data();
    void formatKoreanInUnit();
    void parsedThenFormatted_data();
    void parsedThenFormatted();
};

void TestMoneyFormatter::formatKorean_data()
{
    QTest::addColumn<qint64>("won");
    QTest::addColumn<QString>("expected");

    QTest::newRow("350 billion") << qint64(350'000'000'000) << QStringLiteral("3,500억 원");
    QTest::newRow("2.3456 trillion") << qint64(2'345'600'000'000) << QStringLiteral("2조 3,456억 원");
    QTest::newRow("97.3 billion") << qint64(97'300'000'000) << QStringLiteral("973억 원");
    QTest::newRow("126.2 billion") << qint64(126'200'000'000) << QStringLiteral("1,262억 원");
    QTest::newRow("11.8 trillion") << qint64(11'800'000'000'000) << QStringLiteral("11조 8,000억 원");
    QTest::newRow("1 trillion") << qint64(1'000'000'000'000) << QStringLiteral("1조 원");
    QTest::newRow("1 trillion and 1") << qint64(1'000'000'000'001) << QStringLiteral("1조 1 원");
    QTest::newRow("50 million") << qint64(50'000'000) << QStringLiteral("5,000만 원");
    QTest::newRow("120 million") << qint64(120'000'000) << QStringLiteral("1억 2,000만 원");
    QTest::newRow("not on 만") << qint64(123'456'789) << QStringLiteral("1억 2,345만 6,789 원");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0원");
    QTest::newRow("one won") << qint64(1) << QStringLiteral("1원");
    QTest::newRow("9,999") << qint64(9'999) << QStringLiteral("9,999원");
    QTest::newRow("1만") << qint64(10'000) << QStringLiteral("1만 원");
    QTest::newRow("9,999만") << qint64(99'990'000) << QStringLiteral("9,999만 원");
    QTest::newRow("1억 - 1") << qint64(99'999'999) << QStringLiteral("9,999만 9,999 원");
    QTest::newRow("1억") << qint64(100'000'000) << QStringLiteral("1억 원");
    QTest::newRow("qint64 max") << kMax << QStringLiteral("9,223,372조 368억 5,477만 5,807 원");
    QTest::newRow("negative") << qint64(-350'000'000'000) << QStringLiteral("-3,500억 원");
    QTest::newRow("qint64 min") << kMin << QStringLiteral("-9,223,372조 368억 5,477만 5,808 원");
}

void TestMoneyFormatter::formatKorean()
{
    QFETCH(qint64, won);
    QFETCH(QString, expected);

    QCOMPARE(MoneyFormatter::formatKorean(won), expected);
}

void TestMoneyFormatter::formatKoreanExact_data()
{
    QTest::addColumn<qint64>("won");
    QTest::addColumn<QString>("expected");

    QTest::newRow("350 billion") << qint64(350'000'000'000) << QStringLiteral("350,000,000,000원");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0원");
    QTest::newRow("one won") << qint64(1) << QStringLiteral("1원");
    QTest::newRow("999") << qint64(999) << QStringLiteral("999원");
    QTest::newRow("1,000") << qint64(1'000) << QStringLiteral("1,000원");
    QTest::newRow("qint64 max") << kMax << QStringLiteral("9,223,372,036,854,775,807원");
    QTest::newRow("negative") << qint64(-5) << QStringLiteral("-5원");
}

void TestMoneyFormatter::formatKoreanExact()
{
    QFETCH(qint64, won);
    QFETCH(QString, expected);

    QCOMPARE(MoneyFormatter::formatKoreanExact(won), expected);
}

void TestMoneyFormatter::formatEnglish_data()
{
    QTest::addColumn<qint64>("won");
    QTest::addColumn<QString>("expected");

    // Exact with up to three decimals.
    QTest::newRow("350 billion") << qint64(350'000'000'000) << QStringLiteral("KRW 350 billion");
    QTest::newRow("97.3 billion") << qint64(97'300'000'000) << QStringLiteral("KRW 97.3 billion");
    QTest::newRow("97.35 billion") << qint64(97'350'000'000) << QStringLiteral("KRW 97.35 billion");
    QTest::newRow("62.6 billion") << qint64(62'600'000'000) << QStringLiteral("KRW 62.6 billion");
    QTest::newRow("126.2 billion") << qint64(126'200'000'000) << QStringLiteral("KRW 126.2 billion");
    QTest::newRow("1.262 trillion") << qint64(1'262'000'000'000) << QStringLiteral("KRW 1.262 trillion");
    QTest::newRow("11.8 trillion") << qint64(11'800'000'000'000) << QStringLiteral("KRW 11.8 trillion");
    QTest::newRow("1.5 trillion") << qint64(1'500'000'000'000) << QStringLiteral("KRW 1.5 trillion");
    QTest::newRow("1 trillion") << qint64(1'000'000'000'000) << QStringLiteral("KRW 1 trillion");
    QTest::newRow("1 million") << qint64(1'000'000) << QStringLiteral("KRW 1 million");
    QTest::newRow("1.234 million") << qint64(1'234'000) << QStringLiteral("KRW 1.234 million");

    // Rounded to three significant digits, never dropping whole units.
    QTest::newRow("2.3456 trillion") << qint64(2'345'600'000'000) << QStringLiteral("KRW 2.35 trillion");
    QTest::newRow("2.344999999999 trillion") << qint64(2'344'999'999'999) << QStringLiteral("KRW 2.34 trillion");
    QTest::newRow("2.3000001 trillion") << qint64(2'300'000'100'000) << QStringLiteral("KRW 2.3 trillion");
    QTest::newRow("97.345678901 billion") << qint64(97'345'678'901) << QStringLiteral("KRW 97.3 billion");
    QTest::newRow("97.350000001 billion") << qint64(97'350'000'001) << QStringLiteral("KRW 97.4 billion");
    QTest::newRow("999.440000001 billion") << qint64(999'440'000'001) << QStringLiteral("KRW 999 billion");
    QTest::newRow("1.247364859 billion") << qint64(1'247'364'859) << QStringLiteral("KRW 1.25 billion");
    QTest::newRow("350.123456789 billion") << qint64(350'123'456'789) << QStringLiteral("KRW 350 billion");
    QTest::newRow("12.3456 trillion") << qint64(12'345'600'000'000) << QStringLiteral("KRW 12.3 trillion");
    QTest::newRow("123.456789 trillion") << qint64(123'456'789'000'000) << QStringLiteral("KRW 123 trillion");
    QTest::newRow("1.234567 million") << qint64(1'234'567) << QStringLiteral("KRW 1.23 million");
    QTest::newRow("5.123456 million") << qint64(5'123'456) << QStringLiteral("KRW 5.12 million");

    // Rounding up to 1,000 of a unit moves to the next unit.
    QTest::newRow("999,999,999,999") << qint64(999'999'999'999) << QStringLiteral("KRW 1 trillion");
    QTest::newRow("999,999,999") << qint64(999'999'999) << QStringLiteral("KRW 1 billion");
    QTest::newRow("999.6 billion and 1") << qint64(999'600'000'001) << QStringLiteral("KRW 1 trillion");

    // Below a million the amount is written in full.
    QTest::newRow("zero") << qint64(0) << QStringLiteral("KRW 0");
    QTest::newRow("one won") << qint64(1) << QStringLiteral("KRW 1");
    QTest::newRow("999,999") << qint64(999'999) << QStringLiteral("KRW 999,999");

    QTest::newRow("qint64 max") << kMax << QStringLiteral("KRW 9,223,372 trillion");
    QTest::newRow("negative") << qint64(-350'000'000'000) << QStringLiteral("-KRW 350 billion");
    QTest::newRow("qint64 min") << kMin << QStringLiteral("-KRW 9,223,372 trillion");
}

void TestMoneyFormatter::formatEnglish()
{
    QFETCH(qint64, won);
    QFETCH(QString, expected);

    QCOMPARE(MoneyFormatter::formatEnglish(won), expected);
}

void TestMoneyFormatter::formatEnglishExact_data()
{
    QTest::addColumn<qint64>("won");
    QTest::addColumn<QString>("expected");

    QTest::newRow("350 billion") << qint64(350'000'000'000) << QStringLiteral("KRW 350,000,000,000");
    QTest::newRow("2.3456 trillion") << qint64(2'345'600'000'000) << QStringLiteral("KRW 2,345,600,000,000");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("KRW 0");
    QTest::newRow("qint64 max") << kMax << QStringLiteral("KRW 9,223,372,036,854,775,807");
}

void TestMoneyFormatter::formatEnglishExact()
{
    QFETCH(qint64, won);
    QFETCH(QString, expected);

    QCOMPARE(MoneyFormatter::formatEnglishExact(won), expected);
}

void TestMoneyFormatter::format_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *tag, qint64 amount, const char *currency, const char *language,
                        const QString &expected) {
        QTest::newRow(tag) << amount << QString::fromLatin1(currency) << QString::fromLatin1(language) << expected;
    };

    row("KRW ko", 350'000'000'000, "KRW", "ko", QStringLiteral("3,500억 원"));
    row("KRW en", 350'000'000'000, "KRW", "en", QStringLiteral("KRW 350 billion"));
    row("KRW ko_KR", 2'345'600'000'000, "KRW", "ko_KR", QStringLiteral("2조 3,456억 원"));
    row("KRW en_US", 2'345'600'000'000, "KRW", "en_US", QStringLiteral("KRW 2.35 trillion"));
    row("USD en", 31'600'000'000, "USD", "en", QStringLiteral("US$316 million"));
    row("USD ko", 31'600'000'000, "USD", "ko", QStringLiteral("3억 1,600만 달러"));
    row("USD cents en", 12'345'678'950, "USD", "en", QStringLiteral("US$123 million"));
    row("USD cents ko", 12'345'678'950, "USD", "ko", QStringLiteral("1억 2,345만 6,789.50 달러"));
    row("USD small en", 5, "USD", "en", QStringLiteral("US$0.05"));
    row("USD negative en", -31'600'000'000, "USD", "en", QStringLiteral("-US$316 million"));
    row("EUR en", 250'000'000, "EUR", "en", QStringLiteral("€2.5 million"));
    row("EUR ko", 250'000'000, "EUR", "ko", QStringLiteral("250만 유로"));
    row("GBP en", 123'450, "GBP", "en", QStringLiteral("£1,234.50"));
    row("GBP ko", 123'450, "GBP", "ko", QStringLiteral("1,234.50파운드"));
    row("JPY en", 12'000'000'000, "JPY", "en", QStringLiteral("JP¥12 billion"));
    row("JPY ko", 12'000'000'000, "JPY", "ko", QStringLiteral("120억 엔"));
    row("CNY en", 300'000'000'000, "CNY", "en", QStringLiteral("CN¥3 billion"));
    row("CNY ko", 300'000'000'000, "CNY", "ko", QStringLiteral("30억 위안"));
    row("CHF en", 250'000'000, "CHF", "en", QStringLiteral("CHF 2.5 million"));
    row("CHF ko", 250'000'000, "CHF", "ko", QStringLiteral("250만 CHF"));
    row("CHF small ko", 123'400, "CHF", "ko", QStringLiteral("1,234 CHF"));
    row("KWD en", 1'234, "KWD", "en", QStringLiteral("KWD 1.234"));
}

void TestMoneyFormatter::format()
{
    QFETCH(qint64, amount);
    QFETCH(QString, currency);
    QFETCH(QString, language);
    QFETCH(QString, expected);

    QCOMPARE(MoneyFormatter::format(Money{amount, currency}, language), expected);
}

void TestMoneyFormatter::formatKoreanInUnit_data()
{
    QTest::addColumn<qint64>("won");
    QTest::addColumn<MoneyFormatter::Unit>("unit");
    QTest::addColumn<int>("maxDecimals");
    QTest::addColumn<QString>("expected");

    using Unit = MoneyFormatter::Unit;
    QTest::newRow("억") << qint64(350'000'000'000) << Unit::Eok << 2 << QStringLiteral("3,500억 원");
    QTest::newRow("조") << qint64(350'000'000'000) << Unit::Jo << 2 << QStringLiteral("0.35조 원");
    QTest::newRow("만") << qint64(350'000'000'000) << Unit::Man << 2 << QStringLiteral("35,000,000만 원");
    QTest::newRow("원") << qint64(350'000'000'000) << Unit::Won << 2 << QStringLiteral("350,000,000,000원");
    QTest::newRow("rounded down") << qint64(123'456'789) << Unit::Eok << 2 << QStringLiteral("1.23억 원");
    QTest::newRow("half away from zero") << qint64(35'000'000) << Unit::Eok << 1 << QStringLiteral("0.4억 원");
    QTest::newRow("negative half") << qint64(-35'000'000) << Unit::Eok << 1 << QStringLiteral("-0.4억 원");
    QTest::newRow("no decimals") << qint64(35'000'000) << Unit::Eok << 0 << QStringLiteral("0억 원");
    QTest::newRow("no minus zero") << qint64(-1) << Unit::Eok << 2 << QStringLiteral("0억 원");
    QTest::newRow("more decimals") << qint64(2'345'600'000'000) << Unit::Jo << 10 << QStringLiteral("2.3456조 원");
    QTest::newRow("decimals clamped") << qint64(2'345'600'000'000) << Unit::Jo << -1 << QStringLiteral("2조 원");
    QTest::newRow("qint64 max") << kMax << Unit::Jo << 2 << QStringLiteral("9,223,372.04조 원");
}

void TestMoneyFormatter::formatKoreanInUnit()
{
    QFETCH(qint64, won);
    QFETCH(MoneyFormatter::Unit, unit);
    QFETCH(int, maxDecimals);
    QFETCH(QString, expected);

    QCOMPARE(MoneyFormatter::formatKoreanInUnit(won, unit, maxDecimals), expected);
}

void TestMoneyFormatter::parsedThenFormatted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("korean");
    QTest::addColumn<QString>("english");

    const auto row = [](const QString &text, const QString &korean, const QString &english) {
        QTest::newRow(qUtf8Printable(text)) << text << korean << english;
    };

    row(QStringLiteral("350 billion won"), QStringLiteral("3,500억 원"), QStringLiteral("KRW 350 billion"));
    row(QStringLiteral("3,500억원"), QStringLiteral("3,500억 원"), QStringLiteral("KRW 350 billion"));
    row(QStringLiteral("₩350,000,000,000"), QStringLiteral("3,500억 원"), QStringLiteral("KRW 350 billion"));
    row(QStringLiteral("2조3456억"), QStringLiteral("2조 3,456억 원"), QStringLiteral("KRW 2.35 trillion"));
    row(QStringLiteral("KRW 97.3 billion"), QStringLiteral("973억 원"), QStringLiteral("KRW 97.3 billion"));
    row(QStringLiteral("1,262억"), QStringLiteral("1,262억 원"), QStringLiteral("KRW 126.2 billion"));
    row(QStringLiteral("5천만원"), QStringLiteral("5,000만 원"), QStringLiteral("KRW 50 million"));
    row(QStringLiteral("1억 2천만 원"), QStringLiteral("1억 2,000만 원"), QStringLiteral("KRW 120 million"));
    row(QStringLiteral("3만 원"), QStringLiteral("3만 원"), QStringLiteral("KRW 30,000"));
    row(QStringLiteral("1조"), QStringLiteral("1조 원"), QStringLiteral("KRW 1 trillion"));
    row(QStringLiteral("11.8 trillion won"), QStringLiteral("11조 8,000억 원"), QStringLiteral("KRW 11.8 trillion"));
    row(QStringLiteral("about 400 billion KRW"), QStringLiteral("4,000억 원"), QStringLiteral("KRW 400 billion"));
    row(QStringLiteral("$316 million"), QStringLiteral("3억 1,600만 달러"), QStringLiteral("US$316 million"));
    row(QStringLiteral("EUR 2.5 million"), QStringLiteral("250만 유로"), QStringLiteral("€2.5 million"));
}

void TestMoneyFormatter::parsedThenFormatted()
{
    QFETCH(QString, text);
    QFETCH(QString, korean);
    QFETCH(QString, english);

    const MoneyParseResult parsed = MoneyParser::parse(text);
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QCOMPARE(MoneyFormatter::format(parsed.money, u"ko"), korean);
    QCOMPARE(MoneyFormatter::format(parsed.money, u"en"), english);
}

QTEST_GUILESS_MAIN(TestMoneyFormatter)
#include "TestMoneyFormatter.moc"
