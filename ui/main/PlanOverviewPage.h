#pragma once

#include "common/ContentLanguage.h"
#include "common/EntityRef.h"
#include "query/Overview.h"

#include <QScrollArea>

class QLabel;

namespace innoatlas {

class BudgetLineModel;
class CountModel;
class EventModel;
class FigureCard;
class OverviewSection;
class ParticipantModel;
class TargetModel;

/**
 * The overview of one plan: headline budget, period and announcement; the counts the plan
 * states against the elements recorded; budget lines by funding source; targets with baseline
 * and target; participants; events.
 */
class PlanOverviewPage : public QScrollArea
{
    Q_OBJECT

public:
    explicit PlanOverviewPage(QWidget *parent = nullptr);

    void setOverview(PlanOverview overview);
    const PlanOverview &overview() const { return m_overview; }
    void setContentLanguage(ContentLanguage language);

    CountModel *countModel() const { return m_counts; }
    BudgetLineModel *budgetModel() const { return m_budget; }

signals:
    void entityActivated(const innoatlas::EntityRef &entity);
    /** The reader asked to see the first @p rows budget lines (-1: all), more than the overview holds. */
    void budgetLinesWanted(int rows);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTexts();

    PlanOverview m_overview;
    ContentLanguage m_language = ContentLanguage::Korean;
    QLabel *m_context = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_vision = nullptr;
    QLabel *m_summary = nullptr;
    FigureCard *m_budgetCard = nullptr;
    FigureCard *m_periodCard = nullptr;
    FigureCard *m_announcedCard = nullptr;
    CountModel *m_counts = nullptr;
    BudgetLineModel *m_budget = nullptr;
    TargetModel *m_targets = nullptr;
    ParticipantModel *m_participants = nullptr;
    EventModel *m_events = nullptr;
    OverviewSection *m_countSection = nullptr;
    OverviewSection *m_budgetSection = nullptr;
    OverviewSection *m_targetSection = nullptr;
    OverviewSection *m_participantSection = nullptr;
    OverviewSection *m_eventSection = nullptr;
};

} // namespace innoatlas
