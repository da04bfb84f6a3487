// How the overview's tables share their width between short values and wrapped texts
// (ColumnFitting): numbers in, widths out, so each rule is checked without fonts.

#include "common/ColumnFitting.h"

#include <QTest>

#include <numeric>

using namespace innoatlas;

using Kind = ColumnFitting::Kind;

class TestColumnFitting : public QObject
{
    Q_OBJECT

private:
    static ColumnFitting::Room room(int available)
    {
        ColumnFitting::Room room;
        room.available = available;
        room.least = 20;
        room.wrappedHalf = available / 2;
        room.space = 4;
        room.padding = 0;
        return room;
    }

    /** A column of @p rows alike cells, each of @p words, with the widths measured. */
    static ColumnFitting::Column column(Kind kind, const QVector<int> &words, int rows = 3)
    {
        ColumnFitting::Column column;
        column.kind = kind;
        column.longestWord = *std::max_element(words.cbegin(), words.cend());
        column.natural =
            kind == Kind::Wrapped ? 0 : std::accumulate(words.cbegin(), words.cend(), 0) + 4 * (int(words.size()) - 1);
        column.cells.fill(words, rows);
        return column;
    }

    static int sum(const QVector<int> &widths) { return std::accumulate(widths.cbegin(), widths.cend(), 0); }

private slots:
    void shortValuesOnOneLineWhenTheyFit()
    {
        const QVector<ColumnFitting::Column> columns = {
            column(Kind::Short, {60}), column(Kind::Wrapped, {50, 50, 50, 50}), column(Kind::Unbroken, {40, 30, 30})};
        QVERIFY(ColumnFitting::fitsOnOneLine(columns, room(600)));
        const QVector<int> widths = ColumnFitting::widths(columns, room(600));
        QCOMPARE(widths.at(0), 60);
        QCOMPARE(widths.at(2), 108);
        QCOMPARE(sum(widths), 600); // the text takes the rest
    }

    void aDateStaysWholeWhenThatTakesFewerLines()
    {
        // A city, a short title and a date of three words ("2023년 11월 29일"): keeping the title half
        // the width would put the date on three lines; giving the date its width costs the title one.
        const QVector<ColumnFitting::Column> columns = {column(Kind::Short, {50}), column(Kind::Wrapped, {60, 60}),
                                                        column(Kind::Unbroken, {40, 40, 40})};
        const ColumnFitting::Room narrow = room(260);
        QVERIFY(!ColumnFitting::fitsOnOneLine(columns, narrow));
        const QVector<int> widths = ColumnFitting::widths(columns, narrow);
        QCOMPARE(widths.at(2), columns.at(2).natural);
        QCOMPARE(widths.at(0), 50);
        QCOMPARE(sum(widths), 260);
        QCOMPARE(ColumnFitting::lines(columns, widths, narrow), 3 * 2);
    }

    void longTextsKeepTheirHalf()
    {
        // Long titles beside an amount of three words: the amount wrapping costs fewer lines than
        // the titles losing their room.
        const QVector<ColumnFitting::Column> columns = {column(Kind::Wrapped, QVector<int>(24, 40)),
                                                        column(Kind::Unbroken, {30, 30, 60}),
                                                        column(Kind::Short, {70, 70})};
        const ColumnFitting::Room narrow = room(360);
        QVERIFY(!ColumnFitting::fitsOnOneLine(columns, narrow));
        const QVector<int> widths = ColumnFitting::widths(columns, narrow);
        QVERIFY2(widths.at(0) >= 180, qPrintable(QString::number(widths.at(0))));
        QVERIFY(widths.at(1) < columns.at(1).natural);
        QVERIFY(widths.at(1) >= 60); // never narrower than its longest word
        QVERIFY(widths.at(2) >= 70);
        QCOMPARE(sum(widths), 360);
        QCOMPARE(ColumnFitting::lines(columns, widths, narrow), 3 * 6);
    }

    void theWidestShortValueGivesWayFirst()
    {
        const QVector<ColumnFitting::Column> columns = {column(Kind::Short, {50, 50, 50, 50}),
                                                        column(Kind::Wrapped, {30, 30}), column(Kind::Short, {40})};
        const QVector<int> widths = ColumnFitting::widths(columns, room(220));
        QCOMPARE(widths.at(2), 40); // the narrow value keeps its width
        QVERIFY(widths.at(0) < columns.at(0).natural);
        QVERIFY(widths.at(0) >= 50);
        QCOMPARE(sum(widths), 220);
    }

    void wordsThatDoNotFitAreCut()
    {
        // Not even the longest words fit: every column still gets a part of the width.
        const QVector<ColumnFitting::Column> columns = {column(Kind::Short, {150}), column(Kind::Wrapped, {150}),
                                                        column(Kind::Unbroken, {150})};
        const QVector<int> widths = ColumnFitting::widths(columns, room(300));
        for (const int width : widths)
            QVERIFY(width >= 20);
        QCOMPARE(sum(widths), 300);
    }

    void linesWrapBetweenWords_data()
    {
        QTest::addColumn<QVector<int>>("words");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("lines");
        QTest::newRow("fits") << QVector<int>{30, 30} << 64 << 1;
        QTest::newRow("one short") << QVector<int>{30, 30} << 63 << 2;
        QTest::newRow("three then one") << QVector<int>{10, 10, 10, 40} << 40 << 2;
        QTest::newRow("a word wider than the line") << QVector<int>{90} << 40 << 1;
        QTest::newRow("empty") << QVector<int>{} << 40 << 1;
    }

    void linesWrapBetweenWords()
    {
        QFETCH(QVector<int>, words);
        QFETCH(int, width);
        QFETCH(int, lines);
        ColumnFitting::Column cell;
        cell.cells = {words};
        QCOMPARE(ColumnFitting::lines({cell}, {width}, room(width)), lines);
    }
};

QTEST_APPLESS_MAIN(TestColumnFitting)
#include "TestColumnFitting.moc"
