#include "dataset/BuiltinDataset.h"
#include "search/HangulInitials.h"
#include "search/SearchIndex.h"
#include "search/SearchIndexer.h"
#include "store/Database.h"
#include "store/DatasetStore.h"
#include "store/Migrations.h"
#include "store/SqlQuery.h"
#include "store/UserDatabase.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;

namespace {
const SearchHit *hitOf(const SearchResult &result, const QString &entityKey, const QString &field = QString())
{
    for (const SearchHit &hit : result.hits) {
        if (hit.entityKey == entityKey && (field.isEmpty() || hit.field == field))
            return &hit;
    }
    return nullptr;
}

QString describe(const SearchResult &result)
{
    QStringList lines;
    for (const SearchHit &hit : result.hits)
        lines
            << QStringLiteral("%1 %2.%3/%4: %5").arg(hit.entityKind, hit.entityKey, hit.field, hit.language, hit.text);
    return lines.mid(0, 12).join(QLatin1Char('\n')) +
           (result.error.isEmpty() ? QString() : QStringLiteral("\nerror: ") + result.error);
}

qint64 entityId(const QSqlDatabase &db, const QString &key)
{
    SqlQuery query(db, QStringLiteral("SELECT id FROM entity WHERE key = ?"));
    query.bind(key).exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

void setText(const QSqlDatabase &db, const QString &key, const QString &field, const QString &lang, const QString &text)
{
    SqlQuery query(
        db, QStringLiteral("UPDATE localized_text SET text = ?, status = 'draft' "
                           "WHERE entity_id = (SELECT id FROM entity WHERE key = ?) AND field = ? AND lang = ?"));
    query.bind(text).bind(key).bind(field).bind(lang).exec();
    QCOMPARE(query.numRowsAffected(), 1);
}

/** Every reported range lies in the text and matches the query (case-insensitively, or by initials). */
void verifyRanges(const SearchHit &hit, int queryLength)
{
    QVERIFY(!hit.matches.isEmpty());
    for (const auto &match : hit.matches) {
        QVERIFY(match.first >= 0);
        QVERIFY(match.first + match.second <= hit.text.size());
        if (hit.amountWon < 0)
            QCOMPARE(match.second, queryLength);
    }
}
} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("builtin.sqlite"));
        QVERIFY2(UserDatabase::open(m_database, m_path), qPrintable(m_database.errorString()));
    }

    void findsBuiltinEntities_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("entityKey");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("planKey");
        QTest::addColumn<QString>("regionKey");

        const QString daejeon = QStringLiteral("region.daejeon");
        const QString merck = QStringLiteral("bl.daejeon-gia.merck");
        const QString gia = QStringLiteral("plan.daejeon-gia.economy");
        const QString space = QStringLiteral("plan.daejeon-space-2023");
        QTest::newRow("initials ㄷㅈ") << "ㄷㅈ" << daejeon << "name"
                                       << "" << daejeon;
        QTest::newRow("initials mixed 대ㅈ") << "대ㅈ" << daejeon << "name"
                                             << "" << daejeon;
        QTest::newRow("initials conjoining jamo") << QStringLiteral("\u1103\u110C") << daejeon << "name"
                                                  << "" << daejeon;
        QTest::newRow("two syllables 대전") << "대전" << daejeon << "name"
                                            << "" << daejeon;
        QTest::newRow("Korean substring 광역시") << "광역시" << daejeon << "name"
                                                 << "" << daejeon;
        QTest::newRow("English, any case") << "daejeon METROPOLITAN" << daejeon << "name"
                                           << "" << daejeon;
        QTest::newRow("머크") << "머크" << merck << "label" << gia << daejeon;
        QTest::newRow("Merck") << "Merck" << merck << "label" << gia << daejeon;
        QTest::newRow("merck lower case") << "merck" << merck << "label" << gia << daejeon;
        QTest::newRow("initials ㅁㅋ") << "ㅁㅋ" << merck << "label" << gia << daejeon;
        QTest::newRow("우주 finds the space plan") << "우주" << space << "title" << space << daejeon;
        QTest::newRow("initials ㅇㅈㅅㅇ") << "ㅇㅈㅅㅇ" << space << "" << space << daejeon;
        QTest::newRow("AI finds the Gwangju plan") << "AI"
                                                   << "plan.gwangju-ai-2020"
                                                   << "title"
                                                   << "plan.gwangju-ai-2020"
                                                   << "region.gwangju";
        QTest::newRow("amount 3500억") << "3500억" << space << "headline_budget" << space << daejeon;
        QTest::newRow("amount 3,500억 원") << "3,500억 원" << space << "headline_budget" << space << daejeon;
        QTest::newRow("amount in English") << "350 billion won" << space << "headline_budget" << space << daejeon;
        QTest::newRow("amount KRW first") << "KRW 350 billion" << space << "headline_budget" << space << daejeon;
        QTest::newRow("amount of a budget line") << "4300억" << merck << "amount" << gia << daejeon;
        QTest::newRow("quote text, placed by the figure it backs") << "bioprocessing production center"
                                                                   << "q.daejeon-gia.kt.merck"
                                                                   << "text" << gia << daejeon;
    }

    void findsBuiltinEntities()
    {
        QFETCH(QString, query);
        QFETCH(QString, entityKey);
        QFETCH(QString, field);
        QFETCH(QString, planKey);
        QFETCH(QString, regionKey);
        const SearchIndex index(m_database.connection());
        const SearchResult result = index.find(query);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const SearchHit *hit = hitOf(result, entityKey, field);
        QVERIFY2(hit, qPrintable(describe(result)));
        verifyRanges(*hit, int(result.query.size()));
        if (!planKey.isEmpty())
            QCOMPARE(hit->planKey, planKey);
        if (!regionKey.isEmpty())
            QCOMPARE(hit->regionKey, regionKey);
        QVERIFY(!hit->approximate);
    }

    void placesPartsUnderTheirOwners_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("entityKey");
        QTest::addColumn<QString>("ownerKey");
        QTest::addColumn<QString>("planKey");
        QTest::addColumn<QString>("regionKey");
        QTest::newRow("curator note of a figure") << "Joongdo Ilbo"
                                                  << "plan.daejeon-smart#headlineBudget"
                                                  << "plan.daejeon-smart"
                                                  << "plan.daejeon-smart"
                                                  << "region.daejeon";
        QTest::newRow("quote") << "bioprocessing production center"
                               << "q.daejeon-gia.kt.merck"
                               << "src.daejeon-gia.kt"
                               << "plan.daejeon-gia.economy"
                               << "region.daejeon";
        QTest::newRow("element") << "ㄱㄹㅂ ㅇㅋㄱㅇ"
                                 << "el.daejeon-space.task-anchor-foster"
                                 << ""
                                 << "plan.daejeon-space-2023"
                                 << "region.daejeon";
        QTest::newRow("event") << "예비타당성조사 면제"
                               << "ev.gwangju-ai.feasibility-exemption"
                               << ""
                               << "plan.gwangju-ai-2020"
                               << "region.gwangju";
    }

    void placesPartsUnderTheirOwners()
    {
        QFETCH(QString, query);
        QFETCH(QString, entityKey);
        QFETCH(QString, ownerKey);
        QFETCH(QString, planKey);
        QFETCH(QString, regionKey);
        const SearchResult result = SearchIndex(m_database.connection()).find(query);
        const SearchHit *hit = hitOf(result, entityKey);
        QVERIFY2(hit, qPrintable(describe(result)));
        QCOMPARE(hit->ownerKey, ownerKey);
        QCOMPARE(hit->planKey, planKey);
        QCOMPARE(hit->regionKey, regionKey);
    }

    void matchRangesPointAtTheQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("entityKey");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("highlighted");
        QTest::newRow("English") << "MERCK"
                                 << "bl.daejeon-gia.merck"
                                 << "label"
                                 << "en"
                                 << "Merck";
        QTest::newRow("Korean") << "바이오프로세싱"
                                << "bl.daejeon-gia.merck"
                                << "label"
                                << "ko"
                                << "바이오프로세싱";
        QTest::newRow("initials") << "ㄱㅇㅅ"
                                  << "region.daejeon"
                                  << "name"
                                  << "ko"
                                  << "광역시";
    }

    void matchRangesPointAtTheQuery()
    {
        QFETCH(QString, query);
        QFETCH(QString, entityKey);
        QFETCH(QString, field);
        QFETCH(QString, language);
        QFETCH(QString, highlighted);
        const SearchResult result = SearchIndex(m_database.connection()).find(query);
        const SearchHit *found = nullptr;
        for (const SearchHit &hit : result.hits) {
            if (hit.entityKey == entityKey && hit.field == field && hit.language == language)
                found = &hit;
        }
        QVERIFY2(found, qPrintable(describe(result)));
        QCOMPARE(found->matches.size(), 1);
        QCOMPARE(found->text.mid(found->matches.first().first, found->matches.first().second), highlighted);
    }

    void approximateAmountsRankAfterExactOnes()
    {
        // 3,510억 is within 0.5 % of the space plan's 3,500억 headline budget, but not equal to it.
        const SearchResult result = SearchIndex(m_database.connection()).find(QStringLiteral("3510억"));
        const SearchHit *hit =
            hitOf(result, QStringLiteral("plan.daejeon-space-2023"), QStringLiteral("headline_budget"));
        QVERIFY2(hit, qPrintable(describe(result)));
        QVERIFY(hit->approximate);
        QCOMPARE(hit->amountWon, Q_INT64_C(350000000000));
        QVERIFY(!hitOf(SearchIndex(m_database.connection()).find(QStringLiteral("3600억")),
                       QStringLiteral("plan.daejeon-space-2023"), QStringLiteral("headline_budget")));

        // Two lines 0.4 % apart: the one that equals the query comes first.
        QSqlQuery q(m_database.connection());
        const auto setAmount = [&q](const QString &key, qint64 amount) {
            QVERIFY(q.prepare(QStringLiteral("UPDATE budget_line SET amount = ? WHERE id = "
                                             "(SELECT id FROM entity WHERE key = ?)")));
            q.addBindValue(amount);
            q.addBindValue(key);
            QVERIFY(q.exec());
            QCOMPARE(q.numRowsAffected(), 1);
        };
        const QString merck = QStringLiteral("bl.daejeon-gia.merck");
        const QString other = QStringLiteral("bl.daejeon-space.cluster");
        const qint64 otherAmount =
            SqlQuery::scalar(m_database.connection(),
                             QStringLiteral("SELECT amount FROM budget_line WHERE id = (SELECT id FROM entity "
                                            "WHERE key = '%1')")
                                 .arg(other))
                .toLongLong();
        setAmount(merck, Q_INT64_C(431700000000));
        setAmount(other, Q_INT64_C(430000000000));
        const SearchResult both = SearchIndex(m_database.connection()).find(QStringLiteral("4300억"));
        setAmount(merck, Q_INT64_C(430000000000));
        setAmount(other, otherAmount);
        qsizetype exactAt = -1;
        qsizetype approximateAt = -1;
        for (qsizetype i = 0; i < both.hits.size(); ++i) {
            if (both.hits.at(i).entityKey == other && both.hits.at(i).field == u"amount")
                exactAt = i;
            if (both.hits.at(i).entityKey == merck && both.hits.at(i).field == u"amount")
                approximateAt = i;
        }
        QVERIFY2(exactAt >= 0 && approximateAt >= 0, qPrintable(describe(both)));
        QVERIFY(!both.hits.at(exactAt).approximate);
        QVERIFY(both.hits.at(approximateAt).approximate);
        QVERIFY(exactAt < approximateAt);
    }

    void ranksPrefixAndTitlesFirst()
    {
        const SearchResult result = SearchIndex(m_database.connection()).find(QStringLiteral("대전"));
        QVERIFY(!result.hits.isEmpty());
        // The region named 대전광역시 begins with the query: its group leads, and it leads its group.
        QCOMPARE(result.hits.first().entityKey, QStringLiteral("region.daejeon"));
        // Hits of one kind are consecutive.
        QStringList kinds = result.kinds();
        kinds.removeDuplicates();
        QCOMPARE(kinds, result.kinds());
        // Within a group, names and titles come before descriptions and quotes.
        const SearchResult merck = SearchIndex(m_database.connection()).find(QStringLiteral("Merck"));
        QVERIFY(!merck.hits.isEmpty());
        const SearchHit &first = merck.hits.first();
        QVERIFY2(first.field == QLatin1String("label") || first.field == QLatin1String("name") ||
                     first.field == QLatin1String("title"),
                 qPrintable(describe(merck)));
    }

    void respectsTheLimit()
    {
        const SearchResult result = SearchIndex(m_database.connection()).find(QStringLiteral("a"), 5);
        QCOMPARE(result.hits.size(), 5);
        QVERIFY(result.incomplete);
    }

    void literalQueriesNeverFail_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("single quote") << "It's";
        QTest::newRow("double quotes") << "\"50%\"";
        QTest::newRow("percent") << "50%";
        QTest::newRow("underscore") << "a_b";
        QTest::newRow("backslash") << "a_b\\c";
        QTest::newRow("lone backslash") << "\\";
        QTest::newRow("lone quote") << "\"";
        QTest::newRow("FTS operators") << "(NEAR AND OR NOT * ^ :)";
        QTest::newRow("NEAR()") << "NEAR(";
        QTest::newRow("star") << "*";
        QTest::newRow("caret") << "^";
        QTest::newRow("column filter") << "body:";
        QTest::newRow("braces") << "{head}";
        QTest::newRow("SQL") << "'); DROP TABLE entity; --";
        QTest::newRow("Korean with symbols") << "검색%_\"어\"";
        QTest::newRow("NUL inside") << QStringLiteral("a_b") + QChar(0) + QStringLiteral("x");
        QTest::newRow("only NUL") << QString(QChar(0));
        QTest::newRow("U+0001 (the index padding)") << QString(QChar(1));
        QTest::newRow("lone surrogate") << QString(QChar(0xD800));
        QTest::newRow("emoji") << QStringLiteral("🚀");
    }

    void literalQueriesNeverFail()
    {
        QFETCH(QString, query);
        // A text made of the characters that mean something to SQL, LIKE and FTS5.
        static const QString hostile = QStringLiteral("It's \"50%\" of a_b\\c (NEAR AND OR NOT * ^ :) body: {head} "
                                                      "'); DROP TABLE entity; -- 검색%_\"어\" 🚀");
        QSqlQuery q(m_database.connection());
        q.exec(QStringLiteral("INSERT OR IGNORE INTO entity (kind, key) VALUES ('theme', 'theme.test-hostile')"));
        q.exec(QStringLiteral("INSERT OR IGNORE INTO theme (id, ordinal) SELECT id, 99 FROM entity "
                              "WHERE key = 'theme.test-hostile'"));
        QVERIFY(q.prepare(
            QStringLiteral("INSERT OR REPLACE INTO localized_text (entity_id, field, lang, text, status) "
                           "SELECT id, 'name', 'en', ?, 'draft' FROM entity WHERE key = 'theme.test-hostile'")));
        q.addBindValue(hostile);
        QVERIFY(q.exec());

        const SearchResult result = SearchIndex(m_database.connection()).find(query);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const bool contained = hostile.contains(result.query, Qt::CaseInsensitive) && !result.query.isEmpty();
        QCOMPARE(hitOf(result, QStringLiteral("theme.test-hostile")) != nullptr, contained);
        QCOMPARE(SqlQuery::scalar(m_database.connection(), QStringLiteral("SELECT count(*) FROM entity WHERE key = "
                                                                          "'region.daejeon'"))
                     .toInt(),
                 1);
    }

    void hugeQueryIsCut()
    {
        QString huge;
        huge.reserve(1 << 20);
        while (huge.size() < (1 << 20))
            huge += QStringLiteral("대전 Merck %_'\"\\ NEAR( ");
        const SearchResult result = SearchIndex(m_database.connection()).find(huge);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.queryTruncated);
        QVERIFY(result.query.size() <= SearchIndex::maxQueryLength);
        QVERIFY(!SearchIndex(m_database.connection()).find(QStringLiteral("대전")).queryTruncated);
    }

    void findsEditedTexts()
    {
        const SearchIndex index(m_database.connection());
        const QString key = QStringLiteral("bl.daejeon-gia.merck");
        const QString old = SqlQuery::scalar(m_database.connection(),
                                             QStringLiteral("SELECT text FROM localized_text WHERE field = 'label' "
                                                            "AND lang = 'ko' AND entity_id = (SELECT id FROM entity "
                                                            "WHERE key = 'bl.daejeon-gia.merck')"))
                                .toString();
        QVERIFY(hitOf(index.find(QStringLiteral("머크")), key));
        setText(m_database.connection(), key, QStringLiteral("label"), QStringLiteral("ko"),
                QStringLiteral("독일 제약회사 생산센터 투자"));
        QVERIFY(hitOf(index.find(QStringLiteral("제약회사")), key));
        QVERIFY(hitOf(index.find(QStringLiteral("ㅈㅇㅎㅅ")), key));
        QVERIFY(!hitOf(index.find(QStringLiteral("머크")), key, QStringLiteral("label")) ||
                hitOf(index.find(QStringLiteral("머크")), key, QStringLiteral("label"))->language != u"ko");
        setText(m_database.connection(), key, QStringLiteral("label"), QStringLiteral("ko"), old);
        QVERIFY(!hitOf(index.find(QStringLiteral("제약회사")), key));
        QVERIFY(hitOf(index.find(QStringLiteral("머크")), key));
    }

    void forgetsDeletedEntities()
    {
        QSqlQuery q(m_database.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO entity (kind, key) VALUES ('theme', 'theme.test-gone')")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO theme (id, ordinal) SELECT id, 98 FROM entity WHERE key = 'theme.test-gone'")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO localized_text (entity_id, field, lang, text, status) SELECT id, "
                                  "'name', 'ko', '사라질 주제어', 'draft' FROM entity WHERE key = 'theme.test-gone'")));
        const SearchIndex index(m_database.connection());
        QVERIFY(hitOf(index.find(QStringLiteral("사라질")), QStringLiteral("theme.test-gone")));
        QVERIFY(q.exec(
            QStringLiteral("DELETE FROM theme WHERE id = (SELECT id FROM entity WHERE key = 'theme.test-gone')")));
        QVERIFY(!hitOf(index.find(QStringLiteral("사라질")), QStringLiteral("theme.test-gone")));
        QCOMPARE(SqlQuery::scalar(m_database.connection(), QStringLiteral("SELECT count(*) FROM search_gone")).toInt(),
                 0);
        // The index holds exactly the texts listed: FTS5 compares its index with its stored texts.
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")),
                 qPrintable(q.lastError().text()));
    }

    void indexesTheColumnsTheQueriesRead_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::newRow("a Korean name") << QStringLiteral("name")
                                       << QStringLiteral("대전광역시 유성구 과학벨트 거점지구");
        QTest::newRow("a mixed name") << QStringLiteral("name") << QStringLiteral("  Smart City 스마트 도시 Hub");
        QTest::newRow("an English name") << QStringLiteral("name") << QStringLiteral("HYDROGEN Valley");
        QTest::newRow("a Korean description") << QStringLiteral("description") << QStringLiteral("수소 충전소 구축");
        QTest::newRow("an English description") << QStringLiteral("description") << QStringLiteral("Fuel Cells");
    }

    // The index's columns are computed inside SQLite for many texts at once: they must be the values
    // that queries are matched against (SearchIndexer's and HangulInitials' definitions).
    void indexesTheColumnsTheQueriesRead()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        const QSqlDatabase db = m_database.connection();
        static int serial = 0;
        const QString key = QStringLiteral("theme.test-columns-%1").arg(++serial);
        SqlQuery(db, QStringLiteral("INSERT INTO entity (kind, key) VALUES ('theme', ?)")).bind(key).exec();
        const qint64 id = entityId(db, key);
        SqlQuery(db, QStringLiteral("INSERT INTO theme (id, ordinal) VALUES (?, 97)")).bind(id).exec();
        SqlQuery(db, QStringLiteral("INSERT INTO localized_text (entity_id, field, lang, text, status) "
                                    "VALUES (?, ?, 'ko', ?, 'draft')"))
            .bind(id)
            .bind(field)
            .bind(text)
            .exec();
        SearchIndexer(db).sync();

        const bool head = field == u"name";
        const bool korean = text.contains(QRegularExpression(QStringLiteral("[가-힣]")));
        const QString value = SearchIndexer::columnValue(text);
        const QString initials = SearchIndexer::columnValue(HangulInitials::initials(text));
        const QString prefix = SearchIndexer::prefixOf(text);
        SqlQuery row(db,
                     QStringLiteral("SELECT f.head, f.body, f.ihead, f.ibody, d.prefix, d.iprefix FROM search_doc d "
                                    "JOIN search_fts f ON f.rowid = d.id WHERE d.entity_id = ?"));
        row.bind(id).exec();
        QVERIFY(row.next());
        const auto cell = [&row](int column) {
            return row.value(column).isNull() ? QStringLiteral("NULL") : row.value(column).toString();
        };
        const auto orNull = [](bool kept, const QString &keptValue) {
            return kept ? keptValue : QStringLiteral("NULL");
        };
        QCOMPARE(cell(0), orNull(head, value));
        QCOMPARE(cell(1), orNull(!head, value));
        QCOMPARE(cell(2), orNull(head && korean, initials));
        QCOMPARE(cell(3), orNull(!head && korean, initials));
        QCOMPARE(cell(4), orNull(head, prefix));
        QCOMPARE(cell(5), orNull(head && korean, HangulInitials::initials(prefix)));
        QVERIFY(!row.next());

        SqlQuery(db, QStringLiteral("DELETE FROM entity WHERE id = ?")).bind(id).exec();
        SearchIndexer(db).sync();
    }

    void findsShortQueriesAtTheEndOfTexts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::newRow("two syllables, whole text") << "부산"
                                                   << "부산";
        QTest::newRow("two syllables at the end") << "우리 부산"
                                                  << "부산";
        QTest::newRow("one syllable at the end") << "우리 부산"
                                                 << "산";
        QTest::newRow("two letters, whole text") << "AI"
                                                 << "ai";
        QTest::newRow("one letter at the end") << "Gwangju AI"
                                               << "I";
        QTest::newRow("initials at the end") << "우리 부산"
                                             << "ㅂㅅ";
        QTest::newRow("one initial at the end") << "우리 부산"
                                                << "ㅅ";
    }

    void findsShortQueriesAtTheEndOfTexts()
    {
        // One- and two-character queries read the trigrams that begin with them: a text's last
        // characters begin no trigram of their own but for the index's padding.
        QFETCH(QString, text);
        QFETCH(QString, query);
        QSqlQuery q(m_database.connection());
        QVERIFY(
            q.exec(QStringLiteral("INSERT OR IGNORE INTO entity (kind, key) VALUES ('theme', 'theme.test-short')")));
        QVERIFY(q.exec(QStringLiteral("INSERT OR IGNORE INTO theme (id, ordinal) SELECT id, 97 FROM entity "
                                      "WHERE key = 'theme.test-short'")));
        QVERIFY(q.prepare(QStringLiteral("INSERT OR REPLACE INTO localized_text (entity_id, field, lang, text, status) "
                                         "SELECT id, 'description', 'ko', ?, 'draft' FROM entity "
                                         "WHERE key = 'theme.test-short'")));
        q.addBindValue(text);
        QVERIFY(q.exec());
        const SearchIndex index(m_database.connection());
        index.find(QStringLiteral("sync first")); // so that the text is found through the index
        QCOMPARE(SqlQuery::scalar(m_database.connection(),
                                  QStringLiteral("SELECT count(*) FROM search_doc WHERE indexed = 0"))
                     .toInt(),
                 0);
        const SearchResult result = index.find(query, 1000);
        QVERIFY2(hitOf(result, QStringLiteral("theme.test-short")), qPrintable(describe(result)));
    }

    void readOnlyFileSearchesUnindexedTexts()
    {
        // Another program edits the file; this one opens it read-only and cannot update the index.
        const QString path = m_dir.filePath(QStringLiteral("readonly.sqlite"));
        {
            Database writer;
            QVERIFY(UserDatabase::open(writer, path));
            SearchIndex(writer.connection()).sync();
            setText(writer.connection(), QStringLiteral("region.busan"), QStringLiteral("name"), QStringLiteral("ko"),
                    QStringLiteral("해운대 특별시"));
        }
        Database reader;
        QVERIFY2(reader.open(path, Database::Mode::ReadOnly), qPrintable(reader.errorString()));
        const SearchResult result = SearchIndex(reader.connection()).find(QStringLiteral("해운대"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY2(hitOf(result, QStringLiteral("region.busan")), qPrintable(describe(result)));
        QVERIFY(hitOf(SearchIndex(reader.connection()).find(QStringLiteral("ㅂㅅ")), QStringLiteral("region.busan")));
        // The index still holds the old name, but it is no longer the region's text.
        const SearchResult old = SearchIndex(reader.connection()).find(QStringLiteral("부산광역시"));
        QVERIFY2(old.error.isEmpty(), qPrintable(old.error));
        for (const SearchHit &hit : old.hits)
            QVERIFY2(hit.entityKey != u"region.busan" || hit.language != u"ko", qPrintable(describe(old)));
        // The hits came from the texts the index has not taken in yet.
        QVERIFY(
            SqlQuery::scalar(reader.connection(), QStringLiteral("SELECT count(*) FROM search_doc WHERE indexed = 0"))
                .toInt() > 0);
    }

    void searchesWhileAnotherConnectionWrites()
    {
        // Another connection holds the write lock: the search neither waits for it nor misses the new text.
        const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
        Database reader;
        QVERIFY(UserDatabase::open(reader, path));
        Database writer;
        QVERIFY(writer.open(path));
        setText(reader.connection(), QStringLiteral("region.gwangju"), QStringLiteral("name"), QStringLiteral("ko"),
                QStringLiteral("빛고을 광주광역시"));
        QSqlQuery lock(writer.connection());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const SearchResult result = SearchIndex(reader.connection()).find(QStringLiteral("빛고을"));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY2(hitOf(result, QStringLiteral("region.gwangju")), qPrintable(describe(result)));
        QCOMPARE(SqlQuery::scalar(reader.connection(), QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
    }

    void migratesVersionOneDatabases()
    {
        // A genuine file of schema 1 holding the built-in dataset: migration 001 only, then the data.
        const QString path = m_dir.filePath(QStringLiteral("version1.sqlite"));
        {
            QSqlDatabase v1 = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version1"));
            v1.setDatabaseName(path);
            QVERIFY(v1.open());
            QSqlQuery(v1).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            Migrations::apply(v1, 0, 1);
            QSqlQuery marks(v1);
            QVERIFY(marks.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
            QVERIFY(marks.exec(QStringLiteral("PRAGMA user_version = 1")));
            Dataset dataset;
            QVector<DatasetIssue> issues;
            QVERIFY(BuiltinDataset::read(&dataset, &issues));
            DatasetStore(v1).insert(dataset);
            v1.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("version1"));
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        const SearchIndex index(db.connection());
        QVERIFY(hitOf(index.find(QStringLiteral("ㄷㅈ")), QStringLiteral("region.daejeon")));
        QVERIFY(hitOf(index.find(QStringLiteral("Merck")), QStringLiteral("bl.daejeon-gia.merck")));
        QVERIFY(hitOf(index.find(QStringLiteral("3500억")), QStringLiteral("plan.daejeon-space-2023")));
    }

    void rebuildAndRefreshKeepResults_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("Korean") << "대전";
        QTest::newRow("initials") << "ㅁㅋ";
        QTest::newRow("English") << "vision";
    }

    void rebuildAndRefreshKeepResults()
    {
        QFETCH(QString, query);
        SearchIndex index(m_database.connection());
        const SearchResult before = index.find(query);
        index.rebuild();
        const SearchResult rebuilt = index.find(query);
        QCOMPARE(describe(rebuilt), describe(before));
        index.refresh(entityId(m_database.connection(), QStringLiteral("region.daejeon")));
        QCOMPARE(describe(index.find(query)), describe(before));
        QCOMPARE(SqlQuery::scalar(m_database.connection(),
                                  QStringLiteral("SELECT count(*) FROM search_doc WHERE indexed = 0"))
                     .toInt(),
                 0);
    }

    void closedDatabaseIsAnErrorNotACrash()
    {
        const SearchResult result = SearchIndex(QSqlDatabase()).find(QStringLiteral("대전"));
        QVERIFY(result.hits.isEmpty());
        QVERIFY(!result.error.isEmpty());
    }

    void emptyQueriesFindNothing_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("empty") << "";
        QTest::newRow("spaces") << "   \t\n ";
    }

    void emptyQueriesFindNothing()
    {
        QFETCH(QString, query);
        const SearchResult result = SearchIndex(m_database.connection()).find(query);
        QVERIFY(result.hits.isEmpty());
        QVERIFY(result.error.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Database m_database;
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "TestSearchIndex.moc"
