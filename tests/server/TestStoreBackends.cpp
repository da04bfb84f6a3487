// The store's behaviour on both backends: every test runs on an SQLite file and on a database of
// a PostgreSQL server that the test starts itself (skipped, saying why, when it cannot).

#include "StoreBackend.h"
#include "charts/DeckStore.h"
#include "charts/TimelineBuilder.h"
#include "dataset/BuiltinDataset.h"
#include "dataset/DatasetJsonReader.h"
#include "dataset/DatasetJsonWriter.h"
#include "review/Checks.h"
#include "review/ContentEditor.h"
#include "review/Glossary.h"
#include "review/TextHistory.h"
#include "search/SearchIndex.h"
#include "store/DatasetStore.h"
#include "store/Migrations.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"

#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;
using namespace innoatlas::test;

namespace {
Dataset builtin()
{
    Dataset dataset;
    QVector<DatasetIssue> issues;
    if (!BuiltinDataset::read(&dataset, &issues))
        qFatal("the built-in dataset does not read");
    return dataset;
}

Dataset minimal()
{
    DatasetJsonReader reader;
    reader.readFile(QStringLiteral(INNOATLAS_TEST_DATA_DIR "/datasets/minimal.json"));
    if (!reader.finish())
        qFatal("minimal.json does not read");
    return reader.dataset();
}

qint64 count(const Database &db, const QString &table)
{
    return SqlQuery::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

const FieldKey kCityName{QStringLiteral("region.test-city"), QStringLiteral("name")}; // ko approved, en reviewed
} // namespace

class TestStoreBackends : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase() { PostgresServer::shared().stop(); }

