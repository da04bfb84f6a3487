#include "models/PlanSummaryModel.h"

#include "money/MoneyFormatter.h"

namespace innoatlas {

PlanSummaryModel::PlanSummaryModel(QObject *parent) : QAbstractTableModel(parent) {}

void PlanSummaryModel::setRows(QVector<PlanSummaryRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void PlanSummaryModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int PlanSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PlanSummaryRow &row = m_rows.at(index.row());
    const bool korean = m_language == Language::Korean;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CityColumn:
            return row.region.preferred(m_language);
        case PlanColumn:
            return row.title.preferred(m_language);
        case AnnouncedColumn:
            return row.announced.toIsoString();
        case PeriodColumn:
            if (row.periodFrom && row.periodTo)
                return QStringLiteral("%1–%2").arg(*row.periodFrom).arg(*row.periodTo);
            return {};
        case BudgetColumn:
            if (row.headlineBudget)
                return korean ? MoneyFormatter::formatKorean(*row.headlineBudget)
                              : MoneyFormatter::formatEnglish(*row.headlineBudget);
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == BudgetColumn && row.headlineBudget)
        return korean ? MoneyFormatter::formatKoreanExact(*row.headlineBudget)
                      : MoneyFormatter::formatEnglishExact(*row.headlineBudget);
    if (role == Qt::TextAlignmentRole && index.column() == BudgetColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PlanSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CityColumn:
        return tr("City");
    case PlanColumn:
        return tr("Plan");
    case AnnouncedColumn:
        return tr("Announced");
    case PeriodColumn:
        return tr("Period");
    case BudgetColumn:
        return tr("Headline budget");
    }
    return {};
}

} // namespace innoatlas
