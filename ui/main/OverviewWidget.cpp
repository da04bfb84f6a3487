#include "main/OverviewWidget.h"

#include "main/GroupOverviewPage.h"
#include "main/OverviewSection.h"
#include "main/PlanOverviewPage.h"
#include "query/OverviewQuery.h"
#include "store/StoreError.h"

#include <QEvent>
#include <QScrollBar>

namespace innoatlas {

OverviewWidget::OverviewWidget(QWidget *parent) : QStackedWidget(parent)
{
    setObjectName(QStringLiteral("overview"));
    m_groupPage = new GroupOverviewPage(this);
    m_planPage = new PlanOverviewPage(this);
    addWidget(m_groupPage);
    addWidget(m_planPage);
    connect(m_groupPage, &GroupOverviewPage::entityActivated, this, &OverviewWidget::entityActivated);
    connect(m_planPage, &PlanOverviewPage::entityActivated, this, &OverviewWidget::entityActivated);
    connect(m_groupPage, &GroupOverviewPage::budgetLinesWanted, this, &OverviewWidget::readBudgetLines);
    connect(m_planPage, &PlanOverviewPage::budgetLinesWanted, this, &OverviewWidget::readBudgetLines);
    connect(m_groupPage, &GroupOverviewPage::plansWanted, this, &OverviewWidget::readPlans);
    setWindowTitle(tr("Overview"));
}

void OverviewWidget::setDatabase(const QSqlDatabase &database)
{
    m_database = database;
    m_kind.clear();
    m_key.clear();
    show(QStringLiteral("all"), QString());
}

void OverviewWidget::setDatabase(const QSqlDatabase &database, GroupOverview all)
{
    m_database = database;
    m_kind = QStringLiteral("all");
    m_key.clear();
    m_lineLimit = OverviewSection::PageSize;
    m_planLimit = OverviewSection::PageSize;
    m_groupPage->setOverview(std::move(all));
    setCurrentWidget(m_groupPage);
}

void OverviewWidget::showEntity(const EntityRef &entity)
{
    if (entity.kind == QLatin1String("region") || entity.kind == QLatin1String("theme"))
        show(entity.kind, entity.key);
    else if (!entity.planKey.isEmpty())
        show(QStringLiteral("plan"), entity.planKey);
    else if (!entity.regionKey.isEmpty())
        show(QStringLiteral("region"), entity.regionKey);
    else
        show(QStringLiteral("all"), QString());
}

void OverviewWidget::reload()
{
    const QString kind = m_kind;
    const QString key = m_key;
    m_kind.clear();
    show(kind.isEmpty() ? QStringLiteral("all") : kind, key);
}

void OverviewWidget::show(const QString &kind, const QString &key)
{
    // Moving between the elements of one plan keeps its page (and the reader's scroll position).
    if (kind == m_kind && key == m_key)
        return;
    m_kind = kind;
    m_key = key;
    // A page of budget lines and of plans: the whole country's would take long to read and lay out.
    m_lineLimit = OverviewSection::PageSize;
    m_planLimit = OverviewSection::PageSize;
    read();
}

void OverviewWidget::readBudgetLines(int rows)
{
    m_lineLimit = rows;
    readAgain();
}

void OverviewWidget::readPlans(int rows)
{
    m_planLimit = rows;
    readAgain();
}

void OverviewWidget::readAgain()
{
    QScrollArea *page = m_kind == QLatin1String("plan") ? static_cast<QScrollArea *>(m_planPage)
                                                        : static_cast<QScrollArea *>(m_groupPage);
    const int scrolled = page->verticalScrollBar()->value();
    read();
    page->verticalScrollBar()->setValue(scrolled);
}

void OverviewWidget::read()
{
    if (!m_database.isOpen())
        return;
    try {
        OverviewQuery query(m_database);
        query.setBudgetLineLimit(m_lineLimit);
        query.setPlanLimit(m_planLimit);
        if (m_kind == QLatin1String("plan")) {
            m_planPage->setOverview(query.plan(m_key));
            setCurrentWidget(m_planPage);
            return;
        }
        GroupOverview overview;
        if (m_kind == QLatin1String("region"))
            overview = query.region(m_key);
        else if (m_kind == QLatin1String("theme"))
            overview = query.theme(m_key);
        if (!overview.isValid())
            overview = query.all();
        m_groupPage->setOverview(overview);
        setCurrentWidget(m_groupPage);
    } catch (const StoreError &e) {
        qWarning("%s", e.what());
    }
}

void OverviewWidget::setContentLanguage(ContentLanguage language)
{
    m_planPage->setContentLanguage(language);
    m_groupPage->setContentLanguage(language);
}

void OverviewWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Overview"));
    QStackedWidget::changeEvent(event);
}

} // namespace innoatlas