    void newStoreHasTheLatestSchema_data() { addBackendRows(); }
    void newStoreHasTheLatestSchema()
    {
        QFETCH(QString, backend);
        INNOATLAS_STORE_LOCATION(location, backend, m_dir);
        Database db;
        QVERIFY2(openStore(db, location), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(db.isServer(), backend == QLatin1String("postgresql"));
        QCOMPARE(count(db, QStringLiteral("entity")), 0);
        QCOMPARE(count(db, QStringLiteral("glossary_term")), 48); // the seed glossary of 004_review.sql
        // Opening it again finds it current and changes nothing.
        db.close();
        QVERIFY2(openStore(db, location), qPrintable(db.errorString()));
        QCOMPARE(count(db, QStringLiteral("glossary_term")), 48);
    }

    void builtinDatasetRoundTrip_data() { addBackendRows(); }
    void builtinDatasetRoundTrip()
    {
        QFETCH(QString, backend);
        INNOATLAS_STORE_LOCATION(location, backend, m_dir);
        Database db;
        QVERIFY2(openStore(db, location), qPrintable(db.errorString()));
        const Dataset dataset = builtin();
        DatasetStore store(db.connection());
        store.insert(dataset);
        const Dataset loaded = store.load();
        QCOMPARE(loaded.plans.size(), 6);
        QVERIFY(loaded.plans == dataset.plans);
        QVERIFY(loaded.sources == dataset.sources);
        QVERIFY(loaded == dataset);
        QCOMPARE(DatasetJsonWriter::toBytes(loaded), DatasetJsonWriter::toBytes(dataset));

        // The part the timeline and the targets read shows them as the whole dataset does.
        const Dataset lean = store.load(DatasetStore::Scope::TimelinesAndTargets);
        const auto items = [](const Dataset &from, Language language) {
            QStringList lines;
            for (const TimelineItem &item : TimelineBuilder(from).build(TimelineRequest(), language).items)
                lines << QStringList{item.key,
                                     item.laneKey,
                                     item.label,
                                     item.detail,
                                     item.first.toString(Qt::ISODate),
                                     item.last.toString(Qt::ISODate)}
                             .join(u'|');
            return lines;
        };
        for (const Language language : {Language::Korean, Language::English}) {
            QVERIFY(items(dataset, language).size() > 3);
            QCOMPARE(items(lean, language), items(dataset, language));
        }

        // What a city's report reads: that city's plans whole, the others by name.
        const QString daejeon = QStringLiteral("region.daejeon");
        const Dataset city = store.loadRegion(daejeon);
        QCOMPARE(city.plans.size(), dataset.plans.size());
        int whole = 0;
        for (int i = 0; i < dataset.plans.size(); ++i) {
            const Plan &plan = dataset.plans.at(i);
            QVERIFY(city.plans.at(i).title == plan.title);
            if (plan.regionKey == daejeon) {
                QVERIFY2(city.plans.at(i) == plan, qPrintable(plan.key));
                ++whole;
            } else {
                QVERIFY(city.plans.at(i).budgetLines.isEmpty() && city.plans.at(i).elements.isEmpty());
            }
        }
        QCOMPARE(whole, 4);
        QVERIFY(city.sources == dataset.sources);
        QVERIFY(city.regions == dataset.regions);
    }

    void moneyKeepsEveryWon_data() { addBackendRows(); }
    void moneyKeepsEveryWon()
    {
        // Beyond 2^53 a double would round: the amount must come back to the won.
        QFETCH(QString, backend);
        INNOATLAS_STORE_LOCATION(location, backend, m_dir);
        Database db;
        QVERIFY2(openStore(db, location), qPrintable(db.errorString()));
        Dataset dataset = minimal();
        const qint64 huge = Q_INT64_C(9007199254740993);
        dataset.plans.first().budgetLines.first().amount.won = huge;
        DatasetStore store(db.connection());
        store.insert(dataset);
        QCOMPARE(store.load().plans.first().budgetLines.first().amount.won, huge);
        QCOMPARE(SqlQuery::scalar(db.connection(), QStringLiteral("SELECT sum(amount) FROM budget_line")).toLongLong(),
                 huge + dataset.plans.first().budgetLines.at(1).amount.won);
    }

    void failedInsertWritesNothing_data() { addBackendRows(); }
    void failedInsertWritesNothing()
    {
        QFETCH(QString, backend);
        INNOATLAS_STORE_LOCATION(location, backend, m_dir);
        Database db;
        QVERIFY2(openStore(db, location), qPrintable(db.errorString()));
        Dataset dataset = minimal();
        dataset.plans.first().budgetLines.first().amount.won = -1; // refused by a CHECK constraint
        QVERIFY_THROWS_EXCEPTION(StoreError, DatasetStore(db.connection()).insert(dataset));
        QCOMPARE(count(db, QStringLiteral("entity")), 0);
        QCOMPARE(count(db, QStringLiteral("localized_text")), 0);
        // The connection is usable after the failure.
        DatasetStore(db.connection()).insert(minimal());
        QVERIFY(count(db, QStringLiteral("entity")) > 0);
    }

    void editsKeepHistoryAndRowVersions_data() { addBackendRows(); }
    void editsKeepHistoryAndRowVersions()
    {
        QFETCH(QString, backend);
        INNOATLAS_STORE_LOCATION(location, backend, m_dir);
        Database db;
        QVERIFY2(openStore(db, location), qPrintable(db.errorString()));
        DatasetStore(db.connection()).insert(minimal());
        QDateTime now(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC);
        ContentEditor editor(db.connection(), QStringLiteral("kim"), [&now] { return now; });
        const int version = editor.field(kCityName).rowVersion;

        EditResult result = editor.setText(kCityName, Language::Korean, QStringLiteral("대전"), version);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.edits.size(), 2); // and the reviewed English goes back to draft
        const FieldPair after = editor.field(kCityName);
        QCOMPARE(after.text.ko, QStringLiteral("대전"));
        QCOMPARE(after.text.enStatus, ReviewStatus::Draft);
        QCOMPARE(after.rowVersion, version + 1);
        QVERIFY(after.enFlag);
        QCOMPARE(after.enFlag->counterpartText, QStringLiteral("대전광역시"));

        // An edit made against the old version is a conflict and changes nothing.
        result = editor.setText(kCityName, Language::English, QStringLiteral("Daejeon"), version);
        QVERIFY(!result.ok);
        QVERIFY(result.conflict);
        QCOMPARE(editor.field(kCityName).text.en, QStringLiteral("Daejeon Metropolitan City"));

        now = now.addSecs(60);
        QVERIFY(editor.setStatus(kCityName, Language::Korean, ReviewStatus::Approved, version + 1).ok);
        const QVector<HistoryEntry> history = TextHistory(db.connection()).ofField(kCityName);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).changedAt, QStringLiteral("2024-05-01T09:31:00Z"));
        QCOMPARE(history.at(0).edit.newStatus, ReviewStatus::Approved);
        QCOMPARE(history.at(2).userName, QStringLiteral("kim"));
        QCOMPARE(history.at(2).edit.oldText, QStringLiteral("대전광역시"));
        QCOMPARE(history.at(2).edit.newText, QStringLiteral("대전"));
        QCOMPARE(history.at(1).edit.reason, EditReason::CounterpartChanged);
    }

    void decksGlossaryAndChecksWork_data() { addBackendRows(); }
    void decksGlossaryAndChecksWork()
    {
        QFETCH(QString, backend);
        INNOATLAS_STORE_LOCATION(location, backend, m_dir);
        Database db;
        QVERIFY2(openStore(db, location), qPrintable(db.errorString()));
        DatasetStore(db.connection()).insert(builtin());

        // Ids the database hands out follow the seeded ones (the glossary's 48 terms).
        GlossaryTerm term;
        term.ko = QStringLiteral("우주항공청");
        term.en = QStringLiteral("Korea AeroSpace Administration");
        term.enAccepted = {QStringLiteral("KASA")};
        QString error;
        const qint64 id = Glossary(db.connection()).add(term, &error);
        QVERIFY2(id > 48, qPrintable(error));
        QCOMPARE(Glossary(db.connection()).term(id).enAccepted, QStringList{QStringLiteral("KASA")});

        DeckStore decks(db.connection());
        PresenterDeck deck = PresenterDeck::standard();
        deck.name = QStringLiteral("회의");
        decks.save(deck);
        QCOMPARE(decks.load(QStringLiteral("회의")), std::optional<PresenterDeck>(deck));

        const QVector<Finding> findings = Checks::run(db.connection());
        QVERIFY(!findings.isEmpty()); // the built-in dataset has known glossary warnings
    }

    void searchFindsTheSameTexts_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expectedKey");
        for (const char *backend : {"sqlite", "postgresql"}) {
            const QString b = QString::fromLatin1(backend);
            QTest::addRow("%s korean", backend)
                << b << QStringLiteral("우주산업") << QStringLiteral("plan.daejeon-space-2023");
            QTest::addRow("%s initials", backend) << b << QStringLiteral("ㄷㅈ") << QStringLiteral("region.daejeon");
            QTest::addRow("%s english", backend)
                << b << QStringLiteral("innopolis alliance") << QStringLiteral("plan.daejeon-gia");
            QTest::addRow("%s amount", backend)
                << b << QStringLiteral("3500억") << QStringLiteral("plan.daejeon-space-2023");
        }
    }
    void searchFindsTheSameTexts()
    {
        QFETCH(QString, backend);
        QFETCH(QString, query);
        QFETCH(QString, expectedKey);
        INNOATLAS_STORE_LOCATION(location, backend, m_dir);
        Database db;
        QVERIFY2(openStore(db, location), qPrintable(db.errorString()));
        DatasetStore(db.connection()).insert(builtin());
        const SearchResult result = SearchIndex(db.connection()).find(query, 50);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QStringList keys;
        for (const SearchHit &hit : result.hits)
            keys << hit.entityKey;
        QVERIFY2(keys.contains(expectedKey), qPrintable(keys.join(QLatin1Char(' '))));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestStoreBackends)
#include "TestStoreBackends.moc"
