#include "common/SectionTable.h"

#include "common/ItemRoles.h"

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
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
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
    const auto fitLater = [this] { QTimer::singleShot(0, this, &SectionTable::fitRows); };
    connect(model, &QAbstractItemModel::modelReset, this, fitLater);
    connect(model, &QAbstractItemModel::layoutChanged, this, fitLater);
    connect(model, &QAbstractItemModel::dataChanged, this, fitLater);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { fitRows(); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { fitRows(); });
    fitRows();
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
    QTableView::resizeEvent(event);
    fitRows();
}

void SectionTable::fitRows()
{
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
