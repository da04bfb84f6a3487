#pragma once

#include "models/ContentTableModel.h"
#include "query/Overview.h"

namespace innoatlas {

/** Events in date order: date (to the precision known), event, kind (and the plan, when asked). */
class EventModel : public ContentTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        TitleColumn,
        KindColumn,
        PlanColumn,
    };

    explicit EventModel(QObject *parent = nullptr);

    void setEvents(QVector<OverviewEvent> events, bool showPlan = false);

protected:
    int rows() const override { return int(m_events.size()); }
    int columns() const override { return m_showPlan ? PlanColumn + 1 : PlanColumn; }
    QVariant cell(int row, int column, int role) const override;
    QString header(int column) const override;

private:
    QVector<OverviewEvent> m_events;
    bool m_showPlan = false;
};

} // namespace innoatlas
