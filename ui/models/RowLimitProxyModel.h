#pragma once

#include <QAbstractProxyModel>

namespace innoatlas {

/**
 * The first rows of a flat table model (a page), so that a view lays out only what it shows:
 * rowLimit() rows at most, raised by showMore() or lifted by showAll(). The limit goes back to
 * the page size when the source is reset (another selection). Columns, data and headers are the
 * source's.
 *
 * A source may hold only the first of its rows (read from a database a page at a time): then
 * setTotalRows() says how many there are, and showMore()/showAll() ask for the ones it lacks with
 * moreRowsWanted(); the limit asked for survives the reset of the source that brings them.
 */
class RowLimitProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit RowLimitProxyModel(int pageSize = 100, QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

    int pageSize() const { return m_pageSize; }
    /** How many rows are shown at most. */
    int rowLimit() const { return m_limit; }
    /** The source's rows, shown or not (at least setTotalRows()). */
    int totalRows() const;
    /** How many rows the source stands for when it holds only the first of them; forgotten when it is reset. */
    void setTotalRows(int total);
    /** Rows of the source that are not shown. */
    int hiddenRows() const;
    /** Shows another page of rows. */
    void showMore();
    /** Shows every row. */
    void showAll();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /** The number of rows shown or of rows in the source changed. */
    void rowsShownChanged();
    /** The source should hold the first @p rows rows (-1: all of them): the reader asked for more than it has. */
    void moreRowsWanted(int rows);

private:
    void setLimit(int limit);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    int m_pageSize;
    int m_limit;
    int m_declaredTotal = 0;
    int m_wantedLimit = 0; ///< the limit to keep through the next reset of the source; 0: none
};

} // namespace innoatlas
