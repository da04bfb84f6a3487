#include "common/SectionTable.h"

#include "common/ItemRoles.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTimer>

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
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(this, &QAbstractItemView::clicked, this, &SectionTable::emitActivated);
    connect(this, &QAbstractItemView::activated, this, &SectionTable::emitActivated);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] { fitRows(); });
}

void SectionTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    // Rows change height when the model's texts change (another content language); the table follows.
    const auto fitLater = [this] {
        m_rowsChanged = true;
        QTimer::singleShot(0, this, &SectionTable::fitRows);
    };
    const auto fitNow = [this] {
        m_rowsChanged = true;
        fitRows();
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
        height += horizontalHeader()->sizeHint().height();
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

void SectionTable::resizeEvent(QResizeEvent *event)
{
    // The header resizes its columns one at a time inside the view's resize: fit the rows once, after.
    m_resizing = true;
    QTableView::resizeEvent(event);
    m_resizing = false;
    fitRows();
}

void SectionTable::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    // Another font or style draws the same texts at other heights.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_rowsChanged = true;
        fitRows();
    }
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
