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
    addWidget(m_groupPage);
    connect(m_groupPage, &GroupOverviewPage::entityActivated, this, &OverviewWidget::entityActivated);
    connect(m_groupPage, &GroupOverviewPage::budgetLinesWanted, this, &OverviewWidget::readBudgetLines);
    connect(m_groupPage, &GroupOverviewPage::plansWanted, this, &OverviewWidget::readPlans);
    setWindowTitle(tr("Overview"));
}

PlanOverviewPage *OverviewWidget::planPage()
{
    if (m_planPage)
        return m_planPage;
    // Not built at start: it is a third of the overview's widgets, and the window starts without a plan chosen.
    m_planPage = new PlanOverviewPage(this);
    addWidget(m_planPage);
    placeInTabOrder(m_planPage);
    if (m_language)
        m_planPage->setContentLanguage(*m_language);
    connect(m_planPage, &PlanOverviewPage::entityActivated, this, &OverviewWidget::entityActivated);
    connect(m_planPage, &PlanOverviewPage::budgetLinesWanted, this, &OverviewWidget::readBudgetLines);
    return m_planPage;
}

void OverviewWidget::placeInTabOrder(QWidget *page)
{
    // A widget built later joins the end of its window's focus chain (after the details): move the page's
    // controls, in their own order, to follow the last control of the group page.
    QWidget *previous = nullptr;
    for (QWidget *widget = m_groupPage->nextInFocusChain(); m_groupPage->isAncestorOf(widget);
         widget = widget->nextInFocusChain()) {
        if (widget->focusPolicy() & Qt::TabFocus)
            previous = widget;
    }
    QList<QWidget *> controls;
    for (QWidget *widget = page->nextInFocusChain(); page->isAncestorOf(widget); widget = widget->nextInFocusChain()) {
        if (widget->focusPolicy() & Qt::TabFocus)
            controls << widget;
    }
    if (!previous)
        return;
    for (QWidget *control : std::as_const(controls)) {
        QWidget::setTabOrder(previous, control);
        previous = control;
    }
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
    m_kind.clear();
    m_key.clear();
    choose(QStringLiteral("all"), QString());
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
    if (choose(kind, key))
        read();
}

bool OverviewWidget::choose(const QString &kind, const QString &key)
{
    // Moving between the elements of one plan keeps its page (and the reader's scroll position).
    if (kind == m_kind && key == m_key)
        return false;
    m_kind = kind;
    m_key = key;
    // A page of budget lines and of plans: the whole country's would take long to read and lay out.
    m_lineLimit = OverviewSection::PageSize;
    m_planLimit = OverviewSection::PageSize;
    return true;
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
    QScrollArea *page = m_kind == QLatin1String("plan") ? static_cast<QScrollArea *>(planPage())
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
            planPage()->setOverview(query.plan(m_key));
            setCurrentWidget(planPage());
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
    m_language = language;
    if (m_planPage)
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
