#pragma once

#include "model/LocalizedText.h"
#include "query/PlanSummary.h"

#include <QAbstractTableModel>

namespace innoatlas {

/** The plan overview (city, plan, announced, period, headline budget) in one content language. */
class PlanSummaryModel : public QAbstractTableModel
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
    void setLanguage(Language language);
    Language language() const { return m_language; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<PlanSummaryRow> m_rows;
    Language m_language = Language::Korean;
};

} // namespace innoatlas
