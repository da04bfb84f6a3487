#pragma once

#include "common/ContentLanguage.h"
#include "common/EntityRef.h"
#include "query/Overview.h"

#include <QScrollArea>

class QLabel;

namespace innoatlas {

class BudgetLineModel;
class EventModel;
class FigureCard;
class OverviewSection;
class PlanSummaryModel;

/**
 * The overview of a region or a theme (its plans, their budget lines by funding source and
 * their events), or of the whole database when nothing is selected (kind "all": plans and budget lines).
 */
class GroupOverviewPage : public QScrollArea
{
    Q_OBJECT

public:
    explicit GroupOverviewPage(QWidget *parent = nullptr);

    void setOverview(GroupOverview overview);
    /**
     * Completes an overview of all whose budget lines were not counted (GroupOverview::budgetLinesCounted)
     * with their number; nothing for any other overview.
     */
    void setEveryLineCount(qint64 count);
    const GroupOverview &overview() const { return m_overview; }
    void setContentLanguage(ContentLanguage language);

    PlanSummaryModel *planModel() const { return m_plans; }

signals:
    void entityActivated(const innoatlas::EntityRef &entity);
    /** The reader asked to see the first @p rows budget lines (-1: all), more than the overview holds. */
    void budgetLinesWanted(int rows);
    /** The user asked for more plans than were read (the overview of all plans reads a page). */
    void plansWanted(int rows);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTexts();

    GroupOverview m_overview;
    ContentLanguage m_language = ContentLanguage::Korean;
    QLabel *m_context = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    FigureCard *m_populationCard = nullptr;
    FigureCard *m_planCountCard = nullptr;
    FigureCard *m_codeCard = nullptr;
    PlanSummaryModel *m_plans = nullptr;
    BudgetLineModel *m_budget = nullptr;
    EventModel *m_events = nullptr;
    OverviewSection *m_planSection = nullptr;
    OverviewSection *m_budgetSection = nullptr;
    OverviewSection *m_eventSection = nullptr;
};

} // namespace innoatlas
