#include "benchdata/NationalGenerator.h"
#include "importers/CsvImporter.h"
#include "search/SearchIndex.h"
#include "store/Database.h"
#include "store/SqlQuery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;

namespace {
GeneratorOptions tiny(quint64 seed)
{
    GeneratorOptions options;
    options.regions = 40;
    options.initiatives = 300;
    options.budgetLines = 600;
    options.events = 80;
    options.seed = seed;
    return options;
}

qint64 count(const Database &database, const QString &table)
{
    return SqlQuery::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

/** A digest of every row of the content tables, in id order. */
QByteArray digest(const QString &path)
{
    Database database;
    if (!database.open(path, Database::Mode::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries = {
        QStringLiteral("SELECT id, kind, key FROM entity ORDER BY id"),
        QStringLiteral("SELECT entity_id, field, lang, text, status FROM localized_text ORDER BY 1, 2, 3"),
        QStringLiteral("SELECT id, code, level, parent_id FROM region ORDER BY id"),
        QStringLiteral("SELECT id, region_id, announced, period_from, headline_budget FROM plan ORDER BY id"),
        QStringLiteral("SELECT id, plan_id, parent_id, ordinal, kind FROM element ORDER BY id"),
        QStringLiteral("SELECT id, plan_id, element_id, amount, from_year, funding, kind FROM budget_line ORDER BY id"),
        QStringLiteral("SELECT id, region_id, plan_id, kind, date FROM event ORDER BY id"),
        QStringLiteral("SELECT id, kind, region_id FROM organisation ORDER BY id"),
        QStringLiteral("SELECT id, organisation_id, region_id, plan_id, event_id, role FROM participation ORDER BY id"),
    };
    for (const QString &sql : queries) {
        QSqlQuery query(database.connection());
        if (!query.exec(sql))
            return {};
        while (query.next()) {
            for (int column = 0; column < query.record().count(); ++column)
                hash.addData(query.value(column).toString().toUtf8() + '\x1f');
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}
} // namespace

class TestNationalGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void makesWhatWasAskedFor()
    {
        const QString path = m_dir.filePath(QStringLiteral("counts.sqlite"));
        NationalGenerator generator(tiny(1));
        QVERIFY2(generator.write(path), qPrintable(generator.error()));

        Database database;
        QVERIFY2(database.open(path), qPrintable(database.errorString())); // includes the schema check
        QCOMPARE(count(database, QStringLiteral("region")), 41);           // and the country
        QCOMPARE(count(database, QStringLiteral("element")), 300);
        QCOMPARE(count(database, QStringLiteral("plan")), 6);
        QCOMPARE(count(database, QStringLiteral("budget_line")), 600);
        QCOMPARE(count(database, QStringLiteral("event")), 80);
        QCOMPARE(generator.counts().budgetLines, 600);
        QCOMPARE(generator.counts().plans, 6);
        // Every element but the goals has a parent of the same plan, a level up.
        QCOMPARE(SqlQuery::scalar(database.connection(),
                                  QStringLiteral("SELECT count(*) FROM element c JOIN element p ON p.id = c.parent_id "
                                                 "WHERE p.plan_id <> c.plan_id OR (c.kind = 'strategy' AND p.kind "
                                                 "<> 'goal') OR (c.kind = 'task' AND p.kind <> 'strategy')"))
                     .toInt(),
                 0);
        QVERIFY(SqlQuery::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM element WHERE kind = "
                                                                       "'goal' AND parent_id IS NULL"))
                    .toInt() >= 6);
        // Every text of the names is bilingual; the search index is built (nothing pending).
        QCOMPARE(SqlQuery::scalar(database.connection(),
                                  QStringLiteral("SELECT count(*) FROM localized_text WHERE field = 'name' AND status "
                                                 "= 'missing'"))
                     .toInt(),
                 0);
        QCOMPARE(
            SqlQuery::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM search_doc WHERE indexed = 0"))
                .toInt(),
            0);
    }

    void everyPlanHasPartners()
    {
        const QString path = m_dir.filePath(QStringLiteral("partners.sqlite"));
        NationalGenerator generator(tiny(2));
        QVERIFY2(generator.write(path), qPrintable(generator.error()));
        Database database;
        QVERIFY2(database.open(path), qPrintable(database.errorString()));
        const QSqlDatabase db = database.connection();
        const auto scalar = [&db](const char *sql) {
            return SqlQuery::scalar(db, QString::fromUtf8(sql)).toLongLong();
        };

        // Four organisations a region, each named in both languages after its region: by the short form of a
        // province's or a city's name (충남대학교, not 충청남도대학교), as such bodies are.
        QCOMPARE(count(database, QStringLiteral("organisation")), 40 * 4);
        QCOMPARE(generator.counts().organisations, 40 * 4);
        const char *named = "SELECT count(*) FROM organisation o JOIN localized_text k ON k.entity_id = o.id AND "
                            "k.field = 'name' AND k.lang = 'ko' JOIN localized_text e ON e.entity_id = o.id AND "
                            "e.field = 'name' AND e.lang = 'en' JOIN localized_text r ON r.entity_id = o.region_id "
                            "AND r.field = 'name' AND r.lang = 'ko' WHERE k.text <> '' AND e.text <> '' AND "
                            "substr(k.text, 1, 1) = substr(r.text, 1, 1)";
        QCOMPARE(scalar(named), 40 * 4);
        QCOMPARE(scalar("SELECT count(*) FROM organisation o JOIN localized_text k ON k.entity_id = o.id AND k.field "
                        "= 'name' AND k.lang = 'ko' JOIN localized_text r ON r.entity_id = o.region_id AND r.field = "
                        "'name' AND r.lang = 'ko' WHERE (r.text LIKE '%도' OR r.text LIKE '%시' OR r.text LIKE '%군') "
                        "AND length(r.text) >= 3 AND k.text LIKE r.text || '%'"),
                 0);
        QVERIFY(scalar("SELECT count(*) FROM localized_text WHERE text = '충남대학교'") == 1);
        // Every plan has a lead and at most three partners more.
        QCOMPARE(scalar("SELECT count(*) FROM plan p WHERE (SELECT count(*) FROM participation WHERE plan_id = p.id "
                        "AND role = 'lead') <> 1 OR (SELECT count(*) FROM participation WHERE plan_id = p.id) > 4"),
                 0);
        // Events that have a host are events of plans, hosted in their own region.
        QVERIFY(scalar("SELECT count(*) FROM participation WHERE event_id IS NOT NULL") > 0);
        QCOMPARE(scalar("SELECT count(*) FROM participation x JOIN event v ON v.id = x.event_id JOIN organisation o ON "
                        "o.id = x.organisation_id WHERE v.plan_id IS NULL OR o.region_id <> v.region_id"),
                 0);
        QCOMPARE(generator.counts().participations, count(database, QStringLiteral("participation")));
    }

    void sameSeedSameDatabase()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.sqlite"));
        const QString b = m_dir.filePath(QStringLiteral("b.sqlite"));
        const QString c = m_dir.filePath(QStringLiteral("c.sqlite"));
        QVERIFY(NationalGenerator(tiny(7)).write(a));
        QVERIFY(NationalGenerator(tiny(7)).write(b));
        QVERIFY(NationalGenerator(tiny(8)).write(c));
        const QByteArray first = digest(a);
        QVERIFY(!first.isEmpty());
        QCOMPARE(digest(b), first);
        QVERIFY(digest(c) != first);
    }

    void refusesAnExistingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("exists.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        NationalGenerator generator(tiny(1));
        QVERIFY(!generator.write(path));
        QVERIFY(generator.error().contains(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));
    }

    void searchFindsGeneratedNames_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected"); // a text one of the hits shows
        QTest::newRow("two syllables") << QStringLiteral("대전") << QStringLiteral("대전광역시");
        QTest::newRow("two syllables, Busan") << QStringLiteral("부산") << QStringLiteral("부산광역시");
        QTest::newRow("one syllable") << QStringLiteral("울") << QStringLiteral("서울특별시");
        QTest::newRow("initial consonants") << QStringLiteral("ㄷㅈㄱㅇ") << QStringLiteral("대전광역시");
        QTest::newRow("English") << QStringLiteral("Daejeon") << QStringLiteral("Daejeon Metropolitan City");
        QTest::newRow("theme") << QStringLiteral("우주항공") << QStringLiteral("우주항공");
        QTest::newRow("organisation") << QStringLiteral("테크노파크") << QStringLiteral("대전테크노파크");
    }

