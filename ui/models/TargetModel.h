#pragma once

#include "models/ContentTableModel.h"
#include "query/Overview.h"

namespace innoatlas {

/** A plan's targets: indicator, baseline (value and year), target (value and year). */
class TargetModel : public ContentTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MetricColumn,
        BaselineColumn,
        TargetColumn,
        ColumnCount
    };

    explicit TargetModel(QObject *parent = nullptr);

    void setTargets(QVector<OverviewTarget> targets, const QString &planKey);

protected:
    int rows() const override { return int(m_targets.size()); }
    int columns() const override { return ColumnCount; }
    QVariant cell(int row, int column, int role) const override;
    QString header(int column) const override;

private:
    QVector<OverviewTarget> m_targets;
    QString m_planKey;
};

} // namespace innoatlas
