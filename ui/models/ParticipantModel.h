#pragma once

#include "models/ContentTableModel.h"
#include "query/Overview.h"

namespace innoatlas {

/** Who takes part in a plan: participant, kind of participant, role, and the event it is part of. */
class ParticipantModel : public ContentTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        RoleColumn,
        EventColumn,
        ColumnCount
    };

    explicit ParticipantModel(QObject *parent = nullptr);

    void setParticipants(QVector<OverviewParticipant> participants, const QString &planKey);

protected:
    int rows() const override { return int(m_participants.size()); }
    int columns() const override { return ColumnCount; }
    QVariant cell(int row, int column, int role) const override;
    QString header(int column) const override;

private:
    QVector<OverviewParticipant> m_participants;
    QString m_planKey;
};

} // namespace innoatlas
