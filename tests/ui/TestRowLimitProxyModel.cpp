#include "models/RowLimitProxyModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace innoatlas;

namespace {
constexpr auto QtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

void fill(QStandardItemModel &model, int rows)
{
    model.clear();
    model.setColumnCount(2);
    for (int row = 0; row < rows; ++row)
        model.appendRow(
            {new QStandardItem(QStringLiteral("line %1").arg(row)), new QStandardItem(QString::number(row))});
}
} // namespace

/** The first page of a long table, and the rows a reader asks for beyond it. */
class TestRowLimitProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void showsAtMostOnePageAtFirst_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("shown");
        QTest::addColumn<int>("hidden");
        QTest::newRow("empty") << 0 << 0 << 0;
        QTest::newRow("short") << 7 << 7 << 0;
        QTest::newRow("exactly a page") << 10 << 10 << 0;
        QTest::newRow("one more than a page") << 11 << 10 << 1;
        QTest::newRow("thousands") << 2500 << 10 << 2490;
    }

    void showsAtMostOnePageAtFirst()
    {
        QFETCH(int, rows);
        QFETCH(int, shown);
        QFETCH(int, hidden);
        QStandardItemModel source;
        fill(source, rows);
        RowLimitProxyModel proxy(10);
        QAbstractItemModelTester tester(&proxy, QtTest);
        proxy.setSourceModel(&source);
        QCOMPARE(proxy.rowCount(), shown);
        QCOMPARE(proxy.columnCount(), 2);
        QCOMPARE(proxy.totalRows(), rows);
        QCOMPARE(proxy.hiddenRows(), hidden);
        if (shown > 0) {
            QCOMPARE(proxy.index(shown - 1, 0).data().toString(), QStringLiteral("line %1").arg(shown - 1));
            QCOMPARE(proxy.mapToSource(proxy.index(shown - 1, 1)), source.index(shown - 1, 1));
        }
        QVERIFY(!proxy.index(shown, 0).isValid());
        if (hidden > 0)
            QVERIFY(!proxy.mapFromSource(source.index(shown, 0)).isValid());
    }

    void moreAddsAPageAndAllShowsEveryRow()
    {
        QStandardItemModel source;
        fill(source, 25);
        RowLimitProxyModel proxy(10);
        QAbstractItemModelTester tester(&proxy, QtTest);
        proxy.setSourceModel(&source);
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy shownChanged(&proxy, &RowLimitProxyModel::rowsShownChanged);

        proxy.showMore();
        QCOMPARE(proxy.rowCount(), 20);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 10);
        QCOMPARE(inserted.at(0).at(2).toInt(), 19);
        proxy.showMore();
        QCOMPARE(proxy.rowCount(), 25);
        QCOMPARE(proxy.hiddenRows(), 0);
        QCOMPARE(proxy.index(24, 0).data().toString(), QStringLiteral("line 24"));
        proxy.showMore(); // nothing left to show
        QCOMPARE(proxy.rowCount(), 25);
        QCOMPARE(inserted.size(), 2);
        QVERIFY(shownChanged.size() >= 2);

        fill(source, 40); // another selection: back to the first page
        QCOMPARE(proxy.rowCount(), 10);
        proxy.showAll();
        QCOMPARE(proxy.rowCount(), 40);
        QCOMPARE(proxy.hiddenRows(), 0);
    }

    void changesOfHiddenRowsAreNotPassedOn()
    {
        QStandardItemModel source;
        fill(source, 30);
        RowLimitProxyModel proxy(10);
        QAbstractItemModelTester tester(&proxy, QtTest);
        proxy.setSourceModel(&source);
        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        source.item(25, 0)->setText(QStringLiteral("hidden"));
        QCOMPARE(changed.size(), 0);
        source.item(3, 1)->setText(QStringLiteral("shown"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(proxy.index(3, 1).data().toString(), QStringLiteral("shown"));
    }

    void rowsAddedToTheSourceKeepTheRowsAskedFor()
    {
        QStandardItemModel source;
        fill(source, 15);
        RowLimitProxyModel proxy(10);
        QAbstractItemModelTester tester(&proxy, QtTest);
        proxy.setSourceModel(&source);
        proxy.showMore();
        QCOMPARE(proxy.rowCount(), 15);
        source.appendRow({new QStandardItem(QStringLiteral("new")), new QStandardItem});
        QCOMPARE(proxy.rowCount(), 16);
        source.removeRows(0, 10);
        QCOMPARE(proxy.rowCount(), 6);
        QCOMPARE(proxy.index(5, 0).data().toString(), QStringLiteral("new"));
    }

    void rowsTheSourceLacksAreAskedForAndShownOnceRead()
    {
        QStandardItemModel source;
        fill(source, 10);
        RowLimitProxyModel proxy(10);
        QAbstractItemModelTester tester(&proxy, QtTest);
        proxy.setSourceModel(&source);
        proxy.setTotalRows(25); // the source read the first 10 of 25
        QCOMPARE(proxy.rowCount(), 10);
        QCOMPARE(proxy.totalRows(), 25);
        QCOMPARE(proxy.hiddenRows(), 15);

        QList<int> asked;
        connect(&proxy, &RowLimitProxyModel::moreRowsWanted, this, [&](int rows) {
            asked << rows;
            fill(source, rows < 0 ? 25 : rows);
            proxy.setTotalRows(25);
        });
        proxy.showMore();
        QCOMPARE(asked, QList<int>{20});
        QCOMPARE(proxy.rowCount(), 20);
        QCOMPARE(proxy.hiddenRows(), 5);
        proxy.showAll();
        QCOMPARE(asked, (QList<int>{20, -1}));
        QCOMPARE(proxy.rowCount(), 25);
        QCOMPARE(proxy.hiddenRows(), 0);
    }

    void withoutAnswerOnlyTheRowsHeldAreShown()
    {
        QStandardItemModel source;
        fill(source, 10);
        RowLimitProxyModel proxy(4);
        QAbstractItemModelTester tester(&proxy, QtTest);
        proxy.setSourceModel(&source);
        proxy.setTotalRows(30);
        QSignalSpy asked(&proxy, &RowLimitProxyModel::moreRowsWanted);
        proxy.showAll();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(proxy.rowCount(), 10);
        QCOMPARE(proxy.hiddenRows(), 20);
    }

    void headersAreTheSources()
    {
        QStandardItemModel source;
        fill(source, 3);
        source.setHorizontalHeaderLabels({QStringLiteral("Budget line"), QStringLiteral("Amount")});
        RowLimitProxyModel proxy(10);
        proxy.setSourceModel(&source);
        QCOMPARE(proxy.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Amount"));
    }
};

QTEST_MAIN(TestRowLimitProxyModel)
#include "TestRowLimitProxyModel.moc"
