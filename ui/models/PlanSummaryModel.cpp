#include "models/PlanSummaryModel.h"

#include "common/ContentFormat.h"
#include "common/ItemRoles.h"

namespace innoatlas {

PlanSummaryModel::PlanSummaryModel(QObject *parent) : ContentTableModel(parent) {}

void PlanSummaryModel::setRows(QVector<PlanSummaryRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QVariant PlanSummaryModel::cell(int row, int column, int role) const
{
    const PlanSummaryRow &plan = m_rows.at(row);
    const Language primary = primaryLanguage(m_language);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case CityColumn:
            return ContentFormat::text(plan.region, m_language);
        case PlanColumn:
            return ContentFormat::text(plan.title, m_language);
        case AnnouncedColumn:
            return ContentFormat::date(plan.announced, primary);
        case PeriodColumn:
            return ContentFormat::period(plan.periodFrom, plan.periodTo, primary);
        case BudgetColumn:
            return plan.headlineBudget ? ContentFormat::money(*plan.headlineBudget, m_language) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (column == BudgetColumn && plan.headlineBudget)
            return ContentFormat::moneyExact(*plan.headlineBudget, m_language);
        if (column == PlanColumn)
            return ContentFormat::text(plan.title, ContentLanguage::Both);
        break;
    case Qt::TextAlignmentRole:
        if (column == BudgetColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignTop);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    case SortRole:
        if (column == BudgetColumn)
            return plan.headlineBudget ? QVariant(*plan.headlineBudget) : QVariant(qint64(-1));
        if (column == AnnouncedColumn)
            return plan.announced.toIsoString();
        return cell(row, column, Qt::DisplayRole);
    case KeyRole:
        return plan.planKey;
    case KindRole:
        return QStringLiteral("plan");
    case PlanKeyRole:
        return plan.planKey;
    case RegionKeyRole:
        return plan.regionKey;
    }
    return {};
}

QString PlanSummaryModel::header(int column) const
{
    switch (column) {
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
