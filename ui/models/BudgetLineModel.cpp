#include "models/BudgetLineModel.h"

#include "common/ContentFormat.h"
#include "common/EvidenceHtml.h"
#include "common/ItemRoles.h"

namespace innoatlas {

BudgetLineModel::BudgetLineModel(QObject *parent) : ContentTableModel(parent) {}

void BudgetLineModel::setLines(QVector<OverviewBudgetLine> lines, bool showPlan)
{
    beginResetModel();
    m_lines = std::move(lines);
    m_showPlan = showPlan;
    endResetModel();
}

QVariant BudgetLineModel::cell(int row, int column, int role) const
{
    const OverviewBudgetLine &line = m_lines.at(row);
    const Language primary = primaryLanguage(m_language);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case FundingColumn:
            return term(QStringLiteral("funding"), line.funding);
        case LabelColumn:
            return ContentFormat::text(line.label, m_language);
        case YearsColumn:
            return ContentFormat::period(line.fromYear, line.toYear, primary);
        case KindColumn:
            return term(QStringLiteral("budgetKind"), line.kind);
        case AmountColumn: {
            QString text = ContentFormat::money(line.won, m_language);
            if (line.original)
                text += QStringLiteral("\n(%1)").arg(ContentFormat::original(*line.original, primary));
            return text;
        }
        case PlanColumn:
            return ContentFormat::text(line.planTitle, m_language);
        }
        break;
    case Qt::ToolTipRole:
        if (column == AmountColumn) {
            const QString exact = ContentFormat::moneyExact(line.won, m_language);
            return line.evidence ? EvidenceHtml::toolTip(exact, *line.evidence) : exact;
        }
        if (column == LabelColumn)
            return ContentFormat::text(line.label, ContentLanguage::Both);
        break;
    case Qt::TextAlignmentRole:
        if (column == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignTop);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    case SortRole:
        return column == AmountColumn ? QVariant(line.won) : cell(row, column, Qt::DisplayRole);
    case KeyRole:
        return line.key;
    case KindRole:
        return QStringLiteral("budget_line");
    case PlanKeyRole:
        return line.planKey;
    }
    return {};
}

QString BudgetLineModel::header(int column) const
{
    switch (column) {
    case FundingColumn:
        return tr("Funding source");
    case LabelColumn:
        return tr("Budget line");
    case YearsColumn:
        return tr("Years");
    case KindColumn:
        return tr("Status");
    case AmountColumn:
        return tr("Amount");
    case PlanColumn:
        return tr("Plan");
    }
    return {};
}

} // namespace innoatlas
