#include "search/HangulInitials.h"
#include "search/SearchQuery.h"

#include <QTest>

using namespace innoatlas;

using Ranges = QVector<QPair<int, int>>;
Q_DECLARE_METATYPE(Ranges)

class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void initials_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("initials");
        QTest::newRow("city") << "대전광역시"
                              << "ㄷㅈㄱㅇㅅ";
        QTest::newRow("mixed, lower-cased") << "머크 Life 과학"
                                            << "ㅁㅋ life ㄱㅎ";
        QTest::newRow("doubled consonants") << "까따빠싸짜"
                                            << "ㄲㄸㅃㅆㅉ";
        QTest::newRow("first and last syllable") << "가힣"
                                                 << "ㄱㅎ";
        QTest::newRow("jamo stay") << "ㅋㅋ"
                                   << "ㅋㅋ";
    }

    void initials()
    {
        QFETCH(QString, text);
        QFETCH(QString, initials);
        QCOMPARE(HangulInitials::initials(text), initials);
        QCOMPARE(HangulInitials::initials(text).size(), text.size());
    }

    void matches_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Ranges>("ranges");
        QTest::addColumn<int>("matchClass");
        using C = SearchQuery::MatchClass;
        QTest::newRow("exact") << "대전광역시"
                               << "대전광역시" << Ranges{{0, 5}} << int(C::Exact);
        QTest::newRow("exact ignoring case and spaces") << "merck"
                                                        << " Merck " << Ranges{{1, 5}} << int(C::Exact);
        QTest::newRow("prefix") << "대전"
                                << "대전광역시" << Ranges{{0, 2}} << int(C::Prefix);
        QTest::newRow("word start") << "ai"
                                    << "Gwangju AI city" << Ranges{{8, 2}} << int(C::WordStart);
        QTest::newRow("substring") << "ai"
                                   << "Daejeon campaign" << Ranges{{12, 2}} << int(C::Substring);
        QTest::newRow("every occurrence") << "ab"
                                          << "abxab" << Ranges{{0, 2}, {3, 2}} << int(C::Prefix);
        QTest::newRow("no overlap") << "aa"
                                    << "aaa" << Ranges{{0, 2}} << int(C::Prefix);
        QTest::newRow("initials") << "ㄷㅈ"
                                  << "우주 대전" << Ranges{{3, 2}} << int(C::WordStart);
        QTest::newRow("initials exact") << "ㅁㅋ"
                                        << "머크" << Ranges{{0, 2}} << int(C::Exact);
        QTest::newRow("syllable then initial") << "대ㅈ"
                                               << "도전 대전" << Ranges{{3, 2}} << int(C::WordStart);
        QTest::newRow("initial matches typed jamo") << "ㅋㅋ"
                                                    << "ㅋㅋ" << Ranges{{0, 2}} << int(C::Exact);
        QTest::newRow("initials and Latin") << "ㅇㅈai"
                                            << "우주AI" << Ranges{{0, 4}} << int(C::Exact);
        QTest::newRow("percent is literal") << "50%"
                                            << "5000 50% 50" << Ranges{{5, 3}} << int(C::WordStart);
        QTest::newRow("no match") << "ㄷㅈ"
                                  << "부산" << Ranges{} << 0;
    }

    void matches()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(Ranges, ranges);
        QFETCH(int, matchClass);
        const SearchQuery q(query);
        QCOMPARE(q.matchesIn(text), ranges);
        if (!ranges.isEmpty())
            QCOMPARE(int(q.classify(text, ranges)), matchClass);
    }

    void indexKey_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("initials");
        QTest::newRow("folded") << "Merck"
                                << "merck" << false;
        QTest::newRow("Korean") << "대전"
                                << "대전" << false;
        QTest::newRow("initials") << "ㄷㅈ"
                                  << "ㄷㅈ" << true;
        QTest::newRow("mixed initials") << "대ㅈ"
                                        << "ㄷㅈ" << true;
        QTest::newRow("longest piece without NUL")
            << QStringLiteral("ab") + QChar(0) + QStringLiteral("cde") << "cde" << false;
        QTest::newRow("trimmed") << "  대전  "
                                 << "대전" << false;
    }

    void indexKey()
    {
        QFETCH(QString, query);
        QFETCH(QString, key);
        QFETCH(bool, initials);
        const SearchQuery q(query);
        QCOMPARE(q.indexKey(), key);
        QCOMPARE(q.initialConsonants(), initials);
    }

    void cutsLongQueries()
    {
        const SearchQuery q(QString(1000, QLatin1Char('x')));
        QVERIFY(q.truncated());
        QCOMPARE(q.text().size(), SearchQuery::maxLength);
        // Never inside a surrogate pair.
        QString rockets = QString(SearchQuery::maxLength - 1, QLatin1Char('x')) + QStringLiteral("🚀🚀");
        const SearchQuery r(rockets);
        QVERIFY(r.truncated());
        QCOMPARE(r.text().size(), SearchQuery::maxLength - 1);
        QVERIFY(!SearchQuery(QString(SearchQuery::maxLength, QLatin1Char('x'))).truncated());
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "TestSearchQuery.moc"
