#include "charts/DeckStore.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace innoatlas;

class TestDeckStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        QVERIFY2(m_db->openOrCreate(path, [](Database &, QString *) { return true; }), qPrintable(m_db->errorString()));
    }

    void cleanup() { m_db.reset(); }

    void emptyDatabaseGivesTheStandardDeck()
    {
        const DeckStore store(m_db->connection());
        QVERIFY(store.names().isEmpty());
        const PresenterDeck deck = store.loadFirstOrStandard();
        QCOMPARE(deck, PresenterDeck::standard());
        QVERIFY(deck.slides.size() >= 6);
    }

    void savedDecksLoadBackIdentical()
    {
        DeckStore store(m_db->connection());
        PresenterDeck deck = PresenterDeck::standard();
        deck.name = QStringLiteral("Busan briefing");
        InvestmentRequest busan;
        busan.cityKeys = QStringList{QStringLiteral("region.busan")};
        busan.unit = DisplayUnit::Jo;
        deck.slides.prepend(PresenterSlide::chart(busan));
        deck.slides.append(PresenterSlide::targets({QStringLiteral("region.busan")}));
        store.save(deck);
        QCOMPARE(store.names(), QStringList{"Busan briefing"});
        const std::optional<PresenterDeck> loaded = store.load(QStringLiteral("Busan briefing"));
        QVERIFY(loaded);
        QCOMPARE(*loaded, deck);
        QCOMPARE(loaded->slides.first().chartRequest(), busan);
        QCOMPARE(store.loadFirstOrStandard(), deck);
    }

    void savingAgainReplacesTheSlides()
    {
        DeckStore store(m_db->connection());
        PresenterDeck deck;
        deck.name = QStringLiteral("Talk");
        deck.slides = {PresenterSlide::targets(), PresenterSlide::timeline({})};
        store.save(deck);
        deck.slides = {PresenterSlide::chart({})};
        store.save(deck);
        QCOMPARE(store.load(QStringLiteral("Talk"))->slides.size(), 1);
        QCOMPARE(SqlQuery::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM presenter_slide")).toInt(),
                 1);
        QCOMPARE(store.names().size(), 1);
    }

    void decksKeepTheirOrder()
    {
        DeckStore store(m_db->connection());
        for (const char *name : {"b", "a", "c"})
            store.save({QString::fromLatin1(name), {PresenterSlide::targets()}});
        QCOMPARE(store.names(), (QStringList{"b", "a", "c"}));
        QVERIFY(store.remove(QStringLiteral("a")));
        QVERIFY(!store.remove(QStringLiteral("a")));
        QCOMPARE(store.names(), (QStringList{"b", "c"}));
        QCOMPARE(SqlQuery::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM presenter_slide")).toInt(),
                 2);
    }

    void addingASlideKeepsTheDeck()
    {
        DeckStore store(m_db->connection());
        InvestmentRequest gwangju;
        gwangju.cityKeys = QStringList{QStringLiteral("region.gwangju")};
        const PresenterDeck first = store.appendSlide(PresenterSlide::chart(gwangju));
        QCOMPARE(first.slides.size(), PresenterDeck::standard().slides.size() + 1);
        QCOMPARE(first.slides.last().chartRequest(), gwangju);
        const PresenterDeck second = store.appendSlide(PresenterSlide::targets());
        QCOMPARE(second.slides.size(), first.slides.size() + 1);
        QCOMPARE(store.names(), QStringList{PresenterDeck::standard().name});
        QCOMPARE(store.loadFirstOrStandard(), second);
    }

    void badInputChangesNothing()
    {
        DeckStore store(m_db->connection());
        QVERIFY_THROWS_EXCEPTION(StoreError, store.save({QStringLiteral(" "), {PresenterSlide::targets()}}));
        // The schema refuses settings that are not a JSON object and unknown views.
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            SqlQuery::run(m_db->connection(), QStringLiteral("INSERT INTO presenter_deck (name, ordinal) VALUES "
                                                             "('x', 0); INSERT INTO presenter_slide VALUES "
                                                             "(1, 0, 'chart', '[1,2]')")));
        SqlQuery::run(m_db->connection(), QStringLiteral("INSERT INTO presenter_deck (name, ordinal) VALUES ('y', 0)"));
        QVERIFY_THROWS_EXCEPTION(
            StoreError, SqlQuery::run(m_db->connection(),
                                      QStringLiteral("INSERT INTO presenter_slide VALUES (1, 0, 'slideshow', '{}')")));
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            SqlQuery::run(m_db->connection(),
                          QStringLiteral("INSERT INTO presenter_slide VALUES (1, 0, 'chart', 'not json')")));
        QCOMPARE(store.load(QStringLiteral("y"))->slides.size(), 0);
        // Settings that look like an object but are not JSON are refused when the deck is read.
        SqlQuery::run(m_db->connection(),
                      QStringLiteral("INSERT INTO presenter_slide VALUES (1, 0, 'chart', '{oops}')"));
        QVERIFY_THROWS_EXCEPTION(StoreError, store.load(QStringLiteral("y")));
    }

    void deletingADeckDeletesItsSlides()
    {
        DeckStore store(m_db->connection());
        store.save({QStringLiteral("d"), {PresenterSlide::targets(), PresenterSlide::chart({})}});
        SqlQuery::run(m_db->connection(), QStringLiteral("DELETE FROM presenter_deck"));
        QCOMPARE(SqlQuery::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM presenter_slide")).toInt(),
                 0);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestDeckStore)
#include "TestDeckStore.moc"
