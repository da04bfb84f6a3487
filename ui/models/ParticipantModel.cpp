#include "models/ParticipantModel.h"

#include "common/ContentFormat.h"
#include "common/ItemRoles.h"

namespace innoatlas {

ParticipantModel::ParticipantModel(QObject *parent) : ContentTableModel(parent) {}

void ParticipantModel::setParticipants(QVector<OverviewParticipant> participants, const QString &planKey)
{
    beginResetModel();
    m_participants = std::move(participants);
    m_planKey = planKey;
    endResetModel();
}

QVariant ParticipantModel::cell(int row, int column, int role) const
{
    const OverviewParticipant &p = m_participants.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case NameColumn:
            return ContentFormat::text(p.name, m_language);
        case TypeColumn:
            return term(p.participantKind == QLatin1String("region") ? QStringLiteral("regionLevel")
                                                                     : QStringLiteral("organisationKind"),
                        p.participantType);
        case RoleColumn:
            return term(QStringLiteral("role"), p.role);
        case EventColumn:
            return ContentFormat::text(p.eventTitle, m_language);
        }
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return ContentFormat::text(p.name, ContentLanguage::Both);
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    case KeyRole:
        return p.key;
    case KindRole:
        return QStringLiteral("participation");
    case PlanKeyRole:
        return m_planKey;
    }
    return {};
}

QString ParticipantModel::header(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Participant");
    case TypeColumn:
        return tr("Kind");
    case RoleColumn:
        return tr("Role");
    case EventColumn:
        return tr("At the event");
    }
    return {};
}

} // namespace innoatlas
