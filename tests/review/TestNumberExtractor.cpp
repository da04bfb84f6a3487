#include "review/NumberCheck.h"
#include "review/NumberExtractor.h"

#include <QTest>

using namespace innoatlas;

namespace {
// "value" for a number in digits, "~value" for one in words, "value/a+b" with another reading.
QStringList describe(const QVector<ExtractedNumber> &numbers)
{
    QStringList out;
    for (const ExtractedNumber &n : numbers) {
        QString item = (n.spelled ? QStringLiteral("~") : QString()) + n.value;
        if (!n.alternative.isEmpty())
            item += QLatin1Char('/') + n.alternative.join(QLatin1Char('+'));
        out << item;
    }
    return out;
}
} // namespace

class TestNumberExtractor : public QObject
{
    Q_OBJECT

private slots:
    void extract_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("numbers");
        const auto row = [](const char *name, const QString &text, const QStringList &numbers) {
            QTest::newRow(name) << text << numbers;
        };
        row("korean trillions", QStringLiteral("총 1조 2,620억 원"), {QStringLiteral("1262000000000")});
        row("korean without spaces", QStringLiteral("1조6500억"), {QStringLiteral("1650000000000")});
        row("korean 천 inside a group", QStringLiteral("1조 5천억 원을 투자"), {QStringLiteral("1500000000000")});
        row("remainder after 천", QStringLiteral("2천200여개 입주기업"), {QStringLiteral("2200")});
        row("remainder after 만", QStringLiteral("4만6천200㎡"), {QStringLiteral("46200")});
        row("remainder after a space", QStringLiteral("1억 2,345만 6,789 원"), {QStringLiteral("123456789")});
        row("decimal korean", QStringLiteral("97.3억 원"), {QStringLiteral("9730000000")});
        row("million won in accounts", QStringLiteral("25,080,749백만원"), {QStringLiteral("25080749000000")});
        row("english billion", QStringLiteral("KRW 126.2 billion"), {QStringLiteral("126200000000")});
        row("english trillion", QStringLiteral("KRW 1.262 trillion"), {QStringLiteral("1262000000000")});
        row("english tn", QStringLiteral("1.5tn won"), {QStringLiteral("1500000000000")});
        row("grouped count", QStringLiteral("2,000명"), {QStringLiteral("2000")});
        row("percent and year", QStringLiteral("2024년까지 20%"), {QStringLiteral("2024"), QStringLiteral("20")});
        row("range", QStringLiteral("2024~2028년"), {QStringLiteral("2024"), QStringLiteral("2028")});
        row("dash range is not negative", QStringLiteral("2024–2028"),
            {QStringLiteral("2024"), QStringLiteral("2028")});
        row("ordinal", QStringLiteral("ranked 3rd and 20th"), {QStringLiteral("3"), QStringLiteral("20")});
        row("dotted date", QStringLiteral("2023.08.23"),
            {QStringLiteral("2023"), QStringLiteral("8"), QStringLiteral("23")});
        row("month and day reading", QStringLiteral("(9.8~10)"), {QStringLiteral("9.8/9+8"), QStringLiteral("10")});
        row("spelled", QStringLiteral("five fields and twenty-five tasks"),
            {QStringLiteral("~5"), QStringLiteral("~25")});
        row("spelled scale", QStringLiteral("two million people"), {QStringLiteral("~2000000")});
        row("month names", QStringLiteral("29 November 2023, 30 Sep 2022"),
            {QStringLiteral("29"), QStringLiteral("~11"), QStringLiteral("2023"), QStringLiteral("30"),
             QStringLiteral("~9"), QStringLiteral("2022")});
        row("korean native numerals", QStringLiteral("두 번째 전략, 이틀간"),
            {QStringLiteral("~2"), QStringLiteral("~2")});
        row("list markers", QStringLiteral("①혁신성 ②거버넌스"), {QStringLiteral("~1"), QStringLiteral("~2")});
        row("codes are not numbers", QStringLiteral("43,000 m2 of A1 land"), {QStringLiteral("43000")});
        row("article is not a trillion", QStringLiteral("제3조"), {QStringLiteral("3")});
        row("leading zeros", QStringLiteral("2022-09-30"),
            {QStringLiteral("2022"), QStringLiteral("9"), QStringLiteral("30")});
        row("full-width digits", QStringLiteral("２０２４년"), {QStringLiteral("2024")});
        row("words inside words are not numbers", QStringLiteral("someone and alone; 세계"), {});
    }

    void extract()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, numbers);
        QCOMPARE(describe(NumberExtractor::extract(text)), numbers);
    }

    void spansPointAtTheWrittenNumber()
    {
        const QString text = QStringLiteral("총 1조 2,620억 원");
        const QVector<ExtractedNumber> numbers = NumberExtractor::extract(text);
        QCOMPARE(numbers.size(), 1);
        QCOMPARE(text.mid(numbers.first().start, numbers.first().length), QStringLiteral("1조 2,620억"));
    }

    void rounding_data()
    {
        QTest::addColumn<QString>("rounded");
        QTest::addColumn<QString>("exact");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("three digits") << "1660000000000"
                                      << "1655200000000" << true;
        QTest::newRow("truncated headline") << "1650000000000"
                                            << "1655200000000" << true;
        QTest::newRow("one digit is too coarse") << "2000000000000"
                                                 << "1655200000000" << false;
        QTest::newRow("a factor of ten") << "126200000000"
                                         << "1262000000000" << false;
        QTest::newRow("small counts are exact") << "2000"
                                                << "2300" << false;
        QTest::newRow("the exact side is not the rounded one") << "1655200000000"
                                                               << "1660000000000" << false;
    }

    void rounding()
    {
        QFETCH(QString, rounded);
        QFETCH(QString, exact);
        QFETCH(bool, accepted);
        QCOMPARE(NumberCheck::isRoundingOf(rounded, exact), accepted);
    }
};

QTEST_GUILESS_MAIN(TestNumberExtractor)
#include "TestNumberExtractor.moc"
