// The overview's tables are as tall as their rows, and a row as tall as its wrapped text: the rows
// are fitted again when the columns' widths, the texts or the font change, and only then.

#include "common/SectionTable.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTest>
#include <QVBoxLayout>

using namespace innoatlas;

namespace {
/** Counts the cells measured. */
class CountingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        ++measured;
        return QStyledItemDelegate::sizeHint(option, index);
    }
    mutable int measured = 0;
};
} // namespace

class TestSectionTable : public QObject
{
    Q_OBJECT

private:
    static QString longText()
    {
        return QStringLiteral("대전 우주산업 클러스터 조성 — a long task name that wraps over several lines when the "
                              "column is narrow and fits on one line when it is wide enough to hold it");
    }

    static void makeModel(QStandardItemModel &model)
    {
        model.setColumnCount(2);
        for (int row = 0; row < 3; ++row)
            model.appendRow({new QStandardItem(row == 1 ? longText() : QStringLiteral("짧은 행")),
                             new QStandardItem(QStringLiteral("1,000억 원"))});
    }

    static void showAt(SectionTable &table, int width)
    {
        table.resize(width, table.height());
        QApplication::processEvents();
    }

private slots:
    void rowsFollowTheColumnsWidth()
    {
        QStandardItemModel model;
        makeModel(model);
        SectionTable table;
        table.setModel(&model);
        table.horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        table.show();
        showAt(table, 1600);
        const int wide = table.rowHeight(1);
        QCOMPARE(wide, table.rowHeight(0));
        showAt(table, 260);
        const int narrow = table.rowHeight(1);
        QVERIFY2(narrow > 2 * wide, qPrintable(QStringLiteral("%1 vs %2").arg(narrow).arg(wide)));
        QCOMPARE(table.rowHeight(0), wide);
        // The table is as tall as its rows: nothing is hidden behind a scroll bar of its own.
        QCOMPARE(table.height(), table.sizeHint().height());
        QVERIFY(table.height() >= narrow + 2 * wide);
        showAt(table, 1600);
        QCOMPARE(table.rowHeight(1), wide);
    }

    void rowsFollowTheirTexts()
    {
        QStandardItemModel model;
        makeModel(model);
        SectionTable table;
        table.setModel(&model);
        table.horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        table.show();
        showAt(table, 260);
        const int shortRow = table.rowHeight(0);
        // Another content language changes the texts, not the widths.
        model.item(0, 0)->setText(longText());
        QTRY_VERIFY(table.rowHeight(0) > 2 * shortRow);
        model.item(0, 0)->setText(QStringLiteral("짧은 행"));
        QTRY_COMPARE(table.rowHeight(0), shortRow);
        model.appendRow({new QStandardItem(longText()), new QStandardItem(QStringLiteral("5억 원"))});
        QVERIFY(table.rowHeight(3) > 2 * shortRow);
        QCOMPARE(table.height(), table.sizeHint().height());
    }

    void wrappedTextsKeepHalfTheWidth()
    {
        // A long city name beside a plan's title: the title must stay readable, the years whole.
        QStandardItemModel model;
        model.setHorizontalHeaderLabels(
            {QStringLiteral("City"), QStringLiteral("Plan"), QStringLiteral("Implementation period")});
        const QString city = QStringLiteral("Daejeon Metropolitan City Government Office of Science");
        for (int row = 0; row < 3; ++row)
            model.appendRow({new QStandardItem(city), new QStandardItem(longText()),
                             new QStandardItem(QStringLiteral("2024–2028"))});
        SectionTable table;
        table.setModel(&model);
        table.setWrappedColumns({1});
        table.show();
        showAt(table, 1600);
        // Wide enough: the short values are on one line and the text takes the rest.
        const QFontMetrics metrics = table.fontMetrics();
        QVERIFY(table.columnWidth(0) > metrics.horizontalAdvance(city));
        QCOMPARE(table.rowHeight(0), table.rowHeight(2));
        QCOMPARE(table.columnWidth(0) + table.columnWidth(1) + table.columnWidth(2), table.viewport()->width());
        showAt(table, 520);
        QVERIFY2(table.columnWidth(1) >= table.viewport()->width() / 2,
                 qPrintable(QStringLiteral("%1 of %2").arg(table.columnWidth(1)).arg(table.viewport()->width())));
        QVERIFY(table.columnWidth(2) > metrics.horizontalAdvance(QStringLiteral("2024–2028"))); // years whole

        // The name wraps between its words, never inside one.
        QVERIFY(table.columnWidth(0) < metrics.horizontalAdvance(city));
        QVERIFY(table.columnWidth(0) > metrics.horizontalAdvance(QStringLiteral("Government")));
        QVERIFY(table.rowHeight(0) > 2 * metrics.height());
        QCOMPARE(table.columnWidth(0) + table.columnWidth(1) + table.columnWidth(2), table.viewport()->width());
        // Narrower still: the titles wrap between their words too, never inside one.
        showAt(table, 360);
        const QFontMetrics headerMetrics = table.horizontalHeader()->fontMetrics();
        QVERIFY2(table.columnWidth(2) > headerMetrics.horizontalAdvance(QStringLiteral("Implementation")),
                 qPrintable(QString::number(table.columnWidth(2))));
    }

