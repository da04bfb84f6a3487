#include "importing/PreviewTableModel.h"

namespace innoatlas {

void PreviewTableModel::setPreview(const ImportPreview &preview)
{
    beginResetModel();
    m_header = preview.header.fields;
    m_rows = preview.rows;
    endResetModel();
}

int PreviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant PreviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QString cell = m_rows.at(index.row()).fields.value(index.column());
    // A field with a line break shows on one line in the table, the whole of it in the tool tip.
    return role == Qt::DisplayRole ? QString(cell).replace(u'\n', QChar(0x23CE)) : QVariant(cell);
}

QVariant PreviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_header.size() ? QVariant(m_header.at(section)) : QVariant();
    return section >= 0 && section < m_rows.size() ? QVariant(m_rows.at(section).line) : QVariant();
}

} // namespace innoatlas
