#pragma once

#include "model/Indicator.h"

#include <QVector>

namespace innoatlas {

/** One node of a plan's hierarchy: a strategy, field, area, task ... */
struct Element
{
    QString key;
    QString kind;
    LocalizedText name;
    LocalizedText description;
    QStringList quoteKeys;
    QVector<Element> children;

    bool operator==(const Element &o) const
    {
        return key == o.key && kind == o.kind && name == o.name && description == o.description &&
               quoteKeys == o.quoteKeys && children == o.children;
    }
};

/** A count the plan itself states ("20 strategies"), to hold against the elements recorded. */
struct StatedCount
{
    QString kind;
    int count = 0;
    Citation citation;

    bool operator==(const StatedCount &o) const { return kind == o.kind && count == o.count && citation == o.citation; }
};

struct BudgetLine
{
    QString key;
    LocalizedText label;
    MoneyFigure amount;
    std::optional<int> fromYear;
    std::optional<int> toYear;
    QString funding = QStringLiteral("unknown");
    QString kind = QStringLiteral("planned");
    QString elementKey;

    bool operator==(const BudgetLine &o) const
    {
        return key == o.key && label == o.label && amount == o.amount && fromYear == o.fromYear && toYear == o.toYear &&
               funding == o.funding && kind == o.kind && elementKey == o.elementKey;
    }
};

struct Target
{
    QString key;
    LocalizedText metric;
    QString unit;
    std::optional<KpiValue> baseline;
    KpiValue target;

    bool operator==(const Target &o) const
    {
        return key == o.key && metric == o.metric && unit == o.unit && baseline == o.baseline && target == o.target;
    }
};

struct Plan
{
    QString key;
    QString regionKey;
    QStringList themeKeys;
    LocalizedText title;
    LocalizedText vision;
    LocalizedText summary;
    std::optional<DateFigure> announced;
    std::optional<PeriodFigure> period;
    std::optional<MoneyFigure> headlineBudget;
    QVector<StatedCount> statedCounts;
    QVector<Element> elements;
    QVector<BudgetLine> budgetLines;
    QVector<Target> targets;
    QVector<Indicator> indicators;

    bool operator==(const Plan &o) const
    {
        return key == o.key && regionKey == o.regionKey && themeKeys == o.themeKeys && title == o.title &&
               vision == o.vision && summary == o.summary && announced == o.announced && period == o.period &&
               headlineBudget == o.headlineBudget && statedCounts == o.statedCounts && elements == o.elements &&
               budgetLines == o.budgetLines && targets == o.targets && indicators == o.indicators;
    }
};

} // namespace innoatlas
