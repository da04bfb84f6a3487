#include "models/EventModel.h"

#include "common/ContentFormat.h"
#include "common/ItemRoles.h"

namespace innoatlas {

EventModel::EventModel(QObject *parent) : ContentTableModel(parent) {}

void EventModel::setEvents(QVector<OverviewEvent> events, bool showPlan)
{
    beginResetModel();
    m_events = std::move(events);
    m_showPlan = showPlan;
    endResetModel();
}

QVariant EventModel::cell(int row, int column, int role) const
{
    const OverviewEvent &event = m_events.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case DateColumn:
            return ContentFormat::date(event.date, primaryLanguage(m_language));
        case TitleColumn:
            return ContentFormat::text(event.title, m_language);
        case KindColumn:
            return term(QStringLiteral("eventKind"), event.kind);
        case PlanColumn:
            return ContentFormat::text(event.planTitle, m_language);
        }
        break;
    case Qt::ToolTipRole:
        if (column == TitleColumn)
            return ContentFormat::text(event.title, ContentLanguage::Both);
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    case SortRole:
        return column == DateColumn ? QVariant(event.date.toIsoString()) : cell(row, column, Qt::DisplayRole);
    case KeyRole:
        return event.key;
    case KindRole:
        return QStringLiteral("event");
    }
    return {};
}

QString EventModel::header(int column) const
{
    switch (column) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Event");
    case KindColumn:
        return tr("Kind");
    case PlanColumn:
        return tr("Plan");
    }
    return {};
}

} // namespace innoatlas
