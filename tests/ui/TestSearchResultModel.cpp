#include "common/ItemRoles.h"
#include "i18n/Translations.h"
#include "models/SearchResultModel.h"

#include <QAbstractItemModelTester>
#include <QPoint>
#include <QTest>

using namespace innoatlas;

namespace {
SearchHit hit(const QString &key, const QString &kind, const QString &text, int start, int length)
{
    SearchHit h;
    h.entityKey = key;
    h.entityKind = kind;
    h.field = QStringLiteral("name");
    h.language = QStringLiteral("ko");
    h.text = text;
    h.matches = {{start, length}};
    h.planKey = QStringLiteral("plan.p");
    h.regionKey = QStringLiteral("region.r");
    return h;
}
} // namespace

class TestSearchResultModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void hitsAreGroupedByKindInOrder()
    {
        SearchResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SearchResult result;
        result.hits = {hit(QStringLiteral("bl.a"), QStringLiteral("budget_line"), QStringLiteral("머크 투자"), 0, 2),
                       hit(QStringLiteral("bl.b"), QStringLiteral("budget_line"), QStringLiteral("투자 머크"), 3, 2),
                       hit(QStringLiteral("ev.a"), QStringLiteral("event"), QStringLiteral("머크 착공"), 0, 2)};
        model.setResult(result);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Budget lines (2)"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Events (1)"));
        QCOMPARE(model.hitCount(), 3);
        QCOMPARE(model.firstHit().data(KeyRole).toString(), QStringLiteral("bl.a"));
        QCOMPARE(model.entityAt(model.index(0, 0)).isValid(), false);
        const QModelIndex second = model.index(1, 0, model.index(0, 0));
        QCOMPARE(second.data().toString(), QStringLiteral("투자 머크"));
        QCOMPARE(second.data(MatchesRole).toList(), QVariantList{QPoint(3, 2)});
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.firstHit().isValid());
    }

    void anEntityIsListedOnce()
    {
        SearchResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SearchResult result;
        SearchHit english = hit(QStringLiteral("plan.p"), QStringLiteral("plan"), QStringLiteral("Merck plan"), 0, 5);
        english.language = QStringLiteral("en");
        result.hits = {hit(QStringLiteral("plan.p"), QStringLiteral("plan"), QStringLiteral("머크 계획"), 0, 2),
                       english};
        model.setResult(result);
        QCOMPARE(model.hitCount(), 1);
        QCOMPARE(model.firstHit().data().toString(), QStringLiteral("머크 계획"));
    }

    void figuresAndPopulationOpenTheirOwner_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("opened");
        QTest::newRow("figure note") << "figure"
                                     << "bl.owner";
        QTest::newRow("population") << "population"
                                    << "bl.owner";
        QTest::newRow("quote on its own") << "quote"
                                          << "q.self";
    }

    void figuresAndPopulationOpenTheirOwner()
    {
        QFETCH(QString, kind);
        QFETCH(QString, opened);
        SearchResultModel model;
        SearchResult result;
        SearchHit h = hit(QStringLiteral("q.self"), kind, QStringLiteral("note"), 0, 4);
        h.ownerKey = QStringLiteral("bl.owner");
        result.hits = {h};
        model.setResult(result);
        const EntityRef entity = model.entityAt(model.firstHit());
        QCOMPARE(entity.key, opened);
        QCOMPARE(entity.planKey, QStringLiteral("plan.p"));
    }

    void snippetKeepsTheMatchInView_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("snippet");
        QTest::addColumn<int>("shiftedStart");
        QTest::newRow("short text whole") << "abc Merck def" << 4 << 5 << 40 << "abc Merck def" << 4;
        QTest::newRow("match late in a long text")
            << QString(50, QLatin1Char('x')) + QStringLiteral("Merck") + QString(50, QLatin1Char('y')) << 50 << 5 << 20
            << "…xxxxxMerckyyyyyyyyyy…" << 6;
        QTest::newRow("new lines become spaces") << "a\nMerck" << 2 << 5 << 40 << "a Merck" << 2;
    }

    void snippetKeepsTheMatchInView()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, length);
        QFETCH(int, width);
        QFETCH(QString, snippet);
        QFETCH(int, shiftedStart);
        QVector<QPair<int, int>> shifted;
        QCOMPARE(SearchResultModel::snippet(text, {{start, length}}, width, &shifted), snippet);
        QCOMPARE(shifted.size(), 1);
        QCOMPARE(shifted.first().first, shiftedStart);
        QCOMPARE(snippet.mid(shifted.first().first, shifted.first().second), QStringLiteral("Merck"));
    }
};

QTEST_GUILESS_MAIN(TestSearchResultModel)
#include "TestSearchResultModel.moc"
