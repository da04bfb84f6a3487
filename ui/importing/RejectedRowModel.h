#pragma once

#include "importers/ImportReport.h"

#include <QAbstractTableModel>

namespace innoatlas {

/** The rows an import refused: line, column, field and reason, one per row. */
class RejectedRowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Line,
        ColumnNumber,
        Field,
        Reason,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QVector<RejectedRow> &rows);
    const QVector<RejectedRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<RejectedRow> m_rows;
};

} // namespace innoatlas
