#include "models/TargetModel.h"

#include "common/ContentFormat.h"
#include "common/ItemRoles.h"

namespace innoatlas {

TargetModel::TargetModel(QObject *parent) : ContentTableModel(parent) {}

void TargetModel::setTargets(QVector<OverviewTarget> targets, const QString &planKey)
{
    beginResetModel();
    m_targets = std::move(targets);
    m_planKey = planKey;
    endResetModel();
}

QVariant TargetModel::cell(int row, int column, int role) const
{
    const OverviewTarget &target = m_targets.at(row);
    const auto value = [this, &target](const QString &decimal, const std::optional<int> &year) {
        QString text = ContentFormat::kpi(decimal, target.unit, m_language);
        if (year)
            text += QStringLiteral(" (%1)").arg(ContentFormat::year(*year, primaryLanguage(m_language)));
        return text;
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case MetricColumn:
            return ContentFormat::text(target.metric, m_language);
        case BaselineColumn:
            return target.baseline ? value(*target.baseline, target.baselineYear) : tr("not stated");
        case TargetColumn:
            return value(target.target, target.targetYear);
        }
        break;
    case Qt::ToolTipRole:
        if (column == MetricColumn)
            return ContentFormat::text(target.metric, ContentLanguage::Both);
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    case KeyRole:
        return target.key;
    case KindRole:
        return QStringLiteral("target");
    case PlanKeyRole:
        return m_planKey;
    }
    return {};
}

QString TargetModel::header(int column) const
{
    switch (column) {
    case MetricColumn:
        return tr("Indicator");
    case BaselineColumn:
        return tr("Baseline");
    case TargetColumn:
        return tr("Target");
    }
    return {};
}

} // namespace innoatlas
