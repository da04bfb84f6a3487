#include "main/GroupOverviewPage.h"

#include "common/ContentFormat.h"
#include "common/EvidenceHtml.h"
#include "common/SectionTable.h"
#include "common/Terms.h"
#include "main/FigureCard.h"
#include "main/OverviewSection.h"
#include "models/BudgetLineModel.h"
#include "models/EventModel.h"
#include "models/PlanSummaryModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

namespace innoatlas {

GroupOverviewPage::GroupOverviewPage(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("groupOverview"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(this);

    m_context = new QLabel(page);
    m_context->setObjectName(QStringLiteral("groupContext"));
    m_context->setForegroundRole(QPalette::PlaceholderText);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("groupTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_hint = new QLabel(page);
    m_hint->setObjectName(QStringLiteral("groupHint"));
    m_hint->setWordWrap(true);

    m_populationCard = new FigureCard(QStringLiteral("populationCard"), page);
    m_planCountCard = new FigureCard(QStringLiteral("planCountCard"), page);
    m_codeCard = new FigureCard(QStringLiteral("regionCodeCard"), page);
    auto *cards = new QHBoxLayout;
    cards->setSpacing(8);
    cards->addWidget(m_planCountCard, 1);
    cards->addWidget(m_populationCard, 1);
    cards->addWidget(m_codeCard, 1);

    m_plans = new PlanSummaryModel(this);
    m_budget = new BudgetLineModel(this);
    m_events = new EventModel(this);
    m_planSection = new OverviewSection(QStringLiteral("planSection"), m_plans, page);
    m_budgetSection = new OverviewSection(QStringLiteral("groupBudgetSection"), m_budget, page);
    m_eventSection = new OverviewSection(QStringLiteral("groupEventSection"), m_events, page);
    for (OverviewSection *section : {m_planSection, m_budgetSection, m_eventSection})
        connect(section, &OverviewSection::entityActivated, this, &GroupOverviewPage::entityActivated);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(6);
    layout->addWidget(m_context);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addSpacing(6);
    layout->addLayout(cards);
    layout->addWidget(m_planSection);
    layout->addWidget(m_budgetSection);
    layout->addWidget(m_eventSection);
    layout->addStretch(1);
    connect(m_budgetSection, &OverviewSection::moreRowsWanted, this, &GroupOverviewPage::budgetLinesWanted);
    connect(m_planSection, &OverviewSection::moreRowsWanted, this, &GroupOverviewPage::plansWanted);
    setWidget(page);
    retranslate();
}

void GroupOverviewPage::setOverview(GroupOverview overview)
{
    m_overview = std::move(overview);
    const bool all = m_overview.kind == QLatin1String("all");
    m_plans->setRows(m_overview.plans);
    m_planSection->setTotalRows(int(m_overview.planTotal));
    m_budget->setLines(m_overview.budgetLines, true);
    m_budgetSection->setTotalRows(int(m_overview.budgetLineTotal));
    m_events->setEvents(m_overview.events, true);
    // Short values take what they need; texts share the rest and wrap. Set after the reset, when every
    // column exists.
    m_planSection->table()->setWrappedColumns(
        {PlanSummaryModel::PlanColumn},
        {PlanSummaryModel::AnnouncedColumn, PlanSummaryModel::PeriodColumn, PlanSummaryModel::BudgetColumn});
    m_budgetSection->table()->setWrappedColumns({BudgetLineModel::LabelColumn, BudgetLineModel::PlanColumn},
                                                {BudgetLineModel::YearsColumn, BudgetLineModel::AmountColumn});
    m_eventSection->table()->setWrappedColumns({EventModel::TitleColumn, EventModel::PlanColumn},
                                               {EventModel::DateColumn});
    // A region's plans are all of the same city; the column would repeat its name.
    m_planSection->table()->setColumnHidden(PlanSummaryModel::CityColumn, m_overview.kind == QLatin1String("region"));
    m_eventSection->setVisible(!all);
    updateTexts();
    verticalScrollBar()->setValue(0);
}

void GroupOverviewPage::setEveryLineCount(qint64 count)
{
    // A region's or theme's overview, or one of all read again since (counted then), keeps its own total.
    if (m_overview.kind != QLatin1String("all") || m_overview.budgetLinesCounted)
        return;
    m_overview.budgetLineTotal = count;
    m_overview.budgetLinesCounted = true;
    m_budgetSection->setTotalRows(int(count));
}

void GroupOverviewPage::setContentLanguage(ContentLanguage language)
{
    m_language = language;
    m_plans->setContentLanguage(language);
    m_budget->setContentLanguage(language);
    m_events->setContentLanguage(language);
    updateTexts();
}

void GroupOverviewPage::updateTexts()
{
    const GroupOverview &o = m_overview;
    const Language primary = primaryLanguage(m_language);
    const bool all = o.kind == QLatin1String("all");
    if (o.kind == QLatin1String("region")) {
        QString level = Terms::name(QStringLiteral("regionLevel"), o.level, m_language);
        if (!level.isEmpty())
            level[0] = level.at(0).toUpper(); // a heading: "Metropolitan city"
        m_context->setText(level);
    } else if (o.kind == QLatin1String("theme"))
        m_context->setText(tr("Theme"));
    else
        m_context->setText(tr("InnoAtlas"));
    m_title->setText(all ? tr("Innovation plans of Korean cities") : ContentFormat::text(o.name, m_language));
    m_hint->setText(all ? tr("Choose a city, a plan or a theme in the navigator, or search with Ctrl+K. Every "
                             "figure shows where it comes from.")
                        : QString());
    m_hint->setVisible(all);
    m_planCountCard->setValue(QLocale().toString(o.planTotal));
    if (o.population) {
        QString value = ContentFormat::number(*o.population, primary);
        if (o.populationYear)
            value += QStringLiteral(" (%1)").arg(ContentFormat::year(*o.populationYear, primary));
        m_populationCard->setValue(value, o.populationEvidence ? EvidenceHtml::toolTip(QString(), *o.populationEvidence)
                                                               : QString());
    } else {
        m_populationCard->setValue(QString());
    }
    m_codeCard->setValue(o.code);
}

void GroupOverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QScrollArea::changeEvent(event);
}

void GroupOverviewPage::retranslate()
{
    m_planCountCard->setCaption(tr("Plans"));
    m_populationCard->setCaption(tr("Population"));
    m_codeCard->setCaption(tr("Administrative code"));
    m_planSection->setTitle(tr("Plans"));
    m_planSection->setEmptyText(tr("No plan is recorded here."));
    m_budgetSection->setTitle(tr("Budget lines by funding source"));
    m_budgetSection->setEmptyText(tr("No budget line is recorded for these plans."));
    m_eventSection->setTitle(tr("Events"));
    m_eventSection->setEmptyText(tr("No event is recorded here."));
    setAccessibleName(tr("Overview"));
    m_plans->retranslate();
    m_budget->retranslate();
    m_events->retranslate();
    updateTexts();
}

} // namespace innoatlas
