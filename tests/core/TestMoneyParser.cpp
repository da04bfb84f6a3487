#include "money/MoneyFormatter.h"
#include "money/MoneyParser.h"

#include <QTest>

#include <limits>

using namespace innoatlas;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

} // namespace

class TestMoneyParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void parseWon_data();
    void parseWon();
    void roundTripWon_data();
    void roundTripWon();
    void roundTripOtherCurrencies_data();
    void roundTripOtherCurrencies();
};

void TestMoneyParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("currency");

    const QString krw = QStringLiteral("KRW");
    const auto row = [](const QString &text, qint64 amount, const QString &currency) {
        QTest::newRow(qUtf8Printable(text)) << text << amount << currency;
    };

    // As the seed documents and Korean reports write them.
    row(QStringLiteral("350 billion won"), 350'000'000'000, krw);
    row(QStringLiteral("KRW 97.3 billion"), 97'300'000'000, krw);
    row(QStringLiteral("97.3 billion KRW"), 97'300'000'000, krw);
    row(QStringLiteral("₩350,000,000,000"), 350'000'000'000, krw);
    row(QStringLiteral("350,000,000,000원"), 350'000'000'000, krw);
    row(QStringLiteral("3,500억원"), 350'000'000'000, krw);
    row(QStringLiteral("3,500억 원"), 350'000'000'000, krw);
    row(QStringLiteral("2조 3,456억 원"), 2'345'600'000'000, krw);
    row(QStringLiteral("2조3456억"), 2'345'600'000'000, krw);
    row(QStringLiteral("4,000억"), 400'000'000'000, krw);
    row(QStringLiteral("973억 원"), 97'300'000'000, krw);
    row(QStringLiteral("1조"), 1'000'000'000'000, krw);
    row(QStringLiteral("5천만원"), 50'000'000, krw);
    row(QStringLiteral("3만 원"), 30'000, krw);
    row(QStringLiteral("1억 2천만 원"), 120'000'000, krw);
    row(QStringLiteral("1,262억"), 126'200'000'000, krw);
    row(QStringLiteral("11.8 trillion won"), 11'800'000'000'000, krw);
    row(QStringLiteral("1.5 trillion won"), 1'500'000'000'000, krw);
    row(QStringLiteral("60 billion won"), 60'000'000'000, krw);
    row(QStringLiteral("430 billion won"), 430'000'000'000, krw);
    row(QStringLiteral("62.6 billion KRW"), 62'600'000'000, krw);
    row(QStringLiteral("about 400 billion KRW"), 400'000'000'000, krw);
    row(QStringLiteral("350000000000"), 350'000'000'000, krw);
    row(QStringLiteral("$316 million"), 31'600'000'000, QStringLiteral("USD"));
    row(QStringLiteral("USD 316 million"), 31'600'000'000, QStringLiteral("USD"));
    row(QStringLiteral("US$ 316 million"), 31'600'000'000, QStringLiteral("USD"));
    row(QStringLiteral("EUR 2.5 million"), 250'000'000, QStringLiteral("EUR"));

    // Approximations are read as the amount stated.
    row(QStringLiteral("approximately 42.6 billion won"), 42'600'000'000, krw);
    row(QStringLiteral("approx. 20 billion won"), 20'000'000'000, krw);
    row(QStringLiteral("약 400억 원"), 40'000'000'000, krw);
    row(QStringLiteral("약400억"), 40'000'000'000, krw);

    // Korean units: 천/백/십 inside a group, remainders, units that stand without a number.
    row(QStringLiteral("1억 2,345만 6,789 원"), 123'456'789, krw);
    row(QStringLiteral("1억 2천3백4십5만 6천7백8십9원"), 123'456'789, krw);
    row(QStringLiteral("3천억 원"), 300'000'000'000, krw);
    row(QStringLiteral("천만 원"), 10'000'000, krw);
    row(QStringLiteral("백만 원"), 1'000'000, krw);
    row(QStringLiteral("만 원"), 10'000, krw);
    row(QStringLiteral("1조 5000"), 1'000'000'005'000, krw);
    row(QStringLiteral("1.5조 원"), 1'500'000'000'000, krw);
    row(QStringLiteral("97.3억"), 9'730'000'000, krw);
    row(QStringLiteral("1조 2.5억"), 1'000'250'000'000, krw);
    row(QStringLiteral("15,000억 원"), 1'500'000'000'000, krw);

    // Spacing variants.
    row(QStringLiteral("2 조 3456 억 원"), 2'345'600'000'000, krw);
    row(QStringLiteral("2조 3,456억원"), 2'345'600'000'000, krw);
    row(QStringLiteral("  3,500억   원  "), 350'000'000'000, krw);
    row(QStringLiteral("3,500억\u00a0원"), 350'000'000'000, krw);

    // English spellings.
    row(QStringLiteral("KRW97.3bn"), 97'300'000'000, krw);
    row(QStringLiteral("5 TN won"), 5'000'000'000'000, krw);
    row(QStringLiteral("97.30 billion won"), 97'300'000'000, krw);
    row(QStringLiteral("1 thousand won"), 1'000, krw);
    row(QStringLiteral("12 krw"), 12, krw);
    row(QStringLiteral("KRW 350 billion won"), 350'000'000'000, krw);
    row(QStringLiteral("316 mn USD"), 31'600'000'000, QStringLiteral("USD"));
    row(QStringLiteral("316 million US dollars"), 31'600'000'000, QStringLiteral("USD"));
    row(QStringLiteral("2.5 Million euros"), 250'000'000, QStringLiteral("EUR"));

    // Other currencies, in their minor units.
    row(QStringLiteral("3억 1,600만 달러"), 31'600'000'000, QStringLiteral("USD"));
    row(QStringLiteral("USD 5"), 500, QStringLiteral("USD"));
    row(QStringLiteral("£1,234.50"), 123'450, QStringLiteral("GBP"));
    row(QStringLiteral("JP¥12 billion"), 12'000'000'000, QStringLiteral("JPY"));
    row(QStringLiteral("CN¥3 billion"), 300'000'000'000, QStringLiteral("CNY"));
    row(QStringLiteral("HK$1.5 million"), 150'000'000, QStringLiteral("HKD"));
    row(QStringLiteral("KWD 1.234"), 1'234, QStringLiteral("KWD"));
    row(QStringLiteral("250만 CHF"), 250'000'000, QStringLiteral("CHF"));

    // Boundaries.
    row(QStringLiteral("0원"), 0, krw);
    row(QStringLiteral("1원"), 1, krw);
    row(QStringLiteral("9,999만 원"), 99'990'000, krw);
    row(QStringLiteral("9999만 9999"), 99'999'999, krw);
    row(QStringLiteral("99,999,999원"), 99'999'999, krw);
    row(QStringLiteral("9,223,372,036,854,775,807원"), kMax, krw);
    row(QStringLiteral("9223372조 368억 5477만 5807원"), kMax, krw);
    row(QStringLiteral("US$92,233,720,368,547,758.07"), kMax, QStringLiteral("USD"));
    row(QStringLiteral("0.000000001 billion won"), 1, krw);

    // Full-width digits and signs.
    row(QStringLiteral("３，５００억 원"), 350'000'000'000, krw);
    row(QStringLiteral("￦350,000"), 350'000, krw);
    row(QStringLiteral("ＫＲＷ ９７．３ billion"), 97'300'000'000, krw);
}

void TestMoneyParser::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, amount);
    QFETCH(QString, currency);

    const MoneyParseResult result = MoneyParser::parse(text);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.money.amount, amount);
    QCOMPARE(result.money.currency, currency);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.position, -1);
}

void TestMoneyParser::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("position");

    const auto row = [](const char *tag, const QString &text, const QString &error, int position) {
        QTest::newRow(tag) << text << error << position;
    };

    row("empty", QString(), QStringLiteral("empty input"), 0);
    row("blank", QStringLiteral("   "), QStringLiteral("empty input"), 0);
    row("currency only", QStringLiteral("KRW"), QStringLiteral("missing amount"), 3);
    row("approximation only", QStringLiteral("약"), QStringLiteral("missing amount"), 1);

    row("short digit group", QStringLiteral("3,50억"), QStringLiteral("malformed digit grouping"), 2);
    row("long digit group", QStringLiteral("1,2345"), QStringLiteral("malformed digit grouping"), 2);
    row("long first group", QStringLiteral("1234,567"), QStringLiteral("malformed digit grouping"), 0);
    row("trailing comma", QStringLiteral("3,500, 억"), QStringLiteral("malformed digit grouping"), 5);
    row("double point", QStringLiteral("1..2 billion"), QStringLiteral("malformed number"), 1);
    row("trailing point", QStringLiteral("5."), QStringLiteral("malformed number"), 1);
    row("two points", QStringLiteral("1.2.3"), QStringLiteral("malformed number"), 3);

    row("scale without number", QStringLiteral("billion won"), QStringLiteral("'billion' needs a number before it"), 0);
    row("억 without number", QStringLiteral("억 원"), QStringLiteral("'억' needs a number before it"), 0);
    row("letters after digits", QStringLiteral("12abc"), QStringLiteral("unexpected 'abc'"), 2);
    row("two numbers", QStringLiteral("350 000"), QStringLiteral("unexpected '000'"), 4);
    row("number after scale", QStringLiteral("5 billion 3"), QStringLiteral("unexpected '3'"), 10);
    row("korean after english", QStringLiteral("5 billion 억"), QStringLiteral("unexpected '억'"), 10);
    row("unknown hangul", QStringLiteral("5억 원화"), QStringLiteral("unexpected '화'"), 4);
    row("unknown character", QStringLiteral("5 #"), QStringLiteral("unexpected character '#'"), 2);
    row("plus sign", QStringLiteral("+5억"), QStringLiteral("unexpected character '+'"), 0);
    row("no number", QStringLiteral("about US"), QStringLiteral("expected a number"), 6);

    row("units out of order", QStringLiteral("3억 2조"), QStringLiteral("unit '조' out of order"), 4);
    row("unit repeated", QStringLiteral("3억 2억"), QStringLiteral("unit '억' out of order"), 4);
    row("small units out of order", QStringLiteral("3백5천"), QStringLiteral("unit '천' out of order"), 3);
    row("group too large", QStringLiteral("1조 12,000억"),
        QStringLiteral("a number after a larger unit must be below 10,000"), 3);
    row("decimal not last", QStringLiteral("1.5조 3,000억"),
        QStringLiteral("a number with decimals must be the last part of the amount"), 5);
    row("several digits before 천", QStringLiteral("12천만"), QStringLiteral("expected a single digit before '천'"), 0);
    row("zero before 천", QStringLiteral("0천만"), QStringLiteral("expected a single digit before '천'"), 0);
    row("remainder too large", QStringLiteral("3천5000"), QStringLiteral("number too large after '천'"), 2);

    row("negative", QStringLiteral("-5억"), QStringLiteral("negative amounts are not allowed"), 0);
    row("negative after currency", QStringLiteral("KRW -5 billion"), QStringLiteral("negative amounts are not allowed"),
        4);
    row("negative with minus sign", QStringLiteral("\u22125억"), QStringLiteral("negative amounts are not allowed"), 0);
    row("negative dollars", QStringLiteral("-$5"), QStringLiteral("negative amounts are not allowed"), 0);

    row("fraction of a won", QStringLiteral("0.0000000001 billion won"),
        QStringLiteral("too many decimal places for KRW"), 11);
    row("decimal won", QStringLiteral("1.5원"), QStringLiteral("too many decimal places for KRW"), 2);
    row("fraction of a cent", QStringLiteral("$1.999"), QStringLiteral("too many decimal places for USD"), 5);

    row("overflow in 조", QStringLiteral("99999999조"), QStringLiteral("amount too large"), 0);
    row("qint64 max + 1", QStringLiteral("9,223,372,036,854,775,808원"), QStringLiteral("amount too large"), 0);
    row("qint64 max + 1 in groups", QStringLiteral("9223372조 368억 5477만 5808원"), QStringLiteral("amount too large"),
        20);
    row("overflow in cents", QStringLiteral("$92,233,720,368,547,758.08"), QStringLiteral("amount too large"), 1);
    row("very long number", QStringLiteral("123456789012345678901234567890"), QStringLiteral("amount too large"), 0);

    row("unknown currency before", QStringLiteral("XYZ 5"), QStringLiteral("unknown currency 'XYZ'"), 0);
    row("unknown currency after", QStringLiteral("5 XYZ"), QStringLiteral("unknown currency 'XYZ'"), 2);
    row("conflicting currencies", QStringLiteral("KRW 5 USD"), QStringLiteral("conflicting currencies KRW and USD"), 6);
    row("conflicting korean currency", QStringLiteral("$3억 원"), QStringLiteral("conflicting currencies USD and KRW"),
        4);
    row("ambiguous yen", QStringLiteral("¥500"), QStringLiteral("ambiguous currency sign '¥'"), 0);
}

void TestMoneyParser::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QFETCH(int, position);

    const MoneyParseResult result = MoneyParser::parse(text);
    QVERIFY2(!result.ok,
             qPrintable(QStringLiteral("parsed as %1 %2").arg(result.money.amount).arg(result.money.currency)));
    QVERIFY2(result.error.startsWith(error), qPrintable(result.error));
    QCOMPARE(result.position, position);
    QCOMPARE(result.money, Money());
}

void TestMoneyParser::parseWon_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("position");

    QTest::newRow("english") << QStringLiteral("350 billion won") << true << qint64(350'000'000'000) << QString() << -1;
    QTest::newRow("korean") << QStringLiteral("3,500억원") << true << qint64(350'000'000'000) << QString() << -1;
    QTest::newRow("explicit KRW") << QStringLiteral("KRW 97.3 billion") << true << qint64(97'300'000'000) << QString()
                                  << -1;
    QTest::newRow("dollars") << QStringLiteral("$316 million") << false << qint64(0)
                             << QStringLiteral("expected an amount in KRW, not USD") << 0;
    QTest::newRow("US dollars") << QStringLiteral("316 million US dollars") << false << qint64(0)
                                << QStringLiteral("expected an amount in KRW, not USD") << 12;
    QTest::newRow("달러") << QStringLiteral("3억 달러") << false << qint64(0)
                          << QStringLiteral("expected an amount in KRW, not USD") << 3;
    QTest::newRow("empty") << QString() << false << qint64(0) << QStringLiteral("empty input") << 0;
}

void TestMoneyParser::parseWon()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, amount);
    QFETCH(QString, error);
    QFETCH(int, position);

    const MoneyParseResult result = MoneyParser::parseWon(text);
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.error, error);
    QCOMPARE(result.position, position);
    if (ok) {
        QCOMPARE(result.money, Money::fromWon(amount));
    }
}

void TestMoneyParser::roundTripWon_data()
{
    QTest::addColumn<qint64>("won");

    const qint64 values[] = {0,
                             1,
                             999,
                             9'999,
                             10'000,
                             99'990'000,
                             99'999'999,
                             100'000'000,
                             123'456'789,
                             97'300'000'000,
                             350'000'000'000,
                             999'999'999'999,
                             1'000'000'000'000,
                             1'000'000'000'001,
                             2'345'600'000'000,
                             kMax - 1,
                             kMax};
    for (qint64 won : values) {
        QTest::addRow("%lld", static_cast<long long>(won)) << won;
    }
}

// Every exact form the formatter writes reads back to the same number of won.
void TestMoneyParser::roundTripWon()
{
    QFETCH(qint64, won);

    const QString forms[] = {MoneyFormatter::formatKorean(won), MoneyFormatter::formatKoreanExact(won),
                             MoneyFormatter::formatEnglishExact(won),
                             MoneyFormatter::formatKoreanInUnit(won, MoneyFormatter::Unit::Won)};
    for (const QString &form : forms) {
        const MoneyParseResult result = MoneyParser::parseWon(form);
        QVERIFY2(result.ok, qPrintable(form + QStringLiteral(": ") + result.error));
        QCOMPARE(result.money.amount, won);
    }
}

void TestMoneyParser::roundTripOtherCurrencies_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("currency");
    // What reading the rounded English form gives back: "exact", "rounded", or the parser's error.
    QTest::addColumn<QString>("english");

    const QString exact = QStringLiteral("exact");
    const QString rounded = QStringLiteral("rounded");
    const auto row = [](const char *tag, qint64 amount, const char *currency, const QString &english) {
        QTest::newRow(tag) << amount << QString::fromLatin1(currency) << english;
    };

    row("US$316 million", 31'600'000'000, "USD", exact);
    row("US$123,456,789.50", 12'345'678'950, "USD", rounded);
    row("US$0.05", 5, "USD", exact);
    row("€2.5 million", 250'000'000, "EUR", exact);
    row("£1,234.50", 123'450, "GBP", exact);
    row("JP¥12 billion", 12'000'000'000, "JPY", exact);
    row("CN¥3 billion", 300'000'000'000, "CNY", exact);
    row("CHF 2.5 million", 250'000'000, "CHF", exact);
    row("KWD 1.234", 1'234, "KWD", exact);
    row("KRW 97.3 billion", 97'300'000'000, "KRW", exact);
    row("KRW 2.3456 trillion", 2'345'600'000'000, "KRW", rounded);
    row("KRW max", kMax, "KRW", rounded);
    // US$92,233.72 trillion rounds up to "US$92,234 trillion", beyond qint64 cents.
    row("US$ max", kMax, "USD", QStringLiteral("amount too large"));
}

// The Korean forms are exact and read back unchanged; the English forms are rounded.
void TestMoneyParser::roundTripOtherCurrencies()
{
    QFETCH(qint64, amount);
    QFETCH(QString, currency);
    QFETCH(QString, english);

    const Money money{amount, currency};
    const QString korean = MoneyFormatter::format(money, u"ko");
    const MoneyParseResult fromKorean = MoneyParser::parse(korean);
    QVERIFY2(fromKorean.ok, qPrintable(korean + QStringLiteral(": ") + fromKorean.error));
    QCOMPARE(fromKorean.money, money);

    const QString englishForm = MoneyFormatter::format(money, u"en");
    const MoneyParseResult fromEnglish = MoneyParser::parse(englishForm);
    if (english == u"exact" || english == u"rounded") {
        QVERIFY2(fromEnglish.ok, qPrintable(englishForm + QStringLiteral(": ") + fromEnglish.error));
        QCOMPARE(fromEnglish.money.currency, currency);
        QCOMPARE(fromEnglish.money.amount == amount, english == u"exact");
    } else {
        QCOMPARE(fromEnglish.error, english);
    }
}

QTEST_GUILESS_MAIN(TestMoneyParser)
#include "TestMoneyParser.moc"