    void searchFindsGeneratedNames()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("search.sqlite"));
        if (!QFile::exists(path))
            QVERIFY(NationalGenerator(tiny(3)).write(path));
        Database database;
        QVERIFY(database.open(path));
        const SearchResult result = SearchIndex(database.connection()).find(query);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        bool found = false;
        for (const SearchHit &hit : result.hits)
            found = found || hit.text.contains(expected);
        QVERIFY2(found, qPrintable(query));
    }

    void csvImportsThroughTheFiscalMapping()
    {
        const QString path = m_dir.filePath(QStringLiteral("csv.sqlite"));
        const QString csv = m_dir.filePath(QStringLiteral("lines.csv"));
        GeneratorOptions options = tiny(5);
        options.csvPath = csv;
        QVERIFY(NationalGenerator(options).write(path));
        Database database;
        QVERIFY(database.open(path));
        ImportMapping mapping;
        QVERIFY(ImportMapping::builtin(QStringLiteral("fiscal-budget"), &mapping));
        const ImportReport report = CsvImporter(database.connection(), mapping).run(csv);
        QVERIFY2(report.written, qPrintable(report.fatalError));
        QCOMPARE(report.rowsRead, 600);
        QCOMPARE(report.imported, 600);
        QCOMPARE(
            report.totalWon,
            SqlQuery::scalar(database.connection(),
                             QStringLiteral("SELECT sum(b.amount) FROM budget_line b JOIN entity p ON p.id = b.plan_id "
                                            "WHERE p.key LIKE 'plan.import.%'"))
                .toLongLong());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestNationalGenerator)
#include "TestNationalGenerator.moc"
