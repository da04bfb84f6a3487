#include "importing/RejectedRowModel.h"

namespace innoatlas {

void RejectedRowModel::setRows(const QVector<RejectedRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RejectedRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectedRow &row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return row.toString();
    if (role == Qt::TextAlignmentRole && (index.column() == Line || index.column() == ColumnNumber))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Line:
        return row.line;
    case ColumnNumber:
        return row.column > 0 ? QVariant(row.column) : QVariant();
    case Field:
        return row.field;
    case Reason:
        return row.reason;
    }
    return {};
}

QVariant RejectedRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case ColumnNumber:
        return tr("Column");
    case Field:
        return tr("Field");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace innoatlas
