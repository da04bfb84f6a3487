#pragma once

#include "models/ContentTableModel.h"
#include "query/Overview.h"

namespace innoatlas {

/** Budget lines by funding source: funding, line, years, status, amount (and the plan, when asked). */
class BudgetLineModel : public ContentTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FundingColumn,
        LabelColumn,
        YearsColumn,
        KindColumn,
        AmountColumn,
        PlanColumn,
    };

    explicit BudgetLineModel(QObject *parent = nullptr);

    void setLines(QVector<OverviewBudgetLine> lines, bool showPlan = false);
    const QVector<OverviewBudgetLine> &lines() const { return m_lines; }

protected:
    int rows() const override { return int(m_lines.size()); }
    int columns() const override { return m_showPlan ? PlanColumn + 1 : PlanColumn; }
    QVariant cell(int row, int column, int role) const override;
    QString header(int column) const override;

private:
    QVector<OverviewBudgetLine> m_lines;
    bool m_showPlan = false;
};

} // namespace innoatlas
