#pragma once

#include "models/ContentTableModel.h"
#include "query/Overview.h"

namespace innoatlas {

/**
 * The counts a plan states against the elements recorded: "strategies 0 / 20". A row whose
 * numbers differ is marked (WarningRole, a warning colour and a tooltip saying so).
 */
class CountModel : public ContentTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        RecordedColumn,
        ColumnCount
    };

    explicit CountModel(QObject *parent = nullptr);

    void setCounts(QVector<OverviewCount> counts, const QString &planKey);

    /** "0 / 20": recorded over stated; just the recorded number when the plan states none. */
    static QString ratio(const OverviewCount &count);

protected:
    int rows() const override { return int(m_counts.size()); }
    int columns() const override { return ColumnCount; }
    QVariant cell(int row, int column, int role) const override;
    QString header(int column) const override;

private:
    QVector<OverviewCount> m_counts;
    QString m_planKey;
};

} // namespace innoatlas
