#include "common/ContentFormat.h"
#include "common/Terms.h"
#include "i18n/Translations.h"

#include <QTest>

using namespace innoatlas;

class TestContentFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void moneyInTheReadersUnits_data()
    {
        QTest::addColumn<qint64>("won");
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("korean eok") << Q_INT64_C(430000000000) << int(ContentLanguage::Korean) << "4,300억 원";
        QTest::newRow("english billion") << Q_INT64_C(430000000000) << int(ContentLanguage::English)
                                         << "KRW 430 billion";
        QTest::newRow("both") << Q_INT64_C(350000000000) << int(ContentLanguage::Both) << "3,500억 원\nKRW 350 billion";
        QTest::newRow("korean jo") << Q_INT64_C(1655200000000) << int(ContentLanguage::Korean) << "1조 6,552억 원";
    }

    void moneyInTheReadersUnits()
    {
        QFETCH(qint64, won);
        QFETCH(int, language);
        QFETCH(QString, expected);
        QCOMPARE(ContentFormat::money(won, ContentLanguage(language)), expected);
    }

    void datesToTheirPrecision_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("korean");
        QTest::addColumn<QString>("english");
        QTest::newRow("day") << "2023-11-29" << int(DatePrecision::Day) << "2023년 11월 29일"
                             << "29 Nov 2023";
        QTest::newRow("month") << "2023-10" << int(DatePrecision::Month) << "2023년 10월"
                               << "Oct 2023";
        QTest::newRow("year") << "2045" << int(DatePrecision::Year) << "2045년"
                              << "2045";
        QTest::newRow("approximate") << "2024" << int(DatePrecision::Approximate) << "2024년경"
                                     << "c. 2024";
    }

    void datesToTheirPrecision()
    {
        QFETCH(QString, iso);
        QFETCH(int, precision);
        QFETCH(QString, korean);
        QFETCH(QString, english);
        const PartialDate date = PartialDate::parse(iso, DatePrecision(precision));
        QVERIFY(date.isValid());
        QCOMPARE(ContentFormat::date(date, Language::Korean), korean);
        QCOMPARE(ContentFormat::date(date, Language::English), english);
    }

    void periodsAndOriginalAmounts()
    {
        QCOMPARE(ContentFormat::period(2024, 2028, Language::Korean), QStringLiteral("2024~2028년"));
        QCOMPARE(ContentFormat::period(2024, 2028, Language::English), QStringLiteral("2024–2028"));
        QCOMPARE(ContentFormat::period(2022, 2022, Language::English), QStringLiteral("2022"));
        QCOMPARE(ContentFormat::period(std::nullopt, std::nullopt, Language::English), QString());
        QCOMPARE(ContentFormat::original({QStringLiteral("316000000"), QStringLiteral("USD")}, Language::English),
                 QStringLiteral("US$316 million"));
        QCOMPARE(ContentFormat::original({QStringLiteral("1234.5"), QStringLiteral("USD")}, Language::English),
                 QStringLiteral("US$1,234.50"));
        // Not a decimal number: shown as written rather than guessed.
        QCOMPARE(ContentFormat::original({QStringLiteral("about 3"), QStringLiteral("EUR")}, Language::English),
                 QStringLiteral("about 3 EUR"));
    }

    void kpiValuesCarryTheirUnit()
    {
        QCOMPARE(ContentFormat::kpi(QStringLiteral("40"), QStringLiteral("percent"), Language::English),
                 QStringLiteral("40%"));
        QCOMPARE(ContentFormat::kpi(QStringLiteral("5000"), QStringLiteral("persons"), Language::English),
                 QStringLiteral("5,000 persons"));
        QCOMPARE(ContentFormat::kpi(QStringLiteral("100000000000"), QStringLiteral("won"), Language::English),
                 QStringLiteral("KRW 100 billion"));
        QCOMPARE(ContentFormat::kpi(QStringLiteral("4.371"), QStringLiteral("km2"), Language::English),
                 QStringLiteral("4.371 km²"));
    }

    void bothLanguagesOfAText()
    {
        const LocalizedText text = LocalizedText::draft(QStringLiteral("대전"), QStringLiteral("Daejeon"));
        QCOMPARE(ContentFormat::text(text, ContentLanguage::Both), QStringLiteral("대전\nDaejeon"));
        QCOMPARE(ContentFormat::line(text, ContentLanguage::Both), QStringLiteral("대전 · Daejeon"));
        const LocalizedText koreanOnly = LocalizedText::draft(QStringLiteral("대전"), QString());
        QCOMPARE(ContentFormat::text(koreanOnly, ContentLanguage::English), QStringLiteral("대전"));
        QCOMPARE(ContentFormat::line(koreanOnly, ContentLanguage::Both), QStringLiteral("대전"));
    }

    void termsFallBackToTheirCode()
    {
        QCOMPARE(Terms::name(QStringLiteral("funding"), QStringLiteral("foreign-investment"), Language::English),
                 QStringLiteral("foreign investment"));
        QCOMPARE(Terms::name(QStringLiteral("funding"), QStringLiteral("lottery"), Language::Korean),
                 QStringLiteral("lottery"));
        QCOMPARE(Terms::interfaceName(QStringLiteral("entityKindPlural"), QStringLiteral("budget_line")),
                 QStringLiteral("Budget lines"));
    }
};

QTEST_GUILESS_MAIN(TestContentFormat)
#include "TestContentFormat.moc"
