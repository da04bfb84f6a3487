#include "main/PlanOverviewPage.h"

#include "common/ContentFormat.h"
#include "common/EvidenceHtml.h"
#include "common/SectionTable.h"
#include "main/FigureCard.h"
#include "main/OverviewSection.h"
#include "models/BudgetLineModel.h"
#include "models/CountModel.h"
#include "models/EventModel.h"
#include "models/ParticipantModel.h"
#include "models/TargetModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

namespace innoatlas {

namespace {
QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PlanOverviewPage::PlanOverviewPage(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("planOverview"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("planOverviewContents"));

    m_context = wrappingLabel(QStringLiteral("planContext"), page);
    m_context->setForegroundRole(QPalette::PlaceholderText);
    m_title = wrappingLabel(QStringLiteral("planTitle"), page);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_vision = wrappingLabel(QStringLiteral("planVision"), page);
    QFont visionFont = m_vision->font();
    visionFont.setItalic(true);
    m_vision->setFont(visionFont);
    m_summary = wrappingLabel(QStringLiteral("planSummary"), page);

    m_budgetCard = new FigureCard(QStringLiteral("headlineBudgetCard"), page);
    m_periodCard = new FigureCard(QStringLiteral("periodCard"), page);
    m_announcedCard = new FigureCard(QStringLiteral("announcedCard"), page);
    auto *cards = new QHBoxLayout;
    cards->setSpacing(8);
    cards->addWidget(m_budgetCard, 2);
    cards->addWidget(m_periodCard, 1);
    cards->addWidget(m_announcedCard, 1);

    m_counts = new CountModel(this);
    m_budget = new BudgetLineModel(this);
    m_targets = new TargetModel(this);
    m_participants = new ParticipantModel(this);
    m_events = new EventModel(this);
    m_countSection = new OverviewSection(QStringLiteral("countSection"), m_counts, page);
    m_budgetSection = new OverviewSection(QStringLiteral("budgetSection"), m_budget, page);
    m_targetSection = new OverviewSection(QStringLiteral("targetSection"), m_targets, page);
    m_participantSection = new OverviewSection(QStringLiteral("participantSection"), m_participants, page);
    m_eventSection = new OverviewSection(QStringLiteral("eventSection"), m_events, page);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(6);
    layout->addWidget(m_context);
    layout->addWidget(m_title);
    layout->addWidget(m_vision);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addLayout(cards);
    for (OverviewSection *section :
         {m_countSection, m_budgetSection, m_targetSection, m_participantSection, m_eventSection}) {
        layout->addWidget(section);
        connect(section, &OverviewSection::entityActivated, this, &PlanOverviewPage::entityActivated);
    }
    layout->addStretch(1);
    connect(m_budgetSection, &OverviewSection::moreRowsWanted, this, &PlanOverviewPage::budgetLinesWanted);
    setWidget(page);
    retranslate();
}

void PlanOverviewPage::setOverview(PlanOverview overview)
{
    m_overview = std::move(overview);
    m_counts->setCounts(m_overview.counts, m_overview.key);
    m_budget->setLines(m_overview.budgetLines);
    m_budgetSection->setTotalRows(int(m_overview.budgetLineTotal));
    m_targets->setTargets(m_overview.targets, m_overview.key);
    m_participants->setParticipants(m_overview.participants, m_overview.key);
    m_events->setEvents(m_overview.events);
    // After the models are reset, so that every column exists.
    m_countSection->table()->setWrappedColumns({CountModel::KindColumn});
    m_budgetSection->table()->setWrappedColumns({BudgetLineModel::LabelColumn},
                                                {BudgetLineModel::YearsColumn, BudgetLineModel::AmountColumn});
    m_targetSection->table()->setWrappedColumns({TargetModel::MetricColumn});
    m_participantSection->table()->setWrappedColumns({ParticipantModel::NameColumn, ParticipantModel::EventColumn});
    m_eventSection->table()->setWrappedColumns({EventModel::TitleColumn}, {EventModel::DateColumn});
    updateTexts();
    verticalScrollBar()->setValue(0);
}

void PlanOverviewPage::setContentLanguage(ContentLanguage language)
{
    m_language = language;
    for (ContentTableModel *model :
         std::initializer_list<ContentTableModel *>{m_counts, m_budget, m_targets, m_participants, m_events})
        model->setContentLanguage(language);
    updateTexts();
}

void PlanOverviewPage::updateTexts()
{
    const PlanOverview &o = m_overview;
    QStringList context{ContentFormat::line(o.region, m_language)};
    for (const LocalizedText &theme : o.themes)
        context << ContentFormat::line(theme, m_language);
    m_context->setText(context.join(QStringLiteral("  ·  ")));
    m_title->setText(ContentFormat::text(o.title, m_language));
    m_vision->setText(ContentFormat::text(o.vision, m_language));
    m_vision->setVisible(!o.vision.isEmpty());
    m_summary->setText(ContentFormat::text(o.summary, m_language));
    m_summary->setVisible(!o.summary.isEmpty());

    const Language primary = primaryLanguage(m_language);
    const auto evidence = [&o](const QString &field, const QString &exact) {
        const auto it = o.figures.constFind(field);
        return it == o.figures.constEnd() ? exact : EvidenceHtml::toolTip(exact, *it);
    };
    if (o.headlineBudget) {
        QString value = ContentFormat::money(*o.headlineBudget, m_language);
        if (o.headlineOriginal)
            value += QStringLiteral(" (%1)").arg(ContentFormat::original(*o.headlineOriginal, primary));
        m_budgetCard->setValue(value, evidence(QStringLiteral("headlineBudget"),
                                               ContentFormat::moneyExact(*o.headlineBudget, m_language)));
    } else {
        m_budgetCard->setValue(QString());
    }
    m_periodCard->setValue(ContentFormat::period(o.periodFrom, o.periodTo, primary),
                           evidence(QStringLiteral("period"), QString()));
    m_announcedCard->setValue(ContentFormat::date(o.announced, primary),
                              evidence(QStringLiteral("announced"), QString()));
}

void PlanOverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QScrollArea::changeEvent(event);
}

void PlanOverviewPage::retranslate()
{
    m_budgetCard->setCaption(tr("Headline budget"));
    m_periodCard->setCaption(tr("Period"));
    m_announcedCard->setCaption(tr("Announced"));
    m_countSection->setTitle(tr("Structure: recorded against stated"));
    m_countSection->setEmptyText(tr("The plan states no structure and none is recorded."));
    m_budgetSection->setTitle(tr("Budget by funding source"));
    m_budgetSection->setEmptyText(tr("No budget line is recorded for this plan."));
    m_targetSection->setTitle(tr("Targets"));
    m_targetSection->setEmptyText(tr("No target is recorded for this plan."));
    m_participantSection->setTitle(tr("Partners and organisations"));
    m_participantSection->setEmptyText(tr("No participant is recorded for this plan."));
    m_eventSection->setTitle(tr("Events"));
    m_eventSection->setEmptyText(tr("No event is recorded for this plan."));
    setAccessibleName(tr("Plan overview"));
    for (ContentTableModel *model :
         std::initializer_list<ContentTableModel *>{m_counts, m_budget, m_targets, m_participants, m_events})
        model->retranslate();
    updateTexts();
}

} // namespace innoatlas
