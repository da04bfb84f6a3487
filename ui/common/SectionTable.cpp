#include "common/SectionTable.h"

#include "common/ColumnFitting.h"
#include "common/ItemRoles.h"

#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace innoatlas {

SectionTable::SectionTable(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setShowGrid(false);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    // Rows are fitted to their text by fitRows(), once per change of the columns' widths or the rows:
    // a header that fits its sections itself measures every cell again at each step of a layout.
    verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setHighlightSections(false);
    // A title wraps between its words (its column keeps the longest one) rather than being cut.
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter | Qt::Alignment(Qt::TextWordWrap));
    horizontalHeader()->setTextElideMode(Qt::ElideNone);
    connect(this, &QAbstractItemView::clicked, this, &SectionTable::emitActivated);
    connect(this, &QAbstractItemView::activated, this, &SectionTable::emitActivated);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] { layoutColumns(); });
}

void SectionTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    // Rows change height when the model's texts change (another content language); the table follows.
    const auto fitLater = [this] {
        forgetMeasures();
        QTimer::singleShot(0, this, &SectionTable::layoutColumns);
    };
    const auto fitNow = [this] {
        forgetMeasures();
        layoutColumns();
    };
    connect(model, &QAbstractItemModel::modelReset, this, fitLater);
    connect(model, &QAbstractItemModel::layoutChanged, this, fitLater);
    connect(model, &QAbstractItemModel::dataChanged, this, fitLater);
    connect(model, &QAbstractItemModel::rowsInserted, this, fitNow);
    connect(model, &QAbstractItemModel::rowsRemoved, this, fitNow);
    fitNow();
}

QSize SectionTable::sizeHint() const
{
    int height = 2 * frameWidth();
    if (horizontalHeader()->isVisible())
        height += qMax(horizontalHeader()->minimumHeight(), horizontalHeader()->sizeHint().height());
    if (model()) {
        for (int row = 0; row < model()->rowCount(); ++row)
            height += rowHeight(row);
    }
    return {QTableView::sizeHint().width(), height};
}

QSize SectionTable::minimumSizeHint() const
{
    return {QTableView::minimumSizeHint().width(), sizeHint().height()};
}

int SectionTable::sizeHintForRow(int row) const
{
    if (!model())
        return -1;
    // A cell's height depends on its text and its column's width only: when one column changes width
    // (the wrapped text's, as the window is laid out), the others are not measured again.
    const QHeaderView *header = horizontalHeader();
    const int columns = header->count();
    const int rows = model()->rowCount(rootIndex());
    if (m_cellHeights.size() != columns)
        m_cellHeights.resize(columns);
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    int hint = 0;
    for (int column = 0; column < columns; ++column) {
        if (header->isSectionHidden(column))
            continue;
        CellHeights &cells = m_cellHeights[column];
        const int width = columnWidth(column);
        if (cells.width != width || cells.rows.size() != rows) {
            cells.width = width;
            cells.rows.fill(-1, rows);
        }
        int &height = cells.rows[row];
        if (height < 0) {
            // As QTableView measures a wrapped cell: at its column's width, never zero high.
            option.rect = QRect(0, 0, showGrid() ? width - 1 : width, qMax(1, rowHeight(row)));
            const QModelIndex index = model()->index(row, column, rootIndex());
            height = itemDelegateForIndex(index)->sizeHint(option, index).height();
        }
        hint = qMax(hint, height);
    }
    return showGrid() ? hint + 1 : hint;
}

void SectionTable::resizeEvent(QResizeEvent *event)
{
    // The header resizes its columns one at a time inside the view's resize: fit the rows once, after.
    m_resizing = true;
    QTableView::resizeEvent(event);
    m_resizing = false;
    // Shown with its window, the table is given provisional widths before the last (a scroll area sizes its
    // page after its own layout): each fit measures every cell, so only the last is fitted.
    if (m_settled)
        layoutColumns();
    else
        layoutSoon();
}

void SectionTable::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    if (!m_laidOut)
        layoutSoon();
}

void SectionTable::layoutSoon()
{
    if (m_layoutPosted)
        return;
    m_layoutPosted = true;
    // Posted events go before the paint (a paint is posted at a lower priority): the first paint shows the fit.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_layoutPosted = false;
            layoutColumns();
            m_settled = m_laidOut;
        },
        Qt::QueuedConnection);
}

void SectionTable::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    // Another font or style draws the same texts at other heights.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        forgetMeasures();
        layoutColumns();
    }
}

void SectionTable::setWrappedColumns(const QList<int> &columns, const QList<int> &unbroken)
{
    m_wrapped = columns;
    m_unbroken = unbroken;
    // The widths are set by layoutColumns(): a header that fits its sections itself lets a wide
    // value starve the texts that wrap.
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(false);
    m_natural.clear();
    layoutColumns();
}

