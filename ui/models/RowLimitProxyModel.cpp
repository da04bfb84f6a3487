#include "models/RowLimitProxyModel.h"

#include <limits>

namespace innoatlas {

RowLimitProxyModel::RowLimitProxyModel(int pageSize, QObject *parent)
    : QAbstractProxyModel(parent), m_pageSize(qMax(1, pageSize)), m_limit(m_pageSize)
{
}

void RowLimitProxyModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(source);
    m_limit = m_pageSize;
    if (source) {
        // Another selection starts again at the first page.
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &RowLimitProxyModel::beginResetModel);
        connect(source, &QAbstractItemModel::modelReset, this, [this] {
            m_limit = m_wantedLimit > 0 ? m_wantedLimit : m_pageSize;
            m_wantedLimit = 0;
            m_declaredTotal = 0;
            endResetModel();
            emit rowsShownChanged();
        });
        connect(source, &QAbstractItemModel::dataChanged, this, &RowLimitProxyModel::onDataChanged);
        connect(source, &QAbstractItemModel::headerDataChanged, this,
                [this](Qt::Orientation orientation, int first, int last) {
                    if (orientation == Qt::Horizontal)
                        emit headerDataChanged(orientation, first, last);
                    else if (first < rowCount())
                        emit headerDataChanged(orientation, first, qMin(last, rowCount() - 1));
                });
        // The overview's models only reset; other structural changes are rare enough to be passed on as a
        // reset that keeps the rows the reader asked to see.
        const auto begin = [this] { beginResetModel(); };
        const auto end = [this] {
            endResetModel();
            emit rowsShownChanged();
        };
        connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
        connect(source, &QAbstractItemModel::layoutChanged, this, end);
        connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, begin);
        connect(source, &QAbstractItemModel::rowsInserted, this, end);
        connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin);
        connect(source, &QAbstractItemModel::rowsRemoved, this, end);
        connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, begin);
        connect(source, &QAbstractItemModel::rowsMoved, this, end);
        connect(source, &QAbstractItemModel::columnsAboutToBeInserted, this, begin);
        connect(source, &QAbstractItemModel::columnsInserted, this, end);
        connect(source, &QAbstractItemModel::columnsAboutToBeRemoved, this, begin);
        connect(source, &QAbstractItemModel::columnsRemoved, this, end);
        connect(source, &QAbstractItemModel::columnsAboutToBeMoved, this, begin);
        connect(source, &QAbstractItemModel::columnsMoved, this, end);
    }
    endResetModel();
    emit rowsShownChanged();
}

int RowLimitProxyModel::totalRows() const
{
    return qMax(sourceModel() ? sourceModel()->rowCount() : 0, m_declaredTotal);
}

void RowLimitProxyModel::setTotalRows(int total)
{
    if (total == m_declaredTotal)
        return;
    m_declaredTotal = total;
    emit rowsShownChanged();
}

int RowLimitProxyModel::hiddenRows() const
{
    return totalRows() - rowCount();
}

void RowLimitProxyModel::showMore()
{
    setLimit(m_limit > std::numeric_limits<int>::max() - m_pageSize ? std::numeric_limits<int>::max()
                                                                    : m_limit + m_pageSize);
}

void RowLimitProxyModel::showAll()
{
    setLimit(std::numeric_limits<int>::max());
}

void RowLimitProxyModel::setLimit(int limit)
{
    const int held = sourceModel() ? sourceModel()->rowCount() : 0;
    if (limit > held && held < m_declaredTotal) {
        // The source reads the rows it lacks and resets; the rows asked for are shown then.
        m_wantedLimit = limit;
        emit moreRowsWanted(limit >= m_declaredTotal ? -1 : limit);
        if (m_wantedLimit == 0)
            return; // the source was reset already and showed them
        m_wantedLimit = 0;
    }
    const int shown = rowCount();
    const int after = qMin(held, limit);
    if (after > shown) {
        beginInsertRows({}, shown, after - 1);
        m_limit = limit;
        endInsertRows();
    } else {
        m_limit = limit;
    }
    emit rowsShownChanged();
}

QModelIndex RowLimitProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex RowLimitProxyModel::parent(const QModelIndex &) const
{
    return {};
}

int RowLimitProxyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel())
        return 0;
    return qMin(sourceModel()->rowCount(), m_limit);
}

int RowLimitProxyModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel())
        return 0;
    return sourceModel()->columnCount();
}

QModelIndex RowLimitProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this)
        return {};
    return sourceModel()->index(proxyIndex.row(), proxyIndex.column());
}

QModelIndex RowLimitProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() || sourceIndex.parent().isValid())
        return {};
    return index(sourceIndex.row(), sourceIndex.column());
}

QVariant RowLimitProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return sourceModel() ? sourceModel()->headerData(section, orientation, role) : QVariant();
}

void RowLimitProxyModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)
{
    const int last = qMin(bottomRight.row(), rowCount() - 1);
    if (topLeft.row() > last)
        return; // only rows that are not shown changed
    emit dataChanged(index(topLeft.row(), topLeft.column()), index(last, bottomRight.column()), roles);
}

} // namespace innoatlas
