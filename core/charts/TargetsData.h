#pragma once

#include "model/LocalizedText.h"

#include <QHash>
#include <QStringList>
#include <QVector>

#include <optional>

namespace innoatlas {

/** One KPI: where it starts and where the plan wants it, with years and unit, ready to draw. */
struct TargetRow
{
    QString targetKey;
    QString planKey;
    QString regionKey;
    QString city;      ///< short city name
    QString planTitle; ///< in the chart's language
    QString metric;
    QString unit;                     ///< Vocabulary::targetUnits()
    QString baselineText;             ///< "10% (2020)"; empty without a baseline
    QString targetText;               ///< "80% (2030)"
    std::optional<double> baselineAt; ///< position on the row's own scale, 0 … 1 (drawing only)
    double targetAt = 1;              ///< position on the row's own scale, 0 … 1 (drawing only)
    QStringList sourceKeys;
};

/** The targets view, computed in full by TargetsBuilder, in one language. */
struct TargetsData
{
    Language language = Language::Korean;
    QString title;
    QVector<TargetRow> rows; ///< plan by plan in dataset order
    QStringList notes;
    QString sourceLine;
    QStringList sourceKeys;
    QHash<QString, QString> sourceNames;
};

} // namespace innoatlas
