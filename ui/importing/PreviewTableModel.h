#pragma once

#include "importing/ImportPreview.h"

#include <QAbstractTableModel>

namespace innoatlas {

/** The rows of an ImportPreview as a table: header names as column titles, file lines as row titles. */
class PreviewTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(const ImportPreview &preview);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QVector<CsvRecord> m_rows;
};

} // namespace innoatlas
