#pragma once

#include "common/EntityRef.h"

#include <QTableView>
#include <QVector>

namespace innoatlas {

/**
 * A table that is as tall as its rows, for the sections of a scrolling page: no scroll bar of
 * its own, wrapped text, whole rows selected. Activating a row (click, Enter) reports its entity.
 *
 * With setWrappedColumns(), the table sizes its columns itself (ColumnFitting): short values
 * (years, amounts, names) take what they need and the wrapped texts share the rest; when the
 * room is short, the columns are given the widths whose rows take the fewest lines.
 */
class SectionTable : public QTableView
{
    Q_OBJECT

public:
    explicit SectionTable(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    /**
     * The columns of long texts that share the width left by the others; the others fit their values.
     * The values of the @p unbroken columns (dates, amounts) are not broken between lines while the
     * columns' words fit the width.
     */
    void setWrappedColumns(const QList<int> &columns, const QList<int> &unbroken = {});
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /** The user picked the row of @p entity (click, double click or Enter). */
    void entityActivated(const innoatlas::EntityRef &entity);

protected:
    /** A row's height: each cell's height is kept for the width of its column (see m_cellHeights). */
    int sizeHintForRow(int row) const override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /** The columns' widths for the table's width (with wrapped columns), then the rows' heights. */
    void layoutColumns();
    /** The header's height for its titles, wrapped at their columns' widths. */
    void fitHeader();
    /** The header's margins either side of a title, as the style draws it. */
    int headerMargins() const;
    /** layoutColumns() once the events already posted are done: sizes given in steps are fitted once, at the last. */
    void layoutSoon();
    /** Each short column's width on one line. */
    void measureColumns();
    /** Each column's width of its longest word, the least it is given when the columns are tight. */
    void measureWords();
    void fitRows();
    /** The texts or the font changed: every width and height is measured again. */
    void forgetMeasures();
    /** What a cell adds around its text. */
    int cellPadding() const;
    void emitActivated(const QModelIndex &index);

    QList<int> m_wrapped;       ///< see setWrappedColumns()
    QList<int> m_unbroken;      ///< see setWrappedColumns()
    QVector<int> m_natural;     ///< each column's width on one line; measured again when the rows change
    QVector<int> m_longestWord; ///< see measureWords(); measured when first needed after m_natural
    /** Per column and row, the widths of the words (with m_longestWord). */
    QVector<QVector<QVector<int>>> m_cellWords;
    QVector<int> m_fittedWidths; ///< the columns' widths the rows were last fitted to
    /** Per column, the width its cells' heights were measured at and those heights (-1: not yet). */
    struct CellHeights
    {
        int width = -1;
        QVector<int> rows;
    };
    mutable QVector<CellHeights> m_cellHeights;
    bool m_rowsChanged = true;   ///< the rows' texts changed since they were last fitted
    bool m_resizing = false;     ///< inside resizeEvent(), where the columns are resized one by one
    bool m_laidOut = false;      ///< the columns and rows follow the last change (false while hidden)
    bool m_settled = false;      ///< laid out once after being shown: a resize is then followed at once
    bool m_layoutPosted = false; ///< layoutSoon() is waiting
};

} // namespace innoatlas
