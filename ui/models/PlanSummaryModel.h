#pragma once

#include "models/ContentTableModel.h"
#include "query/PlanSummary.h"

namespace innoatlas {

/** Plans at a glance (city, plan, announced, period, headline budget) in the content language. */
class PlanSummaryModel : public ContentTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CityColumn,
        PlanColumn,
        AnnouncedColumn,
        PeriodColumn,
        BudgetColumn,
        ColumnCount
    };

    explicit PlanSummaryModel(QObject *parent = nullptr);

    void setRows(QVector<PlanSummaryRow> rows);
    const QVector<PlanSummaryRow> &summaryRows() const { return m_rows; }

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QVariant cell(int row, int column, int role) const override;
    QString header(int column) const override;

private:
    QVector<PlanSummaryRow> m_rows;
};

} // namespace innoatlas
