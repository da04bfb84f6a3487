#pragma once

#include "common/EntityRef.h"

#include <QTableView>
#include <QVector>

namespace innoatlas {

/**
 * A table that is as tall as its rows, for the sections of a scrolling page: no scroll bar of
 * its own, wrapped text, whole rows selected. Activating a row (click, Enter) reports its entity.
 */
class SectionTable : public QTableView
{
    Q_OBJECT

public:
    explicit SectionTable(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /** The user picked the row of @p entity (click, double click or Enter). */
    void entityActivated(const innoatlas::EntityRef &entity);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitRows();
    void emitActivated(const QModelIndex &index);

    QVector<int> m_fittedWidths; ///< the columns' widths the rows were last fitted to
    bool m_rowsChanged = true;   ///< the rows' texts changed since they were last fitted
    bool m_resizing = false;     ///< inside resizeEvent(), where the columns are resized one by one
};

} // namespace innoatlas