void SectionTable::layoutColumns()
{
    if (m_resizing)
        return;
    // A table on a page not shown (a plan's page behind the overview) is laid out when it is shown.
    if (!isVisible()) {
        m_laidOut = false;
        return;
    }
    m_laidOut = true;
    QHeaderView *header = horizontalHeader();
    if (m_wrapped.isEmpty() || !model() || header->count() == 0) {
        fitRows();
        return;
    }
    const int count = header->count();
    if (m_natural.size() != count)
        measureColumns();
    QList<int> shown;
    QVector<ColumnFitting::Column> columns;
    int wrappedCount = 0;
    for (int column = 0; column < count; ++column) {
        if (header->isSectionHidden(column))
            continue;
        ColumnFitting::Column fitted;
        fitted.kind = m_wrapped.contains(column)    ? ColumnFitting::Kind::Wrapped
                      : m_unbroken.contains(column) ? ColumnFitting::Kind::Unbroken
                                                    : ColumnFitting::Kind::Short;
        fitted.natural = m_natural.at(column);
        wrappedCount += fitted.kind == ColumnFitting::Kind::Wrapped ? 1 : 0;
        shown << column;
        columns << fitted;
    }
    ColumnFitting::Room room;
    room.available = viewport()->width();
    room.least = header->minimumSectionSize();
    // The wrapped texts keep at least half the width and a dozen characters each.
    room.wrappedHalf = qMax(room.available / 2, wrappedCount * 12 * fontMetrics().averageCharWidth());
    room.space = fontMetrics().horizontalAdvance(QLatin1Char(' '));
    room.padding = cellPadding();
    // The words and the cells are measured only when the short values do not fit on one line.
    if (!ColumnFitting::fitsOnOneLine(columns, room)) {
        if (m_longestWord.size() != count)
            measureWords();
        for (qsizetype i = 0; i < shown.size(); ++i) {
            columns[i].longestWord = m_longestWord.at(shown.at(i));
            columns[i].cells = m_cellWords.at(shown.at(i));
        }
    }
    const QVector<int> fitted = ColumnFitting::widths(columns, room);
    QVector<int> widths(count, 0);
    for (qsizetype i = 0; i < shown.size(); ++i)
        widths[shown.at(i)] = fitted.at(i);
    m_resizing = true;
    for (const int column : std::as_const(shown)) {
        if (header->sectionSize(column) != widths.at(column))
            header->resizeSection(column, widths.at(column));
    }
    m_resizing = false;
    fitRows();
}

void SectionTable::measureColumns()
{
    const int count = horizontalHeader()->count();
    m_natural.fill(0, count);
    m_longestWord.clear();
    for (int column = 0; column < count; ++column) {
        if (!m_wrapped.contains(column))
            m_natural[column] = qMax(horizontalHeader()->sectionSizeHint(column), sizeHintForColumn(column));
    }
}

void SectionTable::measureWords()
{
    const int count = horizontalHeader()->count();
    m_longestWord.fill(0, count);
    m_cellWords.fill({}, count);
    const int padding = cellPadding();
    const QFontMetrics metrics(font());
    const QFontMetrics headerMetrics(horizontalHeader()->font());
    // A title keeps the header's margins, and a pixel either side.
    const int titlePadding = headerMargins() + 2;
    QHash<QString, int> widths; // the same names come back row after row
    for (int column = 0; column < count; ++column) {
        int longest = 0;
        QVector<QVector<int>> &cells = m_cellWords[column];
        for (int row = 0; row < model()->rowCount(rootIndex()); ++row) {
            const QString text = model()->index(row, column, rootIndex()).data().toString();
            QVector<int> &words = cells.emplace_back();
            for (const QStringView view : QStringView(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const QString word = view.toString();
                auto found = widths.constFind(word);
                if (found == widths.cend())
                    found = widths.insert(word, metrics.horizontalAdvance(word));
                longest = qMax(longest, *found);
                words << *found;
            }
        }
        m_longestWord[column] = longest + padding;
        // The header's title wraps between its words too, and keeps its longest one.
        const QString title = model()->headerData(column, Qt::Horizontal).toString();
        for (const QStringView view : QStringView(title).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            m_longestWord[column] =
                qMax(m_longestWord.at(column), headerMetrics.horizontalAdvance(view.toString()) + titlePadding);
        }
        if (!m_wrapped.contains(column))
            m_longestWord[column] = qMin(m_natural.at(column), m_longestWord.at(column));
    }
}

int SectionTable::headerMargins() const
{
    return 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, horizontalHeader());
}

void SectionTable::fitHeader()
{
    // The header's own hint is one line high (in the fonts its titles are drawn in): it grows by the lines a title
    // takes beyond its first at its column's width.
    QHeaderView *header = horizontalHeader();
    if (!model())
        return;
    const QFontMetrics metrics(header->font());
    const QRect unbounded(0, 0, 1 << 20, 1 << 20);
    // As the style places a title: inside the header's margins.
    const int margins = headerMargins();
    int extra = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QString title = model()->headerData(column, Qt::Horizontal).toString();
        const QRect room(0, 0, qMax(1, header->sectionSize(column) - margins), 1 << 20);
        extra = qMax(extra, metrics.boundingRect(room, Qt::TextWordWrap, title).height() -
                                metrics.boundingRect(unbounded, 0, title).height());
    }
    header->setMinimumHeight(header->sizeHint().height() + extra);
}

int SectionTable::cellPadding() const
{
    // The item view's focus frame margins.
    return 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) + 2;
}

void SectionTable::forgetMeasures()
{
    m_rowsChanged = true;
    m_natural.clear();
    m_longestWord.clear();
    m_cellWords.clear();
    m_cellHeights.clear();
}

void SectionTable::fitRows()
{
    if (m_resizing)
        return;
    QVector<int> widths;
    const QHeaderView *columns = horizontalHeader();
    widths.reserve(columns->count());
    for (int column = 0; column < columns->count(); ++column)
        widths << columns->sectionSize(column);
    // A row's height depends on its texts and the widths of the columns only.
    if (!m_rowsChanged && widths == m_fittedWidths)
        return;
    m_rowsChanged = false;
    m_fittedWidths = widths;
    fitHeader();
    resizeRowsToContents();
    updateGeometry();
    setFixedHeight(sizeHint().height());
}

void SectionTable::emitActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    EntityRef entity;
    entity.key = index.data(KeyRole).toString();
    entity.kind = index.data(KindRole).toString();
    entity.planKey = index.data(PlanKeyRole).toString();
    entity.regionKey = index.data(RegionKeyRole).toString();
    if (entity.isValid())
        emit entityActivated(entity);
}

} // namespace innoatlas
