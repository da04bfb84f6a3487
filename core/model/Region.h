#pragma once

#include "model/Indicator.h"

#include <QVector>

namespace innoatlas {

struct PopulationFigure
{
    int year = 0;
    qint64 value = 0;
    Citation citation;

    bool operator==(const PopulationFigure &o) const
    {
        return year == o.year && value == o.value && citation == o.citation;
    }
};

/** A country, a province or city of Korea, or a partner city abroad. */
struct Region
{
    QString key;
    QString code; ///< 10-digit legal-dong code, text; empty abroad
    QString level;
    QString country = QStringLiteral("KR");
    QString parentKey;
    LocalizedText name;
    QVector<PopulationFigure> population;
    QVector<Indicator> indicators;

    bool operator==(const Region &o) const
    {
        return key == o.key && code == o.code && level == o.level && country == o.country && parentKey == o.parentKey &&
               name == o.name && population == o.population && indicators == o.indicators;
    }
};

struct Theme
{
    QString key;
    LocalizedText name;

    bool operator==(const Theme &o) const { return key == o.key && name == o.name; }
};

struct Organisation
{
    QString key;
    QString kind;
    QString country = QStringLiteral("KR");
    QString regionKey;
    LocalizedText name;

    bool operator==(const Organisation &o) const
    {
        return key == o.key && kind == o.kind && country == o.country && regionKey == o.regionKey && name == o.name;
    }
};

} // namespace innoatlas
