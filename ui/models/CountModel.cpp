#include "models/CountModel.h"

#include "common/ItemRoles.h"
#include "common/Terms.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace innoatlas {

CountModel::CountModel(QObject *parent) : ContentTableModel(parent) {}

void CountModel::setCounts(QVector<OverviewCount> counts, const QString &planKey)
{
    beginResetModel();
    m_counts = std::move(counts);
    m_planKey = planKey;
    endResetModel();
}

QString CountModel::ratio(const OverviewCount &count)
{
    if (!count.stated)
        return QString::number(count.recorded);
    return QStringLiteral("%1 / %2").arg(count.recorded).arg(*count.stated);
}

QVariant CountModel::cell(int row, int column, int role) const
{
    const OverviewCount &count = m_counts.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column == KindColumn)
            return Terms::interfaceName(QStringLiteral("elementKindPlural"), count.kind);
        return ratio(count);
    case Qt::ToolTipRole:
        if (!count.stated)
            return tr("The plan states no number of %1; %2 recorded.")
                .arg(Terms::interfaceName(QStringLiteral("elementKindPlural"), count.kind))
                .arg(count.recorded);
        if (!count.matches())
            return tr("The plan states %1 %2, but %3 are recorded in InnoAtlas.")
                .arg(*count.stated)
                .arg(Terms::interfaceName(QStringLiteral("elementKindPlural"), count.kind))
                .arg(count.recorded);
        return tr("As many recorded as the plan states.");
    case Qt::ForegroundRole:
        if (!count.matches() && column == RecordedColumn) {
            const bool dark = QGuiApplication::palette().color(QPalette::Window).lightnessF() < 0.5;
            return QBrush(dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x4a, 0x00));
        }
        return {};
    case Qt::FontRole:
        if (!count.matches() && column == RecordedColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((column == RecordedColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case WarningRole:
        return !count.matches();
    case KeyRole:
        // A stated count is an entity of its own (with its quote); a kind without one opens the plan.
        return count.key.isEmpty() ? m_planKey : count.key;
    case KindRole:
        return count.key.isEmpty() ? QStringLiteral("plan") : QStringLiteral("stated_count");
    case PlanKeyRole:
        return m_planKey;
    }
    return {};
}

QString CountModel::header(int column) const
{
    return column == KindColumn ? tr("Element") : tr("Recorded / stated");
}

} // namespace innoatlas