    void sizesGivenInStepsAreFittedOnce()
    {
        // A window being shown gives the table provisional widths before its last (a scroll area sizes its page
        // after its own layout): measuring every cell at each would be work no one sees.
        QStandardItemModel model;
        makeModel(model);
        SectionTable table;
        CountingDelegate delegate;
        table.setItemDelegate(&delegate);
        table.setModel(&model);
        table.setWrappedColumns({0});
        table.resize(260, table.height());
        table.show();
        table.resize(500, table.height());
        table.resize(1600, table.height());
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QApplication::processEvents();
        const int once = delegate.measured;
        // Laid out at the last width: the long text is on one line, as tall as the others.
        QCOMPARE(table.rowHeight(1), table.rowHeight(0));
        // Each cell was measured once for its height; the short column's cells once more for their width.
        QCOMPARE(once, model.rowCount() * model.columnCount() + model.rowCount());
        // Shown and laid out, the table follows a resize at once.
        table.resize(260, table.height());
        QVERIFY(table.rowHeight(1) > 2 * table.rowHeight(0));
    }

    void titlesWrapRatherThanBeingCut()
    {
        QStandardItemModel model;
        model.setHorizontalHeaderLabels({QStringLiteral("Plan"), QStringLiteral("Implementation period")});
        for (int row = 0; row < 3; ++row)
            model.appendRow({new QStandardItem(longText()), new QStandardItem(QStringLiteral("2024–2028"))});
        SectionTable table;
        table.setModel(&model);
        table.setWrappedColumns({0});
        table.show();
        QHeaderView *header = table.horizontalHeader();
        const QFontMetrics metrics = header->fontMetrics();
        showAt(table, 1600);
        QVERIFY(header->height() < 2 * metrics.height());
        // Narrow: the years keep their column, and its title takes two lines, whole.
        showAt(table, 240);
        QVERIFY(table.columnWidth(1) < metrics.horizontalAdvance(QStringLiteral("Implementation period")));
        QVERIFY2(header->height() >= 2 * metrics.height(),
                 qPrintable(QStringLiteral("%1 for lines of %2").arg(header->height()).arg(metrics.height())));
        QCOMPARE(header->textElideMode(), Qt::ElideNone);
        // The table makes room for it: the rows are not pushed under its frame.
        QCOMPARE(table.height(), table.sizeHint().height());
        showAt(table, 1600);
        QVERIFY(header->height() < 2 * metrics.height());
    }

    void rowsFollowTheFont()
    {
        QStandardItemModel model;
        makeModel(model);
        SectionTable table;
        table.setModel(&model);
        table.show();
        showAt(table, 800);
        const int before = table.rowHeight(0);
        QFont larger = table.font();
        larger.setPointSizeF(larger.pointSizeF() * 2.5);
        table.setFont(larger);
        QApplication::processEvents();
        QVERIFY2(table.rowHeight(0) > before,
                 qPrintable(QStringLiteral("%1 vs %2").arg(table.rowHeight(0)).arg(before)));
    }
};

QTEST_MAIN(TestSectionTable)
#include "TestSectionTable.moc"
