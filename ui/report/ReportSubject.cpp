#include "report/ReportSubject.h"

#include <QSet>

namespace innoatlas {

namespace {
QString folded(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (!c.isSpace())
            out += c.toCaseFolded();
    }
    return out;
}

QString regionLabel(const Region &region)
{
    QString label = region.name.ko;
    if (!region.name.en.isEmpty())
        label += QStringLiteral(" / ") + region.name.en;
    if (!region.code.isEmpty())
        label += QStringLiteral(" (") + region.code + u')';
    return label;
}

QString planLabel(const Plan &plan)
{
    return QStringLiteral("%1: %2").arg(plan.key, plan.title.ko.isEmpty() ? plan.title.en : plan.title.ko);
}

bool planHasElement(const QVector<Element> &elements, const QString &key)
{
    for (const Element &element : elements) {
        if (element.key == key || planHasElement(element.children, key))
            return true;
    }
    return false;
}
} // namespace

bool ReportSubject::resolve(const Dataset &dataset, const QString &city, const QString &plan, ReportSubject *subject,
                            QString *error)
{
    const QString wanted = folded(city);
    QVector<const Region *> exact;
    QVector<const Region *> partial;
    for (const Region &region : dataset.regions) {
        bool whole = false;
        bool part = false;
        for (const QString &name : {region.key, region.code, region.name.ko, region.name.en}) {
            const QString f = folded(name);
            whole = whole || (!f.isEmpty() && f == wanted);
        }
        // Parts of names only: keys and codes of other regions contain a city's too.
        for (const QString &name : {region.name.ko, region.name.en}) {
            const QString f = folded(name);
            part = part || (!f.isEmpty() && !wanted.isEmpty() && f.contains(wanted));
        }
        if (whole)
            exact << &region;
        else if (part)
            partial << &region;
    }
    QSet<QString> withPlans;
    for (const Plan &p : dataset.plans)
        withPlans.insert(p.regionKey);
    QVector<const Region *> found = exact.isEmpty() ? partial : exact;
    if (found.size() > 1) {
        // "Daejeon" is Daejeon, with its plans, before a partner city named after it.
        QVector<const Region *> planned;
        for (const Region *region : std::as_const(found)) {
            if (withPlans.contains(region->key))
                planned << region;
        }
        if (planned.size() == 1)
            found = planned;
    }
    if (found.size() != 1) {
        QStringList candidates;
        if (found.isEmpty()) {
            for (const Region &region : dataset.regions) {
                if (withPlans.contains(region.key))
                    candidates << regionLabel(region);
            }
            *error =
                tr("no city is called \"%1\"; cities with plans: %2").arg(city, candidates.join(QStringLiteral("; ")));
        } else {
            for (const Region *region : found)
                candidates << regionLabel(*region);
            *error = tr("\"%1\" could be any of: %2; give the official code or the whole name")
                         .arg(city, candidates.join(QStringLiteral("; ")));
        }
        return false;
    }
    subject->regionKey = found.constFirst()->key;
    subject->planKey.clear();
    if (plan.isEmpty())
        return true;

    const QString wantedPlan = folded(plan);
    QVector<const Plan *> plans;
    QStringList candidates;
    for (const Plan &p : dataset.plans) {
        if (p.regionKey != subject->regionKey)
            continue;
        candidates << planLabel(p);
        if (folded(p.key) == wantedPlan) {
            plans = {&p};
            break;
        }
        if (folded(p.title.ko).contains(wantedPlan) || folded(p.title.en).contains(wantedPlan))
            plans << &p;
    }
    if (plans.size() != 1) {
        *error = tr("the city has no single plan \"%1\"; its plans: %2")
                     .arg(plan, candidates.isEmpty() ? tr("none") : candidates.join(QStringLiteral("; ")));
        return false;
    }
    subject->planKey = plans.constFirst()->key;
    return true;
}

bool ReportSubject::fromEntityKey(const Dataset &dataset, const QString &key, ReportSubject *subject)
{
    for (const Region &region : dataset.regions) {
        if (region.key == key) {
            *subject = {region.key, QString()};
            return true;
        }
    }
    for (const Plan &plan : dataset.plans) {
        bool inPlan = plan.key == key || planHasElement(plan.elements, key);
        for (const BudgetLine &line : plan.budgetLines)
            inPlan = inPlan || line.key == key;
        for (const Target &target : plan.targets)
            inPlan = inPlan || target.key == key;
        if (inPlan) {
            *subject = {plan.regionKey, plan.key};
            return true;
        }
    }
    for (const Event &event : dataset.events) {
        if (event.key == key && !event.regionKey.isEmpty()) {
            *subject = {event.regionKey, event.planKey};
            return true;
        }
    }
    return false;
}

} // namespace innoatlas
